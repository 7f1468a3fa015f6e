//! French numbers as written in the news: digits with French, English or Swiss grouping
//! (`100 000`, `2.500.000`, `1,5`), number words (`cent`, `deux cents`, `soixante et onze`,
//! `quatre-vingt-dix`) and scale words (`million`, `milliards`, `mille`, `k`, `M`, `Md`, `Mds`).
//!
//! Values are kept as a [`Decimal`] (an integer and a count of decimals) so that
//! `161,62 millions` is exactly `161620000`, not `161620000.00000003`.
//!
//! ```
//! use glaneur::rules::number::{parse_digits, Decimal};
//! let n = parse_digits("161,62").unwrap().times(1_000_000).unwrap();
//! assert_eq!(n, Decimal::integer(161_620_000));
//! assert_eq!(parse_digits("2.500.000"), Some(Decimal::integer(2_500_000)));
//! ```

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::analysis::Analysis;
use crate::document::Span;
use crate::fold::fold;
use crate::gazetteer::Target;
use crate::tokenize::{is_group_space, Token, TokenKind};
use crate::words::WordFilter;

/// A non-negative decimal number: `mantissa / 10^decimals`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decimal {
    pub mantissa: u128,
    pub decimals: u32,
}

impl Decimal {
    /// A whole number.
    pub const fn integer(n: u128) -> Decimal {
        Decimal {
            mantissa: n,
            decimals: 0,
        }
    }

    /// The number times a whole factor, reduced (`1,50 × 1000` is `1500`); `None` on overflow.
    pub fn times(self, factor: u128) -> Option<Decimal> {
        let mut d = Decimal {
            mantissa: self.mantissa.checked_mul(factor)?,
            decimals: self.decimals,
        };
        while d.decimals > 0 && d.mantissa % 10 == 0 {
            d.mantissa /= 10;
            d.decimals -= 1;
        }
        Some(d)
    }

    /// Whether the number has no fractional part.
    pub fn is_integer(self) -> bool {
        self.decimals == 0 || self.mantissa % 10u128.pow(self.decimals.min(38)) == 0
    }

    /// The whole part, when the number is whole and fits.
    pub fn as_integer(self) -> Option<u128> {
        if self.is_integer() {
            Some(self.mantissa / 10u128.pow(self.decimals.min(38)))
        } else {
            None
        }
    }

    /// The value as a float (exact for whole numbers below 2⁵³).
    pub fn to_f64(self) -> f64 {
        match self.as_integer() {
            Some(n) => n as f64,
            None => self.mantissa as f64 / 10f64.powi(self.decimals as i32),
        }
    }
}

/// Parses a number written with digits and separators, as the tokenizer cuts it.
///
/// * groups separated by spaces (ordinary, no-break, narrow no-break, thin): `100 000`;
/// * one comma is a decimal comma (`1,5`); one dot followed by exactly three digits is a
///   thousands dot (`4.390`), else a decimal point (`1.5`);
/// * a separator repeated (`2.500.000`, `1,500,000`) groups thousands; with both kinds the
///   last one is the decimal mark (`2.500,75`, `2,500.75`).
///
/// ```
/// use glaneur::rules::number::{parse_digits, Decimal};
/// assert_eq!(parse_digits("100 000"), Some(Decimal::integer(100_000)));
/// assert_eq!(parse_digits("1,5"), Some(Decimal { mantissa: 15, decimals: 1 }));
/// assert_eq!(parse_digits("4.390"), Some(Decimal::integer(4390)));
/// assert_eq!(parse_digits("douze"), None);
/// ```
pub fn parse_digits(s: &str) -> Option<Decimal> {
    // A number token starts and ends with a digit: nothing to trim, and the trim (which
    // decodes characters from both ends) would cost as much as the rest.
    let s = match s.as_bytes() {
        [b'0'..=b'9'] | [b'0'..=b'9', .., b'0'..=b'9'] => s,
        _ => s.trim(),
    };
    if !s.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // One pass reads the digits and notes where the separators are; which separator is the
    // decimal mark is known only at the end, and then says how many of the digits read are
    // decimals. (Two passes, one to choose the mark and one to read the digits, cost twice
    // the decoding of every character.)
    let mut mantissa: u128 = 0;
    let mut digits = 0u32;
    let mut commas = Separator::default();
    let mut dots = Separator::default();
    let mut last = None;
    for (at, c) in s.char_indices() {
        match c {
            '0'..='9' => {
                let d = u128::from(c) - u128::from('0');
                // Below 2⁶⁴ the next digit cannot overflow: only a longer number pays the
                // checks.
                mantissa = if mantissa <= u128::from(u64::MAX) {
                    mantissa * 10 + d
                } else {
                    mantissa.checked_mul(10)?.checked_add(d)?
                };
                digits += 1;
            }
            ',' => {
                commas.see(digits, at);
                last = Some(',');
            }
            '.' => {
                dots.see(digits, at);
                last = Some('.');
            }
            c if is_group_space(c) => {}
            _ => return None,
        }
    }
    let mark = match (commas.count, dots.count) {
        (0, 0) => None,
        (1, 0) => Some(commas),
        // One dot before exactly three bytes is a thousands dot.
        (0, 1) if s.len() - dots.last - 1 == 3 => None,
        (0, 1) => Some(dots),
        (_, 0) | (0, _) => None,
        _ if last == Some(',') => Some(commas),
        _ => Some(dots),
    };
    let decimals = mark.map_or(0, |m| digits - m.digits_before);
    Some(Decimal { mantissa, decimals })
}

/// The occurrences of one separator in a written number, as [`parse_digits`] reads it: when
/// it is the decimal mark, the digits after its first occurrence are the decimals.
#[derive(Clone, Copy, Debug, Default)]
struct Separator {
    count: u32,
    /// How many digits come before its first occurrence.
    digits_before: u32,
    /// The byte offset of its last occurrence.
    last: usize,
}

impl Separator {
    /// Notes an occurrence at byte `at`, after `digits` digits.
    fn see(&mut self, digits: u32, at: usize) {
        if self.count == 0 {
            self.digits_before = digits;
        }
        self.count += 1;
        self.last = at;
    }
}

/// One French number word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Word {
    /// `un` … `seize`, `vingt` … `soixante`: added.
    Unit(u128),
    /// `cent(s)`: multiplies what comes before it (at least one).
    Hundred,
    /// `mille`: closes a group of thousands.
    Thousand,
    /// `et` in `vingt et un`, `soixante et onze`.
    And,
}

/// French number words, folded (no accents, lower case).
const NUMBER_WORDS: &[(&str, Word)] = &[
    ("zero", Word::Unit(0)),
    ("un", Word::Unit(1)),
    ("une", Word::Unit(1)),
    ("deux", Word::Unit(2)),
    ("trois", Word::Unit(3)),
    ("quatre", Word::Unit(4)),
    ("cinq", Word::Unit(5)),
    ("six", Word::Unit(6)),
    ("sept", Word::Unit(7)),
    ("huit", Word::Unit(8)),
    ("neuf", Word::Unit(9)),
    ("dix", Word::Unit(10)),
    ("onze", Word::Unit(11)),
    ("douze", Word::Unit(12)),
    ("treize", Word::Unit(13)),
    ("quatorze", Word::Unit(14)),
    ("quinze", Word::Unit(15)),
    ("seize", Word::Unit(16)),
    ("vingt", Word::Unit(20)),
    ("vingts", Word::Unit(20)),
    ("trente", Word::Unit(30)),
    ("quarante", Word::Unit(40)),
    ("cinquante", Word::Unit(50)),
    ("soixante", Word::Unit(60)),
    ("septante", Word::Unit(70)),
    ("huitante", Word::Unit(80)),
    ("octante", Word::Unit(80)),
    ("nonante", Word::Unit(90)),
    ("cent", Word::Hundred),
    ("cents", Word::Hundred),
    ("mille", Word::Thousand),
    ("et", Word::And),
];

/// The number word a folded word is. [`NUMBER_WORDS`] as a hash map, built on first use: every
/// word token of every document is asked (the money rule's cheap test), so a linear scan of
/// the table would be paid tens of thousands of times per document.
fn number_word(folded: &str) -> Option<Word> {
    static INDEX: OnceLock<FxHashMap<&'static str, Word>> = OnceLock::new();
    // Asked of every word of every document: most are rejected on their length or their
    // first three bytes, without hashing.
    if folded.len() > LONGEST_NUMBER_WORD || !NUMBER_WORD_STARTS.may_start(folded.as_bytes()) {
        return None;
    }
    INDEX
        .get_or_init(|| NUMBER_WORDS.iter().copied().collect())
        .get(folded)
        .copied()
}

/// Whether a word whose text starts with the bytes `start` may be a number word (or a
/// hyphenated compound of them), read off the text before its folded form: the cheap test of
/// loops over every token ([`WordStarts::may_start`]).
///
/// `et` is left out: it joins number words but starts none ([`is_number_word`]), and it is
/// one of the most frequent words.
pub fn may_start_number_word(start: &[u8]) -> bool {
    AMOUNT_WORD_STARTS.may_start(start)
}

/// The starts of [`NUMBER_WORDS`].
static NUMBER_WORD_STARTS: WordStarts = number_word_starts(true);

/// The starts of [`NUMBER_WORDS`] but `et`.
static AMOUNT_WORD_STARTS: WordStarts = number_word_starts(false);

const fn number_word_starts(with_and: bool) -> WordStarts {
    let mut starts = WordStarts::EMPTY;
    let mut i = 0;
    while i < NUMBER_WORDS.len() {
        if with_and || !matches!(NUMBER_WORDS[i].1, Word::And) {
            starts = starts.with(NUMBER_WORDS[i].0.as_bytes());
        }
        i += 1;
    }
    starts
}

/// The first three letters of a set of lower-case ASCII words, for a test of every token that
/// costs a table look-up instead of a hash or a slice of the token's forms.
///
/// Each of a word's first three bytes has a class ([`BYTE_CLASSES`]): a letter (`a` to `z` in
/// either case, 0 to 25), the hyphen, another ASCII byte, or a non-ASCII byte (which may fold
/// to anything). A row per class of the first two bytes (29 × 29) holds a bit per class of the
/// third, bit [`WordStarts::END`] for a word of two bytes: the answer for any three bytes is
/// one bit of the table, where a test of each byte's kind cost a few branches. The rows of
/// two letters hold the words' starts (a hyphen in third place or a word of two letters is
/// bit `END`: `mi-`); the others, and the columns of a third byte that is no letter, hold the
/// answer their bytes give whatever the words: a non-ASCII byte among the three passes.
pub struct WordStarts([u32; CLASSES * CLASSES]);

/// The number of byte classes of [`BYTE_CLASSES`].
const CLASSES: usize = 29;
/// The classes of a byte that is no letter.
const HYPHEN: u8 = 26;
const OTHER_ASCII: u8 = 27;
const NON_ASCII: u8 = 28;

/// The class of each byte for [`WordStarts`].
static BYTE_CLASSES: [u8; 256] = byte_classes();

const fn byte_classes() -> [u8; 256] {
    let mut classes = [OTHER_ASCII; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        classes[b] = if byte.is_ascii_lowercase() {
            byte - b'a'
        } else if byte.is_ascii_uppercase() {
            byte - b'A'
        } else if byte == b'-' {
            HYPHEN
        } else if !byte.is_ascii() {
            NON_ASCII
        } else {
            OTHER_ASCII
        };
        b += 1;
    }
    classes
}

impl WordStarts {
    /// The bit of a word of two bytes, or of a hyphen in third place (the class of a hyphen).
    const END: u8 = HYPHEN;

    /// No word: only the answers that do not depend on the words.
    pub const EMPTY: WordStarts = WordStarts::without_words();

    const fn without_words() -> WordStarts {
        let mut rows = [0u32; CLASSES * CLASSES];
        let mut f = 0;
        while f < CLASSES {
            let mut s = 0;
            while s < CLASSES {
                let wide = f == NON_ASCII as usize || s == NON_ASCII as usize;
                let letters = f < 26 && s < 26;
                // A non-ASCII third byte passes whatever the first two.
                let mut row = 1 << NON_ASCII;
                // Another ASCII third byte, or first two bytes that are not both letters: the
                // word passes if one of the first two is not ASCII.
                if wide {
                    row |= 1 << OTHER_ASCII;
                    if !letters {
                        row |= (1 << OTHER_ASCII) - 1;
                    }
                }
                rows[f * CLASSES + s] = row;
                s += 1;
            }
            f += 1;
        }
        WordStarts(rows)
    }

    /// The set with word `w` (at least two lower-case ASCII letters) added.
    pub const fn with(mut self, w: &[u8]) -> WordStarts {
        let third = if w.len() == 2 || w[2] == b'-' {
            WordStarts::END
        } else {
            w[2] - b'a'
        };
        self.0[(w[0] - b'a') as usize * CLASSES + (w[1] - b'a') as usize] |= 1 << third;
        self
    }

    /// The starts of either set.
    pub const fn union(mut self, other: &WordStarts) -> WordStarts {
        let mut k = 0;
        while k < self.0.len() {
            self.0[k] |= other.0[k];
            k += 1;
        }
        self
    }

    /// Whether a word starting with the bytes `start` (as written or folded; a whole word or
    /// its start) may be one of the words, or a compound that starts with one: its first
    /// three bytes, lower-cased, are the start of one. A non-ASCII byte among them may fold to
    /// anything, so it passes.
    #[inline]
    pub fn may_start(&self, start: &[u8]) -> bool {
        let (first, second, third) = match *start {
            [] | [_] => return false,
            [a, b] => (a, b, WordStarts::END),
            [a, b, c, ..] => (a, b, BYTE_CLASSES[usize::from(c)]),
        };
        let row = usize::from(BYTE_CLASSES[usize::from(first)]) * CLASSES
            + usize::from(BYTE_CLASSES[usize::from(second)]);
        self.0.get(row).is_some_and(|bits| bits >> third & 1 == 1)
    }
}

/// The length in bytes of the longest of [`NUMBER_WORDS`] (`cinquante`).
const LONGEST_NUMBER_WORD: usize = 9;

/// Whether a folded word (or each part of a hyphenated word) is a French number word other
/// than `et`: the cheap test before [`parse_words`].
pub fn is_number_word(folded: &str) -> bool {
    // Asked of every word of every document: the parts are cut by hand, since `split` costs
    // more than the look-up that rejects most words at their first part.
    let mut rest = folded;
    loop {
        let end = rest.bytes().position(|b| b == b'-').unwrap_or(rest.len());
        let (part, tail) = rest.split_at(end);
        if !matches!(number_word(part), Some(w) if w != Word::And) {
            return false;
        }
        match tail.strip_prefix('-') {
            Some(next) => rest = next,
            None => return true,
        }
    }
}

/// Parses French number words given folded (`quatre-vingt-dix`, `deux cents`, `soixante et
/// onze`), one element per token; hyphenated tokens are split. Returns the value and how many
/// tokens it used (the longest prefix that is a well-formed number; `et` must sit between two
/// words).
///
/// ```
/// use glaneur::rules::number::parse_words;
/// assert_eq!(parse_words(&["quatre-vingt-dix"]), Some((90, 1)));
/// assert_eq!(parse_words(&["soixante", "et", "onze", "pays"]), Some((71, 3)));
/// assert_eq!(parse_words(&["deux", "cents"]), Some((200, 2)));
/// assert_eq!(parse_words(&["pays"]), None);
/// ```
pub fn parse_words(tokens: &[&str]) -> Option<(u128, usize)> {
    let mut total: u128 = 0;
    let mut current: u128 = 0;
    let mut best = None;
    let mut previous: Option<Word> = None;
    // A token is read part by part without collecting its parts first: a part that is not a
    // number word ends the number before this token, like a word that breaks the grammar, so
    // what the earlier parts did to the sums no longer matters.
    'tokens: for (i, token) in tokens.iter().enumerate() {
        for part in token.split('-') {
            let Some(w) = number_word(part) else {
                break 'tokens;
            };
            let mut ok = true;
            match w {
                Word::Unit(n) => {
                    // `quatre-vingt(s)` is 80; `vingt` after another unit word is only that.
                    if n == 20 && current % 100 == 4 && previous.is_some_and(|p| p == Word::Unit(4))
                    {
                        current += 76;
                    } else if previous
                        .is_some_and(|p| matches!(p, Word::Unit(m) if m < 10 || n >= 20))
                        && !(previous == Some(Word::Unit(20)) && current % 100 == 80)
                    {
                        // `deux trois` or `vingt trente` is not one number.
                        ok = false;
                    } else {
                        current += n;
                    }
                }
                Word::Hundred => {
                    if previous == Some(Word::And) || current >= 100 {
                        ok = false;
                    } else {
                        current = current.max(1) * 100;
                    }
                }
                Word::Thousand => {
                    if previous == Some(Word::And) {
                        ok = false;
                    } else {
                        total += current.max(1) * 1000;
                        current = 0;
                    }
                }
                Word::And => {
                    if !matches!(previous, Some(Word::Unit(n)) if n >= 20) {
                        ok = false;
                    }
                }
            }
            if !ok {
                break 'tokens;
            }
            previous = Some(w);
        }
        if previous != Some(Word::And) {
            best = Some((total + current, i + 1));
        }
    }
    best
}

/// A scale word after a number: `millions`, `milliard`, `mille`, `k`, `M`, `Md`, `Mds`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scale {
    pub factor: u128,
    /// Written out (`millions`) rather than abbreviated (`M`): only written-out scales make a
    /// bare amount (`1,5 million`) that can borrow a currency from the context.
    pub word: bool,
}

/// Written-out scale words, folded.
const SCALE_WORDS: &[(&str, u128)] = &[
    ("mille", 1_000),
    ("million", 1_000_000),
    ("millions", 1_000_000),
    ("milliard", 1_000_000_000),
    ("milliards", 1_000_000_000),
    ("billion", 1_000_000_000_000),
    ("billions", 1_000_000_000_000),
];

/// Abbreviated scales, case-sensitive as written.
const SCALE_ABBREVIATIONS: &[(&str, u128)] = &[
    ("k", 1_000),
    ("K", 1_000),
    ("M", 1_000_000),
    ("Mio", 1_000_000),
    ("mio", 1_000_000),
    ("Mn", 1_000_000),
    ("mn", 1_000_000),
    ("Md", 1_000_000_000),
    ("Mds", 1_000_000_000),
    ("md", 1_000_000_000),
    ("mds", 1_000_000_000),
    ("Mrd", 1_000_000_000),
    ("Mrds", 1_000_000_000),
    ("mrd", 1_000_000_000),
    ("mrds", 1_000_000_000),
];

/// The scale a word stands for: `word` as written, `folded` its folded form.
///
/// ```
/// use glaneur::rules::number::scale;
/// assert_eq!(scale("Milliards", "milliards").map(|s| s.factor), Some(1_000_000_000));
/// assert_eq!(scale("Md", "md").map(|s| s.factor), Some(1_000_000_000));
/// assert_eq!(scale("m", "m"), None);
/// ```
pub fn scale(word: &str, folded: &str) -> Option<Scale> {
    // Every scale, written out or abbreviated, folds to a word starting with `m`, `b` or `k`:
    // most words asked are rejected on that byte.
    if !matches!(folded.as_bytes().first(), Some(b'm' | b'b' | b'k')) {
        return None;
    }
    if let Some(&(_, f)) = SCALE_WORDS.iter().find(|(w, _)| *w == folded) {
        return Some(Scale {
            factor: f,
            word: true,
        });
    }
    SCALE_ABBREVIATIONS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|&(_, f)| Scale {
            factor: f,
            word: false,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`WordStarts::may_start`] as it was written before the table of byte classes: the
    /// table must answer as it did for any bytes.
    fn may_start_by_tests(words: &[&str], start: &[u8]) -> bool {
        let (first, second, third) = match *start {
            [] | [_] => return false,
            [a, b] => (a, b, None),
            [a, b, c, ..] => (a, b, Some(c)),
        };
        let letter = |b: u8| (b | 0x20).wrapping_sub(b'a');
        let (f, s) = (letter(first), letter(second));
        let bit = match third {
            None | Some(b'-') => 26,
            Some(c) if letter(c) < 26 => letter(c),
            Some(c) => return !(c.is_ascii() && first.is_ascii() && second.is_ascii()),
        };
        if f >= 26 || s >= 26 {
            return !(first.is_ascii() && second.is_ascii());
        }
        words.iter().map(|w| w.as_bytes()).any(|w| {
            let third = if w.len() == 2 || w[2] == b'-' {
                26
            } else {
                w[2] - b'a'
            };
            w[0] - b'a' == f && w[1] - b'a' == s && third == bit
        })
    }

    #[test]
    fn word_starts_answer_as_tests_of_each_byte() {
        let words = ["mi-", "premier", "un", "md", "deux", "franc", "zero"];
        let starts = words
            .iter()
            .fold(WordStarts::EMPTY, |st, w| st.with(w.as_bytes()));
        let mut bytes: Vec<u8> = (b'a'..=b'z').chain(b'A'..=b'Z').collect();
        bytes.extend(b"-@[`{0 '.\x7f");
        bytes.extend([0x80, 0xa9, 0xc3, 0xe2, 0xff]);
        let mut inputs: Vec<Vec<u8>> = vec![vec![], vec![b'u']];
        for &a in &bytes {
            for &b in &bytes {
                inputs.push(vec![a, b]);
                for &c in &bytes {
                    inputs.push(vec![a, b, c, b'x']);
                }
            }
        }
        for input in &inputs {
            assert_eq!(
                starts.may_start(input),
                may_start_by_tests(&words, input),
                "{input:?}"
            );
        }
    }

    #[test]
    fn digits_table() {
        let cases: &[(&str, Option<(u128, u32)>)] = &[
            ("100 000", Some((100_000, 0))),
            ("100\u{a0}000", Some((100_000, 0))),
            ("100\u{202f}000", Some((100_000, 0))),
            ("1,5", Some((15, 1))),
            ("2.500.000", Some((2_500_000, 0))),
            ("4.390", Some((4390, 0))),
            ("1.5", Some((15, 1))),
            ("1,500,000", Some((1_500_000, 0))),
            ("2.500,75", Some((250_075, 2))),
            ("0,93", Some((93, 2))),
            ("1998", Some((1998, 0))),
            ("", None),
            ("12a", None),
            (" 12 ", Some((12, 0))),
            ("1.000.000,5,5", Some((100_000_055, 2))),
            ("1.2\u{a0}34", Some((1234, 3))),
            (
                "340282366920938463463374607431768211455",
                Some((u128::MAX, 0)),
            ),
            ("340282366920938463463374607431768211456", None),
        ];
        for &(text, want) in cases {
            let got = parse_digits(text).map(|d| (d.mantissa, d.decimals));
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn exact_scaling() {
        let n = parse_digits("161,62").unwrap().times(1_000_000).unwrap();
        assert_eq!(n.as_integer(), Some(161_620_000));
        let n = parse_digits("1,2").unwrap().times(1_000_000_000).unwrap();
        assert_eq!(n.to_f64(), 1_200_000_000.0);
        assert_eq!(parse_digits("0,93").unwrap().to_f64(), 0.93);
        assert_eq!(Decimal::integer(u128::MAX).times(10), None);
    }

    #[test]
    fn words_table() {
        type Case<'c> = (&'c [&'c str], Option<(u128, usize)>);
        let cases: &[Case] = &[
            (&["cent"], Some((100, 1))),
            (&["deux", "cents"], Some((200, 2))),
            (&["soixante", "et", "onze"], Some((71, 3))),
            (&["quatre-vingt-dix"], Some((90, 1))),
            (&["quatre-vingts"], Some((80, 1))),
            (&["quatre-vingt-dix-sept"], Some((97, 1))),
            (&["dix-sept"], Some((17, 1))),
            (&["vingt", "et", "un"], Some((21, 3))),
            (&["trois", "mille", "deux", "cents"], Some((3200, 4))),
            (&["mille"], Some((1000, 1))),
            (&["un"], Some((1, 1))),
            (&["cinq", "pays"], Some((5, 1))),
            (&["vingt", "et"], Some((20, 1))),
            (&["deux", "trois"], Some((2, 1))),
            (&["pays"], None),
            (&["et"], None),
        ];
        for &(tokens, want) in cases {
            assert_eq!(parse_words(tokens), want, "{tokens:?}");
        }
    }

    #[test]
    fn unlisted_currencies_pass_the_first_test() {
        for w in [
            "franc", "francs", "Francs", "FRANCS", "MDH", "MDHS", "MMDH", "MMDHS", "MDT", "MD",
        ] {
            assert!(VALUE_WORD_STARTS.may_start(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn longest_value_word_is_the_longest() {
        let longest = NUMBER_WORDS
            .iter()
            .map(|(w, _)| *w)
            .chain(crate::rules::date::calendar_words())
            .chain(["premier"])
            .map(str::len)
            .max();
        assert_eq!(longest, Some(LONGEST_VALUE_WORD));
    }

    #[test]
    fn longest_number_word_is_the_longest() {
        let longest = NUMBER_WORDS.iter().map(|(w, _)| w.len()).max();
        assert_eq!(longest, Some(LONGEST_NUMBER_WORD));
    }

    #[test]
    fn number_words_pass_the_first_test() {
        for (w, word) in NUMBER_WORDS {
            assert!(NUMBER_WORD_STARTS.may_start(w.as_bytes()), "{w}");
            let amount = *word != Word::And;
            assert_eq!(may_start_number_word(w.as_bytes()), amount, "{w}");
        }
        for w in ["Quatre-vingt", "DEUX", "un", "Mille"] {
            assert!(may_start_number_word(w.as_bytes()), "{w}");
        }
        for w in ["de", "des", "que", "l", "sur", "et", "Et"] {
            assert!(!may_start_number_word(w.as_bytes()), "{w}");
        }
        assert!(may_start_number_word("Zéro".as_bytes()));
    }

    #[test]
    fn scales_fold_to_m_b_or_k() {
        let written = SCALE_WORDS
            .iter()
            .chain(SCALE_ABBREVIATIONS)
            .map(|(w, _)| w);
        for w in written {
            assert!(matches!(fold(w).as_bytes()[0], b'm' | b'b' | b'k'), "{w}");
        }
    }

    #[test]
    fn number_words_and_scales() {
        assert!(is_number_word("quatre-vingt-dix"));
        assert!(!is_number_word("et"));
        assert!(!is_number_word("vingt-deux-pays"));
        assert_eq!(
            scale("millions", "millions"),
            Some(Scale {
                factor: 1_000_000,
                word: true
            })
        );
        assert_eq!(
            scale("Mds", "mds"),
            Some(Scale {
                factor: 1_000_000_000,
                word: false
            })
        );
        assert_eq!(scale("MDS", "mds"), None);
    }
}

/// The tokens where a value may start, found in one pass over the document and shared by the
/// money and date rules: a number, a number word starting an amount (`cent`, `deux`), a word
/// starting a date (a month or weekday name, `premier`, `mi-`), a currency no gazetteer row
/// lists (`francs`, `MDH`).
///
/// Most tokens are none of these: each rule then visits its few candidates, in order, instead
/// of asking every token (which two rules and the carried-currency walk did, each on its own).
#[derive(Clone, Debug, Default)]
pub struct ValueStarts(Vec<ValueStart>);

/// A token where a value may start, and what it may start (the `ValueStarts::` flags).
#[derive(Clone, Copy, Debug)]
pub struct ValueStart {
    pub at: usize,
    pub flags: u8,
}

impl ValueStarts {
    /// A number ([`TokenKind::Number`]).
    pub const NUMBER: u8 = 1;
    /// A number word that may start an amount (`deux`, `quatre-vingt`; not `et`).
    pub const AMOUNT_WORD: u8 = 2;
    /// A word that may start a date (`juillet`, `lundi`, `premier`, `mi-juin`).
    pub const DATE_WORD: u8 = 4;
    /// A currency that no gazetteer row lists (`francs`, `MDH`).
    pub const CURRENCY_WORD: u8 = 8;

    /// Walks the tokens of a document once.
    pub fn new(a: &Analysis) -> ValueStarts {
        let bytes = a.text.as_bytes();
        // Numbers and value words are a few percent of the tokens: room enough not to grow.
        let mut starts = Vec::with_capacity(a.tokens.tokens.len() / 8 + 16);
        for (i, t) in a.tokens.tokens.iter().enumerate() {
            let flags = match t.kind {
                TokenKind::Number => ValueStarts::NUMBER,
                TokenKind::Word => match bytes.get(t.span.start..t.span.end) {
                    Some(written) => word_flags(a, i, t, written),
                    None => 0,
                },
                _ => 0,
            };
            if flags != 0 {
                starts.push(ValueStart { at: i, flags });
            }
        }
        ValueStarts(starts)
    }

    /// The starts with one of `flags`, in order.
    pub fn with(&self, flags: u8) -> impl Iterator<Item = usize> + '_ {
        self.0
            .iter()
            .filter(move |s| s.flags & flags != 0)
            .map(|s| s.at)
    }
}

/// The flags of word token `i` (its text `written`): every word is asked, so the first bytes
/// turn most away (one table for both number and date words) before any folded form is read.
#[inline]
fn word_flags(a: &Analysis, i: usize, t: &Token, written: &[u8]) -> u8 {
    if !VALUE_WORD_STARTS.may_start(written) {
        return 0;
    }
    let mut flags = 0;
    if matches!(written.first(), Some(b'M' | b'f' | b'F'))
        && crate::rules::money::is_unlisted_currency(a, i)
    {
        flags |= ValueStarts::CURRENCY_WORD;
    }
    // Many words pass the first bytes' test (`qui`, `mais`, `président`): one look-up of the
    // folded form says which of the exact tests below can pass, before either runs.
    let key = a.tokens.folded(i);
    // A plain word (letters and digits only, a flag of the token) has no hyphen, nor has its
    // folded form; the others are short: a loop over their bytes costs less than a call to
    // `memchr`.
    let may = if !t.plain && key.bytes().any(|b| b == b'-') {
        // `quatre-vingt`, `mi-juin`: compounds, left to the exact tests.
        ValueStarts::AMOUNT_WORD | ValueStarts::DATE_WORD
    } else {
        value_word(key)
    };
    if may & ValueStarts::AMOUNT_WORD != 0 && may_start_number_word(written) && is_number_word(key)
    {
        flags |= ValueStarts::AMOUNT_WORD;
    }
    if may & ValueStarts::DATE_WORD != 0 && crate::rules::date::may_start_date_word(a, t, i) {
        flags |= ValueStarts::DATE_WORD;
    }
    flags
}

/// The flags a folded word without a hyphen may have: [`ValueStarts::AMOUNT_WORD`] for a
/// number word but `et`, [`ValueStarts::DATE_WORD`] for a month or weekday name or
/// `premier`. A necessary condition of the exact tests ([`is_number_word`],
/// [`crate::rules::date::may_start_date_word`]), in one hash look-up.
fn value_word(folded: &str) -> u8 {
    if folded.len() > LONGEST_VALUE_WORD {
        return 0;
    }
    let index = value_words();
    // Many words that pass the first bytes' test are none of these (`mais`, `des`): the
    // filter turns most of them away before the word is hashed.
    if !index.filter.may_contain(folded) {
        return 0;
    }
    index.flags.get(folded).copied().unwrap_or(0)
}

/// The words of [`value_word`] with their flags, behind a filter.
struct ValueWords {
    filter: WordFilter,
    flags: FxHashMap<&'static str, u8>,
}

/// [`ValueWords`], built on first use.
fn value_words() -> &'static ValueWords {
    static INDEX: OnceLock<ValueWords> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut flags: FxHashMap<&'static str, u8> = FxHashMap::default();
        for &(w, word) in NUMBER_WORDS {
            if word != Word::And {
                *flags.entry(w).or_default() |= ValueStarts::AMOUNT_WORD;
            }
        }
        for w in crate::rules::date::calendar_words().chain(["premier"]) {
            *flags.entry(w).or_default() |= ValueStarts::DATE_WORD;
        }
        ValueWords {
            filter: WordFilter::new(flags.keys()),
            flags,
        }
    })
}

/// The length in bytes of the longest word of [`value_word`] (`cinquante`, `septembre`; a
/// test checks it).
const LONGEST_VALUE_WORD: usize = 9;

/// The starts of the number words ([`AMOUNT_WORD_STARTS`]), of the date words and of the
/// unlisted currencies (`franc`, `MDH`, `MMDH`, `MDT`, `MD`, lower-cased as the test does): a
/// word whose first bytes are in none starts no value.
static VALUE_WORD_STARTS: WordStarts = number_word_starts(false)
    .union(&crate::rules::date::date_word_starts())
    .with(b"franc")
    .with(b"mdh")
    .with(b"mmdh")
    .with(b"mdt")
    .with(b"md");

/// The folded form of a token's text (`Milliards` → `milliards`), for table look-ups.
pub fn token_key(text: &str, token: &Token) -> String {
    fold(token.span.of(text))
}

/// Whether `span` lies strictly inside a longer known name (a gazetteer entity hit):
/// `23 mars` in `Mouvement du 23 mars`, `2063` in `Agenda 2063`. Value rules skip those, since
/// their priority would otherwise cut the name.
pub fn inside_known_name(a: &Analysis, span: Span) -> bool {
    // Hits are sorted by start; names are short, so only the hits starting a little before
    // `span` can contain it.
    const LONGEST_NAME: usize = 200;
    let upto = a.hits.partition_point(|h| h.span.start <= span.start);
    a.hits[..upto]
        .iter()
        .rev()
        .take_while(|h| h.span.start + LONGEST_NAME > span.start)
        .any(|h| {
            h.span.contains(span)
                && h.span.len() > span.len()
                && h.targets.iter().any(|t| matches!(t, Target::Entity { .. }))
        })
}

/// Test support shared by the value rules: a small gazetteer set and an analysis of a text.
#[cfg(test)]
pub(crate) mod fixture {
    use std::sync::LazyLock;

    use crate::analysis::Analysis;
    use crate::document::{CharIndex, Document, PubDate};
    use crate::gazetteer::{Gazetteers, FILES};
    use crate::{clean, tokenize};

    const CURRENCIES: &str = "code\tname\tforms\tsymbols\n\
        USD\tdollar américain\tdollar|dollars|dollar américain|dollars américains|dollars US\t$|US$|$US|USD\n\
        EUR\teuro\teuro|euros\t€|EUR\n\
        MAD\tdirham marocain\tdirham|dirhams\tDH|MAD\n\
        XOF\tfranc CFA de l'Afrique de l'Ouest\tfranc CFA|francs CFA|franc CFA BCEAO|francs CFA BCEAO\tFCFA|F CFA|FCfa|Fcfa|CFA|XOF\n\
        XAF\tfranc CFA de l'Afrique centrale\tfranc CFA BEAC|francs CFA BEAC\tXAF\n\
        KWD\tdinar koweïtien\tdinar koweïtien|dinars koweïtiens\tKWD\n\
        GBP\tlivre sterling\tlivre sterling|livres sterling\t£|GBP\n\
        CHF\tfranc suisse\tfranc suisse|francs suisses\tCHF\n\
        DZD\tdinar algérien\tdinar algérien|dinars algériens|dinar|dinars\tDZD\n\
        TND\tdinar tunisien\tdinar tunisien|dinars tunisiens\tDT|TND\n\
        CAD\tdollar canadien\tdollar canadien|dollars canadiens\t$CA|CAD\n\
        MRU\touguiya mauritanien\touguiya|ouguiyas\tUM|MRU\n";

    const COUNTRIES: &str =
        "id\tiso2\tiso3\tname\tofficial\taliases\tdemonyms\tcapital\twikidata\n\
        cm\tCM\tCMR\tCameroun\tRépublique du Cameroun\t\tcamerounais|camerounaise\tYaoundé\t\n\
        ga\tGA\tGAB\tGabon\tRépublique gabonaise\t\tgabonais|gabonaise\tLibreville\t\n\
        sn\tSN\tSEN\tSénégal\tRépublique du Sénégal\t\tsénégalais|sénégalaise\tDakar\t\n\
        ma\tMA\tMAR\tMaroc\tRoyaume du Maroc\t\tmarocain|marocaine\tRabat\t\n\
        ch\tCH\tCHE\tSuisse\tConfédération suisse\t\tsuisse|suisses\tBerne\t\n\
        tn\tTN\tTUN\tTunisie\tRépublique tunisienne\t\ttunisien|tunisienne\tTunis\t\n\
        ca\tCA\tCAN\tCanada\t\t\tcanadien|canadienne\tOttawa\t\n\
        us\tUS\tUSA\tÉtats-Unis\tÉtats-Unis d'Amérique\t\taméricain|américaine\tWashington\t\n";

    const ORGANIZATIONS: &str = "id\tname\tacronyms\taliases\tkind\tcountry\twikidata\n\
        m-neuf\tMouvement du 9 avril\tM9\t\tparty\t\t\n\
        agenda\tPlan Horizon 2040\t\t\tprogramme\t\t\n";

    /// A gazetteer set with a few currencies, countries and organisations, nothing else.
    pub static GAZETTEERS: LazyLock<Gazetteers> = LazyLock::new(|| {
        let dir = tempfile::tempdir().expect("temporary directory");
        for file in FILES {
            let content = match file {
                "currencies.tsv" => CURRENCIES,
                "countries.tsv" => COUNTRIES,
                "organizations.tsv" => ORGANIZATIONS,
                _ => "",
            };
            std::fs::write(dir.path().join(file), content).expect("write gazetteer");
        }
        Gazetteers::from_dir(dir.path()).expect("test gazetteers")
    });

    /// Runs `f` on a fresh analysis of `text` (tokens and gazetteer hits, no rules yet).
    pub fn with_analysis<R>(
        text: &str,
        date: Option<PubDate>,
        f: impl FnOnce(&mut Analysis) -> R,
    ) -> R {
        let mut doc = Document::new("test", text);
        doc.date = date;
        let g: &Gazetteers = &GAZETTEERS;
        let tokens = tokenize::tokenize(&doc.text);
        let hits = g.find_in_tokens(&doc.text, &tokens);
        let mut a = Analysis {
            doc: &doc,
            text: &doc.text,
            gazetteers: g,
            chars: CharIndex::new(&doc.text),
            tokens,
            boilerplate: clean::boilerplate(&doc.text),
            hits,
            candidates: Vec::new(),
            mentions: Vec::new(),
            warnings: Vec::new(),
        };
        f(&mut a)
    }
}
