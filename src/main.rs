//! The `glaneur` command: parses arguments and wires the library's stages.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};

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
    /// Extract entities and facts; one JSON Lines record per input document, in input order.
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

#[derive(clap::Args)]
struct ExtractArgs {
    /// `.txt` files, `.jsonl` files of {"id", "text", "date"?}, directories, or `-` for stdin.
    #[arg(default_value = "-")]
    inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(long, default_value = "jsonl")]
    format: String,
    /// Publication date (YYYY-MM-DD) for documents that carry none.
    #[arg(long, value_parser = parse_date)]
    date: Option<PubDate>,
    /// Write to this file instead of standard output.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Read gazetteers from this directory (files missing there come from the built-in set).
    #[arg(long)]
    gazetteers: Option<PathBuf>,
}

fn parse_date(s: &str) -> Result<PubDate, String> {
    PubDate::parse(s).ok_or_else(|| format!("`{s}` is not a date as YYYY-MM-DD"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            if e.downcast_ref::<io::Error>()
                .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            {
                return ExitCode::SUCCESS;
            }
            eprintln!("glaneur: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    let args = match cli.command {
        Command::Extract(args) => args,
        Command::View(args) => return run_view(args),
    };
    let gazetteers = match &args.gazetteers {
        Some(dir) => Gazetteers::from_dir(dir),
        None => Gazetteers::builtin(),
    }
    .context("loading gazetteers")?;
    let extractor = Extractor::new(gazetteers);
    let sink: Box<dyn Write> = match &args.output {
        Some(p) => {
            Box::new(std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?)
        }
        None => Box::new(io::stdout().lock()),
    };
    let mut out = BufWriter::new(sink);
    let mut failed = 0usize;
    let mut result: io::Result<()> = Ok(());
    for path in input::expand(&args.inputs) {
        let path = match path {
            Ok(p) => p,
            Err(e) => {
                eprintln!("glaneur: {e}");
                failed += 1;
                continue;
            }
        };
        input::read_path(&path, args.date, &mut |item: Item| {
            if result.is_err() {
                return;
            }
            match item.document {
                Ok(doc) => {
                    let record = extractor.extract(&doc);
                    result = serde_json::to_writer(&mut out, &record)
                        .map_err(io::Error::from)
                        .and_then(|()| out.write_all(b"\n"));
                }
                Err(e) => {
                    eprintln!("glaneur: {e}");
                    failed += 1;
                }
            }
        });
        result
            .as_ref()
            .map_err(|e| io::Error::new(e.kind(), e.to_string()))?;
    }
    out.flush()?;
    Ok(if failed > 0 {
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
