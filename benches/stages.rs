//! Stage benchmarks on the sample articles of `data/articles.jsonl`: tokenize, fold, gazetteer
//! match (the gazetteer trie, on the whole text and at word starts), rules (the whole
//! analysis), facts, export to JSON Lines, and, for comparison with the trie, the
//! Aho-Corasick configurations on the real gazetteer names.
//!
//!     cargo bench --bench stages                 # all stages
//!     cargo bench --bench stages -- automaton    # the automaton kinds only
//!
//! Each benchmark processes the whole sample (about 100 KB), so `bytes/s` is throughput.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use glaneur::fold::{self, Folded};
use glaneur::{facts, tokenize, Document, Extractor};
use std::sync::LazyLock;

fn main() {
    divan::main();
}

static DOCS: LazyLock<Vec<Document>> = LazyLock::new(|| {
    include_str!("../data/articles.jsonl")
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .enumerate()
        .map(|(i, v)| {
            let text = v["text"].as_str().unwrap_or_default();
            Document::new(format!("d{i}"), text)
        })
        .collect()
});

static EXTRACTOR: LazyLock<Extractor> =
    LazyLock::new(|| Extractor::builtin().expect("built-in gazetteers load"));

fn bytes() -> BytesCount {
    BytesCount::new(DOCS.iter().map(|d| d.text.len()).sum::<usize>())
}

#[divan::bench]
fn startup_gazetteers() -> Extractor {
    Extractor::builtin().expect("built-in gazetteers load")
}

#[divan::bench]
fn tokenize(b: Bencher) {
    b.counter(bytes()).bench(|| {
        for d in DOCS.iter() {
            black_box(tokenize::tokenize(&d.text));
        }
    });
}

#[divan::bench]
fn fold_text(b: Bencher) {
    b.counter(bytes()).bench(|| {
        for d in DOCS.iter() {
            black_box(Folded::new(&d.text));
        }
    });
}

#[divan::bench]
fn gazetteer_match(b: Bencher) {
    let g = EXTRACTOR.gazetteers();
    let folded: Vec<Folded> = DOCS.iter().map(|d| Folded::new(&d.text)).collect();
    b.counter(bytes()).bench(|| {
        for (d, f) in DOCS.iter().zip(&folded) {
            black_box(g.find(&d.text, f));
        }
    });
}

/// The gazetteer match as the extraction runs it: tried at word starts only, which the tokens
/// tell (the tokens are made beforehand, as `gazetteer_match` folds beforehand).
#[divan::bench]
fn gazetteer_find_in_tokens(b: Bencher) {
    let g = EXTRACTOR.gazetteers();
    let tokens: Vec<_> = DOCS.iter().map(|d| tokenize::tokenize(&d.text)).collect();
    b.counter(bytes()).bench(|| {
        for (d, t) in DOCS.iter().zip(&tokens) {
            black_box(g.find_in_tokens(&d.text, t));
        }
    });
}

/// Everything before the facts: fold, match, tokenize, rules, selection, resolution.
#[divan::bench]
fn rules_analyse(b: Bencher) {
    b.counter(bytes()).bench(|| {
        for d in DOCS.iter() {
            black_box(EXTRACTOR.analyse(d).mentions.len());
        }
    });
}

/// The facts alone, on analyses prepared outside the timed loop.
#[divan::bench]
fn facts_only(b: Bencher) {
    let analyses: Vec<_> = DOCS.iter().map(|d| EXTRACTOR.analyse(d)).collect();
    b.counter(bytes()).bench(|| {
        for a in &analyses {
            black_box(facts::extract(a));
        }
    });
}

/// The whole extraction, records built but not serialized.
#[divan::bench]
fn extract(b: Bencher) {
    b.counter(bytes()).bench(|| {
        for d in DOCS.iter() {
            black_box(EXTRACTOR.extract(d));
        }
    });
}

/// Serializing the records to JSON Lines (into memory).
#[divan::bench]
fn export_jsonl(b: Bencher) {
    let records: Vec<_> = DOCS.iter().map(|d| EXTRACTOR.extract(d)).collect();
    b.counter(bytes()).bench(|| {
        let mut out = Vec::with_capacity(1 << 20);
        for r in &records {
            serde_json::to_writer(&mut out, r).expect("in-memory write");
            out.push(b'\n');
        }
        black_box(out)
    });
}

/// Folded names of the real gazetteers (the `name` column of every TSV file), the kind of
/// pattern set the name automaton is built from.
static NAMES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let files = [
        include_str!("../gazetteers/countries.tsv"),
        include_str!("../gazetteers/places.tsv"),
        include_str!("../gazetteers/places_geonames.tsv"),
        include_str!("../gazetteers/organizations.tsv"),
        include_str!("../gazetteers/people.tsv"),
        include_str!("../gazetteers/roles.tsv"),
    ];
    let mut names = Vec::new();
    for content in files {
        let mut lines = content
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty());
        let Some(header) = lines.next() else { continue };
        let cols: Vec<&str> = header.split('\t').collect();
        let Some(c) = cols.iter().position(|c| *c == "name" || *c == "masculine") else {
            continue;
        };
        for l in lines {
            if let Some(n) = l.split('\t').nth(c).filter(|n| !n.trim().is_empty()) {
                names.push(fold::name_key(n));
            }
        }
    }
    names.sort();
    names.dedup();
    names
});

const KINDS: &[&str] = &["contiguous", "noncontiguous", "dfa", "auto"];

fn kind(name: &str) -> Option<AhoCorasickKind> {
    match name {
        "contiguous" => Some(AhoCorasickKind::ContiguousNFA),
        "noncontiguous" => Some(AhoCorasickKind::NoncontiguousNFA),
        "dfa" => Some(AhoCorasickKind::DFA),
        _ => None,
    }
}

fn automaton(k: &str) -> AhoCorasick {
    AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .kind(kind(k))
        .build(NAMES.iter())
        .expect("automaton builds")
}

mod automaton {
    use super::*;

    #[divan::bench(args = KINDS, sample_count = 5, sample_size = 1)]
    fn build(k: &str) -> AhoCorasick {
        automaton(k)
    }

    #[divan::bench(args = KINDS)]
    fn scan_overlapping(b: Bencher, k: &str) {
        let ac = automaton(k);
        let folded: Vec<String> = DOCS.iter().map(|d| fold::fold(&d.text)).collect();
        b.counter(bytes()).bench(|| {
            let mut n = 0;
            for f in &folded {
                n += ac.find_overlapping_iter(f).count();
            }
            black_box(n)
        });
    }
}
