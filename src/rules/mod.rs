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
    // Numbers, number words, month names: one pass finds where values may start.
    let values = number::ValueStarts::new(a);
    money::find_in(a, &values);
    date::find_in(a, &values);
    person::find(a, &k);
    location::find(a, &k);
    // Last: acronym definitions read the other rules' candidates.
    organization::find(a, &k);
}

/// Chooses among overlapping candidates; returns mentions sorted by start.
///
/// The choice is greedy in rank order (band, then length, then priority, then position): a
/// candidate is kept unless it overlaps one kept before it. Only candidates that overlap,
/// directly or through others, can affect each other, so the candidates are cut into clusters
/// of chained overlaps by one sweep in start order, and the ranking runs within each cluster:
/// most candidates overlap nothing and are kept without being ranked at all.
pub fn select(mut candidates: Vec<Mention>) -> Vec<Mention> {
    // Non-empty candidates by start (rules mostly emit them in order already); a stable sort
    // keeps equal starts in index order.
    let mut by_start: Vec<usize> = (0..candidates.len())
        .filter(|&i| !candidates[i].span.is_empty())
        .collect();
    let start_of = |i: &usize| candidates[*i].span.start;
    let in_order = by_start.is_sorted_by_key(start_of);
    if !in_order {
        by_start.sort_by_key(start_of);
    }
    let mut keep = vec![false; candidates.len()];
    let mut cluster: Vec<usize> = Vec::new();
    let mut cluster_end = 0;
    for &i in &by_start {
        let span = candidates[i].span;
        if !cluster.is_empty() && span.start >= cluster_end {
            choose_in_cluster(&candidates, &mut cluster, &mut keep);
            cluster.clear();
        }
        cluster_end = if cluster.is_empty() {
            span.end
        } else {
            cluster_end.max(span.end)
        };
        cluster.push(i);
    }
    choose_in_cluster(&candidates, &mut cluster, &mut keep);
    // Drop the losers in place; the winners keep their relative order.
    let mut kept = keep.iter();
    candidates.retain(|_| kept.next().copied().unwrap_or(false));
    // Chosen spans are non-empty and disjoint: their starts differ.
    if !in_order {
        candidates.sort_unstable_by_key(|m| m.span.start);
    }
    candidates
}

/// Marks in `keep` the candidates of one cluster (indices into `candidates`) that win: each in
/// rank order unless it overlaps one that won before it.
fn choose_in_cluster(candidates: &[Mention], cluster: &mut [usize], keep: &mut [bool]) {
    if let [i] = *cluster {
        if let Some(k) = keep.get_mut(i) {
            *k = true;
        }
        return;
    }
    // The key tuple ends with the index, so the order is the one a stable sort on the first
    // four keys gives.
    cluster.sort_unstable_by_key(|&i| {
        let m = &candidates[i];
        let band = std::cmp::Reverse(priority::band(m.priority));
        let len = std::cmp::Reverse(m.span.len());
        (band, len, std::cmp::Reverse(m.priority), m.span.start, i)
    });
    let mut taken = Taken::default();
    for &i in cluster.iter() {
        let span = candidates[i].span;
        if taken.insert_if_free(span.start, span.end) {
            if let Some(k) = keep.get_mut(i) {
                *k = true;
            }
        }
    }
}

/// Disjoint taken spans, as (start, end) sorted by start.
///
/// A cluster keeps a handful of spans, so a sorted `Vec` is the cheapest; past [`Taken::SMALL`]
/// spans it moves to a `BTreeMap`, whose insertions do not shift a tail (which would make the
/// choice quadratic on a pathological cluster).
#[derive(Default)]
struct Taken {
    small: Vec<(usize, usize)>,
    large: std::collections::BTreeMap<usize, usize>,
}

impl Taken {
    const SMALL: usize = 32;

    /// Adds `start..end` unless it overlaps a taken span; says whether it was added.
    fn insert_if_free(&mut self, start: usize, end: usize) -> bool {
        if self.small.len() < Self::SMALL {
            let at = self.small.partition_point(|&(s, _)| s < start);
            let clash_before = at
                .checked_sub(1)
                .and_then(|b| self.small.get(b))
                .is_some_and(|&(_, e)| e > start);
            let clash_after = self.small.get(at).is_some_and(|&(s, _)| s < end);
            if clash_before || clash_after {
                return false;
            }
            self.small.insert(at, (start, end));
            if self.small.len() == Self::SMALL {
                self.large.extend(self.small.iter().copied());
            }
            return true;
        }
        let clash_before = self
            .large
            .range(..start)
            .next_back()
            .is_some_and(|(_, &e)| e > start);
        let clash_after = self
            .large
            .range(start..)
            .next()
            .is_some_and(|(&s, _)| s < end);
        if clash_before || clash_after {
            return false;
        }
        self.large.insert(start, end);
        true
    }
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
