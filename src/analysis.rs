//! What the stages know about one document while it goes through the pipeline.

use crate::document::{CharIndex, Document, Mention, Span};
use crate::gazetteer::{Gazetteers, Hit};
use crate::record::Warning;
use crate::tokenize::Tokens;

/// One document under analysis: the text and everything the stages derived from it so far.
/// Stages read what earlier stages wrote and add their own part; nothing here rewrites the text.
pub struct Analysis<'a> {
    pub doc: &'a Document,
    pub text: &'a str,
    pub gazetteers: &'a Gazetteers,
    /// Byte offsets → character offsets, for output.
    pub chars: CharIndex,
    pub tokens: Tokens,
    /// Regions of web boilerplate (navigation, `Lire aussi`, teasers), in order and disjoint
    /// (whole lines, from [`crate::clean::boilerplate`]): rules skip them.
    pub boilerplate: Vec<Span>,
    /// Gazetteer matches, sorted by start then longest first; overlapping.
    pub hits: Vec<Hit<'a>>,
    /// Candidate mentions from every rule, before overlaps are resolved.
    pub candidates: Vec<Mention>,
    /// The chosen mentions, sorted by start, not overlapping.
    pub mentions: Vec<Mention>,
    pub warnings: Vec<Warning>,
}

impl<'a> Analysis<'a> {
    /// Whether a span lies in a boilerplate region.
    ///
    /// The regions are lines, in order and disjoint, so their ends are sorted too: the first
    /// region ending after the span starts is the only one to check (a binary search; a scan
    /// of all regions for every sentence made a long document quadratic).
    pub fn in_boilerplate(&self, span: Span) -> bool {
        let first = self.boilerplate.partition_point(|b| b.end <= span.start);
        self.boilerplate
            .get(first)
            .is_some_and(|b| b.overlaps(span))
    }

    /// The text of a span.
    pub fn slice(&self, span: Span) -> &'a str {
        span.of(self.text)
    }

    /// Sentence index of a byte offset.
    pub fn sentence_of(&self, byte: usize) -> usize {
        self.tokens.sentence_at(byte)
    }
}
