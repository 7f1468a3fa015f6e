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

use std::borrow::Cow;

use crate::analysis::Analysis;
use crate::document::EntityType;
use crate::facts::cues::{
    entity_after, entity_at, entity_list, hedged, title_lower, Arg, Cues, Item, ItemKind, Sentence,
    COUNTRIES, IN, OF, ORGS, PERSONS,
};
use crate::facts::{Argument, FactKind, Found};

/// A role title with its attributes, as parsed from the items after it.
#[derive(Clone, Debug, PartialEq)]
pub struct RolePhrase<'a> {
    /// Borrowed from the title's item when it is borrowed from the text: owned only in the
    /// fact.
    pub title: Cow<'a, str>,
    /// Borrowed from the sentence's items: owned only in the fact ([`Arg::to_argument`]).
    pub organization: Option<Arg<'a>>,
    pub country: Option<Arg<'a>>,
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

/// Words written before a title, without a hyphen, that belong to it (`Vice secrétaire
/// général`).
const TITLE_PREFIXES: &[&str] = &["vice", "sous", "co"];

/// Nouns of a unit inside an organisation: a title ending with one (`directeur du
/// département`) names the unit next, so the post is the head (`directeur`).
const UNITS: &[&str] = &[
    " du département",
    " de la division",
    " du bureau",
    " du programme",
    " du service",
    " de la direction",
    " du secrétaire général",
];

/// The head of a title ending with a unit noun.
fn unit_head(title: &str) -> Option<&str> {
    UNITS
        .iter()
        .find_map(|u| title.strip_suffix(u))
        .filter(|h| !h.is_empty())
}

/// Words that end a portfolio or a skipped stretch: verbs, pronouns, conjunctions of clauses.
const STOP: &[&str] = &[
    "a", "ont", "est", "sont", "était", "sera", "qui", "que", "qu'", "selon", "lors", "depuis",
    "dont", "mais", "il", "elle", "a-t-il", "a-t-elle", "avait", "fut", "avec", "après", "avant",
    "par", "le", "les", "un", "une", "ce", "cette", "son", "sa", "ses", "leur",
];

/// Parses the title at item `r` and the attributes after it.
pub fn phrase<'a>(text: &str, items: &[Item<'a>], r: usize) -> Option<RolePhrase<'a>> {
    let ItemKind::Role {
        text: as_written,
        kind,
    } = &items.get(r)?.kind
    else {
        return None;
    };
    let written = title_lower(as_written);
    let mut title_end = items[r].span.end;
    let mut title_start = items[r].span.start;
    // `Vice secrétaire général` written without the hyphen.
    if r > 0 && items[r - 1].is(TITLE_PREFIXES) {
        title_start = items[r - 1].span.start;
    }
    let mut title: &str = &written;
    // `directeur du département Afrique`: the unit's name follows, the post is `directeur`.
    if let Some(head) = unit_head(title) {
        if items.get(r + 1).is_none_or(|it| it.entity(ORGS).is_none()) {
            title_end = title_start + head.len();
            title = head;
        }
    }
    // Borrowed from the text when lowering left the title as written (the title or its
    // start): the phrase owns a copy only of a title lowering changed.
    let owned = match &written {
        &Cow::Borrowed(w) => Cow::Borrowed(w.get(..title.len()).unwrap_or(w)),
        Cow::Owned(_) => Cow::Owned(title.to_string()),
    };
    let mut p = RolePhrase {
        title: owned,
        organization: None,
        country: None,
        end: r + 1,
    };
    let mut i = r + 1;
    while items.get(i).is_some_and(|it| it.is(TITLE_SUFFIXES)) {
        title_end = items[i].span.end;
        i += 1;
    }
    // `représentante et directrice de pays`: two titles of one post.
    if items.get(i).is_some_and(|it| it.is(&["et"]))
        && items
            .get(i + 1)
            .is_some_and(|it| matches!(it.kind, ItemKind::Role { .. }))
    {
        title_end = items[i + 1].span.end;
        i += 2;
    }
    let diplomat =
        *kind == "diplomat" || title.starts_with("représentant") || title.starts_with("ambassad");
    let minister = *kind == "minister" && title.starts_with("ministre");
    let bare_minister = minister && !title.contains(' ');
    // A party or a country right after the title: `le député N-VA X`, `le Président suisse`.
    if let Some(it) = items.get(i) {
        if let Some(arg) = it.entity(ORGS) {
            p.organization = Some(arg);
            i += 1;
        } else if let Some(arg) = it.entity(COUNTRIES) {
            p.country = Some(arg);
            i += 1;
        }
    }
    loop {
        if let Some(arg) = items.get(i).and_then(Item::demonym) {
            if p.country.is_none() {
                p.country = Some(arg);
            }
            i += 1;
            continue;
        }
        if let Some((arg, j)) = entity_after(items, i, OF, ORGS) {
            if p.organization.is_some() {
                break;
            }
            p.organization = Some(arg);
            i = j + 1;
            continue;
        }
        if let Some((arg, j)) = entity_after(items, i, OF, COUNTRIES) {
            if p.country.is_some() {
                break;
            }
            p.country = Some(arg);
            i = j + 1;
            continue;
        }
        if items.get(i).is_some_and(|it| it.is(&["pour"])) {
            if let Some((arg, j)) = entity_at(items, i + 1, ORGS) {
                if p.organization.is_none() {
                    p.organization = Some(arg);
                }
                i = j + 1;
                continue;
            }
            // `pour la Côte d'Ivoire, le Togo et le Bénin`: the region the post covers.
            let (list, end) =
                entity_list(items, i + 1, &[EntityType::Country, EntityType::Location]);
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
                p.organization = Some(arg);
            } else if !is_org && diplomat && p.country.is_none() {
                p.country = Some(arg);
            }
            i = j + 1;
            continue;
        }
        // `de son pays`: the country is the person's own, named elsewhere.
        if items.get(i).is_some_and(|it| it.is(&["de"]))
            && items
                .get(i + 1)
                .is_some_and(|it| it.is(&["son", "sa", "leur"]))
            && items.get(i + 2).is_some_and(|it| it.is(&["pays"]))
        {
            i += 3;
            continue;
        }
        // A portfolio: `ministre de l'Agriculture`, `ministre de l'Économie et des Finances`;
        // a title with its portfolio may go on (`ministre des Affaires étrangères et de la
        // Coopération`).
        if minister && p.organization.is_none() && title_end == items[r].span.end {
            let from = if bare_minister {
                Some(i)
            } else {
                items.get(i).filter(|it| it.is(&["et"])).map(|_| i + 1)
            };
            // `ministre des Affaires étrangères et de la Coopération au développement`: the
            // table's title goes on.
            let goes_on = !bare_minister
                && items.get(i).is_some_and(|it| {
                    it.is(&["au", "aux", "à"])
                        || it.word().is_some_and(crate::rules::caps::is_adjective)
                });
            let end = if goes_on {
                words_run(items, i)
            } else {
                from.and_then(|f| portfolio(items, f))
            };
            if let Some(end) = end {
                title_end = items[end - 1].span.end;
                i = end;
                continue;
            }
        }
        // An acronym in parentheses after a name: `de l'OIM (OIM)`.
        if i > r + 1
            && items.get(i).is_some_and(|it| it.is_punct("("))
            && items.get(i + 2).is_some_and(|it| it.is_punct(")"))
            && items
                .get(i + 1)
                .is_some_and(|it| matches!(it.kind, ItemKind::Entity { .. }))
        {
            i += 3;
            continue;
        }
        break;
    }
    // The organisation of a title with a lower-case complement: `commissaire à la Paix et la
    // Sécurité de l'UA`, `directeur du département Afrique du FMI`.
    if p.organization.is_none() {
        let mut k = i;
        while k < i + 8
            && items.get(k).is_some_and(|it| {
                it.word().is_some() && !it.is(STOP) || it.entity(&[EntityType::Location]).is_some()
            })
        {
            if let Some((arg, j)) = entity_after(items, k, OF, ORGS) {
                p.organization = Some(arg);
                i = j + 1;
                break;
            }
            k += 1;
        }
    }
    if title_end != items[r].span.end || title_start != items[r].span.start {
        p.title = Cow::Owned(crate::facts::cues::normalized_lower(
            text.get(title_start..title_end).unwrap_or(title),
        ));
    }
    p.end = i;
    Some(p)
}

/// The end (exclusive item index) of a minister's portfolio starting at `i` with `de`/`du`/
/// `des`: words up to a punctuation, a name or a verb, at most eight.
fn portfolio(items: &[Item], i: usize) -> Option<usize> {
    words_run(items, crate::facts::cues::prep(items, i, OF)?)
}

/// The end of a run of portfolio words starting at `k` (see [`portfolio`]).
fn words_run(items: &[Item], mut k: usize) -> Option<usize> {
    let first = k;
    while k < first + 10 {
        match items.get(k) {
            Some(it) if it.word().is_some() && !it.is(STOP) => k += 1,
            Some(it) if it.is(&["la", "l'"]) && k > first => k += 1,
            // `et de la Francophonie`: a name inside a coordinated portfolio.
            Some(it)
                if matches!(it.kind, ItemKind::Entity { .. })
                    && k >= first + 3
                    && items[k - 1].is(&["la", "l'", "de", "du", "des", "d'"])
                    && items[k - 2..k]
                        .iter()
                        .chain(items.get(k - 3))
                        .any(|x| x.is(&["et"])) =>
            {
                k += 1
            }
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
    "qui",
    "investie",
    "servi",
    "occupé",
];

/// Finds the ROLE facts of one sentence.
///
/// `prev` is the sentence before, where a subject pronoun (`Il a été ministre`) finds its
/// person.
pub fn find(a: &Analysis, s: &Sentence, prev: Option<&Sentence>, out: &mut Vec<Found>) {
    let items = &s.items;
    if s.cues.any(Cues::PRESIDENCY) {
        presidency(items, out);
    }
    if !s.titles {
        return;
    }
    // The end of the last title given to a person, for coordinated titles (`en tant
    // qu'envoyé spécial, puis de président de …, et enfin comme …`).
    let mut last: Option<(usize, Argument)> = None;
    for r in 0..items.len() {
        if !matches!(items[r].kind, ItemKind::Role { .. }) {
            continue;
        }
        let Some(p) = phrase(a.text, items, r) else {
            continue;
        };
        let before = out.len();
        find_at(items, r, &p, prev, last.as_ref(), out);
        if out.len() > before {
            if let Some(FactKind::Role { person, .. }) = out.last().map(|f| &f.kind) {
                last = Some((p.end, person.clone()));
            }
        }
    }
}

/// Words between two coordinated titles of one person.
const COORDINATION: &[&str] = &[
    "puis",
    "et",
    "enfin",
    "ensuite",
    "comme",
    "de",
    "d'",
    "en",
    "tant",
    "que",
    "qu'",
    "aussi",
    "également",
    "le",
    "la",
    "l'",
    "alors",
];

/// Subject pronouns that stand for a person.
pub(super) const PRONOUNS: &[&str] = &["il", "elle"];

/// The person a subject pronoun at `k` stands for: the only person named before it in the
/// sentence, else the only person of the sentence before.
fn pronoun_person<'a>(
    items: &[Item<'a>],
    k: usize,
    prev: Option<&Sentence<'a>>,
) -> Option<Arg<'a>> {
    let only = |it: &mut dyn Iterator<Item = &Item<'a>>| {
        let mut found: Option<Arg<'a>> = None;
        for x in it {
            if let Some(a) = x.entity(PERSONS) {
                match &found {
                    Some(f) if f.canonical != a.canonical => return None,
                    _ => found = Some(a),
                }
            }
        }
        found
    };
    let before = &items[k.saturating_sub(crate::facts::cues::WINDOW)..k];
    only(&mut before.iter()).or_else(|| {
        let before_has_person = before.iter().any(|x| x.entity(PERSONS).is_some());
        if before_has_person {
            return None;
        }
        prev.and_then(|p| only(&mut p.items.iter().rev().take(2 * crate::facts::cues::WINDOW)))
    })
}

/// The rules at one title.
fn find_at<'a>(
    items: &[Item<'a>],
    r: usize,
    p: &RolePhrase<'a>,
    prev: Option<&Sentence<'a>>,
    last: Option<&(usize, Argument)>,
    out: &mut Vec<Found>,
) {
    {
        // role.coordinated: a second title of the person just given one.
        if let Some((end, person)) = last {
            if *end <= r
                && r - end <= 6
                && items[*end..r]
                    .iter()
                    .all(|it| it.is(COORDINATION) || it.is_punct(","))
            {
                out.push(fact(&Arg::from(person), p, "role.coordinated", 0.7));
                return;
            }
        }
        // role.title_name: `le président rwandais Paul Kagame`, `la directrice de l'OIM, Amy Pope`.
        let mut j = p.end;
        // One more adjective (`le ministre-président wallon X`).
        if items
            .get(j)
            .and_then(Item::word)
            .is_some_and(|w| w.chars().all(char::is_alphabetic) && !STOP.contains(&w))
            && items
                .get(j + 1)
                .is_some_and(|it| it.entity(PERSONS).is_some())
        {
            j += 1;
        }
        if items.get(j).is_some_and(|it| it.is_punct(",")) {
            j += 1;
        }
        while items
            .get(j)
            .is_some_and(|it| it.is(HONORIFICS) || it.is_punct("."))
        {
            j += 1;
        }
        if let Some(person) = items.get(j).and_then(|it| it.entity(PERSONS)) {
            if !hedged(items, r.saturating_sub(4), j) {
                let mut p = p.clone();
                // `l'ancien président Abdou Diouf du Sénégal`
                if p.country.is_none() && p.organization.is_none() {
                    if let Some((c, _)) = entity_after(items, j + 1, OF, COUNTRIES) {
                        p.country = Some(c.clone());
                    } else if let Some((o, _)) = entity_after(items, j + 1, OF, ORGS) {
                        p.organization = Some(o.clone());
                    }
                }
                out.push(fact(&person, &p, "role.title_name", 0.85));
            }
            return;
        }
        // role.apposition_after: `Amy Pope, directrice générale de l'OIM`, `X, nommé …`.
        let mut b = r;
        if b > 0 && items[b - 1].is(TITLE_PREFIXES) {
            b -= 1;
        }
        while b > 0 && r - b < 6 && items[b - 1].is(APPOSITION) {
            b -= 1;
        }
        if b >= 2 && (items[b - 1].is_punct(",") || items[b - 1].is_punct("(")) {
            if let Some(person) = items[b - 2].entity(PERSONS) {
                if !hedged(items, b - 1, r) {
                    out.push(fact(&person, p, "role.apposition_after", 0.8));
                }
                return;
            }
        }
        // role.copula: `X a été nommé ambassadeur`, `X est le président de`, `X, 57 ans, est
        // la secrétaire générale`, `X a été élu jeudi à Abidjan président de`.
        let mut k = b;
        let mut verb = false;
        while k > 0 && b - k < 14 {
            let it = &items[k - 1];
            if it.is(COPULA)
                || it.date().is_some()
                || it.is(CALENDAR)
                || it.word().is_some_and(crate::rules::date::is_calendar_word)
                || is_number(it)
            {
                verb |= !it.is(&["le", "la", "l'", "un", "une"]);
                k -= 1;
            } else if k >= 2
                && it
                    .entity(&[EntityType::Location, EntityType::Country])
                    .is_some()
                && items[k - 2].is(&["à", "en", "au"])
            {
                k -= 2;
            } else if it.is_punct(",")
                && k >= 4
                && items[k - 2].is(&["ans"])
                && is_number(&items[k - 3])
                && items[k - 4].is_punct(",")
            {
                k -= 4; // `, 57 ans,`
            } else {
                break;
            }
        }
        // `Le ministre X, a été élu président`: the comma after the name.
        if verb && k >= 2 && items[k - 1].is_punct(",") && items[k - 2].entity(PERSONS).is_some() {
            k -= 1;
        }
        // `X, jusqu'ici directeur de …, a été nommé ambassadeur`: over an apposition that
        // describes the person (it holds a title, no other name).
        if verb && k >= 2 && items[k - 1].is_punct(",") {
            let segment_start = (k.saturating_sub(26)..k - 1)
                .rev()
                .find(|&c| items[c].is_punct(","));
            if let Some(c) = segment_start {
                let inner = &items[c + 1..k - 1];
                let describes = inner
                    .iter()
                    .any(|it| matches!(it.kind, ItemKind::Role { .. }))
                    && !inner.iter().any(|it| {
                        it.entity(PERSONS).is_some() || it.is(&["qui", "a", "ont", "est"])
                    });
                if describes && c > 0 && items[c - 1].entity(PERSONS).is_some() {
                    k = c;
                }
            }
        }
        if verb && k > 0 {
            if let Some(person) = items[k - 1].entity(PERSONS) {
                if !hedged(items, k - 1, r) {
                    out.push(fact(&person, p, "role.copula", 0.75));
                }
            } else if items[k - 1].is(PRONOUNS) {
                // role.pronoun: `Il a également été ministre`.
                if let Some(person) = pronoun_person(items, k - 1, prev) {
                    if !hedged(items, k - 1, r) {
                        out.push(fact(&person, p, "role.pronoun", 0.6));
                    }
                }
            }
            return;
        }
        // role.title_pronoun: `Ministre des Affaires étrangères depuis 2009, elle succède …`.
        let opens = items[..r]
            .iter()
            .all(|it| it.is(TITLE_PREFIXES) || it.is(&["ancien", "ancienne", "le", "la", "l'"]));
        let mut j = p.end;
        while items
            .get(j)
            .is_some_and(|it| it.date().is_some() || it.is(&["depuis", "en"]))
        {
            j += 1;
        }
        if opens
            && items.get(j).is_some_and(|it| it.is_punct(","))
            && items.get(j + 1).is_some_and(|it| it.is(PRONOUNS))
        {
            if let Some(person) = pronoun_person(items, j + 1, prev) {
                out.push(fact(&person, p, "role.title_pronoun", 0.6));
            }
        }
    }
}

/// Honorifics between a title and a name (`le Président, M. X`).
const HONORIFICS: &[&str] = &["m.", "m", "mme", "mlle", "dr", "pr", "."];

/// Words between a name's comma and its title (`X, nommé directeur`, `X, en tant que`).
const APPOSITION: &[&str] = &[
    "jusqu'",
    "ici",
    "précédemment",
    "auparavant",
    "actuellement",
    "le",
    "la",
    "l'",
    "ancien",
    "ancienne",
    "nouveau",
    "nouvelle",
    "actuel",
    "actuelle",
    "ex",
    "futur",
    "future",
    "nommé",
    "nommée",
    "élu",
    "élue",
    "réélu",
    "réélue",
    "désigné",
    "désignée",
    "en",
    "tant",
    "que",
    "qu'",
    "devenu",
    "devenue",
    "alors",
    "comme",
    "aussi",
    "également",
];

/// Words that may stand between a verb and a title when no DATE rule took them, besides
/// month and weekday names ([`crate::rules::date::is_calendar_word`]).
const CALENDAR: &[&str] = &["1er", "hier", "dernier", "dernière"];

fn is_number(it: &Item) -> bool {
    it.word()
        .is_some_and(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()))
}

/// Rule `role.presidency`: `l'élection de X à la présidence de Y` — the person presides Y.
fn presidency(items: &[Item], out: &mut Vec<Found>) {
    for i in 0..items.len() {
        if !items[i].has(Cues::PRESIDENCY) {
            continue;
        }
        let mut b = i;
        while b > 0 && i - b < 3 && items[b - 1].is(&["à", "la", "l'"]) {
            b -= 1;
        }
        if b == i || b == 0 {
            continue;
        }
        let Some(person) = items[b - 1].entity(PERSONS) else {
            continue;
        };
        let Some((org, _)) = entity_after(items, i + 1, OF, ORGS) else {
            continue;
        };
        if hedged(items, b - 1, i) {
            continue;
        }
        let p = RolePhrase {
            title: "président".into(),
            organization: Some(org.clone()),
            country: None,
            end: i + 1,
        };
        out.push(fact(&person, &p, "role.presidency", 0.6));
    }
}

fn fact(person: &Arg, p: &RolePhrase, rule: &'static str, confidence: f32) -> Found {
    Found {
        kind: FactKind::Role {
            person: person.to_argument(),
            role: p.title.to_string(),
            organization: p.organization.as_ref().map(Arg::to_argument),
            country: p.country.as_ref().map(Arg::to_argument),
        },
        rule,
        confidence,
    }
}
