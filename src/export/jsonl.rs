//! JSON Lines: the contract of `shared/eval/SCHEMA.md`, one record per line, in input order.

use std::io::{self, Write};
use std::ops::Range;

use super::{Destination, ErrorRecord, RecordFormat, Sink};
use crate::batch::Outcome;
use crate::document::{DateValue, EntityType, Money, Value};
use crate::facts::{Argument, Fact, FactKind};
use crate::record::{Entity, Extraction};

/// Writes one JSON object per line: the [`Extraction`] of each document, or
/// an [`ErrorRecord`] for a document that could not be read.
///
/// ```
/// use glaneur::batch::Outcome;
/// use glaneur::export::{jsonl::JsonLines, Sink};
/// use glaneur::input::InputError;
/// let e = InputError { input: "a.jsonl".into(), line: Some(2), id: None, message: "malformed JSON".into() };
/// let mut out = Vec::new();
/// let mut sink = JsonLines::new(&mut out);
/// sink.outcome(&Outcome::Failed(e)).unwrap();
/// Box::new(sink).finish().unwrap();
/// assert_eq!(String::from_utf8(out).unwrap(),
///     "{\"id\":\"a.jsonl:2\",\"entities\":[],\"facts\":[],\"error\":\"malformed JSON\",\"input\":\"a.jsonl\",\"line\":2}\n");
/// ```
pub struct JsonLines<W: Write> {
    out: W,
}

impl<W: Write> JsonLines<W> {
    pub fn new(out: W) -> Self {
        JsonLines { out }
    }

    /// Finishes and returns the writer (to commit an [`AtomicFile`](super::AtomicFile)).
    pub fn into_inner(mut self) -> io::Result<W> {
        self.out.flush()?;
        Ok(self.out)
    }
}

/// Writes one outcome as a single JSON object, without a newline.
pub(crate) fn write_record(out: &mut Vec<u8>, outcome: &Outcome) -> io::Result<()> {
    write_record_spilling(out, outcome, &mut |_| Ok(()))
}

/// [`write_record`], calling `spill` on `out` as [`write_extraction`] does.
fn write_record_spilling(
    out: &mut Vec<u8>,
    outcome: &Outcome,
    spill: &mut dyn FnMut(&mut Vec<u8>) -> io::Result<()>,
) -> io::Result<()> {
    match outcome {
        Outcome::Extracted(d) => write_extraction(out, &d.extraction, spill)?,
        Outcome::Failed(e) => serde_json::to_writer(out, &ErrorRecord::new(outcome, e))?,
    }
    Ok(())
}

/// How much of a streamed record is formatted before it is written out (see
/// [`JsonLines`]'s `outcome`).
const PIECE: usize = 1 << 20;

/// Writes an extraction exactly as `serde_json::to_writer` would (the same bytes; a test
/// holds them equal), with the entities written directly: they are most of a record, and
/// serde's field-by-field calls cost more than the writing itself (about half the time of
/// the export). Facts are written the same way; warnings, rare, go through serde.
///
/// `spill` is called whenever `out` holds a [`PIECE`] or more, between two entities or facts:
/// a record formatted whole in memory passes one that does nothing, a streamed one one that
/// writes `out` and empties it (so the memos of what was written, which copy from `out`, start
/// again after it).
fn write_extraction(
    out: &mut Vec<u8>,
    x: &Extraction,
    spill: &mut dyn FnMut(&mut Vec<u8>) -> io::Result<()>,
) -> io::Result<()> {
    out.extend_from_slice(b"{\"id\":");
    write_str(out, &x.id);
    out.extend_from_slice(b",\"entities\":[");
    let mut rules = RuleMemo::default();
    for (k, e) in x.entities.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        write_entity(out, e, &mut rules)?;
        if out.len() >= PIECE {
            spill(out)?;
            // The memo points at bytes that may just have been written out.
            rules = RuleMemo::default();
        }
    }
    out.extend_from_slice(b"],\"facts\":[");
    let mut evidence = None;
    for (k, f) in x.facts.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        write_fact(out, f, &mut evidence)?;
        if out.len() >= PIECE {
            spill(out)?;
            evidence = None;
        }
    }
    out.push(b']');
    if !x.warnings.is_empty() {
        write_key(out, "warnings");
        serde_json::to_writer(&mut *out, &x.warnings)?;
    }
    out.push(b'}');
    Ok(())
}

/// One [`Entity`], fields in the order of its declaration (serde's order). Each key is one
/// literal with its comma and colon: one bounds check and one store per key.
fn write_entity(out: &mut Vec<u8>, e: &Entity, rules: &mut RuleMemo) -> io::Result<()> {
    out.extend_from_slice(entity_start(e.kind));
    let text = out.len();
    write_str(out, &e.text);
    let text = text..out.len();
    out.extend_from_slice(b",\"start\":");
    write_uint(out, e.start);
    out.extend_from_slice(b",\"end\":");
    write_uint(out, e.end);
    if let Some(c) = &e.canonical {
        out.extend_from_slice(b",\"canonical\":");
        // Half the canonical names are the text itself.
        write_str_again(out, c, &e.text, text);
    }
    if let Some(v) = &e.value {
        out.extend_from_slice(b",\"value\":");
        match v {
            Value::Money(m) => write_money(out, m)?,
            Value::Date(d) => write_date(out, d)?,
        }
    }
    out.extend_from_slice(b",\"byte_start\":");
    write_uint(out, e.byte_start);
    out.extend_from_slice(b",\"byte_end\":");
    write_uint(out, e.byte_end);
    out.extend_from_slice(b",\"sentence\":");
    write_uint(out, e.sentence);
    out.extend_from_slice(b",\"rule\":");
    rules.write(out, e.rule);
    if let Some(id) = &e.entry {
        out.extend_from_slice(b",\"entry\":");
        write_str(out, id);
    }
    out.push(b'}');
    Ok(())
}

/// The start of an entity's object up to its text, one literal per type (a test holds it to
/// [`EntityType::as_str`]).
fn entity_start(kind: EntityType) -> &'static [u8] {
    match kind {
        EntityType::Person => b"{\"type\":\"PERSON\",\"text\":",
        EntityType::Organization => b"{\"type\":\"ORGANIZATION\",\"text\":",
        EntityType::Country => b"{\"type\":\"COUNTRY\",\"text\":",
        EntityType::Location => b"{\"type\":\"LOCATION\",\"text\":",
        EntityType::Money => b"{\"type\":\"MONEY\",\"text\":",
        EntityType::Date => b"{\"type\":\"DATE\",\"text\":",
    }
}

/// The rule names of a record's entities already written, and where: a document names about
/// ten rules over tens or hundreds of entities, and a rule written before is copied from
/// there instead of being scanned for escapes again. Slots are chosen by the address of the
/// `&'static str` (one comparison; a name seen again under another address, or pushed out of
/// its slot, is written anew: the bytes are the same either way).
#[derive(Default)]
struct RuleMemo {
    slots: [Option<(&'static str, Range<usize>)>; 16],
}

impl RuleMemo {
    fn write(&mut self, out: &mut Vec<u8>, rule: &'static str) {
        let address = rule.as_ptr() as usize;
        let slot = &mut self.slots[(address.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 60) & 15];
        if let Some((seen, at)) = slot {
            if std::ptr::eq(*seen, rule) {
                out.extend_from_within(at.clone());
                return;
            }
        }
        let start = out.len();
        write_str(out, rule);
        *slot = Some((rule, start..out.len()));
    }
}

/// One [`Fact`]: its kind's fields first (the `type` tag, then the variant's fields: serde's
/// order for the flattened, internally tagged [`FactKind`]), then evidence, rule, confidence.
/// Numbers that are not integers (amounts, the confidence) go through serde_json, whose float
/// formatting this must match. `evidence` is the previous fact's evidence and where its JSON
/// was written: a sentence that states several facts (a quarter of them) is copied from there.
fn write_fact<'x>(
    out: &mut Vec<u8>,
    f: &'x Fact,
    evidence: &mut Option<(&'x str, Range<usize>)>,
) -> io::Result<()> {
    out.extend_from_slice(b"{\"type\":\"");
    out.extend_from_slice(f.kind.type_name().as_bytes());
    out.push(b'"');
    match &f.kind {
        FactKind::Contribution {
            donor,
            recipient,
            amount,
            date,
        } => {
            write_argument(out, "donor", Some(donor));
            write_argument(out, "recipient", Some(recipient));
            write_key(out, "amount");
            write_optional(out, amount.as_ref(), write_money)?;
            write_key(out, "date");
            write_optional(out, date.as_ref(), write_date)?;
        }
        FactKind::Membership {
            member,
            organization,
            since,
        } => {
            write_argument(out, "member", Some(member));
            write_argument(out, "organization", Some(organization));
            write_key(out, "since");
            match since {
                Some(year) => write_str(out, year),
                None => out.extend_from_slice(b"null"),
            }
        }
        FactKind::Role {
            person,
            role,
            organization,
            country,
        } => {
            write_argument(out, "person", Some(person));
            write_key(out, "role");
            write_str(out, role);
            write_argument(out, "organization", organization.as_ref());
            write_argument(out, "country", country.as_ref());
        }
        FactKind::FundingTarget {
            organization,
            amount,
        } => {
            write_argument(out, "organization", Some(organization));
            write_key(out, "amount");
            write_optional(out, amount.as_ref(), write_money)?;
        }
    }
    out.extend_from_slice(b",\"evidence\":{\"text\":");
    let text = f.evidence.text.as_str();
    match evidence {
        Some((previous, at)) if *previous == text => out.extend_from_within(at.clone()),
        _ => {
            let start = out.len();
            write_str(out, text);
            *evidence = Some((text, start..out.len()));
        }
    }
    write_key(out, "start");
    write_uint(out, f.evidence.start);
    write_key(out, "end");
    write_uint(out, f.evidence.end);
    out.extend_from_slice(b"},\"rule\":");
    write_str(out, f.rule);
    write_key(out, "confidence");
    serde_json::to_writer(&mut *out, &f.confidence)?;
    out.push(b'}');
    Ok(())
}

/// `,"key":`, the start of every member but the first (keys are plain: nothing to escape).
fn write_key(out: &mut Vec<u8>, key: &str) {
    out.extend_from_slice(b",\"");
    out.extend_from_slice(key.as_bytes());
    out.extend_from_slice(b"\":");
}

/// `,"key":` and an [`Argument`], or `null`.
fn write_argument(out: &mut Vec<u8>, key: &str, arg: Option<&Argument>) {
    write_key(out, key);
    let Some(arg) = arg else {
        out.extend_from_slice(b"null");
        return;
    };
    out.extend_from_slice(b"{\"text\":");
    let text = out.len();
    write_str(out, &arg.text);
    let text = text..out.len();
    write_key(out, "canonical");
    write_str_again(out, &arg.canonical, &arg.text, text);
    if let Some(id) = &arg.id {
        write_key(out, "id");
        write_str(out, id);
    }
    out.push(b'}');
}

/// A value written by `write`, or `null`.
fn write_optional<T>(
    out: &mut Vec<u8>,
    value: Option<&T>,
    write: fn(&mut Vec<u8>, &T) -> io::Result<()>,
) -> io::Result<()> {
    match value {
        Some(v) => write(out, v),
        None => {
            out.extend_from_slice(b"null");
            Ok(())
        }
    }
}

/// A [`Money`] as its `Serialize` writes it: a whole amount as an integer, any other through
/// serde_json (its float formatting), then the currency.
fn write_money(out: &mut Vec<u8>, m: &Money) -> io::Result<()> {
    out.extend_from_slice(b"{\"amount\":");
    if m.amount.fract() == 0.0 && m.amount.abs() < 9.0e15 {
        out.extend_from_slice(itoa::Buffer::new().format(m.amount as i64).as_bytes());
    } else {
        serde_json::to_writer(&mut *out, &m.amount)?;
    }
    out.extend_from_slice(b",\"currency\":");
    write_str(out, &m.currency);
    out.push(b'}');
    Ok(())
}

/// A [`DateValue`] as the string its `Display` makes (`2018-12-03`, `2018-12`, `--07-29`),
/// without the formatting machinery; a year outside 0–9999 or a month or day above 99 (never
/// made by the rules) goes through serde_json as before.
fn write_date(out: &mut Vec<u8>, d: &DateValue) -> io::Result<()> {
    let year = match d.year {
        Some(y) if !(0..=9999).contains(&y) => {
            serde_json::to_writer(&mut *out, d)?;
            return Ok(());
        }
        Some(y) => Some(y.unsigned_abs()),
        None => None,
    };
    if d.month.is_some_and(|m| m > 99) || d.day.is_some_and(|m| m > 99) {
        serde_json::to_writer(&mut *out, d)?;
        return Ok(());
    }
    out.push(b'"');
    match (year, d.month, d.day) {
        (Some(y), Some(m), Some(day)) => {
            write_digits(out, y / 100);
            write_digits(out, y % 100);
            out.push(b'-');
            write_digits(out, u32::from(m));
            out.push(b'-');
            write_digits(out, u32::from(day));
        }
        (Some(y), Some(m), None) => {
            write_digits(out, y / 100);
            write_digits(out, y % 100);
            out.push(b'-');
            write_digits(out, u32::from(m));
        }
        (Some(y), None, _) => {
            write_digits(out, y / 100);
            write_digits(out, y % 100);
        }
        (None, Some(m), Some(day)) => {
            out.extend_from_slice(b"--");
            write_digits(out, u32::from(m));
            out.push(b'-');
            write_digits(out, u32::from(day));
        }
        (None, Some(m), None) => {
            out.extend_from_slice(b"--");
            write_digits(out, u32::from(m));
        }
        (None, None, _) => {}
    }
    out.push(b'"');
    Ok(())
}

/// Two decimal digits of `n` (below 100), zero-padded.
fn write_digits(out: &mut Vec<u8>, n: u32) {
    out.extend_from_slice(&[b'0' + (n / 10 % 10) as u8, b'0' + (n % 10) as u8]);
}

/// A JSON string with serde_json's escapes: `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`, and
/// `\u00XX` (lower-case hex) for the other control characters; everything else as is. The runs
/// between the bytes to escape are copied whole.
fn write_str(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    if !write_short_plain(out, bytes) {
        write_long_str(out, bytes);
    }
}

/// [`write_str`] of any string, run by runs of bytes to copy. Kept out of line: the short
/// strings, most of them, then take a call that saves no registers for the loop.
#[inline(never)]
fn write_long_str(out: &mut Vec<u8>, bytes: &[u8]) {
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    let mut plain = 0;
    while let Some(rest) = bytes.get(plain..) {
        let stop = plain + plain_prefix(rest);
        out.extend_from_slice(&bytes[plain..stop]);
        let Some(&b) = bytes.get(stop) else { break };
        write_escape(out, b);
        plain = stop + 1;
    }
    out.push(b'"');
}

/// [`write_str`] of a string of at most 16 bytes that needs no escape, which most strings of
/// a record are (entity texts, entry ids, rule names, currencies); returns `false`, having
/// written nothing, for any other string. The bytes are read as one or two words, checked
/// for escapes with those words, and appended by [`push_short`]: no scan loop and no call to
/// `memcpy` for a few bytes, which cost more than the copy itself.
fn write_short_plain(out: &mut Vec<u8>, bytes: &[u8]) -> bool {
    let len = bytes.len();
    let plain = match len {
        17.. => return false,
        8..=16 => {
            let first = u64::from_le_bytes(fixed(bytes));
            let last = u64::from_le_bytes(fixed(&bytes[len - 8..]));
            needs_escape(first) | needs_escape(last) == 0
        }
        _ => needs_escape(last_word(bytes).0) == 0,
    };
    if !plain {
        return false;
    }
    out.reserve(len + 2);
    out.push(b'"');
    push_short(out, bytes);
    out.push(b'"');
    true
}

/// Appends `bytes` (at most 16) as two windows of a fixed size, the first at the start and the
/// second ending at the end, overlapping in the middle: the first is appended whole, the
/// output cut back to where the second starts, and the second appended whole. Each append
/// is of a size known at compile time, a store or two rather than a call to `memcpy`.
fn push_short(out: &mut Vec<u8>, bytes: &[u8]) {
    let (len, at) = (bytes.len(), out.len());
    match len {
        8.. => {
            out.extend_from_slice(&fixed::<8>(bytes));
            out.truncate(at + len - 8);
            out.extend_from_slice(&fixed::<8>(&bytes[len - 8..]));
        }
        4..=7 => {
            out.extend_from_slice(&fixed::<4>(bytes));
            out.truncate(at + len - 4);
            out.extend_from_slice(&fixed::<4>(&bytes[len - 4..]));
        }
        2..=3 => {
            out.extend_from_slice(&fixed::<2>(bytes));
            out.truncate(at + len - 2);
            out.extend_from_slice(&fixed::<2>(&bytes[len - 2..]));
        }
        _ => out.extend(bytes.first()),
    }
}

/// `s` as a JSON string; when it is `earlier`, whose JSON is at `at` in `out`, that is copied
/// instead of made again.
fn write_str_again(out: &mut Vec<u8>, s: &str, earlier: &str, at: Range<usize>) {
    if s == earlier {
        out.extend_from_within(at);
    } else {
        write_str(out, s);
    }
}

/// The escape of one byte that needs one (a control character, `"` or `\\`).
fn write_escape(out: &mut Vec<u8>, b: u8) {
    let escape: &[u8] = match b {
        b'"' => b"\\\"",
        b'\\' => b"\\\\",
        b'\n' => b"\\n",
        b'\r' => b"\\r",
        b'\t' => b"\\t",
        0x08 => b"\\b",
        0x0c => b"\\f",
        _ => {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(b >> 4)],
                HEX[usize::from(b & 0xf)],
            ]);
            return;
        }
    };
    out.extend_from_slice(escape);
}

/// The high bit set in each byte of `w` that needs an escape: below 0x20, `"` or `\\` (exact
/// up to the first such byte, which is all [`plain_prefix`] reads). A subtraction borrows
/// out of a byte only below its operand, so `b - 0x20` sets the high bit of a byte below 0x20,
/// `(b ^ c) - 1` that of a byte equal to `c`, and bytes at or above 0x80 are masked out (none
/// of them needs an escape, and no borrow reaches them before the first byte that does).
fn needs_escape(w: u64) -> u64 {
    use crate::scan::{HIGH, ONES};
    let control = w.wrapping_sub(0x20 * ONES);
    let quote = (w ^ (u64::from(b'"') * ONES)).wrapping_sub(ONES);
    let backslash = (w ^ (u64::from(b'\\') * ONES)).wrapping_sub(ONES);
    (control | quote | backslash) & !w & HIGH
}

/// The length of the start of `bytes` that needs no escape (no control character, `"` or
/// `\\`), read eight bytes at a time: nearly every string of a record is all of it. The last
/// bytes are read as one word too (see [`last_word`]), so that no string, however short, is
/// read a byte at a time.
fn plain_prefix(bytes: &[u8]) -> usize {
    use crate::scan::{first_stop, HIGH};
    let whole = bytes.len() / 8 * 8;
    let n = first_stop(
        bytes.get(..whole).unwrap_or_default(),
        |w| needs_escape(w) & HIGH,
        |_| false,
    );
    if n < whole || n == bytes.len() {
        return n;
    }
    let (word, at) = last_word(bytes);
    let found = needs_escape(word) & HIGH;
    if found == 0 {
        bytes.len()
    } else {
        at(found.trailing_zeros() as usize / 8)
    }
}

/// The last (at most eight) bytes of `bytes` as one word, and the map from a byte of that word
/// to its index in `bytes`. A short string is read as two overlapping windows (its first and
/// its last four or two bytes) padded with spaces; a long one as its last eight bytes, which
/// overlap bytes already read. Bytes read twice are bytes that need no escape or the first one
/// that does, so the first byte found is still the first in `bytes`.
fn last_word(bytes: &[u8]) -> (u64, impl Fn(usize) -> usize) {
    const SPACES: u64 = 0x2020_2020_2020_2020;
    let len = bytes.len();
    let (word, half) = match len {
        8.. => (u64::from_le_bytes(fixed(&bytes[len - 8..])), 8),
        4..=7 => {
            let first = u32::from_le_bytes(fixed(bytes));
            let last = u32::from_le_bytes(fixed(&bytes[len - 4..]));
            (u64::from(first) | u64::from(last) << 32, 4)
        }
        2..=3 => {
            let first = u16::from_le_bytes(fixed(bytes));
            let last = u16::from_le_bytes(fixed(&bytes[len - 2..]));
            (u64::from(first) | u64::from(last) << 16 | SPACES << 32, 2)
        }
        _ => (
            u64::from(bytes.first().copied().unwrap_or(b' ')) | SPACES << 8,
            1,
        ),
    };
    (word, move |k: usize| {
        if half == 8 {
            len - 8 + k
        } else if k < half {
            k
        } else {
            len + k - 2 * half
        }
    })
}

/// The first `N` bytes of `bytes` (at least `N` long) as an array: a copy of a known size, one
/// load.
fn fixed<const N: usize>(bytes: &[u8]) -> [u8; N] {
    let mut array = [0u8; N];
    array.copy_from_slice(&bytes[..N]);
    array
}

/// An unsigned integer in decimal, as `itoa` (and serde_json) writes it. Below 10⁸ (every
/// offset of a document under 100 MB) its eight digits are made at once in one word (see
/// [`eight_digits`]), appended whole and cut to length: no loop, no branch on the length, no
/// call to `memcpy` for a slice of variable length.
#[inline]
fn write_uint(out: &mut Vec<u8>, n: usize) {
    let Some(small) = u32::try_from(n).ok().filter(|&n| n < 100_000_000) else {
        out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
        return;
    };
    let digits = eight_digits(small);
    // Leading zero digits are zero bytes at the start (low end) of the word; `0` keeps one.
    let leading = (digits.trailing_zeros() / 8).min(7);
    let ascii = (digits + u64::from_le_bytes([b'0'; 8])) >> (8 * leading);
    let at = out.len();
    out.extend_from_slice(&ascii.to_le_bytes());
    out.truncate(at + 8 - leading as usize);
}

/// The eight decimal digits of `n` (below 10⁸, zero-padded) as the bytes 0–9 of a little-endian
/// word, most significant first: the number is split into two halves of four digits, each
/// half into two pairs, each pair into two digits, every split done in all lanes of the word
/// at once by a multiplication that divides by 100 or 10 exactly in that range.
fn eight_digits(n: u32) -> u64 {
    let halves = u64::from(n / 10_000) | u64::from(n % 10_000) << 32;
    // x * 10486 >> 20 == x / 100 for x < 10⁴, in each 32-bit lane.
    let hundreds = ((halves * 10_486) >> 20) & 0x0000_007F_0000_007F;
    let pairs = hundreds | (halves - hundreds * 100) << 16;
    // x * 103 >> 10 == x / 10 for x < 100, in each 16-bit lane.
    let tens = ((pairs * 103) >> 10) & 0x000F_000F_000F_000F;
    tens | (pairs - tens * 10) << 8
}

impl<W: Destination> Sink for JsonLines<W> {
    /// An extraction too large to be formatted on its extracting thread (see
    /// [`super::Prepared::new`]) is written here in pieces of about a [`PIECE`]: the record of
    /// a 50 MB document is 250 MB of JSON, which would otherwise be held whole.
    fn outcome(&mut self, outcome: &Outcome) -> io::Result<()> {
        let mut piece = Vec::new();
        let out = &mut self.out;
        write_record_spilling(&mut piece, outcome, &mut |piece| {
            out.write_all(piece)?;
            piece.clear();
            Ok(())
        })?;
        piece.push(b'\n');
        self.out.write_all(&piece)
    }

    fn record_format(&self) -> Option<RecordFormat> {
        Some(write_record)
    }

    fn record(&mut self, record: &[u8]) -> io::Result<()> {
        self.out.write_all(record)?;
        self.out.write_all(b"\n")
    }

    fn finish(self: Box<Self>) -> io::Result<()> {
        self.out.close()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{DateValue, EntityType, Money, Value};

    #[test]
    fn plain_prefix_stops_at_the_first_byte_to_escape() {
        let text = "«Côte d’Ivoire» a \"dit\" \\ \n\u{1f}\u{7f} fin de la phrase";
        for from in 0..text.len() {
            let bytes = &text.as_bytes()[from..];
            let want = bytes
                .iter()
                .take_while(|&&b| b >= 0x20 && b != b'"' && b != b'\\')
                .count();
            assert_eq!(plain_prefix(bytes), want, "{from}");
        }
    }

    #[test]
    fn entity_start_names_the_type_as_serde_does() {
        for kind in EntityType::ALL {
            let want = format!(
                "{{\"type\":{},\"text\":",
                serde_json::to_string(&kind).unwrap()
            );
            assert_eq!(entity_start(kind), want.as_bytes(), "{kind}");
        }
    }

    #[test]
    fn write_uint_writes_what_itoa_writes() {
        let mut values: Vec<usize> = (0..20_000).collect();
        for k in 0..20 {
            let p = 10usize.pow(k);
            values.extend([p - 1, p, p + 1, p.saturating_mul(7).saturating_add(3)]);
        }
        values.extend([99_999_999, 100_000_000, usize::MAX, u32::MAX as usize + 5]);
        for n in values {
            let mut out = b"x".to_vec();
            write_uint(&mut out, n);
            assert_eq!(out[1..], *itoa::Buffer::new().format(n).as_bytes(), "{n}");
        }
    }

    #[test]
    fn write_str_escapes_as_serde_json_at_every_length() {
        let text = "ab\"c\\d\u{1}e\u{1f}f\ng\u{7f}hé€🙂 i j\tk\rl\u{8}m\u{c}".repeat(3)
            + "Organisation internationale pour les migrations (OIM) à Genève";
        for from in 0..text.len() {
            for to in from..=text.len() {
                let Some(s) = text.get(from..to) else {
                    continue;
                };
                let mut out = Vec::new();
                write_str(&mut out, s);
                assert_eq!(out, serde_json::to_vec(s).unwrap(), "{s:?}");
            }
        }
    }

    /// One fact of each kind, with and without their optional parts.
    fn facts() -> Vec<Fact> {
        use crate::facts::Evidence;
        let arg = |text: &str, id: Option<&str>| Argument {
            text: text.to_string(),
            canonical: format!("{text} \"canonique\""),
            id: id.map(str::to_string),
        };
        let money = Money {
            amount: 1.5e6,
            currency: "EUR".into(),
        };
        let kinds = vec![
            FactKind::Contribution {
                donor: arg("le Royaume", Some("country:gb")),
                recipient: arg("l’OIM", None),
                amount: Some(money.clone()),
                date: Some(DateValue::year(2024)),
            },
            FactKind::Contribution {
                donor: arg("A", None),
                recipient: arg("B", None),
                amount: None,
                date: None,
            },
            FactKind::Membership {
                member: arg("Maroc", Some("country:ma")),
                organization: arg("UA", Some("org:ua")),
                since: Some("2017".into()),
            },
            FactKind::Membership {
                member: arg("X", None),
                organization: arg("Y", None),
                since: None,
            },
            FactKind::Membership {
                member: Argument {
                    text: "l’\"Union\"".into(),
                    canonical: "l’\"Union\"".into(),
                    id: None,
                },
                organization: arg("Y", None),
                since: None,
            },
            FactKind::Role {
                person: arg("Amy Pope", None),
                role: "directrice générale".into(),
                organization: Some(arg("OIM", Some("org:oim"))),
                country: None,
            },
            FactKind::Role {
                person: arg("P", None),
                role: "ministre".into(),
                organization: None,
                country: Some(arg("Sénégal", Some("country:sn"))),
            },
            FactKind::FundingTarget {
                organization: arg("PAM", None),
                amount: Some(money),
            },
        ];
        kinds
            .into_iter()
            .enumerate()
            .map(|(k, kind)| Fact {
                kind,
                evidence: Evidence {
                    text: "« Une phrase » \"citée\"\n".into(),
                    start: k,
                    end: 100 + k,
                    bytes: crate::document::Span::new(0, 1),
                },
                rule: "rule.x",
                confidence: [0.9, 0.75, 1.0, 0.1, 0.333][k % 5],
            })
            .collect()
    }

    #[test]
    fn same_bytes_as_serde_json() {
        let entity = |text: &str, canonical: Option<&str>, value: Option<Value>| Entity {
            kind: EntityType::Money,
            text: text.to_string(),
            start: 0,
            end: 1_234_567,
            canonical: canonical.map(str::to_string),
            value,
            byte_start: 10,
            byte_end: usize::MAX,
            sentence: 9,
            rule: "money.\"amount\"",
            entry: canonical.map(|_| "org:x\\y".to_string()),
        };
        let x = Extraction {
            id: "doc \"1\"\u{7f}\u{1}\u{1f}".to_string(),
            entities: vec![
                entity("plain", None, None),
                entity("«Côte d’Ivoire»\n\t\r\u{8}\u{c}\u{0}\\", Some("é\"x"), None),
                entity(
                    "5 M$",
                    None,
                    Some(Value::Money(Money {
                        amount: 5e6,
                        currency: "USD".into(),
                    })),
                ),
                entity(
                    "",
                    Some(""),
                    Some(Value::Date(DateValue {
                        year: Some(2024),
                        month: Some(1),
                        day: None,
                    })),
                ),
            ],
            facts: facts(),
            warnings: vec![crate::record::Warning::document("w", "m\"")],
        };
        let mut fast = Vec::new();
        write_extraction(&mut fast, &x, &mut |_| Ok(())).unwrap();
        assert_eq!(
            String::from_utf8(fast).unwrap(),
            serde_json::to_string(&x).unwrap()
        );
        streamed_as_whole(x.clone());
        let empty = Extraction {
            warnings: Vec::new(),
            entities: Vec::new(),
            ..x
        };
        let mut fast = Vec::new();
        write_extraction(&mut fast, &empty, &mut |_| Ok(())).unwrap();
        assert_eq!(fast, serde_json::to_vec(&empty).unwrap());
    }

    /// A record too large to be formatted on its extracting thread is written by the sink in
    /// pieces, with the same bytes as serde_json's: the rules and evidence copied from earlier
    /// in the record start again after each piece written.
    fn streamed_as_whole(mut x: Extraction) {
        let (entities, facts) = (x.entities.clone(), x.facts.clone());
        while x.entities.len() * 200 < 3 * PIECE {
            x.entities.extend(entities.iter().cloned());
        }
        while x.facts.len() * 300 < 2 * PIECE {
            x.facts.extend(facts.iter().cloned());
        }
        let outcome = Outcome::Extracted(crate::batch::Done {
            input: "long.jsonl".into(),
            line: Some(1),
            date: None,
            bytes: 0,
            extraction: x,
        });
        let mut out = Vec::new();
        let mut sink = JsonLines::new(&mut out);
        sink.outcome(&outcome).unwrap();
        Box::new(sink).finish().unwrap();
        let Outcome::Extracted(done) = &outcome else {
            unreachable!()
        };
        let mut whole = serde_json::to_vec(&done.extraction).unwrap();
        whole.push(b'\n');
        assert!(whole.len() > 4 * PIECE);
        assert!(out == whole, "the streamed record differs");
    }
}
