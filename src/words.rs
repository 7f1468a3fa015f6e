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

/// The hash set, behind a filter that turns most words away before any hashing (most tokens
/// asked about are in no list).
struct Filtered {
    filter: WordFilter,
    set: FxHashSet<&'static str>,
}

impl Filtered {
    fn new(words: &'static [&'static str]) -> Filtered {
        Filtered {
            filter: WordFilter::new(words),
            set: words.iter().copied().collect(),
        }
    }
}

/// A filter in front of a word list's hash table: one bit per (length, first two bytes, last
/// byte) of the list's words, hashed into 8,192 bits. A word whose bit is clear is in no list
/// (no false negative); the few others go on to the table. It costs a multiplication and a
/// load where the hash of a whole word costs a loop over its bytes and a probe, for the words
/// asked about at almost every token and almost never in the list; a filter of the length and
/// first byte alone let through most words of the right length that begin like a particle
/// (`de`, `la`, `le`…). The bits are many and the second byte counts so that a filter of
/// several lists, some 500 words, still turns away most names. 1 KB.
///
/// Every [`WordSet`] has one; the rules build their own in front of word tables that are not
/// sets (maps to flags) or that join several lists.
pub(crate) struct WordFilter([u64; WordFilter::WORDS]);

impl WordFilter {
    /// The filter's 64-bit words.
    const WORDS: usize = 128;

    /// The filter of `words`.
    pub(crate) fn new<'w>(words: impl IntoIterator<Item = &'w &'w str>) -> WordFilter {
        let mut f = WordFilter([0; WordFilter::WORDS]);
        for w in words {
            let bit = WordFilter::bit(w);
            f.0[bit / 64] |= 1 << (bit % 64);
        }
        f
    }

    /// Whether `w` may be one of the words (`false`: it is none of them).
    #[inline]
    pub(crate) fn may_contain(&self, w: &str) -> bool {
        let bit = WordFilter::bit(w);
        self.0[bit / 64] >> (bit % 64) & 1 == 1
    }

    /// The bit of `w`, in `0..8192`: the empty word counts as bytes 0.
    #[inline]
    fn bit(w: &str) -> usize {
        let b = w.as_bytes();
        let first = u32::from(b.first().copied().unwrap_or(0));
        let second = u32::from(b.get(1).copied().unwrap_or(0));
        let last = u32::from(b.last().copied().unwrap_or(0));
        let len = (b.len() & 0xff) as u32;
        let key = first | second << 8 | last << 16 | len << 24;
        // The top 13 bits of a multiplicative hash.
        (key.wrapping_mul(0x9E37_79B1) >> 19) as usize
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
        f.filter.may_contain(w) && f.set.contains(w)
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

    /// The filter never turns away a word of the set, and answers as the set alone does on
    /// tricky words: empty, one byte, non-ASCII, 256 bytes (its length wraps in the key),
    /// symbols and lower-case words.
    #[test]
    fn filter_answers_as_the_set() {
        static WORDS: &[&str] = &[
            "", "a", "x", "€", "$", "de", "la", "le", "les", "l'", "d’", "É", "États", "côte",
            "ab", "abc", "ba", "Ould", "u.s.", "—", "§ 12",
        ];
        static S: WordSet = WordSet::new(WORDS);
        let long = "y".repeat(256);
        let mut asked: Vec<&str> = WORDS.to_vec();
        asked.extend([
            "b", "y", "€€", "$$", "d", "del", "lé", "l", "d'", "E", "Etats", "cote", "côté", "aab",
            "abcd", "bab", "ould", "u.s", "-", "§", "§ 1", " ", "\u{0}", &long,
        ]);
        let set: FxHashSet<&str> = WORDS.iter().copied().collect();
        for w in asked {
            assert_eq!(S.contains(w), set.contains(w), "{w:?}");
        }
        for w in WORDS {
            assert!(S.contains(w), "{w:?}");
        }
        let mut some = 0;
        let filter = Filtered::new(WORDS);
        for w in ["dé", "lo", "Xyz", "bonjour", "Paris", "millions"] {
            some += usize::from(!filter.filter.may_contain(w));
        }
        assert!(some > 0, "the filter turns some words away");
    }
}
