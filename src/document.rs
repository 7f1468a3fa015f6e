//! The types every stage reads and writes: documents, spans, mentions, values, facts and the
//! per-document result.
//!
//! Stages work on byte offsets into the original text (what Rust slices by). The JSON contract
//! counts Unicode scalar values instead, so [`crate::Extraction`] converts once, at the end,
//! with a [`CharIndex`].

use std::fmt;

use serde::{Serialize, Serializer};

/// A document to extract from: an identifier, its text exactly as given, and an optional
/// publication date used to resolve dates written without a year.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    pub id: String,
    pub text: String,
    pub date: Option<PubDate>,
}

impl Document {
    /// A document with no publication date.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            text: text.into(),
            date: None,
        }
    }

    /// The same document with a publication date.
    pub fn with_date(mut self, date: PubDate) -> Self {
        self.date = Some(date);
        self
    }
}

/// A calendar day (the proleptic Gregorian calendar), enough to resolve `lundi 29 juillet`
/// against a publication date and to check its weekday without a date crate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PubDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl PubDate {
    /// A valid day, or `None` (`2025-02-30` is not one).
    pub fn new(year: i32, month: u8, day: u8) -> Option<PubDate> {
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(PubDate { year, month, day })
    }

    /// Parses `YYYY-MM-DD` (a longer timestamp such as `2025-07-29T10:00:00Z` keeps its date).
    ///
    /// ```
    /// use glaneur::PubDate;
    /// assert_eq!(PubDate::parse("2025-07-29"), PubDate::new(2025, 7, 29));
    /// assert_eq!(PubDate::parse("29/07/2025"), None);
    /// ```
    pub fn parse(s: &str) -> Option<PubDate> {
        let s = s.trim();
        let head = s.get(..10)?;
        let b = head.as_bytes();
        if b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year = head[..4].parse().ok()?;
        let month = head[5..7].parse().ok()?;
        let day = head[8..10].parse().ok()?;
        PubDate::new(year, month, day)
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u8 {
        // Days since 1970-01-01 (a Thursday), by the civil-from-days inverse (H. Hinnant).
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        let days = era * 146_097 + doe - 719_468;
        (days + 3).rem_euclid(7) as u8
    }
}

impl fmt::Display for PubDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Number of days in a month of a year.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// A half-open range of byte offsets into a document's text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    pub const fn len(self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(self) -> bool {
        self.start >= self.end
    }

    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The same span `by` bytes further: from a stretch's offsets to its document's.
    pub const fn shifted(self, by: usize) -> Span {
        Span::new(self.start + by, self.end + by)
    }

    /// The text this span covers, or `""` if it does not fall on character boundaries.
    pub fn of(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// The six entity types of the contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EntityType {
    Person,
    Organization,
    Country,
    Location,
    Money,
    Date,
}

impl EntityType {
    pub const ALL: [EntityType; 6] = [
        EntityType::Person,
        EntityType::Organization,
        EntityType::Country,
        EntityType::Location,
        EntityType::Money,
        EntityType::Date,
    ];

    /// The name used in the JSON contract (`PERSON`, `ORGANIZATION`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Organization => "ORGANIZATION",
            EntityType::Country => "COUNTRY",
            EntityType::Location => "LOCATION",
            EntityType::Money => "MONEY",
            EntityType::Date => "DATE",
        }
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An amount of money in units of an ISO 4217 currency: `100 millions de dollars` is
/// `Money { amount: 1e8, currency: "USD" }`.
#[derive(Clone, Debug, PartialEq)]
pub struct Money {
    pub amount: f64,
    pub currency: String,
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Money", 2)?;
        // Whole amounts print as integers (`100000000`, not `100000000.0`): spreadsheets and
        // the contract's examples expect it.
        if self.amount.fract() == 0.0 && self.amount.abs() < 9.0e15 {
            st.serialize_field("amount", &(self.amount as i64))?;
        } else {
            st.serialize_field("amount", &self.amount)?;
        }
        st.serialize_field("currency", &self.currency)?;
        st.end()
    }
}

/// A date at the precision it was written: a year, a month of a year, a day, or a month or day
/// whose year is unknown.
///
/// ```
/// use glaneur::DateValue;
/// assert_eq!(DateValue { year: Some(2018), month: Some(12), day: None }.to_string(), "2018-12");
/// assert_eq!(DateValue { year: None, month: Some(7), day: Some(29) }.to_string(), "--07-29");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateValue {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl DateValue {
    pub fn year(year: i32) -> DateValue {
        DateValue {
            year: Some(year),
            month: None,
            day: None,
        }
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => write!(f, "{y:04}-{m:02}-{d:02}"),
            (Some(y), Some(m), None) => write!(f, "{y:04}-{m:02}"),
            (Some(y), None, _) => write!(f, "{y:04}"),
            (None, Some(m), Some(d)) => write!(f, "--{m:02}-{d:02}"),
            (None, Some(m), None) => write!(f, "--{m:02}"),
            (None, None, _) => f.write_str(""),
        }
    }
}

impl Serialize for DateValue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The normalized value of a MONEY or DATE mention.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    Money(Money),
    Date(DateValue),
}

/// Where a mention came from: which rule fired and, for gazetteer entries, which entry.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Provenance {
    /// The named rule (`gazetteer`, `person.title`, `money.digits_scale_currency`, …).
    pub rule: &'static str,
    /// The gazetteer entry id (`org:oim`, `country:ma`), when one is known.
    pub entry: Option<String>,
}

/// A typed stretch of the document found by a stage. Offsets are bytes into the original text.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub kind: EntityType,
    pub span: Span,
    /// The canonical name (for names) — filled by the gazetteer or by resolution.
    pub canonical: Option<String>,
    pub value: Option<Value>,
    pub provenance: Provenance,
    /// Rank used when two candidates overlap: higher wins, then longer, then earlier.
    pub priority: u8,
}

impl Mention {
    pub fn new(kind: EntityType, span: Span, rule: &'static str) -> Mention {
        Mention {
            kind,
            span,
            canonical: None,
            value: None,
            provenance: Provenance { rule, entry: None },
            priority: 0,
        }
    }

    pub fn with_canonical(mut self, canonical: impl Into<String>) -> Mention {
        self.canonical = Some(canonical.into());
        self
    }

    pub fn with_entry(mut self, entry: impl Into<String>) -> Mention {
        self.provenance.entry = Some(entry.into());
        self
    }

    pub fn with_value(mut self, value: Value) -> Mention {
        self.value = Some(value);
        self
    }

    pub fn with_priority(mut self, priority: u8) -> Mention {
        self.priority = priority;
        self
    }
}

/// Maps byte offsets of one text to character (Unicode scalar value) offsets, in O(1) per
/// lookup after one O(n) pass; ASCII-only texts need no table at all.
///
/// The table is small (about 0.3 byte per byte of text): for each block of 64 bytes, the
/// number of characters before the block, and for each of its eight words of 8 bytes, the
/// number of characters before the word in the block and a bit per byte that starts a
/// character. A lookup adds the two counts to the starts before the byte within its word,
/// read from a 256-entry table: `count_ones` is compiled in software in this build (no
/// `popcnt` without a target feature), about 20 instructions where the table needs one load.
///
/// ```
/// let text = "Genève, l’OIM";
/// let index = glaneur::document::CharIndex::new(text);
/// let b = text.find("OIM").unwrap();
/// assert_eq!(index.chars(b), text[..b].chars().count());
/// assert_eq!(index.chars(text.len()), text.chars().count());
/// ```
pub struct CharIndex {
    /// One per 64 bytes of text. Empty for ASCII.
    blocks: Vec<CharBlock>,
    len: usize,
    /// Characters in the whole text: the answer for any byte at or past its end.
    total: usize,
}

/// The character starts of 64 bytes of text.
#[derive(Clone, Copy)]
struct CharBlock {
    /// Characters before the block.
    before: u32,
    /// `words[k]`: characters in the block before its byte `8k`.
    words: [u8; 8],
    /// Bit `i` of `starts[k]`: byte `8k + i` of the block starts a character.
    starts: [u8; 8],
}

/// `STARTS_IN_BYTE[b]`: the number of set bits of `b`, for the starts before a byte within its
/// word (a table: see [`CharIndex`]).
const STARTS_IN_BYTE: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).count_ones() as u8;
        b += 1;
    }
    table
};

/// The character starts of 64 bytes of text, the first of which is character `before`, and
/// their count. UTF-8 continuation bytes are `0b10xx_xxxx`, every other byte starts a
/// character. Eight bytes at a time: the high bit of each byte of a word says "continuation"
/// after one mask, and one multiplication gathers the eight high bits into a byte. The counts
/// then take a few operations for the whole block rather than a few per word: see
/// [`starts_before_words`].
fn char_block(bytes: &[u8; 64], before: u32) -> (CharBlock, u32) {
    use crate::scan::HIGH;
    let mut bits = 0u64;
    for (k, w) in bytes.chunks_exact(8).enumerate() {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(w);
        let w = u64::from_le_bytes(eight);
        let continuation = w & !(w << 1) & HIGH;
        let starts = !continuation & HIGH;
        bits |= (starts >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56 << (8 * k);
    }
    let (words, count) = starts_before_words(bits);
    let block = CharBlock {
        before,
        words: words.to_le_bytes(),
        starts: bits.to_le_bytes(),
    };
    (block, count)
}

/// For the start bits of a block (byte `k`: its word `k`), byte `k` of the first result is
/// the number of bits in bytes `0..k`, and the second result the number in all eight. Each
/// byte's own count comes from the usual halving sums (2, 4, then 8 bits at a time, all
/// bytes at once); one multiplication by `0x0101…01` then adds every byte to all those above
/// it. No sum exceeds 64, so no byte carries into the next.
fn starts_before_words(bits: u64) -> (u64, u32) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let pairs = bits - ((bits >> 1) & 0x5555_5555_5555_5555);
    let nibbles = (pairs & 0x3333_3333_3333_3333) + ((pairs >> 2) & 0x3333_3333_3333_3333);
    let bytes = (nibbles + (nibbles >> 4)) & 0x0F0F_0F0F_0F0F_0F0F;
    let before = (bytes << 8).wrapping_mul(ONES);
    let all = (bytes.wrapping_mul(ONES) >> 56) as u32;
    (before, all)
}

/// [`char_block`] of a short last block, padded with continuation bytes, which start nothing.
fn last_char_block(tail: &[u8], before: u32) -> (CharBlock, u32) {
    let mut padded = [0x80u8; 64];
    padded[..tail.len()].copy_from_slice(tail);
    char_block(&padded, before)
}

impl CharIndex {
    pub fn new(text: &str) -> CharIndex {
        if text.is_ascii() {
            return CharIndex {
                blocks: Vec::new(),
                len: text.len(),
                total: text.len(),
            };
        }
        let mut blocks = Vec::with_capacity(text.len().div_ceil(64));
        let mut total = 0u32;
        let mut chunks = text.as_bytes().chunks_exact(64);
        for chunk in chunks.by_ref() {
            if let Ok(bytes) = <&[u8; 64]>::try_from(chunk) {
                let (block, count) = char_block(bytes, total);
                blocks.push(block);
                total += count;
            }
        }
        let tail = chunks.remainder();
        if !tail.is_empty() {
            let (block, count) = last_char_block(tail, total);
            blocks.push(block);
            total += count;
        }
        CharIndex {
            blocks,
            len: text.len(),
            total: total as usize,
        }
    }

    /// The character offset of a byte offset (which must be a char boundary for a useful answer;
    /// past the end, the number of characters).
    pub fn chars(&self, byte: usize) -> usize {
        if byte >= self.len {
            return self.total;
        }
        let Some(block) = self.blocks.get(byte / 64) else {
            // ASCII: bytes are characters.
            return byte;
        };
        let (word, bit) = ((byte / 8) % 8, byte % 8);
        let below = block.starts[word] & ((1u8 << bit) - 1);
        block.before as usize
            + usize::from(block.words[word])
            + usize::from(STARTS_IN_BYTE[usize::from(below)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_block_by_words_agrees_with_bytes() {
        let text = "Ça coûte 1 000 € à l’État – 東京 🙂 et ".repeat(3);
        let bytes = text.as_bytes();
        for len in 0..=64 {
            for from in 0..8 {
                let chunk = &bytes[from..from + len];
                let (block, count) = last_char_block(chunk, 7);
                let mut seen = 0u32;
                for i in 0..64 {
                    let start = chunk.get(i).is_some_and(|&b| b & 0xC0 != 0x80);
                    if i % 8 == 0 {
                        assert_eq!(u32::from(block.words[i / 8]), seen, "{from} {len} {i}");
                    }
                    assert_eq!(
                        block.starts[i / 8] >> (i % 8) & 1 == 1,
                        start,
                        "{from} {len} {i}"
                    );
                    seen += u32::from(start);
                }
                assert_eq!((block.before, count), (7, seen), "{from} {len}");
            }
        }
    }

    #[test]
    fn char_index_agrees_with_counting_at_every_byte() {
        let text = "Ça coûte 1 000 € à l’État – 東京 🙂 et ".repeat(5) + "fin";
        let index = CharIndex::new(&text);
        for b in 0..=text.len() + 3 {
            let want = if b >= text.len() {
                text.chars().count()
            } else {
                // Inside a character, the offset is that of the next character.
                text.char_indices().take_while(|&(i, _)| i < b).count()
            };
            assert_eq!(index.chars(b), want, "byte {b}");
        }
    }

    #[test]
    fn weekday_of_known_days() {
        assert_eq!(PubDate::new(2025, 7, 29).unwrap().weekday(), 1); // a Tuesday
        assert_eq!(PubDate::new(2024, 7, 29).unwrap().weekday(), 0); // a Monday
        assert_eq!(PubDate::new(2000, 2, 29).unwrap().weekday(), 1);
    }

    #[test]
    fn invalid_days_are_rejected() {
        assert_eq!(PubDate::new(2025, 2, 29), None);
        assert_eq!(PubDate::new(2024, 13, 1), None);
        assert!(PubDate::new(2024, 2, 29).is_some());
        assert_eq!(PubDate::parse("2024-02-3"), None);
        assert_eq!(PubDate::parse("é"), None);
    }

    #[test]
    fn char_index_counts_scalar_values() {
        let text = "l’OIM à Genève";
        let idx = CharIndex::new(text);
        let b = text.find("OIM").unwrap();
        assert_eq!(idx.chars(b), 2);
        assert_eq!(idx.chars(text.len()), text.chars().count());
    }

    #[test]
    fn money_serializes_whole_amounts_as_integers() {
        let m = Money {
            amount: 1.0e8,
            currency: "USD".into(),
        };
        assert_eq!(
            serde_json::to_string(&m).unwrap(),
            r#"{"amount":100000000,"currency":"USD"}"#
        );
        let m = Money {
            amount: 1.5,
            currency: "EUR".into(),
        };
        assert_eq!(
            serde_json::to_string(&m).unwrap(),
            r#"{"amount":1.5,"currency":"EUR"}"#
        );
    }
}
