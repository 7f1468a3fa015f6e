//! Byte scans that read eight bytes at a time, for the loops that run over every byte of every
//! document (finding ASCII runs to fold, the end of the part of a string that needs no JSON
//! escape): one word-wide test per eight bytes instead of a branch per byte.

/// High bit of each byte of a word.
pub const HIGH: u64 = 0x8080_8080_8080_8080;
/// `0x01` in each byte of a word.
pub const ONES: u64 = 0x0101_0101_0101_0101;

/// The index of the first byte that `stops` (a word-wide test) or `stops_byte` (the same test
/// on one byte, for the last bytes) stops at; `bytes.len()` if none.
///
/// `stops(w)` returns the word with the high bit set in each byte of `w` to stop at (bits set
/// above the first such byte do not matter).
///
/// ```
/// use glaneur::scan::{first_stop, HIGH};
/// let text = "Genève".as_bytes();
/// assert_eq!(first_stop(text, |w| w & HIGH, |b| !b.is_ascii()), 3);
/// ```
pub fn first_stop(
    bytes: &[u8],
    stops: impl Fn(u64) -> u64,
    stops_byte: impl Fn(u8) -> bool,
) -> usize {
    let mut words = bytes.chunks_exact(8);
    let mut n = 0;
    for chunk in words.by_ref() {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(chunk);
        let found = stops(u64::from_le_bytes(eight)) & HIGH;
        if found != 0 {
            return n + found.trailing_zeros() as usize / 8;
        }
        n += 8;
    }
    n + words
        .remainder()
        .iter()
        .take_while(|&&b| !stops_byte(b))
        .count()
}

/// The high bit set in each byte of `w` that is not an ASCII letter or digit (exact for every
/// byte): the word-wide test for the runs of letters a word is mostly made of.
///
/// ```
/// use glaneur::scan::{first_stop, not_alphanumeric};
/// let text = "Guinée-Bissau".as_bytes();
/// assert_eq!(first_stop(text, not_alphanumeric, |b| !b.is_ascii_alphanumeric()), 4);
/// ```
pub fn not_alphanumeric(w: u64) -> u64 {
    let seven = w & !HIGH;
    let digit = in_range(seven, b'0', b'9');
    // Setting 0x20 turns the capitals into the small letters and leaves those as they are.
    let letter = in_range(seven | (ONES * 0x20), b'a', b'z');
    (!(digit | letter) | w) & HIGH
}

/// The high bit set in each byte of `w` that is not a small ASCII letter (`a` to `z`; exact
/// for every byte): the runs that lower-casing leaves as they are and that only count as
/// letters, most of a word.
///
/// ```
/// use glaneur::scan::{first_stop, not_small_letter};
/// let text = "développement".as_bytes();
/// assert_eq!(first_stop(text, not_small_letter, |b| !b.is_ascii_lowercase()), 1);
/// ```
pub fn not_small_letter(w: u64) -> u64 {
    let letter = in_range(w & !HIGH, b'a', b'z');
    (!letter | w) & HIGH
}

/// The high bit set in each byte of `w` that is an ASCII capital (`A` to `Z`; exact for every
/// byte): the casing flags of a token, eight bytes at a time.
///
/// ```
/// use glaneur::scan::capitals;
/// let w = u64::from_le_bytes(*b"OIM et X");
/// assert_eq!(capitals(w), 0x8000_0000_0080_8080);
/// ```
pub fn capitals(w: u64) -> u64 {
    in_range(w & !HIGH, b'A', b'Z') & !w & HIGH
}

/// The high bit set in each byte of `w` that is not visible ASCII (`!` to `~`; exact for
/// every byte): the spaces, control bytes and other characters that a name key is checked for.
///
/// ```
/// use glaneur::scan::{first_stop, not_visible_ascii};
/// let text = "cote d'ivoire".as_bytes();
/// assert_eq!(first_stop(text, not_visible_ascii, |b| !b.is_ascii_graphic()), 4);
/// ```
pub fn not_visible_ascii(w: u64) -> u64 {
    let visible = in_range(w & !HIGH, b'!', b'~');
    (!visible | w) & HIGH
}

/// The high bit set in each byte of `seven` (all below 0x80) that is in `lo..=hi` (both below
/// 0x80): neither sum carries into the next byte.
const fn in_range(seven: u64, lo: u8, hi: u8) -> u64 {
    let at_least_lo = seven + ONES * (0x80 - lo as u64);
    let above_hi = seven + ONES * (0x7F - hi as u64);
    at_least_lo & !above_hi & HIGH
}

/// The high bit set in each byte of `w` that is zero (exact up to the first zero byte).
pub fn zero_bytes(w: u64) -> u64 {
    w.wrapping_sub(ONES) & !w & HIGH
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `mask` sets the high bit of exactly the bytes `keeps` refuses, for every byte at every
    /// place of a word.
    fn assert_exact(mask: fn(u64) -> u64, keeps: fn(&u8) -> bool) {
        for b in 0..=u8::MAX {
            for at in 0..8 {
                let mut eight = [b'a'; 8];
                eight[at] = b;
                let got = mask(u64::from_le_bytes(eight)) & HIGH;
                let want = if keeps(&b) { 0 } else { 0x80 << (8 * at) };
                assert_eq!(got, want, "{b} at {at}");
            }
        }
    }

    #[test]
    fn capitals_is_exact_for_every_byte_at_every_place() {
        assert_exact(capitals, |b| !b.is_ascii_uppercase());
    }

    #[test]
    fn not_visible_ascii_is_exact_for_every_byte_at_every_place() {
        assert_exact(not_visible_ascii, u8::is_ascii_graphic);
    }

    #[test]
    fn not_small_letter_is_exact_for_every_byte_at_every_place() {
        assert_exact(not_small_letter, u8::is_ascii_lowercase);
    }

    #[test]
    fn not_alphanumeric_is_exact_for_every_byte_at_every_place() {
        assert_exact(not_alphanumeric, u8::is_ascii_alphanumeric);
    }
}
