//! Galloping search: where a sorted list changes, looked for near where the last look ended.
//!
//! The rules and the fact reader walk a document in order and ask, again and again, where the
//! tokens of the next sentence or the names from the next offset begin. A binary search over
//! the whole list answers in as few looks, but on a long document they are spread over
//! megabytes, each a cache miss (a tenth of a 50 MB document's time, once); a galloping search
//! from the last answer stays within the next few entries.

/// The index of the first item of `items` for which `before` is false (`items` hold every such
/// item after every other, as for [`slice::partition_point`]), found by steps of 1, 2, 4, …
/// from `hint` (forward or backward), then a binary search within the last step: from hint
/// 4 in `[1, 3, 3, 8, 13]`, the first item not below 3 is found at 1 by looking at 13, 8, 3
/// and 1.
pub(crate) fn partition_point_near<T>(
    items: &[T],
    hint: usize,
    before: impl Fn(&T) -> bool,
) -> usize {
    let hint = hint.min(items.len());
    if items.get(hint).is_some_and(&before) {
        // Forward: every item up to `hint` is before.
        let rest = items.get(hint + 1..).unwrap_or_default();
        let mut end = 1;
        while rest.get(end - 1).is_some_and(&before) {
            end *= 2;
        }
        hint + 1
            + rest
                .get(..end.min(rest.len()))
                .unwrap_or_default()
                .partition_point(&before)
    } else {
        // Backward: the item at `to`, if any, is not before.
        let is_before = |i: usize| items.get(i).is_some_and(&before);
        let (mut to, mut step) = (hint, 1);
        while to >= step && !is_before(to - step) {
            to -= step;
            step *= 2;
        }
        let from = (to + 1).saturating_sub(step);
        from + items
            .get(from..to)
            .unwrap_or_default()
            .partition_point(&before)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_a_binary_search_finds_from_any_hint() {
        let starts = [1, 3, 3, 8, 9, 9, 9, 13, 20, 21, 40, 41, 41, 57];
        for hint in 0..20 {
            for q in 0..60 {
                let want = starts.partition_point(|&s| s < q);
                assert_eq!(
                    partition_point_near(&starts, hint, |&s| s < q),
                    want,
                    "{hint} {q}"
                );
            }
        }
        assert_eq!(partition_point_near(&[] as &[u32], 3, |_| true), 0);
    }
}
