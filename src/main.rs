//! The `glaneur` command: parses arguments and wires the library's stages.
//!
//! Exit status: 0 when every document was extracted, 1 when some documents failed (each has an
//! error record), 2 for usage errors and fatal errors (gazetteers that do not load, an output
//! that cannot be written). Writing into a closed pipe (`glaneur extract … | head`) ends
//! quietly with status 0.

use std::io::{self, IsTerminal, Write};
use std::ops::ControlFlow;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Serialize;

/// mimalloc: documents allocate and free many small strings and vectors, and with several
/// extraction threads the system allocator's arenas cost more (see docs/PERFORMANCE.md). It is
/// built without transparent huge pages (`no_thp`): with them, every fault zeroed 2 MB, which
/// doubled the kernel time of a long document and raised the peak of a batch by 16 MB.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use glaneur::batch::{self, Limits, Outcome};
use glaneur::export::csv::{CsvOptions, CsvTables};
use glaneur::export::json::JsonArray;
use glaneur::export::jsonl::JsonLines;
use glaneur::export::rdf::NTriples;
use glaneur::export::{AtomicFile, Output, Prepared, Sink, Tally};
use glaneur::input::{self, Item};
use glaneur::{Extractor, Gazetteers, PubDate};

#[derive(Parser)]
#[command(
    name = "glaneur",
    version,
    about = "Entities, values and facts from French news articles"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract entities and facts; one record per input document, in input order.
    Extract(ExtractArgs),
    /// Write one self-contained HTML report: articles with highlighted entities, facts, overview.
    View(ViewArgs),
}

#[derive(clap::Args)]
struct ViewArgs {
    /// Inputs, as for `extract`.
    #[arg(default_value = "-")]
    inputs: Vec<PathBuf>,
    /// The HTML file to write.
    #[arg(short, long, default_value = "report.html")]
    output: PathBuf,
    /// Publication date (YYYY-MM-DD) for documents that carry none.
    #[arg(long, value_parser = parse_date)]
    date: Option<PubDate>,
    /// Read gazetteers from this directory (files missing there come from the built-in set).
    #[arg(long)]
    gazetteers: Option<PathBuf>,
    /// The report's title.
    #[arg(long, default_value = "glaneur report")]
    title: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum FormatArg {
    /// JSON Lines, one record per document (the contract).
    Jsonl,
    /// One JSON array of records.
    Json,
    /// CSV tables in the directory given by --out.
    Csv,
    /// RDF N-Triples.
    Ntriples,
}

#[derive(clap::Args)]
struct ExtractArgs {
    /// `.txt` files, `.jsonl` files of {"id", "text", "date"?}, `.gz` of either, directories
    /// (walked recursively in sorted order), or `-` for standard input (JSON Lines or text).
    #[arg(default_value = "-")]
    inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    format: FormatArg,
    /// Publication date (YYYY-MM-DD) for documents that carry none.
    #[arg(long, value_parser = parse_date)]
    date: Option<PubDate>,
    /// Write to this file instead of standard output (jsonl, json, ntriples).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    output: Option<PathBuf>,
    /// Write the CSV tables into this directory (created if needed).
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Threads extracting and formatting documents (default: all cores); reading and writing
    /// have a light thread each. The output does not depend on it.
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Read a document of at least twice SIZE in stretches of at least SIZE, cut at paragraph
    /// breaks, so that memory and time per byte stay those of a document of SIZE; surnames,
    /// anaphors and names are then resolved within a stretch. `512K`, `4M`, a number of bytes,
    /// or `0` to read every document whole.
    #[arg(long, value_name = "SIZE", value_parser = parse_size, default_value = "1M")]
    stretch: usize,
    /// Also write one JSON Lines record {input, line, id, message} per failed document here.
    #[arg(long, value_name = "FILE")]
    errors: Option<PathBuf>,
    /// No progress bar and no summary on standard error (failures are still reported).
    #[arg(short, long)]
    quiet: bool,
    /// CSV field delimiter: one ASCII character, or `tab` (`;` for French-locale spreadsheets).
    #[arg(long, value_name = "C", value_parser = parse_delimiter, default_value = ",")]
    csv_delimiter: u8,
    /// Start CSV files with a UTF-8 byte order mark (for Excel).
    #[arg(long)]
    bom: bool,
    /// Read gazetteers from this directory (files missing there come from the built-in set).
    #[arg(long, value_name = "DIR")]
    gazetteers: Option<PathBuf>,
    /// Documents per batch (tests use small batches to cross batch boundaries cheaply).
    #[arg(long, value_name = "N", hide = true, default_value_t = Limits::default().documents)]
    batch_size: usize,
}

fn parse_date(s: &str) -> Result<PubDate, String> {
    PubDate::parse(s).ok_or_else(|| format!("`{s}` is not a date as YYYY-MM-DD"))
}

/// A size in bytes, `K` or `M` (binary, `KiB` and `MiB` accepted) after the number; `0` is
/// "no limit".
fn parse_size(s: &str) -> Result<usize, String> {
    let not_a_size = || format!("`{s}` is not a size: give bytes, or a number and K or M");
    let lower = s.trim().to_ascii_lowercase();
    let (digits, unit) = match lower.find(|c: char| !c.is_ascii_digit()) {
        Some(i) => lower.split_at(i),
        None => (lower.as_str(), ""),
    };
    let shift = match unit {
        "" | "b" => 0,
        "k" | "kib" => 10,
        "m" | "mib" => 20,
        _ => return Err(not_a_size()),
    };
    let n: usize = digits.parse().map_err(|_| not_a_size())?;
    match n.checked_mul(1 << shift) {
        Some(0) => Ok(usize::MAX),
        Some(bytes) => Ok(bytes),
        None => Err(format!("`{s}` is too large")),
    }
}

fn parse_delimiter(s: &str) -> Result<u8, String> {
    match s {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        _ if s.len() == 1 && s.is_ascii() && s != "\"" && s != "\n" && s != "\r" => {
            Ok(s.as_bytes()[0])
        }
        _ => Err(format!(
            "`{s}` is not a delimiter: give one ASCII character such as `;`, or `tab`"
        )),
    }
}

/// Why the run stopped before the end.
enum Stop {
    /// Bad arguments: status 2.
    Usage(String),
    /// The output failed or the gazetteers did not load: status 2, or 0 for a closed pipe.
    Fatal(anyhow::Error),
}

impl From<anyhow::Error> for Stop {
    fn from(e: anyhow::Error) -> Self {
        Stop::Fatal(e)
    }
}

impl From<io::Error> for Stop {
    fn from(e: io::Error) -> Self {
        Stop::Fatal(e.into())
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => e.exit(), // status 2 for usage errors, 0 for --help and --version
    };
    let args = match cli.command {
        Command::Extract(args) => args,
        Command::View(args) => {
            return run_view(args).unwrap_or_else(|e| {
                eprintln!("glaneur: {e:#}");
                ExitCode::from(2)
            })
        }
    };
    match run(args) {
        Ok(code) => code,
        Err(Stop::Usage(message)) => {
            eprintln!("glaneur: {message}");
            ExitCode::from(2)
        }
        Err(Stop::Fatal(e)) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("glaneur: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// The record of `--errors`.
#[derive(Serialize)]
struct ErrorLine<'a> {
    input: &'a str,
    line: Option<usize>,
    id: Option<&'a str>,
    message: &'a str,
}

/// Counts for the summary.
#[derive(Default)]
struct Stats {
    documents: usize,
    errors: usize,
    entities: usize,
    facts: usize,
    bytes: usize,
}

impl Stats {
    fn count(&mut self, tally: &Tally) {
        self.entities += tally.entities;
        self.facts += tally.facts;
        self.bytes += tally.bytes;
    }

    fn summary(&self, elapsed: Duration) -> String {
        let secs = elapsed.as_secs_f64().max(1e-6);
        let mb = self.bytes as f64 / 1e6;
        format!(
            "glaneur: {} documents ({} errors), {} entities, {} facts; {:.1} MB in {:.2} s ({:.1} MB/s, {:.0} docs/s)",
            self.documents,
            self.errors,
            self.entities,
            self.facts,
            mb,
            secs,
            mb / secs,
            self.documents as f64 / secs
        )
    }
}

fn check(args: &ExtractArgs) -> Result<(), Stop> {
    match args.format {
        FormatArg::Csv => {
            if args.out.is_none() {
                return Err(Stop::Usage(
                    "--format csv writes four files: give their directory with --out DIR".into(),
                ));
            }
            if args.output.is_some() {
                return Err(Stop::Usage(
                    "--format csv writes into a directory: use --out DIR, not -o".into(),
                ));
            }
        }
        _ => {
            if args.out.is_some() {
                return Err(Stop::Usage(
                    "--out DIR is for --format csv; use -o FILE for this format".into(),
                ));
            }
        }
    }
    if args.batch_size == 0 {
        return Err(Stop::Usage("--batch-size must be at least 1".into()));
    }
    if args.threads == Some(0) {
        return Err(Stop::Usage("--threads must be at least 1".into()));
    }
    let stdin_inputs = args.inputs.iter().filter(|p| p.as_os_str() == "-").count();
    if stdin_inputs > 1 {
        return Err(Stop::Usage(
            "standard input (`-`) can be read only once".into(),
        ));
    }
    Ok(())
}

fn open_sink<'g>(args: &ExtractArgs, gazetteers: &'g Gazetteers) -> Result<Box<dyn Sink + 'g>> {
    let output = || Output::open(args.output.as_deref()).context("opening the output");
    Ok(match args.format {
        FormatArg::Jsonl => Box::new(JsonLines::new(output()?)),
        FormatArg::Json => Box::new(JsonArray::new(output()?)),
        FormatArg::Ntriples => Box::new(NTriples::new(output()?, Some(gazetteers))),
        FormatArg::Csv => {
            let Some(dir) = &args.out else {
                bail!("--format csv needs --out DIR")
            };
            let options = CsvOptions {
                delimiter: args.csv_delimiter,
                bom: args.bom,
            };
            let tables = CsvTables::create(dir, options)
                .with_context(|| format!("creating the CSV files in {}", dir.display()))?;
            Box::new(tables)
        }
    })
}

fn progress_bar(quiet: bool) -> Option<ProgressBar> {
    if quiet || !io::stderr().is_terminal() {
        return None;
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    let style = ProgressStyle::with_template("{spinner} {human_pos} documents, {msg} [{elapsed}]")
        .unwrap_or_else(|_| ProgressStyle::default_spinner());
    bar.set_style(style);
    bar.enable_steady_tick(Duration::from_millis(200));
    Some(bar)
}

fn run(args: ExtractArgs) -> Result<ExitCode, Stop> {
    check(&args)?;
    let started = Instant::now();
    let gazetteers = match &args.gazetteers {
        Some(dir) => Gazetteers::from_dir(dir)
            .with_context(|| format!("loading gazetteers from {}", dir.display())),
        None => Gazetteers::builtin().context("loading the built-in gazetteers"),
    }?;
    // Never dropped: freeing the automata and tables one allocation at a time costs ~15M
    // instructions at exit, and the process is about to end anyway.
    let extractor =
        std::mem::ManuallyDrop::new(Extractor::new(gazetteers).with_stretch(args.stretch));
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = args.threads {
        builder = builder.num_threads(n);
    }
    let pool = builder.build().context("starting worker threads")?;

    let mut sink = open_sink(&args, extractor.gazetteers())?;
    let mut errors_out = match &args.errors {
        Some(p) => {
            Some(AtomicFile::create(p).with_context(|| format!("creating {}", p.display()))?)
        }
        None => None,
    };
    let bar = progress_bar(args.quiet);
    let mut stats = Stats::default();

    let record_format = sink.record_format();
    let prepare = |o: Outcome| Prepared::new(record_format, o);
    let deliver = |p: Prepared| -> io::Result<()> {
        stats.documents += 1;
        match &p {
            Prepared::Record { tally, .. } => stats.count(tally),
            Prepared::Outcome(Outcome::Extracted(d)) => stats.count(&Tally::of(d)),
            Prepared::Outcome(Outcome::Failed(e)) => {
                stats.errors += 1;
                match &bar {
                    Some(b) => b.suspend(|| eprintln!("{e}")),
                    None => eprintln!("{e}"),
                }
                if let Some(w) = &mut errors_out {
                    let line = ErrorLine {
                        input: &e.input,
                        line: e.line,
                        id: e.id.as_deref(),
                        message: &e.message,
                    };
                    serde_json::to_writer(&mut *w, &line)?;
                    w.write_all(b"\n")?;
                }
            }
        }
        if let Some(b) = &bar {
            b.inc(1);
            b.set_message(format!(
                "{} errors, {:.1} MB",
                stats.errors,
                stats.bytes as f64 / 1e6
            ));
        }
        p.write_to(&mut *sink)
    };
    let limits = Limits {
        documents: args.batch_size,
        ..Limits::default()
    };
    let (inputs, date) = (&args.inputs, args.date);
    // Reading runs on a thread of its own, overlapped with extraction.
    let produce = |push: &mut dyn FnMut(Item) -> ControlFlow<()>| {
        for path in input::expand(inputs) {
            let flow = match path {
                Ok(p) => input::read_path(&p, date, push),
                Err(e) => push(Item::from_error(e)),
            };
            if flow.is_break() {
                break;
            }
        }
    };
    let delivered = batch::pipelined(&extractor, &pool, limits, produce, prepare, deliver);
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    delivered.context("writing the output")?;
    sink.finish().context("writing the output")?;
    if let Some(w) = errors_out {
        w.commit().context("writing the errors file")?;
    }
    if !args.quiet {
        eprintln!("{}", stats.summary(started.elapsed()));
    }
    Ok(if stats.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// `glaneur view`: extract everything, then write the HTML report.
fn run_view(args: ViewArgs) -> Result<ExitCode> {
    let gazetteers = match &args.gazetteers {
        Some(dir) => Gazetteers::from_dir(dir),
        None => Gazetteers::builtin(),
    }
    .context("loading gazetteers")?;
    let extractor = Extractor::new(gazetteers);
    let collected = glaneur::view::collect(&extractor, &args.inputs, args.date);
    for e in &collected.errors {
        eprintln!("glaneur: {e}");
    }
    let options = glaneur::view::Options {
        title: args.title,
        input_errors: collected.errors.iter().map(ToString::to_string).collect(),
        ..Default::default()
    };
    let html = glaneur::view::render_with(&collected.records, &options);
    std::fs::write(&args.output, html)
        .with_context(|| format!("writing {}", args.output.display()))?;
    Ok(if collected.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
