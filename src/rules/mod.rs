//! Rules: named functions that propose candidate mentions, and the deterministic choice among
//! overlapping candidates.
//!
//! Each rule module adds [`Mention`]s to [`Analysis::candidates`] with its rule name and a
//! priority; [`select`] then keeps the best non-overlapping set: higher priority first, then
//! longer, then earlier (spaCy's entity ruler does the same).

pub mod date;
pub mod known;
pub mod location;
pub mod money;
pub mod organization;
pub mod person;

use crate::analysis::Analysis;
use crate::document::Mention;

/// Priorities used by rules; a higher one wins an overlap whatever the lengths.
pub mod priority {
    /// Values written with digits or number words.
    pub const VALUE: u8 = 80;
    /// A name from a gazetteer.
    pub const KNOWN: u8 = 60;
    /// A name found by a specific pattern (title + name, `Nom long (SIGLE)`).
    pub const PATTERN: u8 = 50;
    /// A name guessed from capitalization and context.
    pub const GUESS: u8 = 20;
}

/// Runs every rule in order, adding candidates.
pub fn run(a: &mut Analysis) {
    known::find(a);
    money::find(a);
    date::find(a);
    person::find(a);
    organization::find(a);
    location::find(a);
}

/// Chooses among overlapping candidates; returns mentions sorted by start.
pub fn select(mut candidates: Vec<Mention>) -> Vec<Mention> {
    candidates.sort_by(|x, y| {
        y.priority
            .cmp(&x.priority)
            .then(y.span.len().cmp(&x.span.len()))
            .then(x.span.start.cmp(&y.span.start))
    });
    let mut chosen: Vec<Mention> = Vec::with_capacity(candidates.len());
    // Kept sorted by start so each overlap test is a binary search.
    let mut taken: Vec<(usize, usize)> = Vec::new();
    for c in candidates {
        if c.span.is_empty() {
            continue;
        }
        let i = taken.partition_point(|&(s, _)| s < c.span.start);
        let clash_before = i > 0 && taken[i - 1].1 > c.span.start;
        let clash_after = i < taken.len() && taken[i].0 < c.span.end;
        if clash_before || clash_after {
            continue;
        }
        taken.insert(i, (c.span.start, c.span.end));
        chosen.push(c);
    }
    chosen.sort_by_key(|m| m.span.start);
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{EntityType, Span};

    #[test]
    fn priority_then_length_then_position() {
        let m =
            |s, e, p| Mention::new(EntityType::Organization, Span::new(s, e), "t").with_priority(p);
        let got = select(vec![
            m(0, 10, 20),
            m(2, 5, 60),
            m(6, 12, 60),
            m(20, 25, 10),
            m(20, 24, 10),
        ]);
        let spans: Vec<(usize, usize)> = got.iter().map(|m| (m.span.start, m.span.end)).collect();
        assert_eq!(spans, [(2, 5), (6, 12), (20, 25)]);
    }
}
