//! Prepares the two large word lists at compile time, so that start-up does not fold and sort
//! 60,000 names: `first_names.tsv` and `places_geonames.tsv` become sorted `key\tvalue` lines
//! with folded keys (the same folding the matcher uses at run time, from `src/fold.rs`).

#[allow(dead_code)]
#[path = "src/fold.rs"]
mod fold;
#[allow(dead_code)]
#[path = "src/line_index.rs"]
mod line_index;
#[allow(dead_code)]
#[path = "src/scan.rs"]
mod scan;

use std::env;
use std::fs;
use std::path::Path;

/// Sorted, deduplicated `folded-name \t value` lines from a TSV file's `name` column and the
/// columns `values` (joined by tabs).
pub fn lexicon_lines(content: &str, values: &[&str]) -> String {
    let mut lines = content
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
    let Some(header) = lines.next() else {
        return String::new();
    };
    let cols: Vec<&str> = header.split('\t').map(str::trim).collect();
    let col = |name: &str| cols.iter().position(|c| *c == name);
    let Some(name_col) = col("name") else {
        return String::new();
    };
    let value_cols: Vec<Option<usize>> = values.iter().map(|v| col(v)).collect();
    let mut rows: Vec<(String, String)> = lines
        .filter_map(|l| {
            let cells: Vec<&str> = l.split('\t').map(str::trim).collect();
            let name = cells.get(name_col)?;
            if name.is_empty() {
                return None;
            }
            let value: Vec<&str> = value_cols
                .iter()
                .map(|c| c.and_then(|c| cells.get(c).copied()).unwrap_or(""))
                .collect();
            Some((fold::fold(name), value.join("\t")))
        })
        .collect();
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    rows.dedup_by(|a, b| a.0 == b.0);
    let mut out = String::new();
    for (k, v) in rows {
        out.push_str(&k);
        out.push('\t');
        out.push_str(&v);
        out.push('\n');
    }
    out
}

fn main() {
    let out = env::var("OUT_DIR").expect("OUT_DIR is set by cargo");
    for (file, values) in [
        ("first_names", &["gender"][..]),
        ("places_geonames", &["name", "country"][..]),
    ] {
        let src = format!("gazetteers/{file}.tsv");
        println!("cargo:rerun-if-changed={src}");
        let content = fs::read_to_string(&src).unwrap_or_default();
        let lines = lexicon_lines(&content, values);
        fs::write(
            Path::new(&out).join(format!("{file}.idx")),
            line_index::line_index(&lines),
        )
        .expect("writing to OUT_DIR");
        fs::write(Path::new(&out).join(format!("{file}.lex")), lines).expect("writing to OUT_DIR");
    }
    println!("cargo:rerun-if-changed=src/fold.rs");
    println!("cargo:rerun-if-changed=src/line_index.rs");
}
