//! Word lists as hash sets, for the rules that ask "is this token one of these words?" for every
//! token of every document.
//!
//! A rule's list stays a plain array of string literals next to the rule (easy to read and to
//! extend); wrapping it in a [`WordSet`] turns each membership test from a linear scan with one
//! string comparison per entry into one hash and one comparison. The set is built on first use,
//! once per process.
//!
//! ```
//! use glaneur::words::WordSet;
//! static TITLES: WordSet = WordSet::new(&["M", "Mme", "Dr"]);
//! assert!(TITLES.contains("Mme"));
//! assert!(!TITLES.contains("mme"));
//! ```

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

/// A fixed list of words with constant-time membership; see the module documentation.
pub struct WordSet {
    words: &'static [&'static str],
    set: OnceLock<Filtered>,
}

/// The hash set, behind two filters that turn most words away before any hashing: the lengths
/// of the words in the set and their first bytes (most tokens asked about are in no list).
struct Filtered {
    /// Bit `n` set: some word has `n` bytes (bit 63: 63 bytes or more).
    lengths: u64,
    /// Bit `b` set: some word starts with byte `b`.
    first_bytes: [u64; 4],
    set: FxHashSet<&'static str>,
}

impl Filtered {
    fn new(words: &'static [&'static str]) -> Filtered {
        let mut f = Filtered {
            lengths: 0,
            first_bytes: [0; 4],
            set: words.iter().copied().collect(),
        };
        for w in words {
            f.lengths |= 1 << w.len().min(63);
            // The empty word counts as starting with byte 0, as in `may_contain`.
            let b = w.as_bytes().first().copied().unwrap_or(0);
            f.first_bytes[usize::from(b >> 6)] |= 1 << (b & 63);
        }
        f
    }

    fn may_contain(&self, w: &str) -> bool {
        let first = w.as_bytes().first().copied().unwrap_or(0);
        self.lengths & (1 << w.len().min(63)) != 0
            && self.first_bytes[usize::from(first >> 6)] & (1 << (first & 63)) != 0
    }
}

impl WordSet {
    /// Wraps a list; nothing is built until the first [`WordSet::contains`].
    pub const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet {
            words,
            set: OnceLock::new(),
        }
    }

    /// Whether `w` is in the list, exactly (case and accents included).
    pub fn contains(&self, w: &str) -> bool {
        let f = self.set.get_or_init(|| Filtered::new(self.words));
        f.may_contain(w) && f.set.contains(w)
    }

    /// The words, in the order they were written.
    pub fn words(&self) -> &'static [&'static str] {
        self.words
    }
}

impl std::fmt::Debug for WordSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.words).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_membership() {
        static S: WordSet = WordSet::new(&["de", "du", "États"]);
        assert!(S.contains("États"));
        assert!(!S.contains("Etats"));
        assert!(!S.contains(""));
        assert!(!S.contains("dé"));
        assert_eq!(S.words().len(), 3);
        static EMPTY: WordSet = WordSet::new(&["", "a"]);
        assert!(EMPTY.contains(""));
        let long = "x".repeat(80);
        assert!(!EMPTY.contains(&long));
    }
}
