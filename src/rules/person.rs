//! Persons that no gazetteer lists, found from the words around a name and from first names.
//!
//! | rule | example (span in brackets) |
//! |---|---|
//! | `person.title` | `Mme [Amy Pope]`, `M. [Pope]`, `Son Excellence Monsieur [AKAMATSU Takeshi]` |
//! | `person.rank` | `le Colonel [Assimi Goïta]` (a rank names a person but is no role) |
//! | `person.role` | `le ministre nigérian de l'Agriculture [Akinwumi Adesina]` |
//! | `person.first_name` | `[Jean-Pierre Bemba]`, `[Ngozi Okonjo-Iweala]`, `[Macky SALL]` |
//! | `person.surname_first` | `[AKAMATSU Takeshi]` (an all-caps surname before a first name) |
//! | `person.apposition` | `[Mohamadou Yusufu], l'ambassadeur` |
//!
//! The span never includes the title or the role. A bare surname (`Pope`) is linked to the
//! full name later, in [`crate::resolve`].

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::analysis::Analysis;
use crate::document::{EntityType, Mention, Span};
use crate::rules::caps::{self, KnownIndex};
use crate::rules::priority;
use crate::tokenize::{Token, TokenKind};
use crate::words::{WordFilter, WordSet};

/// Military and police ranks: they announce a name but are not roles of the contract.
static RANKS: WordSet = WordSet::new(&[
    "général",
    "générale",
    "colonel",
    "lieutenant-colonel",
    "capitaine",
    "commandant",
    "lieutenant",
    "maréchal",
    "amiral",
    "sergent",
    "caporal",
    "adjudant",
    "major",
    "brigadier",
    "commissaire",
    "inspecteur",
    "préfet",
    "gouverneur",
    "maire",
    "roi",
    "reine",
    "prince",
    "princesse",
    "émir",
    "sultan",
    "cheikh",
    "pape",
    "cardinal",
    "archevêque",
    "évêque",
    "imam",
    "juge",
    "procureur",
    "sénateur",
    "sénatrice",
    "député",
    "députée",
    "chancelier",
    "chancelière",
]);

/// Lower-case professions and kinship nouns written right before a name (`le philosophe
/// Wang Chong`, `son frère Auguste`). They announce a person but are no roles of the contract.
static PERSON_NOUNS: WordSet = WordSet::new(&[
    "philosophe",
    "poète",
    "poétesse",
    "écrivain",
    "écrivaine",
    "auteur",
    "autrice",
    "romancier",
    "romancière",
    "dramaturge",
    "réalisateur",
    "réalisatrice",
    "cinéaste",
    "producteur",
    "productrice",
    "acteur",
    "actrice",
    "comédien",
    "comédienne",
    "chanteur",
    "chanteuse",
    "musicien",
    "musicienne",
    "compositeur",
    "compositrice",
    "pianiste",
    "guitariste",
    "rappeur",
    "rappeuse",
    "peintre",
    "sculpteur",
    "sculptrice",
    "architecte",
    "photographe",
    "journaliste",
    "historien",
    "historienne",
    "sociologue",
    "économiste",
    "physicien",
    "physicienne",
    "chimiste",
    "mathématicien",
    "mathématicienne",
    "biologiste",
    "astronome",
    "explorateur",
    "navigateur",
    "médecin",
    "chirurgien",
    "avocat",
    "avocate",
    "joueur",
    "joueuse",
    "footballeur",
    "footballeuse",
    "attaquant",
    "défenseur",
    "gardien",
    "milieu",
    "entraîneur",
    "entraîneuse",
    "sélectionneur",
    "coéquipier",
    "coéquipière",
    "pilote",
    "cycliste",
    "boxeur",
    "athlète",
    "nageur",
    "nageuse",
    "tennisman",
    "lanceur",
    "receveur",
    "détective",
    "comte",
    "comtesse",
    "duc",
    "duchesse",
    "baron",
    "baronne",
    "marquis",
    "marquise",
    "vicomte",
    "empereur",
    "impératrice",
    "pharaon",
    "tsar",
    "khan",
    "calife",
    "saint",
    "sainte",
    "frère",
    "sœur",
    "fils",
    "fille",
    "père",
    "mère",
    "épouse",
    "époux",
    "mari",
    "veuve",
    "neveu",
    "nièce",
    "cousin",
    "cousine",
    "oncle",
    "tante",
    "grand-père",
    "grand-mère",
    "successeur",
    "prédécesseur",
    "fondateur",
    "fondatrice",
    "militant",
    "militante",
    "opposant",
    "opposante",
    "dissident",
    "dissidente",
    "chef",
    "leader",
    "dirigeant",
    "dirigeante",
    "cheffe",
    "seigneur",
    "moine",
    "abbé",
    "évangéliste",
    "apôtre",
    "prophète",
    "dieu",
    "déesse",
    "héros",
    "héroïne",
    "personnage",
    "homme",
    "femme",
    "styliste",
    "créateur",
    "créatrice",
    "designer",
    "mannequin",
    "influenceur",
    "influenceuse",
    "animateur",
    "animatrice",
    "présentateur",
    "présentatrice",
    "chroniqueur",
    "chroniqueuse",
    "éditorialiste",
    "blogueur",
    "blogueuse",
    "chercheur",
    "chercheuse",
    "professeur",
    "professeure",
    "enseignant",
    "enseignante",
    "étudiant",
    "étudiante",
    "élève",
    "directeur",
    "directrice",
    "patron",
    "patronne",
    "fermier",
    "paysan",
    "commerçant",
    "commerçante",
    "entrepreneur",
    "entrepreneuse",
    "milliardaire",
    "banquier",
    "ingénieur",
    "ingénieure",
    "docteur",
    "infirmier",
    "infirmière",
    "pasteur",
    "prêtre",
    "rabbin",
    "mufti",
    "marabout",
    "griot",
    "imam",
    "cardinal",
    "religieux",
    "religieuse",
    "gouvernement",
    "administration",
]);

/// The shortest rank or person noun, in bytes (a test checks it): the many shorter words
/// (`de`, `la`, `à`) skip the hash lookup.
const MIN_RANK_OR_NOUN_LEN: usize = 3;

/// What a lower-case word is among [`RANKS`] and [`PERSON_NOUNS`] (`imam` is both).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct RankOrNoun {
    rank: bool,
    noun: bool,
}

/// Whether `w` (lower case) is a rank or a person noun: one hash lookup for both lists, since
/// the title rule asks it of every word that a name follows.
fn rank_or_noun(w: &str) -> RankOrNoun {
    static INDEX: OnceLock<FxHashMap<&'static str, RankOrNoun>> = OnceLock::new();
    static FILTER: OnceLock<WordFilter> = OnceLock::new();
    if w.len() < MIN_RANK_OR_NOUN_LEN {
        return RankOrNoun::default();
    }
    // Asked at most capitalized words and many lower-case ones, which are almost never ranks
    // or nouns: the filter turns them away before the hash of the word.
    let filter =
        FILTER.get_or_init(|| WordFilter::new(RANKS.words().iter().chain(PERSON_NOUNS.words())));
    if !filter.may_contain(w) {
        return RankOrNoun::default();
    }
    INDEX
        .get_or_init(|| {
            let mut index: FxHashMap<&'static str, RankOrNoun> = FxHashMap::default();
            for &r in RANKS.words() {
                index.entry(r).or_default().rank = true;
            }
            for &n in PERSON_NOUNS.words() {
                index.entry(n).or_default().noun = true;
            }
            index
        })
        .get(w)
        .copied()
        .unwrap_or_default()
}

/// How far after a rank or person noun the name may start, in tokens: at most three words of
/// complement (`Général de brigade`) or of nationality (`l'écrivain américain`) sit between.
const RANK_OR_NOUN_REACH: usize = 4;

/// Words that may sit between a rank and the name (`Général de brigade`, `Général d'armée`).
const RANK_COMPLEMENTS: &[&str] = &[
    "de", "d'", "d’", "brigade", "division", "armée", "corps", "police",
];

/// Capitalized words that continue a name's complement and never start a personal name.
const NOT_NAME_STARTS: &[&str] = &[
    "Unies",
    "Unis",
    "Nations",
    "Affaires",
    "Etats",
    "États",
    "Européenne",
];

/// The longest a personal name gets, in words (particles included).
const MAX_NAME_WORDS: usize = 6;

/// Adds person candidates.
///
/// Each rule that starts at a token is asked only where its cheapest necessary condition
/// holds, read from the token's [`caps::TokenClass`]: a title, rank or first name is a word,
/// capitalized or with a name word within reach; a pair of names is two capitalized words;
/// initials and a sovereign's numeral follow a capitalized or name word.
///
/// So only two kinds of tokens are visited (`Visits`): the capitalized and name words,
/// which [`KnownIndex::marked`] lists, and the lower-case words a name word follows within
/// reach (a rank or person noun: `le président X`), a few before each name word. Most
/// tokens, lower-case words far from any name, are not looked at. The visits come in token
/// order and each rule's candidates keep their own list, so that the order of the candidates
/// is the one of running the rules one after the other over every token.
pub fn find(a: &mut Analysis, k: &KnownIndex) {
    let mut found = Found::default();
    for (i, next_name) in Visits::new(k, a.tokens.tokens.len()) {
        found.visit(a, k, i, next_name);
    }
    let Found {
        mut titled,
        pairs,
        initials,
    } = found;
    role_rule(a, k, &mut titled);
    apposition_rule(a, k, &mut titled);
    a.candidates.extend(titled);
    a.candidates.extend(pairs);
    a.candidates.extend(initials);
}

/// The candidates of the rules that start at a token, one list per rule family.
#[derive(Default)]
struct Found {
    titled: Vec<Mention>,
    pairs: Vec<Mention>,
    initials: Vec<Mention>,
}

impl Found {
    /// Asks the rules at token `i`, given the first name word after it (`next_name`, the
    /// number of tokens if none).
    fn visit(&mut self, a: &Analysis, k: &KnownIndex, i: usize, next_name: usize) {
        let toks = &a.tokens.tokens;
        let class = k.class(i);
        if !class.is_word() {
            return;
        }
        let name_within_reach = next_name < toks.len() && next_name <= i + RANK_OR_NOUN_REACH;
        if !class.is_capitalized() {
            // A rank or person noun in lower case needs a name within reach: three words
            // on at most, four only after a rank's complement (`général de brigade X`) or a
            // second noun (`l'écrivain américain et poète X`).
            let lower_case_reach = name_within_reach
                && (next_name < i + RANK_OR_NOUN_REACH
                    || RANK_COMPLEMENTS.contains(&a.tokens.lower(i + 1))
                    || caps::word_is(a, i + 2, "et"));
            // A push when a rule finds a name, rather than `extend` with the rule's answer,
            // which reserves room (and moves the empty answer) at each of the many visits
            // that find none.
            if let Some(m) = lower_case_reach
                .then(|| lower_case_title(a, k, i).and_then(|at| title_rule(a, k, at)))
                .flatten()
            {
                self.titled.push(m);
            }
            if !class.is_name_word() {
                return;
            }
        } else if let Some(m) =
            capitalized_title(a, k, i, name_within_reach).and_then(|at| title_rule(a, k, at))
        {
            self.titled.push(m);
        } else if !class.is_function_word() {
            // A function word starts no name (see `first_name_rule`).
            if let Some(m) = first_name_rule(a, k, i) {
                self.titled.push(m);
            }
        }
        // Two capitalized words, the cheapest necessary condition, before the call.
        if i > 0 && k.class(i + 1).is_capitalized() {
            if let Some(m) = pair_rule(a, k, i) {
                self.pairs.push(m);
            }
        }
        // Initials need a dot after them, a sovereign's name a Roman numeral (`I`, `V`, `X`…):
        // the next token's first byte rules out almost every token.
        let next_byte = toks
            .get(i + 1)
            .and_then(|n| a.text.as_bytes().get(n.span.start));
        if matches!(next_byte, Some(b'.' | b'I' | b'V' | b'X')) {
            if let Some(m) = initials_rule(a, k, i).or_else(|| regnal_rule(a, k, i)) {
                self.initials.push(m);
            }
        }
    }
}

/// The tokens where a person rule may start, in order, each with the first name word after
/// it (the number of tokens if none): every capitalized or name word, and before each, the
/// lower-case words that the next name word follows within [`RANK_OR_NOUN_REACH`].
///
/// Walks [`KnownIndex::marked`], which lists every capitalized and name word. Between two
/// of these lie only lower-case words that are no name word, whose next name word is the
/// first name word from the later one on: so the few of them within reach of it are known
/// without looking at the others.
struct Visits<'k> {
    k: &'k KnownIndex,
    /// The number of tokens.
    len: usize,
    /// The next position in `k.marked()`.
    at: usize,
    /// The position in `k.marked()` of the first name word after the current one.
    next_name_at: usize,
    /// The first token not visited nor passed over.
    cursor: usize,
    /// The lower-case words still to visit before `pending`, and their next name word.
    window: std::ops::Range<usize>,
    window_next_name: usize,
    /// The capitalized or name word to visit after the window, and its next name word.
    pending: Option<(usize, usize)>,
}

impl<'k> Visits<'k> {
    fn new(k: &'k KnownIndex, len: usize) -> Visits<'k> {
        Visits {
            k,
            len,
            at: 0,
            next_name_at: 0,
            cursor: 0,
            window: 0..0,
            window_next_name: len,
            pending: None,
        }
    }

    /// The token at position `p` of the marked tokens (none past the end).
    fn marked(&self, p: usize) -> Option<usize> {
        self.k.marked().get(p).map(|&i| i as usize)
    }

    /// The first name word among the marked tokens after position `after`, moving
    /// `next_name_at` forward (never back): the number of tokens if none.
    fn next_name_after(&mut self, after: usize) -> usize {
        if self.next_name_at <= after {
            self.next_name_at = after + 1;
            while self
                .marked(self.next_name_at)
                .is_some_and(|i| !self.k.class(i).is_name_word())
            {
                self.next_name_at += 1;
            }
        }
        self.marked(self.next_name_at).unwrap_or(self.len)
    }
}

impl Iterator for Visits<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        loop {
            if let Some(i) = self.window.next() {
                return Some((i, self.window_next_name));
            }
            if let Some(visit) = self.pending.take() {
                return Some(visit);
            }
            let p = self.at;
            let m = self.marked(p)?;
            self.at += 1;
            let class = self.k.class(m);
            if !(class.is_capitalized() || class.is_name_word()) {
                // A lower-case word marked for another rule: visited with the words before
                // the next name word, if within its reach.
                continue;
            }
            let after = self.next_name_after(p);
            // The first name word after the words between `cursor` and `m`: `m` itself, or
            // the one after it.
            let before = if class.is_name_word() { m } else { after };
            let from = self
                .cursor
                .max(before.saturating_sub(RANK_OR_NOUN_REACH))
                .min(m);
            self.window = from..m;
            self.window_next_name = before;
            self.pending = Some((m, after));
            self.cursor = m + 1;
        }
    }
}

/// Whether token `i` is an initial: one capital letter and its dot (`D.`), or dotted
/// initials (`J.J.`); returns the index after the dot.
fn initial_end(a: &Analysis, i: usize) -> Option<usize> {
    let toks = &a.tokens.tokens;
    let t = toks.get(i)?;
    // The dot first: most tokens are not followed by one. A token glued to the word and
    // starting with a dot is the one-character token `.`.
    toks.get(i + 1).filter(|d| {
        d.span.start == t.span.end && a.text.as_bytes().get(d.span.start) == Some(&b'.')
    })?;
    let w = t.span.of(a.text);
    let mut letters = 0;
    let mut all_upper = true;
    for c in w.chars().filter(|c| *c != '.') {
        letters += 1;
        all_upper &= c.is_uppercase();
    }
    let shape = t.kind == TokenKind::Word && letters > 0 && letters <= 3 && all_upper;
    let single_or_dotted = letters == 1 || w.contains('.');
    (shape && single_or_dotted).then_some(i + 2)
}

/// Rule `person.initials`: initials and a surname (`D. H. Lawrence`, `J.J. Abrams`), or a
/// first name, an initial and a surname (`Ronald F. Maxwell`, via [`name_end`]).
fn initials_rule(a: &Analysis, k: &KnownIndex, i: usize) -> Option<Mention> {
    let toks = &a.tokens.tokens;
    // Whether an initial starts here first: a dot must follow, which is rare.
    let mut j = initial_end(a, i)?;
    if caps::word_is(a, i, "M") || i > 0 && initial_end(a, i.saturating_sub(2)) == Some(i) {
        return None;
    }
    while let Some(e) = initial_end(a, j) {
        j = e;
    }
    let t = toks.get(j)?;
    // The surname after initials is a real word (`Abrams`, not an OCR fragment `U`).
    let surname = t.span.of(a.text);
    if !caps::adjacent(a.text, &toks[j - 1], t)
        || t.all_caps
        || surname.chars().filter(|c| c.is_lowercase()).count() < 2
    {
        return None;
    }
    let end = name_end(a, k, j)?;
    mention(a, i, end, "person.initials")
}

/// Rule `person.regnal`: a name and a Roman numeral (`Napoléon III`, `Mohammed VI`).
fn regnal_rule(a: &Analysis, k: &KnownIndex, i: usize) -> Option<Mention> {
    let toks = &a.tokens.tokens;
    let t = toks.get(i)?;
    let n = toks.get(i + 1)?;
    let w = t.span.of(a.text);
    let numeral = n.span.of(a.text);
    // The numeral first: few tokens are followed by one.
    if !caps::is_roman(numeral)
        || numeral == "I"
        || !k.is_name_word_at(i)
        || t.all_caps
        || !caps::adjacent(a.text, t, n)
    {
        return None;
    }
    if k.name_at(t.span.start)
        .is_some_and(|kn| kn.kind != EntityType::Person)
        || caps::is_function_word(w)
    {
        return None;
    }
    if i > 0 && k.is_name_word_at(i - 1) && caps::adjacent(a.text, &toks[i - 1], t) {
        return None;
    }
    mention(a, i, i + 2, "person.regnal").map(|m| m.with_priority(priority::GUESS + 5))
}

/// The end (exclusive token index) of a personal name starting at token `i`, if one starts
/// there: capitalized words, particles between them, a Roman numeral at the end. The name
/// stops before a country or organisation the gazetteers know.
pub fn name_end(a: &Analysis, k: &KnownIndex, i: usize) -> Option<usize> {
    let toks = &a.tokens.tokens;
    let first = toks.get(i)?;
    // A known country may open a name only as a first name (`Dominique Baudis`); the
    // callers check that a name word follows.
    if !k.is_name_word_at(i)
        || is_non_person_start(a, k, first) && !is_first_name(a, k, i)
        || k.demonym_at(first.span.start).is_some()
    {
        return None;
    }
    let mut end = i + 1;
    let mut words = 1;
    while end < toks.len() && words < MAX_NAME_WORDS {
        let prev = &toks[end - 1];
        let t = &toks[end];
        if !caps::adjacent(a.text, prev, t) {
            break;
        }
        let w = t.span.of(a.text);
        if let Some(e) = initial_end(a, end).filter(|&e| {
            toks.get(e)
                .is_some_and(|nx| caps::adjacent(a.text, &toks[e - 1], nx) && k.is_name_word_at(e))
        }) {
            // `Ronald F. Maxwell`: a middle initial.
            end = e;
            words += 1;
        } else if k.is_name_word_at(end)
            && !is_non_person_start(a, k, t)
            && !is_role_word(k, t)
            // A known place may be a surname (`Adama Coulibaly`, `José Manuel Barroso`), but
            // not after a surname (`Robert Roozemond Genève` is a name and a place).
            && (words < 2
                || k.name_of_kind_at(t.span.start, &[EntityType::Location]).is_none()
                || (i..end).all(|x| is_first_name(a, k, x)))
        {
            end += 1;
            words += 1;
        } else if t.kind == TokenKind::Elision
            && t.capitalized
            && toks
                .get(end + 1)
                .is_some_and(|nx| nx.span.start == t.span.end && nx.capitalized)
        {
            // `Hélène N’Guessan`, `Paul D’Almeida`: an elided particle glued to the surname.
            end += 2;
            words += 1;
        } else if matches!(w, "'" | "’")
            && prev.span.of(a.text) == "O"
            && toks
                .get(end + 1)
                .is_some_and(|nx| nx.capitalized && caps::adjacent(a.text, t, nx))
        {
            // `Peter O ' Donnell`: an Irish `O'` in text split into tokens.
            end += 2;
        } else if caps::is_roman(w) {
            end += 1;
            break;
        } else if caps::is_particle(w)
            || t.kind == TokenKind::Elision && a.tokens.lower(end).starts_with('d')
        {
            // A particle counts only when a name word follows it (`Charles de Gaulle`).
            let next = toks.get(end + 1);
            let joined = next.is_some_and(|nx| {
                (caps::adjacent(a.text, t, nx) || t.kind == TokenKind::Elision)
                    && k.is_name_word_at(end + 1)
                    && !is_non_person_start(a, k, nx)
            });
            if !joined {
                break;
            }
            end += 2;
            words += 2;
        } else {
            break;
        }
    }
    Some(end)
}

/// Whether a known country, organisation or place starts at this token (a person's name does
/// not run into it).
fn is_non_person_start(a: &Analysis, k: &KnownIndex, t: &Token) -> bool {
    let _ = a;
    k.name_of_kind_at(
        t.span.start,
        &[EntityType::Country, EntityType::Organization],
    )
    .is_some_and(|kn| {
        k.name_of_kind_at(t.span.start, &[EntityType::Person])
            .is_none_or(|p| p.span.end < kn.span.end)
    })
}

/// Whether a role title starts at this capitalized token (`Ministre`, `Ambassadeur`).
fn is_role_word(k: &KnownIndex, t: &Token) -> bool {
    k.role_at(t.span.start).is_some()
}

fn mention(a: &Analysis, from: usize, to: usize, rule: &'static str) -> Option<Mention> {
    let toks = &a.tokens.tokens;
    let span = Span::new(
        toks.get(from)?.span.start,
        toks.get(to.checked_sub(1)?)?.span.end,
    );
    Some(Mention::new(EntityType::Person, span, rule).with_priority(priority::PATTERN))
}

/// Whether token `i` is a title (`M.`, `Mme`, `Son Excellence`); returns the index of the
/// first token after it (its dot included).
fn title_end(a: &Analysis, k: &KnownIndex, i: usize) -> Option<usize> {
    let toks = &a.tokens.tokens;
    // Every title is a capitalized word: its class says whether it is one.
    if !k.class(i).is_title() {
        return None;
    }
    let t = toks.get(i)?;
    let w = t.span.of(a.text);
    let mut j = i + 1;
    if caps::word_is(a, j, ".") && toks.get(j).is_some_and(|d| d.span.start == t.span.end) {
        j += 1;
    } else if w == "M" || w == "S.E" || w == "S.M" {
        // A bare `M` without its dot is a letter, not a title.
        return None;
    }
    // `Son Excellence Monsieur X`, `S.E. Mme X`: titles pile up.
    if let Some(e) = title_end(a, k, j) {
        return Some(e);
    }
    Some(j)
}

/// Rules `person.title` (`Mme Amy Pope`), `person.rank` (`le Colonel Assimi Goïta`) and
/// `person.profession` (`le philosophe Wang Chong`): the name after a title, rank or person
/// noun, which [`capitalized_title`] or [`lower_case_title`] found to start at token `start`.
fn title_rule(
    a: &Analysis,
    k: &KnownIndex,
    (start, rule): (usize, &'static str),
) -> Option<Mention> {
    let toks = &a.tokens.tokens;
    let first = toks.get(start)?;
    if !caps::adjacent(a.text, &toks[start - 1], first) && toks[start - 1].kind != TokenKind::Punct
    {
        return None;
    }
    let end = name_end(a, k, start)?;
    // A title is strong evidence: it wins over a known place of the same span (`M.
    // Gladstone`, `la reine Victoria`).
    mention(a, start, end, rule).map(|m| m.with_priority(priority::TITLED))
}

/// Where the name starts after a capitalized title or rank at token `i` (`Son Excellence`,
/// `Mme`, `Colonel`), and the rule. `name_within_reach`: whether one of the
/// [`RANK_OR_NOUN_REACH`] tokens after `i` is a name word, which a rank needs.
fn capitalized_title(
    a: &Analysis,
    k: &KnownIndex,
    i: usize,
    name_within_reach: bool,
) -> Option<(usize, &'static str)> {
    let class = k.class(i);
    // `Son Excellence` starts with `Son`.
    if caps::word_is(a, i, "Son") || caps::word_is(a, i, "Sa") {
        if !caps::word_is(a, i + 1, "Excellence") && !caps::word_is(a, i + 1, "Majesté") {
            return None;
        }
        let mut j = i + 2;
        if let Some(e) = title_end(a, k, j) {
            j = e;
        }
        return Some((j, "person.title"));
    }
    if let Some(j) = class.is_title().then(|| title_end(a, k, i)).flatten() {
        // Do not start inside another title (`Son Excellence Monsieur`).
        if i > 0 && title_end(a, k, i - 1).is_some_and(|e| e > i) {
            return None;
        }
        return Some((j, "person.title"));
    }
    if !name_within_reach || !may_be_rank_or_noun(a, i) {
        return None;
    }
    // A capitalized rank (`Colonel`), unless it is a first name (`Major Taylor`).
    (rank_or_noun(a.tokens.lower(i)).rank && !is_first_name(a, k, i)).then(|| rank_start(a, i))
}

/// Where the name starts after a lower-case rank or person noun at token `i` (`le colonel`,
/// `le philosophe`), and the rule. The caller has checked that a name word is within reach
/// ([`RANK_OR_NOUN_REACH`]).
fn lower_case_title(a: &Analysis, k: &KnownIndex, i: usize) -> Option<(usize, &'static str)> {
    if !k.class(i).is_word() || !may_be_rank_or_noun(a, i) {
        return None;
    }
    let lw = a.tokens.lower(i);
    let class = rank_or_noun(lw);
    if class.rank {
        Some(rank_start(a, i))
    } else if class.noun && caps::word(a, i) == lw {
        // The nouns are in lower case: the word is one exactly when it is its lower-case
        // form.
        Some(person_noun_start(a, k, i))
    } else {
        None
    }
}

/// Whether token `i` is long enough to be a rank or person noun: the test before the lookup
/// of its lower-case form. A capital letter of French is as long in UTF-8 as its lower-case
/// form, so a token shorter than the shortest rank or noun is none.
fn may_be_rank_or_noun(a: &Analysis, i: usize) -> bool {
    a.tokens
        .tokens
        .get(i)
        .is_some_and(|t| t.span.len() >= MIN_RANK_OR_NOUN_LEN)
}

/// Where the name starts after the rank at token `i`: `Général de brigade X`. The complement
/// counts only when it ends on its noun (`maire de Troyes` names a town, not a person).
fn rank_start(a: &Analysis, i: usize) -> (usize, &'static str) {
    let mut j = i + 1;
    while RANK_COMPLEMENTS.contains(&a.tokens.lower(j)) && j < i + 4 {
        j += 1;
    }
    if j > i + 1 && matches!(a.tokens.lower(j - 1), "de" | "d'" | "d’") {
        j = i + 1;
    }
    (j, "person.rank")
}

/// Where the name starts after the person noun at token `i`: `le philosophe Wang Chong`,
/// `l'écrivain américain Vernor Vinge` (a profession and its nationality or adjective, then
/// the name).
fn person_noun_start(a: &Analysis, k: &KnownIndex, i: usize) -> (usize, &'static str) {
    let toks = &a.tokens.tokens;
    let mut j = i + 1;
    while j < i + 3
        && toks.get(j).is_some_and(|x| {
            !x.capitalized
                && (k.demonym_at(x.span.start).is_some() || caps::is_adjective(x.span.of(a.text)))
                || x.span.of(a.text) == "et"
                    && toks
                        .get(j + 1)
                        .is_some_and(|y| PERSON_NOUNS.contains(y.span.of(a.text)))
        })
    {
        j += if caps::word_is(a, j, "et") { 2 } else { 1 };
    }
    (j, "person.profession")
}

/// First names that are also names of countries or places, which the first-name list leaves
/// out for that reason; they start a name only when a capitalized word follows.
static AMBIGUOUS_FIRST_NAMES: WordSet = WordSet::new(&[
    "Dominique",
    "Maurice",
    "Florence",
    "Lorraine",
    "Victoria",
    "Georgia",
    "Jordan",
    "Sydney",
    "Nancy",
    "Austin",
    "Madeleine",
    "Charlotte",
    "Adélaïde",
    "Orlando",
    "Regina",
    "Valence",
]);

/// Whether token `i` is a first name (`Jean-Pierre` as a whole or by its first part).
fn is_first_name(a: &Analysis, k: &KnownIndex, i: usize) -> bool {
    let w = caps::word(a, i);
    if k.class(i).is_function_word() || w.chars().count() < 2 {
        return false;
    }
    let g = a.gazetteers;
    // The token's folded form is at hand: no folding for the lookup of the whole word.
    AMBIGUOUS_FIRST_NAMES.contains(w)
        || g.first_names.get_folded(a.tokens.folded(i)).is_some()
        || w.split_once('-')
            .is_some_and(|(head, _)| head.chars().count() > 1 && g.is_first_name(head))
}

/// Rule `person.first_name`: a first name and at least one more capitalized word
/// (`Amy Pope`, `Marie-Chantal Uwanyiligira`, `Abdourahmane SARR`), and rule
/// `person.surname_first` (`AKAMATSU Takeshi`).
fn first_name_rule(a: &Analysis, k: &KnownIndex, i: usize) -> Option<Mention> {
    let toks = &a.tokens.tokens;
    let t = toks.get(i)?;
    // A name starts with a capitalized word that is no function word (those are never first
    // names nor in capitals), and goes on with the next token.
    let class = k.class(i);
    if !class.is_capitalized() || class.is_function_word() {
        return None;
    }
    // Start only at the beginning of a name: not right after another name word, unless that
    // word is a nationality or a known place (`le Rwandais Donald Kaberuka`).
    if i > 0 && k.is_name_word_at(i - 1) && caps::adjacent(a.text, &toks[i - 1], t) {
        let p = &toks[i - 1];
        let known_before = k.demonym_at(p.span.start).is_some()
            || k.name_of_kind_at(p.span.start, &[EntityType::Country, EntityType::Location])
                .is_some_and(|kn| kn.span.end == p.span.end)
            || is_role_word(k, p);
        if !known_before {
            return None;
        }
    }
    if !may_continue_name(a, k, i) {
        return None;
    }
    let w = t.span.of(a.text);
    // A known organisation is no first name. A known place or country may be one (`Adama
    // Coulibaly`, `Dominique Baudis`, `Whitney Houston`) when it is a first name, no article
    // precedes it and a name word follows that is no country or organisation (a place may
    // follow a first name only if the first word is no country).
    if let Some(kn) = k
        .name_at(t.span.start)
        .filter(|kn| kn.kind != EntityType::Person)
    {
        let article = i > 0
            && matches!(
                a.tokens.lower(i - 1),
                "le" | "la" | "les" | "l'" | "l’" | "du" | "au" | "aux" | "en" | "des"
            );
        let next_ok = toks.get(i + 1).is_some_and(|n| {
            caps::adjacent(a.text, t, n)
                && k.is_name_word_at(i + 1)
                && match k.name_at(n.span.start) {
                    None => true,
                    Some(nk) => nk.kind == EntityType::Location && kn.kind == EntityType::Location,
                }
        });
        let place_like = matches!(kn.kind, EntityType::Location | EntityType::Country);
        if !place_like
            || kn.span.end != t.span.end
            || !next_ok
            || article
            || !is_first_name(a, k, i)
        {
            return None;
        }
    }
    // `les Astros de Houston`, `aux Rangers`: a plural article announces a team or a people,
    // not a person.
    let plural_article = i > 0 && matches!(a.tokens.lower(i - 1), "les" | "des" | "aux");
    if !t.all_caps && !plural_article && is_first_name(a, k, i) {
        let end = name_end(a, k, i)?;
        if end < i + 2 {
            return None;
        }
        // A first name followed by a single lower-case-ending word that is a known place
        // (`Charles Paris`) is still a name; but the second word must not open an
        // organisation (`Maurice Telecom` is rare enough to ignore).
        return mention(a, i, end, "person.first_name");
    }
    // `AKAMATSU Takeshi`: an all-caps surname, then a first name.
    if t.all_caps && w.chars().count() > 2 {
        let next = toks.get(i + 1)?;
        if caps::adjacent(a.text, t, next)
            && next.capitalized
            && !next.all_caps
            && is_first_name(a, k, i + 1)
        {
            let end = name_end(a, k, i + 1)?;
            return mention(a, i, end, "person.surname_first");
        }
    }
    None
}

/// Whether the token after a name word `i` can carry the name on ([`name_end`]): it follows
/// on the same line and is a word that is capitalized, a name word or a particle, an elision
/// (`N’Guessan`) or an apostrophe (`O ' Donnell`). A name of one word is no person to the
/// first-name rule, and most capitalized words stand alone: this test spares them the
/// first-name lookups.
fn may_continue_name(a: &Analysis, k: &KnownIndex, i: usize) -> bool {
    let toks = &a.tokens.tokens;
    let (Some(t), Some(n)) = (toks.get(i), toks.get(i + 1)) else {
        return false;
    };
    // The class first, the text of the gap last.
    let class = k.class(i + 1);
    let joins = class.is_capitalized()
        || class.is_name_word()
        || n.kind == TokenKind::Elision
        || n.kind == TokenKind::Punct && matches!(n.span.of(a.text), "'" | "’")
        || class.is_word() && caps::is_particle_token(a.text, n);
    joins && caps::adjacent(a.text, t, n)
}

/// Words that may sit between a role and the name (`le ministre nigérian de l'Agriculture X`):
/// connectors, articles, demonyms and adjectives, and capitalized domain words after a
/// connector (`de l'Agriculture`, `des Affaires étrangères`).
const ROLE_GAP_MAX: usize = 10;

/// Rule `person.role`: a role title, its complement, then a name
/// (`le président Mohamed Morsi`, `la ministre fédérale du Budget Sophie Wilmès`).
fn role_rule(a: &Analysis, k: &KnownIndex, out: &mut Vec<Mention>) {
    let toks = &a.tokens.tokens;
    for role in k.roles() {
        let mut j = a.tokens.index_at(role.end);
        let limit = (j + ROLE_GAP_MAX).min(toks.len());
        let mut after_connector = false;
        let mut commas = 0;
        while j < limit {
            let t = &toks[j];
            let w = t.span.of(a.text);
            if let Some(kn) = k.name_of_kind_at(
                t.span.start,
                &[
                    EntityType::Country,
                    EntityType::Organization,
                    EntityType::Location,
                ],
            ) {
                // A known organisation or country inside the complement (`de la Commission
                // européenne`) is skipped whole; a one-word place right after the role is
                // rather the person's name (`le ministre Alamine Ousmane Mey`).
                if after_connector || kn.kind != EntityType::Location {
                    j = a.tokens.index_at(kn.span.end);
                    after_connector = false;
                    continue;
                }
            }
            if k.demonym_at(t.span.start).is_some() || caps::is_adjective(w) {
                j += 1;
                continue;
            }
            if caps::is_connector_at(a, j)
                || caps::is_article_at(a, j)
                || t.kind == TokenKind::Elision
            {
                after_connector = true;
                j += 1;
                continue;
            }
            if w == "," && commas == 0 && j + 1 < limit {
                commas += 1;
                j += 1;
                continue;
            }
            if after_connector && k.is_name_word_at(j) {
                // A domain of the role (`de l'Agriculture`), or an organisation.
                after_connector = false;
                j += 1;
                // The domain is one word (`de l'Agriculture`); a run of two or more capitalized
                // words after it is the name (`de l'Agriculture Abiodun Olaniyan`), and so is
                // one starting with a first name.
                let mut run = j;
                while run < limit
                    && k.is_name_word_at(run)
                    && caps::adjacent(a.text, &toks[run - 1], &toks[run])
                {
                    run += 1;
                }
                let starts_name = j < run
                    && !NOT_NAME_STARTS.contains(&toks[j].span.of(a.text))
                    && (run - j >= 2 || is_first_name(a, k, j));
                if !starts_name {
                    j = run;
                }
                continue;
            }
            // Read only when the tests before it pass: most tokens here are no adjective.
            let next_coordinated = || {
                toks.get(j + 1).is_some_and(|n| {
                    n.span.of(a.text) == "et"
                        || n.capitalized && caps::is_adjective(a.tokens.lower(j + 1))
                })
            };
            if k.is_name_word_at(j)
                && !is_first_name(a, k, j)
                && caps::is_adjective(a.tokens.lower(j))
                && next_coordinated()
            {
                // `Ambassadeur Extraordinaire et Plénipotentiaire`: a capitalized adjective.
                j += 1;
                continue;
            }
            if k.is_name_word_at(j) {
                if let Some(end) = name_end(a, k, j) {
                    if let Some(m) = mention(a, j, end, "person.role") {
                        out.push(m);
                    }
                }
            }
            break;
        }
    }
}

/// Rule `person.apposition`: two or more capitalized words followed by a comma and a role
/// (`Mohamadou Yusufu, l'ambassadeur du Cameroun`, `Robert Dussey, ministre`).
fn apposition_rule(a: &Analysis, k: &KnownIndex, out: &mut Vec<Mention>) {
    let toks = &a.tokens.tokens;
    for role in k.roles() {
        let mut j = a.tokens.index_at(role.start);
        // Step back over an article (`l'ambassadeur`, `la directrice`).
        if j > 0 && (toks[j - 1].kind == TokenKind::Elision || caps::is_article_at(a, j - 1)) {
            j -= 1;
        }
        if j < 2 || !caps::word_is(a, j - 1, ",") {
            continue;
        }
        // The name ends right before the comma; find where it starts.
        let end = j - 1;
        let mut start = end;
        while start > 0 {
            let t = &toks[start - 1];
            let w = t.span.of(a.text);
            let joined = start == end || caps::adjacent(a.text, t, &toks[start]);
            let known = k.demonym_at(t.span.start).is_some()
                || k.name_at(t.span.start)
                    .is_some_and(|kn| kn.kind != EntityType::Person);
            if joined
                && !known
                && (k.is_name_word_at(start - 1) || caps::is_particle(w) && start < end)
            {
                start -= 1;
            } else {
                break;
            }
        }
        while start < end && caps::is_particle(caps::word(a, start)) {
            start += 1;
        }
        if end >= start + 2 && end - start <= MAX_NAME_WORDS {
            if name_end(a, k, start) != Some(end) {
                continue;
            }
            if let Some(m) = mention(a, start, end, "person.apposition") {
                out.push(m);
            }
        }
    }
}

/// Words before a capitalized pair that make it a thing rather than a person (`le Wall
/// Street`, `du Grand Prix`): articles, contracted articles, determiners, numbers' words.
static NOT_BEFORE_PAIR: WordSet = WordSet::new(&[
    "le",
    "la",
    "les",
    "l'",
    "l’",
    "un",
    "une",
    "des",
    "du",
    "au",
    "aux",
    "ce",
    "cet",
    "cette",
    "ces",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "notre",
    "votre",
    "mon",
    "ma",
    "en",
    "à",
    "a",
    // Prepositions and nouns that announce a product, a work or a band.
    "sur",
    "site",
    "version",
    "jeu",
    "groupe",
    "label",
    "duo",
    "trio",
    "album",
    "film",
    "série",
    "marque",
    "console",
    "logiciel",
    "navigateur",
    "équipementier",
    "studio",
    "éditeur",
    // Number words: `deux Copa América`.
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "seul",
    "seule",
    // English words inside a title: `Center for Responsive Politics`.
    "the",
    "of",
    "for",
    "to",
    "and",
    "s",
    "th",
]);

/// Rule `person.pair`: exactly two capitalized words that nothing else knows, inside a
/// sentence and not after an article (`derrière Usain Bolt`, `réalisé par Spike Jonze`). A
/// guess: any known name, pattern or other rule wins, and a word of the region list, the
/// GeoNames lexicon, a role, a demonym or an organisation head makes it no person.
fn pair_rule(a: &Analysis, k: &KnownIndex, i: usize) -> Option<Mention> {
    let toks = &a.tokens.tokens;
    let t = toks.get(i)?;
    let n = toks.get(i + 1)?;
    // The cheapest necessary condition first: two capitalized words, not all capitals.
    let capitalized = |x: &Token| x.kind == TokenKind::Word && x.capitalized && !x.all_caps;
    if !capitalized(t) || !capitalized(n) {
        return None;
    }
    let p = toks.get(i.checked_sub(1)?)?;
    let pw = p.span.of(a.text);
    // Tables of figures (`1285.— Indelec Lonza`) and OCR noise: only after a word or a comma.
    let after_word = p.kind == TokenKind::Word || pw == "," || p.kind == TokenKind::Elision;
    // Exactly two name words: none right before or right after. The class tests first, the
    // text of the gaps after.
    let name_before = k.is_name_word_at(i - 1) && caps::adjacent(a.text, p, t);
    let name_after = toks
        .get(i + 2)
        .is_some_and(|x| k.is_name_word_at(i + 2) && caps::adjacent(a.text, n, x));
    if !after_word || name_before || name_after || !caps::adjacent(a.text, t, n) {
        return None;
    }
    let sentence_start = matches!(
        pw,
        "." | "!" | "?" | ":" | "»" | "«" | "\"" | "(" | "-" | "–"
    ) || a
        .text
        .get(p.span.end..t.span.start)
        .is_none_or(|g| g.contains('\n'));
    if sentence_start || NOT_BEFORE_PAIR.contains(a.tokens.lower(i - 1)) {
        return None;
    }
    // Both words are plain: no known name, demonym, role, Roman numeral… The lookups in
    // the index come first for both words, the ones in other word lists after.
    let plain_in_index = |j: usize| {
        let x = &toks[j];
        let w = x.span.of(a.text);
        k.is_name_word_at(j)
            && w.chars().count() > 1
            && w.chars().any(char::is_lowercase)
            && !caps::is_roman(w)
            && k.name_at(x.span.start).is_none()
            && k.demonym_at(x.span.start).is_none()
            && k.role_at(x.span.start).is_none()
    };
    // The head words and the place lexicon are asked with the token's folded form, and the
    // feature nouns with its lower-case form, both at hand, rather than with the word (which
    // `trigger`, `Lexicon::contains` and `is_feature_head` would fold or lower-case again,
    // the last two into a new string).
    let plain_in_lists = |j: usize| {
        let w = toks[j].span.of(a.text);
        let folded = a.tokens.folded(j);
        crate::rules::organization::trigger_folded(folded).is_none()
            && a.gazetteers.place_lexicon.get_folded(folded).is_none()
            && !crate::rules::location::is_region(w)
            && !crate::rules::location::is_feature_head_lower(a.tokens.lower(j))
    };
    if !plain_in_index(i) || !plain_in_index(i + 1) || !plain_in_lists(i) || !plain_in_lists(i + 1)
    {
        return None;
    }
    let span = Span::new(t.span.start, n.span.end);
    // Below the other guesses: a place in a list of places (`le Bénin, Cap Blanc`) wins a tie.
    Some(Mention::new(EntityType::Person, span, "person.pair").with_priority(priority::GUESS - 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_and_person_nouns_are_long_enough() {
        let words = RANKS.words().iter().chain(PERSON_NOUNS.words());
        assert!(words.into_iter().all(|w| w.len() >= MIN_RANK_OR_NOUN_LEN));
        // A noun is matched through its lower-case form.
        assert!(PERSON_NOUNS.words().iter().all(|w| w.to_lowercase() == *w));
        assert!(rank_or_noun("colonel").rank && !rank_or_noun("colonel").noun);
        assert!(rank_or_noun("philosophe").noun && rank_or_noun("imam").rank);
        assert_eq!(rank_or_noun("de"), RankOrNoun::default());
    }

    #[test]
    fn visits_are_the_tokens_a_walk_of_all_would_act_on() {
        let text = "Selon le président de la République Macky SALL, le ministre Le Drian et \
                    l'écrivain américain et poète al-Rabeeah ont vu M. Pope à Dakar. \
                    Le général de brigade Jean Dupont, D. H. Lawrence et Mohammed VI aussi.";
        crate::rules::number::fixture::with_analysis(text, None, |a| {
            let k = KnownIndex::new(a);
            let len = a.tokens.tokens.len();
            // Every token, with the first name word after it, as a walk of all finds them.
            let next_name = |i: usize| (i + 1..len).find(|&j| k.is_name_word_at(j)).unwrap_or(len);
            let acts = |&(i, n): &(usize, usize)| {
                let c = k.class(i);
                c.is_word()
                    && (c.is_capitalized()
                        || c.is_name_word()
                        || n < len && n <= i + RANK_OR_NOUN_REACH)
            };
            let want: Vec<(usize, usize)> =
                (0..len).map(|i| (i, next_name(i))).filter(acts).collect();
            let visits: Vec<(usize, usize)> = Visits::new(&k, len).collect();
            assert!(visits.windows(2).all(|w| w[0].0 < w[1].0), "{visits:?}");
            let got: Vec<(usize, usize)> = visits.iter().copied().filter(acts).collect();
            assert_eq!(got, want);
            assert!(want.len() > 10 && visits.len() < len);
        });
    }
}
