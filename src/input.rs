//! Reading documents: `.txt` files, JSON Lines files (`{"id", "text", "date"?}`), `.gz` of
//! either, directories (walked recursively in sorted order) and standard input.
//!
//! Reading is streaming: [`read_path`] passes one [`Item`] at a time to a callback, and a bad
//! line or file is an [`Item`] carrying an [`InputError`], never a reason to stop the batch.
//!
//! Policy for bad input (every input document yields exactly one item):
//!
//! | input | result |
//! |---|---|
//! | invalid UTF-8 | decoded lossily (U+FFFD), offsets count the decoded text, `lossy_utf8` set |
//! | NUL byte (binary file) | error item |
//! | empty or whitespace-only document | a document with that text (empty result) |
//! | blank line in JSON Lines | not a document, skipped |
//! | malformed JSON, no `text`, non-string `text` or `id` | error item naming input and line |
//! | unreadable file, dangling symlink, symlink loop | error item naming the path |
//! | truncated or corrupt `.gz` | the documents read so far, then an error item |
//! | document or record over [`MAX_DOCUMENT_BYTES`] | error item; the next line is read |

use std::collections::HashSet;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::ops::ControlFlow;
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
    /// The bytes were not valid UTF-8 and were decoded lossily (invalid sequences became U+FFFD).
    pub lossy_utf8: bool,
    /// Size of the document in bytes as read (for throughput figures).
    pub bytes: usize,
}

impl Item {
    /// The item that stands for an input that could not be read at all.
    pub fn from_error(e: InputError) -> Item {
        Item {
            input: e.input.clone(),
            line: e.line,
            document: Err(e),
            lossy_utf8: false,
            bytes: 0,
        }
    }

    fn failed(input: &str, line: Option<usize>, id: Option<String>, message: String) -> Item {
        Item {
            input: input.to_string(),
            line,
            document: Err(InputError {
                input: input.to_string(),
                line,
                id,
                message,
            }),
            lossy_utf8: false,
            bytes: 0,
        }
    }
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
    if let Some(at) = text.find('\0') {
        return Err((
            id,
            format!("`text` holds a NUL character at byte {at} (binary content?)"),
        ));
    }
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
    let mut paths = Vec::new();
    for entry in entries {
        match entry {
            Ok(e) => paths.push(e.path()),
            Err(e) => out.push(Err(file_error(dir, format!("cannot list directory: {e}")))),
        }
    }
    paths.sort();
    for p in paths {
        let hidden = p
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        match std::fs::metadata(&p) {
            Ok(m) if m.is_dir() => walk(&p, seen, out),
            Ok(_) => {
                if is_document_file(&p) {
                    out.push(Ok(p));
                }
            }
            // A dangling symbolic link, a symlink loop, or an entry that vanished mid-walk: we
            // cannot tell whether it held documents, so it is reported, never skipped silently.
            Err(e) => out.push(Err(file_error(&p, format!("cannot read: {e}")))),
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

/// Reads all documents of one input path (not a directory) and passes each item to `emit`,
/// which returns [`ControlFlow::Break`] to stop reading (e.g. when the output is closed).
pub fn read_path(
    path: &Path,
    default_date: Option<PubDate>,
    emit: &mut dyn FnMut(Item) -> ControlFlow<()>,
) -> ControlFlow<()> {
    let name = path.display().to_string();
    let reader = match open(path) {
        Ok(r) => r,
        Err(e) => return emit(Item::failed(&name, None, None, format!("cannot open: {e}"))),
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
            let limit = MAX_DOCUMENT_BYTES as u64 + 1;
            match reader.take(limit).read_to_end(&mut bytes) {
                Ok(_) if bytes.len() > MAX_DOCUMENT_BYTES => {
                    emit(Item::failed(&name, None, Some(name.clone()), too_large()))
                }
                Ok(_) => emit(text_item(&name, bytes, default_date)),
                Err(e) => emit(Item::failed(
                    &name,
                    None,
                    Some(name.clone()),
                    format!("cannot read: {e}"),
                )),
            }
        }
        Format::JsonLines => read_lines(&name, reader, MAX_DOCUMENT_BYTES, default_date, emit),
    }
}

/// The largest document (text file or JSON Lines record) read, in bytes: 64 MiB. A larger one
/// (a log dump named `.txt`, a runaway line) is an error record, so that memory stays bounded
/// and one such file cannot stall a batch.
pub const MAX_DOCUMENT_BYTES: usize = 64 << 20;

fn too_large() -> String {
    format!(
        "document larger than {} MiB, not read",
        MAX_DOCUMENT_BYTES >> 20
    )
}

/// Skips the rest of a line (after a record that was too long), without buffering it.
fn skip_line(reader: &mut impl BufRead) -> io::Result<()> {
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(());
        }
        if let Some(i) = buf.iter().position(|&b| b == b'\n') {
            reader.consume(i + 1);
            return Ok(());
        }
        let n = buf.len();
        reader.consume(n);
    }
}

/// One text document from its bytes: its id is the input's name.
fn text_item(name: &str, bytes: Vec<u8>, default_date: Option<PubDate>) -> Item {
    let size = bytes.len();
    if let Some(at) = memchr_nul(&bytes) {
        let message = format!("binary content: NUL byte at offset {at}");
        return Item {
            bytes: size,
            ..Item::failed(name, None, Some(name.to_string()), message)
        };
    }
    let (text, lossy_utf8) = decode(bytes);
    Item {
        input: name.to_string(),
        line: None,
        document: Ok(Document {
            id: name.to_string(),
            text,
            date: default_date,
        }),
        lossy_utf8,
        bytes: size,
    }
}

fn memchr_nul(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == 0)
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

/// Decodes UTF-8, replacing invalid sequences with U+FFFD; says whether it had to.
fn decode(bytes: Vec<u8>) -> (String, bool) {
    match String::from_utf8(bytes) {
        Ok(s) => (s, false),
        Err(e) => (String::from_utf8_lossy(e.as_bytes()).into_owned(), true),
    }
}

fn read_lines(
    name: &str,
    mut reader: impl BufRead,
    max: usize,
    default_date: Option<PubDate>,
    emit: &mut dyn FnMut(Item) -> ControlFlow<()>,
) -> ControlFlow<()> {
    let mut buf = Vec::new();
    let mut line_no = 0;
    loop {
        buf.clear();
        match (&mut reader)
            .take(max as u64 + 1)
            .read_until(b'\n', &mut buf)
        {
            Ok(0) => return ControlFlow::Continue(()),
            Ok(_) if buf.len() > max && buf.last() != Some(&b'\n') => {
                line_no += 1;
                let skipped = skip_line(&mut reader);
                let message = format!("record larger than {max} bytes, not read");
                emit(Item::failed(name, Some(line_no), None, message))?;
                if let Err(e) = skipped {
                    return emit(Item::failed(
                        name,
                        Some(line_no + 1),
                        None,
                        format!("cannot read: {e}"),
                    ));
                }
                continue;
            }
            Ok(_) => {}
            Err(e) => {
                // A truncated or corrupt `.gz`, or a file that vanished: the documents read so
                // far were emitted; the rest is one error naming where reading stopped.
                return emit(Item::failed(
                    name,
                    Some(line_no + 1),
                    None,
                    format!("cannot read: {e}"),
                ));
            }
        }
        line_no += 1;
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let size = buf.len();
        if let Some(at) = memchr_nul(&buf) {
            let message = format!("binary content: NUL byte at column {}", at + 1);
            emit(Item {
                bytes: size,
                ..Item::failed(name, Some(line_no), None, message)
            })?;
            continue;
        }
        let (line, lossy_utf8) = match std::str::from_utf8(&buf) {
            Ok(s) => (std::borrow::Cow::Borrowed(s), false),
            Err(_) => (String::from_utf8_lossy(&buf), true),
        };
        let line = line.trim_end_matches(['\n', '\r']);
        let document = parse_record(line, default_date).map_err(|(id, message)| InputError {
            input: name.to_string(),
            line: Some(line_no),
            id,
            message,
        });
        emit(Item {
            input: name.to_string(),
            line: Some(line_no),
            document,
            lossy_utf8,
            bytes: size,
        })?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(name: &str, data: &[u8]) -> Vec<Item> {
        let mut items = Vec::new();
        let _ = read_lines(name, data, 100, None, &mut |i| {
            items.push(i);
            ControlFlow::Continue(())
        });
        items
    }

    #[test]
    fn every_line_is_a_document_or_an_error() {
        let data = b"{\"id\":\"a\",\"text\":\"Le Maroc.\"}\n\n{broken\n{\"id\":\"c\"}\n{\"id\":1,\"text\":2}\n";
        let items = collect("x.jsonl", data);
        assert_eq!(items.len(), 4);
        assert!(items[0].document.is_ok());
        let errs: Vec<_> = items[1..]
            .iter()
            .map(|i| i.document.as_ref().unwrap_err())
            .collect();
        assert_eq!(errs[0].line, Some(3));
        assert!(errs[0].message.contains("malformed JSON"));
        assert_eq!(errs[1].message, "record has no `text`");
        assert_eq!(errs[1].id.as_deref(), Some("c"));
        assert_eq!(errs[2].message, "`text` must be a string");
        assert_eq!(errs[2].to_string(), "x.jsonl:5: `text` must be a string");
    }

    #[test]
    fn invalid_utf8_is_decoded_lossily_and_flagged() {
        let items = collect("x.jsonl", b"{\"id\":\"a\",\"text\":\"caf\xe9\"}\n");
        assert!(items[0].lossy_utf8);
        assert_eq!(items[0].document.as_ref().unwrap().text, "caf\u{FFFD}");
        let item = text_item("t.txt", b"caf\xc3\xa9".to_vec(), None);
        assert!(!item.lossy_utf8);
    }

    #[test]
    fn nul_bytes_are_errors() {
        let item = text_item("bin.txt", b"GIF89a\0\0".to_vec(), None);
        assert!(item
            .document
            .unwrap_err()
            .message
            .contains("NUL byte at offset 6"));
        let items = collect("x.jsonl", b"{\"id\":\"a\",\"text\":\"a\\u0000b\"}\n");
        assert!(items[0]
            .document
            .as_ref()
            .unwrap_err()
            .message
            .contains("NUL"));
    }

    #[test]
    fn an_overlong_record_is_an_error_and_reading_goes_on() {
        let long = format!("{{\"id\":\"big\",\"text\":\"{}\"}}", "a".repeat(300));
        let data = format!("{long}\n{{\"id\":\"b\",\"text\":\"ok\"}}\n{long}");
        let items = collect("x.jsonl", data.as_bytes());
        assert_eq!(items.len(), 3);
        let e = items[0].document.as_ref().unwrap_err();
        assert_eq!(
            (e.line, e.message.as_str()),
            (Some(1), "record larger than 100 bytes, not read")
        );
        assert_eq!(items[1].document.as_ref().unwrap().id, "b");
        assert_eq!(items[2].line, Some(3));
    }

    #[test]
    fn empty_text_is_a_document() {
        let item = text_item("e.txt", b"  \n".to_vec(), None);
        assert_eq!(item.document.unwrap().text, "  \n");
    }

    #[test]
    fn reading_stops_when_asked() {
        let data = b"{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"y\"}\n";
        let mut n = 0;
        let flow = read_lines("x.jsonl", &data[..], 100, None, &mut |_| {
            n += 1;
            ControlFlow::Break(())
        });
        assert_eq!((n, flow), (1, ControlFlow::Break(())));
    }
}
