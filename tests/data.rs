//! End to end on the project's own sample articles (`data/articles.jsonl`, written for the
//! project with gold annotations): the binary's output is scored against them.

mod common;

use common::*;

fn run_on_samples() -> (Vec<serde_json::Value>, Vec<serde_json::Value>) {
    let gold = read_json_lines(&root().join("data/articles.jsonl"));
    let out = glaneur(&["extract", "data/articles.jsonl"]);
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (gold, json_lines(&out.stdout))
}

#[test]
fn one_record_per_article_in_order() {
    let (gold, pred) = run_on_samples();
    assert!(gold.len() >= 12);
    let ids = |v: &[serde_json::Value]| v.iter().map(|r| r["id"].clone()).collect::<Vec<_>>();
    assert_eq!(ids(&gold), ids(&pred));
}

#[test]
fn every_mention_text_is_its_slice() {
    let (gold, pred) = run_on_samples();
    for (g, p) in gold.iter().zip(&pred) {
        let text: Vec<char> = g["text"].as_str().unwrap().chars().collect();
        for e in p["entities"].as_array().unwrap() {
            let (s, t) = (
                e["start"].as_u64().unwrap() as usize,
                e["end"].as_u64().unwrap() as usize,
            );
            let slice: String = text[s..t].iter().collect();
            assert_eq!(e["text"].as_str().unwrap(), slice, "in {}", g["id"]);
        }
    }
}

#[test]
fn entities_match_the_gold() {
    let (gold, pred) = run_on_samples();
    let all = score_all(&gold, &pred, |g, p| score_entities(g, p, None));
    assert!(
        all.f1() >= 0.85,
        "entities strict F1 {:.3} ({all:?})",
        all.f1()
    );
    for ty in [
        "PERSON",
        "ORGANIZATION",
        "COUNTRY",
        "LOCATION",
        "MONEY",
        "DATE",
    ] {
        let t = score_all(&gold, &pred, |g, p| score_entities(g, p, Some(ty)));
        assert!(t.f1() >= 0.70, "{ty} strict F1 {:.3} ({t:?})", t.f1());
    }
}

#[test]
fn values_match_the_gold() {
    let (gold, pred) = run_on_samples();
    let (mut total, mut right) = (0, 0);
    for (g, p) in gold.iter().zip(&pred) {
        for ge in g["entities"].as_array().unwrap() {
            if ge["type"] != "MONEY" && ge["type"] != "DATE" {
                continue;
            }
            let same = p["entities"].as_array().unwrap().iter().find(|pe| {
                pe["type"] == ge["type"] && pe["start"] == ge["start"] && pe["end"] == ge["end"]
            });
            if let Some(pe) = same {
                total += 1;
                let ok = if ge["type"] == "MONEY" {
                    pe["value"]["currency"] == ge["value"]["currency"]
                        && (pe["value"]["amount"].as_f64().unwrap_or(-1.0)
                            - ge["value"]["amount"].as_f64().unwrap_or(-2.0))
                        .abs()
                            < 1e-6
                } else {
                    pe["value"] == ge["value"]
                };
                right += usize::from(ok);
            }
        }
    }
    assert!(total > 20, "too few matched values: {total}");
    assert!(
        right as f64 / total as f64 >= 0.95,
        "values {right}/{total}"
    );
}

#[test]
fn facts_match_the_gold() {
    let (gold, pred) = run_on_samples();
    let t = score_all(&gold, &pred, score_facts);
    assert!(t.f1() >= 0.75, "facts core F1 {:.3} ({t:?})", t.f1());
}
