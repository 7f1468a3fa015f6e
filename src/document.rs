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
/// The table is small (about 0.2 byte per byte of text): for each block of 64 bytes, a bit per
/// byte that starts a character, and the number of characters before the block. A lookup adds
/// the block's count to the number of starts before the byte within the block.
///
/// ```
/// let text = "Genève, l’OIM";
/// let index = glaneur::document::CharIndex::new(text);
/// let b = text.find("OIM").unwrap();
/// assert_eq!(index.chars(b), text[..b].chars().count());
/// assert_eq!(index.chars(text.len()), text.chars().count());
/// ```
pub struct CharIndex {
    /// Bit `i` of `starts[k]`: byte `64k + i` starts a character. Empty for ASCII.
    starts: Vec<u64>,
    /// `before[k]`: characters before byte `64k`.
    before: Vec<u32>,
    len: usize,
}

/// Bit `i` set when byte `i` of `chunk` (at most 64 bytes) starts a character: UTF-8
/// continuation bytes are `0b10xx_xxxx`, every other byte starts one. Eight bytes at a time:
/// the high bit of each byte of a word says "continuation" after one mask, and one
/// multiplication gathers the eight high bits into a byte.
fn char_start_bits(chunk: &[u8]) -> u64 {
    use crate::scan::HIGH;
    let mut bits = 0u64;
    let mut words = chunk.chunks_exact(8);
    for (k, w) in words.by_ref().enumerate() {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(w);
        let w = u64::from_le_bytes(eight);
        let continuation = w & !(w << 1) & HIGH;
        let starts = !continuation & HIGH;
        let gathered = ((starts >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56;
        bits |= gathered << (8 * k);
    }
    let done = chunk.len() - words.remainder().len();
    for (i, &b) in words.remainder().iter().enumerate() {
        bits |= u64::from(b & 0xC0 != 0x80) << (done + i);
    }
    bits
}

impl CharIndex {
    pub fn new(text: &str) -> CharIndex {
        if text.is_ascii() {
            return CharIndex {
                starts: Vec::new(),
                before: Vec::new(),
                len: text.len(),
            };
        }
        let blocks = text.len().div_ceil(64);
        let mut starts = Vec::with_capacity(blocks);
        let mut before = Vec::with_capacity(blocks);
        let mut count = 0u32;
        for chunk in text.as_bytes().chunks(64) {
            let bits = char_start_bits(chunk);
            before.push(count);
            starts.push(bits);
            count += bits.count_ones();
        }
        CharIndex {
            starts,
            before,
            len: text.len(),
        }
    }

    /// The character offset of a byte offset (which must be a char boundary for a useful answer;
    /// past the end, the number of characters).
    pub fn chars(&self, byte: usize) -> usize {
        let byte = byte.min(self.len);
        if self.starts.is_empty() {
            return byte;
        }
        let (block, bit) = (byte / 64, byte % 64);
        match (self.before.get(block), self.starts.get(block)) {
            (Some(&before), Some(&bits)) => {
                let below = if bit == 0 { 0 } else { bits << (64 - bit) };
                before as usize + below.count_ones() as usize
            }
            // `byte == len` on a block boundary: every character is before it.
            _ => {
                let last = self.starts.len() - 1;
                self.before[last] as usize + self.starts[last].count_ones() as usize
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_start_bits_by_words_agree_with_bytes() {
        let text = "Ça coûte 1 000 € à l’État – 東京 🙂 et ".repeat(3);
        let bytes = text.as_bytes();
        for len in 0..=64 {
            for from in 0..8 {
                let chunk = &bytes[from..from + len];
                let mut want = 0u64;
                for (i, &b) in chunk.iter().enumerate() {
                    want |= u64::from(b & 0xC0 != 0x80) << i;
                }
                assert_eq!(char_start_bits(chunk), want, "{from} {len}");
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
