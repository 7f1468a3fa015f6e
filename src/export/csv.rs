//! CSV tables for spreadsheets: `documents.csv`, `entities.csv`, `facts.csv` and
//! `facts_merged.csv` in one directory (columns in the README, section "Command line").
//!
//! Spreadsheets run a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return as a
//! formula; text taken from articles could thus execute in the reader's spreadsheet ("CSV
//! injection"). As OWASP recommends, every **text** cell starting with one of those characters
//! is prefixed with `'` ([`neutralize`]). Numeric columns (offsets, amounts, counts) are
//! written by glaneur itself, hold only numbers and are left as they are so that they stay
//! numbers in the sheet.

use std::collections::HashMap;
use std::io;
use std::path::Path;

use super::{AtomicFile, Destination, Sink};
use crate::batch::Outcome;
use crate::document::{Money, Value};
use crate::facts::{Argument, Fact, FactKind};

/// Options of the CSV tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CsvOptions {
    /// Field delimiter: `,` by default, `;` for French-locale spreadsheets.
    pub delimiter: u8,
    /// Start each file with a UTF-8 byte order mark, so that Excel reads it as UTF-8.
    pub bom: bool,
}

impl Default for CsvOptions {
    fn default() -> Self {
        CsvOptions {
            delimiter: b',',
            bom: false,
        }
    }
}

pub const DOCUMENT_COLUMNS: &[&str] = &[
    "id", "input", "line", "date", "entities", "facts", "warnings", "error",
];
pub const ENTITY_COLUMNS: &[&str] = &[
    "document_id",
    "type",
    "text",
    "start",
    "end",
    "canonical",
    "amount",
    "currency",
    "date",
    "entry",
    "rule",
    "sentence",
];
pub const FACT_COLUMNS: &[&str] = &[
    "document_id",
    "type",
    "subject_role",
    "subject_text",
    "subject_canonical",
    "object_role",
    "object_text",
    "object_canonical",
    "role",
    "country_text",
    "country_canonical",
    "amount",
    "currency",
    "date",
    "evidence",
    "evidence_start",
    "evidence_end",
    "rule",
    "confidence",
];
pub const MERGED_COLUMNS: &[&str] = &[
    "type",
    "subject_role",
    "subject_canonical",
    "object_role",
    "object_canonical",
    "role",
    "country_canonical",
    "amount",
    "currency",
    "date",
    "count",
    "documents",
];

/// Prefixes `'` to a text cell a spreadsheet would run as a formula.
///
/// ```
/// use glaneur::export::csv::neutralize;
/// assert_eq!(neutralize("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
/// assert_eq!(neutralize("-5"), "'-5");
/// assert_eq!(neutralize("Maroc"), "Maroc");
/// ```
pub fn neutralize(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.as_bytes().first() {
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r') => format!("'{cell}").into(),
        _ => cell.into(),
    }
}

/// A number as written in the numeric columns: whole amounts without a fractional part.
fn number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

/// One fact flattened into the columns shared by `facts.csv` and `facts_merged.csv`.
struct FlatFact<'a> {
    kind: &'static str,
    subject: (&'static str, Option<&'a Argument>),
    object: (&'static str, Option<&'a Argument>),
    role: &'a str,
    country: Option<&'a Argument>,
    money: Option<&'a Money>,
    date: String,
}

fn flatten(f: &Fact) -> FlatFact<'_> {
    let kind = f.kind.type_name();
    match &f.kind {
        FactKind::Contribution {
            donor,
            recipient,
            amount,
            date,
        } => FlatFact {
            kind,
            subject: ("donor", Some(donor)),
            object: ("recipient", Some(recipient)),
            role: "",
            country: None,
            money: amount.as_ref(),
            date: date.map(|d| d.to_string()).unwrap_or_default(),
        },
        FactKind::Membership {
            member,
            organization,
            since,
        } => FlatFact {
            kind,
            subject: ("member", Some(member)),
            object: ("organization", Some(organization)),
            role: "",
            country: None,
            money: None,
            date: since.clone().unwrap_or_default(),
        },
        FactKind::Role {
            person,
            role,
            organization,
            country,
        } => FlatFact {
            kind,
            subject: ("person", Some(person)),
            object: ("organization", organization.as_ref()),
            role,
            country: country.as_ref(),
            money: None,
            date: String::new(),
        },
        FactKind::FundingTarget {
            organization,
            amount,
        } => FlatFact {
            kind,
            subject: ("organization", Some(organization)),
            object: ("", None),
            role: "",
            country: None,
            money: amount.as_ref(),
            date: String::new(),
        },
    }
}

/// The four tables; each file is written under a temporary name and renamed at the end.
pub struct CsvTables<W: Destination = AtomicFile> {
    documents: csv::Writer<W>,
    entities: csv::Writer<W>,
    facts: csv::Writer<W>,
    merged_out: csv::Writer<W>,
    /// Merged facts in order of first appearance: key → (count, document ids).
    merged: Vec<(Vec<String>, usize, Vec<String>)>,
    merged_index: HashMap<Vec<String>, usize>,
}

impl CsvTables<AtomicFile> {
    /// Creates the directory if needed and the four files in it.
    pub fn create(dir: &Path, options: CsvOptions) -> io::Result<Self> {
        std::fs::create_dir_all(dir)
            .map_err(|e| io::Error::new(e.kind(), format!("creating {}: {e}", dir.display())))?;
        let open = |name: &str| AtomicFile::create(&dir.join(name));
        CsvTables::new(
            [
                open("documents.csv")?,
                open("entities.csv")?,
                open("facts.csv")?,
                open("facts_merged.csv")?,
            ],
            options,
        )
    }
}

impl<W: Destination> CsvTables<W> {
    /// The tables over four writers: documents, entities, facts, merged facts. Writes the BOM
    /// (if asked) and the header rows.
    pub fn new(outs: [W; 4], options: CsvOptions) -> io::Result<Self> {
        let [d, e, f, m] = outs;
        let make = |mut w: W, header: &[&str]| -> io::Result<csv::Writer<W>> {
            if options.bom {
                w.write_all("\u{FEFF}".as_bytes())?;
            }
            let mut w = csv::WriterBuilder::new()
                .delimiter(options.delimiter)
                .from_writer(w);
            w.write_record(header)?;
            Ok(w)
        };
        Ok(CsvTables {
            documents: make(d, DOCUMENT_COLUMNS)?,
            entities: make(e, ENTITY_COLUMNS)?,
            facts: make(f, FACT_COLUMNS)?,
            merged_out: make(m, MERGED_COLUMNS)?,
            merged: Vec::new(),
            merged_index: HashMap::new(),
        })
    }

    fn merge(&mut self, flat: &FlatFact, doc: &str) {
        let canon = |a: Option<&Argument>| a.map(|a| a.canonical.clone()).unwrap_or_default();
        let key = vec![
            flat.kind.to_string(),
            flat.subject.0.to_string(),
            canon(flat.subject.1),
            flat.object.0.to_string(),
            canon(flat.object.1),
            flat.role.to_lowercase(),
            canon(flat.country),
            flat.money.map(|m| number(m.amount)).unwrap_or_default(),
            flat.money.map(|m| m.currency.clone()).unwrap_or_default(),
            flat.date.clone(),
        ];
        match self.merged_index.get(&key) {
            Some(&i) => {
                let (_, count, docs) = &mut self.merged[i];
                *count += 1;
                if docs.last().map(String::as_str) != Some(doc) {
                    docs.push(doc.to_string());
                }
            }
            None => {
                self.merged_index.insert(key.clone(), self.merged.len());
                self.merged.push((key, 1, vec![doc.to_string()]));
            }
        }
    }
}

fn csv_err(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

fn close<W: Destination>(w: csv::Writer<W>) -> io::Result<()> {
    w.into_inner()
        .map_err(|e| io::Error::new(e.error().kind(), e.error().to_string()))?
        .close()
}

impl<W: Destination> Sink for CsvTables<W> {
    fn outcome(&mut self, outcome: &Outcome) -> io::Result<()> {
        let t = |s: &str| neutralize(s).into_owned();
        let id = outcome.id().into_owned();
        let d = match outcome {
            Outcome::Failed(e) => {
                let line = e.line.map(|l| l.to_string()).unwrap_or_default();
                let row = [
                    t(&id),
                    t(&e.input),
                    line,
                    String::new(),
                    "0".into(),
                    "0".into(),
                    String::new(),
                    t(&e.message),
                ];
                return self.documents.write_record(&row).map_err(csv_err);
            }
            Outcome::Extracted(d) => d,
        };
        let x = &d.extraction;
        let warnings: Vec<&str> = x.warnings.iter().map(|w| w.kind).collect();
        self.documents
            .write_record([
                t(&id),
                t(&d.input),
                d.line.map(|l| l.to_string()).unwrap_or_default(),
                d.date.map(|d| d.to_string()).unwrap_or_default(),
                x.entities.len().to_string(),
                x.facts.len().to_string(),
                t(&warnings.join(" ")),
                String::new(),
            ])
            .map_err(csv_err)?;
        for e in &x.entities {
            let (amount, currency, date) = match &e.value {
                Some(Value::Money(m)) => (number(m.amount), t(&m.currency), String::new()),
                Some(Value::Date(v)) => (String::new(), String::new(), t(&v.to_string())),
                None => Default::default(),
            };
            self.entities
                .write_record([
                    t(&id),
                    e.kind.as_str().to_string(),
                    t(&e.text),
                    e.start.to_string(),
                    e.end.to_string(),
                    t(e.canonical.as_deref().unwrap_or("")),
                    amount,
                    currency,
                    date,
                    t(e.entry.as_deref().unwrap_or("")),
                    t(e.rule),
                    e.sentence.to_string(),
                ])
                .map_err(csv_err)?;
        }
        for f in &x.facts {
            let flat = flatten(f);
            let text = |a: Option<&Argument>| t(a.map_or("", |a| a.text.as_str()));
            let canon = |a: Option<&Argument>| t(a.map_or("", |a| a.canonical.as_str()));
            self.facts
                .write_record([
                    t(&id),
                    flat.kind.to_string(),
                    flat.subject.0.to_string(),
                    text(flat.subject.1),
                    canon(flat.subject.1),
                    flat.object.0.to_string(),
                    text(flat.object.1),
                    canon(flat.object.1),
                    t(flat.role),
                    text(flat.country),
                    canon(flat.country),
                    flat.money.map(|m| number(m.amount)).unwrap_or_default(),
                    t(flat.money.map_or("", |m| m.currency.as_str())),
                    t(&flat.date),
                    t(&f.evidence.text),
                    f.evidence.start.to_string(),
                    f.evidence.end.to_string(),
                    t(f.rule),
                    format!("{}", f.confidence),
                ])
                .map_err(csv_err)?;
            self.merge(&flat, &id);
        }
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> io::Result<()> {
        let merged = std::mem::take(&mut self.merged);
        for (key, count, docs) in merged {
            let mut row: Vec<String> = key.iter().map(|k| neutralize(k).into_owned()).collect();
            // amount (index 7) is numeric: it was written by us, keep it a number.
            row[7].clone_from(&key[7]);
            row.push(count.to_string());
            row.push(neutralize(&docs.join(" | ")).into_owned());
            self.merged_out.write_record(&row).map_err(csv_err)?;
        }
        let this = *self;
        close(this.documents)?;
        close(this.entities)?;
        close(this.facts)?;
        close(this.merged_out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::batch::Done;
    use crate::document::{DateValue, Span};
    use crate::facts::Evidence;
    use crate::record::Extraction;

    fn arg(text: &str, canonical: &str) -> Argument {
        Argument {
            text: text.into(),
            canonical: canonical.into(),
            id: None,
        }
    }

    fn contribution(doc: &str) -> Outcome {
        let fact = Fact {
            kind: FactKind::Contribution {
                donor: arg("le Royaume", "Maroc"),
                recipient: arg("=Fonds", "=Fonds vert"),
                amount: Some(Money {
                    amount: 2.5e6,
                    currency: "EUR".into(),
                }),
                date: Some(DateValue {
                    year: Some(2024),
                    month: Some(3),
                    day: None,
                }),
            },
            evidence: Evidence {
                text: "Le Royaume verse 2,5 M€.".into(),
                start: 0,
                end: 24,
                bytes: Span { start: 0, end: 24 },
            },
            rule: "contribution.test",
            confidence: 0.8,
        };
        Outcome::Extracted(Done {
            input: "a.jsonl".into(),
            line: Some(1),
            date: None,
            bytes: 10,
            extraction: Extraction {
                id: doc.into(),
                entities: vec![],
                facts: vec![fact],
                warnings: vec![],
            },
        })
    }

    fn tables(options: CsvOptions, outcomes: &[Outcome]) -> [String; 4] {
        let mut bufs: [Vec<u8>; 4] = Default::default();
        {
            let [a, b, c, d] = &mut bufs;
            let mut sink = Box::new(CsvTables::new([a, b, c, d], options).unwrap());
            for o in outcomes {
                sink.outcome(o).unwrap();
            }
            sink.finish().unwrap();
        }
        bufs.map(|b| String::from_utf8(b).unwrap())
    }

    #[test]
    fn facts_rows_and_merged_counts() {
        let [docs, _, facts, merged] = tables(
            CsvOptions {
                delimiter: b';',
                bom: true,
            },
            &[contribution("d1"), contribution("d2")],
        );
        assert!(docs.starts_with("\u{FEFF}id;input;line;"));
        let mut r = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(facts.trim_start_matches('\u{FEFF}').as_bytes());
        assert_eq!(
            r.headers().unwrap().iter().collect::<Vec<_>>(),
            FACT_COLUMNS
        );
        let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 2);
        assert_eq!(&rows[0][4], "Maroc");
        assert_eq!(&rows[0][7], "'=Fonds vert");
        assert_eq!(&rows[0][11], "2500000");
        assert_eq!(&rows[0][13], "2024-03");
        let mut r = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(merged.trim_start_matches('\u{FEFF}').as_bytes());
        let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 1);
        assert_eq!((&rows[0][10], &rows[0][11]), ("2", "d1 | d2"));
    }
}
