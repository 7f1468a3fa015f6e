//! JSON Lines: the contract of `shared/eval/SCHEMA.md`, one record per line, in input order.

use std::io::{self, Write};

use super::{Destination, ErrorRecord, Sink};
use crate::batch::Outcome;

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
pub(crate) fn write_record(out: &mut impl Write, outcome: &Outcome) -> io::Result<()> {
    match outcome {
        Outcome::Extracted(d) => serde_json::to_writer(out, &d.extraction)?,
        Outcome::Failed(e) => serde_json::to_writer(out, &ErrorRecord::new(outcome, e))?,
    }
    Ok(())
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
