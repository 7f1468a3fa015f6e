//! MONEY: amounts with their currency, normalized to `{"amount": units, "currency": ISO}`.
//!
//! The rules, each recorded as `Provenance.rule` on what it finds:
//!
//! | rule | example |
//! |---|---|
//! | `money.digits_scale_currency` | `100 millions de dollars américains`, `1,5 Md$`, `300 000 dirhams` |
//! | `money.words` | `cent millions d'euros`, `dix millions de dollars` |
//! | `money.symbol_first` | `$5 million`, `USD 20 millions`, `€ 50` |
//! | `money.abbreviated` | `712 MDH` (millions de dirhams), `20 MMDH` |
//! | `money.carried_currency` | `dont 157 millions pour l'OMS` after `687 millions de dollars` |
//!
//! Currencies come from the gazetteer (`Target::Currency` hits: words folded, symbols exact).
//! `FCFA` and `francs CFA` are the West African franc (XOF) unless the document is about
//! Central Africa (CEMAC countries or the BEAC named more than UEMOA ones), then XAF. A bare
//! name shared by several currencies (`dinars`, `francs`, `$`) is the one of the country the
//! document names most (`dinars` in a Tunisian story are TND, `1,5 Md$` in a Canadian one CAD;
//! `dollars` stay USD unless that country is the most named of all). A currency replaced since
//! (`ouguiya` MRO → MRU in 2018) takes the code in force at the publication date.
//!
//! Amounts without a currency are not MONEY (`2,2 millions de personnes`, `15 %`, phone
//! numbers, years), except a bare `N millions`/`N milliards` shortly after an amount whose
//! currency it takes.

use std::cell::{OnceCell, RefCell};

use rustc_hash::FxHashMap;

use crate::analysis::Analysis;
use crate::document::{EntityType, Mention, Money, Span, Value};
use crate::gazetteer::Target;
use crate::rules::caps::KnownIndex;
use crate::rules::number::{
    inside_known_name, is_number_word, may_start_number_word, parse_digits, parse_words, scale,
    Decimal, Scale, ValueStarts,
};
use crate::rules::priority;
use crate::tokenize::{Token, TokenKind};

/// Scale and currency written as one abbreviation (Moroccan and Tunisian press).
const COMBINED: &[(&str, u128, &str)] = &[
    ("MDH", 1_000_000, "MAD"),
    ("MDHS", 1_000_000, "MAD"),
    ("MMDH", 1_000_000_000, "MAD"),
    ("MMDHS", 1_000_000_000, "MAD"),
    ("MDT", 1_000_000, "TND"),
    ("MD", 1_000_000, "TND"),
];

/// Countries of the Central African CFA franc (CEMAC) and of the West African one (UEMOA).
const CEMAC: &[&str] = &["CM", "GA", "TD", "CG", "CF", "GQ"];
const UEMOA: &[&str] = &["BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG"];

/// The most number words read as one amount (`quatre-vingt-dix-neuf mille cinq cent …`).
const MAX_NUMBER_WORDS: usize = 8;

/// How many tokens after the start of an amount its currency can start: the number words, a
/// scale, `et demi`, then `de`/`d'`.
const CURRENCY_REACH: usize = MAX_NUMBER_WORDS + 3 + 1;

/// How far back (bytes, sentences) an amount can borrow the currency of an earlier one.
const CARRY_BYTES: usize = 400;
const CARRY_SENTENCES: usize = 2;

/// A number with its optional scale, found at a token.
#[derive(Clone, Copy, Debug)]
struct Amount {
    /// Token index after the amount.
    next: usize,
    span: Span,
    number: Decimal,
    scale: Option<Scale>,
    words: bool,
}

impl Amount {
    /// The amount in units. `billion` is 10¹² in French, but 10⁹ in the English order
    /// (`$5 billion`), hence `english_billion`.
    fn value(&self, english_billion: bool) -> Option<Decimal> {
        match self.scale {
            None => Some(self.number),
            Some(s) if english_billion && s.factor == 1_000_000_000_000 => {
                self.number.times(1_000_000_000)
            }
            Some(s) => self.number.times(s.factor),
        }
    }
}

/// A currency found in the text: its span and ISO code.
#[derive(Clone, Copy, Debug)]
struct Currency<'g> {
    span: Span,
    code: &'g str,
}

/// The document's view needed by the rules: currency hits by start byte, how often each
/// country is named, and the CFA zone.
struct Context<'g> {
    currencies: CurrencyHits<'g>,
    /// Indices of the tokens where a currency starts (a hit, a bare `francs`, `MDH`), in order.
    currency_tokens: Vec<usize>,
    countries: CountryCounts<'g>,
    /// The capitalized words and others of [`KnownIndex::marked`], where [`cfa_zone`] looks
    /// for the acronyms of the zones.
    marked: &'g [u32],
    /// The CFA franc of the document's zone ([`cfa_zone`]), computed on first use: few
    /// documents need it.
    cfa: OnceCell<&'static str>,
    /// The ISO codes given so far, by currency as written and code of its row
    /// ([`Context::iso_code`]): a document writes its few currencies again and again.
    iso_codes: RefCell<Vec<(&'g str, &'g str, &'g str)>>,
}

impl<'g> Context<'g> {
    /// The context of a document, or `None` when it names no currency at all (most documents):
    /// every rule needs one, so there is nothing to find.
    fn new(a: &Analysis<'g>, values: &ValueStarts, k: &'g KnownIndex) -> Option<Context<'g>> {
        let currencies = currency_hits(a);
        let currency_tokens = currency_tokens(a, &currencies, values);
        if currency_tokens.is_empty() {
            return None;
        }
        let countries = country_counts(a);
        Some(Context {
            currencies,
            currency_tokens,
            countries,
            marked: k.marked(),
            cfa: OnceCell::new(),
            iso_codes: RefCell::new(Vec::new()),
        })
    }

    fn cfa(&self, a: &Analysis) -> &'static str {
        self.cfa
            .get_or_init(|| cfa_zone(a, self.marked, &self.countries))
    }

    /// [`iso_code`] of a currency mention, computed once per currency as written.
    fn iso_code(&self, a: &Analysis<'g>, c: Currency<'g>) -> String {
        let written = c.span.of(a.text);
        let known = self
            .iso_codes
            .borrow()
            .iter()
            .find(|&&(w, code, _)| w == written && code == c.code)
            .map(|&(_, _, iso)| iso);
        let iso = known.unwrap_or_else(|| {
            let iso = iso_code(a, self, c);
            self.iso_codes.borrow_mut().push((written, c.code, iso));
            iso
        });
        iso.to_string()
    }

    fn count(&self, iso2: &str) -> usize {
        self.countries.get(iso2)
    }
}

/// Adds money candidates.
pub fn find(a: &mut Analysis) {
    let values = ValueStarts::new(a);
    let k = KnownIndex::new(a);
    find_in(a, &values, &k);
}

/// [`find`] with the document's [`ValueStarts`] at hand (the numbers, number words and
/// unlisted currencies found in one pass over the tokens) and its [`KnownIndex`].
pub fn find_in(a: &mut Analysis, values: &ValueStarts, k: &KnownIndex) {
    let Some(ctx) = Context::new(a, values, k) else {
        return;
    };
    let mut found: Vec<Mention> = Vec::new();
    let tokens = &a.tokens.tokens;
    let mut currencies = ctx.currency_tokens.iter().copied().peekable();
    let mut amounts = values
        .with(ValueStarts::NUMBER | ValueStarts::AMOUNT_WORD)
        .peekable();
    let mut i = 0;
    while i < tokens.len() {
        // Every rule needs a currency at `i` or a little after: skip to the next one in reach.
        while currencies.next_if(|&k| k < i).is_some() {}
        let Some(&k) = currencies.peek() else { break };
        if k > i + CURRENCY_REACH {
            i = k - CURRENCY_REACH;
            continue;
        }
        // Before the currency, only a number or a number word can start an amount: skip to
        // the next one, or to the currency itself (for a symbol first).
        while amounts.next_if(|&s| s < i).is_some() {}
        i = amounts.peek().map_or(k, |&s| s.min(k));
        // A symbol or code first (`$5`) needs a currency at `i` itself: the hash look-up is for
        // the currency tokens only.
        let symbol = if k == i {
            symbol_first(a, &ctx, i)
        } else {
            None
        };
        let m = symbol.or_else(|| amount_then_currency(a, &ctx, i));
        match m {
            // Boilerplate lines (`Lire aussi : …`) are kept: an amount there is still one.
            Some((m, next)) => {
                found.push(m);
                i = next;
            }
            _ => i += 1,
        }
    }
    carried_currency(a, values, &mut found);
    found.retain(|m| !inside_known_name(a, m.span));
    a.candidates.extend(found);
}

/// The indices of the tokens where a currency starts, in order: the tokens a currency hit
/// starts at, and the currencies no gazetteer row lists ([`is_unlisted_currency`], found by
/// [`ValueStarts`]).
fn currency_tokens(a: &Analysis, currencies: &CurrencyHits, values: &ValueStarts) -> Vec<usize> {
    let tokens = &a.tokens.tokens;
    let mut out: Vec<usize> = currencies
        .starts()
        .filter_map(|start| {
            let i = a.tokens.index_at(start);
            tokens
                .get(i)
                .is_some_and(|t| t.span.start == start)
                .then_some(i)
        })
        .collect();
    out.extend(values.with(ValueStarts::CURRENCY_WORD));
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether token `i` names a currency that no gazetteer row lists: a bare `francs`
/// ([`bare_franc`]) or a scale-and-currency abbreviation ([`COMBINED`]). All start with `M`
/// (`MDH`, see the test) or `f` (`francs`): [`ValueStarts`] asks only those.
pub(crate) fn is_unlisted_currency(a: &Analysis, i: usize) -> bool {
    let Some(t) = a.tokens.tokens.get(i) else {
        return false;
    };
    let written = t.span.of(a.text);
    match written.as_bytes().first() {
        Some(b'M') => COMBINED.iter().any(|(w, _, _)| *w == written),
        Some(b'f' | b'F') => bare_franc_at(a, i),
        _ => false,
    }
}

/// Currency hits by start byte, the longest at each start, in order of start: looked up by a
/// binary search (a document has a few dozen), built without hashing.
struct CurrencyHits<'g>(Vec<(usize, Currency<'g>)>);

impl<'g> CurrencyHits<'g> {
    /// The currency starting at byte `start`.
    fn get(&self, start: &usize) -> Option<&Currency<'g>> {
        let at = self.0.binary_search_by_key(start, |&(s, _)| s).ok()?;
        self.0.get(at).map(|(_, c)| c)
    }

    /// The start bytes, in order.
    fn starts(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().map(|&(s, _)| s)
    }
}

/// The currency hits of a document, the longest at each start. The hits are sorted by start,
/// then longest first: the first currency hit at a start is the one to keep.
fn currency_hits<'g>(a: &Analysis<'g>) -> CurrencyHits<'g> {
    let mut out: Vec<(usize, Currency<'g>)> = Vec::new();
    for hit in &a.hits {
        let Some(c) = hit.targets.iter().find_map(|t| match *t {
            Target::Currency { currency } => a.gazetteers.currencies.get(currency as usize),
            _ => None,
        }) else {
            continue;
        };
        match out.last_mut() {
            Some((start, old)) if *start == hit.span.start => {
                if old.span.end < hit.span.end {
                    old.span = hit.span;
                    old.code = c.code.as_str();
                }
            }
            _ => out.push((
                hit.span.start,
                Currency {
                    span: hit.span,
                    code: c.code.as_str(),
                },
            )),
        }
    }
    CurrencyHits(out)
}

/// How many times each country (ISO alpha-2 code) is named in a document.
///
/// A document names a country at almost every other hit: the codes of two bytes (all of the
/// gazetteers' codes) are counted by the number their bytes make, which hashes and compares
/// for a few instructions where a string takes a loop; any other code by its text.
struct CountryCounts<'g> {
    by_pair: FxHashMap<u16, usize>,
    others: FxHashMap<&'g str, usize>,
    /// The largest count.
    max: usize,
}

impl<'g> CountryCounts<'g> {
    fn new() -> CountryCounts<'g> {
        CountryCounts {
            by_pair: FxHashMap::default(),
            others: FxHashMap::default(),
            max: 0,
        }
    }

    /// A code of two bytes as a number.
    fn pair(code: &str) -> Option<u16> {
        match *code.as_bytes() {
            [x, y] => Some(u16::from_le_bytes([x, y])),
            _ => None,
        }
    }

    /// Counts one more mention of `code`.
    fn add(&mut self, code: &'g str) {
        let n = match Self::pair(code) {
            Some(p) => self.by_pair.entry(p).or_default(),
            None => self.others.entry(code).or_default(),
        };
        *n += 1;
        self.max = self.max.max(*n);
    }

    /// How many times `code` is named.
    fn get(&self, code: &str) -> usize {
        let n = match Self::pair(code) {
            Some(p) => self.by_pair.get(&p),
            None => self.others.get(code),
        };
        n.copied().unwrap_or(0)
    }

    /// Whether no country is named.
    fn is_empty(&self) -> bool {
        self.max == 0
    }

    /// Whether some country is named more than `n` times.
    fn any_above(&self, n: usize) -> bool {
        self.max > n
    }
}

/// How many times each country (ISO alpha-2) is named in the document: by its name, a
/// demonym, or a place or national body of the country (`Yaoundé`, `Ottawa`).
fn country_counts<'g>(a: &Analysis<'g>) -> CountryCounts<'g> {
    let mut counts = CountryCounts::new();
    let mut covered = 0;
    for hit in &a.hits {
        if hit.span.end <= covered {
            continue; // inside a longer name (`Congo` in `République démocratique du Congo`)
        }
        let country = hit.targets.iter().find_map(|t| match *t {
            Target::Entity { entry, .. } | Target::Demonym { country: entry } => a
                .gazetteers
                .entries
                .get(entry as usize)
                .and_then(|e| e.country.as_deref()),
            _ => None,
        });
        if let Some(country) = country {
            covered = hit.span.end;
            counts.add(country);
        }
    }
    counts
}

/// `XAF` when the document speaks of Central Africa more than of West Africa, else `XOF`.
///
/// The acronyms of the zones' banks and unions are capitalized words: they are looked for
/// among the `marked` tokens ([`KnownIndex::marked`] lists every capitalized word), not
/// among every token.
fn cfa_zone(a: &Analysis, marked: &[u32], countries: &CountryCounts) -> &'static str {
    let sum = |zone: &[&str]| zone.iter().map(|c| countries.get(c)).sum::<usize>();
    let (mut central, mut west) = (sum(CEMAC), sum(UEMOA));
    // The bytes are compared as they are: most words differ in length.
    let bytes = a.text.as_bytes();
    for t in marked
        .iter()
        .filter_map(|&i| a.tokens.tokens.get(i as usize))
    {
        match bytes.get(t.span.start..t.span.end) {
            Some(b"BEAC" | b"CEMAC") => central += 1,
            Some(b"BCEAO" | b"UEMOA") => west += 1,
            _ => {}
        }
    }
    if central > west {
        "XAF"
    } else {
        "XOF"
    }
}

/// The ISO code of a currency mention: the generic CFA franc resolved to its zone, and a
/// generic name shared by several currencies (`dinars`, `francs`, `$`) resolved to the
/// country the document is about (`dinars` in a Tunisian story are TND).
fn iso_code<'g>(a: &Analysis<'g>, ctx: &Context<'g>, c: Currency<'g>) -> &'g str {
    let written = crate::fold::fold_cow(c.span.of(a.text));
    if let Some(code) = generic_currency(a, ctx, &written) {
        return of_its_time(a, code);
    }
    if c.code == "XOF" || c.code == "XAF" {
        let explicit = ["bceao", "ouest", "xof", "beac", "centrale", "xaf"]
            .iter()
            .any(|w| written.contains(w));
        if !explicit {
            return ctx.cfa(a);
        }
    }
    of_its_time(a, c.code)
}

/// Currencies replaced by a new one (new code, old code, first year of the new one): an
/// amount in a story published before the change is in the old currency.
const REDENOMINATIONS: &[(&str, &str, i32)] = &[
    ("MRU", "MRO", 2018),
    ("STN", "STD", 2018),
    ("VES", "VEF", 2018),
    ("BYN", "BYR", 2016),
    ("ZMW", "ZMK", 2013),
    ("GHS", "GHC", 2007),
    ("SLE", "SLL", 2022),
];

/// The code of the currency as it was when the document was published (`ouguiyas` in 2015
/// are MRO, not MRU); without a publication date the current code.
fn of_its_time<'c>(a: &Analysis, code: &'c str) -> &'c str {
    let Some(published) = a.doc.date else {
        return code;
    };
    match REDENOMINATIONS.iter().find(|(new, _, _)| *new == code) {
        Some(&(_, old, since)) if published.year < since => old,
        _ => code,
    }
}

/// For a currency written by its bare common name (`dollars`, `$`, `dinar`, `francs`), the
/// currency of that name issued by the country the document names most, if any; for
/// `dollar` that country must also be the most named of all (else the default, USD, stays).
fn generic_currency<'g>(a: &Analysis<'g>, ctx: &Context, written: &str) -> Option<&'g str> {
    let head = match written {
        "$" => "dollar",
        w => w.strip_suffix('s').unwrap_or(w),
    };
    // Without a country named, no currency can be chosen by it: skip the look-up.
    if head.is_empty() || head.contains([' ', '-', '$']) || ctx.countries.is_empty() {
        return None;
    }
    let mut best: Option<(&'g str, usize)> = None;
    let mut candidates = 0;
    let g = a.gazetteers;
    let named = g.currencies_named(head).iter();
    for cur in named.filter_map(|&i| g.currencies.get(i as usize)) {
        // The first two letters of an ISO 4217 code are the issuing country (`TND`: `TN`).
        let Some(country) = cur.code.get(..2) else {
            continue;
        };
        candidates += 1;
        let n = ctx.count(country);
        if n > 0 && best.is_none_or(|(_, m)| n > m) {
            best = Some((cur.code.as_str(), n));
        }
    }
    let (code, n) = best.filter(|_| candidates > 1)?;
    if head == "dollar" && ctx.countries.any_above(n) {
        return None;
    }
    Some(code)
}

/// Token `i` with its folded form, when it is a word (or an elided `d'`).
fn word_at<'a>(a: &'a Analysis, i: usize) -> Option<(&'a Token, &'a str)> {
    let t = a.tokens.tokens.get(i)?;
    matches!(t.kind, TokenKind::Word | TokenKind::Elision).then(|| (t, a.tokens.folded(i)))
}

/// A number (digits or words) at token `i`, with an optional scale word after it.
fn amount_at(a: &Analysis, i: usize) -> Option<Amount> {
    let tokens = &a.tokens.tokens;
    let t = tokens.get(i)?;
    let (number, mut next, words) = match t.kind {
        TokenKind::Number => {
            // `2025-07` or `12/3`: a date or a ratio, not an amount.
            if i > 0 && is_glued_to_number(a, tokens, i - 1, i) {
                return None;
            }
            (parse_digits(t.span.of(a.text))?, i + 1, false)
        }
        TokenKind::Word => {
            // The first bytes of the text first: most words are no number word.
            let start = a.text.as_bytes().get(t.span.start..t.span.end);
            if !start.is_some_and(may_start_number_word) {
                return None;
            }
            let key = a.tokens.folded(i);
            if !is_number_word(key) {
                return None;
            }
            // The words on the stack: no allocation per amount read.
            let mut keys = [""; MAX_NUMBER_WORDS];
            keys[0] = key;
            let mut len = 1;
            while len < MAX_NUMBER_WORDS {
                match word_at(a, i + len) {
                    Some((_, k)) if k == "et" || is_number_word(k) => keys[len] = k,
                    _ => break,
                }
                len += 1;
            }
            let (n, used) = parse_words(&keys[..len])?;
            (Decimal::integer(n), i + used, true)
        }
        _ => return None,
    };
    let mut number = number;
    let mut end = tokens.get(next - 1)?.span.end;
    let mut scale_found = None;
    if let Some((st, key)) = word_at(a, next) {
        if let Some(s) = scale(st.span.of(a.text), key) {
            scale_found = Some(s);
            end = st.span.end;
            next += 1;
            // `un million et demi`, `deux milliards et demi`.
            let half = word_at(a, next + 1).is_some_and(|(_, k)| k == "demi" || k == "demie");
            if s.word && half && word_at(a, next).is_some_and(|(_, k)| k == "et") {
                number = Decimal {
                    mantissa: number.mantissa.checked_mul(10)?.checked_add(5)?,
                    decimals: number.decimals + 1,
                };
                end = tokens.get(next + 1)?.span.end;
                next += 2;
            }
        }
    }
    if scale_found.is_none() && t.kind == TokenKind::Number {
        // `70,000 francs`: a comma before exactly three digits, with no scale word, groups
        // thousands (English style); `1,500 million` keeps its decimal comma.
        if let Some(n) = comma_thousands(t.span.of(a.text)) {
            number = n;
        }
    }
    Some(Amount {
        next,
        span: Span::new(t.span.start, end),
        number,
        scale: scale_found,
        words,
    })
}

/// `70,000` or `1,250,000` read with commas grouping thousands, when every comma is followed by
/// exactly three digits and the first group has one to three.
fn comma_thousands(written: &str) -> Option<Decimal> {
    let mut groups = written.split(',');
    let first = groups.next()?;
    let mut rest = groups.peekable();
    rest.peek()?;
    let ok = (1..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_digit())
        && rest.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
    if !ok {
        return None;
    }
    written
        .replace(',', "")
        .parse::<u128>()
        .ok()
        .map(Decimal::integer)
}

/// Whether tokens `i` and `j` are numbers joined by `-`, `/` or `.` with no space (`2025-07`).
fn is_glued_to_number(a: &Analysis, tokens: &[Token], sep: usize, number: usize) -> bool {
    let (Some(s), Some(n)) = (tokens.get(sep), tokens.get(number)) else {
        return false;
    };
    let glued = s.kind == TokenKind::Punct
        && s.span.end == n.span.start
        && matches!(s.span.of(a.text), "-" | "/" | "." | ":");
    glued
        && sep > 0
        && tokens
            .get(sep - 1)
            .is_some_and(|p| p.kind == TokenKind::Number && p.span.end == s.span.start)
}

/// `100 millions de dollars`, `1,5 Md$`, `300 000 dirhams`, `cent millions d'euros`, `712 MDH`.
fn amount_then_currency<'g>(
    a: &Analysis<'g>,
    ctx: &Context<'g>,
    i: usize,
) -> Option<(Mention, usize)> {
    let tokens = &a.tokens.tokens;
    let amount = amount_at(a, i)?;
    // Scale and currency in one abbreviation.
    if let Some(t) = tokens.get(amount.next) {
        let written = t.span.of(a.text);
        if let Some(&(_, factor, code)) = COMBINED.iter().find(|(w, _, _)| *w == written) {
            if amount.scale.is_none() {
                let value = amount.number.times(factor)?;
                let span = Span::new(amount.span.start, t.span.end);
                return Some((
                    money(span, "money.abbreviated", value, code.to_string()),
                    amount.next + 1,
                ));
            }
        }
    }
    // `millions de dollars`, and with digits also `5 000 000 de FCFA`.
    let (currency, next) =
        find_currency(a, ctx, amount.next, amount.scale.is_some() || !amount.words)?;
    if amount.words && amount.scale.is_none() && amount.number.as_integer() == Some(1) {
        // `un dollar` alone reads as a unit, not an amount: keep it only with a scale.
        return None;
    }
    let value = amount.value(false)?;
    let rule = if amount.words {
        "money.words"
    } else {
        "money.digits_scale_currency"
    };
    let span = Span::new(amount.span.start, currency.span.end);
    Some((money(span, rule, value, ctx.iso_code(a, currency)), next))
}

/// The currency at token `j`, or after `de`/`d'` at `j` when `after_scale` (the amount allows
/// `de`).
fn find_currency<'g>(
    a: &Analysis,
    ctx: &Context<'g>,
    j: usize,
    after_scale: bool,
) -> Option<(Currency<'g>, usize)> {
    let tokens = &a.tokens.tokens;
    let t = tokens.get(j)?;
    if let Some(c) = ctx.currencies.get(&t.span.start) {
        return Some((*c, token_after(tokens, j, c.span.end)));
    }
    if let Some(c) = bare_franc(a, ctx, j) {
        return Some((c, j + 1));
    }
    if !after_scale {
        return None;
    }
    let key = a.tokens.folded(j);
    if key != "de" && key != "d'" {
        return None;
    }
    let t2 = tokens.get(j + 1)?;
    if let Some(c) = ctx.currencies.get(&t2.span.start) {
        return Some((*c, token_after(tokens, j + 1, c.span.end)));
    }
    bare_franc(a, ctx, j + 1).map(|c| (c, j + 2))
}

/// `francs` alone, which no gazetteer row claims: the franc of the country the document is
/// about ([`generic_currency`]), else the CFA franc of its zone.
fn bare_franc<'g>(a: &Analysis, ctx: &Context<'g>, i: usize) -> Option<Currency<'g>> {
    let t = a.tokens.tokens.get(i)?;
    // `then`, not `then_some`: the CFA zone is computed only for a franc.
    bare_franc_at(a, i).then(|| Currency {
        span: t.span,
        code: ctx.cfa(a),
    })
}

/// Whether token `i` is the word `franc` or `francs`.
fn bare_franc_at(a: &Analysis, i: usize) -> bool {
    a.tokens.tokens.get(i).is_some_and(|t| {
        t.kind == TokenKind::Word && matches!(a.tokens.folded(i), "franc" | "francs")
    })
}

/// The index of the first token at or after `end`, searching from `from`.
fn token_after(tokens: &[Token], from: usize, end: usize) -> usize {
    let mut k = from;
    while k < tokens.len() && tokens[k].span.start < end {
        k += 1;
    }
    k
}

/// `$5 million`, `US$ 1,5 milliard`, `USD 20 millions`, `€ 50`: a symbol or code, then the amount.
fn symbol_first<'g>(a: &Analysis<'g>, ctx: &Context<'g>, i: usize) -> Option<(Mention, usize)> {
    let tokens = &a.tokens.tokens;
    let t = tokens.get(i)?;
    let c = ctx.currencies.get(&t.span.start)?;
    let written = c.span.of(a.text);
    // Only symbols and codes come first (`$`, `USD`), not words (`dollars 5`).
    if written.chars().any(char::is_lowercase) {
        return None;
    }
    let j = token_after(tokens, i, c.span.end);
    let n = tokens.get(j)?;
    if n.kind != TokenKind::Number || n.span.start > c.span.end + 1 {
        return None;
    }
    let amount = amount_at(a, j)?;
    // `USD 5 millions de dollars` is not a thing; an amount followed by its own currency is
    // left to the amount-first rule.
    if find_currency(a, ctx, amount.next, amount.scale.is_some()).is_some() {
        return None;
    }
    let value = amount.value(true)?;
    let span = Span::new(c.span.start, amount.span.end);
    Some((
        money(span, "money.symbol_first", value, ctx.iso_code(a, *c)),
        amount.next,
    ))
}

/// A bare `N millions`/`N milliards` shortly after an amount takes that amount's currency:
/// `… 687 millions de dollars, dont 157 millions pour l'OMS`. Not when a noun follows
/// (`2,2 millions de personnes`) or a percentage.
fn carried_currency(a: &Analysis, values: &ValueStarts, found: &mut Vec<Mention>) {
    if found.is_empty() {
        return;
    }
    found.sort_by_key(|m| m.span.start);
    let tokens = &a.tokens.tokens;
    let mut extra: Vec<Mention> = Vec::new();
    // The tokens that may start an amount, in order: a cursor, since `i` only moves forward.
    let mut amounts = values
        .with(ValueStarts::NUMBER | ValueStarts::AMOUNT_WORD)
        .peekable();
    // `found[..p]` start before token `i`: a cursor too.
    let mut p = 0;
    let mut i = 0;
    loop {
        // Most tokens cannot start an amount: the walk moves on to the next one that can
        // without asking whether it is in reach. Asked there, the question gives the same
        // answer (the same next amount to resume at, or the end), so where the walk goes is
        // unchanged.
        while amounts.next_if(|&k| k < i).is_some() {}
        let Some(&next) = amounts.peek() else { break };
        i = next;
        let Some(t) = tokens.get(i) else { break };
        while found.get(p).is_some_and(|m| m.span.start < t.span.start) {
            p += 1;
        }
        if let Some(resume) = next_in_carry_reach(a, found, p, &extra, i) {
            if resume >= tokens.len() {
                break;
            }
            if resume > i {
                i = resume;
                continue;
            }
        }
        let Some(amount) = may_extend(a, i).then(|| amount_at(a, i)).flatten() else {
            i += 1;
            continue;
        };
        let start = i;
        i = amount.next.max(i + 1);
        let bare = amount
            .scale
            .is_some_and(|s| s.word && s.factor >= 1_000_000);
        // `found` is sorted and does not overlap: the amounts around this one are at the cursor
        // (the amount starts at token `start`).
        let overlaps = p > 0 && found[p - 1].span.end > amount.span.start
            || found.get(p).is_some_and(|m| m.span.start < amount.span.end);
        if !bare || overlaps {
            continue;
        }
        if followed_by_noun_or_percent(a, tokens, amount.next) || counts_people(a, start) {
            continue;
        }
        // The closest earlier amount with a currency, in reach.
        let before = [p.checked_sub(1).and_then(|k| found.get(k)), extra.last()]
            .into_iter()
            .flatten()
            .max_by_key(|m| m.span.end);
        let Some(prev) = before else { continue };
        let near = amount.span.start - prev.span.end <= CARRY_BYTES
            && a.sentence_of(amount.span.start) <= a.sentence_of(prev.span.start) + CARRY_SENTENCES
            && !a
                .text
                .get(prev.span.end..amount.span.start)
                .unwrap_or("")
                .contains("\n\n");
        let currency = match &prev.value {
            Some(Value::Money(m)) => Some(m.currency.clone()),
            _ => None,
        };
        if let (true, Some(currency), Some(value)) = (near, currency, amount.value(false)) {
            extra.push(money(
                amount.span,
                "money.carried_currency",
                value,
                currency,
            ));
        }
    }
    found.extend(extra);
}

/// Whether the amount at token `i` (a number or a number word) may go on past it: the next
/// token is a scale, or for a number word `et` or another number word. When not, the amount is
/// token `i` alone and no bare amount with a scale, so [`carried_currency`] moves on to the next
/// token exactly as after reading it, without reading it.
fn may_extend(a: &Analysis, i: usize) -> bool {
    let Some((next, key)) = word_at(a, i + 1) else {
        return false;
    };
    let number = a
        .tokens
        .tokens
        .get(i)
        .is_some_and(|t| t.kind == TokenKind::Number);
    scale(next.span.of(a.text), key).is_some() || !number && (key == "et" || is_number_word(key))
}

/// Where [`carried_currency`] can resume its walk from token `i`: the walk only finds amounts
/// within [`CARRY_BYTES`] after an amount with a currency, so when token `i` is past that reach,
/// the tokens up to the next such amount (`found` is sorted) cannot give one. `None` when `i`
/// is in reach; past the end when no amount follows.
///
/// The walk reads amounts over several tokens (`cent vingt millions`): to read the same ones
/// as a walk over every token, it resumes just after a token that no amount contains (not a
/// number or a word).
///
/// `q` is how many amounts of `found` start before token `i` (the caller's cursor).
fn next_in_carry_reach(
    a: &Analysis,
    found: &[Mention],
    q: usize,
    extra: &[Mention],
    i: usize,
) -> Option<usize> {
    let tokens = &a.tokens.tokens;
    let start = tokens.get(i)?.span.start;
    let before = q
        .checked_sub(1)
        .and_then(|k| found.get(k))
        .map(|m| m.span.end);
    let last_end = before.max(extra.last().map(|m| m.span.end));
    if last_end.is_some_and(|end| start <= end + CARRY_BYTES) {
        return None;
    }
    let Some(next) = found.get(q) else {
        return Some(tokens.len());
    };
    let mut resume = a.tokens.index_at(next.span.start);
    while resume > i
        && tokens.get(resume - 1).is_some_and(|t| {
            matches!(
                t.kind,
                TokenKind::Number | TokenKind::Word | TokenKind::Elision
            )
        })
    {
        resume -= 1;
    }
    Some(resume)
}

/// Words just before a bare amount that make it a head count (`une population de 12 millions`).
const PEOPLE: &[&str] = &[
    "population",
    "habitants",
    "personnes",
    "ames",
    "electeurs",
    "refugies",
    "deplaces",
    "victimes",
    "enfants",
    "menages",
    "inscrits",
    "visiteurs",
    "abonnes",
    "spectateurs",
    "touristes",
    "fideles",
];

/// Whether one of the three words before token `i` counts people.
fn counts_people(a: &Analysis, i: usize) -> bool {
    (i.saturating_sub(3)..i).any(|k| word_at(a, k).is_some_and(|(_, w)| PEOPLE.contains(&w)))
}

/// `de personnes`, `d'habitants`, `%`, `pour cent`: what makes a bare number not money.
fn followed_by_noun_or_percent(a: &Analysis, tokens: &[Token], j: usize) -> bool {
    if j >= tokens.len() {
        return false;
    }
    match a.tokens.folded(j) {
        "de" | "d'" | "%" => true,
        "pour" => word_at(a, j + 1).is_some_and(|(_, k)| k == "cent"),
        _ => false,
    }
}

fn money(span: Span, rule: &'static str, amount: Decimal, currency: String) -> Mention {
    Mention::new(EntityType::Money, span, rule)
        .with_value(Value::Money(Money {
            amount: amount.to_f64(),
            currency,
        }))
        .with_priority(priority::VALUE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::PubDate;
    use crate::rules::number::fixture::with_analysis;

    /// The MONEY candidates of a text: (span text, amount, currency, rule).
    fn money_in(text: &str) -> Vec<(String, f64, String, &'static str)> {
        with_analysis(text, None, |a| {
            find(a);
            let mut got: Vec<_> = a
                .candidates
                .iter()
                .filter_map(|m| match &m.value {
                    Some(Value::Money(v)) => Some((
                        m.span,
                        m.span.of(a.text).to_string(),
                        v.amount,
                        v.currency.clone(),
                        m.provenance.rule,
                    )),
                    _ => None,
                })
                .collect();
            got.sort_by_key(|g| g.0);
            got.into_iter()
                .map(|(_, t, v, c, r)| (t, v, c, r))
                .collect()
        })
    }

    #[test]
    fn amounts_with_currency() {
        let cases: &[(&str, &str, f64, &str)] = &[
            (
                "Le pays a reçu 100 millions de dollars américains hier.",
                "100 millions de dollars américains",
                1e8,
                "USD",
            ),
            ("Un prêt de 1,5 Md$ est prévu.", "1,5 Md$", 1.5e9, "USD"),
            (
                "La ville investit 3 M€ dans ses écoles.",
                "3 M€",
                3e6,
                "EUR",
            ),
            ("La ville investit 3M€ dans ses écoles.", "3M€", 3e6, "EUR"),
            (
                "Le projet coûte 300 000 dirhams au total.",
                "300 000 dirhams",
                3e5,
                "MAD",
            ),
            (
                "Le projet coûte 300\u{a0}000 dirhams au total.",
                "300\u{a0}000 dirhams",
                3e5,
                "MAD",
            ),
            (
                "Il a promis cent millions d'euros.",
                "cent millions d'euros",
                1e8,
                "EUR",
            ),
            (
                "Il a promis cent millions d’euros.",
                "cent millions d’euros",
                1e8,
                "EUR",
            ),
            (
                "Une aide de dix millions de dollars arrive.",
                "dix millions de dollars",
                1e7,
                "USD",
            ),
            (
                "Le fonds vise un milliard de dollars.",
                "un milliard de dollars",
                1e9,
                "USD",
            ),
            (
                "Un don de 2,5 milliards d'euros a été voté.",
                "2,5 milliards d'euros",
                2.5e9,
                "EUR",
            ),
            (
                "Le budget atteint 161,62 millions d'euros.",
                "161,62 millions d'euros",
                161_620_000.0,
                "EUR",
            ),
            (
                "Il manque 4.390 milliards de francs CFA.",
                "4.390 milliards de francs CFA",
                4.39e12,
                "XOF",
            ),
            (
                "Ils ont versé 2.500.000 euros.",
                "2.500.000 euros",
                2.5e6,
                "EUR",
            ),
            ("Le ticket coûte 1 dollar.", "1 dollar", 1.0, "USD"),
            ("Le ticket coûte 0,93 euro.", "0,93 euro", 0.93, "EUR"),
            (
                "Il a demandé 4 milliards $ au FMI.",
                "4 milliards $",
                4e9,
                "USD",
            ),
            (
                "The bank lent $5 million to the city.",
                "$5 million",
                5e6,
                "USD",
            ),
            (
                "Un appel de USD 20 millions est lancé.",
                "USD 20 millions",
                2e7,
                "USD",
            ),
            (
                "Un appel de 20 millions USD est lancé.",
                "20 millions USD",
                2e7,
                "USD",
            ),
            (
                "Le prêt de 15 millions de dinars koweïtiens a aidé.",
                "15 millions de dinars koweïtiens",
                1.5e7,
                "KWD",
            ),
            (
                "Ils ont levé quatre-vingt-dix millions de dollars.",
                "quatre-vingt-dix millions de dollars",
                9e7,
                "USD",
            ),
            ("Le chantier de 712 MDH démarre.", "712 MDH", 7.12e8, "MAD"),
            (
                "Une enveloppe de 20 MMDH est votée.",
                "20 MMDH",
                2e10,
                "MAD",
            ),
            ("Le club a payé 50 k€ pour le joueur.", "50 k€", 5e4, "EUR"),
            (
                "Le don atteint 300 mille dollars.",
                "300 mille dollars",
                3e5,
                "USD",
            ),
            (
                "Il a reçu 70,000 francs suisses de prime.",
                "70,000 francs suisses",
                7e4,
                "CHF",
            ),
            (
                "Un prêt de 1,250 milliard de dollars est signé.",
                "1,250 milliard de dollars",
                1.25e9,
                "USD",
            ),
            (
                "Ils ont levé un million et demi de dollars.",
                "un million et demi de dollars",
                1.5e6,
                "USD",
            ),
            (
                "Ils ont levé 2 milliards et demi d'euros.",
                "2 milliards et demi d'euros",
                2.5e9,
                "EUR",
            ),
            (
                "Londres verse 10 millions de livres sterling.",
                "10 millions de livres sterling",
                1e7,
                "GBP",
            ),
        ];
        for &(text, span, amount, currency) in cases {
            let got = money_in(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(
                (got[0].0.as_str(), got[0].1, got[0].2.as_str()),
                (span, amount, currency),
                "{text}"
            );
        }
    }

    #[test]
    fn combined_abbreviations_start_with_m() {
        assert!(COMBINED.iter().all(|(w, _, _)| w.starts_with('M')));
    }

    #[test]
    fn not_money() {
        for text in [
            "Le pays compte 2,2 millions de personnes déplacées.",
            "La croissance atteint 3,5 % cette année.",
            "Appelez le 01 23 45 67 89 pour en savoir plus.",
            "En 2017, la ville comptait 300 000 habitants.",
            "Il y a 28 millions d'Ivoiriens.",
            "Des millions de dollars ont été perdus.",
            "Un dollar vaut peu.",
        ] {
            assert_eq!(money_in(text), [], "{text}");
        }
    }

    #[test]
    fn currency_carried_to_bare_amounts() {
        let got = money_in("Le plan coûte 687 millions de dollars, dont 157 millions pour l'école. 12,2 millions de personnes attendent.");
        let spans: Vec<(&str, f64, &str, &str)> = got
            .iter()
            .map(|(t, v, c, r)| (t.as_str(), *v, c.as_str(), *r))
            .collect();
        assert_eq!(
            spans,
            [
                (
                    "687 millions de dollars",
                    6.87e8,
                    "USD",
                    "money.digits_scale_currency"
                ),
                ("157 millions", 1.57e8, "USD", "money.carried_currency"),
            ]
        );
        let got = money_in("Le pays a reçu 5 millions d'euros pour une population de 12 millions.");
        assert_eq!(got.len(), 1, "{got:?}");
        let got =
            money_in("Le fonds a reçu 5 millions d'euros.\n\nAilleurs, 3 millions sont arrivés.");
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn digits_take_de_before_the_currency() {
        let got = money_in("La mairie a reçu 5 000 000 de FCFA du fonds.");
        assert_eq!((got[0].0.as_str(), got[0].1), ("5 000 000 de FCFA", 5e6));
        assert_eq!(money_in("Il a cité cinq de dollars."), []);
    }

    #[test]
    fn replaced_currencies_follow_the_publication_date() {
        let text = "Nouakchott a reçu 14 milliards d'ouguiyas.";
        let code = |date| {
            with_analysis(text, date, |a| {
                find(a);
                match a.candidates.first().and_then(|m| m.value.clone()) {
                    Some(Value::Money(m)) => m.currency,
                    _ => String::new(),
                }
            })
        };
        assert_eq!(code(PubDate::new(2015, 6, 1)), "MRO");
        assert_eq!(code(PubDate::new(2020, 6, 1)), "MRU");
        assert_eq!(code(None), "MRU");
    }

    #[test]
    fn generic_names_follow_the_country() {
        let got = money_in("La Suisse verse 25 millions de francs au HCR, a dit Berne.");
        assert_eq!(
            (got[0].0.as_str(), got[0].2.as_str()),
            ("25 millions de francs", "CHF")
        );
        let got =
            money_in("La Tunisie emprunte 172 millions de dinars pour ses hôpitaux tunisiens.");
        assert_eq!(got[0].2, "TND");
        let got = money_in("L'Algérie a dépensé 5 millions de dinars.");
        assert_eq!(got[0].2, "DZD");
        let got = money_in("Le Canada versera 1,5 Md$ au fonds, a dit le ministre canadien.");
        assert_eq!((got[0].0.as_str(), got[0].2.as_str()), ("1,5 Md$", "CAD"));
        let got = money_in(
            "Le Canada et le Sénégal, le Sénégal surtout, ont reçu 5 millions de dollars.",
        );
        assert_eq!(got[0].2, "USD");
        let got = money_in("Le Canada a reçu 5 millions de dollars américains.");
        assert_eq!(got[0].2, "USD");
        let got = money_in("Le Sénégal a reçu 77 milliards de francs.");
        assert_eq!(got[0].2, "XOF");
    }

    #[test]
    fn cfa_franc_follows_the_region() {
        let got = money_in("Le Cameroun reçoit 492 millions de FCFA pour Yaoundé et le Gabon.");
        assert_eq!(got[0].2, "XAF");
        let got = money_in("Le Sénégal reçoit 77 milliards de FCfa.");
        assert_eq!(got[0].2, "XOF");
        let got = money_in("La BEAC a versé 5 milliards de francs CFA.");
        assert_eq!(got[0].2, "XAF");
        let got = money_in("Sans contexte, 5 milliards de francs CFA.");
        assert_eq!(got[0].2, "XOF");
    }
}
