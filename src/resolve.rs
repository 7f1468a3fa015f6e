//! Resolution: gives every name mention its canonical name, links later short forms to the
//! full entity, and finds what anaphors (`le Royaume`, `l'organisation`) refer to.
//!
//! What decides a canonical name, in order:
//! 1. the gazetteer entry's canonical (set by [`crate::rules::known`]);
//! 2. an acronym defined in the text takes its long form's canonical (set by the acronym rules
//!    of [`crate::rules::organization`]);
//! 3. a bare surname (`Pope`, `M. Pope`) takes the full name of the person mentioned elsewhere
//!    in the document (`Amy Pope`), see [`link_surnames`];
//! 4. otherwise the mention text, normalized by [`normalize_name`] (one space for any run of
//!    spaces and line breaks; the typographic apostrophe kept as written), with an all-caps
//!    surname written in title case (`Macky SALL` → `Macky Sall`).
//!
//! Anaphors are not mentions of the contract; the facts stage asks [`antecedent`] or
//! [`anaphors`] what they refer to:
//!
//! ```
//! use glaneur::{Document, Extractor};
//! use glaneur::resolve::{anaphors, AnaphorKind};
//! let x = Extractor::builtin().unwrap();
//! let doc = Document::new("d", "Le Maroc a versé 10 dollars. Le Royaume est membre de l'organisation.");
//! let a = x.analyse(&doc);
//! let found = anaphors(&a);
//! let (anaphor, target) = &found[0];
//! assert_eq!(anaphor.span.of(&doc.text), "Royaume");
//! assert!(matches!(anaphor.kind, AnaphorKind::Country { .. }));
//! assert_eq!(a.mentions[*target].canonical.as_deref(), Some("Maroc"));
//! ```

use std::borrow::Cow;

use rustc_hash::FxHashMap;

use crate::analysis::Analysis;
use crate::document::{EntityType, Mention, Span};
use crate::fold::fold_cow;
use crate::rules::{caps, priority};
use crate::tokenize::TokenKind;

/// Fills in canonical names of the chosen mentions and adds mentions of bare surnames.
///
/// `k` is the rules' index of the document ([`crate::rules::run`] returns it): the surnames
/// are looked for among the words it marks, not among every token.
pub fn resolve(a: &mut Analysis, k: &caps::KnownIndex) {
    link_surnames(a, k);
    for m in &mut a.mentions {
        if m.canonical.is_none() && !matches!(m.kind, EntityType::Money | EntityType::Date) {
            let text = m.span.of(a.text);
            let c = if m.kind == EntityType::Person {
                person_canonical(text, m.provenance.rule)
            } else {
                normalize_name(text)
            };
            m.canonical = Some(c);
        }
    }
}

/// A mention text made into a name: runs of whitespace (line breaks included) become one
/// space, and leading or trailing spaces go. Apostrophes and case are kept as written.
///
/// ```
/// assert_eq!(glaneur::resolve::normalize_name(" Fonds de\nrésilience  de l’OIM "), "Fonds de résilience de l’OIM");
/// ```
pub fn normalize_name(s: &str) -> String {
    normalized(s).into_owned()
}

/// [`normalize_name`], borrowed when `s` is already normalized (most names: no copy).
pub fn normalized(s: &str) -> Cow<'_, str> {
    // The same collapsing as a folded name's key, on the text as written.
    crate::fold::key_of_folded(s)
}

/// A person's canonical name from its text: all-caps words in title case, and for
/// `person.surname_first` (`AKAMATSU Takeshi`) the surname moved last.
///
/// ```
/// use glaneur::resolve::person_canonical;
/// assert_eq!(person_canonical("Macky SALL", "person.first_name"), "Macky Sall");
/// assert_eq!(person_canonical("AKAMATSU Takeshi", "person.surname_first"), "Takeshi Akamatsu");
/// ```
pub fn person_canonical(text: &str, rule: &str) -> String {
    // Most names have a lower-case ASCII letter in every word (`Amy Pope`): no word is written
    // in capitals, none is title-cased nor moved, and the name is only normalized.
    if rule != "person.surname_first"
        && text
            .split_whitespace()
            .all(|w| w.bytes().any(|b| b.is_ascii_lowercase()))
    {
        return normalize_name(text);
    }
    let mut words: Vec<String> = text
        .split_whitespace()
        .map(|w| {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            if letters >= 2 && w.chars().all(|c| !c.is_lowercase()) {
                title_case(w)
            } else {
                w.to_string()
            }
        })
        .collect();
    let all_caps = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    };
    let original: Vec<&str> = text.split_whitespace().collect();
    let surname_first =
        original.len() >= 2 && all_caps(original[0]) && !original[1..].iter().any(|w| all_caps(w));
    if (rule == "person.surname_first" || surname_first) && words.len() >= 2 {
        let surname = words.remove(0);
        words.push(surname);
    }
    words.join(" ")
}

/// `OKONJO-IWEALA` → `Okonjo-Iweala`.
fn title_case(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    let mut start = true;
    for c in w.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
    }
    out
}

/// Links bare surnames to full names: every person mentioned with two or more words lends its
/// surname (its last word, and other words that are not first names, so `Ban` of `Ban
/// Ki-moon`) to single-word mentions (`M. Pope`) and to capitalized words no rule took
/// (`Pope a précisé`). A surname shared by two different persons of the document is left alone.
/// The persons named with two words or more get their canonical name on the way.
///
/// The words no rule took are looked for among the capitalized words, which `k`'s
/// [`caps::KnownIndex::marked`] lists (a tenth of the tokens or so), rather than among every
/// token; only a lower-case `al-` word can match a surname otherwise, and every token is
/// walked when a surname starts with `al-`.
pub fn link_surnames(a: &mut Analysis, k: &caps::KnownIndex) {
    let mut keys: FxHashMap<String, Option<String>> = FxHashMap::default();
    let mut folded = String::new();
    for m in &mut a.mentions {
        if m.kind != EntityType::Person {
            continue;
        }
        let text = m.span.of(a.text);
        // Counted, not collected: most names have two or three words, and no list of them is
        // needed to tell the last one.
        let n_words = text.split_whitespace().count();
        if n_words < 2 {
            continue;
        }
        // The full name's canonical is set here, where it is needed first: [`resolve`] would
        // compute it again.
        let rule = m.provenance.rule;
        let canonical = m
            .canonical
            .get_or_insert_with(|| person_canonical(text, rule))
            .as_str();
        for (i, w) in text.split_whitespace().enumerate() {
            let last = i + 1 == n_words;
            if caps::is_particle(w)
                || caps::is_function_word(w)
                || caps::is_roman(w)
                || w.chars().count() < 2
            {
                continue;
            }
            // Folded in a buffer reused from word to word: a key is copied only when new, and
            // the first names are asked with it (`Gazetteers::is_first_name` would fold the word
            // again, into a new string).
            folded.clear();
            crate::fold::fold_into(w, &mut folded);
            if !last && a.gazetteers.first_names.get_folded(&folded).is_some() {
                continue;
            }
            match keys.get_mut(folded.as_str()) {
                Some(slot) => {
                    if slot.as_deref() != Some(canonical) {
                        *slot = None; // two persons share it
                    }
                }
                None => {
                    keys.insert(folded.clone(), Some(canonical.to_string()));
                }
            }
        }
    }
    if keys.is_empty() {
        return;
    }
    for m in &mut a.mentions {
        if m.kind == EntityType::Person && m.canonical.is_none() && !m.span.of(a.text).contains(' ')
        {
            // Folded in the buffer of the keys' words: no string per mention.
            folded.clear();
            crate::fold::fold_into(m.span.of(a.text), &mut folded);
            if let Some(c) = keys.get(folded.as_str()).and_then(Clone::clone) {
                m.canonical = Some(c);
            }
        }
    }
    // Words no mention covers, or only a guess covers.
    let mut added = Vec::new();
    let mut replaced = Vec::new();
    let mut cursor = 0;
    // The first bytes of the keys (folded, so lower case): most capitalized words start with
    // none of them and are not looked up.
    let mut firsts = [false; 256];
    for key in keys.keys() {
        if let Some(&b) = key.as_bytes().first() {
            firsts[usize::from(b)] = true;
        }
    }
    // A lower-case word is asked only when it starts with `al-`: its folded form then starts
    // with `al-` too, and can be a key only if one starts so.
    let any_al = keys.keys().any(|key| key.starts_with("al-"));
    let (every_token, marked) = if any_al {
        (0..a.tokens.tokens.len(), &[][..])
    } else {
        (0..0, k.marked())
    };
    for i in every_token.chain(marked.iter().map(|&i| i as usize)) {
        let Some(t) = a.tokens.tokens.get(i) else {
            continue;
        };
        if t.kind != TokenKind::Word {
            continue;
        }
        // `al-` is tested on the first byte before the text is sliced.
        let al = || {
            a.text.as_bytes().get(t.span.start) == Some(&b'a')
                && t.span.of(a.text).starts_with("al-")
        };
        if !(t.capitalized || al()) {
            continue;
        }
        // The token's folded form, without folding it again.
        let folded = a.tokens.folded(i);
        if !folded
            .as_bytes()
            .first()
            .is_some_and(|&b| firsts[usize::from(b)])
        {
            continue;
        }
        let Some(c) = keys.get(folded).and_then(Clone::clone) else {
            continue;
        };
        while cursor < a.mentions.len() && a.mentions[cursor].span.end <= t.span.start {
            cursor += 1;
        }
        match a.mentions.get(cursor) {
            Some(m) if m.span.overlaps(t.span) => {
                // A guess, or a one-word place (`Morsi` is also a village somewhere), gives way
                // to the person the document names.
                let weak = priority::band(m.priority) < priority::band(priority::PATTERN)
                    || m.kind == EntityType::Location;
                if m.span == t.span && weak {
                    replaced.push((cursor, c));
                }
            }
            _ => {
                // `Ban Ki-moon` written again: both words link to the same person, one mention.
                if let Some(last) = added.last_mut().filter(|l: &&mut Mention| {
                    l.canonical.as_deref() == Some(c.as_str())
                        && a.text
                            .get(l.span.end..t.span.start)
                            .is_some_and(|g| g.chars().all(|ch| ch == ' '))
                }) {
                    last.span.end = t.span.end;
                } else {
                    added.push(
                        Mention::new(EntityType::Person, t.span, "resolve.surname")
                            .with_canonical(c)
                            .with_priority(priority::PATTERN),
                    );
                }
            }
        }
    }
    for (i, c) in replaced {
        let m = &mut a.mentions[i];
        *m = Mention::new(EntityType::Person, m.span, "resolve.surname")
            .with_canonical(c)
            .with_priority(priority::PATTERN);
    }
    if !added.is_empty() {
        merge_by_start(&mut a.mentions, added);
    }
}

/// Adds `added` to `mentions`, both sorted by start, keeping the list sorted by start with
/// `mentions`' own first on equal starts: what a stable sort of the two one after the other
/// gives.
///
/// The list grows once, by exactly `added`, and the merge runs from the back into the room
/// made at the end, each mention moved at most once. A sort would take a scratch buffer of
/// half the mentions, and a new list for the merge would hold the mentions twice for a while:
/// on a long document, each is megabytes of fresh memory.
fn merge_by_start(mentions: &mut Vec<Mention>, mut added: Vec<Mention>) {
    let mut unmerged = mentions.len();
    mentions.reserve_exact(added.len());
    mentions.resize_with(unmerged + added.len(), || {
        Mention::new(EntityType::Person, Span::default(), "")
    });
    // `mentions[..unmerged]` and `added` are what is left to merge; `mentions[last]` is the
    // free slot for the latest of their last ones.
    let mut last = mentions.len();
    while let Some(b) = added.last() {
        last -= 1;
        let own_is_later = unmerged
            .checked_sub(1)
            .and_then(|i| mentions.get(i))
            .is_some_and(|m| m.span.start > b.span.start);
        if own_is_later {
            unmerged -= 1;
            mentions.swap(unmerged, last);
        } else if let (Some(b), Some(slot)) = (added.pop(), mentions.get_mut(last)) {
            *slot = b;
        }
    }
}

/// What an anaphor can refer to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnaphorKind {
    /// `le pays` (`head: None`: any country), `le Royaume` (`head: Some("royaume")`: a country
    /// whose official long form starts with that word, see [`crate::gazetteer::Entry::head`]).
    Country { head: Option<String> },
    /// `l'organisation`, `l'institution` (`head: None`: any organisation but companies,
    /// media, ministries and parties), `le Fonds`, `la Banque`, `l'agence` (`head`: an
    /// organisation whose name starts with that word or whose kind fits it), `l'agence
    /// onusienne` (`un: true`: a United Nations body).
    Organization { head: Option<String>, un: bool },
}

/// An anaphor in the text: the noun (`Royaume`, `organisation`, without the article) and what
/// kind of entity it refers to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Anaphor {
    pub span: Span,
    pub kind: AnaphorKind,
}

/// What a folded noun makes of an anaphor: `Some((true, head))` for a country noun (`pays`, `royaume`),
/// `Some((false, head))` for an organisation noun (`organisation`, `fonds`), with the
/// [`crate::gazetteer::Entry::head`] or name start it needs (`None`: any country, or any
/// organisation); `None` for any other word.
fn anaphor_noun(f: &str) -> Option<(bool, Option<&'static str>)> {
    let country = |head| Some((true, head));
    let org = |head| Some((false, head));
    match f {
        "pays" => country(None),
        "royaume" => country(Some("royaume")),
        "republique" => country(Some("republique")),
        "emirat" => country(Some("emirat")),
        "emirats" => country(Some("emirats")),
        "sultanat" => country(Some("sultanat")),
        "principaute" => country(Some("principaute")),
        "grand-duche" => country(Some("grand-duche")),
        "confederation" => country(Some("confederation")),
        "organisation" | "institution" | "organisme" => org(None),
        "agence" => org(Some("agence")),
        "fonds" => org(Some("fonds")),
        "banque" => org(Some("banque")),
        "union" => org(Some("union")),
        "alliance" => org(Some("alliance")),
        "ligue" => org(Some("ligue")),
        "commission" => org(Some("commission")),
        "federation" => org(Some("federation")),
        "communaute" => org(Some("communaute")),
        "programme" => org(Some("programme")),
        "bloc" => org(Some("bloc")),
        "ong" => org(Some("ong")),
        "association" => org(Some("association")),
        "fondation" => org(Some("fondation")),
        "office" => org(Some("office")),
        "institut" => org(Some("institut")),
        "haut-commissariat" => org(Some("haut-commissariat")),
        "comite" => org(Some("comite")),
        "groupe" => org(Some("groupe")),
        "societe" => org(Some("societe")),
        "entreprise" => org(Some("entreprise")),
        _ => None,
    }
}

/// Organisation kinds (`Entry::subkind`) that a head noun accepts besides names starting
/// with it: `l'agence` may be a UN agency, `la Banque` any bank.
fn kind_fits(head: &str, subkind: &str) -> bool {
    match head {
        "agence" => matches!(subkind, "un_agency" | "agency"),
        "fonds" => matches!(subkind, "fund"),
        "banque" => matches!(subkind, "bank"),
        "bloc" | "communaute" | "union" => matches!(subkind, "regional" | "intergovernmental"),
        "ong" | "association" => matches!(subkind, "ngo"),
        "programme" => matches!(subkind, "programme"),
        "societe" | "entreprise" | "groupe" => matches!(subkind, "company"),
        _ => false,
    }
}

/// The anaphor whose article or noun starts at byte `at` (`le Royaume`, `l’organisation`,
/// `l'agence onusienne`), if there is one. The article must be definite (`le`, `la`, `l'`).
pub fn anaphor_at(a: &Analysis, at: usize) -> Option<Anaphor> {
    let i = a.tokens.index_at(at);
    if a.tokens.tokens.get(i)?.span.start != at {
        return None;
    }
    anaphor_at_token(a, i)
}

/// Whether a lower-case word is a singular definite article: an anaphor (`le Royaume`,
/// `l’organisation`) stands for one entity, never after `les`.
///
/// An elision's lower-case form is `l'` or `l’` whichever apostrophe was typed (`l‘`, `l´`,
/// `lʼ`): the tokenizer writes it so ([`crate::tokenize::Tokens::lower`]).
fn is_singular_article(w: &str) -> bool {
    matches!(w, "le" | "la" | "l'" | "l’")
}

/// [`anaphor_at`] for the token at index `i`.
fn anaphor_at_token(a: &Analysis, mut i: usize) -> Option<Anaphor> {
    let toks = &a.tokens.tokens;
    // Step over the article, or require one before the noun.
    let w = a.tokens.lower(i);
    if is_singular_article(w) {
        i += 1;
    } else if i == 0 || !is_singular_article(a.tokens.lower(i - 1)) {
        return None;
    }
    let noun = toks.get(i)?;
    if noun.kind != TokenKind::Word || noun.all_caps {
        return None;
    }
    let f = a.tokens.folded(i);
    // Only these nouns make anaphors: test them before looking at what follows.
    let (is_country, head) = anaphor_noun(f)?;
    // A noun followed by its own complement is a name or a description, not an anaphor
    // (`le pays hôte`, `la Banque mondiale`, `l'organisation des Nations unies`).
    // Asked last, where the other tests have not decided: looking an adjective up costs most.
    let qualified = || {
        let next = caps::word(a, i + 1);
        caps::is_adjective(next)
            || next.chars().next().is_some_and(char::is_uppercase)
                && toks
                    .get(i + 1)
                    .is_some_and(|n| caps::adjacent(a.text, noun, n))
    };
    let next_f = a.tokens.folded(i + 1);
    let followed_by_of = matches!(next_f, "de" | "du" | "des" | "d'")
        && toks
            .get(i + 1)
            .is_some_and(|n| caps::adjacent(a.text, noun, n) || n.kind == TokenKind::Elision);
    if is_country {
        // A qualified country noun is a name (`la République centrafricaine`); so is one with
        // its complement; `le pays` is an anaphor only when nothing qualifies it.
        if followed_by_of || qualified() {
            return None;
        }
        return Some(Anaphor {
            span: noun.span,
            kind: AnaphorKind::Country {
                head: head.map(str::to_string),
            },
        });
    }
    let un = matches!(next_f, "onusienne" | "onusien");
    if followed_by_of
        || !un && !matches!(next_f, "internationale" | "regionale" | "panafricaine") && qualified()
    {
        return None;
    }
    let end = if un || matches!(next_f, "internationale" | "regionale" | "panafricaine") {
        toks.get(i + 1).map_or(noun.span.end, |n| n.span.end)
    } else {
        noun.span.end
    };
    Some(Anaphor {
        span: Span::new(noun.span.start, end),
        kind: AnaphorKind::Organization {
            head: head.map(str::to_string),
            un,
        },
    })
}

/// Index in [`Analysis::mentions`] of the nearest mention before byte `at` that `kind` can
/// refer to.
///
/// * A country anaphor with a head (`le Royaume`) takes the nearest earlier country whose
///   gazetteer entry has that head (`Maroc`: `Royaume du Maroc`); without a head (`le pays`),
///   the nearest earlier country.
/// * An organisation anaphor with a head (`le Fonds`, `la Banque`) takes the nearest earlier
///   organisation whose canonical name starts with that word or whose gazetteer kind fits it
///   (`fund`, `bank`, `un_agency` for `l'agence`); a generic one (`l'organisation`,
///   `l'institution`) takes the nearest earlier organisation that is not a company, a media,
///   a ministry or a party; `l'agence onusienne` requires a UN body.
///
/// ```
/// use glaneur::{Document, Extractor};
/// use glaneur::resolve::{antecedent, AnaphorKind};
/// let x = Extractor::builtin().unwrap();
/// let text = "Le Maroc a rejoint le Fonds de solidarité africain. Le pays y contribue.";
/// let doc = Document::new("d", text);
/// let a = x.analyse(&doc);
/// let at = text.find("pays").unwrap();
/// let i = antecedent(&a, at, &AnaphorKind::Country { head: None }).unwrap();
/// assert_eq!(a.mentions[i].span.of(text), "Maroc");
/// let i = antecedent(&a, at, &AnaphorKind::Organization { head: Some("fonds".into()), un: false }).unwrap();
/// assert_eq!(a.mentions[i].span.of(text), "Fonds de solidarité africain");
/// ```
pub fn antecedent(a: &Analysis, at: usize, kind: &AnaphorKind) -> Option<usize> {
    let before = a.mentions.partition_point(|m| m.span.start < at);
    (before.saturating_sub(ANTECEDENT_WINDOW)..before)
        .rev()
        .find(|&i| compatible(a, &a.mentions[i], kind))
}

/// How many earlier mentions an anaphor may reach back over. A news article names its subject
/// again well within this distance, and the bound keeps resolution linear in the length of a
/// document full of anaphors (a log dump, a 50 MB concatenation).
const ANTECEDENT_WINDOW: usize = 400;

/// Whether mention `m` is one that an anaphor of `kind` can refer to.
///
/// The mention's kind is tested first: the walk back from an anaphor passes over many
/// mentions of other kinds (persons, dates, amounts), and only a mention of the right kind
/// has its gazetteer entry looked up, by its id (a hash of a string).
fn compatible(a: &Analysis, m: &Mention, kind: &AnaphorKind) -> bool {
    let entry = || {
        m.provenance
            .entry
            .as_deref()
            .and_then(|id| a.gazetteers.entry(id))
    };
    match kind {
        AnaphorKind::Country { head } => {
            m.kind == EntityType::Country
                && head.as_deref().is_none_or(|h| {
                    entry()
                        .and_then(|e| e.head.as_deref())
                        .is_some_and(|eh| eh == h)
                        || fold_cow(m.span.of(a.text)).starts_with(h)
                })
        }
        AnaphorKind::Organization { head, un } => {
            if m.kind != EntityType::Organization {
                return false;
            }
            let subkind = entry().and_then(|e| e.subkind.as_deref()).unwrap_or("");
            // The folded name, only for the tests that read it.
            let name = || fold_cow(m.canonical.as_deref().unwrap_or_else(|| m.span.of(a.text)));
            if *un {
                return matches!(subkind, "un" | "un_agency") || name().contains("nations unies");
            }
            match head.as_deref() {
                None => !matches!(subkind, "company" | "media" | "ministry" | "party"),
                Some(h) => name().split([' ', '\'']).next() == Some(h) || kind_fits(h, subkind),
            }
        }
    }
}

/// Every anaphor of the document with the index of the mention it refers to (anaphors with
/// no compatible earlier mention are left out).
pub fn anaphors(a: &Analysis) -> Vec<(Anaphor, usize)> {
    (0..a.tokens.tokens.len())
        .filter_map(|k| anaphor_after(a, k))
        .collect()
}

/// Whether token `k` is a singular article (`le`, `la`, `l'`, `l’`, `l` with any other
/// apostrophe, in any case), read on its bytes where they suffice: no other character lowers
/// to `l`, `e` or `a`. A walk over every token asks this of the few starting with `l` before
/// any form of the token is looked up; only `l` and a non-ASCII character (an apostrophe of
/// two or three bytes: `’`, `‘`, `´`, `ʼ`) asks its lower-case form ([`is_singular_article`]).
pub fn is_article(a: &Analysis, k: usize) -> bool {
    let Some(t) = a.tokens.tokens.get(k) else {
        return false;
    };
    match a
        .text
        .as_bytes()
        .get(t.span.start..t.span.end)
        .unwrap_or_default()
    {
        [b'l' | b'L', second] => matches!(second, b'e' | b'E' | b'a' | b'A' | b'\'' | b'`'),
        // `les`, `leur` and the like are ruled out by their second byte.
        [b'l' | b'L', second, rest @ ..] if *second >= 0x80 && rest.len() <= 2 => {
            is_singular_article(a.tokens.lower(k))
        }
        _ => false,
    }
}

/// The anaphor whose article is token `k` (`le` of `le Royaume`), with the index of the
/// mention it refers to: [`anaphors`] for one token, so that a caller walking the tokens for
/// its own reasons finds the anaphors in the same walk.
pub fn anaphor_after(a: &Analysis, k: usize) -> Option<(Anaphor, usize)> {
    // `les` before a noun is no anaphor, and `les` as a noun is none either.
    if !is_article(a, k) {
        return None;
    }
    anaphor_after_article(a, k)
}

/// [`anaphor_after`] for a token `k` already known to be a singular article ([`is_article`]):
/// a walk that tests the article itself, on the token's first byte, does not test it twice.
pub fn anaphor_after_article(a: &Analysis, k: usize) -> Option<(Anaphor, usize)> {
    // The noun after the article must be one that makes anaphors: most are not, and are
    // left here before anything else is looked at (the test [`anaphor_at_token`] makes).
    anaphor_noun(a.tokens.folded(k + 1))?;
    // Inside a mention it is part of a name (`l'Organisation des Nations unies`, `la
    // Banque mondiale`): the anaphor's span starts with the noun, so a noun in a mention
    // is left here, before [`anaphor_at_token`] judges its complement.
    let noun = a.tokens.tokens.get(k + 1)?;
    let i = a
        .mentions
        .partition_point(|m| m.span.end <= noun.span.start);
    let in_mention = |span: Span| a.mentions.get(i).is_some_and(|m| m.span.overlaps(span));
    if in_mention(noun.span) {
        return None;
    }
    // Tokens never share a start: `k` is the token [`anaphor_at`] would find at its offset.
    let an = anaphor_at_token(a, k)?;
    // The span may reach the next word (`l'agence onusienne`), which may be in a mention.
    if in_mention(an.span) {
        return None;
    }
    antecedent(a, an.span.start, &an.kind).map(|i| (an, i))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first token of `w` followed by a noun, as the tokenizer makes it: its text, and
    /// whether it is an article on its bytes ([`is_article`]) and by its lower-case form
    /// ([`is_singular_article`]).
    fn article_tests(w: &str) -> (String, bool, bool) {
        let x = crate::Extractor::builtin().expect("the built-in gazetteers load");
        let doc = crate::Document::new("d", format!("{w}organisation"));
        let a = x.analyse(&doc);
        let first = a.tokens.tokens[0].span.of(a.text).to_string();
        (
            first,
            is_article(&a, 0),
            is_singular_article(a.tokens.lower(0)),
        )
    }

    #[test]
    fn an_article_elided_with_any_apostrophe_is_singular() {
        for w in ["le ", "La ", "l'", "L’", "l‘", "lʼ", "l´", "l`"] {
            assert_eq!(article_tests(w), (w.trim().to_string(), true, true), "{w}");
        }
        for w in ["les", "l", "lui", "l’’", "d’", "l\"", "le’"] {
            assert!(!is_singular_article(&w.to_lowercase()), "{w}");
            // As a token (`le’` is two: `le`, then `’`).
            let (first, bytes, lower) = article_tests(&format!("{w} "));
            if first == w {
                assert!(!bytes, "{w}");
                assert!(!lower, "{w}");
            }
        }
    }

    #[test]
    fn merge_by_start_is_a_stable_sort_of_both() {
        let m = |s, rule| Mention::new(EntityType::Person, Span::new(s, s + 1), rule);
        let a = vec![m(3, "a"), m(4, "a"), m(4, "a2"), m(9, "a")];
        let b = vec![m(2, "b"), m(4, "b"), m(12, "b")];
        let mut want = a.clone();
        want.extend(b.clone());
        want.sort_by_key(|m| m.span.start);
        let merged = |mut a: Vec<Mention>, b: Vec<Mention>| {
            a.shrink_to_fit();
            merge_by_start(&mut a, b);
            a
        };
        let got = merged(a.clone(), b.clone());
        assert_eq!(got, want);
        assert_eq!(got.capacity(), got.len());
        assert_eq!(merged(Vec::new(), b.clone()), b);
        assert_eq!(merged(a.clone(), Vec::new()), a);
        // Every added mention before, or after, all the others.
        let early = vec![m(0, "b"), m(1, "b")];
        let late = vec![m(20, "b"), m(30, "b")];
        let mut want = early.clone();
        want.extend(a.clone());
        assert_eq!(merged(a.clone(), early), want);
        let mut want = a.clone();
        want.extend(late.clone());
        assert_eq!(merged(a.clone(), late), want);
    }
}
