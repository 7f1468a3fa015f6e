//! Places that no gazetteer lists: datelines and capitalized words after words that announce a
//! place.
//!
//! | rule | example (span in brackets) |
//! |---|---|
//! | `location.dateline` | `[YOKOHAMA] –`, `[GENÈVE] (AFP) –`, `[RIYAD]:` at the start of a line |
//! | `location.context` | `la région de [Kolda]`, `la ville de [Bakel]`, `né à [Kébémer]` |
//! | `location.lexicon` | `à [Wilmington]`, `près de [Pruszków]` (a GeoNames town after a preposition of place) |
//! | `location.saint` | `[Saint-Nizier]`, `[Port-Arthur]`, `[Notre-Dame-des-Landes]` (a guess) |
//! | `location.list` | `Thiès, [Bakel], [Kidira] et Dakar` (unknown names listed with known places) |
//! | `location.region` | `la [Transylvanie]`, `le [Rajasthan]` (a region of the dictionary's list) |
//! | `location.feature` | `le [golfe de Gascogne]`, `le [mont Ventoux]`, `la [basilique Saint-Denis]` |
//!
//! A natural feature or a building keeps its head noun in the span (`golfe de Gascogne`: the
//! gulf is not Gascony), while an administrative noun does not (`la région de [Kolda]`: the
//! region is Kolda), as in the news gold files.
//!
//! Known places and countries come from the gazetteers ([`super::known`]); a dateline word the
//! place gazetteer knows is already a candidate there (it matches folded, so `GENÈVE` finds
//! `Genève`), and the guess here only adds the unknown ones.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use crate::analysis::Analysis;
use crate::document::{EntityType, Mention, Span};
use crate::rules::caps::{self, KnownIndex, Start, Starts, TokenClass};
use crate::rules::priority;
use crate::tokenize::{Token, TokenKind};
use crate::words::WordSet;

/// Punctuation that ends a dateline's place.
const DATELINE_MARKS: &[&str] = &["–", "—", "-", ":", "(", ","];

/// Nouns after which `de X` names a place (`la région de Kolda`).
static PLACE_NOUNS: WordSet = WordSet::new(&[
    "région",
    "régions",
    "ville",
    "villes",
    "province",
    "provinces",
    "commune",
    "communes",
    "département",
    "départements",
    "village",
    "villages",
    "localité",
    "localités",
    "préfecture",
    "sous-préfecture",
    "district",
    "quartier",
    "arrondissement",
    "canton",
    "cercle",
    "wilaya",
    "gouvernorat",
    "état",
    "comté",
    "capitale",
    "port",
    "île",
    "îles",
    "camp",
    "site",
    "cité",
    "vallée",
    "lac",
    "fleuve",
    "rivière",
    "massif",
    "désert",
    "golfe",
    "baie",
    "côte",
    "plaine",
    "plateau",
    "oasis",
    "zone",
    "périphérie",
    "banlieue",
]);

/// Words before `à X` / `en X` that announce a place (`né à`, `installé à`, `basé à`).
static PLACE_VERBS: WordSet = WordSet::new(&[
    "né",
    "née",
    "nés",
    "nées",
    "installé",
    "installée",
    "basé",
    "basée",
    "situé",
    "située",
    "réunis",
    "réunies",
    "tenu",
    "tenue",
    "tenus",
    "organisé",
    "organisée",
    "arrivé",
    "arrivée",
    "rendu",
    "rendue",
    "domicilié",
    "domiciliée",
    "décédé",
    "décédée",
    "mort",
    "morte",
    "vit",
    "habite",
    "réside",
    "siège",
    "siégeant",
    "établi",
    "établie",
    "implanté",
    "implantée",
    "inhumé",
    "inhumée",
    "rentré",
    "rentrée",
    "retourné",
    "retournée",
    "réfugié",
    "réfugiés",
]);

/// Adds location candidates.
pub fn find(a: &mut Analysis, k: &KnownIndex) {
    let known = Known { index: k };
    let starts = k.place_starts();
    let mut out = Vec::new();
    dateline(a, &known, starts, &mut out);
    context(a, &known, starts, &mut out);
    lexicon(a, &known, starts, &mut out);
    list(a, &known, starts, &mut out);
    saints(a, &known, starts, &mut out);
    features(a, &known, starts, &mut out);
    regions(a, &known, starts, &mut out);
    a.candidates.extend(out);
}

/// The flags of [`Starts`]: which rules may start at a token.
mod start {
    /// A capitalized word: a region, a `Saint-` name.
    pub const CAPITAL: u8 = 1;
    /// A word in capitals: a dateline's first word.
    pub const UPPER: u8 = 2;
    /// A name word not in capitals: the place after `région de`, `né à`, `à`.
    pub const NAME: u8 = 4;
    /// A known name starts here ([`super::KnownIndex::name_at`]).
    pub const KNOWN: u8 = 8;
    /// Where an enumeration item may start ([`super::list_item`]): a known name, or a name
    /// word not in capitals. A feature's name starts at one too.
    pub const ITEM: u8 = KNOWN | NAME;
}

/// The [`start`] flags of a token of class `class`, one of [`KnownIndex::marked`]: every flag
/// is a bit of the class ([`KnownIndex::place_starts`] lists the tokens with some).
#[inline]
pub(crate) fn start_flags(class: TokenClass) -> u8 {
    let mut flags = if class.starts_known_name() {
        start::KNOWN
    } else {
        0
    };
    // Capitalized, in capitals and name words are words; most words are none of them.
    if class.is_capitalized() {
        flags |= start::CAPITAL;
    }
    if class.is_all_caps() {
        flags |= start::UPPER;
    } else if class.is_name_word() {
        flags |= start::NAME;
    }
    flags
}

/// The gazetteer names and name words, asked by token index.
struct Known<'k> {
    index: &'k KnownIndex,
}

impl Known<'_> {
    /// The longest known name starting at token `i` ([`KnownIndex::name_at`], which answers
    /// "none" from a bit per offset for most tokens).
    fn name_at(&self, a: &Analysis, i: usize) -> Option<caps::Known> {
        self.index.name_at(a.tokens.tokens.get(i)?.span.start)
    }

    /// Whether token `i` is a name word ([`caps::is_name_word`], computed once per document by
    /// the index); `false` past the end.
    fn name_word(&self, i: usize) -> bool {
        self.index.is_name_word_at(i)
    }

    /// The end (exclusive token index) of an unknown name starting with the name word `s`: up
    /// to three adjacent name words, stopping where a known name starts.
    fn unknown_name_end(&self, a: &Analysis, s: usize) -> usize {
        let toks = &a.tokens.tokens;
        let mut e = s + 1;
        while e < toks.len()
            && e < s + 3
            && self.name_word(e)
            && caps::adjacent(a.text, &toks[e - 1], &toks[e])
            && self.name_at(a, e).is_none()
        {
            e += 1;
        }
        e
    }
}

/// The lower-case form of token `i` if it has at most four bytes, else `""`: every preposition
/// and article the enumeration rule tests (`de`, `d’`, `au`, `les`…) is that short, and the
/// length test spares most tokens the lookup of their form.
fn short_lower<'t>(a: &'t Analysis, i: usize) -> &'t str {
    match a.tokens.tokens.get(i) {
        Some(t) if t.span.len() <= 4 => a.tokens.lower(i),
        _ => "",
    }
}

/// Whether token `i` is a known first name ([`crate::gazetteer::Gazetteers::is_first_name`]),
/// with the token's folded form at hand.
fn is_first_name(a: &Analysis, i: usize) -> bool {
    a.gazetteers
        .first_names
        .get_folded(a.tokens.folded(i))
        .is_some()
}

/// Rule `location.dateline`: all-caps words opening a line, before a dash, colon, comma or
/// parenthesis (`DAKAR (APS) –`, `RIYAD:`).
#[inline(never)]
fn dateline(a: &Analysis, k: &Known, starts: &Starts, out: &mut Vec<Mention>) {
    let toks = &a.tokens.tokens;
    for i in starts.with(start::UPPER) {
        let t = &toks[i];
        let line_start = i == 0
            || a.text
                .get(toks[i - 1].span.end..t.span.start)
                .is_some_and(|g| g.contains('\n'));
        if !line_start || t.span.of(a.text).chars().count() < 3 {
            continue;
        }
        let mut j = i + 1;
        while j < toks.len()
            && j < i + 4
            && toks[j].kind == TokenKind::Word
            && toks[j].all_caps
            && caps::adjacent(a.text, &toks[j - 1], &toks[j])
        {
            j += 1;
        }
        let Some(next) = toks.get(j) else { continue };
        if !DATELINE_MARKS.contains(&next.span.of(a.text)) {
            continue;
        }
        let span = Span::new(t.span.start, toks[j - 1].span.end);
        // A known organisation (`AFP –`) is no place; known places are candidates already.
        if k.name_at(a, i).is_some_and(|kn| kn.span.end >= span.end) {
            continue;
        }
        out.push(
            Mention::new(EntityType::Location, span, "location.dateline")
                .with_priority(priority::PATTERN),
        );
    }
}

/// Rule `location.context`: a capitalized name after `région de`, `ville de`, `né à`…
#[inline(never)]
fn context(a: &Analysis, k: &Known, starts: &Starts, out: &mut Vec<Mention>) {
    let toks = &a.tokens.tokens;
    for i in starts.with(start::NAME) {
        let t = &toks[i];
        // The announcing word is a word (many names follow punctuation).
        if i == 0 || !matches!(toks[i - 1].kind, TokenKind::Word | TokenKind::Elision) {
            continue;
        }
        let prev = a.tokens.lower(i - 1);
        let before = || if i >= 2 { a.tokens.lower(i - 2) } else { "" };
        let announced = match prev {
            "de" | "d'" | "d’" | "du" | "des" => PLACE_NOUNS.contains(before()),
            "à" => {
                let before = before();
                PLACE_VERBS.contains(before) || PLACE_NOUNS.contains(before)
            }
            // The article first: most words before a name have none before them, and its
            // test is a byte before any hashing of `prev`.
            _ => i >= 2 && caps::is_article_lower(before()) && PLACE_NOUNS.contains(prev),
        };
        if !announced || k.name_at(a, i).is_some() {
            continue;
        }
        // The place: capitalized words, with `-` joined already by the tokenizer.
        let mut j = i + 1;
        while j < toks.len()
            && j < i + 4
            && k.name_word(j)
            && caps::adjacent(a.text, &toks[j - 1], &toks[j])
        {
            j += 1;
        }
        let span = Span::new(t.span.start, toks[j - 1].span.end);
        out.push(
            Mention::new(EntityType::Location, span, "location.context")
                .with_priority(priority::GUESS),
        );
        // `les régions du Poro, du Gbêkê et de l'Indénié-Djuablin`: the noun governs a list.
        let mut e = j;
        while matches!(caps::word(a, e), "," | "et") {
            let mut s = e + 1;
            if matches!(a.tokens.lower(s), "de" | "du" | "des" | "d'" | "d’") {
                s += 1;
            }
            if caps::is_article_lower(a.tokens.lower(s)) {
                s += 1;
            }
            let Some(x) = toks.get(s) else { break };
            let other = k
                .name_at(a, s)
                .is_some_and(|kn| kn.kind != EntityType::Location);
            if !k.name_word(s) || x.all_caps || other {
                break;
            }
            let mut f = s + 1;
            while f < toks.len()
                && f < s + 3
                && k.name_word(f)
                && caps::adjacent(a.text, &toks[f - 1], &toks[f])
            {
                f += 1;
            }
            if k.name_at(a, s).is_none() {
                let span = Span::new(x.span.start, toks[f - 1].span.end);
                out.push(
                    Mention::new(EntityType::Location, span, "location.context")
                        .with_priority(priority::GUESS),
                );
            }
            e = f;
        }
    }
}

/// One item of an enumeration: its token range and what the gazetteers know of it.
struct Item {
    from: usize,
    to: usize,
    known: Option<EntityType>,
    /// Known only from the GeoNames lexicon: still to be emitted.
    lexicon: bool,
}

/// Rule `location.list`: in an enumeration (`Thiès, Bakel, Kidira et Louga`) whose known
/// items are all places or countries, the unknown capitalized items are places too. Needs two
/// known places and at least as many known items as unknown ones.
#[inline(never)]
fn list(a: &Analysis, k: &Known, starts: &Starts, out: &mut Vec<Mention>) {
    let toks = &a.tokens.tokens;
    let mut i = 0;
    let mut items: Vec<Item> = Vec::new();
    let mut item_starts = starts.with(start::ITEM).peekable();
    while i < toks.len() {
        // An enumeration tried at `i` finds its first item at most four tokens on (after a
        // preposition and an article, each maybe split from its apostrophe), at an item start;
        // without one there it finds nothing and the next try is at `i + 1`. So go straight
        // to the first token that may find one, and stop after the last.
        while item_starts.next_if(|&p| p < i).is_some() {}
        let Some(&p) = item_starts.peek() else { break };
        i = i.max(p.saturating_sub(4));
        // A try before `p` reaches it only over words that [`item_start`] skips, every token
        // from the try's on: straight to the first of the run of such tokens that ends right
        // before `p` (most often none, and the try is at `p`). A try before that run stops
        // short of `p` and finds nothing.
        i = skipped_run_start(a, i, p);
        // Before `p`, only a token that may lead to an item can.
        while i < p && !may_lead_item(a, i) {
            i += 1;
        }
        items.clear();
        let mut j = i;
        loop {
            let s = item_start(a, j);
            // Before `p` no item starts.
            if s < p {
                break;
            }
            let Some(item) = list_item(a, k, s) else {
                break;
            };
            j = item.to;
            items.push(item);
            if is_separator(a, j) {
                j += 1;
                continue;
            }
            break;
        }
        if items.len() >= 3 {
            // Only an enumeration looks its unknown names up in the GeoNames lexicon.
            for it in items.iter_mut().filter(|it| it.known.is_none()) {
                it.lexicon = in_lexicon(a, it.from, it.to);
                if it.lexicon {
                    it.known = Some(EntityType::Location);
                }
            }
            let places = items
                .iter()
                .filter(|it| matches!(it.known, Some(EntityType::Location | EntityType::Country)))
                .count();
            let others = items
                .iter()
                .filter(|it| {
                    matches!(
                        it.known,
                        Some(EntityType::Person | EntityType::Organization)
                    )
                })
                .count();
            let unknown = items.len() - places - others;
            if places >= 2 && others == 0 && unknown <= places {
                for it in items.iter().filter(|it| it.known.is_none() || it.lexicon) {
                    let span = Span::new(toks[it.from].span.start, toks[it.to - 1].span.end);
                    out.push(
                        Mention::new(EntityType::Location, span, "location.list")
                            .with_priority(priority::GUESS),
                    );
                }
            }
        }
        i = if items.is_empty() {
            i + 1
        } else {
            j.max(i + 1)
        };
    }
}

/// Prepositions that may come before an enumeration item (`de Bolívar, d'Antioquia`), lower
/// case ([`is_item_preposition`]); [`item_start`] also takes `d` and `'` written apart.
#[cfg(test)]
const ITEM_PREPOSITIONS: &[&str] = &["de", "d'", "d’", "du", "à", "au", "en"];

/// Where the item after token `j` starts: after an optional preposition and article (`la
/// Syrie, l'Irak`, `de Bolívar, d'Antioquia`).
fn item_start(a: &Analysis, j: usize) -> usize {
    // Most tokens are neither: spare them their lower-case form.
    if !may_lead_item(a, j) {
        return j;
    }
    let toks = &a.tokens.tokens;
    let mut s = j;
    let mut lw = short_lower(a, s);
    if s < toks.len() && (is_item_preposition(lw) || lw == "d" && caps::word_is(a, s + 1, "'")) {
        s += if lw == "d" { 2 } else { 1 };
        lw = short_lower(a, s);
    }
    if s < toks.len() && (caps::is_article_lower(lw) || lw == "l" && caps::word_is(a, s + 1, "'")) {
        s += if lw == "l" { 2 } else { 1 };
    }
    s
}

/// Whether a lower-case word is one of [`ITEM_PREPOSITIONS`].
fn is_item_preposition(lw: &str) -> bool {
    matches!(lw, "de" | "d'" | "d’" | "du" | "à" | "au" | "en")
}

/// Whether token `i` may be one of the words [`item_start`] skips: every preposition of
/// [`ITEM_PREPOSITIONS`] and every article is at most four bytes long and starts with `a`,
/// `à`, `d`, `e` or `l` in either case (`à` and `À` start with the byte `0xC3`), a test on the
/// token's bytes alone.
fn may_lead_item(a: &Analysis, i: usize) -> bool {
    a.tokens.tokens.get(i).is_some_and(|t| may_lead(a.text, t))
}

/// The first token of the run of tokens that [`may_be_skipped`] ending right before token
/// `p`, looked for back to token `from` (`p` if token `p - 1` is none, or `from` is `p`).
fn skipped_run_start(a: &Analysis, from: usize, p: usize) -> usize {
    let mut s = p;
    while s > from && may_be_skipped(a, s - 1) {
        s -= 1;
    }
    s
}

/// Whether token `i` may be one of the words [`item_start`] skips: one that
/// [`may_lead_item`], or the apostrophe written apart after `d` or `l`.
fn may_be_skipped(a: &Analysis, i: usize) -> bool {
    may_lead_item(a, i) || caps::word_is(a, i, "'")
}

/// [`may_lead_item`] of a token.
fn may_lead(text: &str, t: &Token) -> bool {
    t.span.len() <= 4
        && matches!(
            text.as_bytes().get(t.span.start),
            Some(b'a' | b'A' | b'd' | b'D' | b'e' | b'E' | b'l' | b'L' | 0xC3)
        )
}

/// Whether token `j` separates two enumeration items: `,` or `et`.
fn is_separator(a: &Analysis, j: usize) -> bool {
    a.tokens.tokens.get(j).is_some_and(|t| {
        matches!(
            a.text.as_bytes().get(t.span.start..t.span.end),
            Some(b"," | b"et")
        )
    })
}

/// The enumeration item starting at token `s`: a known name, or one to three capitalized words.
fn list_item(a: &Analysis, k: &Known, s: usize) -> Option<Item> {
    let toks = &a.tokens.tokens;
    let t = toks.get(s)?;
    if let Some(kn) = k.name_at(a, s) {
        return Some(Item {
            from: s,
            to: caps::index_from(a, s, kn.span.end),
            known: Some(kn.kind),
            lexicon: false,
        });
    }
    if !k.name_word(s) || t.all_caps {
        return None;
    }
    let e = k.unknown_name_end(a, s);
    // A town of the GeoNames lexicon counts as a known place in a list: looked up by `list`
    // once it has an enumeration.
    Some(Item {
        from: s,
        to: e,
        known: None,
        lexicon: false,
    })
}

/// Whether the words of tokens `from..to` name a town of the GeoNames lexicon.
fn in_lexicon(a: &Analysis, from: usize, to: usize) -> bool {
    let toks = &a.tokens.tokens;
    let lex = &a.gazetteers.place_lexicon;
    if to == from + 1 {
        return lex.get_folded(a.tokens.folded(from)).is_some();
    }
    let text = a
        .text
        .get(toks[from].span.start..toks[to - 1].span.end)
        .unwrap_or("");
    lex.contains(text)
}

/// First parts of hyphenated place names (`Saint-Nizier`, `Port-Arthur`).
const PLACE_PREFIXES: &[&str] = &[
    "Saint-",
    "Sainte-",
    "Notre-Dame-",
    "Port-",
    "Fort-",
    "Mont-",
    "Pont-",
    "Bourg-",
    "Villeneuve-",
    "Neuf-",
    "Grand-",
];

/// The shortest of [`PLACE_PREFIXES`], in bytes (a test checks it).
const PLACE_PREFIX_MIN_LEN: usize = 5;

/// The first bytes of [`PLACE_PREFIXES`]: a word starting otherwise is compared to none of them.
static PLACE_PREFIX_FIRST_BYTES: [bool; 256] = first_bytes(PLACE_PREFIXES);

/// A table of the first bytes of some words.
const fn first_bytes(words: &[&str]) -> [bool; 256] {
    let mut table = [false; 256];
    let mut i = 0;
    while i < words.len() {
        if let Some(&b) = words[i].as_bytes().first() {
            table[b as usize] = true;
        }
        i += 1;
    }
    table
}

/// Rule `location.saint`: an unknown hyphenated name starting like a place name. A guess:
/// a person (`Antoine de Saint-Exupéry`) or an organisation found by another rule wins.
#[inline(never)]
fn saints(a: &Analysis, k: &Known, starts: &Starts, out: &mut Vec<Mention>) {
    for i in starts.with(start::CAPITAL) {
        let t = &a.tokens.tokens[i];
        // The word goes on after its prefix, which starts with one of a few capitals and
        // ends with a hyphen: a plain word (letters and digits only, a flag of the token) has
        // none, and is compared to no prefix.
        if t.plain
            || t.span.len() <= PLACE_PREFIX_MIN_LEN
            || !a
                .text
                .as_bytes()
                .get(t.span.start)
                .is_some_and(|&b| PLACE_PREFIX_FIRST_BYTES[usize::from(b)])
        {
            continue;
        }
        let w = t.span.of(a.text);
        let Some(p) = PLACE_PREFIXES.iter().find(|p| w.starts_with(*p)) else {
            continue;
        };
        if k.name_at(a, i).is_some() {
            continue;
        }
        if !w[p.len()..].chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        out.push(
            Mention::new(EntityType::Location, t.span, "location.saint")
                .with_priority(priority::GUESS),
        );
    }
}

/// Whether a lower-case word is a preposition after which a capitalized name of the GeoNames
/// lexicon is taken as a place (a `match` on a dozen short words: cheaper than hashing them).
fn is_place_preposition(lw: &str) -> bool {
    matches!(
        lw,
        "à" | "a"
            | "de"
            | "d'"
            | "d’"
            | "vers"
            | "depuis"
            | "jusqu'à"
            | "via"
            | "près"
            | "en"
            | "sur"
    )
}

/// Rule `location.lexicon`: one to three capitalized words that the GeoNames town lexicon
/// ([`crate::gazetteer::Gazetteers::place_lexicon`]) lists, after a preposition of place
/// (`à`, `de`, `vers`, `près de`). The lexicon is not matched everywhere: many towns share a
/// name with a word or a person, so the context decides.
#[inline(never)]
fn lexicon(a: &Analysis, k: &Known, starts: &Starts, out: &mut Vec<Mention>) {
    let lex = &a.gazetteers.place_lexicon;
    if lex.is_empty() {
        return;
    }
    let toks = &a.tokens.tokens;
    // The folded run of words looked up (folding is per character, so the folded words joined
    // by a space are the folded run).
    let mut name = String::new();
    for i in starts.with(start::NAME) {
        let t = &toks[i];
        // The preposition is a word (many names follow punctuation).
        if i == 0 || !matches!(toks[i - 1].kind, TokenKind::Word | TokenKind::Elision) {
            continue;
        }
        let prev = a.tokens.lower(i - 1);
        if !is_place_preposition(prev) && toks[i - 1].kind != TokenKind::Elision {
            continue;
        }
        if toks[i - 1].kind == TokenKind::Elision && !prev.starts_with('d') {
            continue;
        }
        if k.name_at(a, i).is_some() {
            continue;
        }
        // The longest run of up to three capitalized words that the lexicon knows.
        let mut best = None;
        let mut j = i;
        name.clear();
        while j < toks.len()
            && j < i + 3
            && k.name_word(j)
            && (j == i || caps::adjacent(a.text, &toks[j - 1], &toks[j]))
        {
            if j > i {
                name.push(' ');
            }
            name.push_str(a.tokens.folded(j));
            j += 1;
            if lex.get_folded(&name).is_some() {
                best = Some(j);
            }
        }
        let Some(end) = best else { continue };
        // `de Gaulle` after a first name is a person's particle, not a place.
        if prev == "de"
            && i >= 2
            && toks[i - 2].capitalized
            && caps::adjacent(a.text, &toks[i - 2], &toks[i - 1])
        {
            continue;
        }
        let span = Span::new(t.span.start, toks[end - 1].span.end);
        out.push(
            Mention::new(EntityType::Location, span, "location.lexicon")
                .with_priority(priority::GUESS + 10),
        );
    }
}

/// Nouns of natural features and buildings whose name keeps the noun (`golfe de Gascogne`,
/// `mont Ventoux`, `îles Kerkennah`, `cathédrale Notre-Dame`), folded-free lower case.
static FEATURE_HEADS: WordSet = WordSet::new(&[
    "golfe",
    "mont",
    "monts",
    "montagne",
    "île",
    "îles",
    "archipel",
    "lac",
    "lacs",
    "mer",
    "océan",
    "désert",
    "massif",
    "vallée",
    "plateau",
    "bassin",
    "détroit",
    "cap",
    "baie",
    "fosse",
    "canal",
    "réservoir",
    "ruisseau",
    "col",
    "pic",
    "volcan",
    "glacier",
    "forêt",
    "péninsule",
    "presqu'île",
    "presqu’île",
    "delta",
    "estuaire",
    "gorges",
    "palais",
    "château",
    "basilique",
    "cathédrale",
    "abbaye",
    "cimetière",
    "chapelle",
    "monastère",
    "mosquée",
    "rue",
    "avenue",
    "boulevard",
    "place",
    "pont",
    "gare",
    "jardin",
    "jardins",
    "quai",
]);

/// No word of [`FEATURE_HEADS`] is shorter, in bytes (a test checks it).
const FEATURE_HEAD_MIN_LEN: usize = 3;

/// Rule `location.feature`: a feature or building noun, an optional `de`/`du`/`des`/`d'`
/// with its article, then a known place or one to three capitalized words: `le golfe de
/// Gascogne`, `le mont Ventoux`, `la rue de Lausanne`. The whole phrase is the place.
#[inline(never)]
fn features(a: &Analysis, k: &Known, starts: &Starts, out: &mut Vec<Mention>) {
    // The name after the noun starts at an item start ([`start::ITEM`]), right after the
    // noun or after `de`, `du`, `des`, `d'` and maybe `la` or `l'`, words that pass
    // [`may_lead_item`]: only the tokens before each item start back to such a noun are tried,
    // in order.
    let mut next = 0;
    for p in starts.with(start::ITEM) {
        let mut from = p.saturating_sub(1);
        if from > 0 && may_lead_item(a, from) {
            from -= 1;
            if from > 0 && may_lead_item(a, from) {
                from -= 1;
            }
        }
        for i in from.max(next)..p {
            feature(a, k, i, out);
        }
        next = next.max(p);
    }
}

/// [`features`] at token `i`.
fn feature(a: &Analysis, k: &Known, i: usize, out: &mut Vec<Mention>) {
    let toks = &a.tokens.tokens;
    let t = &toks[i];
    // A capitalized head is a name of its own more often (`Delta Force`, `Baie Ciba`). Every
    // head has three bytes or more, which the articles and prepositions before a name do not.
    if t.kind != TokenKind::Word || t.capitalized || t.span.len() < FEATURE_HEAD_MIN_LEN {
        return;
    }
    let head = t.span.of(a.text);
    if !FEATURE_HEADS.contains(head) {
        return;
    }
    let mut n = i + 1;
    let of = a.tokens.lower(n);
    let mut article = false;
    if matches!(of, "de" | "du" | "des" | "d'" | "d’") {
        n += 1;
        let art = a.tokens.lower(n);
        if of == "de" && matches!(art, "la" | "l'" | "l’") {
            n += 1;
            article = true;
        }
    }
    // `à la place de Dupont` means instead of him; `la place de la Concorde` is a square.
    if head == "place" && matches!(of, "de" | "d'" | "d’") && !article {
        return;
    }
    let Some(x) = toks.get(n) else { return };
    // `le désert de Jean Dupont`: a person's name after the noun is no place.
    if n > i + 1 && is_first_name(a, n) {
        return;
    }
    // The name: a known place (not a person or an organisation) or capitalized words.
    let end = match k.name_at(a, n) {
        Some(kn) if matches!(kn.kind, EntityType::Location | EntityType::Country) => kn.span.end,
        Some(_) => return,
        None => {
            if !k.name_word(n) || x.all_caps {
                return;
            }
            toks[k.unknown_name_end(a, n) - 1].span.end
        }
    };
    let span = Span::new(t.span.start, end);
    out.push(
        Mention::new(EntityType::Location, span, "location.feature")
            .with_priority(priority::PATTERN),
    );
}

/// Regions, provinces, rivers and historical lands (`Transylvanie`, `Rajasthan`, `Dniepr`):
/// the capitalized nouns of the French Dicollecte dictionary (MPL-2.0), see the header of
/// `regions.txt`.
static REGIONS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    include_str!("regions.txt")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// Whether a word is in the region list (`REGIONS`).
pub fn is_region(w: &str) -> bool {
    REGIONS.contains(w)
}

/// Whether a word, in any case, is a feature noun (`Cap`, `Mont`, `lac`).
pub fn is_feature_head(w: &str) -> bool {
    is_feature_head_lower(&w.to_lowercase())
}

/// [`is_feature_head`] of a word given in lower case (a token's [`crate::tokenize::Tokens::lower`]
/// form, at hand): no new string.
pub(crate) fn is_feature_head_lower(lower: &str) -> bool {
    FEATURE_HEADS.contains(lower)
}

/// Former sovereign states of the region list, typed as countries.
const FORMER_STATES: &[&str] = &[
    "Yougoslavie",
    "Tchécoslovaquie",
    "Rhodésie",
    "Zaïre",
    "Dahomey",
    "Siam",
    "Birmanie",
    "Swaziland",
    "Transjordanie",
    "Abyssinie",
];

/// Rule `location.region`: a capitalized word of the region list ([`REGIONS`]) standing
/// alone: not inside a longer capitalized name (`Bretagne Télécom`), not a first name, not a
/// name the gazetteers know (they come first). A guess: any other rule wins.
#[inline(never)]
fn regions(a: &Analysis, k: &Known, starts: &Starts, out: &mut Vec<Mention>) {
    let toks = &a.tokens.tokens;
    for Start { at: i, flags } in starts.with_flags(start::CAPITAL) {
        let t = &toks[i];
        // No function word is a region (a test checks it): `Le`, `Selon` need no lookup.
        if t.all_caps || flags & start::KNOWN != 0 || k.index.class(i).is_function_word() {
            continue;
        }
        // Standing alone, tested before the word is looked up in the list: most capitalized
        // words are part of a longer name.
        let joined = |x: &Token, y: &Token| caps::adjacent(a.text, x, y);
        let before = i > 0 && k.name_word(i - 1) && joined(&toks[i - 1], t);
        let after = toks
            .get(i + 1)
            .is_some_and(|n| k.name_word(i + 1) && joined(t, n));
        let w = t.span.of(a.text);
        if before || after || !REGIONS.contains(w) {
            continue;
        }
        // `le département Moyen-Orient`: the name of an organisation's unit.
        let unit =
            i > 0 && crate::rules::organization::trigger_folded(a.tokens.folded(i - 1)).is_some();
        if unit || is_first_name(a, i) {
            continue;
        }
        // Former sovereign states are countries (`Yougoslavie`), the rest places.
        let kind = if FORMER_STATES.contains(&w) {
            EntityType::Country
        } else {
            EntityType::Location
        };
        out.push(Mention::new(kind, t.span, "location.region").with_priority(priority::GUESS + 5));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_leads_pass_the_byte_test() {
        let articles = ["le", "la", "les", "l'", "l’", "l", "d"];
        for w in ITEM_PREPOSITIONS.iter().chain(&articles) {
            assert!(is_item_preposition(w) || caps::is_article(w) || w.len() == 1);
            let mut cap = w.to_uppercase();
            cap.truncate(cap.chars().next().map_or(0, char::len_utf8));
            cap.push_str(&w[w.chars().next().map_or(0, char::len_utf8)..]);
            for form in [w.to_string(), cap] {
                let text = format!("{form} X");
                let tokens = crate::tokenize::tokenize(&text);
                assert!(may_lead(&text, &tokens.tokens[0]), "{form}");
            }
        }
    }

    #[test]
    fn no_function_word_is_a_region() {
        for w in caps::FUNCTION_WORDS {
            assert!(!is_region(w), "{w}");
        }
    }

    #[test]
    fn length_bounds() {
        assert!(FEATURE_HEADS
            .words()
            .iter()
            .all(|w| w.len() >= FEATURE_HEAD_MIN_LEN));
        assert!(PLACE_PREFIXES
            .iter()
            .all(|p| p.len() >= PLACE_PREFIX_MIN_LEN));
    }
}
