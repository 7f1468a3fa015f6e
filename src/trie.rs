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
//!
//! A walk starts at depth two: a table indexed by the first byte and the class of the second
//! gives the node they lead to ([`Trie::starts`]), and one of 256 entries the pattern of the
//! first byte alone. The root, the node of the first byte and its dense row were three dependent
//! loads at the start of every walk, two of them cache misses (the nodes of the first bytes
//! head subtrees spread over the whole node array); the table is small enough to stay in
//! cache.

/// No pattern ends at a node.
const NO_PATTERN: u32 = u32::MAX;
/// [`Trie::rows`] of a byte that begins no pattern: past the end of [`Trie::starts`].
const NO_ROW: u32 = u32::MAX;
/// [`Node::len`] of a node whose children are a row of [`Trie::dense`].
const DENSE: u8 = u8::MAX;
/// [`Node::len`] of a node with a chain of single children below it, up to the next node
/// where a pattern ends or the paths branch: the chain's bytes are a [label](Trie::labels).
const CHAIN: u8 = u8::MAX - 1;
/// A chain is made only below this depth: the nodes of depth two are [`Trie::starts`]'s.
const CHAIN_FROM: usize = 2;
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
    /// The first six bytes of the text at a walk's start, filtered before the walk: see
    /// [`Heads`].
    heads: Heads,
    /// Byte → column of a dense row; 0 for the bytes of no pattern (its column stays empty).
    classes: [u8; 256],
    /// Length of a dense row: the number of classes.
    stride: usize,
    /// The nodes at depth two: `starts[rows[a] + class(b)]` is the node reached by bytes `a`
    /// and `b`, 0 for none. A row per byte that begins a pattern (about forty), not per class.
    starts: Box<[u32]>,
    /// Each byte's row of `starts`; [`NO_ROW`] for a byte that begins no pattern.
    rows: Box<[u32; 256]>,
    /// The pattern of each one byte, [`NO_PATTERN`] for none: the patterns that end at depth
    /// one, which a walk from [`Trie::starts`] passes over.
    singles: Box<[u32; 256]>,
    nodes: Vec<Node>,
    /// The rows of the nodes with many children: next node by class, 0 for none.
    dense: Vec<u32>,
    /// The chains of single children ([`CHAIN`]), each as the node it leads to (four bytes,
    /// little-endian) and then its bytes. Most nodes past the first bytes of a pattern have
    /// one child and no pattern: as a node each, a long name took a dozen nodes of twelve
    /// bytes, a walk along it a cache miss every five bytes; as a label, it takes a byte a
    /// byte, next to the others of its subtree.
    labels: Vec<u8>,
}

/// A node: 12 bytes, so that more of the trie stays in cache.
#[derive(Clone, Copy, Debug)]
struct Node {
    /// The pattern that ends here.
    pattern: u32,
    /// Children: `dense[start..start + stride]` when `len == DENSE`, the chain at
    /// `labels[start..]` when `len == CHAIN`, else the `len` nodes from `start` on (children
    /// are made one after the other).
    start: u32,
    len: u8,
    /// The bytes to the children, in order, when `len` is at most 3 (zeros after them); the
    /// length of the chain's label when `len == CHAIN`.
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
        // The built-in tries have fewer than three nodes per pattern (their patterns share
        // prefixes, and chains are labels): presized, the node vector is not copied a dozen
        // times as it grows.
        let mut nodes = Vec::with_capacity(sorted.len() * 3 + 1);
        nodes.push(LEAF);
        let heads = Heads::new(patterns);
        let mut trie = Trie {
            pairs,
            heads,
            root: Box::new([0; 256]),
            classes,
            stride,
            starts: Box::default(),
            rows: Box::new([NO_ROW; 256]),
            singles: Box::new([NO_PATTERN; 256]),
            nodes,
            dense: Vec::new(),
            labels: Vec::new(),
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
            // The bytes all patterns below share from here on, if no pattern ends among them
            // (the first sorted is the shortest of those that share them): a chain.
            if let (true, Some(&(first, _)), Some(&(last, _))) = (
                depth >= CHAIN_FROM,
                sorted.get(lo),
                sorted.get(hi.wrapping_sub(1)),
            ) {
                let shared = first.get(depth..).unwrap_or_default();
                let length = shared
                    .iter()
                    .zip(last.get(depth..).unwrap_or_default())
                    .take_while(|(a, b)| a == b)
                    .count()
                    .min(usize::from(u8::MAX));
                if length >= 2 {
                    let next = trie.nodes.len() as u32;
                    trie.nodes.push(LEAF);
                    trie.link_chain(node, next, &shared[..length]);
                    work.push((next, lo..hi, depth + length));
                    continue;
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
        trie.link_starts();
        trie
    }

    /// Fills [`Trie::starts`], [`Trie::rows`] and [`Trie::singles`] from the nodes of depth
    /// one and two.
    fn link_starts(&mut self) {
        let mut starts = Vec::new();
        for a in 0..=255u8 {
            let first = self.root[a as usize];
            let Some(&n) = self.nodes.get(first as usize).filter(|_| first != 0) else {
                continue;
            };
            self.singles[a as usize] = n.pattern;
            let row = starts.len();
            self.rows[a as usize] = row as u32;
            starts.resize(row + self.stride, 0);
            for b in 0..=255u8 {
                let second = self.child(&n, b);
                if second != 0 {
                    starts[row + self.classes[b as usize] as usize] = second;
                }
            }
        }
        self.starts = starts.into_boxed_slice();
    }

    /// Makes `node` lead to `next` by the bytes of `label` (at most 255).
    fn link_chain(&mut self, node: u32, next: u32, label: &[u8]) {
        let at = self.labels.len() as u32;
        self.labels.extend_from_slice(&next.to_le_bytes());
        self.labels.extend_from_slice(label);
        let n = &mut self.nodes[node as usize];
        (n.start, n.len, n.bytes[0]) = (at, CHAIN, label.len() as u8);
    }

    /// The node a [`CHAIN`] node leads to, and its label.
    #[inline]
    fn chain(&self, n: &Node) -> Option<(u32, &[u8])> {
        let at = n.start as usize;
        let next = self.labels.get(at..at + 4)?;
        let label = self.labels.get(at + 4..at + 4 + usize::from(n.bytes[0]))?;
        Some((u32::from_le_bytes(next.try_into().ok()?), label))
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
    /// its first byte is one; and its first six bytes may ([`Heads`]).
    ///
    /// Always inlined: it runs for most tokens, and returns false for most.
    #[inline(always)]
    pub fn may_begin(&self, text: &[u8], start: usize) -> bool {
        match (text.get(start), text.get(start + 1)) {
            (Some(&a), Some(&b)) => self.pairs.contains(a, b) && self.heads.may_begin(text, start),
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
        let Some(&first) = text.get(start) else {
            return;
        };
        let single = self.singles[first as usize];
        if single != NO_PATTERN {
            found.push((start + 1, single));
        }
        let Some(&second) = text.get(start + 1) else {
            return;
        };
        let mut node = self.start(first, second);
        let mut at = start + 2;
        while node != 0 {
            // By reference: each field is loaded where it is needed, the node's four fields
            // are not all kept in registers (they spilled to the stack at every byte).
            let Some(n) = self.nodes.get(node as usize) else {
                return;
            };
            if n.pattern != NO_PATTERN {
                found.push((at, n.pattern));
            }
            if n.len == CHAIN {
                // No pattern ends inside a chain: the text follows it to its end, or the
                // walk is over.
                let Some((next, label)) = self.chain(n) else {
                    return;
                };
                if !follows(text.get(at..).unwrap_or_default(), label) {
                    return;
                }
                at += label.len();
                node = next;
                continue;
            }
            let Some(&b) = text.get(at) else {
                return;
            };
            node = self.child(n, b);
            at += 1;
        }
    }

    /// The node at depth two reached by bytes `a` and `b`, 0 for none.
    #[inline]
    fn start(&self, a: u8, b: u8) -> u32 {
        // No row: past the end of `starts`, so none.
        let pair =
            (self.rows[a as usize] as usize).saturating_add(self.classes[b as usize] as usize);
        self.starts.get(pair).copied().unwrap_or(0)
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
        // A chain is walked by the caller.
        if n.len == CHAIN {
            return 0;
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

/// A filter on the first six bytes of a walk: most walks that find nothing stop within the
/// first six bytes (`de ` and `et ` begin no name, though `de` and `et` begin some; `sans f`
/// begins none, though `sans` begins `sans frontieres`), after the call and a node per byte,
/// each node a likely cache miss; a few bits tell so first.
///
/// A walk finds something only if a pattern begins the text there: one of six bytes or more,
/// whose first six are in `heads[3]`; one of three to five, in `heads[0..3]`; or one of one or
/// two bytes (rare: `a` in a user's file), whose pair of bytes is in `short`. Equal hashes
/// only let through a walk that finds nothing.
#[derive(Clone, Debug)]
struct Heads {
    /// `heads[n - 3]`: the patterns of `n` bytes (3 to 5), then the first six bytes of the
    /// longer ones, each as a [`head`] of its length. The short ones have more bits per key,
    /// so that each set lets few heads through: they are small.
    heads: [HashBits; 4],
    /// One bit per pair of bytes that begins a pattern of one or two bytes.
    short: Pairs,
}

/// The longest head a [`Heads`] reads: six bytes.
const HEAD: usize = 6;

impl Heads {
    /// The filter of `patterns`.
    fn new<P: AsRef<[u8]>>(patterns: &[P]) -> Heads {
        let mut counts = [0; HEAD + 1];
        for p in patterns {
            counts[p.as_ref().len().min(HEAD)] += 1;
        }
        let mut filter = Heads {
            heads: [
                HashBits::new(counts[3], 64),
                HashBits::new(counts[4], 32),
                HashBits::new(counts[5], 32),
                HashBits::new(counts[6], 16),
            ],
            short: Pairs::default(),
        };
        for p in patterns.iter().map(AsRef::as_ref) {
            match p.len() {
                0 => {}
                1 | 2 => filter.short.insert_start(p),
                n => {
                    let n = n.min(HEAD);
                    if let Some(set) = filter.heads.get_mut(n - 3) {
                        set.insert(head(p, n));
                    }
                }
            }
        }
        filter
    }

    /// Whether a pattern may begin at `text[start..]`, whose first two bytes begin one: false
    /// only if none does. With fewer than six bytes left, the walk tells.
    #[inline(always)]
    fn may_begin(&self, text: &[u8], start: usize) -> bool {
        let Some(&[a, b, c, d, e, f]) = text.get(start..start.saturating_add(HEAD)) else {
            return true;
        };
        let six = u64::from_le_bytes([a, b, c, d, e, f, 0, 0]);
        // The longest first: most walks let through begin a long name.
        self.heads[3].contains(six)
            || self.heads[2].contains(six & 0xff_ffff_ffff)
            || self.heads[1].contains(six & 0xffff_ffff)
            || self.heads[0].contains(six & 0xff_ffff)
            || self.short.contains(a, b)
    }
}

/// The first `n` bytes of `pattern` (at most eight), as a little-endian number: the key of a
/// head in a [`HashBits`], as [`Heads::may_begin`] makes it from the text.
fn head(pattern: &[u8], n: usize) -> u64 {
    let mut bytes = [0u8; 8];
    for (to, &from) in bytes.iter_mut().zip(pattern).take(n) {
        *to = from;
    }
    u64::from_le_bytes(bytes)
}

/// A set of 64-bit keys that may tell a key in the set from one not in it: one bit per hash
/// (a Bloom filter of one hash function). A key inserted is always contained.
#[derive(Clone, Debug)]
struct HashBits {
    /// The bits: a power of two of them, at least some number per key, so that few keys not
    /// in the set find their bit set (the built-in folded names fill 32 KB).
    bits: Box<[u64]>,
    /// Right shift of a hash to its bit: 64 − log2 of the number of bits.
    shift: u32,
}

impl HashBits {
    /// An empty set sized for `keys` keys, at least `bits` bits per key.
    fn new(keys: usize, bits: usize) -> HashBits {
        let len = keys
            .saturating_mul(bits)
            .next_power_of_two()
            .clamp(1 << 9, 1 << 24);
        HashBits {
            bits: vec![0; len / 64].into_boxed_slice(),
            shift: 64 - len.trailing_zeros(),
        }
    }

    /// The bit of `key`: a multiplicative hash, whose top bits depend on all the key's bits.
    #[inline]
    fn bit(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    fn insert(&mut self, key: u64) {
        let bit = self.bit(key);
        if let Some(word) = self.bits.get_mut(bit / 64) {
            *word |= 1 << (bit % 64);
        }
    }

    #[inline]
    fn contains(&self, key: u64) -> bool {
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

/// Whether `text` begins with `label`: a short loop (labels are a few bytes; most walks that
/// leave a chain do so at its first bytes) rather than a call to `memcmp`.
#[inline]
fn follows(text: &[u8], label: &[u8]) -> bool {
    text.len() >= label.len() && text.iter().zip(label).all(|(a, b)| a == b)
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

    /// The patterns `text[start..]` begins with, found by comparing each: what the walk must
    /// find without its tables (the start table, the chains, the dense rows).
    fn naive(patterns: &[Vec<u8>], text: &[u8], start: usize) -> Vec<(usize, u32)> {
        let mut found: Vec<(usize, u32)> = Vec::new();
        for (i, p) in patterns.iter().enumerate() {
            let end = start + p.len();
            let new = !found.iter().any(|&(e, _)| e == end);
            if !p.is_empty() && new && text.get(start..end) == Some(p.as_slice()) {
                found.push((end, i as u32));
            }
        }
        found.sort_unstable();
        found
    }

    /// At every byte of every text, the walk finds what comparing each pattern finds, and the
    /// filter lets it through whenever that is something.
    fn same_as_naive(patterns: &[Vec<u8>], texts: &[Vec<u8>]) {
        let t = Trie::new(patterns);
        let mut found = Vec::new();
        for text in texts {
            for start in 0..=text.len() {
                t.prefixes(text, start, &mut found);
                let expected = naive(patterns, text, start);
                assert_eq!(
                    found,
                    expected,
                    "{:?} at {start}",
                    String::from_utf8_lossy(text)
                );
                if !expected.is_empty() {
                    assert!(t.may_begin(text, start), "{text:?} at {start}");
                }
            }
        }
    }

    /// Patterns ending at depth one and two and inside what would be a chain, chains longer
    /// than a label holds, nodes with many children below depth two, non-ASCII first bytes and
    /// a user's file (symbols, dots, apostrophes).
    #[test]
    fn walks_find_what_comparing_each_pattern_finds() {
        let long = "x".repeat(300) + "y";
        let words = [
            "a",
            "ab",
            "abc",
            "abcdefgh",
            "abcdefghij",
            "abcdefghijkl",
            "abcdxyz",
            "abcdxyw",
            "b",
            "bc",
            "bcd",
            "de",
            "de gaulle",
            "de la paz",
            "demande",
            "dea",
            "deb",
            "dec",
            "ded",
            "dee",
            "def",
            "é",
            "éa",
            "€",
            "€uro",
            "Ünited",
            "u.s.",
            "u.s.a",
            "l'oim",
            "la paz",
            "la haye",
            "le caire",
            "sans frontieres",
            "sans",
            "zz",
            &long,
            "x",
            "",
            "de",
        ];
        let patterns: Vec<Vec<u8>> = words.iter().map(|w| w.as_bytes().to_vec()).collect();
        let mut texts: Vec<Vec<u8>> = words
            .iter()
            .map(|w| format!("{w}z {w} {w}").into())
            .collect();
        texts.push(words.join(" ").into());
        texts.push(words.concat().into());
        texts.push(b"abcdefghijklmnop abcdxyzw abcdx de l de la pa \xc3".to_vec());
        texts.push((long.clone() + "x").into());
        same_as_naive(&patterns, &texts);
    }

    /// Every byte in some pattern: classes are bytes, and a node has 256 children.
    #[test]
    fn walks_over_every_byte() {
        let mut patterns: Vec<Vec<u8>> = (0..=255u8).map(|b| vec![b'x', b]).collect();
        patterns.extend((0..=255u8).map(|b| vec![b]));
        patterns.extend((0..=255u8).map(|b| vec![b'y', b'y', b, b, b]));
        let all: Vec<u8> = (0..=255u8).collect();
        let mut texts = vec![all.clone()];
        texts.extend((0..=255u8).map(|b| vec![b'x', b, b'y', b'y', b, b, b, 0]));
        same_as_naive(&patterns, &texts);
    }
}
