//! Helpers shared by the end-to-end tests: running the binary and scoring its output against
//! gold records the way `shared/eval/score.py` does (strict entity spans, fact core match).

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

/// The project root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the built `glaneur` binary with arguments.
pub fn glaneur(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_glaneur"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("run glaneur")
}

/// Parses JSON Lines.
pub fn json_lines(bytes: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(bytes)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l:?}: {e}")))
        .collect()
}

pub fn read_json_lines(path: &Path) -> Vec<Value> {
    json_lines(&std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

/// Name comparison of the scorer: no case, no accents, one apostrophe, single spaces.
pub fn fold_name(s: &str) -> String {
    glaneur::fold::name_key(s)
}

/// True positives, false positives, false negatives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Tally {
    pub fn f1(self) -> f64 {
        let d = 2 * self.tp + self.fp + self.fn_;
        if d == 0 {
            1.0
        } else {
            2.0 * self.tp as f64 / d as f64
        }
    }
}

/// Strict entity matching: same type, start and end; each gold mention used once.
pub fn score_entities(gold: &Value, pred: &Value, only: Option<&str>) -> Tally {
    let key = |e: &Value| {
        (
            e["type"].as_str().unwrap_or("").to_string(),
            e["start"].as_u64().unwrap_or(u64::MAX),
            e["end"].as_u64().unwrap_or(0),
        )
    };
    let keep = |e: &&Value| only.is_none_or(|t| e["type"] == t);
    let mut g: Vec<_> = gold["entities"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(keep)
        .map(key)
        .collect();
    let p: Vec<_> = pred["entities"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(keep)
        .map(key)
        .collect();
    let mut t = Tally::default();
    for k in p {
        if let Some(i) = g.iter().position(|x| *x == k) {
            g.swap_remove(i);
            t.tp += 1;
        } else {
            t.fp += 1;
        }
    }
    t.fn_ = g.len();
    t
}

const REQUIRED: &[(&str, &[&str])] = &[
    ("CONTRIBUTION", &["donor", "recipient"]),
    ("MEMBERSHIP", &["member", "organization"]),
    ("ROLE", &["person", "role"]),
    ("FUNDING_TARGET", &["organization"]),
];

fn argument_matches(pred: &Value, gold: &Value) -> bool {
    let names: Vec<String> = match gold {
        Value::String(s) => vec![fold_name(s)],
        Value::Array(a) => a.iter().filter_map(Value::as_str).map(fold_name).collect(),
        _ => return false,
    };
    let cands: Vec<&str> = match pred {
        Value::Object(o) => ["canonical", "text"]
            .iter()
            .filter_map(|k| o.get(*k).and_then(Value::as_str))
            .collect(),
        Value::String(s) => vec![s.as_str()],
        _ => vec![],
    };
    cands.iter().any(|c| names.contains(&fold_name(c)))
}

fn core_match(gold: &Value, pred: &Value) -> bool {
    let ty = gold["type"].as_str().unwrap_or("");
    pred["type"] == gold["type"]
        && REQUIRED
            .iter()
            .find(|(t, _)| *t == ty)
            .is_some_and(|(_, args)| args.iter().all(|a| argument_matches(&pred[*a], &gold[*a])))
}

/// Fact core matching (greedy, which equals the maximum matching on small sets in practice).
pub fn score_facts(gold: &Value, pred: &Value) -> Tally {
    let mut g: Vec<&Value> = gold["facts"].as_array().into_iter().flatten().collect();
    let mut t = Tally::default();
    for p in pred["facts"].as_array().into_iter().flatten() {
        if let Some(i) = g.iter().position(|x| core_match(x, p)) {
            g.swap_remove(i);
            t.tp += 1;
        } else {
            t.fp += 1;
        }
    }
    t.fn_ = g.len();
    t
}

/// Sums a tally over documents paired by id.
pub fn score_all(gold: &[Value], pred: &[Value], f: impl Fn(&Value, &Value) -> Tally) -> Tally {
    let mut total = Tally::default();
    for g in gold {
        let p = pred
            .iter()
            .find(|p| p["id"] == g["id"])
            .cloned()
            .unwrap_or(Value::Null);
        let t = f(g, &p);
        total.tp += t.tp;
        total.fp += t.fp;
        total.fn_ += t.fn_;
    }
    total
}
