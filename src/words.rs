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
    set: OnceLock<FxHashSet<&'static str>>,
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
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(w)
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
        assert_eq!(S.words().len(), 3);
    }
}
