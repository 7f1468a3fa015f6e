//! One JSON array of records, streamed: `[` first, one record per line separated by commas,
//! `]` at the end. The result is a single valid JSON document whatever the number of records.

use std::io::{self, Write};

use super::jsonl::write_record;
use super::{Destination, RecordFormat, Sink};

/// Writes `[\n{record},\n{record}\n]\n`; an empty input gives `[\n]\n`.
///
/// ```
/// use glaneur::batch::Outcome;
/// use glaneur::export::{json::JsonArray, Sink};
/// use glaneur::input::InputError;
/// let e = |l| Outcome::Failed(InputError { input: "a".into(), line: Some(l), id: None, message: "x".into() });
/// let mut out = Vec::new();
/// let mut sink = JsonArray::new(&mut out);
/// sink.outcome(&e(1)).unwrap();
/// sink.outcome(&e(2)).unwrap();
/// Box::new(sink).finish().unwrap();
/// let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
/// assert_eq!(v.as_array().unwrap().len(), 2);
/// ```
pub struct JsonArray<W: Write> {
    out: W,
    count: usize,
}

impl<W: Write> JsonArray<W> {
    pub fn new(out: W) -> Self {
        JsonArray { out, count: 0 }
    }

    fn open(&mut self) -> io::Result<()> {
        if self.count == 0 {
            self.out.write_all(b"[\n")?;
        }
        Ok(())
    }
}

impl<W: Destination> Sink for JsonArray<W> {
    fn record_format(&self) -> Option<RecordFormat> {
        Some(write_record)
    }

    fn record(&mut self, record: &[u8]) -> io::Result<()> {
        self.open()?;
        if self.count > 0 {
            self.out.write_all(b",\n")?;
        }
        self.count += 1;
        self.out.write_all(record)
    }

    fn finish(mut self: Box<Self>) -> io::Result<()> {
        if self.count == 0 {
            self.out.write_all(b"[\n")?;
        } else {
            self.out.write_all(b"\n")?;
        }
        self.out.write_all(b"]\n")?;
        self.out.close()
    }
}
