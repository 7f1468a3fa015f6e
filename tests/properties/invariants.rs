//! What every extraction must satisfy, whatever the input: the checks shared by the property
//! tests (`tests/properties.rs`) and the fuzz target (`fuzz/fuzz_targets/pipeline.rs`, which
//! includes this file by path).
//!
//! Each check returns the first violation as a message naming the entity or fact, so a failing
//! property or fuzz crash says what broke, not just that something did.

use glaneur::{Document, EntityType, Extraction, Value};

/// Checks one record against its document's text:
///
/// * every entity's `text` is the text at `byte_start..byte_end` and at the character offsets
///   `start..end` (what the contract and Python's `str` slicing mean), and is not empty;
/// * entities are sorted by start and do not overlap;
/// * MONEY values are finite, non-negative amounts with a three-letter upper-case currency;
///   DATE values have a month in 1–12 and a day in 1–31 and are never empty;
/// * fact evidence is the text at its character offsets (and its byte span);
/// * warnings point inside the text;
/// * the record serializes to JSON that parses back.
pub fn check(doc: &Document, record: &Extraction) -> Result<(), String> {
    let text = doc.text.as_str();
    if record.id != doc.id {
        return Err(format!(
            "record id {:?} != document id {:?}",
            record.id, doc.id
        ));
    }
    // Character offset of every char boundary, computed independently of the library's index.
    let mut boundaries: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    boundaries.push(text.len());
    let char_of = |byte: usize| boundaries.binary_search(&byte).ok();
    let n_chars = boundaries.len() - 1;

    let mut previous: Option<(usize, usize, usize)> = None;
    for (i, e) in record.entities.iter().enumerate() {
        let what = || format!("entity #{i} {:?} {:?}", e.kind, e.text);
        if e.byte_start >= e.byte_end || e.start >= e.end {
            return Err(format!("{}: empty or reversed span", what()));
        }
        match text.get(e.byte_start..e.byte_end) {
            Some(s) if s == e.text => {}
            Some(s) => return Err(format!("{}: bytes hold {s:?}", what())),
            None => {
                return Err(format!(
                    "{}: bytes {}..{} off char boundaries or past the end ({})",
                    what(),
                    e.byte_start,
                    e.byte_end,
                    text.len()
                ))
            }
        }
        if char_of(e.byte_start) != Some(e.start) || char_of(e.byte_end) != Some(e.end) {
            return Err(format!(
                "{}: chars {}..{} do not match bytes {}..{}",
                what(),
                e.start,
                e.end,
                e.byte_start,
                e.byte_end
            ));
        }
        let by_chars: String = text.chars().skip(e.start).take(e.end - e.start).collect();
        if by_chars != e.text {
            return Err(format!("{}: chars hold {by_chars:?}", what()));
        }
        if let Some((ps, pe, pb)) = previous {
            if e.start < ps || e.byte_start < pb {
                return Err(format!("{}: entities not sorted by start", what()));
            }
            if e.start < pe {
                return Err(format!("{}: overlaps the previous entity", what()));
            }
        }
        previous = Some((e.start, e.end, e.byte_start));
        check_value(e.kind, e.value.as_ref()).map_err(|m| format!("{}: {m}", what()))?;
    }

    for (i, f) in record.facts.iter().enumerate() {
        let ev = &f.evidence;
        let what = || format!("fact #{i} {} ({})", f.kind.type_name(), f.rule);
        if ev.start > ev.end || ev.end > n_chars {
            return Err(format!(
                "{}: evidence {}..{} out of the text",
                what(),
                ev.start,
                ev.end
            ));
        }
        let by_chars: String = text
            .chars()
            .skip(ev.start)
            .take(ev.end - ev.start)
            .collect();
        if by_chars != ev.text {
            return Err(format!(
                "{}: evidence chars hold {by_chars:?}, not {:?}",
                what(),
                ev.text
            ));
        }
        if text.get(ev.bytes.start..ev.bytes.end) != Some(ev.text.as_str()) {
            return Err(format!("{}: evidence bytes do not hold its text", what()));
        }
        if !(0.0..=1.0).contains(&f.confidence) {
            return Err(format!(
                "{}: confidence {} outside 0..=1",
                what(),
                f.confidence
            ));
        }
    }

    for w in &record.warnings {
        match (w.start, w.end) {
            (Some(s), Some(e)) if s <= e && e <= n_chars => {}
            (None, None) => {}
            (s, e) => return Err(format!("warning {}: bad offsets {s:?}..{e:?}", w.kind)),
        }
    }

    let json = serde_json::to_string(record).map_err(|e| format!("serialization: {e}"))?;
    serde_json::from_str::<serde_json::Value>(&json)
        .map_err(|e| format!("output is not valid JSON ({e}): {json}"))?;
    Ok(())
}

fn check_value(kind: EntityType, value: Option<&Value>) -> Result<(), String> {
    match (kind, value) {
        (EntityType::Money, Some(Value::Money(m))) => {
            if !m.amount.is_finite() || m.amount < 0.0 {
                return Err(format!(
                    "amount {} is not a finite non-negative number",
                    m.amount
                ));
            }
            if m.currency.len() != 3 || !m.currency.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(format!("currency {:?} is not an ISO 4217 code", m.currency));
            }
        }
        (EntityType::Date, Some(Value::Date(d))) => {
            if d.year.is_none() && d.month.is_none() {
                return Err("date value with neither year nor month".into());
            }
            if d.month.is_some_and(|m| !(1..=12).contains(&m)) {
                return Err(format!("month {:?} outside 1..=12", d.month));
            }
            if d.day.is_some_and(|x| !(1..=31).contains(&x)) {
                return Err(format!("day {:?} outside 1..=31", d.day));
            }
            if d.day.is_some() && d.month.is_none() {
                return Err("a day without a month".into());
            }
            if d.year.is_some_and(|y| !(0..=9999).contains(&y)) {
                return Err(format!("year {:?} outside 0..=9999", d.year));
            }
        }
        (EntityType::Money | EntityType::Date, Some(v)) => {
            return Err(format!("value of the wrong kind: {v:?}"));
        }
        (_, _) => {}
    }
    Ok(())
}
