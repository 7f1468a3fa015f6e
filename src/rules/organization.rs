//! Organisations that no gazetteer lists: a head word (`Ministère`, `Fonds`, `Banque`…) and its
//! complement, acronyms defined in the text, and later uses of those acronyms.
//!
//! | rule | example (span in brackets) |
//! |---|---|
//! | `org.trigger` | `le [Fonds koweïtien pour le développement économique arabe] contribue` |
//! | `org.extend` | `la [Croix-Rouge italienne]` (a known name and its adjective) |
//! | `org.acronym_definition` | `[Banque africaine de développement] ([Bad])` |
//! | `org.acronym_initials` | `[Africa Growing Together Fund] ([Agtf])` (initials match) |
//! | `org.acronym_reuse` | `le Groupe de la [Bad]` (an acronym defined earlier or later) |
//! | `org.party` | `Didier Reynders ([MR])` |
//! | `org.team` | `les [Canucks de Vancouver]`, `le [Lightning de Tampa Bay]` |
//! | `org.club` | `le [FC Nantes]`, `[Toronto FC]`, `[Warner Bros. Records]`, `[Kia Motors]` |
//!
//! The complement is the careful part. After the head, the name takes adjectives
//! (`mondiale`, `japonaise`), capitalized words, and chains of `de/du/des/pour/et de` with
//! their articles followed by a noun, a capitalized word or a known place; it stops at a verb,
//! punctuation, a number, a line break, or a bounded length. It also stops before another
//! organisation (`Fonds de résilience | de l'OIM`) unless the head names an organ of its parent
//! (`Commission de l'Union africaine`, `Groupe de la Banque mondiale`). A head alone (`le
//! Fonds`, `l'Organisation`) is an anaphor, not a mention.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::analysis::Analysis;
use crate::document::{EntityType, Mention, Span};
use crate::fold::{fold, Folded};
use crate::rules::caps::{self, KnownIndex, Start, Starts, TokenClass};
use crate::rules::date;
use crate::rules::priority;
use crate::tokenize::{Token, TokenKind};
use crate::words::{WordFilter, WordSet};

/// A head word that starts an organisation's name.
#[derive(Clone, Copy, Debug)]
pub struct Trigger {
    /// Folded head word.
    pub word: &'static str,
    /// The name continues into its parent organisation (`Commission de l'Union africaine`).
    pub organ: bool,
    /// The head may be written in lower case (`ministère des Affaires étrangères`) when a
    /// capitalized word follows in its complement.
    pub lower: bool,
}

const fn t(word: &'static str, organ: bool, lower: bool) -> Trigger {
    Trigger { word, organ, lower }
}

/// Head words of organisation names (folded).
pub const TRIGGERS: &[Trigger] = &[
    t("ministere", false, true),
    t("agence", false, false),
    t("fonds", false, false),
    t("banque", false, false),
    t("conseil", false, false),
    t("commission", true, false),
    t("union", false, false),
    t("federation", true, false),
    t("confederation", true, false),
    t("programme", false, false),
    t("organisation", false, false),
    t("office", false, false),
    t("institut", false, false),
    t("centre", false, false),
    t("association", true, false),
    t("fondation", false, false),
    t("comite", false, false),
    t("autorite", false, false),
    t("societe", false, false),
    t("groupe", true, false),
    t("parti", false, false),
    t("mouvement", false, false),
    t("front", false, false),
    t("alliance", false, false),
    t("cour", false, false),
    t("tribunal", false, false),
    t("universite", false, true),
    t("direction", false, false),
    t("communaute", false, false),
    t("haut-commissariat", false, false),
    t("assemblee", true, false),
    t("secretariat", true, false),
    t("ligue", false, false),
    t("syndicat", false, false),
    t("coalition", false, false),
    t("compagnie", false, false),
    t("observatoire", false, false),
    t("ecole", false, false),
    t("academie", false, false),
    t("hopital", false, false),
    t("laboratoire", false, false),
    t("croix-rouge", false, false),
    t("croissant-rouge", false, false),
    t("parlement", true, false),
    t("senat", false, false),
    t("conference", true, false),
    t("mission", false, false),
    t("force", false, false),
    t("forces", false, false),
    t("brigade", false, false),
    t("caisse", false, false),
    t("chambre", false, false),
    t("federation", true, false),
    t("cabinet", false, false),
    t("bureau", false, false),
    t("departement", true, false),
    t("service", false, false),
    t("services", false, false),
    t("regie", false, false),
    t("entreprise", false, false),
    t("consortium", false, false),
    t("club", false, false),
    t("association", true, false),
    t("ordre", false, false),
    t("police", false, false),
    t("gendarmerie", false, false),
    t("armee", false, false),
    t("marine", false, false),
    t("garde", false, false),
    t("reseau", false, false),
    t("plateforme", false, false),
    t("collectif", false, false),
    t("initiative", false, false),
];

/// Complements that make a generic body, not a named organisation (`Conseil d'administration`).
const GENERIC_COMPLEMENTS: &[&str] = &["administration", "ministres", "direction generale"];

/// Lower-case words that end a complement (determiners, pronouns, auxiliaries); month and
/// weekday names end it too ([`date::is_calendar_word`]).
static STOP_WORDS: WordSet = WordSet::new(&[
    "un",
    "une",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "ce",
    "cet",
    "cette",
    "ces",
    "notre",
    "nos",
    "votre",
    "vos",
    "mon",
    "ma",
    "mes",
    "tout",
    "tous",
    "toute",
    "toutes",
    "qui",
    "que",
    "dont",
    "a",
    "est",
    "sont",
    "ont",
    "sera",
    "il",
    "elle",
    "ils",
    "elles",
    "se",
    "ne",
    "y",
    "plus",
    "moins",
    "très",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "dix",
    "cent",
    "mille",
    "millions",
    "milliards",
    "million",
    "milliard",
    "fin",
    "début",
    "cadre",
    "part",
    "côté",
    "sein",
    "nom",
    "titre",
    "hauteur",
    "montant",
    "total",
    "près",
    "même",
    "pays",
    "monde",
    "région",
    "continent",
    "gouvernement",
    "secteur",
    "projet",
    "projets",
    "ville",
    "été",
    "hiver",
    "automne",
    "printemps",
    "année",
    "années",
    "saison",
    "saisons",
    "mois",
    "semaine",
    "jour",
    "jours",
    "fois",
    "époque",
    "moment",
    "heure",
    "heures",
]);

/// The most words a complement takes after the head.
const MAX_COMPLEMENT: usize = 14;

/// [`TRIGGERS`] by folded head word (the first entry of a word that is listed twice).
static TRIGGER_INDEX: LazyLock<FxHashMap<&'static str, &'static Trigger>> = LazyLock::new(|| {
    let mut index = FxHashMap::default();
    for t in TRIGGERS {
        index.entry(t.word).or_insert(t);
    }
    index
});

/// The head words that may be written in lower case ([`Trigger::lower`]).
static LOWER_HEADS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    TRIGGERS
        .iter()
        .filter(|t| t.lower)
        .map(|t| t.word)
        .collect()
});

/// The longest head word, in bytes: a longer ASCII word is no trigger, without folding it.
const MAX_TRIGGER_LEN: usize = 17;

/// The first bytes of [`LOWER_HEADS`] (ASCII letters): a lower-case word starting with
/// another ASCII byte folds to none of them.
static LOWER_HEAD_FIRST_BYTES: [bool; 256] = lower_head_first_bytes();

const fn lower_head_first_bytes() -> [bool; 256] {
    let mut table = [false; 256];
    let mut i = 0;
    while i < TRIGGERS.len() {
        if TRIGGERS[i].lower {
            table[TRIGGERS[i].word.as_bytes()[0] as usize] = true;
        }
        i += 1;
    }
    table
}

/// The shortest of [`LOWER_HEADS`], in bytes (a test checks it).
const MIN_LOWER_HEAD_LEN: usize = 9;

/// The trigger whose head word is `w` (compared folded).
///
/// ```
/// use glaneur::rules::organization::trigger;
/// assert!(trigger("Ministère").is_some_and(|t| t.lower));
/// assert!(trigger("Haut-Commissariat").is_some());
/// assert!(trigger("Dakar").is_none());
/// ```
pub fn trigger(w: &str) -> Option<&'static Trigger> {
    if !w.is_ascii() {
        return trigger_folded(&fold(w));
    }
    // ASCII words, most of them, are lower-cased on the stack.
    let mut buf = [0u8; MAX_TRIGGER_LEN];
    let lower = buf.get_mut(..w.len())?;
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    trigger_folded(std::str::from_utf8(lower).ok()?)
}

/// Bit `b` of entry `a`: some head word of [`TRIGGERS`] starts with the letters `a`, `b`
/// (`a` is 0).
static TRIGGER_PAIRS: [u32; 26] = trigger_pairs();

const fn trigger_pairs() -> [u32; 26] {
    let mut pairs = [0; 26];
    let mut i = 0;
    while i < TRIGGERS.len() {
        let w = TRIGGERS[i].word.as_bytes();
        pairs[(w[0] - b'a') as usize] |= 1 << (w[1] - b'a');
        i += 1;
    }
    pairs
}

/// Whether the word may fold to a head word, judged by its first two bytes: when both are
/// ASCII letters, the folded word starts with them in lower case, and few pairs start a
/// head. A test on the token's bytes that spares most names their lookup.
fn may_start_trigger(text: &str, t: &Token) -> bool {
    let b = text.as_bytes();
    match (b.get(t.span.start), b.get(t.span.start + 1)) {
        (Some(x), Some(y)) if x.is_ascii_alphabetic() && y.is_ascii_alphabetic() => {
            let (x, y) = (x.to_ascii_lowercase() - b'a', y.to_ascii_lowercase() - b'a');
            TRIGGER_PAIRS[usize::from(x)] >> y & 1 == 1
        }
        _ => true,
    }
}

/// The trigger whose head word is `f`, already folded (`a.tokens.folded(i)`).
pub fn trigger_folded(f: &str) -> Option<&'static Trigger> {
    // Asked of every capitalized word, which is almost never a head: a filter first.
    static FILTER: LazyLock<WordFilter> =
        LazyLock::new(|| WordFilter::new(TRIGGERS.iter().map(|t| &t.word)));
    if !FILTER.may_contain(f) {
        return None;
    }
    TRIGGER_INDEX.get(f).copied()
}

/// Adds organisation candidates.
pub fn find(a: &mut Analysis, k: &KnownIndex) {
    let starts = k.organization_starts();
    let mut out = Vec::new();
    triggers(a, k, starts, &mut out);
    extend_known(a, k, starts, &mut out);
    teams_and_clubs(a, k, starts, &mut out);
    a.candidates.extend(out);
    acronyms(a, k);
}

/// Rule `org.trigger` at every head word.
#[inline(never)]
fn triggers(a: &Analysis, k: &KnownIndex, starts: &Starts, out: &mut Vec<Mention>) {
    for s in starts.with_flags(start::HEAD) {
        if let Some(m) = trigger_rule(a, k, s.at) {
            out.push(m);
        }
    }
}

/// Rules `org.team`, `org.club`, `org.club_word` and `org.town_team`, the first that finds a
/// name at each of their starts.
#[inline(never)]
fn teams_and_clubs(a: &Analysis, k: &KnownIndex, starts: &Starts, out: &mut Vec<Mention>) {
    let club_ends: Vec<usize> = starts.with_flags(start::CLUB_END).map(|s| s.at).collect();
    // Club ends at or after `i`: `org.club` needs one within four tokens of its start.
    let mut ends = club_ends.iter().copied().peekable();
    let mut visit = |Start { at: i, flags }| {
        while ends.next_if(|&e| e < i).is_some() {}
        let club_near = ends.peek().is_some_and(|&e| e <= i + 4);
        // The cheap necessary condition of each rule first: a team's first word is a name
        // word, a club word is one of a list, a town team starts at a known name.
        let team = || {
            if flags & start::NAME != 0 {
                team_rule(a, k, i)
            } else {
                None
            }
        };
        let club = || if club_near { club_rule(a, i) } else { None };
        let club_word = || {
            if flags & start::CLUB_WORD != 0 {
                club_word_rule(a, k, i)
            } else {
                None
            }
        };
        let town_team = || {
            if flags & start::KNOWN != 0 {
                town_team_rule(a, k, i)
            } else {
                None
            }
        };
        if let Some(m) = team().or_else(club).or_else(club_word).or_else(town_team) {
            out.push(m);
        }
    };
    // Most documents have no club end: their starts are visited as they are, not copied.
    if club_ends.is_empty() {
        starts.with_flags(TEAM_AND_CLUB).for_each(&mut visit);
    } else {
        team_and_club_starts(starts, &club_ends)
            .into_iter()
            .for_each(&mut visit);
    }
}

/// The [`start`] flags of the tokens where `org.team`, `org.club_word` and `org.town_team`
/// may start.
const TEAM_AND_CLUB: u8 = start::NAME | start::CLUB_WORD | start::KNOWN;

/// The flags of [`Starts`]: which rules may start at a token.
mod start {
    /// A head word of [`super::TRIGGERS`], capitalized or one that may be in lower case.
    pub const HEAD: u8 = 1;
    /// A name word ([`super::caps::is_name_word`]): a team's first word.
    pub const NAME: u8 = 2;
    /// A known name starts here ([`super::KnownIndex::name_at`]): a town team's town, a known
    /// organisation with an adjective.
    pub const KNOWN: u8 = 4;
    /// A word that ends (or, for a marker, starts) a club's name ([`super::is_club_end`]).
    pub const CLUB_END: u8 = 8;
    /// A capitalized club word ([`super::CLUB_WORDS`]).
    pub const CLUB_WORD: u8 = 16;
}

/// The [`start`] flags of a token of class `class`, one of [`KnownIndex::marked`]: the class
/// holds every flag ([`capitalized_flags`] and [`lower_case_flags`] computed the word flags
/// with the classes), and [`KnownIndex::organization_starts`] lists the tokens with some.
#[inline]
pub(crate) fn start_flags(class: TokenClass) -> u8 {
    let mut flags = class.organization_flags();
    if class.starts_known_name() {
        flags |= start::KNOWN;
    }
    if class.is_name_word() {
        flags |= start::NAME;
    }
    flags
}

/// The [`start`] flags of capitalized word `t` when it is no function word (a function word,
/// `Le`, `Selon`, is no head and no club word: a test checks it): a head, a club word, a
/// club end. [`caps::KnownIndex::new`] asks it in its pass over the tokens, with what its one
/// look-up of the word's folded form found ([`caps`]' listed words): whether the folded form
/// is a head word of [`TRIGGERS`] (`head`) and the club lists the word is in, as written
/// ([`club_words`] bits, `club`). So [`starts`] reads the flags from the classes.
#[inline]
pub(crate) fn capitalized_flags(text: &str, t: &Token, head: bool, club: u8) -> u8 {
    let mut flags = 0;
    if head && may_start_trigger(text, t) {
        flags |= start::HEAD;
    }
    if club & CLUB_WORD != 0 {
        flags |= start::CLUB_WORD;
    }
    if club & (CLUB_MARKER | NAME_END) != 0 {
        flags |= start::CLUB_END;
    }
    flags
}

/// The words of the three club lists, each with the lists it is in (the bits of
/// [`CLUB_CLASSES`]): for the table of [`caps`] that answers all the lists a capitalized word
/// may be in with one look-up.
pub(crate) fn club_words() -> impl Iterator<Item = (&'static str, u8)> {
    CLUB_CLASSES.iter().map(|(&w, &class)| (w, class))
}

/// A filter of the folded forms of every word a capitalized token is looked up in: the head
/// words ([`TRIGGERS`]), the club words ([`CLUB_CLASSES`]), and the function words and titles
/// of [`caps`]. A word is one of them only if its folded form is in the filter (folding goes
/// character by character, so a token's folded form is its word's): most capitalized words
/// are names, which one test turns away from all four lists ([`caps::KnownIndex::new`]).
pub(crate) fn capitalized_word_filter() -> &'static WordFilter {
    static FILTER: LazyLock<WordFilter> = LazyLock::new(|| {
        let folded: Vec<String> = CLUB_CLASSES
            .keys()
            .chain(caps::FUNCTION_WORDS)
            .chain(caps::TITLES)
            .map(|w| fold(w))
            .collect();
        let words: Vec<&str> = TRIGGERS
            .iter()
            .map(|t| t.word)
            .chain(folded.iter().map(String::as_str))
            .collect();
        WordFilter::new(words.iter())
    });
    &FILTER
}

/// The flags of lower-case word `i`: a head that may be written in lower case
/// ([`LOWER_HEADS`]), or the one lower-case club marker, `plc`. Inlined into the pass over the
/// tokens ([`caps::KnownIndex::new`]), which asks it of most tokens: the tests on the length
/// and the first byte settle almost every word there, and only the few others call out.
#[inline(always)]
pub(crate) fn lower_case_flags(a: &Analysis, i: usize, t: &Token) -> u8 {
    // Folding never makes a word with an ASCII folded form longer: shorter words are no
    // lower-case head, without their folded form. Nor is a word whose first byte is ASCII
    // and starts none of them (folding keeps an ASCII letter).
    if t.span.len() >= MIN_LOWER_HEAD_LEN
        && a.text.as_bytes().get(t.span.start).is_some_and(|&b| {
            !b.is_ascii() || LOWER_HEAD_FIRST_BYTES[usize::from(b.to_ascii_lowercase())]
        })
        && is_lower_head(a, i)
    {
        return start::HEAD;
    }
    if t.span.len() == 3 && a.text.as_bytes().get(t.span.start..t.span.end) == Some(b"plc") {
        return start::CLUB_END;
    }
    0
}

/// Whether the folded form of token `i` is one of [`LOWER_HEADS`].
#[inline(never)]
fn is_lower_head(a: &Analysis, i: usize) -> bool {
    LOWER_HEADS.contains(&a.tokens.folded(i))
}

/// The tokens where `org.team`, `org.club`, `org.club_word` and `org.town_team` may start, in
/// order: the starts of the first, third and fourth ([`Starts`]) and the four tokens before
/// each club end (flags `0`), which most documents have none of. Both lists are in order: one
/// merge, where a token in both keeps its flags.
#[inline(never)]
fn team_and_club_starts(starts: &Starts, club_ends: &[usize]) -> Vec<Start> {
    let flags = TEAM_AND_CLUB;
    // The tokens of the windows before the club ends, each once and in order (two windows may
    // overlap).
    let mut from = 0;
    let mut windows = club_ends
        .iter()
        .flat_map(move |&e| {
            let window = e.saturating_sub(4).max(from)..e + 1;
            from = from.max(e + 1);
            window
        })
        .peekable();
    let mut out = Vec::new();
    for s in starts.with_flags(flags) {
        while let Some(at) = windows.next_if(|&at| at <= s.at) {
            if at < s.at {
                out.push(Start { at, flags: 0 });
            }
        }
        out.push(s);
    }
    out.extend(windows.map(|at| Start { at, flags: 0 }));
    out
}

/// Rule `org.trigger`: a head word and its complement.
fn trigger_rule(a: &Analysis, k: &KnownIndex, i: usize) -> Option<Mention> {
    let toks = &a.tokens.tokens;
    let head = toks.get(i)?;
    if head.kind != TokenKind::Word {
        return None;
    }
    let folded = a.tokens.folded(i);
    // Most words are in lower case, and only a few heads may be: spare them the map.
    if !head.capitalized && !LOWER_HEADS.contains(&folded) {
        return None;
    }
    let trig = trigger_folded(folded)?;
    if !head.capitalized && !trig.lower {
        return None;
    }
    let end = complement_end(a, k, i, trig);
    if end <= i + 1 {
        return None;
    }
    let span = Span::new(head.span.start, toks[end - 1].span.end);
    if starts_with_generic_complement(folded_text(
        a.tokens.folded_text(),
        toks[i + 1].span.start,
        span.end,
    )) {
        return None;
    }
    // A lower-case head needs a capitalized word in its complement (`ministère des Affaires
    // étrangères`, not `ministère de tutelle`).
    if !head.capitalized && !toks[i + 1..end].iter().any(|t| t.capitalized) {
        return None;
    }
    Some(
        Mention::new(EntityType::Organization, span, "org.trigger")
            .with_priority(priority::PATTERN),
    )
}

/// The folded form of the text from byte `start` to byte `end`: a slice of the document's
/// folded text ([`crate::tokenize::Tokens::folded_text`]), folded once for the automata, rather
/// than the text folded again (folding goes character by character, so the two are equal).
fn folded_text(folded: &Folded, start: usize, end: usize) -> &str {
    folded
        .text
        .get(folded.folded_at(start)..folded.folded_at(end))
        .unwrap_or("")
}

/// Whether the `folded` text, past its leading `d`, apostrophes and spaces, starts with one of
/// [`GENERIC_COMPLEMENTS`].
fn starts_with_generic_complement(folded: &str) -> bool {
    let rest = folded.trim_start_matches(['d', '\'', ' ']);
    GENERIC_COMPLEMENTS.iter().any(|g| rest.starts_with(g))
}

/// The end (exclusive token index) of the name whose head is token `i`.
fn complement_end(a: &Analysis, k: &KnownIndex, i: usize, trig: &Trigger) -> usize {
    let toks = &a.tokens.tokens;
    let limit = (i + 1 + MAX_COMPLEMENT).min(toks.len());
    let mut end = i + 1; // last accepted token + 1
    let mut j = i + 1;
    let mut started = false; // a connector-led complement was taken
    let mut prev_kind = Piece::Head;
    while j < limit {
        let t = &toks[j];
        if !caps::adjacent(a.text, &toks[j - 1], t) && toks[j - 1].kind != TokenKind::Elision {
            break;
        }
        let w = t.span.of(a.text);
        let lw = a.tokens.lower(j);
        if t.kind == TokenKind::Word && !t.capitalized {
            if let Some(d) = k.demonym_at(t.span.start) {
                end = a.tokens.index_at(d.end);
                j = end;
                prev_kind = Piece::Adjective;
                continue;
            }
            if matches!(
                prev_kind,
                Piece::Head | Piece::Adjective | Piece::Noun | Piece::Name
            ) && caps::is_adjective(w)
            {
                j += 1;
                end = j;
                prev_kind = Piece::Adjective;
                continue;
            }
        }
        // `ministère de l'Économie, de la Planification et de l'Aménagement du territoire`:
        // a ministry's name enumerates its domains with commas.
        if w == "," && trig.word == "ministere" && started {
            let of_next = matches!(a.tokens.lower(j + 1), "de" | "du" | "des" | "d'" | "d’");
            if of_next
                && toks
                    .get(j + 1)
                    .is_some_and(|n| caps::adjacent(a.text, t, n))
            {
                j += 1;
                continue;
            }
            break;
        }
        if caps::is_connector_at(a, j) && t.kind != TokenKind::Punct {
            // `et` joins only a second complement (`des études et de la coordination`) or a
            // second adjective (`agricoles et minières`).
            let mut n = j + 1;
            if lw == "et" {
                let nw = a.tokens.lower(n);
                // Two demonyms are two bodies (`Croix-Rouge vénézuélienne et sénégalaise`).
                let demonym = toks
                    .get(n)
                    .is_some_and(|x| k.demonym_at(x.span.start).is_some());
                if prev_kind == Piece::Adjective && caps::is_adjective(caps::word(a, n)) && !demonym
                {
                    j = n;
                    continue;
                }
                if !started
                    || !(caps::is_connector_at(a, n) && nw != "et"
                        || toks
                            .get(n)
                            .is_some_and(|x| x.kind == TokenKind::Elision && nw.starts_with('d')))
                {
                    break;
                }
                n += 1;
            }
            let connector = if lw == "et" {
                a.tokens.lower(n - 1)
            } else {
                lw
            };
            let of = matches!(connector, "de" | "du" | "des" | "d'" | "d’");
            // `à` and `aux` lead a complement only in fixed names (`commissaire aux comptes`
            // is no organisation); keep them for capitalized words.
            if n < toks.len()
                && caps::is_article_at(a, n)
                && !matches!(connector, "du" | "des" | "aux")
            {
                n += 1;
            }
            let Some(nt) = toks.get(n) else { break };
            if a.text
                .get(t.span.start..nt.span.start)
                .is_none_or(|gap| gap.contains('\n'))
            {
                break;
            }
            match complement_piece(a, k, n, trig, of && prev_kind != Piece::PersonName, started) {
                Some(Piece::Known(e)) => {
                    end = a.tokens.index_at(e);
                    j = end;
                    started = true;
                    prev_kind = Piece::Closed;
                }
                Some(p) => {
                    if matches!(connector, "à" | "aux" | "en" | "sur") && p != Piece::Name {
                        break;
                    }
                    j = n + 1;
                    end = j;
                    started = true;
                    prev_kind = p;
                }
                None => break,
            }
            continue;
        }
        if t.kind == TokenKind::Elision && lw.starts_with('d') {
            // `d'administration`, `d'aide humanitaire`
            if j + 1 >= toks.len() {
                break;
            }
            match complement_piece(a, k, j + 1, trig, prev_kind != Piece::PersonName, started) {
                Some(Piece::Known(e)) => {
                    end = a.tokens.index_at(e);
                    j = end;
                    started = true;
                    prev_kind = Piece::Closed;
                }
                Some(p) => {
                    j += 2;
                    end = j;
                    started = true;
                    prev_kind = p;
                }
                None => break,
            }
            continue;
        }
        if k.is_name_word_at(j)
            && matches!(
                prev_kind,
                Piece::Head | Piece::Name | Piece::Noun | Piece::PersonName
            )
        {
            // `Banque Atlantique`, `Ressources Humaines`; but a known country or organisation
            // right after the head is another mention (`la Banque mondiale Japon` is no name).
            if k.name_of_kind_at(
                t.span.start,
                &[
                    EntityType::Country,
                    EntityType::Organization,
                    EntityType::Person,
                ],
            )
            .is_some()
            {
                break;
            }
            j += 1;
            end = j;
            // A name right after a common noun names a person (`du roi Salmane`): a place
            // after it is that person's, not the organisation's.
            prev_kind = if matches!(prev_kind, Piece::Noun | Piece::PersonName) {
                Piece::PersonName
            } else {
                Piece::Name
            };
            continue;
        }
        break;
    }
    end
}

/// What a complement word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Piece {
    Head,
    Adjective,
    Noun,
    Name,
    /// A capitalized name right after a common noun (`roi Salmane`).
    PersonName,
    /// A known name taken whole: only a connector may follow it.
    Closed,
    /// A known place taken whole; its end offset.
    Known(usize),
}

/// Classifies the word after a connector, or `None` when the name stops before it.
fn complement_piece(
    a: &Analysis,
    k: &KnownIndex,
    n: usize,
    trig: &Trigger,
    of: bool,
    started: bool,
) -> Option<Piece> {
    let t = a.tokens.tokens.get(n)?;
    if t.kind != TokenKind::Word {
        return None;
    }
    let w = t.span.of(a.text);
    if let Some(kn) = k.name_at(t.span.start) {
        return match kn.kind {
            // `Fonds de l'OIM`: the parent right after the head names the body; after a
            // complement it is another mention (`Fonds de résilience | de l'OIM`).
            EntityType::Organization if trig.organ || !started => Some(Piece::Known(kn.span.end)),
            EntityType::Organization | EntityType::Person => None,
            EntityType::Country | EntityType::Location if of => Some(Piece::Known(kn.span.end)),
            _ => None,
        };
    }
    if t.capitalized {
        if caps::is_function_word(w) {
            return None;
        }
        // Another head starts another organisation, unless this one is an organ of it.
        if !trig.organ && trigger_folded(a.tokens.folded(n)).is_some() {
            return None;
        }
        return Some(Piece::Name);
    }
    let lw = a.tokens.lower(n);
    // The cheap tests first: the calendar test folds the word again.
    if caps::is_connector_at(a, n)
        || caps::is_article_at(a, n)
        || STOP_WORDS.contains(lw)
        || date::is_calendar_word(lw)
    {
        return None;
    }
    if w.chars().count() < 3 || !of && (lw.ends_with("er") || lw.ends_with("ir")) {
        // `pour fabriquer`: an infinitive after a connector ends the name.
        return None;
    }
    Some(Piece::Noun)
}

/// Rule `org.extend`: a known organisation followed by an adjective is a more specific one
/// (`Croix-Rouge italienne`, `Fonds koweïtien`), when the known name is a single word.
#[inline(never)]
fn extend_known(a: &Analysis, k: &KnownIndex, starts: &Starts, out: &mut Vec<Mention>) {
    let toks = &a.tokens.tokens;
    for Start { at: i, .. } in starts.with_flags(start::KNOWN) {
        let t = &toks[i];
        let Some(kn) = k.name_of_kind_at(t.span.start, &[EntityType::Organization]) else {
            continue;
        };
        if t.all_caps {
            continue;
        }
        let j = caps::index_from(a, i, kn.span.end);
        if j != i + 1 {
            continue;
        }
        let Some(n) = toks.get(j) else { continue };
        if !caps::adjacent(a.text, t, n) {
            continue;
        }
        let w = n.span.of(a.text);
        let end = if let Some(d) = k.demonym_at(n.span.start) {
            d.end
        } else if caps::is_adjective(w) && !n.capitalized {
            n.span.end
        } else {
            continue;
        };
        out.push(
            Mention::new(
                EntityType::Organization,
                Span::new(t.span.start, end),
                "org.extend",
            )
            .with_priority(priority::PATTERN),
        );
    }
}

/// Whether a word can be an acronym: two or more letters, an upper-case first letter, and
/// either all capitals (`FKDEA`, `CD&V` is two tokens and not handled) or a capitalized short
/// word used as one (`Bad`, `Cedeao`, `Pdzam-1`).
fn acronym_like(t: &Token, w: &str) -> bool {
    t.kind == TokenKind::Word
        && t.capitalized
        && (2..=12).contains(&w.chars().count())
        && !caps::is_function_word(w)
}

/// Whether `acronym` spells the initials of `words` (capitalized words, or all words but
/// short connectors): `Agtf` for `Africa Growing Together Fund`.
fn initials_match(acronym: &str, words: &[&str]) -> bool {
    let letters: String = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    if letters.chars().count() < 2 {
        return false;
    }
    let caps: String = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_lowercase)
        .collect();
    fold(&caps) == fold(&letters)
}

/// Rules `org.acronym_definition`, `org.acronym_initials`, `org.acronym_reuse` and `org.party`.
///
/// A `(SIGLE)` right after an organisation (or country) candidate names the same entity; every
/// other occurrence of that exact word in the document does too. Candidates proposed by other
/// rules are read, so this runs after them.
#[inline(never)]
fn acronyms(a: &mut Analysis, k: &KnownIndex) {
    let toks = &a.tokens.tokens;
    // The `(SIGLE)` of the document: most have none, and then there is nothing to do.
    let is = |i: usize, p: u8| {
        toks[i].kind == TokenKind::Punct
            && toks[i].span.len() == 1
            && a.text.as_bytes().get(toks[i].span.start) == Some(&p)
    };
    // Found from the `(` bytes of the text (few), not by testing every token; `memchr` looks
    // for them many bytes at a time, where a search for a character goes about one by one.
    let parens: Vec<usize> = memchr::memchr_iter(b'(', a.text.as_bytes())
        .map(|at| a.tokens.index_at(at))
        .filter(|&i| {
            (1..toks.len().saturating_sub(2)).contains(&i)
                && is(i, b'(')
                && is(i + 2, b')')
                && acronym_like(&toks[i + 1], toks[i + 1].span.of(a.text))
        })
        .collect();
    if parens.is_empty() {
        return;
    }
    // Where the names before them end, in order.
    let wanted: Vec<usize> = parens.iter().map(|&i| toks[i - 1].span.end).collect();
    // Longest organisation or country candidate ending at each of those offsets (the index of
    // the candidate).
    let mut ending: FxHashMap<usize, (usize, EntityType, usize)> = FxHashMap::default();
    for (ci, c) in a.candidates.iter().enumerate() {
        if !matches!(
            c.kind,
            EntityType::Organization | EntityType::Country | EntityType::Person
        ) || wanted.binary_search(&c.span.end).is_err()
        {
            continue;
        }
        let e = ending
            .entry(c.span.end)
            .or_insert((c.span.start, c.kind, ci));
        if c.span.start < e.0 || c.span.start == e.0 && c.priority > priority::PATTERN {
            *e = (c.span.start, c.kind, ci);
        }
    }
    let mut defined: Vec<(String, EntityType, String, Span)> = Vec::new();
    // New candidates go straight to the end of `a.candidates`, in the order they are found:
    // the indices in `ending` stay valid, and no second list is grown and copied (on a long
    // document it was a few MB of fresh memory at the peak).
    let out = &mut a.candidates;
    for &i in &parens {
        let acr = &toks[i + 1];
        let w = acr.span.of(a.text);
        let prev = &toks[i - 1];
        if let Some(&(start, kind, ci)) = ending.get(&prev.span.end) {
            let long = Span::new(start, prev.span.end);
            if kind == EntityType::Person {
                // `Didier Reynders (MR)`: a party, when written in capitals.
                if acr.all_caps {
                    out.push(
                        Mention::new(EntityType::Organization, acr.span, "org.party")
                            .with_priority(priority::GUESS),
                    );
                }
                continue;
            }
            let canonical = out
                .get(ci)
                .and_then(|c| c.canonical.clone())
                .unwrap_or_else(|| crate::resolve::normalize_name(long.of(a.text)));
            out.push(
                Mention::new(kind, acr.span, "org.acronym_definition")
                    .with_canonical(canonical.clone())
                    .with_priority(priority::PATTERN),
            );
            defined.push((w.to_string(), kind, canonical, acr.span));
            continue;
        }
        // No candidate: capitalized words before the parenthesis whose initials spell it.
        let mut s = i;
        let mut words = Vec::new();
        while s > 0 && i - s < 8 {
            let t = &toks[s - 1];
            let tw = t.span.of(a.text);
            let joined = caps::adjacent(a.text, t, &toks[s]) || s == i;
            if !joined || t.kind == TokenKind::Punct || t.kind == TokenKind::Number {
                break;
            }
            if !(t.capitalized
                || caps::is_connector(tw)
                || caps::is_article(tw)
                || t.kind == TokenKind::Elision)
            {
                break;
            }
            s -= 1;
            words.insert(0, tw);
            if t.capitalized && initials_match(w, &words) && !caps::is_function_word(tw) {
                let long = Span::new(t.span.start, prev.span.end);
                let canonical = crate::resolve::normalize_name(long.of(a.text));
                out.push(
                    Mention::new(EntityType::Organization, long, "org.acronym_initials")
                        .with_priority(priority::PATTERN),
                );
                out.push(
                    Mention::new(EntityType::Organization, acr.span, "org.acronym_initials")
                        .with_canonical(canonical.clone())
                        .with_priority(priority::PATTERN),
                );
                defined.push((w.to_string(), EntityType::Organization, canonical, acr.span));
                break;
            }
        }
    }
    if !defined.is_empty() {
        // The first two definitions of each acronym, in order: a use is linked to the first
        // definition that is not the use itself. A map, not a scan of `defined` per word, so
        // a document full of definitions stays linear.
        let mut by_word: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
        for (i, (d, _, _, _)) in defined.iter().enumerate() {
            let v = by_word.entry(d.as_str()).or_default();
            if v.len() < 2 {
                v.push(i);
            }
        }
        // The lengths of the defined acronyms: a word of another length is no use of one,
        // without hashing it.
        let (shortest, longest) = defined.iter().fold((usize::MAX, 0), |(lo, hi), d| {
            (lo.min(d.0.len()), hi.max(d.0.len()))
        });
        // Acronyms are capitalized ([`acronym_like`]), and so is every use: the marked tokens
        // hold every capitalized word, in order, and are a few of all the tokens.
        for &i in k.marked() {
            let i = i as usize;
            let Some(t) = toks.get(i).filter(|_| k.class(i).is_capitalized()) else {
                continue;
            };
            if !(shortest..=longest).contains(&t.span.len()) {
                continue;
            }
            let w = t.span.of(a.text);
            let first_other = by_word.get(w).and_then(|v| {
                v.iter()
                    .map(|&i| &defined[i])
                    .find(|(_, _, _, at)| *at != t.span)
            });
            if let Some((_, kind, canonical, _)) = first_other {
                out.push(
                    Mention::new(*kind, t.span, "org.acronym_reuse")
                        .with_canonical(canonical.clone())
                        .with_priority(priority::PATTERN),
                );
            }
        }
    }
}

/// Articles and contracted articles that introduce a team or company name.
const ARTICLES_BEFORE_TEAM: &[&str] = &["le", "la", "les", "l'", "l’", "des", "du", "au", "aux"];

/// The longest of [`ARTICLES_BEFORE_TEAM`], in bytes (a test checks it); a token's lower-case
/// form is as long as the token for these words.
const MAX_ARTICLE_BEFORE_TEAM_LEN: usize = 4;

/// Whether token `t` may be one of [`ARTICLES_BEFORE_TEAM`], judged by its bytes: all are
/// short and start with `l`, `d` or `a` in either case.
fn may_be_article_before_team(text: &str, t: &Token) -> bool {
    t.span.len() <= MAX_ARTICLE_BEFORE_TEAM_LEN
        && matches!(
            text.as_bytes().get(t.span.start),
            Some(b'l' | b'L' | b'd' | b'D' | b'a' | b'A')
        )
}

/// Whether token `j` is `de`, `du`, `d'` or `d’`, in any case: only a token of two or four
/// bytes starting with `d` or `D` lower-cases to one of them, a test on its bytes that spares
/// most tokens the lookup of their lower-case form.
fn is_of(a: &Analysis, j: usize) -> bool {
    a.tokens.tokens.get(j).is_some_and(|t| {
        matches!(t.span.len(), 2 | 4)
            && matches!(a.text.as_bytes().get(t.span.start), Some(b'd' | b'D'))
    }) && matches!(a.tokens.lower(j), "de" | "du" | "d'" | "d’")
}

/// Rule `org.team`: after an article, capitalized words no gazetteer knows and that are no
/// first name, then `de`/`du` and a known place: a team or a local body (`les Canucks de
/// Vancouver`, `le Lightning de Tampa Bay`).
///
/// Inlined into the visit of every name word ([`teams_and_clubs`]): the tests of the token
/// before settle most of them, and only the words after an article call out for the rest.
#[inline]
fn team_rule(a: &Analysis, k: &KnownIndex, i: usize) -> Option<Mention> {
    let toks = &a.tokens.tokens;
    // The first word is a name word in both cases below (a bit of the token's class): test
    // that, then the article (four bytes at most, a test that spares most words their
    // lower-case form), then a `de` within three tokens (two or four bytes starting with `d`):
    // most names after an article have none, and are turned away without a call.
    if i == 0
        || !k.is_name_word_at(i)
        || !toks
            .get(i - 1)
            .is_some_and(|before| may_be_article_before_team(a.text, before))
        || !of_near(a, i)
    {
        return None;
    }
    team_after_article(a, k, i)
}

/// Whether one of the three tokens after name word `i` is `de`, `du` or `d'` ([`is_of`]):
/// the name of a team (up to three words) is followed by one, whatever its words are.
#[inline]
fn of_near(a: &Analysis, i: usize) -> bool {
    (i + 1..i + 4).any(|j| is_of(a, j))
}

/// [`team_rule`] at name word `i`, whose token before may be an article and which a `de`
/// follows within three tokens.
#[inline(never)]
fn team_after_article(a: &Analysis, k: &KnownIndex, i: usize) -> Option<Mention> {
    let toks = &a.tokens.tokens;
    let t = toks.get(i)?;
    // [`team_rule`] found a `de` near ([`of_near`]).
    if i == 0 || !ARTICLES_BEFORE_TEAM.contains(&a.tokens.lower(i - 1)) {
        return None;
    }
    let first_name = |j: usize| {
        a.gazetteers
            .first_names
            .get_folded(a.tokens.folded(j))
            .is_some()
    };
    let unknown_name = |j: usize| {
        let x = &toks[j];
        k.is_name_word_at(j)
            && k.name_at(x.span.start).is_none()
            && k.demonym_at(x.span.start).is_none()
            && k.role_at(x.span.start).is_none()
            && trigger_folded(a.tokens.folded(j)).is_none()
            && !first_name(j)
    };
    // Teams are from towns and regions; a country after a singular article is more often a
    // domain or an event (`la Coopération du Sénégal`). Events and buildings are no teams.
    let plural = matches!(a.tokens.lower(i - 1), "les" | "des" | "aux");
    // A plural after `les` is a team even when it is also a first name (`les Astros`).
    let plural_word = plural && t.span.of(a.text).ends_with('s');
    let first_ok = unknown_name(i)
        || plural_word
            && k.name_at(t.span.start).is_none()
            && k.demonym_at(t.span.start).is_none()
            && trigger_folded(a.tokens.folded(i)).is_none();
    if !first_ok {
        return None;
    }
    let mut j = i + 1;
    while j < toks.len()
        && j < i + 3
        && unknown_name(j)
        && caps::adjacent(a.text, &toks[j - 1], &toks[j])
    {
        j += 1;
    }
    let of = a.tokens.lower(j);
    if !matches!(of, "de" | "du" | "d'" | "d’") {
        return None;
    }
    let mut n = j + 1;
    if caps::is_article_at(a, n) && of == "de" {
        n += 1;
    }
    let kinds: &[EntityType] = if plural {
        &[EntityType::Location, EntityType::Country]
    } else {
        &[EntityType::Location]
    };
    if NOT_TEAMS.contains(a.tokens.folded(i)) {
        return None;
    }
    let Some(place) = k.name_of_kind_at(toks.get(n)?.span.start, kinds) else {
        // After a plural article the town may be one no gazetteer lists (`les Sabres de
        // Buffalo`): a plural capitalized word, then one or two capitalized words that are no
        // first name and that the GeoNames lexicon knows, or any such words after `les`.
        let town = toks.get(n)?;
        let plural_name = t.span.of(a.text).ends_with('s');
        if !plural
            || !plural_name
            || !unknown_name(n)
            || town.all_caps
            || NOT_TEAMS.contains(a.tokens.folded(n))
        {
            return None;
        }
        let mut e = n + 1;
        while e < toks.len()
            && e < n + 2
            && unknown_name(e)
            && caps::adjacent(a.text, &toks[e - 1], &toks[e])
        {
            e += 1;
        }
        let span = Span::new(t.span.start, toks[e - 1].span.end);
        return Some(
            Mention::new(EntityType::Organization, span, "org.team")
                .with_priority(priority::PATTERN),
        );
    };
    // The place may go on with words the gazetteer does not have (`Tampa` of `Tampa Bay`).
    let mut end = a.tokens.index_at(place.span.end);
    let first = end;
    while end < toks.len()
        && end < first + 1
        && k.is_name_word_at(end)
        && caps::adjacent(a.text, &toks[end - 1], &toks[end])
        && !first_name(end)
        && k.name_at(toks[end].span.start).is_none()
    {
        end += 1;
    }
    let span = Span::new(t.span.start, toks[end - 1].span.end.max(place.span.end));
    Some(Mention::new(EntityType::Organization, span, "org.team").with_priority(priority::PATTERN))
}

/// Capitalized heads of events, places and documents, which `X de Ville` does not make a team
/// (folded).
static NOT_TEAMS: WordSet = WordSet::new(&[
    "sommet",
    "conference",
    "forum",
    "festival",
    "salon",
    "coupe",
    "championnat",
    "tour",
    "jeux",
    "accord",
    "accords",
    "traite",
    "declaration",
    "plan",
    "pacte",
    "charte",
    "protocole",
    "stade",
    "palais",
    "gare",
    "port",
    "aeroport",
    "pont",
    "musee",
    "cathedrale",
    "eglise",
    "hotel",
    "theatre",
    "parc",
    "place",
    "rue",
    "avenue",
    "boulevard",
    "quartier",
    "region",
    "province",
    "ville",
    "commune",
    "maire",
    "gouverneur",
    "prefet",
    "economie",
    "cooperation",
    "agriculture",
    "sante",
    "education",
    "justice",
    "interieur",
    "defense",
    "culture",
    "environnement",
    "finances",
    "commerce",
    "industrie",
    "energie",
    "transports",
    "tourisme",
    "travail",
    "emploi",
    "affaires",
    "peuple",
    "peuples",
    "habitants",
    "citoyens",
    "presse",
    "journal",
    "marathon",
    "open",
    "grand",
    "prix",
    "universite",
    "lycee",
    "college",
    "ecole",
    "hopital",
    "republique",
    "royaume",
    "etat",
    "etats",
    "gouvernement",
    "president",
    "roi",
    "reine",
    "prince",
    "princesse",
    "duc",
    "duchesse",
    "comte",
    "comtesse",
    "baron",
    "eveque",
    "archeveque",
    "diocese",
    "archidiocese",
    "abbaye",
    "chateau",
    "fort",
    "siege",
    "bataille",
    "guerre",
    "traite",
    "siege",
    "liberation",
    "independance",
    "revolution",
    "histoire",
    "nord",
    "sud",
    "est",
    "ouest",
    "centre",
    "haute",
    "basse",
    "haut",
    "bas",
]);

/// Abbreviations of clubs and companies written next to the name (`FC Nantes`, `Toronto FC`).
static CLUB_MARKERS: WordSet = WordSet::new(&[
    "FC", "SC", "SV", "KV", "HK", "FK", "AC", "AS", "RC", "CF", "AFC", "CSKA", "PSV", "LOSC", "BK",
    "SK", "KRC", "RSC", "OGC", "USM", "JS", "ES", "CS", "SA", "SARL", "SAS", "AG", "GmbH", "Ltd",
    "Inc", "Corp", "plc", "NV", "BV", "SpA", "NK", "HC", "VfL", "VfB", "TSV", "IF", "IK", "HF",
    "FF", "AIK", "CD", "UD", "SD", "GD", "KS",
]);

/// English words that end a company, club or institution name (`Warner Bros. Records`).
static NAME_ENDS: WordSet = WordSet::new(&[
    "United",
    "Records",
    "Pictures",
    "Studios",
    "Entertainment",
    "Airlines",
    "Airways",
    "Motors",
    "Motorsport",
    "Racing",
    "Society",
    "School",
    "Agency",
    "Corporation",
    "Company",
    "Group",
    "Bank",
    "Calcio",
    "Holdings",
    "Industries",
    "Technologies",
    "Systems",
    "Networks",
    "Foundation",
    "Institute",
    "College",
    "Council",
    "Association",
    "Club",
    "Team",
    "Orchestra",
    "Press",
    "Media",
    "Games",
    "Software",
    "Electronics",
    "Energy",
    "Petroleum",
    "Telecom",
    "Fotball",
    "Hockey",
    "Productions",
    "Channel",
    "Cinema",
    "Army",
    "Navy",
    "League",
    "International",
    "Commission",
    "Factory",
    "Resources",
    "Arts",
    "Sports",
]);

/// Capitalized first words of sports club names, written before the club's town or its name
/// (`Dinamo Zagreb`, `Real Sociedad`, `Eintracht Francfort`). Taken from the usual European
/// club names: sports societies (`Sporting`, `Athletic`), workers' clubs (`Lokomotiv`,
/// `Torpedo`), Latin and Greek names (`Fortuna`, `Borussia`).
static CLUB_WORDS: WordSet = WordSet::new(&[
    "Real",
    "Dinamo",
    "Dynamo",
    "Sporting",
    "Athletic",
    "Atlético",
    "Rapid",
    "Torpedo",
    "Spartak",
    "Lokomotiv",
    "Lokomotive",
    "Zénith",
    "Zenit",
    "Eintracht",
    "Fortuna",
    "Borussia",
    "Hertha",
    "Werder",
    "Vitesse",
    "Slavia",
    "Sparta",
    "Dukla",
    "Legia",
    "Partizan",
    "Hajduk",
    "Steaua",
    "Inter",
    "Benfica",
    "Ajax",
    "Feyenoord",
    "Sibir",
    "Metalist",
    "Chakhtar",
    "Shakhtar",
    "Krylia",
    "Kairat",
    "Dnipro",
    "Olympiakos",
    "Panathinaïkos",
    "Juventus",
    "Lazio",
    "Sampdoria",
    "Fiorentina",
    "Galatasaray",
    "Fenerbahçe",
    "Beşiktaş",
]);

/// [`CLUB_CLASSES`] bit: a word of [`CLUB_MARKERS`].
const CLUB_MARKER: u8 = 1;
/// [`CLUB_CLASSES`] bit: a word of [`NAME_ENDS`].
const NAME_END: u8 = 2;
/// [`CLUB_CLASSES`] bit: a word of [`CLUB_WORDS`].
const CLUB_WORD: u8 = 4;

/// The words of the three club lists with the lists they are in: [`starts`] asks about
/// every capitalized word, with one lookup rather than one per list.
static CLUB_CLASSES: LazyLock<FxHashMap<&'static str, u8>> = LazyLock::new(|| {
    let mut classes = FxHashMap::default();
    for (list, class) in [
        (&CLUB_MARKERS, CLUB_MARKER),
        (&NAME_ENDS, NAME_END),
        (&CLUB_WORDS, CLUB_WORD),
    ] {
        for &w in list.words() {
            *classes.entry(w).or_default() |= class;
        }
    }
    classes
});

/// Whether a word is a club or company marker or an English name end: the word that makes a
/// name a club in `org.club` (`FC`, `Motors`).
///
/// Two [`WordSet`]s rather than one hash set of both: each turns most words away by their
/// length and first byte, before any hashing.
fn is_club_end(w: &str) -> bool {
    CLUB_MARKERS.contains(w) || NAME_ENDS.contains(w)
}

/// Rule `org.club`: capitalized words with a club or company marker before or after them
/// (`SV Zulte Waregem`, `Toronto FC`, `Kia Motors`, `London Business School`). Asked only
/// near a club end: kept out of the visit of every start ([`teams_and_clubs`]).
#[inline(never)]
fn club_rule(a: &Analysis, i: usize) -> Option<Mention> {
    let toks = &a.tokens.tokens;
    let t = toks.get(i)?;
    let w = t.span.of(a.text);
    let name_like = |x: &Token| {
        (caps::is_name_word(a.text, x)
            || x.kind == TokenKind::Number && x.span.of(a.text).len() <= 4)
            && !caps::is_function_word(x.span.of(a.text))
    };
    // A marker first: `FC Nantes`, `HK Spartak Moscou`.
    if CLUB_MARKERS.contains(w) {
        if i > 0 && name_like(&toks[i - 1]) && caps::adjacent(a.text, &toks[i - 1], t) {
            return None; // the marker ends a name; handled from the name's start
        }
        let mut j = i + 1;
        while j < toks.len()
            && j < i + 4
            && name_like(&toks[j])
            && caps::adjacent(a.text, &toks[j - 1], &toks[j])
        {
            j += 1;
        }
        if j == i + 1 {
            return None;
        }
        let span = Span::new(t.span.start, toks[j - 1].span.end);
        return Some(
            Mention::new(EntityType::Organization, span, "org.club")
                .with_priority(priority::PATTERN),
        );
    }
    // Capitalized words ending with a marker: `Toronto FC`, `Kia Motors`.
    if !name_like(t) || i > 0 && name_like(&toks[i - 1]) && caps::adjacent(a.text, &toks[i - 1], t)
    {
        return None;
    }
    let mut j = i + 1;
    while j < toks.len() && j < i + 5 {
        let x = &toks[j];
        let xw = x.span.of(a.text);
        // `Warner Bros. Records`: an abbreviation's dot inside the name.
        if xw == "."
            && x.span.start == toks[j - 1].span.end
            && toks
                .get(j + 1)
                .is_some_and(|n| caps::adjacent(a.text, x, n) && name_like(n))
        {
            j += 1;
            continue;
        }
        if !(name_like(x) && caps::adjacent(a.text, &toks[j - 1], x)) {
            break;
        }
        j += 1;
        if is_club_end(xw) {
            let span = Span::new(t.span.start, x.span.end);
            // Above a person of the same span: `Disney Channel`, `Kia Motors`.
            return Some(
                Mention::new(EntityType::Organization, span, "org.club")
                    .with_priority(priority::PATTERN + 1),
            );
        }
    }
    None
}

/// Rule `org.club_word`: a club's first word (`Dinamo`, `Real`, `Eintracht`) and one to three
/// capitalized words after it (`Dinamo Zagreb`, `Real Salt Lake`, `Torpedo Nijni Novgorod`).
/// Asked only at a club word: kept out of the visit of every start ([`teams_and_clubs`]).
#[inline(never)]
fn club_word_rule(a: &Analysis, k: &KnownIndex, i: usize) -> Option<Mention> {
    let toks = &a.tokens.tokens;
    let t = toks.get(i)?;
    if !t.capitalized || !CLUB_WORDS.contains(t.span.of(a.text)) {
        return None;
    }
    let mut j = i + 1;
    while j < toks.len()
        && j < i + 4
        && k.is_name_word_at(j)
        && caps::adjacent(a.text, &toks[j - 1], &toks[j])
    {
        j += 1;
    }
    if j == i + 1 {
        return None;
    }
    let span = Span::new(t.span.start, toks[j - 1].span.end);
    Some(
        Mention::new(EntityType::Organization, span, "org.club_word")
            .with_priority(priority::PATTERN),
    )
}

/// Rule `org.town_team`: a known town, then one capitalized English plural no gazetteer
/// knows (`Sydney Roosters`, `Los Angeles Lakers`, `Washington Times`): teams and papers
/// named after their town.
fn town_team_rule(a: &Analysis, k: &KnownIndex, i: usize) -> Option<Mention> {
    let toks = &a.tokens.tokens;
    let t = toks.get(i)?;
    let town = k.name_of_kind_at(t.span.start, &[EntityType::Location])?;
    let n = caps::index_from(a, i, town.span.end);
    let next = toks.get(n)?;
    // The bit of the class first: most known places are followed by no name word.
    if !k.is_name_word_at(n) || next.all_caps {
        return None;
    }
    let w = next.span.of(a.text);
    let plural = w.ends_with('s') && !w.ends_with("ss") && w.chars().count() > 3;
    if !plural
        || !caps::adjacent(a.text, &toks[n - 1], next)
        || k.name_at(next.span.start).is_some()
        || k.demonym_at(next.span.start).is_some()
        || a.gazetteers
            .first_names
            .get_folded(a.tokens.folded(n))
            .is_some()
        || a.gazetteers
            .place_lexicon
            .get_folded(a.tokens.folded(n))
            .is_some()
    {
        return None;
    }
    // The plural must end the name: `Paris Saint-Germain` is no plural, `Nantes Atlantique`
    // no team of this kind.
    if toks
        .get(n + 1)
        .is_some_and(|x| k.is_name_word_at(n + 1) && caps::adjacent(a.text, next, x))
    {
        return None;
    }
    let span = Span::new(town.span.start, next.span.end);
    Some(
        Mention::new(EntityType::Organization, span, "org.town_team")
            .with_priority(priority::PATTERN),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_words_are_no_heads_or_club_words() {
        for w in caps::FUNCTION_WORDS {
            assert!(trigger_folded(&fold(w)).is_none(), "{w}");
            assert!(!CLUB_CLASSES.contains_key(w), "{w}");
        }
    }

    #[test]
    fn generic_complements_after_prefix() {
        let generic = |text: &str| starts_with_generic_complement(&fold(text));
        assert!(generic("d'Administration"));
        assert!(generic("d’Administration générale"));
        assert!(!generic("des Affaires étrangères"));
    }

    #[test]
    fn folded_text_is_the_text_folded() {
        let text = "Le Conseil d’Administration générale de l'Œuvre à Genève";
        let folded = Folded::new(text);
        for (s, _) in text.char_indices() {
            for (e, _) in text[s..].char_indices() {
                assert_eq!(folded_text(&folded, s, s + e), fold(&text[s..s + e]));
            }
        }
    }

    #[test]
    fn length_bounds() {
        // Folded heads are ASCII: a word folding to one is at least as long.
        assert!(LOWER_HEADS
            .iter()
            .all(|w| w.is_ascii() && w.len() >= MIN_LOWER_HEAD_LEN));
        assert!(ARTICLES_BEFORE_TEAM
            .iter()
            .all(|w| w.len() <= MAX_ARTICLE_BEFORE_TEAM_LEN));
        assert!(TRIGGERS.iter().all(|t| t.word.len() <= MAX_TRIGGER_LEN));
        // [`TRIGGER_PAIRS`] needs two lower-case ASCII letters first.
        assert!(TRIGGERS
            .iter()
            .all(|t| t.word.bytes().take(2).all(|b| b.is_ascii_lowercase()) && t.word.len() >= 2));
    }

    #[test]
    fn club_classes_cover_the_lists() {
        for (list, class) in [
            (&CLUB_MARKERS, CLUB_MARKER),
            (&NAME_ENDS, NAME_END),
            (&CLUB_WORDS, CLUB_WORD),
        ] {
            assert!(list
                .words()
                .iter()
                .all(|w| CLUB_CLASSES.get(w).is_some_and(|c| c & class != 0)));
        }
    }
}
