//! The line index of a lexicon (`folded-key \t values` lines): for each line the start of its
//! key, the end of its key and the end of the line, as little-endian `u32` triples.
//!
//! Shared by `build.rs`, which indexes the built-in lexicons at compile time, and the
//! gazetteer loader, which indexes a user's lexicon at run time.

/// Bytes per line in the index: three `u32`.
pub const ENTRY: usize = 12;

/// Indexes `data` in one pass; `\t` and `\n` are ASCII, so every offset is a char boundary.
pub fn line_index(data: &str) -> Vec<u8> {
    let mut index = Vec::with_capacity(data.len() / 2);
    let mut push = |start: usize, tab: usize, end: usize| {
        for v in [start, tab, end] {
            index.extend_from_slice(&(v as u32).to_le_bytes());
        }
    };
    let (mut start, mut tab) = (0usize, None);
    for (i, &b) in data.as_bytes().iter().enumerate() {
        match b {
            b'\t' if tab.is_none() => tab = Some(i),
            b'\n' => {
                push(start, tab.unwrap_or(i), i);
                (start, tab) = (i + 1, None);
            }
            _ => {}
        }
    }
    if start < data.len() {
        push(start, tab.unwrap_or(data.len()), data.len());
    }
    index
}

/// Line `i` of an index made by [`line_index`]: (key start, key end, line end).
pub fn line(index: &[u8], i: usize) -> Option<(usize, usize, usize)> {
    let entry = index.get(i * ENTRY..(i + 1) * ENTRY)?;
    let at = |k: usize| {
        let mut b = [0u8; 4];
        b.copy_from_slice(&entry[k * 4..k * 4 + 4]);
        u32::from_le_bytes(b) as usize
    };
    Some((at(0), at(1), at(2)))
}
