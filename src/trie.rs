//! A trie of byte strings, walked from the positions where a match may start: the gazetteers'
//! matcher.
//!
//! Every gazetteer match starts on a word boundary, so the matcher need not find the patterns
//! that occur inside words. An Aho-Corasick automaton runs over every byte and follows failure
//! links to find exactly those (`de` in `demande`), which the boundary test then rejected; it
//! also needs the failure links built at start-up. A plain trie walked from the bytes that begin
//! a pattern at the start of a word reads a few bytes per word instead, and is built from the
//! sorted patterns in one pass.
//!
//! Nodes with many children (near the root) have a dense row of next nodes indexed by byte
//! class; the others, nearly all with a single child, hold the bytes to their children (at
//! most three, which are consecutive nodes).

/// No pattern ends at a node.
const NO_PATTERN: u32 = u32::MAX;
/// [`Node::len`] of a node whose children are a row of [`Trie::dense`].
const DENSE: u8 = u8::MAX;
/// Nodes with at least this many children get a dense row; the others hold the bytes to their
/// children ([`Node::bytes`]): a search of three bytes costs less than the row's memory.
const DENSE_FROM: usize = 4;

/// A trie over a set of distinct byte strings, each known by its index in the set.
#[derive(Clone, Debug)]
pub struct Trie {
    /// The node reached from the root by each byte (0: no pattern starts with it; the root is
    /// node 0 and nobody's child).
    root: Box<[u32; 256]>,
    /// One bit per pair of bytes that begins a pattern (a one-byte pattern sets all pairs that
    /// start with its byte): most walks would stop at the second byte (`de` for the acronyms),
    /// and this tells so without the call.
    pairs: Pairs,
    /// The first four bytes of the text at a walk's start, filtered before the walk: see
    /// [`Quads`].
    quads: Quads,
    /// Byte → column of a dense row; 0 for the bytes of no pattern (its column stays empty).
    classes: [u8; 256],
    /// Length of a dense row: the number of classes.
    stride: usize,
    nodes: Vec<Node>,
    /// The rows of the nodes with many children: next node by class, 0 for none.
    dense: Vec<u32>,
}

/// A node: 12 bytes, so that more of the trie stays in cache.
#[derive(Clone, Copy, Debug)]
struct Node {
    /// The pattern that ends here.
    pattern: u32,
    /// Children: `dense[start..start + stride]` when `len == DENSE`, else the `len` nodes
    /// from `start` on (children are made one after the other).
    start: u32,
    len: u8,
    /// The bytes to the children, in order, when `len` is at most 3; zeros after them.
    bytes: [u8; 3],
}

const LEAF: Node = Node {
    pattern: NO_PATTERN,
    start: 0,
    len: 0,
    bytes: [0; 3],
};

impl Trie {
    /// The trie of `patterns`. An empty pattern is never found; of equal patterns, the first
    /// is reported.
    pub fn new<P: AsRef<[u8]>>(patterns: &[P]) -> Trie {
        let mut classes = [0u8; 256];
        let mut stride = 1;
        for p in patterns {
            for &b in p.as_ref() {
                if classes[b as usize] == 0 {
                    classes[b as usize] = stride as u8;
                    stride += 1;
                }
            }
        }
        // More than 255 distinct bytes cannot be classes: give every byte its own column.
        if stride > 256 {
            classes = std::array::from_fn(|b| b as u8);
            stride = 256;
        }
        // The patterns sorted as bytes, each with its index: of equal patterns, the first
        // comes first. Each is sorted with its first eight bytes as a big-endian number
        // (zero-padded): if those differ, so do the patterns in the same order, and most
        // comparisons are one of integers instead of a `memcmp`.
        let mut keyed: Vec<(u64, &[u8], u32)> = patterns
            .iter()
            .enumerate()
            .map(|(i, p)| (prefix_key(p.as_ref()), p.as_ref(), i as u32))
            .filter(|(_, p, _)| !p.is_empty())
            .collect();
        keyed.sort_unstable();
        let sorted: Vec<(&[u8], u32)> = keyed.into_iter().map(|(_, p, i)| (p, i)).collect();
        let mut pairs = Pairs::default();
        for p in patterns {
            pairs.insert_start(p.as_ref());
        }
        // The built-in tries have a node for about 0.57 pattern byte (their patterns share
        // prefixes): presized, the node vector is not copied a dozen times as it grows.
        let bytes: usize = sorted.iter().map(|(p, _)| p.len()).sum();
        let mut nodes = Vec::with_capacity(bytes / 8 * 5 + 1);
        nodes.push(LEAF);
        let quads = Quads::new(patterns);
        let mut trie = Trie {
            pairs,
            quads,
            root: Box::new([0; 256]),
            classes,
            stride,
            nodes,
            dense: Vec::new(),
        };
        // Each node with the range of sorted patterns below it and its depth: a node's
        // patterns share its first `depth` bytes, the one ending here sorts first, and those
        // below each child are consecutive.
        let mut work = vec![(0u32, 0..sorted.len(), 0usize)];
        let mut children: Vec<(u8, u32)> = Vec::new();
        while let Some((node, range, depth)) = work.pop() {
            let (mut lo, hi) = (range.start, range.end);
            if lo < hi && sorted[lo].0.len() == depth {
                trie.nodes[node as usize].pattern = sorted[lo].1;
                while lo < hi && sorted[lo].0.len() == depth {
                    lo += 1;
                }
            }
            children.clear();
            while lo < hi {
                let b = sorted[lo].0[depth];
                let mut end = lo + 1;
                while end < hi && sorted[end].0[depth] == b {
                    end += 1;
                }
                let child = trie.nodes.len() as u32;
                trie.nodes.push(LEAF);
                children.push((b, child));
                work.push((child, lo..end, depth + 1));
                lo = end;
            }
            trie.link(node, &children);
        }
        trie
    }

    /// Records the edges of `node` to its `children` (consecutive nodes, in order).
    fn link(&mut self, node: u32, children: &[(u8, u32)]) {
        if node == 0 {
            for &(b, child) in children {
                self.root[b as usize] = child;
            }
        } else if children.len() >= DENSE_FROM {
            let row = self.dense.len();
            self.dense.resize(row + self.stride, 0);
            for &(b, child) in children {
                self.dense[row + self.classes[b as usize] as usize] = child;
            }
            self.nodes[node as usize].start = row as u32;
            self.nodes[node as usize].len = DENSE;
        } else if let Some(&(_, first)) = children.first() {
            let n = &mut self.nodes[node as usize];
            (n.start, n.len) = (first, children.len() as u8);
            for (slot, &(b, _)) in n.bytes.iter_mut().zip(children) {
                *slot = b;
            }
        }
    }

    /// Whether some pattern may begin at `text[start..]`: its first two bytes begin one, or
    /// its first byte is one; and its first four bytes may ([`Quads`]).
    #[inline]
    pub fn may_begin(&self, text: &[u8], start: usize) -> bool {
        match (text.get(start), text.get(start + 1)) {
            (Some(&a), Some(&b)) => self.pairs.contains(a, b) && self.quads.may_begin(text, start),
            // The last byte: a one-byte pattern sets every pair that starts with it.
            (Some(&a), None) => self.pairs.contains(a, 0),
            _ => false,
        }
    }

    /// Whether some pattern starts with byte `b`.
    #[inline]
    pub fn starts_with(&self, b: u8) -> bool {
        self.root[b as usize] != 0
    }

    /// Sets `found` to the `(end, pattern)` of each pattern that `text[start..]` begins with,
    /// shortest first (`end` is the byte after the match).
    ///
    /// Not inlined: alone, the walk keeps its state in registers; inlined into the scan's loop,
    /// it spilled to the stack at every byte.
    #[inline(never)]
    pub fn prefixes(&self, text: &[u8], start: usize, found: &mut Vec<(usize, u32)>) {
        found.clear();
        let Some((&first, rest)) = text.get(start..).and_then(<[u8]>::split_first) else {
            return;
        };
        let mut node = self.root[first as usize];
        let mut at = start + 1;
        let mut rest = rest.iter();
        while node != 0 {
            // By reference: each field is loaded where it is needed, the node's four fields
            // are not all kept in registers (they spilled to the stack at every byte).
            let Some(n) = self.nodes.get(node as usize) else {
                return;
            };
            if n.pattern != NO_PATTERN {
                found.push((at, n.pattern));
            }
            let Some(&b) = rest.next() else {
                return;
            };
            node = self.child(n, b);
            at += 1;
        }
    }

    /// The child of `n` by byte `b`, 0 for none.
    #[inline]
    fn child(&self, n: &Node, b: u8) -> u32 {
        // One child (most nodes past the first bytes of a pattern): one byte to compare.
        if n.len == 1 {
            return if n.bytes[0] == b { n.start } else { 0 };
        }
        if n.len == DENSE {
            let class = self.classes[b as usize] as usize;
            return self
                .dense
                .get(n.start as usize + class)
                .copied()
                .unwrap_or(0);
        }
        // The bytes in use are distinct and come first: the first equal one is the edge, if
        // it is in use.
        let k = if n.bytes[0] == b {
            0
        } else if n.bytes[1] == b {
            1
        } else if n.bytes[2] == b {
            2
        } else {
            return 0;
        };
        if k < n.len {
            n.start + u32::from(k)
        } else {
            0
        }
    }
}

/// A filter on the first four bytes of a walk: most walks that find nothing stop at the third
/// or fourth byte (`de ` and `et ` begin no name, though `de` and `et` begin some), after
/// the call and a node per byte; a bit tells so first.
///
/// A walk finds something only if a pattern begins the text there: one of four or more bytes,
/// whose first four are in `quads`; one of three, in `triples`; or one of one or two bytes
/// (rare: `a` in a user's file), whose pair of bytes is in `short`. Equal hashes only let
/// through a walk that finds nothing.
#[derive(Clone, Debug)]
struct Quads {
    /// The first four bytes of the patterns of four bytes or more.
    quads: HashBits,
    /// The patterns of three bytes.
    triples: HashBits,
    /// One bit per pair of bytes that begins a pattern of one or two bytes.
    short: Pairs,
}

impl Quads {
    /// The filter of `patterns`.
    fn new<P: AsRef<[u8]>>(patterns: &[P]) -> Quads {
        let count = |n: usize| patterns.iter().filter(|p| p.as_ref().len() == n).count();
        let mut filter = Quads {
            quads: HashBits::new(patterns.len() - count(3)),
            triples: HashBits::new(count(3)),
            short: Pairs::default(),
        };
        for p in patterns {
            match *p.as_ref() {
                [] => {}
                [_] | [_, _] => filter.short.insert_start(p.as_ref()),
                [a, b, c] => filter.triples.insert(u32::from_le_bytes([a, b, c, 0])),
                [a, b, c, d, ..] => filter.quads.insert(u32::from_le_bytes([a, b, c, d])),
            }
        }
        filter
    }

    /// Whether a pattern may begin at `text[start..]`, whose first two bytes begin one: false
    /// only if none does. With fewer than four bytes left, the walk tells.
    #[inline]
    fn may_begin(&self, text: &[u8], start: usize) -> bool {
        let Some(&[a, b, c, d]) = text.get(start..start.saturating_add(4)) else {
            return true;
        };
        self.quads.contains(u32::from_le_bytes([a, b, c, d]))
            || self.triples.contains(u32::from_le_bytes([a, b, c, 0]))
            || self.short.contains(a, b)
    }
}

/// A set of 32-bit keys that may tell a key in the set from one not in it: one bit per hash
/// (a Bloom filter of one hash function). A key inserted is always contained.
#[derive(Clone, Debug)]
struct HashBits {
    /// The bits: a power of two of them, at least eight per key, so that few keys not in the
    /// set find their bit set (the built-in folded names fill 16 KB).
    bits: Box<[u64]>,
    /// Right shift of a hash to its bit: 64 − log2 of the number of bits.
    shift: u32,
}

impl HashBits {
    /// An empty set sized for `keys` keys.
    fn new(keys: usize) -> HashBits {
        let len = keys
            .saturating_mul(8)
            .next_power_of_two()
            .clamp(1 << 9, 1 << 24);
        HashBits {
            bits: vec![0; len / 64].into_boxed_slice(),
            shift: 64 - len.trailing_zeros(),
        }
    }

    /// The bit of `key`: a multiplicative hash, whose top bits depend on all the key's bits.
    #[inline]
    fn bit(&self, key: u32) -> usize {
        (u64::from(key).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    fn insert(&mut self, key: u32) {
        let bit = self.bit(key);
        if let Some(word) = self.bits.get_mut(bit / 64) {
            *word |= 1 << (bit % 64);
        }
    }

    #[inline]
    fn contains(&self, key: u32) -> bool {
        let bit = self.bit(key);
        self.bits
            .get(bit / 64)
            .is_none_or(|word| word & (1 << (bit % 64)) != 0)
    }
}

/// One bit per pair of bytes: the pairs that begin some pattern.
#[derive(Clone, Debug)]
struct Pairs(Box<[u64; 1024]>);

impl Default for Pairs {
    fn default() -> Pairs {
        Pairs(Box::new([0; 1024]))
    }
}

impl Pairs {
    /// Sets the pairs `pattern` begins: its first two bytes, or, for a one-byte pattern, every
    /// pair that starts with its byte.
    fn insert_start(&mut self, pattern: &[u8]) {
        match *pattern {
            [a] => (0..=255).for_each(|b| self.set(a, b)),
            [a, b, ..] => self.set(a, b),
            [] => {}
        }
    }

    fn set(&mut self, a: u8, b: u8) {
        let pair = usize::from(a) << 8 | usize::from(b);
        self.0[pair / 64] |= 1 << (pair % 64);
    }

    #[inline]
    fn contains(&self, a: u8, b: u8) -> bool {
        let pair = usize::from(a) << 8 | usize::from(b);
        self.0[pair / 64] & (1 << (pair % 64)) != 0
    }
}

/// The first eight bytes of `pattern` as a big-endian number, zero-padded: ordering two
/// patterns by it agrees with ordering them as bytes wherever it tells them apart.
fn prefix_key(pattern: &[u8]) -> u64 {
    let mut bytes = [0u8; 8];
    let n = pattern.len().min(8);
    bytes[..n].copy_from_slice(&pattern[..n]);
    u64::from_be_bytes(bytes)
}

#[cfg(test)]
mod tests {
    use super::Trie;

    fn prefixes(t: &Trie, text: &str, start: usize) -> Vec<(usize, u32)> {
        let mut v = Vec::new();
        t.prefixes(text.as_bytes(), start, &mut v);
        v
    }

    #[test]
    fn finds_every_pattern_starting_here_shortest_first() {
        let words = [
            "de",
            "de gaulle",
            "demande",
            "",
            "a",
            "ab",
            "abc",
            "abd",
            "abe",
            "abf",
            "de",
        ];
        let t = Trie::new(&words);
        assert_eq!(prefixes(&t, "de gaulle", 0), [(2, 0), (9, 1)]);
        assert_eq!(prefixes(&t, "demandes", 0), [(2, 0), (7, 2)]);
        assert_eq!(prefixes(&t, "xde", 0), []);
        assert_eq!(prefixes(&t, "xde", 1), [(3, 0)]);
        assert_eq!(prefixes(&t, "abfz", 0), [(1, 4), (2, 5), (3, 9)]);
        assert_eq!(prefixes(&t, "abz", 0), [(1, 4), (2, 5)]);
        assert!(t.starts_with(b'a') && !t.starts_with(b'z'));
        assert!(t.may_begin(b"de", 0) && t.may_begin(b"az", 0) && t.may_begin(b"a", 0));
        assert!(!t.may_begin(b"dx", 0) && !t.may_begin(b"d", 0) && !t.may_begin(b"", 0));
    }

    /// The filter of [`Trie::may_begin`] never drops a walk that finds something: at every
    /// byte of tricky texts, a walk that finds a pattern was let through. The patterns are
    /// those of a user's file too: lower-case words, symbols, one to three bytes, non-ASCII.
    #[test]
    fn filter_lets_through_every_walk_that_finds_something() {
        let patterns = [
            "de",
            "de gaulle",
            "la paz",
            "le caire",
            "a",
            "€",
            "$",
            "x",
            "ue",
            "oim",
            "l'oim",
            "fmi",
            "u.s.",
            "u.s.a",
            "§ 12",
            "—",
            "côte d'ivoire",
            "ab",
            "abc",
            "abcd",
            "abcde",
            "Fonds",
            "La Haye",
            "ONU",
            "É",
            "1er",
            "7",
        ];
        let t = Trie::new(&patterns);
        let texts = [
            "de la paz et de gaulle, le caire",
            "a b ab abc abcd abcde abx",
            "€ $ 12 x xy ue uex oim oimx l'oim l'oi fmi",
            "u.s. u.s.a u.s § 12 §12 — côte d'ivoire côte",
            "Fonds La Haye ONU On É Éa 1er 1e 7 77",
            "de",
            "d",
            "",
            "fm",
            "oi",
            "abc",
        ];
        let mut found = Vec::new();
        let mut walks = 0;
        let mut dropped = 0;
        for text in texts {
            let bytes = text.as_bytes();
            for start in 0..=bytes.len() {
                t.prefixes(bytes, start, &mut found);
                if t.may_begin(bytes, start) {
                    walks += 1;
                } else {
                    assert!(found.is_empty(), "{text:?} at {start}: {found:?}");
                    dropped += 1;
                }
            }
        }
        // The filter does drop walks (`la ` and `le ` begin no pattern here); `de ` begins
        // one, `de` itself.
        assert!(walks > 0 && dropped > 0);
        assert!(!t.may_begin(b"la fin", 0) && !t.may_begin(b"le pays", 0));
        assert!(t.may_begin(b"de la", 0) && t.may_begin(b"la paz", 0));
        assert!(t.may_begin(b"oim,", 0) && t.may_begin(b"a la", 0) && t.may_begin(b"uex", 0));
    }
}
