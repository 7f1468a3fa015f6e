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

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

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
    let fields = match serde_json::from_str(line) {
        Ok(Record::Object(fields)) => fields,
        Ok(Record::NotAnObject) => return Err((None, "a record must be a JSON object".into())),
        Err(e) => return Err((None, format!("malformed JSON: {e}"))),
    };
    let id = match fields.id {
        Some(Field::String(s)) => Some(s.into_owned()),
        Some(Field::Number(n)) => Some(n.to_string()),
        None | Some(Field::Null) => None,
        Some(Field::Other) => return Err((None, "`id` must be a string".into())),
    };
    let text = match fields.text.map(RawValue::get) {
        Some(raw) if raw.starts_with('"') => match unescape(raw) {
            Ok(text) => text.into_owned(),
            Err(message) => return Err((id, format!("malformed JSON: {message} in `text`"))),
        },
        None | Some("null") => return Err((id, "record has no `text`".into())),
        Some(_) => return Err((id, "`text` must be a string".into())),
    };
    // A JSON string holds no raw control character: only an escaped NUL (`\u0000`) can be here.
    if let Some(at) = memchr::memchr(0, text.as_bytes()) {
        return Err((
            id,
            format!("`text` holds a NUL character at byte {at} (binary content?)"),
        ));
    }
    let date = match fields.date {
        Some(Field::String(s)) if !s.trim().is_empty() => match PubDate::parse(&s) {
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

/// A JSON Lines record as read: the three members glaneur uses, each kept as whatever JSON value
/// it holds so that [`parse_record`] can say what is wrong with it. Reading into this instead
/// of a `serde_json::Value` skips building a map of every member and copying the text out of
/// it (a string without escapes is borrowed from the line); the rules are the same: any valid
/// JSON is accepted, other members are skipped, and a repeated member keeps its last value.
enum Record<'a> {
    Object(Fields<'a>),
    NotAnObject,
}

#[derive(Default)]
struct Fields<'a> {
    id: Option<Field<'a>>,
    /// The text as written in the line, quotes and escapes included: serde_json unescapes a
    /// string into a buffer grown by doubling and then copied, three times the text in fresh
    /// memory for a long document; [`unescape`] writes it once into a string of its size.
    text: Option<&'a RawValue>,
    date: Option<Field<'a>>,
}

/// The value of a JSON string literal (`"…"`, quotes included) that serde_json has read as a
/// raw value, which checked its syntax: quotes, escape letters, four hex digits after `\u`, no
/// raw control character. Borrowed when it holds no escape. What is left to check here are the
/// UTF-16 surrogates of `\u` escapes, which must come in pairs.
///
/// ```text
/// "Le \"Fonds\"\n\u00e9t\u00e9 \ud83d\ude00"  →  Le "Fonds"⏎été 😀
/// ```
fn unescape(raw: &str) -> Result<Cow<'_, str>, String> {
    let inner = raw
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .ok_or("unterminated string")?;
    if memchr::memchr(b'\\', inner.as_bytes()).is_none() {
        return Ok(Cow::Borrowed(inner));
    }
    let mut out = String::with_capacity(inner.len());
    let mut rest = inner;
    while let Some(at) = memchr::memchr(b'\\', rest.as_bytes()) {
        out.push_str(&rest[..at]);
        let escape = &rest[at + 1..];
        let (c, len) = match escape.as_bytes().first() {
            Some(b'"') => ('"', 1),
            Some(b'\\') => ('\\', 1),
            Some(b'/') => ('/', 1),
            Some(b'b') => ('\u{8}', 1),
            Some(b'f') => ('\u{c}', 1),
            Some(b'n') => ('\n', 1),
            Some(b'r') => ('\r', 1),
            Some(b't') => ('\t', 1),
            Some(b'u') => unicode_escape(escape)?,
            _ => return Err("invalid escape".into()),
        };
        out.push(c);
        rest = &escape[len..];
    }
    out.push_str(rest);
    Ok(Cow::Owned(out))
}

/// The character of a `\u` escape (`escape` starts at its `u`) and the bytes it takes after
/// the backslash: 5, or 11 for a surrogate pair (`\ud83d\ude00`).
fn unicode_escape(escape: &str) -> Result<(char, usize), String> {
    let unit = |at: usize| {
        escape
            .get(at..at + 4)
            .and_then(|hex| u32::from_str_radix(hex, 16).ok())
            .ok_or_else(|| "invalid \\u escape".to_string())
    };
    let first = unit(1)?;
    let (code, len) = match first {
        0xD800..=0xDBFF => {
            let low = escape
                .get(5..7)
                .filter(|next| *next == "\\u")
                .map(|_| unit(7))
                .transpose()?
                .filter(|low| (0xDC00..=0xDFFF).contains(low))
                .ok_or_else(|| format!("lone leading surrogate \\u{first:04x}"))?;
            (0x10000 + ((first - 0xD800) << 10) + (low - 0xDC00), 11)
        }
        0xDC00..=0xDFFF => return Err(format!("lone trailing surrogate \\u{first:04x}")),
        _ => (first, 5),
    };
    let c = char::from_u32(code).ok_or_else(|| format!("invalid character \\u{code:04x}"))?;
    Ok((c, len))
}

/// The value of one member, as far as [`parse_record`] cares.
enum Field<'a> {
    String(Cow<'a, str>),
    Number(serde_json::Number),
    Null,
    Other,
}

impl<'de> Deserialize<'de> for Record<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct RecordVisitor;
        impl<'de> Visitor<'de> for RecordVisitor {
            type Value = Record<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Record<'de>, A::Error> {
                let mut fields = Fields::default();
                while let Some(key) = map.next_key::<Key>()? {
                    let slot = match key {
                        Key::Id => &mut fields.id,
                        Key::Text => {
                            fields.text = Some(map.next_value()?);
                            continue;
                        }
                        Key::Date => &mut fields.date,
                        Key::Other => {
                            map.next_value::<IgnoredAny>()?;
                            continue;
                        }
                    };
                    *slot = Some(map.next_value()?);
                }
                Ok(Record::Object(fields))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Record<'de>, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Record::NotAnObject)
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Record<'de>, E> {
                Ok(Record::NotAnObject)
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Record<'de>, E> {
                Ok(Record::NotAnObject)
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Record<'de>, E> {
                Ok(Record::NotAnObject)
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Record<'de>, E> {
                Ok(Record::NotAnObject)
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<Record<'de>, E> {
                Ok(Record::NotAnObject)
            }
            fn visit_unit<E: de::Error>(self) -> Result<Record<'de>, E> {
                Ok(Record::NotAnObject)
            }
        }
        d.deserialize_any(RecordVisitor)
    }
}

/// A member name: one of the three read, or any other.
enum Key {
    Id,
    Text,
    Date,
    Other,
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a member name")
            }
            fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
                Ok(match key {
                    "id" => Key::Id,
                    "text" => Key::Text,
                    "date" => Key::Date,
                    _ => Key::Other,
                })
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

impl<'de> Deserialize<'de> for Field<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct FieldVisitor;
        impl<'de> Visitor<'de> for FieldVisitor {
            type Value = Field<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Field<'de>, E> {
                Ok(Field::String(Cow::Borrowed(s)))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Field<'de>, E> {
                Ok(Field::String(Cow::Owned(s.to_owned())))
            }
            fn visit_string<E: de::Error>(self, s: String) -> Result<Field<'de>, E> {
                Ok(Field::String(Cow::Owned(s)))
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Field<'de>, E> {
                Ok(Field::Number(n.into()))
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Field<'de>, E> {
                Ok(Field::Number(n.into()))
            }
            fn visit_f64<E: de::Error>(self, n: f64) -> Result<Field<'de>, E> {
                // JSON numbers are finite, so `from_f64` always succeeds.
                Ok(serde_json::Number::from_f64(n).map_or(Field::Other, Field::Number))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Field<'de>, E> {
                Ok(Field::Null)
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Field<'de>, E> {
                Ok(Field::Other)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Field<'de>, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Field::Other)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Field<'de>, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Field::Other)
            }
        }
        d.deserialize_any(FieldVisitor)
    }
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

/// Opens a file, decompressing `.gz` (all members), with the size of what it reads when it is
/// known (a file that is not compressed): a text document is read into a buffer of that size,
/// where a list grown by doubling copied a long text several times over.
fn open(path: &Path) -> io::Result<(Box<dyn Read + Send>, Option<u64>)> {
    if path.as_os_str() == "-" {
        return Ok((Box::new(io::stdin()), None));
    }
    let f = File::open(path)?;
    if path.extension().is_some_and(|e| e == "gz") {
        Ok((Box::new(flate2::read::MultiGzDecoder::new(f)), None))
    } else {
        let size = f.metadata().ok().map(|m| m.len());
        Ok((Box::new(f), size))
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
    let (reader, size) = match open(path) {
        Ok(opened) => opened,
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
            let size = size.map_or(0, |n| n.min(MAX_DOCUMENT_BYTES as u64) as usize);
            let mut bytes = Vec::with_capacity(size + 1);
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
    memchr::memchr(0, bytes)
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
    // Room for the longest record at once: only the pages a line fills are ever touched, and a
    // long line read into a list grown by doubling was copied several times over (a tenth of
    // a 50 MB document's page faults).
    let mut buf = Vec::with_capacity(max.saturating_add(1));
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
            Ok(s) => (Cow::Borrowed(s), false),
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
    fn records_are_read_as_json_values_are() {
        let ok = |line: &str| parse_record(line, None).map(|d| (d.id, d.text));
        let err = |line: &str| parse_record(line, None).unwrap_err().1;
        let doc = |id: &str, text: &str| Ok((id.to_string(), text.to_string()));
        assert_eq!(ok(r#"{"id": 12, "text": "a"}"#), doc("12", "a"));
        assert_eq!(ok(r#"{"id": 1e3, "text": "a"}"#), doc("1000.0", "a"));
        assert_eq!(ok(r#"{"id": -3, "text": "a"}"#), doc("-3", "a"));
        // Escaped names and values, members skipped, the last of a repeated member.
        assert_eq!(
            ok(
                r#"{"i\u0064": "x", "t\u0065xt": "l\u2019OIM\n", "o": {"a": [1, null]}, "id": "y"}"#
            ),
            doc("y", "l\u{2019}OIM\n")
        );
        assert_eq!(err(r#"{"id": true, "text": "a"}"#), "`id` must be a string");
        assert_eq!(err(r#"{"id": {}, "text": 5}"#), "`id` must be a string");
        assert_eq!(
            err(r#"{"id": "a", "text": ["b"]}"#),
            "`text` must be a string"
        );
        assert_eq!(err(r#"{"id": "a", "text": null}"#), "record has no `text`");
        assert_eq!(err(r#"{"id": null, "text": "a"}"#), "record has no `id`");
        for line in [r#"[1, {"a": 2}]"#, r#""text""#, "42", "null", "true"] {
            assert_eq!(err(line), "a record must be a JSON object");
        }
        assert!(err(r#"{"id": "a", "text": "b"} x"#).starts_with("malformed JSON: trailing"));
        let d = parse_record(
            r#"{"id": "a", "text": "b", "date": 5}"#,
            PubDate::parse("2024-01-02"),
        );
        assert_eq!(d.unwrap().date, PubDate::parse("2024-01-02"));
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

    /// Every string serde_json writes, and the same with every character as a `\\u` escape
    /// (surrogate pairs for those outside the BMP), reads back as itself; lone surrogates are
    /// errors naming the escape.
    #[test]
    fn text_unescapes_as_json_says() {
        let samples = [
            "",
            "sans échappement",
            "Le « Fonds » a reçu 5\u{a0}M$.\nL’OIM\t\"cite\" \\ / \r\u{8}\u{c}\u{1}",
            "émoji 😀 et 𝄞 : fin\\",
        ];
        for s in samples {
            let raw = serde_json::to_string(s).unwrap();
            assert_eq!(unescape(&raw).unwrap(), s, "{raw}");
            let mut escaped = String::from("\"");
            for unit in s.encode_utf16() {
                escaped.push_str(&format!("\\u{unit:04X}"));
            }
            escaped.push('"');
            assert_eq!(unescape(&escaped).unwrap(), s, "{escaped}");
            let record = format!(r#"{{"id":"a","text":{escaped}}}"#);
            assert_eq!(parse_record(&record, None).unwrap().text, s);
        }
        for (raw, error) in [
            (r#""a\ud800b""#, "lone leading surrogate \\ud800"),
            (r#""\ud83d\u0041""#, "lone leading surrogate \\ud83d"),
            (r#""\ude00""#, "lone trailing surrogate \\ude00"),
        ] {
            assert_eq!(unescape(raw).unwrap_err(), error);
            let record = format!(r#"{{"id":"a","text":{raw}}}"#);
            let (id, message) = parse_record(&record, None).unwrap_err();
            assert_eq!(id.as_deref(), Some("a"));
            assert_eq!(message, format!("malformed JSON: {error} in `text`"));
        }
        assert!(parse_record(r#"{"id":"a","text":"\x"}"#, None)
            .unwrap_err()
            .1
            .starts_with("malformed JSON"));
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
