//! Rules: named functions that propose candidate mentions, and the deterministic choice among
//! overlapping candidates.
//!
//! Each rule module adds [`Mention`]s to [`Analysis::candidates`] with its rule name and a
//! priority; [`select`] then keeps the best non-overlapping set.
//!
//! Priorities fall into three bands: values (money, dates), names (from a gazetteer or a
//! specific pattern) and guesses. A higher band wins an overlap whatever the lengths. Within a
//! band the longer candidate wins, then the higher priority, then the earlier one (spaCy's
//! entity ruler does the same): so `Banque populaire de Chine` (a pattern) beats `Chine` (a
//! known country) and `Commission de l'Union africaine` beats `Union africaine`, while a guess
//! never overrides a known name.

pub mod caps;
#[cfg(test)]
mod cases;
pub mod date;
pub mod known;
pub mod location;
pub mod money;
pub mod number;
pub mod organization;
pub mod person;

use crate::analysis::Analysis;
use crate::document::Mention;

/// Priorities used by rules; a higher one wins an overlap whatever the lengths.
pub mod priority {
    /// Values written with digits or number words.
    pub const VALUE: u8 = 80;
    /// A person named after a title or rank (`M. Gladstone`): beats a known place.
    pub const TITLED: u8 = 65;
    /// A name from a gazetteer.
    pub const KNOWN: u8 = 60;
    /// A name found by a specific pattern (title + name, `Nom long (SIGLE)`).
    pub const PATTERN: u8 = 50;
    /// A name guessed from capitalization and context.
    pub const GUESS: u8 = 20;

    /// The band of a priority: values, names, guesses.
    pub const fn band(p: u8) -> u8 {
        if p >= VALUE {
            3
        } else if p >= PATTERN {
            2
        } else {
            1
        }
    }
}

/// Runs every rule in order, adding candidates.
pub fn run(a: &mut Analysis) {
    let k = caps::KnownIndex::new(a);
    known::find(a);
    known::variants(a);
    money::find(a);
    date::find(a);
    person::find(a, &k);
    location::find(a, &k);
    // Last: acronym definitions read the other rules' candidates.
    organization::find(a, &k);
}

/// Chooses among overlapping candidates; returns mentions sorted by start.
pub fn select(candidates: Vec<Mention>) -> Vec<Mention> {
    // Order indices, not mentions (they are large): the key tuple ends with the index, so the
    // order is the one a stable sort on the first four keys gives.
    let mut order: Vec<_> = candidates
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let band = std::cmp::Reverse(priority::band(m.priority));
            let len = std::cmp::Reverse(m.span.len());
            (band, len, std::cmp::Reverse(m.priority), m.span.start, i)
        })
        .collect();
    order.sort_unstable();
    let mut slots: Vec<Option<Mention>> = candidates.into_iter().map(Some).collect();
    let mut chosen: Vec<Mention> = Vec::with_capacity(order.len());
    // Taken spans by start: each overlap test and insertion is O(log n) (a sorted Vec's
    // `insert` shifts the tail and made the whole selection quadratic on long documents).
    let mut taken: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    for (.., i) in order {
        let Some(c) = slots.get_mut(i).and_then(Option::take) else {
            continue;
        };
        if c.span.is_empty() {
            continue;
        }
        let clash_before = taken
            .range(..c.span.start)
            .next_back()
            .is_some_and(|(_, &end)| end > c.span.start);
        let clash_after = taken
            .range(c.span.start..)
            .next()
            .is_some_and(|(&start, _)| start < c.span.end);
        if clash_before || clash_after {
            continue;
        }
        taken.insert(c.span.start, c.span.end);
        chosen.push(c);
    }
    // Chosen spans are non-empty and disjoint: their starts differ.
    chosen.sort_unstable_by_key(|m| m.span.start);
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{EntityType, Span};

    #[test]
    fn band_then_length_then_priority_then_position() {
        let m =
            |s, e, p| Mention::new(EntityType::Organization, Span::new(s, e), "t").with_priority(p);
        type Case<'c> = (&'c str, Vec<Mention>, &'c [(usize, usize)]);
        let cases: &[Case] = &[
            (
                "guess loses to names",
                vec![
                    m(0, 10, 20),
                    m(2, 5, 60),
                    m(6, 12, 60),
                    m(20, 25, 10),
                    m(20, 24, 10),
                ],
                &[(2, 5), (6, 12), (20, 25)],
            ),
            (
                "longer pattern beats contained known",
                vec![m(0, 25, 50), m(19, 25, 60)],
                &[(0, 25)],
            ),
            (
                "same length: known beats pattern",
                vec![m(0, 5, 50), m(0, 5, 60)],
                &[(0, 5)],
            ),
            (
                "value beats longer name",
                vec![m(0, 20, 60), m(10, 14, 80)],
                &[(10, 14)],
            ),
            (
                "leftmost on a tie",
                vec![m(3, 8, 50), m(0, 5, 50)],
                &[(0, 5)],
            ),
        ];
        for (name, cands, want) in cases {
            let got = select(cands.clone());
            let spans: Vec<(usize, usize)> =
                got.iter().map(|m| (m.span.start, m.span.end)).collect();
            assert_eq!(&spans, want, "{name}");
            if *name == "same length: known beats pattern" {
                assert_eq!(got[0].priority, 60);
            }
        }
    }
}
