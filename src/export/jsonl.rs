//! JSON Lines: the contract of `shared/eval/SCHEMA.md`, one record per line, in input order.

use std::io::{self, Write};

use super::{Destination, ErrorRecord, RecordFormat, Sink};
use crate::batch::Outcome;
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
    match outcome {
        Outcome::Extracted(d) => write_extraction(out, &d.extraction)?,
        Outcome::Failed(e) => serde_json::to_writer(out, &ErrorRecord::new(outcome, e))?,
    }
    Ok(())
}

/// Writes an extraction exactly as `serde_json::to_writer` would (the same bytes; a test
/// holds them equal), with the entities written directly: they are most of a record, and
/// serde's field-by-field calls cost more than the writing itself (about half the time of
/// the export). Facts are written the same way; warnings, rare, go through serde.
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
    out.extend_from_slice(b"],\"facts\":[");
    for (k, f) in x.facts.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        write_fact(out, f)?;
    }
    out.push(b']');
    if !x.warnings.is_empty() {
        write_key(out, "warnings");
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
    write_key(out, "start");
    write_uint(out, e.start);
    write_key(out, "end");
    write_uint(out, e.end);
    if let Some(c) = &e.canonical {
        write_key(out, "canonical");
        write_str(out, c);
    }
    if let Some(v) = &e.value {
        write_key(out, "value");
        serde_json::to_writer(&mut *out, v)?;
    }
    write_key(out, "byte_start");
    write_uint(out, e.byte_start);
    write_key(out, "byte_end");
    write_uint(out, e.byte_end);
    write_key(out, "sentence");
    write_uint(out, e.sentence);
    write_key(out, "rule");
    write_str(out, e.rule);
    if let Some(id) = &e.entry {
        write_key(out, "entry");
        write_str(out, id);
    }
    out.push(b'}');
    Ok(())
}

/// One [`Fact`]: its kind's fields first (the `type` tag, then the variant's fields: serde's
/// order for the flattened, internally tagged [`FactKind`]), then evidence, rule, confidence.
/// Numbers that are not integers (amounts, the confidence) go through serde_json, whose float
/// formatting this must match.
fn write_fact(out: &mut Vec<u8>, f: &Fact) -> io::Result<()> {
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
            write_value(out, "amount", amount)?;
            write_value(out, "date", date)?;
        }
        FactKind::Membership {
            member,
            organization,
            since,
        } => {
            write_argument(out, "member", Some(member));
            write_argument(out, "organization", Some(organization));
            write_value(out, "since", since)?;
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
            write_value(out, "amount", amount)?;
        }
    }
    out.extend_from_slice(b",\"evidence\":{\"text\":");
    write_str(out, &f.evidence.text);
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
    write_str(out, &arg.text);
    write_key(out, "canonical");
    write_str(out, &arg.canonical);
    if let Some(id) = &arg.id {
        write_key(out, "id");
        write_str(out, id);
    }
    out.push(b'}');
}

/// `,"key":` and a value through serde_json (`null` for `None`).
fn write_value(out: &mut Vec<u8>, key: &str, value: &impl serde::Serialize) -> io::Result<()> {
    write_key(out, key);
    serde_json::to_writer(&mut *out, value)?;
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

/// An unsigned integer in decimal, two digits at a time (the `itoa` crate, as serde_json).
fn write_uint(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

impl<W: Destination> Sink for JsonLines<W> {
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
