//! MEMBERSHIP facts: a country (or an organisation) is a member of an organisation, since a
//! year when the text gives one.
//!
//! Rules, each recorded on its facts:
//! * `membership.copula` — `X est membre de Y depuis 1998`, `X et Z sont des États membres de
//!   Y`, `X, membre de Y`;
//! * `membership.join` — `X a adhéré à / rejoint / intégré / réintégré Y en 2017`;
//! * `membership.nominal` — `l'adhésion de X à Y`, `l'entrée de X dans Y`, `l'admission de X
//!   au sein de Y` (not `la demande d'adhésion`, which is only a request);
//! * `membership.list` — `Y compte N États membres : A, B et C`, `Y compte en son sein A, B`,
//!   `les membres de Y : A, B et C`, `Y a accueilli de nouveaux pays : A et B (1973), C
//!   (1981)` (a year in parentheses dates the members before it).
//!
//! A withdrawal (`retrait`, `quitter`, `se retirer`, `suspendre`) is not a membership: the
//! contract's facts state current or begun memberships, so those words produce nothing, and a
//! negated or conditional statement (`pourrait rejoindre`, `n'est pas membre`) neither.

use crate::document::{DateValue, EntityType};
use crate::facts::cues::{
    clause_end, entity_after, entity_at, entity_list, entity_list_before, hedged, prep,
    skip_articles, subject_before, Arg, Cues, Item, Sentence, ACTORS, COUNTRIES, OF, ORGS,
};
use crate::facts::{FactKind, Found};

/// Members of a list: countries, and places the entity rules did not know as countries.
const LISTED: &[EntityType] = &[EntityType::Country, EntityType::Location];

/// Verbs of joining.
pub(super) const JOIN_VERBS: &[&str] = &[
    "rejoint",
    "rejoignent",
    "rejoindre",
    "rejoindra",
    "rejoindront",
    "rejoignait",
    "intègre",
    "intègrent",
    "intégré",
    "intégrer",
    "intégrera",
    "réintègre",
    "réintègrent",
    "réintégré",
    "réintégrer",
    "réintégrera",
    "adhère",
    "adhèrent",
    "adhéré",
    "adhérer",
    "adhérera",
];

/// Nouns of joining.
pub(super) const JOIN_NOUNS: &[&str] = &[
    "adhésion",
    "entrée",
    "admission",
    "intégration",
    "réintégration",
    "intronisation",
    "accession",
    "arrivée",
];

/// Words after `membre` that make it a lesser status.
const NOT_FULL: &[&str] = &[
    "associé",
    "associée",
    "associés",
    "observateur",
    "observatrice",
    "observateurs",
];

/// Participles of being gathered in an organisation: `A et B, réunis depuis 2023 au sein de Y`.
pub(super) const GATHERED: &[&str] = &[
    "réunis",
    "réunies",
    "regroupés",
    "regroupées",
    "rassemblés",
    "rassemblées",
    "associés",
    "unis",
];

/// Verbs that introduce the list of an organisation's members.
pub(super) const LIST_VERBS: &[&str] = &[
    "compte",
    "comptait",
    "comptera",
    "comptent",
    "regroupe",
    "regroupait",
    "réunit",
    "rassemble",
    "comprend",
    "comprenait",
    "composé",
    "composée",
    "accueilli",
    "accueillir",
    "accueille",
    "admis",
];

/// Words that may stand between a member and `membre`.
const COPULA: &[&str] = &[
    "est",
    "sont",
    "était",
    "étaient",
    "reste",
    "restent",
    "demeure",
    "devient",
    "deviennent",
    "devenu",
    "devenue",
    "devenus",
    "redevient",
    "a",
    "ont",
    "été",
    "désormais",
    "déjà",
    "officiellement",
    "aussi",
    "également",
    "toujours",
    "un",
    "une",
    "des",
    "le",
    "la",
    "l'",
    "les",
    "pays",
    "état",
    "états",
    "membre",
    "nouveau",
    "nouvel",
    "nouvelle",
    "nouveaux",
    "plein",
    "pleine",
    "fondateur",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "hier",
    "fondatrice",
    "fondateurs",
    "actif",
    "active",
];

/// Words that make a clause a withdrawal or a mere request, not a membership.
const NOT_MEMBER: &[&str] = &[
    "retrait",
    "retire",
    "retirent",
    "retiré",
    "retirés",
    "retirer",
    "quitte",
    "quittent",
    "quitté",
    "quitter",
    "suspendu",
    "suspendue",
    "suspendus",
    "suspension",
    "exclu",
    "exclue",
    "exclusion",
    "demande",
    "candidature",
    "demandé",
    "sortie",
    "départ",
];

/// Facts found in a sentence.
pub fn find(s: &Sentence, out: &mut Vec<Found>) {
    const TRIGGERS: Cues = Cues::MEMBER
        .union(Cues::GATHERED)
        .union(Cues::JOIN_VERB)
        .union(Cues::JOIN_NOUN)
        .union(Cues::LIST_VERB);
    if !s.cues.any(TRIGGERS) {
        return;
    }
    let items = &s.items;
    for i in 0..items.len() {
        let cues = items[i].cues;
        if cues.any(Cues::MEMBER) {
            copula(items, i, out);
            members_of(items, i, out);
        } else if cues.any(Cues::GATHERED) {
            gathered(items, i, out);
        } else if cues.any(Cues::JOIN_VERB) {
            join(items, i, out);
        } else if cues.any(Cues::JOIN_NOUN) {
            nominal(items, i, out);
        } else if cues.any(Cues::LIST_VERB) {
            list(items, i, out);
        }
    }
}

fn push(
    out: &mut Vec<Found>,
    member: Arg,
    organization: Arg,
    since: Option<DateValue>,
    rule: &'static str,
    confidence: f32,
) {
    if member.canonical == organization.canonical {
        return;
    }
    let since = since.and_then(|d| d.year).map(|y| format!("{y:04}"));
    out.push(Found {
        kind: FactKind::Membership {
            member: member.to_argument(),
            organization: organization.to_argument(),
            since,
        },
        rule,
        confidence,
    });
}

/// A year of the clause: `depuis 1998`, `en 2017`, `dès 2009`, within `from..to`.
fn since_in(items: &[Item], from: usize, to: usize) -> Option<DateValue> {
    (from..to.min(items.len())).find_map(|k| {
        let d = items[k].date()?;
        (k > 0 && items[k - 1].is(&["depuis", "en", "dès", "le", "au"])).then_some(d)
    })
}

/// `X est membre de Y`, `X, membre de Y`.
fn copula(items: &[Item], i: usize, out: &mut Vec<Found>) {
    // The organisation: `de Y`, after a few adjectives (`membre fondateur de`).
    let mut k = i + 1;
    if items.get(k).is_some_and(|it| it.is(NOT_FULL)) {
        return; // `membre associé`, `membre observateur`: not a member
    }
    while k < i + 4 && items.get(k).is_some_and(|it| it.is(COPULA)) {
        k += 1;
    }
    for phrase in [&["de", "plein", "droit"][..], &["à", "part", "entière"][..]] {
        if phrase
            .iter()
            .enumerate()
            .all(|(n, w)| items.get(k + n).is_some_and(|it| it.is(&[w])))
        {
            k += phrase.len();
        }
    }
    let Some((org, oj)) = entity_after(items, k, OF, ORGS) else {
        return;
    };
    // The members: back over the copula words (and a date: `est devenu samedi membre`) to a
    // list of names.
    let mut b = i;
    while b > 0 && i - b < 8 && (items[b - 1].is(COPULA) || items[b - 1].date().is_some()) {
        b -= 1;
    }
    if b > 0 && items[b - 1].is_punct(",") && b == i {
        b -= 1; // apposition `X, membre de Y`
    }
    if b == i && !(b > 0 && items[b - 1].entity(ACTORS).is_some()) {
        return;
    }
    let (members, first) = entity_list_before(items, b, ACTORS);
    if members.is_empty()
        || hedged(items, first, oj + 1)
        || items[first..oj].iter().any(|it| it.is(NOT_MEMBER))
    {
        return;
    }
    let end = clause_end(items, oj);
    let since = since_in(items, oj + 1, end.min(oj + 4));
    for m in members {
        push(out, m, org.clone(), since, "membership.copula", 0.85);
    }
}

/// `les (pays) membres de Y : A, B et C`, `les N États membres de Y (A, B…)`.
fn members_of(items: &[Item], i: usize, out: &mut Vec<Found>) {
    let Some((org, oj)) = entity_after(items, i + 1, OF, ORGS) else {
        return;
    };
    let mut k = oj + 1;
    if items.get(k).is_some_and(|it| it.is_punct(")")) {
        k += 1;
    }
    if !items
        .get(k)
        .is_some_and(|it| it.is_punct(":") || it.is_punct("("))
    {
        return;
    }
    let (list, _) = entity_list(items, k + 1, LISTED);
    if list.len() < 2
        || items[i.saturating_sub(4)..i]
            .iter()
            .any(|it| it.is(NOT_MEMBER))
    {
        return;
    }
    for (m, year) in list {
        push(out, m, org.clone(), year, "membership.list", 0.8);
    }
}

/// `X et Z ont rejoint Y en 2017`.
fn join(items: &[Item], i: usize, out: &mut Vec<Found>) {
    let end = clause_end(items, i);
    // The organisation: right after the verb, past `à`, a date or an adverb.
    let mut k = i + 1;
    let mut skipped = 0;
    let org = loop {
        if k >= end || skipped > 3 {
            return;
        }
        if let Some((a, j)) = entity_after(
            items,
            k,
            &[&["à", "la"], &["à", "l'"], &["au"], &["aux"], &["à"]],
            ORGS,
        )
        .or_else(|| entity_at(items, k, ORGS))
        {
            break (a, j);
        }
        if items[k].date().is_some() || items[k].word().is_some() || items[k].is_punct(",") {
            skipped += 1;
            k += 1;
            continue;
        }
        return;
    };
    let (org, oj) = org;
    // The members: a list before the verb and its auxiliaries.
    let mut b = i;
    while b > 0
        && i - b < 5
        && items[b - 1].is(&[
            "a",
            "ont",
            "avait",
            "avaient",
            "vient",
            "viennent",
            "de",
            "d'",
            "officiellement",
            "finalement",
            "déjà",
            "enfin",
            "aussi",
            "également",
            "s'",
            "se",
            "est",
            "sont",
        ])
    {
        b -= 1;
    }
    // Dates and a comma between the subject and the verb (`Le Gabon, le 25 juin, a rejoint`).
    while b > 0 && (items[b - 1].date().is_some() || items[b - 1].is_punct(",")) && i - b < 8 {
        b -= 1;
    }
    let (members, first) = entity_list_before(items, b, ACTORS);
    if members.is_empty()
        || hedged(items, first, oj + 1)
        || items[first..oj].iter().any(|it| it.is(NOT_MEMBER))
    {
        return;
    }
    let since = since_in(items, first, end.min(oj + 5));
    for m in members {
        push(out, m, org.clone(), since, "membership.join", 0.85);
    }
}

/// `l'adhésion de X à Y`, `l'entrée de X et Z dans Y`.
fn nominal(items: &[Item], i: usize, out: &mut Vec<Found>) {
    if i > 0 && items[i - 1].is(&["d'", "de"]) && i > 1 && items[i - 2].is(NOT_MEMBER) {
        return; // `la demande d'adhésion`
    }
    if i > 0 && items[i - 1].is(NOT_MEMBER) {
        return;
    }
    let Some(j) = prep(items, i + 1, OF) else {
        return;
    };
    let (members, after) = entity_list(items, j, COUNTRIES);
    if members.is_empty() {
        return;
    }
    let end = clause_end(items, i);
    const INTO: &[&[&str]] = &[
        &["au", "sein", "de", "la"],
        &["au", "sein", "de", "l'"],
        &["au", "sein", "du"],
        &["au", "sein", "des"],
        &["au", "sein", "de"],
        &["dans", "la"],
        &["dans", "l'"],
        &["dans", "le"],
        &["à", "la"],
        &["à", "l'"],
        &["au"],
        &["aux"],
        &["à"],
        &["dans"],
    ];
    let mut after_list = after;
    // A date between the members and the organisation.
    while items
        .get(after_list)
        .is_some_and(|it| it.date().is_some() || it.is(&["le", "en"]))
        && after_list < after + 4
    {
        after_list += 1;
    }
    let org = entity_after(items, after_list, INTO, ORGS).or_else(|| {
        // `l'UE … : … avant l'intronisation de la Roumanie` — the organisation is the subject
        // of the sentence.
        subject_before(items, i, ORGS)
    });
    let Some((org, oj)) = org else { return };
    let (from, to) = (i.min(oj), i.max(oj) + 1);
    if hedged(items, from, to) || items[from..to].iter().any(|it| it.is(NOT_MEMBER)) {
        return;
    }
    let since = since_in(items, after, end.min(after.max(oj) + 5)).or_else(|| {
        // `le 1er janvier 2007` right after the members.
        items
            .get(after..(after + 5).min(end))
            .and_then(|s| s.iter().find_map(Item::date))
    });
    for (m, year) in members {
        push(
            out,
            m,
            org.clone(),
            year.or(since),
            "membership.nominal",
            0.75,
        );
    }
}

/// `A, B et C, réunis depuis 2023 au sein de Y`.
fn gathered(items: &[Item], i: usize, out: &mut Vec<Found>) {
    let mut b = i;
    if b > 0 && items[b - 1].is_punct(",") {
        b -= 1;
    }
    let (members, first) = entity_list_before(items, b, COUNTRIES);
    if members.is_empty() {
        return;
    }
    let end = clause_end(items, i).min(i + 8);
    let Some(k) = (i + 1..end).find(|&k| items[k].is(&["sein"])) else {
        return;
    };
    let Some((org, oj)) = entity_after(items, k + 1, OF, ORGS) else {
        return;
    };
    if hedged(items, first, oj + 1) {
        return;
    }
    let since = since_in(items, i + 1, k);
    for m in members {
        push(out, m, org.clone(), since, "membership.gathered", 0.7);
    }
}

/// `Y compte 15 membres : A, B et C`, `Y compte en son sein : A, B`.
fn list(items: &[Item], i: usize, out: &mut Vec<Found>) {
    let Some((org, ok)) = subject_before(items, i, ORGS) else {
        return;
    };
    if i - ok > 12 {
        return;
    }
    let end = clause_end_or_colon(items, i);
    // The list starts after `:`, `à savoir`, `dont` or `(` within a few items.
    // A marker that starts with a name: `dont la plupart` is not a list, but `dont 54 pays
    // africains …, parmi lesquels les États-Unis` goes on to one.
    let mut k = i + 1;
    let start = loop {
        if k >= end.min(i + 24) {
            return;
        }
        let it = &items[k];
        if it.is_punct(":")
            || it.is(&["dont", "savoir", "lesquels", "lesquelles"])
            || it.is_punct("(")
        {
            let mut s = k + 1;
            if items
                .get(s)
                .is_some_and(|x| x.is_punct(",") || x.is_punct(":"))
            {
                s += 1;
            }
            let first = skip_articles(items, prep(items, s, OF).unwrap_or(s));
            if items
                .get(first)
                .and_then(|it| it.entity(COUNTRIES))
                .is_some()
            {
                break s;
            }
        }
        k += 1;
    };
    let (list, _) = entity_list(items, start, LISTED);
    if hedged(items, ok, i + 1) || items[ok..start].iter().any(|it| it.is(NOT_MEMBER)) {
        return;
    }
    for (m, year) in list {
        push(out, m, org.clone(), year, "membership.list", 0.75);
    }
}

/// The end of a clause, where a colon does not end it (it announces the list).
fn clause_end_or_colon(items: &[Item], i: usize) -> usize {
    (i..items.len().min(i + crate::facts::cues::WINDOW))
        .find(|&k| items[k].is_punct(".") || items[k].is_punct(";"))
        .unwrap_or(items.len())
}
