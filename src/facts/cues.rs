//! What the fact rules read: each sentence as a short stream of [`Item`]s (entity mentions,
//! anaphors, amounts, dates, role titles, demonyms and plain words), plus the cue tables and
//! small pattern helpers every fact type shares (prepositions, coordinated lists, negation,
//! conditionals and denials).
//!
//! Working on items instead of characters keeps each rule a few lines of "an entity, then
//! `à`/`au`, then an entity" and makes every rule linear in the sentence length.
//!
//! ```
//! use glaneur::{Document, Extractor};
//! use glaneur::facts::cues::{sentences, ItemKind};
//! let x = Extractor::builtin().unwrap();
//! let doc = Document::new("d", "Le Maroc a rejoint l’OIM.");
//! let a = x.analyse(&doc);
//! let s = sentences(&a);
//! assert!(matches!(&s[0].items[0].kind, ItemKind::Word(w) if w == "le"));
//! assert!(s[0].items.iter().any(|i| i.word() == Some("rejoint")));
//! ```

use std::borrow::Cow;
use std::cell::OnceCell;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::analysis::Analysis;
use crate::document::{DateValue, EntityType, Mention, Money, Span, Value};
use crate::facts::Argument;
use crate::gazetteer::Target;
use crate::resolve::{
    anaphor_after_article, antecedent, is_article, normalize_name, normalized, AnaphorKind,
};
use crate::tokenize::{Token, TokenKind};

/// One unit of a sentence as the fact rules see it.
///
/// Everything borrows from the analysed document (`'a`): a sentence of items costs no
/// allocation per token, and only a word written otherwise than its lower-case form in the
/// document (rare, see [`word`]) owns a string, so that dropping a sentence's items is a
/// look at each, not a call per item.
#[derive(Clone, Debug, PartialEq)]
pub enum ItemKind<'a> {
    /// A PERSON, ORGANIZATION, COUNTRY or LOCATION mention, or an anaphor (`le Royaume`,
    /// `l'organisation`) standing for one; `anaphor` tells which.
    Entity {
        kind: EntityType,
        name: Name<'a>,
        anaphor: bool,
    },
    /// A MONEY mention with its value.
    Money(&'a Money),
    /// A DATE mention with its value.
    Date(DateValue),
    /// A role title from `roles.tsv` as written (`Directrice générale`), with the role kind of
    /// the table (`diplomat`, `minister`, …); the rule that reads a title lowers it
    /// ([`title_lower`]), not every sentence built.
    Role { text: &'a str, kind: &'a str },
    /// A country adjective (`marocaine`): the name is the country's.
    Demonym(Name<'a>),
    /// Any other word, lower case, apostrophes as `'` (`l'`, `à`, `versé`).
    Word(Cow<'a, str>),
    /// A punctuation character.
    Punct(&'a str),
}

/// An item, the bytes it covers, and the trigger classes of its word.
#[derive(Clone, Debug, PartialEq)]
pub struct Item<'a> {
    pub kind: ItemKind<'a>,
    pub span: Span,
    /// What the word can trigger or cancel ([`Cues::of`]); empty for anything but a word.
    pub cues: Cues,
}

impl<'a> Item<'a> {
    /// An item of any kind; a word gets its [`Cues`].
    pub fn new(kind: ItemKind<'a>, span: Span) -> Item<'a> {
        let cues = match &kind {
            ItemKind::Word(w) => Cues::of(w),
            _ => Cues::NONE,
        };
        Item { kind, span, cues }
    }

    /// The lower-case word, if the item is a plain word.
    pub fn word(&self) -> Option<&str> {
        match &self.kind {
            ItemKind::Word(w) => Some(w),
            _ => None,
        }
    }

    /// Whether the item is one of these words.
    pub fn is(&self, words: &[&str]) -> bool {
        self.word()
            .is_some_and(|w| words.iter().any(|x| same_word(x, w)))
    }

    /// Whether the item is a word of one of these classes.
    pub fn has(&self, cues: Cues) -> bool {
        self.cues.any(cues)
    }

    /// Whether the item is this punctuation.
    pub fn is_punct(&self, p: &str) -> bool {
        matches!(&self.kind, ItemKind::Punct(x) if *x == p)
    }

    /// The entity argument if the item is an entity of one of these kinds.
    pub fn entity(&self, kinds: &[EntityType]) -> Option<Arg<'a>> {
        match &self.kind {
            ItemKind::Entity { kind, name, .. } if kinds.contains(kind) => Some(name.arg()),
            _ => None,
        }
    }

    /// The argument of a demonym item (the country it names).
    pub fn demonym(&self) -> Option<Arg<'a>> {
        match &self.kind {
            ItemKind::Demonym(name) => Some(name.arg()),
            _ => None,
        }
    }

    pub fn money(&self) -> Option<&'a Money> {
        match &self.kind {
            ItemKind::Money(m) => Some(m),
            _ => None,
        }
    }

    pub fn date(&self) -> Option<DateValue> {
        match &self.kind {
            ItemKind::Date(d) => Some(*d),
            _ => None,
        }
    }
}

/// The classes of cue words a word belongs to, one bit each: the words that trigger a fact
/// rule (`versé`, `membre`, `mobiliser`) and those that cancel a statement (`pas`,
/// `pourrait`).
///
/// A word's classes are looked up once, when its sentence is built, in one hash table made
/// from every rule's word list; a rule then asks a bit instead of scanning its lists, and
/// skips at once a sentence whose words trigger none of its rules ([`Sentence::cues`]).
///
/// ```
/// use glaneur::facts::cues::Cues;
/// assert!(Cues::of("versé").any(Cues::GIVE));
/// assert!(Cues::of("reintegrent").any(Cues::JOIN_VERB)); // compared without accents
/// assert!(!Cues::of("le").any(Cues::GIVE | Cues::MEMBER));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cues(u32);

impl Cues {
    pub const NONE: Cues = Cues(0);
    /// [`contribution`](crate::facts::contribution) verbs of giving (`versé`, `octroie`).
    pub const GIVE: Cues = Cues(1);
    /// Nouns of a gift and of a giver (`subvention`, `donateur`).
    pub const GIFT: Cues = Cues(1 << 1);
    /// Verbs whose subject receives (`reçu`, `bénéficie`).
    pub const RECEIVE: Cues = Cues(1 << 2);
    /// Verbs of signing (`signé`).
    pub const SIGN: Cues = Cues(1 << 3);
    /// Nouns of an agreement (`accord`).
    pub const AGREEMENT: Cues = Cues(1 << 4);
    /// Verbs of financing, without accents (`finance`, `investit`).
    pub const FUND_VERB: Cues = Cues(1 << 5);
    /// [`membership`](crate::facts::membership): `membre`, `membres`.
    pub const MEMBER: Cues = Cues(1 << 6);
    /// Participles of being gathered (`réunis`).
    pub const GATHERED: Cues = Cues(1 << 7);
    /// Verbs of joining, without accents (`rejoint`, `adhéré`).
    pub const JOIN_VERB: Cues = Cues(1 << 8);
    /// Nouns of joining, without accents (`adhésion`).
    pub const JOIN_NOUN: Cues = Cues(1 << 9);
    /// Verbs introducing a list of members, without accents (`compte`).
    pub const LIST_VERB: Cues = Cues(1 << 10);
    /// [`funding`](crate::facts::funding) verbs of raising money (`mobiliser`).
    pub const RAISE: Cues = Cues(1 << 11);
    /// Nouns of an appeal for money (`appel`).
    pub const APPEAL: Cues = Cues(1 << 12);
    /// [`role`](crate::facts::role): `présidence`.
    pub const PRESIDENCY: Cues = Cues(1 << 13);
    /// `ne`, `n'`: half of a negation.
    pub const NE: Cues = Cues(1 << 14);
    /// The other half: `pas`, `jamais`, `plus`, … (`NEGATORS`).
    pub const NEGATOR: Cues = Cues(1 << 15);
    /// A conditional, a denial or `ni` (`CONDITIONALS`, `DENIALS`).
    pub const HEDGE: Cues = Cues(1 << 16);
    /// A subject pronoun `il`, `elle`, whose referent a ROLE rule looks for in the sentence
    /// before: a sentence without one is not read for it ([`Sentence::cues`]).
    pub const PRONOUN: Cues = Cues(1 << 17);

    /// These classes and those of `other` (`|`, usable in constants).
    pub const fn union(self, other: Cues) -> Cues {
        Cues(self.0 | other.0)
    }

    /// Whether any class of `other` is among these.
    pub fn any(self, other: Cues) -> bool {
        self.0 & other.0 != 0
    }

    /// The classes of a lower-case word.
    pub fn of(word: &str) -> Cues {
        Cues::of_in(word, &mut String::new())
    }

    /// [`Cues::of`], folding a non-ASCII word in `scratch` (reused from word to word).
    fn of_in(word: &str, scratch: &mut String) -> Cues {
        if word.is_ascii() {
            // Folding an ASCII lower-case word changes nothing.
            return CUE_TABLE.get(word, word);
        }
        scratch.clear();
        crate::fold::fold_into(word, scratch);
        CUE_TABLE.get(scratch, word)
    }
}

impl std::ops::BitOr for Cues {
    type Output = Cues;
    fn bitor(self, other: Cues) -> Cues {
        self.union(other)
    }
}

impl std::ops::BitOrAssign for Cues {
    fn bitor_assign(&mut self, other: Cues) {
        self.0 |= other.0;
    }
}

/// Every listed cue word by its folded form, so that a token is looked up once, by the folded
/// form the tokenizer already holds: the classes of the lists compared without accents, and the
/// words of the lists compared as written that fold to it, with their classes.
struct CueTable {
    words: FxHashMap<String, CueEntry>,
    /// One bit per word shape (length, first, second and last byte, see [`CueTable::shape`])
    /// of the folded words: most tokens are in no list and stop at this test, before any
    /// hashing (`de`, `la`, `et`: no listed word of two bytes is like them).
    shapes: Vec<u64>,
}

/// How many bits a word shape has ([`CueTable::shape`]).
const SHAPE_BITS: u32 = 16;
/// How many shapes there are: the table's bits take 8 KB, and the few hundred words listed
/// set about one in a hundred of them.
const SHAPES: usize = 1 << SHAPE_BITS;

#[derive(Default)]
struct CueEntry {
    folded: Cues,
    exact: Vec<(String, Cues)>,
    /// Every class above: what any word folding to this one may be.
    any: Cues,
}

impl CueTable {
    /// The bit of a folded word's shape: its length and its first, second and last bytes, mixed
    /// into one of [`SHAPES`] bits. Two bytes at the start tell apart most words of one length
    /// and last letter (`verse` and `vente`, `accord` and `abord`): a word that passes is most
    /// often a listed one, and the table is hashed for few others.
    fn shape(folded: &str) -> usize {
        let b = folded.as_bytes();
        let first = b.first().copied().unwrap_or(0);
        let second = b.get(1).copied().unwrap_or(0);
        let last = b.last().copied().unwrap_or(0);
        let len = u8::try_from(b.len()).unwrap_or(u8::MAX);
        let x = u32::from_le_bytes([first, second, last, len]);
        // Fibonacci hashing: the high bits of the product mix all four bytes.
        (x.wrapping_mul(0x9E37_79B1) >> (32 - SHAPE_BITS)) as usize
    }

    /// Whether some word of the table has the shape of `folded` (most words do not: no hash).
    #[inline]
    fn may_hold(&self, folded: &str) -> bool {
        let shape = CueTable::shape(folded);
        self.shapes
            .get(shape >> 6)
            .is_some_and(|bits| bits & (1 << (shape & 63)) != 0)
    }

    /// The classes of a lower-case word `lower` whose folded form is `folded`. Inlined: most
    /// words stop at the shape test, without a call.
    #[inline]
    fn get(&self, folded: &str, lower: &str) -> Cues {
        if !self.may_hold(folded) {
            return Cues::NONE;
        }
        self.look_up(folded, lower)
    }

    /// [`CueTable::get`] for a word of a listed shape: the hash table is asked.
    #[inline(never)]
    fn look_up(&self, folded: &str, lower: &str) -> Cues {
        let Some(e) = self.words.get(folded) else {
            return Cues::NONE;
        };
        e.exact
            .iter()
            .filter(|(w, _)| w == lower)
            .fold(e.folded, |c, &(_, x)| c | x)
    }

    /// Every class a word whose folded form is `folded` may have, whatever its accents: a
    /// superset of [`CueTable::get`] that needs no lower-case form.
    fn any_of(&self, folded: &str) -> Cues {
        if !self.may_hold(folded) {
            return Cues::NONE;
        }
        self.words.get(folded).map_or(Cues::NONE, |e| e.any)
    }

    fn entry(&mut self, folded: String) -> &mut CueEntry {
        let shape = CueTable::shape(&folded);
        if let Some(bits) = self.shapes.get_mut(shape >> 6) {
            *bits |= 1 << (shape & 63);
        }
        self.words.entry(folded).or_default()
    }

    /// Adds a word of a list compared as written.
    fn add_exact(&mut self, word: &str, cue: Cues) {
        let entry = self.entry(crate::fold::fold(word));
        entry.any |= cue;
        let exact = &mut entry.exact;
        match exact.iter_mut().find(|(w, _)| w == word) {
            Some((_, c)) => *c |= cue,
            None => exact.push((word.to_string(), cue)),
        }
    }

    /// Adds a word of a list compared without accents.
    fn add_folded(&mut self, word: &str, cue: Cues) {
        let entry = self.entry(crate::fold::fold(word));
        entry.folded |= cue;
        entry.any |= cue;
    }
}

static CUE_TABLE: LazyLock<CueTable> = LazyLock::new(|| {
    use crate::facts::{contribution as c, funding as f, membership as m};
    let exact: &[(Cues, &[&str])] = &[
        (Cues::GIFT, c::GIFT_NOUNS),
        (Cues::GIFT, c::GIVER_NOUNS),
        (Cues::RECEIVE, c::RECEIVE_VERBS),
        (Cues::RECEIVE, c::THANK_VERBS),
        (Cues::SIGN, c::SIGN_VERBS),
        (Cues::AGREEMENT, c::AGREEMENTS),
        (Cues::MEMBER, &["membre", "membres"]),
        (Cues::GATHERED, m::GATHERED),
        (Cues::RAISE, f::RAISE_VERBS),
        (Cues::APPEAL, f::APPEAL_NOUNS),
        (Cues::PRESIDENCY, &["présidence"]),
        (Cues::NE, &["ne", "n'"]),
        (Cues::NEGATOR, NEGATORS),
        (Cues::HEDGE, CONDITIONALS),
        (Cues::HEDGE, DENIALS),
        (Cues::HEDGE, &["ni"]),
        (Cues::PRONOUN, crate::facts::role::PRONOUNS),
    ];
    let folded: &[(Cues, &[&str])] = &[
        (Cues::JOIN_VERB, m::JOIN_VERBS),
        (Cues::JOIN_NOUN, m::JOIN_NOUNS),
        (Cues::LIST_VERB, m::LIST_VERBS),
    ];
    let mut table = CueTable {
        words: FxHashMap::default(),
        shapes: vec![0; SHAPES / 64],
    };
    for &(cue, words) in exact {
        for w in words {
            table.add_exact(w, cue);
        }
    }
    for w in c::give_verbs() {
        table.add_exact(&w, Cues::GIVE);
    }
    for &(cue, words) in folded {
        for w in words {
            table.add_folded(w, cue);
        }
    }
    for w in c::fund_verbs() {
        table.add_folded(&w, Cues::FUND_VERB);
    }
    table
});

/// The classes that let a fact rule fire (the others only cancel or qualify a statement).
const TRIGGERS: Cues = GIVING
    .union(JOINING)
    .union(Cues::SIGN)
    .union(Cues::AGREEMENT)
    .union(Cues::RAISE)
    .union(Cues::APPEAL)
    .union(Cues::PRESIDENCY);

/// The words of [`CUE_TABLE`] with a [`TRIGGERS`] class, by folded form, with those classes
/// only: the words that cancel (`pas`, `plus`, `si`) are frequent and fail here at the shape
/// test.
static TRIGGER_TABLE: LazyLock<CueTable> = LazyLock::new(|| {
    let mut table = CueTable {
        words: FxHashMap::default(),
        shapes: vec![0; SHAPES / 64],
    };
    for (folded, e) in &CUE_TABLE.words {
        let any = Cues(e.any.0 & TRIGGERS.0);
        if any != Cues::NONE {
            table.entry(folded.clone()).any = any;
        }
    }
    table
});

/// A sentence: its bytes, its items in order, and every cue class of its words.
#[derive(Clone, Debug, Default)]
pub struct Sentence<'a> {
    pub span: Span,
    pub items: Vec<Item<'a>>,
    /// The union of the items' [`Cues`]: a rule whose triggers are not here has nothing to do.
    pub cues: Cues,
    /// Whether an item is a role title ([`ItemKind::Role`]): the ROLE rules, which start from
    /// one, look at the items only then.
    pub titles: bool,
}

/// Kinds an actor of a fact (donor, recipient, member, organisation) may have.
pub const ACTORS: &[EntityType] = &[EntityType::Organization, EntityType::Country];
/// Organisations only.
pub const ORGS: &[EntityType] = &[EntityType::Organization];
/// Countries only.
pub const COUNTRIES: &[EntityType] = &[EntityType::Country];
/// Persons only.
pub const PERSONS: &[EntityType] = &[EntityType::Person];

/// An entity argument as a rule reads it: borrowed from the analysis (the text as written, the
/// mention's canonical name and gazetteer id, from an item's [`Name`]), or a name the rule made
/// ([`entity_list`] joins `Guinée` and `Bissau`). [`Arg::to_argument`] makes the owned
/// [`Argument`] of a fact, only for what a rule emits.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Arg<'a> {
    /// The text as written: its spaces are normalized ([`normalize_name`]) in the owned
    /// argument only, so that only the names of facts are looked at for them, not those of
    /// every sentence built.
    pub text: Cow<'a, str>,
    pub canonical: Cow<'a, str>,
    /// Gazetteer id of the entity, when known (`country:ma`).
    pub id: Option<&'a str>,
}

impl Arg<'_> {
    /// The owned argument of a fact.
    pub fn to_argument(&self) -> Argument {
        Argument {
            text: normalize_name(&self.text),
            canonical: self.canonical.clone().into_owned(),
            id: self.id.map(str::to_string),
        }
    }
}

impl<'a> From<&'a Argument> for Arg<'a> {
    /// An owned argument (one kept from an earlier sentence), borrowed.
    fn from(a: &'a Argument) -> Arg<'a> {
        Arg {
            text: Cow::Borrowed(&a.text),
            canonical: Cow::Borrowed(&a.canonical),
            id: a.id.as_deref(),
        }
    }
}

/// An entity as an item holds it: the text as written, the canonical name and the gazetteer
/// id, borrowed from the analysis. Unlike an [`Arg`], which a rule may build with a name of its
/// own, it owns nothing: it is copied, and an item holding it needs no drop.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Name<'a> {
    pub text: &'a str,
    /// The canonical name; for a mention that resolution gave none (it gives every name one),
    /// the mention's text, which the argument normalizes ([`Name::arg`]).
    pub canonical: &'a str,
    /// Gazetteer id of the entity, when known (`country:ma`).
    pub id: Option<&'a str>,
    /// Whether `canonical` is the text of a mention without a canonical name.
    pub unresolved: bool,
}

impl<'a> Name<'a> {
    /// The argument, borrowed; the canonical name of an unresolved mention normalized
    /// (copied only when its spaces need it).
    pub fn arg(self) -> Arg<'a> {
        Arg {
            canonical: self.canonical_name(),
            text: Cow::Borrowed(self.text),
            id: self.id,
        }
    }

    /// The canonical name, normalized when unresolved ([`Name::arg`]).
    fn canonical_name(self) -> Cow<'a, str> {
        if self.unresolved {
            normalized(self.canonical)
        } else {
            Cow::Borrowed(self.canonical)
        }
    }
}

/// The name of a chosen mention (its text, canonical name and gazetteer id), borrowed.
fn name<'a>(text: &'a str, m: &'a Mention) -> Name<'a> {
    let written = m.span.of(text);
    Name {
        text: written,
        canonical: m.canonical.as_deref().unwrap_or(written),
        id: m.provenance.entry.as_deref(),
        unresolved: m.canonical.is_none(),
    }
}

/// The argument for a chosen mention, borrowed (its text, canonical name and gazetteer id;
/// [`Arg::to_argument`] makes the owned one). A mention without a canonical name (resolution
/// gives every name one) is named by its text, copied only when its spaces need normalizing.
pub fn arg<'a>(text: &'a str, m: &'a Mention) -> Arg<'a> {
    name(text, m).arg()
}

/// `Groupe de la BAD` is the BAD: a group named after a known body takes that body's
/// canonical name (the written text stays), so its statements meet the body's.
/// The item of an anaphor at `span`, written `text`, that stands for mention `m`.
fn anaphor_item<'s>(a: &'s Analysis, m: &'s Mention, text: &'s str, span: Span) -> Item<'s> {
    let mut name = group_parent(a, name(a.text, m));
    name.text = text;
    let kind = ItemKind::Entity {
        kind: m.kind,
        name,
        anaphor: true,
    };
    Item::new(kind, span)
}

/// [`name`], with the canonical name of the body a group is named after ([`anaphor_item`]).
fn group_parent<'s>(a: &'s Analysis, name: Name<'s>) -> Name<'s> {
    let canonical = name.canonical_name();
    let c: &str = &canonical;
    // Every prefix below starts so: one test leaves almost every name here.
    if !c.starts_with("Groupe d") {
        return name;
    }
    let rest = [
        "Groupe de la ",
        "Groupe de l'",
        "Groupe de l’",
        "Groupe du ",
    ]
    .iter()
    .find_map(|p| c.strip_prefix(p));
    if let Some(rest) = rest {
        if let [one] = a.gazetteers.lookup(rest) {
            if let Some(e) = a.gazetteers.entries.get(*one as usize) {
                if e.kind == EntityType::Organization {
                    return Name {
                        canonical: &e.canonical,
                        id: Some(&e.id),
                        unresolved: false,
                        ..name
                    };
                }
            }
        }
    }
    name
}

/// Splits the analysed document into sentences of items. Sentences in boilerplate regions
/// (navigation, teasers) are left out: facts are read from the article only.
///
/// Every sentence is built; [`extract`](crate::facts::extract) builds through a [`Reader`]
/// only the sentences a fact rule can read a fact from.
pub fn sentences<'s>(a: &'s Analysis) -> Vec<Sentence<'s>> {
    let reader = Reader::new(a);
    let mut scratch = String::new();
    (0..a.tokens.sentences.len())
        .filter_map(|n| reader.retained(n, &mut scratch))
        .collect()
}

/// The sentences of one document, built on demand.
///
/// What hides tokens (the `Overlay`s) is found once for the whole document, without any
/// name copied; a sentence's items, with their owned names, are built only when asked. What
/// each sentence holds (names, amounts, titles, and which cue words it may contain) is known
/// beforehand, so that a sentence where no fact rule can fire is never built
/// ([`Reader::may_state_a_fact`]): most sentences of an article state no fact.
pub struct Reader<'s> {
    a: &'s Analysis<'s>,
    /// Sorted by start, not overlapping.
    overlays: Vec<Overlay<'s>>,
    /// The tokens of sentence `n` are `first[n]..first[n + 1]`.
    first: Vec<usize>,
    /// What the items of each sentence will hold, by sentence.
    holds: Vec<Holds>,
}

/// What [`Reader::may_state_a_fact`] tells of a sentence.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Verdict {
    /// A rule may find a fact there: the sentence is worth building.
    pub read: bool,
    /// It may name a signer of agreements for the sentences after it (`X a signé deux accords
    /// d'une valeur de M`, see `contribution.agreement`): a verb of signing, an amount, a name.
    pub signs: bool,
}

/// What the overlays placed in a sentence are: enough to tell that no rule can fire there.
#[derive(Clone, Copy, Debug, Default)]
struct Holds {
    entities: u32,
    persons: u32,
    organizations: u32,
    demonyms: u32,
    amounts: u32,
    roles: u32,
    /// The last token where an entity or a demonym stands.
    last_argument: Option<usize>,
}

/// The first token at or after `from` whose sentence is `n` or later (`tokens` are in sentence
/// order), by a galloping search from `from`: see [`crate::gallop`].
fn first_token_from(tokens: &[Token], from: usize, n: usize) -> usize {
    crate::gallop::partition_point_near(tokens, from, |t| (t.sentence as usize) < n)
}

/// What a sentence that holds `h` and may trigger `t` tells ([`Reader::may_state_a_fact`]);
/// `pronoun` tells whether it has a subject pronoun.
///
/// Each test only turns from no to yes with more cues in `t` (a cue seen, a later recipient's
/// preposition): a verdict on the triggers of the first tokens that reads the sentence, and
/// signs or cannot sign, is that of the whole sentence.
fn verdict(h: &Holds, signed: bool, t: &Triggers, pronoun: impl Fn() -> bool) -> Verdict {
    let arguments = h.entities + h.demonyms;
    let may_sign = h.amounts > 0 && h.entities > 0;
    let after =
        |first: Option<usize>| first.is_some_and(|f| h.last_argument.is_some_and(|l| l > f));
    // A recipient is introduced by `à`, `au`, `aux`, `en` or `pour` after the cue, but
    // for a subject that receives (`Y a reçu M de X`).
    let recipient = t.cues.any(Cues::RECEIVE)
        || t.first_giving
            .is_some_and(|f| t.last_to.is_some_and(|l| l > f));
    let signs = may_sign && t.cues.any(Cues::SIGN);
    let contribution = after(t.first_giving) && recipient && h.entities > 0 && arguments >= 2
        || signs
        || t.cues.any(Cues::AGREEMENT) && h.entities > 0 && signed;
    let membership = after(t.first_joining) && h.entities >= 2 && h.organizations > 0;
    let funding = t.cues.any(Cues::RAISE | Cues::APPEAL) && h.amounts > 0;
    // The role last: its pronoun is looked for only when nothing else is read.
    let role = || (h.roles > 0 || t.cues.any(Cues::PRESIDENCY)) && (h.persons > 0 || pronoun());
    Verdict {
        read: contribution || membership || funding || role(),
        signs,
    }
}

/// An item that covers more than one token, before it is built: its span and what it stands
/// for, borrowed from the analysis.
#[derive(Clone, Copy, Debug)]
struct Overlay<'s> {
    span: Span,
    source: Source<'s>,
}

#[derive(Clone, Copy, Debug)]
enum Source<'s> {
    /// A chosen mention: a name, or an amount or a date with its value.
    Mention(&'s Mention),
    /// An anaphor (`le Royaume`, `l'organisation`) standing for a mention.
    Anaphor(&'s Mention),
    /// A capitalized organisation or country noun after `du`/`au` (`du Fonds`) standing for a
    /// mention; written as is.
    Head(&'s Mention),
    Role(&'s crate::gazetteer::Role),
    Demonym(&'s crate::gazetteer::Entry),
}

impl<'s> Overlay<'s> {
    /// The item.
    fn item(&self, a: &'s Analysis) -> Item<'s> {
        let text = self.span.of(a.text);
        match self.source {
            Source::Mention(m) => {
                let kind = match (m.kind, &m.value) {
                    (EntityType::Money, Some(Value::Money(v))) => ItemKind::Money(v),
                    (EntityType::Date, Some(Value::Date(d))) => ItemKind::Date(*d),
                    (kind, _) => ItemKind::Entity {
                        kind,
                        name: group_parent(a, name(a.text, m)),
                        anaphor: false,
                    },
                };
                Item::new(kind, m.span)
            }
            Source::Anaphor(m) => anaphor_item(a, m, text, self.span),
            Source::Head(m) => anaphor_item(a, m, text, self.span),
            Source::Role(r) => {
                let kind = ItemKind::Role {
                    text,
                    kind: &r.kind,
                };
                Item::new(kind, self.span)
            }
            Source::Demonym(e) => {
                let kind = ItemKind::Demonym(Name {
                    text,
                    canonical: &e.canonical,
                    id: Some(&e.id),
                    unresolved: false,
                });
                Item::new(kind, self.span)
            }
        }
    }
}

/// Cue classes of the contribution rules that read their arguments after the cue.
const GIVING: Cues = Cues::GIVE.union(Cues::GIFT).union(Cues::RECEIVE);
/// Cue classes of the membership rules, which all read a name after the cue.
const JOINING: Cues = Cues::MEMBER
    .union(Cues::GATHERED)
    .union(Cues::JOIN_VERB)
    .union(Cues::JOIN_NOUN)
    .union(Cues::LIST_VERB);

/// The cue words a sentence may hold, from its tokens' folded forms: a superset of the
/// [`Cues`] of its word items (a token inside a name has none).
#[derive(Clone, Copy, Debug, Default)]
struct Triggers {
    cues: Cues,
    /// The first token that may be a cue of [`GIVING`], of [`JOINING`].
    first_giving: Option<usize>,
    first_joining: Option<usize>,
    /// The last token that may start a recipient (`à`, `au`, `aux`, `en`, `pour`).
    last_to: Option<usize>,
}

impl<'s> Reader<'s> {
    pub fn new(a: &'s Analysis<'s>) -> Reader<'s> {
        let overlays = overlays(a);
        let tokens = &a.tokens.tokens;
        let count = a.tokens.sentences.len();
        // Tokens come sentence after sentence: each sentence's first token is found from the
        // sentence before's, by a look at a few tokens per sentence, not at every token.
        let mut first = Vec::with_capacity(count + 1);
        let mut from = 0;
        for n in 0..=count {
            from = first_token_from(tokens, from, n);
            first.push(from);
        }
        let mut holds = vec![Holds::default(); count];
        // An overlay's item stands at the first token starting inside it (see `build`).
        let mut k = 0;
        for o in &overlays {
            while tokens.get(k).is_some_and(|t| t.span.start < o.span.start) {
                k += 1;
            }
            let Some(t) = tokens.get(k).filter(|t| t.span.start < o.span.end) else {
                continue;
            };
            let Some(h) = holds.get_mut(t.sentence as usize) else {
                continue;
            };
            let entity = match o.source {
                Source::Mention(m) => match (m.kind, &m.value) {
                    (EntityType::Money, _) => {
                        h.amounts += 1;
                        None
                    }
                    (EntityType::Date, _) => None,
                    (kind, _) => Some(kind),
                },
                Source::Anaphor(m) | Source::Head(m) => Some(m.kind),
                Source::Role(_) => {
                    h.roles += 1;
                    None
                }
                Source::Demonym(_) => {
                    h.demonyms += 1;
                    h.last_argument = Some(k);
                    None
                }
            };
            if let Some(kind) = entity {
                h.entities += 1;
                h.persons += u32::from(kind == EntityType::Person);
                h.organizations += u32::from(kind == EntityType::Organization);
                h.last_argument = Some(k);
            }
        }
        Reader {
            a,
            overlays,
            first,
            holds,
        }
    }

    /// How many sentences the document has (kept or not).
    pub fn len(&self) -> usize {
        self.holds.len()
    }

    pub fn is_empty(&self) -> bool {
        self.holds.is_empty()
    }

    /// Sentence `n` if facts are read from it: it has items and is not boilerplate.
    pub fn retained(&self, n: usize, scratch: &mut String) -> Option<Sentence<'s>> {
        let span = *self.a.tokens.sentences.get(n)?;
        if self.a.in_boilerplate(span) {
            return None;
        }
        let s = self.build(n, span, scratch);
        (!s.items.is_empty()).then_some(s)
    }

    /// Whether a fact rule can find anything in sentence `n`: a necessary condition of every
    /// rule, tested on what the sentence holds before any of its items is built.
    ///
    /// * ROLE: a title (or `présidence`) and a person, or a pronoun standing for one;
    /// * CONTRIBUTION: a cue of giving with a name (or a demonym) after it and two in all, and
    ///   a recipient's preposition after it or a verb of receiving; a signature with an amount
    ///   and a name; an agreement with a name once a signer may be known;
    /// * MEMBERSHIP: a cue with a name after it, two names, one an organisation;
    /// * FUNDING_TARGET: a cue and an amount (the seeker may be in the sentence before).
    ///
    /// `signed` tells whether a sentence before may have named a signer of agreements
    /// ([`Verdict::signs`]): only then does an agreement with one name state a fact.
    pub fn may_state_a_fact(&self, n: usize, signed: bool, scratch: &mut String) -> Verdict {
        let Some(h) = self.holds.get(n) else {
            return Verdict::default();
        };
        let arguments = h.entities + h.demonyms;
        let may_sign = h.amounts > 0 && h.entities > 0;
        if h.roles > 0 && h.persons > 0 && !may_sign {
            // A title and a person: worth reading whatever the words.
            return Verdict {
                read: true,
                signs: false,
            };
        }
        if h.roles == 0 && h.amounts == 0 && !(h.entities > 0 && (arguments >= 2 || signed)) {
            return Verdict::default(); // nothing for any rule: not worth reading the words
        }
        let boilerplate = self
            .a
            .tokens
            .sentences
            .get(n)
            .map(|&s| self.a.in_boilerplate(s));
        if boilerplate != Some(false) {
            return Verdict::default(); // never [`Reader::retained`]: not worth reading the words
        }
        // Looked at once, and only when a title may be given to no named person.
        let pronoun = OnceCell::new();
        let pronoun = || *pronoun.get_or_init(|| self.has_pronoun(n));
        // Each test of the verdict can only turn from no to yes as more cue words are seen:
        // the walk stops once the sentence is to be read and whether it signs is known.
        let t = self.triggers(n, scratch, |t| {
            let v = verdict(h, signed, t, pronoun);
            v.read && (v.signs || !may_sign)
        });
        verdict(h, signed, &t, pronoun)
    }

    /// The cue words sentence `n` may hold, looked up by the tokens' folded forms, up to the
    /// first token after which the triggers found are `enough`.
    fn triggers(
        &self,
        n: usize,
        scratch: &mut String,
        enough: impl Fn(&Triggers) -> bool,
    ) -> Triggers {
        let a = self.a;
        let table = &*TRIGGER_TABLE;
        let mut t = Triggers::default();
        let (Some(&from), Some(&to)) = (self.first.get(n), self.first.get(n + 1)) else {
            return t;
        };
        let tokens = a.tokens.tokens.get(from..to).unwrap_or(&[]);
        for (k, token) in (from..).zip(tokens) {
            if token.kind != TokenKind::Word {
                continue; // no cue word is a sign, a number or an elided article
            }
            let f = a.tokens.folded(k);
            let to = matches!(f, "a" | "au" | "aux" | "en" | "pour");
            if to {
                t.last_to = Some(k);
            }
            // A trigger word folds to ASCII; a token folding to something else gets its word's
            // exact cues (folding its lower-case form may differ from folding it).
            let c = if a.tokens.is_ascii(k) || f.is_ascii() {
                table.any_of(f)
            } else {
                word(a, &CUE_TABLE, k, token.span, scratch).cues
            };
            // Nothing new for the verdict: no cue, and no recipient's preposition after a
            // cue of giving.
            if c == Cues::NONE && !(to && t.first_giving.is_some()) {
                continue;
            }
            if c.any(GIVING) && t.first_giving.is_none() {
                t.first_giving = Some(k);
            }
            if c.any(JOINING) && t.first_joining.is_none() {
                t.first_joining = Some(k);
            }
            t.cues |= c;
            if enough(&t) {
                break;
            }
        }
        t
    }

    /// Whether sentence `n` has a subject pronoun `il`/`elle`, which a ROLE rule resolves
    /// from the sentence before.
    fn has_pronoun(&self, n: usize) -> bool {
        let (Some(&from), Some(&to)) = (self.first.get(n), self.first.get(n + 1)) else {
            return false;
        };
        (from..to).any(|k| matches!(self.a.tokens.lower(k), "il" | "elle"))
    }

    /// The items of sentence `n` (tokens `first[n]..first[n + 1]`).
    ///
    /// An overlay's item stands at the first token starting inside it, and hides every token
    /// starting inside it; any other token is an item of its own.
    fn build(&self, n: usize, span: Span, scratch: &mut String) -> Sentence<'s> {
        let a = self.a;
        let tokens = &a.tokens.tokens;
        let (Some(&from), Some(&to)) = (self.first.get(n), self.first.get(n + 1)) else {
            return Sentence {
                span,
                ..Sentence::default()
            };
        };
        let mut items = Vec::with_capacity(to - from);
        let mut cues = Cues::NONE;
        let table = &*CUE_TABLE;
        let overlays = &self.overlays;
        // The overlay holding or following the first token: overlays do not overlap, so only
        // the last one starting at or before it may hold it.
        let mut next = match tokens.get(from) {
            Some(t) => {
                let j = overlays.partition_point(|o| o.span.start <= t.span.start);
                if j > 0 && overlays[j - 1].span.end > t.span.start {
                    j - 1
                } else {
                    j
                }
            }
            None => overlays.len(),
        };
        // The bytes of overlay `next`, the first that does not end before the token: most
        // tokens start before it, which one comparison tells.
        let bounds = |o: Option<&Overlay>| {
            o.map_or((usize::MAX, usize::MAX), |o| (o.span.start, o.span.end))
        };
        let (mut o_start, mut o_end) = bounds(overlays.get(next));
        // The start of the token before (none before the document's first).
        let mut before = from
            .checked_sub(1)
            .and_then(|p| tokens.get(p))
            .map(|p| p.span.start);
        for (k, t) in (from..).zip(tokens.get(from..to).unwrap_or_default()) {
            let start = t.span.start;
            let prev = before.replace(start);
            if start >= o_start {
                while o_end <= start {
                    next += 1;
                    (o_start, o_end) = bounds(overlays.get(next));
                }
                if start >= o_start {
                    // The overlay's item stands at the first token starting inside it.
                    if prev.is_none_or(|p| p < o_start) {
                        if let Some(o) = overlays.get(next) {
                            items.push(o.item(a));
                        }
                    }
                    continue;
                }
            }
            let year = match t.kind {
                TokenKind::Number => bare_year(t.span.of(a.text)),
                _ => None,
            };
            // One call of [`word`], which is inlined: its common path stays in this loop.
            let item = match (t.kind, year) {
                (TokenKind::Punct, _) => Item {
                    kind: ItemKind::Punct(t.span.of(a.text)),
                    span: t.span,
                    cues: Cues::NONE,
                },
                (_, Some(y)) => Item {
                    kind: ItemKind::Date(DateValue::year(y)),
                    span: t.span,
                    cues: Cues::NONE,
                },
                _ => word(a, table, k, t.span, scratch),
            };
            cues |= item.cues;
            items.push(item);
        }
        // A title's item stands where [`Reader::new`] counted it.
        let titles = self.holds.get(n).is_some_and(|h| h.roles > 0);
        Sentence {
            span,
            items,
            cues,
            titles,
        }
    }
}

/// The word item of token `k` (at `span`) and its [`Cues`].
///
/// The word is [`lower`] of the token, borrowed from the document's lower-case forms when they
/// are the same: any token but those with a typographic apostrophe (`l’`) or a capital sigma
/// (which `str::to_lowercase` writes by its place in the word). Its cues are looked up by the
/// document's folded form of the token when that is the fold of the word: any token but those
/// with a backquote (an apostrophe to [`lower`], kept by folding) or a non-ASCII letter that is
/// not lower case.
#[inline(always)]
fn word<'s>(
    a: &'s Analysis,
    table: &CueTable,
    k: usize,
    span: Span,
    scratch: &mut String,
) -> Item<'s> {
    // Most words are ASCII, which the tokenizer knows: an ASCII token passes both tests of
    // [`wide_word`] but one with a backquote, which can only be the apostrophe ending an
    // elision written with one.
    if a.tokens.is_ascii(k) && a.text.as_bytes().get(span.end.wrapping_sub(1)) != Some(&b'`') {
        // An ASCII token's lower-case form is its folded form (the same bytes): one slice.
        let w = a.tokens.lower(k);
        return Item {
            kind: ItemKind::Word(Cow::Borrowed(w)),
            span,
            cues: table.get(w, w),
        };
    }
    wide_word(a, table, k, span, scratch)
}

/// [`word`] for a token that is not all ASCII (a few per cent of the words), kept out of line
/// so that the common path stays small enough to inline. Most pass [`plain_lower`], read on
/// their bytes without slicing the text at character boundaries.
#[inline(never)]
fn wide_word<'s>(
    a: &'s Analysis,
    table: &CueTable,
    k: usize,
    span: Span,
    scratch: &mut String,
) -> Item<'s> {
    let plain = a
        .text
        .as_bytes()
        .get(span.start..span.end)
        .is_some_and(plain_lower);
    let (same, plain) = if plain {
        (true, true)
    } else {
        span.of(a.text)
            .chars()
            .fold((true, true), |(same, plain), c| {
                let apostrophe = crate::tokenize::is_apostrophe(c);
                (
                    same && c != 'Σ' && (c == '\'' || !apostrophe),
                    plain && c != '`' && (c.is_ascii() || apostrophe || c.is_lowercase()),
                )
            })
    };
    let w = if same {
        Cow::Borrowed(a.tokens.lower(k))
    } else {
        let text = span.of(a.text);
        elided(text).map_or_else(|| Cow::Owned(lower(text)), Cow::Borrowed)
    };
    let cues = if plain {
        table.get(a.tokens.folded(k), &w)
    } else {
        Cues::of_in(&w, scratch)
    };
    Item {
        kind: ItemKind::Word(w),
        span,
        cues,
    }
}

/// Whether the word `b` is made only of ASCII characters other than the backquote and of
/// lower-case Latin-1 letters (`à` to `ÿ` but `÷`, two bytes `C3 A0..=BF`): no apostrophe but
/// `'`, no capital sigma, no letter that is not lower case. Then [`wide_word`]'s two tests
/// both pass, read byte by byte instead of decoding each character and looking its case up.
fn plain_lower(b: &[u8]) -> bool {
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        match x {
            b'`' => return false,
            0..=0x7F => i += 1,
            0xC3 if b.get(i + 1).is_some_and(|&y| y >= 0xA0 && y != 0xB7) => i += 2,
            _ => return false,
        }
    }
    true
}

/// The elided words as [`lower`] writes them, apostrophe `'`.
const ELIDED: &[&str] = &[
    "l'", "d'", "n'", "s'", "c'", "j'", "m'", "t'", "qu'", "jusqu'", "lorsqu'", "puisqu'",
];

/// [`lower`] of `text` if it is one of the [`ELIDED`] words with any apostrophe (`L’`, `d’`):
/// the word item borrows it instead of a copy, for the most frequent words that [`lower`]
/// changes (a typographic apostrophe is the usual one in French). The last character is
/// looked at first, then the stem before it is compared with each word's, by its length
/// before its bytes.
fn elided(text: &str) -> Option<&'static str> {
    let mut chars = text.chars();
    chars
        .next_back()
        .filter(|&c| crate::tokenize::is_apostrophe(c))?;
    let stem = chars.as_str();
    ELIDED.iter().copied().find(|e| {
        e.strip_suffix('\'')
            .is_some_and(|s| s.eq_ignore_ascii_case(stem))
    })
}

/// A year written alone (`1998`) that no DATE rule took: the facts need it for `since`.
fn bare_year(raw: &str) -> Option<i32> {
    if raw.len() != 4 || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    raw.parse().ok().filter(|y| (1900..=2100).contains(y))
}

/// Lower case with every apostrophe written `'`.
///
/// One pass that sizes the string once: ASCII characters, nearly all of a title, are lowered
/// on the spot, and only the others go through `char::to_lowercase`.
pub fn lower(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if crate::tokenize::is_apostrophe(c) {
            out.push('\'');
        } else if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// [`normalize_name`] of [`lower`] of `text` (a role title as written), with one copy of the
/// text: the lower-case string is kept as it is when its spaces are already single.
pub fn normalized_lower(text: &str) -> String {
    let l = lower(text);
    match normalized(&l) {
        Cow::Borrowed(_) => None,
        Cow::Owned(n) => Some(n),
    }
    .unwrap_or(l)
}

/// [`normalized_lower`] of `text`, borrowed when that is `text` itself: a title is most often
/// written in lower case with single spaces (`directrice générale`), and then needs no copy.
pub fn title_lower(text: &str) -> Cow<'_, str> {
    if !already_lower(text.as_bytes()) {
        return Cow::Owned(normalized_lower(text));
    }
    normalized(text)
}

/// Whether [`lower`] leaves the word `b` as it is, read on its bytes: ASCII characters other
/// than capitals and the backquote (an apostrophe to [`lower`]), and lower-case Latin-1 letters
/// (`à` to `ÿ` but `÷`, two bytes `C3 A0..=BF`). Any other character is left to [`lower`].
fn already_lower(b: &[u8]) -> bool {
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        match x {
            b'`' | b'A'..=b'Z' => return false,
            0..=0x7F => i += 1,
            0xC3 if b.get(i + 1).is_some_and(|&y| y >= 0xA0 && y != 0xB7) => i += 2,
            _ => return false,
        }
    }
    true
}

/// The bytes of a text already covered by an overlay, one bit each: every test stays linear
/// in the span's length, and a long document's flags take an eighth of a byte per byte of text
/// (one flag byte per byte of text was megabytes of fresh memory on a long document).
struct Covered {
    bits: Vec<u64>,
    /// How many bytes there are flags for.
    len: usize,
}

impl Covered {
    /// `len` bytes, none covered.
    fn new(len: usize) -> Covered {
        Covered {
            bits: vec![0; len.div_ceil(64)],
            len,
        }
    }

    /// Marks the bytes of `s` (those there are flags for) as covered.
    fn cover(&mut self, s: Span) {
        for (w, mask) in masks(s.start, s.end.min(self.len)) {
            if let Some(bits) = self.bits.get_mut(w) {
                *bits |= mask;
            }
        }
    }

    /// Whether no byte of `s` is covered; a span beyond the flags, or reversed, is not free.
    fn is_free(&self, s: Span) -> bool {
        if s.start > s.end || s.end > self.len {
            return false;
        }
        masks(s.start, s.end).all(|(w, mask)| self.bits.get(w).is_some_and(|b| b & mask == 0))
    }
}

/// The bits of bytes `start..end` word by word: each word's index and the mask of its bits in
/// the range (nothing for an empty range). A span is a word or two: a test or a mark is one
/// operation per word instead of one per byte.
fn masks(start: usize, end: usize) -> impl Iterator<Item = (usize, u64)> {
    let words = if start < end {
        start / 64..end.div_ceil(64)
    } else {
        0..0
    };
    words.map(move |w| {
        let lo = start.max(w * 64) - w * 64;
        let hi = end.min(w * 64 + 64) - w * 64;
        // `hi - lo` is 1 to 64 bits: the shift is 0 to 63.
        (w, (u64::MAX >> (64 - (hi - lo))) << lo)
    })
}

/// Items that cover more than one token, sorted by start and not overlapping: the chosen
/// mentions, then anaphors, role titles and demonyms where no mention is. Only their spans and
/// what they stand for: [`Overlay::item`] builds the item.
fn overlays<'s>(a: &'s Analysis) -> Vec<Overlay<'s>> {
    let mut items: Vec<Overlay> = Vec::with_capacity(a.mentions.len());
    for m in &a.mentions {
        match (m.kind, &m.value) {
            (EntityType::Money, Some(Value::Money(_)))
            | (EntityType::Date, Some(Value::Date(_))) => {}
            (EntityType::Money | EntityType::Date, _) => continue,
            _ => {}
        }
        items.push(Overlay {
            span: m.span,
            source: Source::Mention(m),
        });
    }
    let mut covered = Covered::new(a.text.len() + 1);
    for i in &items {
        covered.cover(i.span);
    }
    // Anaphors after an article (`le Royaume`, `l'organisation`) and capitalized organisation
    // or country nouns after `du`, `au` (`du Fonds`), in one walk over the tokens that looks
    // at one byte of most of them: an article starts with `l`, `du` and `au` with `d` or `a`.
    // Neither kind can cover a token where the other stands (an article's noun follows it, a
    // head follows its `du`), so finding both in one walk changes nothing.
    let tokens = &a.tokens.tokens;
    for (k, t) in tokens.iter().enumerate() {
        match a.text.as_bytes().get(t.span.start) {
            Some(b'l' | b'L') if is_article(a, k) => {
                if let Some((an, target)) = anaphor_after_article(a, k) {
                    if let Some(m) = a.mentions.get(target) {
                        if covered.is_free(an.span) {
                            covered.cover(an.span);
                            items.push(Overlay {
                                span: an.span,
                                source: Source::Anaphor(m),
                            });
                        }
                    }
                }
            }
            // `du`, `au` are two bytes whatever their case (no other letter lowers to `d`,
            // `u` or `a`).
            Some(b'd' | b'D' | b'a' | b'A') if t.span.end - t.span.start == 2 => {
                if let Some(o) = head_after(a, k, &covered) {
                    covered.cover(o.span);
                    items.push(o);
                }
            }
            _ => {}
        }
    }
    // Role titles and demonyms: hits come sorted by start, longest first, so the first free
    // hit at a position is the longest title that does not cut a mention.
    for h in &a.hits {
        for t in h.targets {
            // The first role or demonym target of the hit decides; it is taken only where the
            // hit is free.
            let source = match *t {
                Target::Role { role, .. } => {
                    let Some(r) = a.gazetteers.roles.get(role as usize) else {
                        continue;
                    };
                    if !covered.is_free(h.span) {
                        break;
                    }
                    Source::Role(r)
                }
                Target::Demonym { country } => {
                    let Some(e) = a.gazetteers.entries.get(country as usize) else {
                        continue;
                    };
                    if !covered.is_free(h.span) {
                        break;
                    }
                    Source::Demonym(e)
                }
                _ => continue,
            };
            covered.cover(h.span);
            items.push(Overlay {
                span: h.span,
                source,
            });
            break;
        }
    }
    items.sort_by_key(|i| (i.span.start, std::cmp::Reverse(i.span.end)));
    items
}

/// A capitalized organisation or country noun after `du`, `au` at token `k` (`le directeur
/// général du Fonds`), which the anaphor finder leaves to an article, standing for the
/// nearest compatible name; `None` where it is covered, is no such noun, or is a name.
fn head_after<'s>(a: &'s Analysis, k: usize, covered: &Covered) -> Option<Overlay<'s>> {
    // `du`, `au` have no apostrophe: their lower-case form is [`lower`]'s.
    if !matches!(a.tokens.lower(k), "du" | "au") {
        return None;
    }
    let t = a.tokens.tokens.get(k + 1)?;
    if !t.capitalized || t.all_caps || !covered.is_free(t.span) {
        return None;
    }
    let head = a.tokens.folded(k + 1);
    let kind = if ORG_HEADS.contains(&head) {
        AnaphorKind::Organization {
            head: Some(head.to_string()),
            un: false,
        }
    } else if COUNTRY_HEADS.contains(&head) {
        AnaphorKind::Country {
            head: Some(head.to_string()),
        }
    } else {
        return None;
    };
    // Followed by its own complement, it is a name (`du Fonds monétaire`), not an anaphor.
    if a.tokens.tokens.get(k + 2).is_some_and(|n| {
        n.span.start == t.span.end + 1
            && (n.capitalized || crate::rules::caps::is_adjective(n.span.of(a.text)))
    }) {
        return None;
    }
    let m = antecedent(a, t.span.start, &kind).and_then(|i| a.mentions.get(i))?;
    Some(Overlay {
        span: t.span,
        source: Source::Head(m),
    })
}

/// Organisation nouns that stand for a named organisation when written alone with a capital
/// (`du Fonds`, `au Programme`), folded.
const ORG_HEADS: &[&str] = &[
    "fonds",
    "banque",
    "programme",
    "agence",
    "organisation",
    "union",
    "commission",
    "centre",
];

/// Country nouns that stand for a named country when written alone with a capital (`du
/// Royaume`), folded.
const COUNTRY_HEADS: &[&str] = &["royaume", "republique", "emirat", "sultanat", "principaute"];

/// Prepositions `de` with their article: `de la`, `de l'`, `du`, `des`, `d'`, `de`.
pub const OF: &[&[&str]] = &[
    &["de", "la"],
    &["de", "l'"],
    &["du"],
    &["des"],
    &["d'"],
    &["de"],
];
/// Prepositions `à` with their article: `à la`, `à l'`, `au`, `aux`, `à`, and `en faveur de`,
/// `au profit de`, `au bénéfice de`, `destiné à`.
pub const TO: &[&[&str]] = &[
    &["en", "faveur", "de", "la"],
    &["en", "faveur", "de", "l'"],
    &["en", "faveur", "du"],
    &["en", "faveur", "des"],
    &["en", "faveur", "de"],
    &["au", "profit", "de", "la"],
    &["au", "profit", "de", "l'"],
    &["au", "profit", "du"],
    &["au", "profit", "des"],
    &["au", "profit", "de"],
    &["au", "bénéfice", "de", "la"],
    &["au", "bénéfice", "de", "l'"],
    &["au", "bénéfice", "du"],
    &["à", "la"],
    &["à", "l'"],
    &["au"],
    &["aux"],
    &["à"],
];
/// Prepositions of place: `au`, `aux`, `en`, `à`, `auprès de`, `dans`.
pub const IN: &[&[&str]] = &[
    &["auprès", "de", "la"],
    &["auprès", "de", "l'"],
    &["auprès", "du"],
    &["auprès", "des"],
    &["auprès", "de"],
    &["au"],
    &["aux"],
    &["en"],
    &["à"],
    &["dans"],
];
/// Articles that may stand before a name.
pub const ARTICLES: &[&str] = &["le", "la", "l'", "les"];

/// If the items at `i` are one of the word sequences, the index after it (longest first: the
/// tables list longer sequences first).
///
/// The words at `i` and after it are read once and compared with each sequence's first and
/// second words: most sequences stop there, without a look at the items after them. Where
/// there is no word at `i`, only an empty sequence matches.
pub fn prep(items: &[Item], i: usize, table: &[&[&str]]) -> Option<usize> {
    let Some(first) = items.get(i).and_then(Item::word) else {
        return table.iter().any(|seq| seq.is_empty()).then_some(i);
    };
    let second = items.get(i + 1).and_then(Item::word);
    table.iter().find_map(|seq| {
        let ok = match seq {
            [] => true,
            [head] => same_word(first, head),
            [head, next, rest @ ..] => {
                same_word(first, head)
                    && second.is_some_and(|w| same_word(w, next))
                    && rest.iter().enumerate().all(|(k, w)| {
                        items
                            .get(i + 2 + k)
                            .and_then(Item::word)
                            .is_some_and(|x| same_word(x, w))
                    })
            }
        };
        ok.then_some(i + seq.len())
    })
}

/// Whether two words are the same: `==`, with the first bytes compared before the call that
/// compares the bytes. The rules compare each item's word with lists of short words, many of
/// one length (`à`, `au`, `en`, `de`, `la`): most pairs differ in their first byte.
#[inline]
fn same_word(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.as_bytes().first() == b.as_bytes().first() && a == b
}

/// Index after any articles at `i`.
pub fn skip_articles(items: &[Item], mut i: usize) -> usize {
    while items.get(i).is_some_and(|it| it.is(ARTICLES)) {
        i += 1;
    }
    i
}

/// An entity of one of `kinds` at `i` (after an optional article).
pub fn entity_at<'a>(
    items: &[Item<'a>],
    i: usize,
    kinds: &[EntityType],
) -> Option<(Arg<'a>, usize)> {
    let j = skip_articles(items, i);
    items
        .get(j)
        .and_then(|it| it.entity(kinds))
        .map(|arg| (arg, j))
}

/// An entity after a preposition of `table` at `i`: the argument and the entity's index.
pub fn entity_after<'a>(
    items: &[Item<'a>],
    i: usize,
    table: &[&[&str]],
    kinds: &[EntityType],
) -> Option<(Arg<'a>, usize)> {
    let j = prep(items, i, table)?;
    entity_at(items, j, kinds)
}

/// A coordinated list of entities starting at `i`: `le Bénin, le Ghana et la Guinée`, with
/// `de`/`du`/`des` before each (`du Mali et du Niger`), places in parentheses
/// (`la Guinée (Conakry)`) skipped, and a year in parentheses after a group (`l'Irlande
/// (1973)`) given to the members since the previous year. Returns the members with their
/// year and the index after the list.
pub fn entity_list<'a>(
    items: &[Item<'a>],
    mut i: usize,
    kinds: &[EntityType],
) -> (Vec<(Arg<'a>, Option<DateValue>)>, usize) {
    let mut out: Vec<(Arg<'a>, Option<DateValue>)> = Vec::new();
    let mut dated = 0; // members before this index already have their year
    loop {
        let start = i;
        let j = prep(items, i, OF).unwrap_or(i);
        let j = skip_articles(items, j);
        let Some(arg) = items.get(j).and_then(|it| it.entity(kinds)) else {
            i = start;
            break;
        };
        out.push((arg, None));
        i = j + 1;
        // `(Conakry)`, `(1973)`
        if items.get(i).is_some_and(|it| it.is_punct("(")) {
            let inner = items.get(i + 1);
            let close = items.get(i + 2).is_some_and(|it| it.is_punct(")"));
            if close {
                if let Some(d) = inner.and_then(Item::date) {
                    for m in &mut out[dated..] {
                        m.1 = Some(d);
                    }
                    dated = out.len();
                    i += 3;
                } else if inner.is_some_and(|it| {
                    it.entity(&[EntityType::Location, EntityType::Country])
                        .is_some()
                }) {
                    i += 3;
                }
            }
        }
        // A place name glued to a country is one name (`Guinée Bissau` read as Guinée +
        // Bissau): the member is the whole.
        if let Some(place) = items
            .get(i)
            .filter(|it| it.span.start == items[j].span.end + 1)
        {
            if let Some(p) = place.entity(&[EntityType::Location]) {
                if let Some(last) = out.last_mut() {
                    let whole = format!("{} {}", normalized(&last.0.text), normalized(&p.text));
                    last.0 = Arg {
                        text: Cow::Owned(whole.clone()),
                        canonical: Cow::Owned(whole),
                        id: None,
                    };
                }
                i += 1;
            }
        }
        match items.get(i) {
            Some(it) if it.is_punct(",") || it.is_punct(";") => i += 1,
            Some(it) if it.is(&["et", "ainsi", "puis"]) => {
                i += 1;
                if items.get(i).is_some_and(|it| it.is(&["que"])) {
                    i += 1;
                }
            }
            _ => break,
        }
        // `et` after a comma (`, et le Togo`), `puis`
        if items.get(i).is_some_and(|it| it.is(&["et", "puis"])) {
            i += 1;
        }
    }
    (out, i)
}

/// The coordinated list of entities that ends right before index `end` (`Le Gabon et le Togo
/// ont rejoint`): the members and the index of the first one.
pub fn entity_list_before<'a>(
    items: &[Item<'a>],
    end: usize,
    kinds: &[EntityType],
) -> (Vec<Arg<'a>>, usize) {
    let mut out = Vec::new();
    let mut i = end;
    let mut first = end;
    loop {
        if i == 0 {
            break;
        }
        let Some(arg) = items.get(i - 1).and_then(|it| it.entity(kinds)) else {
            break;
        };
        out.push(arg);
        first = i - 1;
        i -= 1;
        while i > 0 && items[i - 1].is(ARTICLES) {
            i -= 1;
        }
        if i > 0 && (items[i - 1].is(&["et"]) || items[i - 1].is_punct(",")) {
            i -= 1;
            if i > 0 && items[i - 1].is_punct(",") {
                i -= 1;
            }
            continue;
        }
        break;
    }
    out.reverse();
    (out, first)
}

/// How far (in items) a rule looks around its cue: keeps every rule linear in the length of
/// the text even for a text with no sentence ends.
pub const WINDOW: usize = 60;

/// Words after which a name is a complement, not a subject (`de`, `au`, `pour`…).
const NOT_SUBJECT_BEFORE: &[&str] = &[
    "de", "du", "des", "d'", "à", "au", "aux", "pour", "en", "dans", "avec", "sur", "chez", "vers",
    "entre", "par", "contre", "selon", "sans", "sous",
];

/// The nearest entity of `kinds` before index `end` that stands as a subject (not after a
/// preposition), with its index.
///
/// * An acronym in parentheses after a name (`le Fonds africain de développement (FAD)`) is
///   that name: the name's position decides.
/// * A relative `qui` takes the name right before it (`l'AFD, qui a accordé`), whatever
///   precedes the name.
pub fn subject_before<'a>(
    items: &[Item<'a>],
    end: usize,
    kinds: &[EntityType],
) -> Option<(Arg<'a>, usize)> {
    let end = end.min(items.len());
    // `X, qui a versé`: the antecedent of the nearest `qui` with no name in between.
    if let Some(q) = (end.saturating_sub(WINDOW)..end)
        .rev()
        .find(|&k| items[k].is(&["qui"]) || items[k].entity(kinds).is_some())
    {
        if items[q].is(&["qui"]) {
            let mut k = q;
            if k > 0 && items[k - 1].is_punct(",") {
                k -= 1;
            }
            if k > 0 && items[k - 1].is_punct(")") && k >= 3 && items[k - 3].is_punct("(") {
                k -= 3;
            }
            return (k > 0)
                .then(|| items[k - 1].entity(kinds).map(|a| (a, k - 1)))
                .flatten();
        }
    }
    (end.saturating_sub(WINDOW)..end).rev().find_map(|i| {
        let arg = items[i].entity(kinds)?;
        let mut b = i;
        if b > 0 && items[b - 1].is_punct("(") {
            return None; // an alias of the name before it
        }
        // Articles, titles and demonyms before a name (`avec le Premier ministre X`).
        while b > 0
            && (items[b - 1].is(ARTICLES)
                || matches!(
                    items[b - 1].kind,
                    ItemKind::Role { .. } | ItemKind::Demonym(_)
                ))
        {
            b -= 1;
        }
        let complement = b > 0 && items[b - 1].is(NOT_SUBJECT_BEFORE);
        (!complement).then_some((arg, i))
    })
}

/// Words that make a clause negative when `ne`/`n'` is there too.
const NEGATORS: &[&str] = &[
    "pas", "jamais", "plus", "aucun", "aucune", "guère", "rien", "point",
];
/// Words that make a statement conditional or only intended.
const CONDITIONALS: &[&str] = &[
    "pourrait",
    "pourraient",
    "pourra",
    "pourront",
    "devrait",
    "devraient",
    "aurait",
    "auraient",
    "envisage",
    "envisagent",
    "envisagerait",
    "si",
    "projette",
    "projettent",
    "serait",
    "seraient",
    "potentiel",
    "potentielle",
    "éventuel",
    "éventuelle",
    "éventuellement",
];
/// Words that deny the statement.
const DENIALS: &[&str] = &[
    "démenti",
    "dément",
    "démentent",
    "démentir",
    "nie",
    "nient",
    "nié",
    "conteste",
    "contesté",
    "refuse",
    "refusé",
    "refusent",
    "rejette",
    "rejeté",
    "faux",
];

/// Whether the items `from..to` state the opposite or only a possibility: a negation (`n'a
/// pas`, `ne … jamais`), a conditional (`pourrait`, `devrait`, `si`) or a denial (`a démenti`).
pub fn hedged(items: &[Item], from: usize, to: usize) -> bool {
    let slice = items.get(from..to.min(items.len())).unwrap_or(&[]);
    let mut cues = Cues::NONE;
    for it in slice {
        cues |= it.cues;
    }
    cues.any(Cues::NE) && cues.any(Cues::NEGATOR) || cues.any(Cues::HEDGE)
}

/// A date of the clause around `from..to`: a DATE item inside, or right after `to` (before a
/// punctuation other than a comma), not introduced by `depuis` (a start, not the event's day).
pub fn clause_date(items: &[Item], from: usize, to: usize) -> Option<DateValue> {
    let not_start =
        |i: usize| !(i > 0 && items[i - 1].is(&["depuis", "dès", "jusqu'", "jusqu'en", "avant"]));
    let mut i = from;
    while i < items.len() {
        if i >= to && items[i].is_punct(".") {
            break;
        }
        if i >= to + 4 {
            break;
        }
        if let Some(d) = items[i].date() {
            if not_start(i) {
                return Some(d);
            }
        }
        i += 1;
    }
    // A date opening the sentence (`En août 2022, X a accordé …`), up to a `;`.
    (from.min(items.len()).saturating_sub(WINDOW)..from.min(items.len()))
        .rev()
        .take_while(|&k| !items[k].is_punct(";"))
        .find_map(|k| {
            items[k]
                .date()
                .filter(|_| not_start(k) && k > 0 && items[k - 1].is(&["en", "le", "du"]))
        })
}

/// Index of the end of the clause starting at `i`: the next `.`, `;`, `:` or the end.
pub fn clause_end(items: &[Item], i: usize) -> usize {
    (i..items.len().min(i + WINDOW))
        .find(|&k| {
            items[k].is_punct(".")
                || items[k].is_punct(";")
                || items[k].is_punct("?")
                || items[k].is_punct("!")
        })
        .unwrap_or(items.len())
}

/// Verb forms of a regular `-er` verb from its stem: `vers` → `verse`, `versent`, `versé`,
/// `versée`, `versés`, `versées`, `verser`, `versera`, `verseront`, `versait`.
pub fn er_forms(stem: &str) -> Vec<String> {
    [
        "e", "es", "ent", "é", "ée", "és", "ées", "er", "era", "eront", "ait", "aient", "ant",
    ]
    .iter()
    .map(|s| format!("{stem}{s}"))
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn covered_bytes_are_flagged_as_one_flag_per_byte_would_be() {
        let len = 200;
        let mut bits = Covered::new(len);
        let mut flags = vec![false; len];
        let spans = [
            (3, 9),
            (60, 70),
            (64, 64),
            (120, 250),
            (190, 201),
            (130, 128),
        ];
        for (start, end) in spans {
            let s = Span::new(start, end);
            let free = !flags.get(start..end).unwrap_or(&[true]).iter().any(|&c| c);
            assert_eq!(bits.is_free(s), free, "{start}..{end}");
            bits.cover(s);
            for c in flags.iter_mut().take(end).skip(start) {
                *c = true;
            }
            for a in 0..=len + 1 {
                for b in [a, a + 1, a + 5, a + 64, a + 70] {
                    let s = Span::new(a, b);
                    let free = !flags.get(a..b).unwrap_or(&[true]).iter().any(|&c| c);
                    assert_eq!(bits.is_free(s), free, "{a}..{b} after {start}..{end}");
                }
            }
        }
    }

    fn w(s: &str) -> Item<'_> {
        let kind = if s.chars().all(|c| c.is_alphabetic() || c == '\'') {
            ItemKind::Word(s.into())
        } else {
            ItemKind::Punct(s)
        };
        Item::new(kind, Span::default())
    }

    fn country(name: &str) -> Item<'_> {
        let name = Name {
            text: name,
            canonical: name,
            id: None,
            unresolved: false,
        };
        let kind = ItemKind::Entity {
            kind: EntityType::Country,
            name,
            anaphor: false,
        };
        Item::new(kind, Span::default())
    }

    #[test]
    fn prepositions_longest_first() {
        let items = [w("de"), w("la"), country("France")];
        assert_eq!(prep(&items, 0, OF), Some(2));
        assert_eq!(
            entity_after(&items, 0, OF, COUNTRIES).map(|(a, _)| a.canonical.into_owned()),
            Some("France".to_string())
        );
    }

    #[test]
    fn lists_with_years_in_parentheses() {
        let items = [
            w("le"),
            country("Danemark"),
            w(","),
            w("l'"),
            country("Irlande"),
            w("("),
            Item::new(ItemKind::Date(DateValue::year(1973)), Span::default()),
            w(")"),
            w(","),
            w("la"),
            country("Grèce"),
            w("."),
        ];
        let (list, end) = entity_list(&items, 0, COUNTRIES);
        let names: Vec<_> = list
            .iter()
            .map(|(a, d)| (&*a.canonical, d.map(|d| d.to_string())))
            .collect();
        assert_eq!(
            names,
            [
                ("Danemark", Some("1973".into())),
                ("Irlande", Some("1973".into())),
                ("Grèce", None)
            ]
        );
        assert_eq!(end, 11);
    }

    #[test]
    fn list_before_a_verb() {
        let items = [
            w("le"),
            country("Gabon"),
            w("et"),
            w("le"),
            country("Togo"),
            w("ont"),
        ];
        let (list, first) = entity_list_before(&items, 5, COUNTRIES);
        assert_eq!(list.len(), 2);
        assert_eq!(first, 1);
    }

    #[test]
    fn negation_needs_both_parts() {
        let items = [w("n'"), w("a"), w("pas"), w("versé")];
        assert!(hedged(&items, 0, 4));
        let items = [w("a"), w("versé"), w("plus"), w("de")];
        assert!(!hedged(&items, 0, 4));
        let items = [w("pourrait"), w("rejoindre")];
        assert!(hedged(&items, 0, 2));
    }

    /// The galloping search finds what a walk over the tokens finds, with empty sentences
    /// (no token) and sentences past the last token.
    #[test]
    fn first_tokens_of_sentences_are_those_a_walk_finds() {
        let sentences = [0u32, 0, 0, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 7, 8, 8];
        let tokens: Vec<Token> = sentences
            .iter()
            .map(|&sentence| Token {
                kind: TokenKind::Word,
                span: Span::new(0, 1),
                capitalized: false,
                all_caps: false,
                sentence,
                plain: true,
            })
            .collect();
        let mut from = 0;
        for n in 0..=10 {
            let walk = (from..tokens.len())
                .find(|&k| tokens[k].sentence as usize >= n)
                .unwrap_or(tokens.len());
            from = first_token_from(&tokens, from, n);
            assert_eq!(from, walk, "sentence {n}");
        }
        assert_eq!(first_token_from(&[], 0, 0), 0);
    }

    #[test]
    fn elided_words_are_borrowed_as_lower_writes_them() {
        for text in [
            "l’",
            "L’",
            "d'",
            "QU’",
            "jusqu’",
            "Lorsqu`",
            "puisqu\u{2018}",
        ] {
            assert_eq!(elided(text), Some(lower(text).as_str()), "{text}");
        }
        for text in ["l", "l’’", "la’", "’", "", "lé’", "quoiqu’"] {
            assert_eq!(elided(text), None, "{text}");
        }
    }

    #[test]
    fn er_verb_forms() {
        assert!(er_forms("vers").contains(&"versées".to_string()));
    }
}
