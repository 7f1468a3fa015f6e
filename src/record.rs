//! The per-document result and its JSON form — the contract of `shared/eval/SCHEMA.md`.
//!
//! ```json
//! {"id": "news-007",
//!  "entities": [{"type": "PERSON", "text": "Amy Pope", "start": 131, "end": 139,
//!                "canonical": "Amy Pope", "rule": "gazetteer", "byte_start": 133, …}],
//!  "facts": [{"type": "ROLE", "person": {"text": "Amy Pope", "canonical": "Amy Pope"},
//!             "role": "directrice générale", "organization": {…}, "country": null,
//!             "evidence": {"text": "…", "start": 120, "end": 210}, "rule": "role.apposition",
//!             "confidence": 0.9}],
//!  "warnings": [{"kind": "weekday_mismatch", "message": "…", "start": 400, "end": 416}]}
//! ```
//! `start`/`end` count Unicode scalar values; `byte_start`/`byte_end` are UTF-8 byte offsets.

use serde::Serialize;

use crate::document::{CharIndex, EntityType, Mention, Span, Value};
use crate::facts::Fact;

/// One entity mention as written in the output.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entity {
    #[serde(rename = "type")]
    pub kind: EntityType,
    pub text: String,
    pub start: usize,
    pub end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub canonical: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    pub byte_start: usize,
    pub byte_end: usize,
    pub sentence: usize,
    pub rule: &'static str,
    /// Gazetteer id (`org:oim`), when the entity is a known one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entry: Option<String>,
}

/// Something a reader of the record should know: a date whose weekday does not fit, a text
/// that was decoded lossily, a duplicate id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Warning {
    pub kind: &'static str,
    pub message: String,
    /// Character offsets of what the warning is about, when it is about a part of the text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
    #[serde(skip)]
    pub bytes: Option<Span>,
}

impl Warning {
    /// A warning about the whole document.
    pub fn document(kind: &'static str, message: impl Into<String>) -> Warning {
        Warning {
            kind,
            message: message.into(),
            start: None,
            end: None,
            bytes: None,
        }
    }

    /// A warning about a part of the text (byte span; character offsets are set on output).
    pub fn at(kind: &'static str, message: impl Into<String>, span: Span) -> Warning {
        Warning {
            kind,
            message: message.into(),
            start: None,
            end: None,
            bytes: Some(span),
        }
    }
}

/// Everything extracted from one document.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Extraction {
    pub id: String,
    pub entities: Vec<Entity>,
    pub facts: Vec<Fact>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Warning>,
}

impl Extraction {
    /// Builds the record from byte-offset mentions, converting offsets to characters.
    ///
    /// `sentences` are the document's sentence spans, in order: each mention's sentence is
    /// found by a `SentenceCursor` that moves forward with the mentions (sorted by start),
    /// not by a binary search per mention.
    pub fn new(
        id: &str,
        text: &str,
        index: &CharIndex,
        sentences: &[Span],
        mentions: Vec<Mention>,
        facts: Vec<Fact>,
        mut warnings: Vec<Warning>,
    ) -> Extraction {
        let mut sentence = SentenceCursor::new(sentences);
        let entities = mentions
            .into_iter()
            .map(|m| Entity {
                kind: m.kind,
                text: m.span.of(text).to_string(),
                start: index.chars(m.span.start),
                end: index.chars(m.span.end),
                canonical: m.canonical,
                value: m.value,
                byte_start: m.span.start,
                byte_end: m.span.end,
                sentence: sentence.of(m.span.start),
                rule: m.provenance.rule,
                entry: m.provenance.entry,
            })
            .collect();
        for w in &mut warnings {
            if let Some(b) = w.bytes {
                w.start = Some(index.chars(b.start));
                w.end = Some(index.chars(b.end));
            }
        }
        Extraction {
            id: id.to_string(),
            entities,
            facts,
            warnings,
        }
    }

    /// Appends the entities, facts and warnings of a stretch of the same document that starts
    /// at `at`, moving their offsets and sentence numbers from the stretch's to the document's.
    /// The facts are appended as they are: two stretches may state the same fact (see
    /// [`crate::facts::merge_stretches`]).
    pub fn append_stretch(&mut self, part: Extraction, at: Shift) {
        self.entities.extend(part.entities.into_iter().map(|mut e| {
            e.start += at.chars;
            e.end += at.chars;
            e.byte_start += at.bytes;
            e.byte_end += at.bytes;
            e.sentence += at.sentences;
            e
        }));
        self.facts.extend(part.facts.into_iter().map(|mut f| {
            f.evidence.start += at.chars;
            f.evidence.end += at.chars;
            f.evidence.bytes = f.evidence.bytes.shifted(at.bytes);
            f
        }));
        self.warnings.extend(part.warnings.into_iter().map(|mut w| {
            w.start = w.start.map(|c| c + at.chars);
            w.end = w.end.map(|c| c + at.chars);
            w.bytes = w.bytes.map(|b| b.shifted(at.bytes));
            w
        }));
    }
}

/// Where a stretch of a document starts in the whole document (or how long it is): bytes,
/// characters and sentences. See [`crate::stretch`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Shift {
    pub bytes: usize,
    pub chars: usize,
    pub sentences: usize,
}

impl Shift {
    /// Moves past a stretch of this `length`: the start of the next one.
    pub fn advance(&mut self, length: Shift) {
        self.bytes += length.bytes;
        self.chars += length.chars;
        self.sentences += length.sentences;
    }
}

/// The sentence of byte offsets asked in increasing order: the index of the first sentence
/// that ends after the offset (the last sentence past the end), as
/// [`crate::tokenize::Tokens::sentence_at`] computes it. The cursor only moves forward while
/// the offsets do; an offset before the previous one is answered by a binary search.
struct SentenceCursor<'s> {
    sentences: &'s [Span],
    at: usize,
    last_byte: usize,
}

impl<'s> SentenceCursor<'s> {
    fn new(sentences: &'s [Span]) -> SentenceCursor<'s> {
        SentenceCursor {
            sentences,
            at: 0,
            last_byte: 0,
        }
    }

    fn of(&mut self, byte: usize) -> usize {
        if byte < self.last_byte {
            self.at = self.sentences.partition_point(|s| s.end <= byte);
        } else {
            while self.sentences.get(self.at).is_some_and(|s| s.end <= byte) {
                self.at += 1;
            }
        }
        self.last_byte = byte;
        self.at.min(self.sentences.len().saturating_sub(1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cursor answers what `Tokens::sentence_at` answers, forward, backward and past the
    /// end, and for a text without sentences.
    #[test]
    fn sentence_cursor_agrees_with_sentence_at() {
        for text in ["Le Maroc a signé. L’OIM a reçu 5 M$.\n\nFin", "", "   "] {
            let tokens = crate::tokenize::tokenize(text);
            let mut cursor = SentenceCursor::new(&tokens.sentences);
            let forward = 0..=text.len() + 2;
            let offsets: Vec<usize> = forward.clone().chain(forward.rev()).collect();
            for b in offsets {
                let expected = tokens.sentence_at(b);
                assert_eq!(cursor.of(b), expected, "{text:?} at {b}");
            }
        }
    }
}
