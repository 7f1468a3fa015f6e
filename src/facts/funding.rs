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

use crate::facts::cues::{clause_end, entity_at, Cues, Item, Sentence, ORGS};
use crate::facts::{FactKind, Found};

/// Verbs of raising money.
pub(super) const RAISE_VERBS: &[&str] = &[
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

/// Words opening a sentence that refer to something of the sentence before.
pub(super) const PRONOUNS: &[&str] = &[
    "celle-ci",
    "celui-ci",
    "elle",
    "il",
    "cette",
    "cet",
    "ce",
    "ceux-ci",
    "celles-ci",
];

/// Nouns of an appeal for money.
pub(super) const APPEAL_NOUNS: &[&str] = &[
    "appel", "appels", "besoin", "besoins", "objectif", "cible", "déficit",
];

/// Facts found in a sentence.
///
/// `prev` is the sentence before: a sentence opening with a pronoun (`Celle-ci vise à
/// mobiliser M`) takes its seeker from there.
pub fn find(s: &Sentence, prev: Option<&Sentence>, out: &mut Vec<Found>) {
    if !s.cues.any(Cues::RAISE | Cues::APPEAL) {
        return;
    }
    let items = &s.items;
    for i in 0..items.len() {
        let rule = if items[i].has(Cues::RAISE) {
            "funding.mobilize"
        } else if items[i].has(Cues::APPEAL) {
            "funding.appeal"
        } else {
            continue;
        };
        // `M sont demandés par Y`: the amount before a participle, the seeker after `par`.
        if let Some(f) = passive(items, i) {
            out.push(f);
            continue;
        }
        let end = clause_end(items, i).min(i + 13);
        // The amount follows the cue closely: `mobiliser 100 millions`, `appel de fonds de M`.
        // `estime à M les besoins`: the amount just before the noun.
        let before = (rule == "funding.appeal")
            .then(|| {
                (i.saturating_sub(4)..i).find(|&k| {
                    items[k].money().is_some()
                        && k > 0
                        && items[k - 1].is(&["à"])
                        && items[k + 1..i]
                            .iter()
                            .all(|it| it.is(&["les", "des", "ses", "leurs", "ces"]))
                })
            })
            .flatten();
        let Some(m) = before.or_else(|| (i + 1..end).find(|&k| items[k].money().is_some())) else {
            continue;
        };
        // `un appel de fonds … pour l'Irak`: money for a beneficiary, not the seeker's target.
        if m > i && items[i + 1..m].iter().any(|it| it.is(&["pour"])) && rule == "funding.appeal" {
            continue;
        }
        let Some(amount) = items[m].money().cloned() else {
            continue;
        };
        let org = (i.saturating_sub(crate::facts::cues::WINDOW)..i)
            .rev()
            .find_map(|k| items[k].entity(ORGS).map(|a| (a, k)))
            .or_else(|| {
                (m + 1..clause_end(items, m)).find_map(|k| {
                    items[k]
                        .is(&["par"])
                        .then(|| entity_at(items, k + 1, ORGS))
                        .flatten()
                })
            });
        // `Celle-ci vise à mobiliser M`: the seeker is in the sentence before.
        let org = org.or_else(|| {
            let opens_with_pronoun = items.first().is_some_and(|it| it.is(PRONOUNS));
            let p = prev.filter(|_| opens_with_pronoun)?;
            p.items
                .iter()
                .rev()
                .find_map(|it| it.entity(ORGS))
                .map(|a| (a, 0))
        });
        let Some((organization, ok)) = org else {
            continue;
        };
        if negated(items, ok.min(i), m) {
            continue;
        }
        out.push(Found {
            kind: FactKind::FundingTarget {
                organization: organization.to_argument(),
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
            organization: organization.to_argument(),
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
