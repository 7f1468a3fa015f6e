//! Output formats: one [`Sink`] per format, fed the [`Outcome`]s of a batch in input order.
//!
//! | format | sink | output |
//! |---|---|---|
//! | `jsonl` | [`jsonl::JsonLines`] | one record per line (the contract) |
//! | `json` | [`json::JsonArray`] | one JSON array, streamed |
//! | `csv` | [`csv::CsvTables`] | `documents.csv`, `entities.csv`, `facts.csv`, `facts_merged.csv` |
//! | `ntriples` | [`rdf::NTriples`] | RDF N-Triples with stable IRIs |
//!
//! A document that could not be read is still a record in every format (see
//! [`ErrorRecord`]), so that the output accounts for every input document.

pub mod csv;
pub mod json;
pub mod jsonl;
pub mod rdf;

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::batch::{Done, Outcome};
use crate::input::InputError;
use crate::record::Extraction;

/// Where outcomes go. Like ripgrep's `Sink`: the producer calls [`Sink::outcome`] for each
/// document in order, then [`Sink::finish`] once; a write error stops the run.
pub trait Sink {
    /// Writes one outcome. A format with a [`Sink::record_format`] needs only that and
    /// [`Sink::record`]: this formats the outcome into a `Vec` (a record is written in hundreds
    /// of small pieces, which cost less appended to a `Vec` than passed one by one through the
    /// output's buffer) and hands it over. Formats without one write the outcome themselves.
    fn outcome(&mut self, outcome: &Outcome) -> io::Result<()> {
        let Some(format) = self.record_format() else {
            return Err(io::Error::other(
                "this output format writes neither outcomes nor records",
            ));
        };
        let mut record = Vec::new();
        format(&mut record, outcome)?;
        self.record(&record)
    }
    /// For a format whose records stand alone (JSON Lines, JSON), the function that formats
    /// one: it can then run on the thread that extracted the document, so that the writing
    /// thread only copies bytes (see [`Prepared`]). Formats that gather across documents (CSV,
    /// N-Triples) return `None` and take the outcomes themselves.
    fn record_format(&self) -> Option<RecordFormat> {
        None
    }
    /// Writes a record made by the [`Sink::record_format`] function, in input order.
    fn record(&mut self, _record: &[u8]) -> io::Result<()> {
        Err(io::Error::other(
            "this output format takes outcomes, not records",
        ))
    }
    /// Writes what is left (closing brackets, merged tables) and flushes; files written through
    /// [`AtomicFile`] are renamed into place only here.
    fn finish(self: Box<Self>) -> io::Result<()>;
}

/// Formats one outcome as a sink's record (without the separator between records).
pub type RecordFormat = fn(&mut Vec<u8>, &Outcome) -> io::Result<()>;

/// An outcome made ready for a [`Sink`] where it was extracted.
///
/// Formatting a record and freeing the extraction cost about a tenth of the extraction itself;
/// done on the writing thread, they would make it the bottleneck of a run on several cores.
/// [`Prepared::new`] does both on the extracting thread when the sink has a
/// [`Sink::record_format`], keeping only the counts a run reports.
///
/// ```
/// use glaneur::batch::Outcome;
/// use glaneur::export::{jsonl::JsonLines, Prepared, Sink};
/// use glaneur::input::InputError;
/// let e = InputError { input: "a.jsonl".into(), line: Some(2), id: None, message: "malformed JSON".into() };
/// let mut out = Vec::new();
/// let mut sink = JsonLines::new(&mut out);
/// // A failed document stays an outcome: the run reports its error.
/// let prepared = Prepared::new(sink.record_format(), Outcome::Failed(e));
/// assert!(matches!(prepared, Prepared::Outcome(_)));
/// prepared.write_to(&mut sink).unwrap();
/// Box::new(sink).finish().unwrap();
/// assert!(out.starts_with(b"{\"id\":\"a.jsonl:2\""));
/// ```
#[derive(Debug)]
pub enum Prepared {
    /// The sink's record, already formatted, and the counts of the extraction it came from.
    Record { record: Vec<u8>, tally: Tally },
    /// The outcome itself: a failed document, or a sink without a record format.
    Outcome(Outcome),
}

/// What a run counts of one extracted document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub entities: usize,
    pub facts: usize,
    /// Size of the document as read, in bytes.
    pub bytes: usize,
}

impl Tally {
    pub fn of(done: &Done) -> Tally {
        Tally {
            entities: done.extraction.entities.len(),
            facts: done.extraction.facts.len(),
            bytes: done.bytes,
        }
    }
}

/// The size of record above which [`Prepared::new`] leaves an extraction to its sink, 64 MiB:
/// a document of about 12 MB or more. Below it, formatting on the extracting threads keeps the
/// writing thread light; above it, a record held whole is five times its document.
pub const STREAMED_RECORD: usize = 64 << 20;

/// Room for the JSON record of `x`, so that it is rarely grown and copied while it is
/// written: about 180 bytes an entity and 500 a fact in a news article, and more in a long
/// document, whose offsets and sentence numbers have more digits (an entity of a 16 MB
/// document takes 220). A record that outgrew its room was copied whole into one twice its
/// size: on a long document, tens of megabytes of fresh pages, an eighth of the page faults.
fn record_capacity(x: &Extraction) -> usize {
    // Digits of the largest offset beyond the four of an article's (`1234`); an entity has
    // four offsets and a sentence number, a fact two offsets.
    let last = x.entities.last().map_or(0, |e| e.byte_end);
    let extra_digits = (last.checked_ilog10().unwrap_or(0) as usize).saturating_sub(3);
    let entity = 192 + 6 * extra_digits;
    let fact = 528 + 4 * extra_digits;
    256usize
        .saturating_add(entity.saturating_mul(x.entities.len()))
        .saturating_add(fact.saturating_mul(x.facts.len()))
}

impl Prepared {
    /// Formats an extracted document with `format` and drops its extraction; anything else
    /// (no format, a failed document, a formatting error) stays an outcome.
    ///
    /// An extraction whose record would take more than [`STREAMED_RECORD`] bytes also stays an
    /// outcome: the sink writes it in pieces (JSON Lines) rather than hold it whole.
    pub fn new(format: Option<RecordFormat>, outcome: Outcome) -> Prepared {
        let (Some(format), Outcome::Extracted(done)) = (format, &outcome) else {
            return Prepared::Outcome(outcome);
        };
        let x = &done.extraction;
        let capacity = record_capacity(x);
        if capacity > STREAMED_RECORD {
            return Prepared::Outcome(outcome);
        }
        let mut record = Vec::with_capacity(capacity);
        if format(&mut record, &outcome).is_err() {
            return Prepared::Outcome(outcome);
        }
        let tally = Tally::of(done);
        Prepared::Record { record, tally }
    }

    /// Hands the record or the outcome to the sink.
    pub fn write_to(&self, sink: &mut (impl Sink + ?Sized)) -> io::Result<()> {
        match self {
            Prepared::Record { record, .. } => sink.record(record),
            Prepared::Outcome(outcome) => sink.outcome(outcome),
        }
    }
}

/// The output format chosen with `--format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    JsonLines,
    Json,
    Csv,
    NTriples,
}

/// The record that stands in the JSON output for a document that could not be read: the
/// contract's fields (empty) plus `error`, `input` and `line`, so that there is exactly one
/// output record per input document.
///
/// ```json
/// {"id":"archive.jsonl:3","entities":[],"facts":[],"error":"malformed JSON: …","input":"archive.jsonl","line":3}
/// ```
#[derive(Serialize)]
pub struct ErrorRecord<'a> {
    pub id: std::borrow::Cow<'a, str>,
    pub entities: [(); 0],
    pub facts: [(); 0],
    pub error: &'a str,
    pub input: &'a str,
    pub line: Option<usize>,
}

impl<'a> ErrorRecord<'a> {
    pub fn new(outcome: &'a Outcome, e: &'a InputError) -> ErrorRecord<'a> {
        ErrorRecord {
            id: outcome.id(),
            entities: [],
            facts: [],
            error: &e.message,
            input: &e.input,
            line: e.line,
        }
    }
}

/// A file written under a temporary name in its destination directory and renamed into place by
/// [`AtomicFile::commit`]; dropped without a commit, the temporary file is removed. A run that
/// fails half-way thus never leaves a file ending in a partial record.
pub struct AtomicFile {
    dest: PathBuf,
    tmp: PathBuf,
    file: Option<BufWriter<File>>,
}

impl AtomicFile {
    pub fn create(dest: &Path) -> io::Result<AtomicFile> {
        let dir = match dest.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = dest
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let tmp = dir.join(format!(".{name}.glaneur-{}.tmp", std::process::id()));
        let file = File::create(&tmp).map_err(|e| with_path(e, &tmp, "creating"))?;
        Ok(AtomicFile {
            dest: dest.to_path_buf(),
            tmp,
            file: Some(BufWriter::with_capacity(1 << 16, file)),
        })
    }

    /// Flushes, syncs and renames the file into place.
    pub fn commit(mut self) -> io::Result<()> {
        if let Some(w) = self.file.take() {
            let file = w.into_inner().map_err(|e| e.into_error())?;
            file.sync_all()?;
            drop(file);
            std::fs::rename(&self.tmp, &self.dest)
                .map_err(|e| with_path(e, &self.dest, "renaming into"))?;
        }
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.file {
            Some(f) => f.write(buf),
            None => Err(io::Error::other("file already committed")),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match &mut self.file {
            Some(f) => f.flush(),
            None => Ok(()),
        }
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.file.take().is_some() {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

fn with_path(e: io::Error, path: &Path, what: &str) -> io::Error {
    io::Error::new(e.kind(), format!("{what} {}: {e}", path.display()))
}

/// A writer that must be closed explicitly: standard output is flushed, a file committed
/// (renamed into place). Sinks are generic over it so that tests can write to a `Vec<u8>`.
pub trait Destination: Write {
    fn close(self) -> io::Result<()>;
}

impl<W: Write + ?Sized> Destination for &mut W {
    fn close(self) -> io::Result<()> {
        self.flush()
    }
}

impl Destination for Vec<u8> {
    fn close(self) -> io::Result<()> {
        Ok(())
    }
}

impl Destination for AtomicFile {
    fn close(self) -> io::Result<()> {
        self.commit()
    }
}

impl Destination for Output {
    fn close(self) -> io::Result<()> {
        Output::close(self)
    }
}

/// Where a stream format writes: standard output or an [`AtomicFile`].
pub enum Output {
    Stdout(BufWriter<io::Stdout>),
    File(AtomicFile),
}

impl Output {
    /// Standard output (`None` or `-`) or a file.
    pub fn open(path: Option<&Path>) -> io::Result<Output> {
        match path {
            Some(p) if p.as_os_str() != "-" => Ok(Output::File(AtomicFile::create(p)?)),
            _ => Ok(Output::Stdout(BufWriter::with_capacity(
                1 << 16,
                io::stdout(),
            ))),
        }
    }

    /// Flushes standard output, or commits the file.
    pub fn close(self) -> io::Result<()> {
        match self {
            Output::Stdout(mut w) => w.flush(),
            Output::File(f) => f.commit(),
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Output::Stdout(w) => w.write(buf),
            Output::File(f) => f.write(buf),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match self {
            Output::Stdout(w) => w.flush(),
            Output::File(f) => f.flush(),
        }
    }
}
