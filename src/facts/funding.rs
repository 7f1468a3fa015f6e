//! FUNDING_TARGET facts: an organisation (or its fund) seeks an amount of money.
//!
//! Rules, each recorded on its facts:
//! * `funding.mobilize` — `Y vise à mobiliser / lever / collecter / réunir M`, `une initiative
//!   de Y visant à mobiliser M`;
//! * `funding.appeal` — `Y a lancé un appel (de fonds) de M`, `un appel de M lancé par Y`, `Y
//!   sollicite M`, `Y a besoin de M`.
//!
//! The organisation is the one named before the cue in the sentence (an anaphor such as
//! `l'organisation` counts), else `par Y` after the amount. A target is an aim by nature, so
//! conditionals do not cancel it; a negation does (`n'a pas lancé d'appel`).

use crate::facts::cues::{clause_end, entity_at, Item, Sentence, ORGS};
use crate::facts::{FactKind, Found};

/// Verbs of raising money.
const RAISE_VERBS: &[&str] = &[
    "demandés",
    "demandées",
    "sollicités",
    "sollicitées",
    "réclamés",
    "réclamées",
    "réclamé",
    "mobiliser",
    "lever",
    "collecter",
    "réunir",
    "recueillir",
    "rassembler",
    "récolter",
    "trouver",
    "mobilise",
    "lève",
    "collecte",
    "sollicite",
    "sollicitent",
    "solliciter",
    "réclame",
    "réclament",
    "demande",
    "demandent",
    "demandé",
    "cherche",
    "recherche",
];

/// Nouns of an appeal for money.
const APPEAL_NOUNS: &[&str] = &["appel", "appels", "besoin", "besoins", "objectif", "cible"];

/// Facts found in a sentence.
pub fn find(s: &Sentence, out: &mut Vec<Found>) {
    let items = &s.items;
    for i in 0..items.len() {
        let rule = if items[i].is(RAISE_VERBS) {
            "funding.mobilize"
        } else if items[i].is(APPEAL_NOUNS) {
            "funding.appeal"
        } else {
            continue;
        };
        // `M sont demandés par Y`: the amount before a participle, the seeker after `par`.
        if let Some(f) = passive(items, i) {
            out.push(f);
            continue;
        }
        let end = clause_end(items, i).min(i + 9);
        // The amount follows the cue closely: `mobiliser 100 millions`, `appel de fonds de M`.
        let Some(m) = (i + 1..end).find(|&k| items[k].money().is_some()) else {
            continue;
        };
        if items[i + 1..m]
            .iter()
            .any(|it| it.is(&["à", "au", "aux", "pour"]))
            && rule == "funding.appeal"
        {
            continue;
        }
        let Some(amount) = items[m].money().cloned() else {
            continue;
        };
        let org = (0..i)
            .rev()
            .find_map(|k| items[k].entity(ORGS).map(|a| (a.clone(), k)))
            .or_else(|| {
                (m + 1..clause_end(items, m)).find_map(|k| {
                    items[k]
                        .is(&["par"])
                        .then(|| entity_at(items, k + 1, ORGS))
                        .flatten()
                        .map(|(a, j)| (a.clone(), j))
                })
            });
        let Some((organization, ok)) = org else {
            continue;
        };
        if negated(items, ok.min(i), m) {
            continue;
        }
        out.push(Found {
            kind: FactKind::FundingTarget {
                organization,
                amount: Some(amount),
            },
            rule,
            confidence: 0.7,
        });
    }
}

/// Rule `funding.passive`: `322 millions sont demandés par Y`.
fn passive(items: &[Item], i: usize) -> Option<Found> {
    if !items[i].is(PARTICIPLES) {
        return None;
    }
    let m = (i.saturating_sub(3)..i).find(|&k| items[k].money().is_some())?;
    let p = (i + 1..(i + 3).min(items.len())).find(|&k| items[k].is(&["par"]))?;
    let (organization, _) = entity_at(items, p + 1, ORGS)?;
    if negated(items, m, p) {
        return None;
    }
    Some(Found {
        kind: FactKind::FundingTarget {
            organization: organization.clone(),
            amount: items[m].money().cloned(),
        },
        rule: "funding.passive",
        confidence: 0.65,
    })
}

/// Participles of asking for money.
const PARTICIPLES: &[&str] = &[
    "demandé",
    "demandés",
    "demandée",
    "demandées",
    "sollicité",
    "sollicités",
    "sollicitée",
    "sollicitées",
    "réclamé",
    "réclamés",
    "réclamée",
    "réclamées",
    "recherchés",
    "recherchées",
];

/// A negation only (`n'a pas lancé`): conditionals are the nature of a target.
fn negated(items: &[Item], from: usize, to: usize) -> bool {
    let slice = items.get(from..to).unwrap_or(&[]);
    slice.iter().any(|it| it.is(&["ne", "n'"]))
        && slice
            .iter()
            .any(|it| it.is(&["pas", "jamais", "aucun", "aucune"]))
}
