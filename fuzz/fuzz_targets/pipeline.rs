//! Fuzz target over the whole pipeline. The first byte chooses what the rest is:
//!
//! * even: the text of a document (bytes decoded lossily, as the CLI decodes a `.txt` file);
//! * odd: one JSON Lines record, parsed with `glaneur::input::parse_record` and, when it is a
//!   document, extracted.
//!
//! Every extraction is checked with the invariants of the property tests (offsets slice back
//! to the text, entities sorted and disjoint, sane values, valid JSON): a violation panics, so
//! libFuzzer reports it as a crash with the input. See docs/ROBUSTNESS.md to run it.

#![no_main]

use std::sync::LazyLock;

use glaneur::input::parse_record;
use glaneur::{Document, Extractor, PubDate};
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/properties/invariants.rs"]
mod invariants;

static EXTRACTOR: LazyLock<Extractor> =
    LazyLock::new(|| Extractor::builtin().expect("built-in gazetteers load"));

fn extract_and_check(doc: &Document) {
    let record = EXTRACTOR.extract(doc);
    if let Err(message) = invariants::check(doc, &record) {
        panic!("invariant violated: {message}");
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    if mode % 2 == 0 {
        // A publication date makes the date rules resolve day-month dates.
        let date = (mode % 4 == 0).then(|| PubDate::new(2025, 7, 29)).flatten();
        extract_and_check(&Document {
            id: "fuzz".into(),
            text: text.into_owned(),
            date,
        });
    } else if let Ok(doc) = parse_record(&text, None) {
        extract_and_check(&doc);
    }
});
