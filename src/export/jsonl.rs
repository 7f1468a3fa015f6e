//! JSON Lines: the contract of `shared/eval/SCHEMA.md`, one record per line, in input order.

use std::io::{self, Write};

use super::{Destination, ErrorRecord, Sink};
use crate::batch::Outcome;
use crate::record::{Entity, Extraction};

/// Writes one JSON object per line: the [`Extraction`](crate::Extraction) of each document, or
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
    /// One record at a time: serde_json writes a record in hundreds of small pieces, which cost
    /// less appended to a `Vec` than passed one by one through the output's buffer.
    line: Vec<u8>,
}

impl<W: Write> JsonLines<W> {
    pub fn new(out: W) -> Self {
        JsonLines {
            out,
            line: Vec::new(),
        }
    }

    /// Finishes and returns the writer (to commit an [`AtomicFile`](super::AtomicFile)).
    pub fn into_inner(mut self) -> io::Result<W> {
        self.out.flush()?;
        Ok(self.out)
    }
}

/// Writes one outcome as a single JSON object, without a newline.
pub(crate) fn write_record(out: &mut Vec<u8>, outcome: &Outcome) -> io::Result<()> {
    match outcome {
        Outcome::Extracted(d) => write_extraction(out, &d.extraction)?,
        Outcome::Failed(e) => serde_json::to_writer(out, &ErrorRecord::new(outcome, e))?,
    }
    Ok(())
}

/// Writes an extraction exactly as `serde_json::to_writer` would (the same bytes; a test
/// holds them equal), with the entities written directly: they are most of a record, and
/// serde's field-by-field calls cost more than the writing itself (about half the time of
/// the export). Facts and warnings, fewer and nested, go through serde.
fn write_extraction(out: &mut Vec<u8>, x: &Extraction) -> io::Result<()> {
    out.extend_from_slice(b"{\"id\":");
    write_str(out, &x.id);
    out.extend_from_slice(b",\"entities\":[");
    for (k, e) in x.entities.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        write_entity(out, e)?;
    }
    out.extend_from_slice(b"],\"facts\":");
    serde_json::to_writer(&mut *out, &x.facts)?;
    if !x.warnings.is_empty() {
        out.extend_from_slice(b",\"warnings\":");
        serde_json::to_writer(&mut *out, &x.warnings)?;
    }
    out.push(b'}');
    Ok(())
}

/// One [`Entity`], fields in the order of its declaration (serde's order).
fn write_entity(out: &mut Vec<u8>, e: &Entity) -> io::Result<()> {
    out.extend_from_slice(b"{\"type\":\"");
    out.extend_from_slice(e.kind.as_str().as_bytes());
    out.extend_from_slice(b"\",\"text\":");
    write_str(out, &e.text);
    out.extend_from_slice(b",\"start\":");
    write_uint(out, e.start);
    out.extend_from_slice(b",\"end\":");
    write_uint(out, e.end);
    if let Some(c) = &e.canonical {
        out.extend_from_slice(b",\"canonical\":");
        write_str(out, c);
    }
    if let Some(v) = &e.value {
        out.extend_from_slice(b",\"value\":");
        serde_json::to_writer(&mut *out, v)?;
    }
    out.extend_from_slice(b",\"byte_start\":");
    write_uint(out, e.byte_start);
    out.extend_from_slice(b",\"byte_end\":");
    write_uint(out, e.byte_end);
    out.extend_from_slice(b",\"sentence\":");
    write_uint(out, e.sentence);
    out.extend_from_slice(b",\"rule\":");
    write_str(out, e.rule);
    if let Some(id) = &e.entry {
        out.extend_from_slice(b",\"entry\":");
        write_str(out, id);
    }
    out.push(b'}');
    Ok(())
}

/// A JSON string with serde_json's escapes: `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`, and
/// `\u00XX` (lower-case hex) for the other control characters; everything else as is.
fn write_str(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let bytes = s.as_bytes();
    let clean = plain_prefix(bytes);
    if clean == bytes.len() {
        out.extend_from_slice(bytes);
        out.push(b'"');
        return;
    }
    let mut plain = 0;
    for (i, &b) in bytes.iter().enumerate().skip(clean) {
        let escape: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            0..=0x1f => b"",
            _ => continue,
        };
        out.extend_from_slice(&bytes[plain..i]);
        if escape.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.extend_from_slice(b"\\u00");
            out.push(HEX[usize::from(b >> 4)]);
            out.push(HEX[usize::from(b & 0xf)]);
        } else {
            out.extend_from_slice(escape);
        }
        plain = i + 1;
    }
    out.extend_from_slice(&bytes[plain..]);
    out.push(b'"');
}

/// The length of the start of `bytes` that needs no escape (no control character, `"` or
/// `\\`), read eight bytes at a time: nearly every string of a record is all of it.
fn plain_prefix(bytes: &[u8]) -> usize {
    use crate::scan::{first_stop, zero_bytes, ONES};
    // A byte below 0x20 has its three high bits clear: `w & 0xE0..` has a zero byte there.
    let special = |w: u64| {
        zero_bytes(w & (0xE0 * ONES))
            | zero_bytes(w ^ (u64::from(b'"') * ONES))
            | zero_bytes(w ^ (u64::from(b'\\') * ONES))
    };
    first_stop(bytes, special, |b| b < 0x20 || b == b'"' || b == b'\\')
}

/// An unsigned integer in decimal.
fn write_uint(out: &mut Vec<u8>, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut k = digits.len();
    loop {
        k -= 1;
        digits[k] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[k..]);
}

impl<W: Destination> Sink for JsonLines<W> {
    fn outcome(&mut self, outcome: &Outcome) -> io::Result<()> {
        self.line.clear();
        write_record(&mut self.line, outcome)?;
        self.line.push(b'\n');
        self.out.write_all(&self.line)
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
            facts: Vec::new(),
            warnings: vec![crate::record::Warning::document("w", "m\"")],
        };
        let mut fast = Vec::new();
        write_extraction(&mut fast, &x).unwrap();
        assert_eq!(
            String::from_utf8(fast).unwrap(),
            serde_json::to_string(&x).unwrap()
        );
        let empty = Extraction {
            warnings: Vec::new(),
            entities: Vec::new(),
            ..x
        };
        let mut fast = Vec::new();
        write_extraction(&mut fast, &empty).unwrap();
        assert_eq!(fast, serde_json::to_vec(&empty).unwrap());
    }
}
