//! Ordered parallel processing in bounded batches.
//!
//! Documents flow through a [`Batcher`]: it gathers up to [`Limits::documents`] documents or
//! [`Limits::bytes`] bytes of text, extracts them in parallel on a rayon pool, and hands the
//! outcomes to a callback **in input order**. Memory is bounded by one batch whatever the size
//! of the archive, and the output is byte-identical whatever the number of threads, because
//! each document is extracted on its own and the order is restored before anything is written.
//!
//! ```
//! use std::ops::ControlFlow;
//! use glaneur::batch::{Batcher, Limits, Outcome};
//! use glaneur::input::Item;
//! use glaneur::{Document, Extractor};
//!
//! let extractor = Extractor::builtin()?;
//! let pool = rayon::ThreadPoolBuilder::new().num_threads(2).build().unwrap();
//! let mut ids = Vec::new();
//! let mut batcher = Batcher::new(&extractor, &pool, Limits { documents: 2, bytes: 1 << 20 },
//!     |o: Outcome| { ids.push(o.id().to_string()); Ok(()) });
//! for id in ["a", "b", "c"] {
//!     let doc = Document::new(id, "Le Maroc a rejoint l’OIM.");
//!     let item = Item { input: "x".into(), line: None, document: Ok(doc), lossy_utf8: false, bytes: 0 };
//!     assert!(batcher.push(item).is_continue());
//! }
//! batcher.finish().unwrap();
//! drop(batcher);
//! assert_eq!(ids, ["a", "b", "c"]);
//! # Ok::<(), glaneur::Error>(())
//! ```

use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};
use std::io;
use std::ops::ControlFlow;
use std::panic::{self, AssertUnwindSafe};

use rayon::prelude::*;
use rustc_hash::FxHashSet;

use crate::document::PubDate;
use crate::extract::Extractor;
use crate::input::{InputError, Item};
use crate::record::{Extraction, Warning};

/// How large a batch may grow before it is processed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// At most this many documents.
    pub documents: usize,
    /// At most about this many bytes of text (a single larger document is a batch of its own).
    pub bytes: usize,
}

impl Default for Limits {
    /// 256 documents or 16 MB: enough work to keep every core busy, little enough memory.
    fn default() -> Limits {
        Limits {
            documents: 256,
            bytes: 16 << 20,
        }
    }
}

/// A document that was read and extracted.
#[derive(Clone, Debug)]
pub struct Done {
    pub input: String,
    pub line: Option<usize>,
    pub date: Option<PubDate>,
    /// Size of the document as read, in bytes.
    pub bytes: usize,
    pub extraction: Extraction,
}

/// What became of one input document: its extraction, or the error that stands in for it.
#[derive(Clone, Debug)]
pub enum Outcome {
    Extracted(Done),
    Failed(InputError),
}

impl Outcome {
    /// The document's id; for a failure without a readable id, `input:line` (or `input`).
    pub fn id(&self) -> std::borrow::Cow<'_, str> {
        match self {
            Outcome::Extracted(d) => d.extraction.id.as_str().into(),
            Outcome::Failed(e) => match (&e.id, e.line) {
                (Some(id), _) => id.as_str().into(),
                (None, Some(line)) => format!("{}:{line}", e.input).into(),
                (None, None) => e.input.as_str().into(),
            },
        }
    }
}

/// How many of the latest ids a new id is compared with, at least: see [`RecentIds`].
pub const ID_WINDOW: usize = 1 << 16;

/// The ids seen lately, to flag a document whose id was already used, in memory that does not
/// grow with the archive.
///
/// Keeping every id of a run would make memory grow with the archive (about 70 bytes per
/// document: 50 MB more for a 1 GB archive, 500 MB for 10 GB). So only a 64-bit fingerprint of
/// each id is kept, in two generations of at most `window` fingerprints: when the current one
/// is full it becomes the previous one and the oldest is dropped. A new id is therefore compared
/// with at least the last `window` ids and at most the last `2 × window`; a duplicate further
/// back goes unflagged (the document is extracted all the same: nothing is lost). Two different
/// ids share a fingerprint with probability about 10⁻¹⁰ within a window.
///
/// ```
/// use glaneur::batch::RecentIds;
/// let mut ids = RecentIds::new(2);
/// assert!(ids.insert("a"));
/// assert!(!ids.insert("a"));
/// for id in ["b", "c", "d", "e"] {
///     assert!(ids.insert(id));
/// }
/// assert!(ids.insert("a"), "forgotten after 2 × 2 newer ids");
/// ```
#[derive(Clone, Debug)]
pub struct RecentIds {
    window: usize,
    current: FxHashSet<u64>,
    previous: FxHashSet<u64>,
}

impl RecentIds {
    pub fn new(window: usize) -> RecentIds {
        RecentIds {
            window: window.max(1),
            current: FxHashSet::default(),
            previous: FxHashSet::default(),
        }
    }

    /// Records `id`; returns whether it is new to the window (like `HashSet::insert`).
    pub fn insert(&mut self, id: &str) -> bool {
        // SipHash with fixed keys: deterministic across runs, and well spread for any ids.
        let fingerprint = BuildHasherDefault::<DefaultHasher>::default().hash_one(id);
        if self.previous.contains(&fingerprint) || !self.current.insert(fingerprint) {
            return false;
        }
        if self.current.len() >= self.window {
            self.previous = std::mem::take(&mut self.current);
        }
        true
    }
}

/// Gathers items into batches and processes them; see the module documentation.
pub struct Batcher<'a, P, F> {
    extractor: &'a Extractor,
    pool: &'a rayon::ThreadPool,
    limits: Limits,
    pending: Vec<(Item, bool)>,
    pending_bytes: usize,
    seen_ids: RecentIds,
    prepare: P,
    deliver: F,
    error: Option<io::Error>,
}

impl<'a, F: FnMut(Outcome) -> io::Result<()>> Batcher<'a, fn(Outcome) -> Outcome, F> {
    /// `deliver` receives every outcome in input order; an error from it (a closed pipe, a full
    /// disk) stops the batch: [`Batcher::push`] then breaks and [`Batcher::finish`] returns it.
    pub fn new(
        extractor: &'a Extractor,
        pool: &'a rayon::ThreadPool,
        limits: Limits,
        deliver: F,
    ) -> Self {
        Batcher::preparing(extractor, pool, limits, std::convert::identity, deliver)
    }
}

impl<'a, T, P, F> Batcher<'a, P, F>
where
    T: Send,
    P: Fn(Outcome) -> T + Sync,
    F: FnMut(T) -> io::Result<()>,
{
    /// Like [`Batcher::new`], with `prepare` applied to each outcome on the thread that
    /// extracted it (to format a record there, see [`crate::export::Prepared`]); `deliver`
    /// receives what it returns, in input order.
    pub fn preparing(
        extractor: &'a Extractor,
        pool: &'a rayon::ThreadPool,
        limits: Limits,
        prepare: P,
        deliver: F,
    ) -> Self {
        Batcher {
            extractor,
            pool,
            limits,
            pending: Vec::new(),
            pending_bytes: 0,
            seen_ids: RecentIds::new(ID_WINDOW),
            prepare,
            deliver,
            error: None,
        }
    }

    /// Adds one item; processes the batch when it is full. Breaks once delivery has failed.
    pub fn push(&mut self, item: Item) -> ControlFlow<()> {
        if self.error.is_some() {
            return ControlFlow::Break(());
        }
        // Duplicate ids are kept (two archives may reuse an id) and flagged; deciding here,
        // in input order, keeps the warning on the second occurrence whatever the threads.
        // Only the latest ids are compared: see [`RecentIds`].
        self.mark(item);
        if self.pending.len() >= self.limits.documents || self.pending_bytes >= self.limits.bytes {
            self.flush();
        }
        if self.error.is_some() {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    }

    /// Processes what is pending and returns the first delivery error, if any.
    pub fn finish(&mut self) -> io::Result<()> {
        self.flush();
        match self.error.take() {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// Adds a whole batch and processes it at once (with what was pending).
    pub fn push_batch(&mut self, items: Vec<Item>) -> ControlFlow<()> {
        for item in items {
            if self.error.is_some() {
                break;
            }
            self.mark(item);
        }
        self.flush();
        if self.error.is_some() {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    }

    /// Queues an item, deciding in input order whether its id was seen before.
    fn mark(&mut self, item: Item) {
        let duplicate = match &item.document {
            Ok(doc) => !self.seen_ids.insert(&doc.id),
            Err(_) => false,
        };
        self.pending_bytes += item.document.as_ref().map_or(0, |d| d.text.len());
        self.pending.push((item, duplicate));
    }

    fn flush(&mut self) {
        let batch = std::mem::take(&mut self.pending);
        self.pending_bytes = 0;
        if batch.is_empty() || self.error.is_some() {
            return;
        }
        let (extractor, prepare) = (self.extractor, &self.prepare);
        let outcomes: Vec<T> = self.pool.install(|| {
            batch
                .into_par_iter()
                .map(|(item, dup)| prepare(process(extractor, item, dup)))
                .collect()
        });
        for outcome in outcomes {
            if let Err(e) = (self.deliver)(outcome) {
                self.error = Some(e);
                return;
            }
        }
    }
}

/// Runs a whole batch job as three stages on their own threads, so that reading, extraction
/// and writing overlap: `produce` runs on a thread of its own and pushes items (it should stop
/// when its push function breaks); full batches go through a channel holding one batch to a
/// thread that extracts them on the pool, where `prepare` turns each outcome into what is
/// delivered; that comes back, in input order, through a channel holding one batch, and
/// `deliver` runs on the calling thread. While the calling thread writes one batch, the pool
/// extracts the next. At most about five batches are in memory. Returns the first delivery
/// error; after one, the other stages stop.
///
/// Everything costly per document (extraction, formatting the record, freeing the
/// extraction) belongs in the pool, so that `--threads N` means N threads of work and the
/// calling thread, alone, never limits a run on many cores.
pub fn pipelined<P, R, T, F>(
    extractor: &Extractor,
    pool: &rayon::ThreadPool,
    limits: Limits,
    produce: P,
    prepare: R,
    mut deliver: F,
) -> io::Result<()>
where
    P: FnOnce(&mut dyn FnMut(Item) -> ControlFlow<()>) + Send,
    R: Fn(Outcome) -> T + Sync + Send,
    T: Send,
    F: FnMut(T) -> io::Result<()>,
{
    let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Item>>(1);
    let (done_tx, done_rx) = std::sync::mpsc::sync_channel::<T>(limits.documents.max(1));
    std::thread::scope(|scope| {
        scope.spawn(move || {
            let mut batch = Vec::new();
            let mut bytes = 0;
            {
                let mut push = |item: Item| {
                    bytes += item.document.as_ref().map_or(0, |d| d.text.len());
                    batch.push(item);
                    if batch.len() >= limits.documents || bytes >= limits.bytes {
                        bytes = 0;
                        if tx.send(std::mem::take(&mut batch)).is_err() {
                            return ControlFlow::Break(());
                        }
                    }
                    ControlFlow::Continue(())
                };
                produce(&mut push);
            }
            if !batch.is_empty() {
                let _ = tx.send(batch);
            }
        });
        scope.spawn(move || {
            let unbounded = Limits {
                documents: usize::MAX,
                bytes: usize::MAX,
            };
            // A failed send means the writer stopped: stop extracting (the batcher breaks),
            // which drops `rx` and stops the reader in turn.
            let send = |o: T| {
                done_tx
                    .send(o)
                    .map_err(|_| io::Error::from(io::ErrorKind::BrokenPipe))
            };
            let mut batcher = Batcher::preparing(extractor, pool, unbounded, prepare, send);
            for batch in rx.iter() {
                if batcher.push_batch(batch).is_break() {
                    break;
                }
            }
            let _ = batcher.finish();
        });
        // Owned here, so that it is dropped on an error before the scope waits for the
        // other threads: their sends then fail and they stop.
        let done_rx = done_rx;
        for outcome in done_rx.iter() {
            deliver(outcome)?;
        }
        Ok(())
    })
}

/// Extracts one item. A panic in the extractor (a bug, never expected) becomes an error record
/// for that document instead of ending the batch.
pub fn process(extractor: &Extractor, item: Item, duplicate: bool) -> Outcome {
    let Item {
        input,
        line,
        document,
        lossy_utf8,
        bytes,
    } = item;
    let doc = match document {
        Ok(doc) => doc,
        Err(e) => return Outcome::Failed(e),
    };
    match panic::catch_unwind(AssertUnwindSafe(|| extractor.extract(&doc))) {
        Ok(mut extraction) => {
            if lossy_utf8 {
                extraction.warnings.push(Warning::document(
                    "lossy_utf8",
                    "the input was not valid UTF-8; invalid bytes were replaced by U+FFFD and offsets count the decoded text",
                ));
            }
            if duplicate {
                extraction.warnings.push(Warning::document(
                    "duplicate_id",
                    format!(
                        "the id {:?} was already used by an earlier document",
                        doc.id
                    ),
                ));
            }
            Outcome::Extracted(Done {
                input,
                line,
                date: doc.date,
                bytes,
                extraction,
            })
        }
        Err(_) => Outcome::Failed(InputError {
            input,
            line,
            id: Some(doc.id),
            message: "internal error while extracting (please report it with this document)".into(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    fn item(id: &str, text: &str) -> Item {
        Item {
            input: "t".into(),
            line: None,
            document: Ok(Document::new(id, text)),
            lossy_utf8: false,
            bytes: text.len(),
        }
    }

    fn run(threads: usize, limits: Limits, items: Vec<Item>) -> Vec<String> {
        let extractor = Extractor::builtin().unwrap();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        let mut out = Vec::new();
        let mut b = Batcher::new(&extractor, &pool, limits, |o: Outcome| {
            out.push(match o {
                Outcome::Extracted(d) => serde_json::to_string(&d.extraction).unwrap(),
                Outcome::Failed(e) => e.to_string(),
            });
            Ok(())
        });
        for i in items {
            let _ = b.push(i);
        }
        b.finish().unwrap();
        drop(b);
        out
    }

    #[test]
    fn order_and_content_do_not_depend_on_threads() {
        let items = || {
            (0..20)
                .map(|n| item(&format!("d{n}"), &"La France et le Maroc. ".repeat(n)))
                .collect()
        };
        let one = run(
            1,
            Limits {
                documents: 3,
                bytes: 1 << 20,
            },
            items(),
        );
        let four = run(
            4,
            Limits {
                documents: 7,
                bytes: 50,
            },
            items(),
        );
        assert_eq!(one.len(), 20);
        assert_eq!(one, four);
    }

    #[test]
    fn duplicates_and_lossy_input_are_warned() {
        let mut lossy = item("b", "caf\u{FFFD}");
        lossy.lossy_utf8 = true;
        let out = run(
            2,
            Limits::default(),
            vec![item("a", "x"), item("a", "y"), lossy],
        );
        assert!(!out[0].contains("duplicate_id"));
        assert!(out[1].contains("duplicate_id"));
        assert!(out[2].contains("lossy_utf8"));
    }

    #[test]
    fn pipelined_keeps_input_order_and_stops_on_error() {
        let extractor = Extractor::builtin().unwrap();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap();
        let mut ids = Vec::new();
        let limits = Limits {
            documents: 3,
            bytes: 1 << 20,
        };
        let produce = |push: &mut dyn FnMut(Item) -> ControlFlow<()>| {
            for n in 0..10 {
                let _ = push(item(&format!("d{n}"), "Le Maroc et la France."));
            }
        };
        pipelined(
            &extractor,
            &pool,
            limits,
            produce,
            std::convert::identity,
            |o: Outcome| {
                ids.push(o.id().into_owned());
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(ids, (0..10).map(|n| format!("d{n}")).collect::<Vec<_>>());
        let mut pushed = 0;
        let produce = |push: &mut dyn FnMut(Item) -> ControlFlow<()>| {
            for n in 0..1000 {
                pushed += 1;
                if push(item(&format!("d{n}"), "x")).is_break() {
                    break;
                }
            }
        };
        let result = pipelined(
            &extractor,
            &pool,
            limits,
            produce,
            std::convert::identity,
            |_o: Outcome| Err(io::Error::from(io::ErrorKind::BrokenPipe)),
        );
        assert_eq!(result.unwrap_err().kind(), io::ErrorKind::BrokenPipe);
        assert!(pushed < 1000, "the reader stopped early ({pushed})");
    }

    #[test]
    fn a_delivery_error_stops_the_batch() {
        let extractor = Extractor::builtin().unwrap();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .unwrap();
        let mut b = Batcher::new(
            &extractor,
            &pool,
            Limits {
                documents: 1,
                bytes: 1,
            },
            |_o: Outcome| Err(io::Error::from(io::ErrorKind::BrokenPipe)),
        );
        assert!(b.push(item("a", "x")).is_break());
        assert!(b.push(item("b", "x")).is_break());
        assert_eq!(b.finish().unwrap_err().kind(), io::ErrorKind::BrokenPipe);
    }
}
