//! ROLE facts: a person holds (held, will hold) a post, with the organisation or the country
//! of the post when the text ties them to it.
//!
//! Rules, each recorded on its facts:
//! * `role.title_name` — the title, then the name: `la directrice générale de l'OIM, Amy
//!   Pope`, `le président nigérien Mohamed Bazoum`, `le ministre des Affaires étrangères, X`;
//! * `role.apposition_after` — the name, then the title after a comma or a parenthesis: `Amy
//!   Pope, directrice générale de l'OIM`, `X (président de la Commission de l'UA)`;
//! * `role.copula` — the name, a verb of being or appointment, the title: `X a été nommé
//!   ambassadeur du Sénégal au Maroc`, `X est le nouveau président de la BAD`.
//!
//! The title is the longest `roles.tsv` title as written, lower case, without `ancien` or
//! `nouveau`; a bare `ministre` takes its portfolio (`ministre de l'agriculture`). After the
//! title come its attributes: a demonym or `de` + country gives the country (`président
//! rwandais`, `ambassadeur du Japon`), `de`/`pour`/`auprès de` + organisation the organisation,
//! and for diplomats and representatives the host country (`au Cameroun`) when no other country
//! is given (the contract accepts the host).

use crate::analysis::Analysis;
use crate::document::EntityType;
use crate::facts::cues::{
    entity_after, entity_at, entity_list, hedged, Item, ItemKind, Sentence, COUNTRIES, IN, OF,
    ORGS, PERSONS,
};
use crate::facts::{Argument, FactKind, Found};
use crate::resolve::normalize_name;

/// A role title with its attributes, as parsed from the items after it.
#[derive(Clone, Debug, PartialEq)]
pub struct RolePhrase {
    pub title: String,
    pub organization: Option<Argument>,
    pub country: Option<Argument>,
    /// Index of the item after the phrase.
    pub end: usize,
}

/// Words that qualify a title and stay part of it (`directeur régional`, `représentant
/// adjoint`).
const TITLE_SUFFIXES: &[&str] = &[
    "adjoint",
    "adjointe",
    "régional",
    "régionale",
    "principal",
    "principale",
    "intérimaire",
    "délégué",
    "déléguée",
    "permanent",
    "permanente",
    "spécial",
    "spéciale",
    "général",
    "générale",
];

/// Words that end a portfolio or a skipped stretch: verbs, pronouns, conjunctions of clauses.
const STOP: &[&str] = &[
    "a", "ont", "est", "sont", "était", "sera", "qui", "que", "qu'", "selon", "lors", "depuis",
    "dont", "mais", "il", "elle", "a-t-il", "a-t-elle", "avait", "fut", "avec", "après", "avant",
    "par", "le", "les", "un", "une", "ce", "cette", "son", "sa", "ses", "leur",
];

/// Parses the title at item `r` and the attributes after it.
pub fn phrase(text: &str, items: &[Item], r: usize) -> Option<RolePhrase> {
    let ItemKind::Role { title, kind } = &items.get(r)?.kind else {
        return None;
    };
    let mut title_end = items[r].span.end;
    let title_start = items[r].span.start;
    let mut p = RolePhrase {
        title: title.clone(),
        organization: None,
        country: None,
        end: r + 1,
    };
    let mut i = r + 1;
    while items.get(i).is_some_and(|it| it.is(TITLE_SUFFIXES)) {
        title_end = items[i].span.end;
        i += 1;
    }
    let diplomat =
        kind == "diplomat" || title.starts_with("représentant") || title.starts_with("ambassad");
    let bare_minister = kind == "minister" && !title.contains(' ') && title.starts_with("ministre");
    loop {
        if let Some(ItemKind::Demonym(arg)) = items.get(i).map(|it| &it.kind) {
            if p.country.is_none() {
                p.country = Some(arg.clone());
            }
            i += 1;
            continue;
        }
        if let Some((arg, j)) = entity_after(items, i, OF, ORGS) {
            if p.organization.is_some() {
                break;
            }
            p.organization = Some(arg.clone());
            i = j + 1;
            continue;
        }
        if let Some((arg, j)) = entity_after(items, i, OF, COUNTRIES) {
            if p.country.is_some() {
                break;
            }
            p.country = Some(arg.clone());
            i = j + 1;
            continue;
        }
        if items.get(i).is_some_and(|it| it.is(&["pour"])) {
            if let Some((arg, j)) = entity_at(items, i + 1, ORGS) {
                if p.organization.is_none() {
                    p.organization = Some(arg.clone());
                }
                i = j + 1;
                continue;
            }
            // `pour la Côte d'Ivoire, le Togo et le Bénin`: the region the post covers.
            let (list, end) = entity_list(items, i + 1, COUNTRIES);
            if !list.is_empty() {
                i = end;
                if i > 0 && items.get(i - 1).is_some_and(|it| it.is_punct(",")) {
                    i -= 1;
                }
                continue;
            }
        }
        if let Some((arg, j)) = entity_after(
            items,
            i,
            IN,
            &[EntityType::Organization, EntityType::Country],
        ) {
            let is_org = items[j].entity(ORGS).is_some();
            if is_org && p.organization.is_none() {
                p.organization = Some(arg.clone());
            } else if !is_org && diplomat && p.country.is_none() {
                p.country = Some(arg.clone());
            }
            i = j + 1;
            continue;
        }
        // A portfolio: `ministre de l'Agriculture`, `ministre de l'Économie et des Finances`.
        if bare_minister && p.organization.is_none() && title_end == items[r].span.end {
            if let Some(end) = portfolio(items, i) {
                title_end = items[end - 1].span.end;
                i = end;
                continue;
            }
        }
        break;
    }
    // The organisation of a title with a lower-case complement: `commissaire à la Paix et la
    // Sécurité de l'UA`, `directeur du département Afrique du FMI`.
    if p.organization.is_none() {
        let mut k = i;
        while k < i + 8
            && items
                .get(k)
                .is_some_and(|it| it.word().is_some() && !it.is(STOP))
        {
            if let Some((arg, j)) = entity_after(items, k, OF, ORGS) {
                p.organization = Some(arg.clone());
                i = j + 1;
                break;
            }
            k += 1;
        }
    }
    if title_end > items[r].span.end {
        p.title = normalize_name(&crate::facts::cues::lower(
            text.get(title_start..title_end).unwrap_or(title),
        ));
    }
    p.end = i;
    Some(p)
}

/// The end (exclusive item index) of a minister's portfolio starting at `i` with `de`/`du`/
/// `des`: words up to a punctuation, a name or a verb, at most eight.
fn portfolio(items: &[Item], i: usize) -> Option<usize> {
    let mut k = crate::facts::cues::prep(items, i, OF)?;
    let first = k;
    while k < first + 8 {
        match items.get(k) {
            Some(it) if it.word().is_some() && !it.is(STOP) => k += 1,
            Some(it) if it.is(&["la", "l'"]) && k > first => k += 1,
            _ => break,
        }
    }
    // Do not end on a connector (`de la`, `et`).
    while k > first && items[k - 1].is(&["de", "du", "des", "d'", "et", "la", "l'"]) {
        k -= 1;
    }
    (k > first).then_some(k)
}

/// Words that may stand between a name and its title in `role.copula`.
const COPULA: &[&str] = &[
    "est",
    "était",
    "sera",
    "a",
    "été",
    "devient",
    "devenu",
    "devenue",
    "est",
    "nommé",
    "nommée",
    "élu",
    "élue",
    "réélu",
    "réélue",
    "désigné",
    "désignée",
    "reconduit",
    "reconduite",
    "comme",
    "au",
    "poste",
    "de",
    "d'",
    "en",
    "tant",
    "que",
    "qualité",
    "le",
    "la",
    "l'",
    "un",
    "une",
    "nouveau",
    "nouvelle",
    "actuel",
    "actuelle",
    "ancien",
    "ancienne",
    "officiellement",
    "désormais",
    "aussi",
    "également",
    "alors",
    "choisi",
    "choisie",
    "investi",
    "investie",
];

/// Words before a title that are not part of it.
const PRE_TITLE: &[&str] = &[
    "ancien", "ancienne", "nouveau", "nouvelle", "actuel", "actuelle", "ex", "futur", "future",
];

/// Finds the ROLE facts of one sentence.
pub fn find(a: &Analysis, s: &Sentence, out: &mut Vec<Found>) {
    let items = &s.items;
    for r in 0..items.len() {
        if !matches!(items[r].kind, ItemKind::Role { .. }) {
            continue;
        }
        let Some(p) = phrase(a.text, items, r) else {
            continue;
        };
        // role.title_name: `le président rwandais Paul Kagame`, `la directrice de l'OIM, Amy Pope`.
        let mut j = p.end;
        if items.get(j).is_some_and(|it| it.is_punct(",")) {
            j += 1;
        }
        while items
            .get(j)
            .is_some_and(|it| it.is(&["m.", "m", "mme", "mlle", "dr", "pr", "."]))
        {
            j += 1;
        }
        if let Some(person) = items.get(j).and_then(|it| it.entity(PERSONS)) {
            if !hedged(items, r.saturating_sub(4), j) {
                out.push(fact(person, &p, "role.title_name", 0.85));
            }
            continue;
        }
        // role.apposition_after: `Amy Pope, directrice générale de l'OIM`.
        let mut b = r;
        while b > 0 && items[b - 1].is(PRE_TITLE) {
            b -= 1;
        }
        while b > 0 && items[b - 1].is(&["le", "la", "l'"]) {
            b -= 1;
        }
        if b >= 2 && (items[b - 1].is_punct(",") || items[b - 1].is_punct("(")) {
            if let Some(person) = items[b - 2].entity(PERSONS) {
                out.push(fact(person, &p, "role.apposition_after", 0.8));
                continue;
            }
        }
        // role.copula: `X a été nommé ambassadeur`, `X est le président de`.
        let mut k = b;
        while k > 0 && k + 8 > b && items[k - 1].is(COPULA) {
            k -= 1;
        }
        if k < b
            && k > 0
            && items[k..b]
                .iter()
                .any(|it| !it.is(&["le", "la", "l'", "un", "une"]))
        {
            if let Some(person) = items[k - 1].entity(PERSONS) {
                if !hedged(items, k - 1, r) {
                    out.push(fact(person, &p, "role.copula", 0.75));
                }
            }
        }
    }
}

fn fact(person: &Argument, p: &RolePhrase, rule: &'static str, confidence: f32) -> Found {
    Found {
        kind: FactKind::Role {
            person: person.clone(),
            role: p.title.clone(),
            organization: p.organization.clone(),
            country: p.country.clone(),
        },
        rule,
        confidence,
    }
}
