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
use crate::document::{EntityType, Mention, Span};

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

/// Runs every rule in order, adding candidates; returns the index of capitalized and known
/// words that the rules shared, which resolution reads too (see [`crate::resolve::resolve`]).
pub fn run(a: &mut Analysis) -> caps::KnownIndex {
    let k = caps::KnownIndex::new(a);
    known::find(a);
    known::variants(a, &k);
    // Numbers, number words, month names: one pass finds where values may start.
    let values = number::ValueStarts::new(a);
    money::find_in(a, &values, &k);
    date::find_in(a, &values);
    person::find(a, &k);
    location::find(a, &k);
    // Last: acronym definitions read the other rules' candidates.
    organization::find(a, &k);
    k
}

/// Chooses among overlapping candidates; returns mentions sorted by start.
///
/// The choice is greedy in rank order (band, then length, then priority, then position): a
/// candidate is kept unless it overlaps one kept before it. Only candidates that overlap,
/// directly or through others, can affect each other, so the candidates are cut into clusters
/// of chained overlaps by one sweep in start order, and the ranking runs within each cluster:
/// most candidates overlap nothing and are kept without being ranked at all.
///
/// The sweep sorts `(start, index)` pairs ([`SweepKey`]), not the mentions: the index makes
/// every pair distinct, so the order is the one of a stable sort by start. The winners are
/// disjoint and non-empty, so their starts differ: taken in sweep order, they come out sorted,
/// with no sort of the mentions themselves.
pub fn select(candidates: Vec<Mention>) -> Vec<Mention> {
    // Pairs of 32-bit numbers (any text under 4 GiB) make keys of 64 bits, which sort faster
    // than those of 128.
    match sweep_order::<u64>(&candidates) {
        Some(by_start) => select_in_order(candidates, &by_start),
        None => {
            let by_start = sweep_order::<u128>(&candidates).unwrap_or_default();
            select_in_order(candidates, &by_start)
        }
    }
}

/// The `(start, index)` pairs of the non-empty candidates, sorted; `None` if one does not fit
/// in a `K`.
fn sweep_order<K: SweepKey>(candidates: &[Mention]) -> Option<Vec<K>> {
    let mut by_start: Vec<K> = Vec::with_capacity(candidates.len());
    for (i, m) in candidates.iter().enumerate() {
        if !m.span.is_empty() {
            by_start.push(K::pack(m.span.start, i)?);
        }
    }
    // Each rule emits its candidates in order, one rule after the other: the merge sort finds
    // those runs and merges them (the keys are distinct, stability plays no part).
    by_start.sort();
    Some(by_start)
}

/// [`select`], given the sweep order of the candidates.
fn select_in_order<K: SweepKey>(mut candidates: Vec<Mention>, by_start: &[K]) -> Vec<Mention> {
    let mut keep = vec![false; candidates.len()];
    let mut chooser = Chooser::default();
    let mut cluster_end = 0;
    for (start, i) in by_start.iter().map(|&p| p.unpack()) {
        let Some(m) = candidates.get(i) else { continue };
        if !chooser.is_empty() && start >= cluster_end {
            chooser.choose(&mut keep);
        }
        cluster_end = if chooser.is_empty() {
            m.span.end
        } else {
            cluster_end.max(m.span.end)
        };
        chooser.push(i, m);
    }
    chooser.choose(&mut keep);
    // The winners in start order, moved out; the losers are dropped with `candidates`.
    let winners = by_start
        .iter()
        .map(|&p| p.unpack().1)
        .filter(|&i| keep.get(i) == Some(&true));
    let mut chosen = Vec::with_capacity(winners.clone().count());
    for i in winners {
        if let Some(m) = candidates.get_mut(i) {
            chosen.push(std::mem::replace(m, placeholder()));
        }
    }
    chosen
}

/// A `(start, index)` pair as one number with the same order, which sorts faster than a
/// tuple: the start in the high half, the index in the low one.
trait SweepKey: Copy + Ord {
    /// The key of the pair, if both numbers fit in half of it.
    fn pack(start: usize, i: usize) -> Option<Self>;
    /// The pair of [`SweepKey::pack`].
    fn unpack(self) -> (usize, usize);
}

impl SweepKey for u64 {
    fn pack(start: usize, i: usize) -> Option<u64> {
        let (start, i) = (u32::try_from(start).ok()?, u32::try_from(i).ok()?);
        Some(u64::from(start) << 32 | u64::from(i))
    }

    fn unpack(self) -> (usize, usize) {
        ((self >> 32) as usize, (self & u64::from(u32::MAX)) as usize)
    }
}

impl SweepKey for u128 {
    fn pack(start: usize, i: usize) -> Option<u128> {
        let (start, i) = (u64::try_from(start).ok()?, u64::try_from(i).ok()?);
        Some(u128::from(start) << 64 | u128::from(i))
    }

    fn unpack(self) -> (usize, usize) {
        (
            (self >> 64) as usize,
            (self & u128::from(u64::MAX)) as usize,
        )
    }
}

/// A candidate's rank within its cluster: band, length and priority (each higher first), then
/// position and index. The key is computed once per candidate, not at each comparison.
type Rank = (
    std::cmp::Reverse<u8>,
    std::cmp::Reverse<usize>,
    std::cmp::Reverse<u8>,
    usize,
    usize,
);

/// One cluster of chained overlaps at a time, its buffers reused from one cluster to the next
/// (most clusters are one candidate, kept without ranking).
#[derive(Default)]
struct Chooser {
    /// The cluster's candidates: rank, then span.
    cluster: Vec<(Rank, Span)>,
    taken: Taken,
}

impl Chooser {
    fn is_empty(&self) -> bool {
        self.cluster.is_empty()
    }

    /// Adds candidate `i` to the current cluster.
    fn push(&mut self, i: usize, m: &Mention) {
        use std::cmp::Reverse;
        let rank = (
            Reverse(priority::band(m.priority)),
            Reverse(m.span.len()),
            Reverse(m.priority),
            m.span.start,
            i,
        );
        self.cluster.push((rank, m.span));
    }

    /// Marks in `keep` the candidates of the current cluster that win, each in rank order
    /// unless it overlaps one that won before it, and starts a new cluster. Inlined into the
    /// sweep for the many clusters of one candidate, which wins, and of two, where the better
    /// one wins: the second joined the cluster because it starts before the first ends, so
    /// they overlap and the other loses, with no sort and no set of taken spans.
    #[inline]
    fn choose(&mut self, keep: &mut [bool]) {
        let winner = match self.cluster[..] {
            [] => None,
            [(rank, _)] => Some(rank),
            [(first, _), (second, _)] => Some(first.min(second)),
            _ => {
                self.rank(keep);
                None
            }
        };
        if let Some(k) = winner.and_then(|rank| keep.get_mut(rank.4)) {
            *k = true;
        }
        self.cluster.clear();
    }

    /// [`Chooser::choose`] for a cluster of several candidates.
    #[inline(never)]
    fn rank(&mut self, keep: &mut [bool]) {
        // Ranks end with the index: all distinct, so an unstable sort is exact.
        self.cluster.sort_unstable_by_key(|&(rank, _)| rank);
        self.taken.clear();
        for &(rank, span) in &self.cluster {
            if self.taken.insert_if_free(span.start, span.end) {
                if let Some(k) = keep.get_mut(rank.4) {
                    *k = true;
                }
            }
        }
    }
}

/// What a winner leaves in its place in the candidates: no text of its own, so nothing to
/// allocate or free.
fn placeholder() -> Mention {
    Mention::new(EntityType::Person, Span::default(), "")
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

    /// Empties the set, keeping its memory for the next cluster.
    fn clear(&mut self) {
        self.small.clear();
        self.large.clear();
    }

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

    #[test]
    fn keys_of_64_and_128_bits_give_one_order() {
        assert_eq!(
            <u64 as SweepKey>::pack(7, 3).map(SweepKey::unpack),
            Some((7, 3))
        );
        assert_eq!(<u64 as SweepKey>::pack(1 << 32, 0), None);
        assert_eq!(
            <u128 as SweepKey>::pack(1 << 32, 5).map(SweepKey::unpack),
            Some((1 << 32, 5))
        );
        // A start past 4 GiB takes the 128-bit keys: the choice is the same.
        let m = |s, e, p| Mention::new(EntityType::Location, Span::new(s, e), "t").with_priority(p);
        let far = 1usize << 33;
        let got = select(vec![
            m(far + 3, far + 8, 50),
            m(far, far + 5, 50),
            m(2, 4, 20),
        ]);
        let spans: Vec<(usize, usize)> = got.iter().map(|m| (m.span.start, m.span.end)).collect();
        assert_eq!(spans, [(2, 4), (far, far + 5)]);
    }

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
