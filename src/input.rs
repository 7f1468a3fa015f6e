//! Reading documents: `.txt` files, JSON Lines files (`{"id", "text", "date"?}`), `.gz` of
//! either, directories (walked recursively in sorted order) and standard input.
//!
//! Reading is streaming: [`Reader`] yields one [`Item`] at a time, and a bad line or file is an
//! [`Item`] carrying an [`InputError`], never a reason to stop the batch.

use std::collections::HashSet;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde_json::Value as Json;

use crate::document::{Document, PubDate};

/// Why one input document could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{input}{}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct InputError {
    /// The file (or `-`) the document came from.
    pub input: String,
    /// 1-based line number in a JSON Lines input.
    pub line: Option<usize>,
    /// The record's id, when it could be read.
    pub id: Option<String>,
    pub message: String,
}

/// One input document, or the error that stands in for it.
#[derive(Clone, Debug)]
pub struct Item {
    pub input: String,
    pub line: Option<usize>,
    pub document: Result<Document, InputError>,
}

/// Parses one JSON Lines record into a document. `default_date` applies when it carries none.
///
/// ```
/// use glaneur::input::parse_record;
/// let d = parse_record(r#"{"id": "a", "text": "Bonjour", "date": "2025-07-29"}"#, None).unwrap();
/// assert_eq!((d.id.as_str(), d.date.unwrap().to_string()), ("a", "2025-07-29".to_string()));
/// assert!(parse_record(r#"{"id": "a"}"#, None).is_err());
/// ```
pub fn parse_record(
    line: &str,
    default_date: Option<PubDate>,
) -> Result<Document, (Option<String>, String)> {
    let value: Json =
        serde_json::from_str(line).map_err(|e| (None, format!("malformed JSON: {e}")))?;
    let Json::Object(map) = value else {
        return Err((None, "a record must be a JSON object".into()));
    };
    let id = match map.get("id") {
        Some(Json::String(s)) => Some(s.clone()),
        Some(Json::Number(n)) => Some(n.to_string()),
        None | Some(Json::Null) => None,
        Some(_) => return Err((None, "`id` must be a string".into())),
    };
    let text = match map.get("text") {
        Some(Json::String(s)) => s.clone(),
        None | Some(Json::Null) => return Err((id, "record has no `text`".into())),
        Some(_) => return Err((id, "`text` must be a string".into())),
    };
    let date = match map.get("date") {
        Some(Json::String(s)) if !s.trim().is_empty() => match PubDate::parse(s) {
            Some(d) => Some(d),
            None => return Err((id, format!("`date` {s:?} is not a YYYY-MM-DD date"))),
        },
        _ => default_date,
    };
    let Some(id) = id else {
        return Err((None, "record has no `id`".into()));
    };
    Ok(Document { id, text, date })
}

/// How an input file is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Text,
    JsonLines,
}

fn format_of(path: &Path) -> Format {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let name = name.strip_suffix(".gz").unwrap_or(name);
    if name.ends_with(".jsonl") || name.ends_with(".ndjson") || name.ends_with(".json") {
        Format::JsonLines
    } else {
        Format::Text
    }
}

/// Expands inputs into files: directories are walked recursively, entries sorted by name;
/// symbolic links to directories already visited are skipped (no loops). Errors are reported
/// in order, as items.
pub fn expand(inputs: &[PathBuf]) -> Vec<Result<PathBuf, InputError>> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for p in inputs {
        if p.as_os_str() == "-" {
            out.push(Ok(p.clone()));
        } else if p.is_dir() {
            walk(p, &mut seen, &mut out);
        } else {
            out.push(Ok(p.clone()));
        }
    }
    out
}

fn walk(dir: &Path, seen: &mut HashSet<PathBuf>, out: &mut Vec<Result<PathBuf, InputError>>) {
    let real = match dir.canonicalize() {
        Ok(r) => r,
        Err(e) => return out.push(Err(file_error(dir, format!("cannot read directory: {e}")))),
    };
    if !seen.insert(real) {
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => return out.push(Err(file_error(dir, format!("cannot read directory: {e}")))),
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        let hidden = p
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if p.is_dir() {
            walk(&p, seen, out);
        } else if is_document_file(&p) {
            out.push(Ok(p));
        }
    }
}

/// Files taken from a directory walk: text, JSON Lines, and their gzip forms.
fn is_document_file(p: &Path) -> bool {
    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let name = name.strip_suffix(".gz").unwrap_or(name);
    [".txt", ".jsonl", ".ndjson"]
        .iter()
        .any(|ext| name.ends_with(ext))
}

fn file_error(path: &Path, message: String) -> InputError {
    InputError {
        input: path.display().to_string(),
        line: None,
        id: None,
        message,
    }
}

/// Opens a file, decompressing `.gz` (all members).
fn open(path: &Path) -> io::Result<Box<dyn Read + Send>> {
    if path.as_os_str() == "-" {
        return Ok(Box::new(io::stdin()));
    }
    let f = File::open(path)?;
    if path.extension().is_some_and(|e| e == "gz") {
        Ok(Box::new(flate2::read::MultiGzDecoder::new(f)))
    } else {
        Ok(Box::new(f))
    }
}

/// Reads all documents of one input path (not a directory) and passes each item to `emit`.
pub fn read_path(path: &Path, default_date: Option<PubDate>, emit: &mut dyn FnMut(Item)) {
    let name = path.display().to_string();
    let reader = match open(path) {
        Ok(r) => r,
        Err(e) => {
            return emit(Item {
                input: name.clone(),
                line: None,
                document: Err(file_error(path, format!("cannot open: {e}"))),
            })
        }
    };
    let mut reader = BufReader::with_capacity(1 << 16, reader);
    let format = if path.as_os_str() == "-" {
        sniff(&mut reader)
    } else {
        format_of(path)
    };
    match format {
        Format::Text => {
            let mut bytes = Vec::new();
            let document = match reader.read_to_end(&mut bytes) {
                Ok(_) => Ok(Document {
                    id: name.clone(),
                    text: decode(bytes),
                    date: default_date,
                }),
                Err(e) => Err(file_error(path, format!("cannot read: {e}"))),
            };
            emit(Item {
                input: name,
                line: None,
                document,
            });
        }
        Format::JsonLines => read_lines(&name, reader, default_date, emit),
    }
}

/// Standard input is JSON Lines when its first non-blank byte is `{`, else one text document.
fn sniff(reader: &mut BufReader<Box<dyn Read + Send>>) -> Format {
    match reader.fill_buf() {
        Ok(buf) => match buf.iter().find(|b| !b.is_ascii_whitespace()) {
            Some(b'{') => Format::JsonLines,
            _ => Format::Text,
        },
        Err(_) => Format::Text,
    }
}

fn decode(bytes: Vec<u8>) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }
}

fn read_lines(
    name: &str,
    mut reader: impl BufRead,
    default_date: Option<PubDate>,
    emit: &mut dyn FnMut(Item),
) {
    let mut buf = Vec::new();
    let mut line_no = 0;
    loop {
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                emit(Item {
                    input: name.to_string(),
                    line: Some(line_no + 1),
                    document: Err(InputError {
                        input: name.to_string(),
                        line: Some(line_no + 1),
                        id: None,
                        message: format!("cannot read: {e}"),
                    }),
                });
                break;
            }
        }
        line_no += 1;
        let line = String::from_utf8_lossy(&buf);
        if line.trim().is_empty() {
            continue;
        }
        let document = parse_record(&line, default_date).map_err(|(id, message)| InputError {
            input: name.to_string(),
            line: Some(line_no),
            id,
            message,
        });
        emit(Item {
            input: name.to_string(),
            line: Some(line_no),
            document,
        });
    }
}
