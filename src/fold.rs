//! Folding for matching: lower case, no accents, one apostrophe, one kind of space, with a map
//! from every folded byte back to the original text.
//!
//! French names differ from the text in case, accents and apostrophes (`Cote d'Ivoire`,
//! `Côte d’Ivoire`), and folding per comparison would fold every word many times. So the text
//! is folded once into a buffer and the gazetteer trie runs on it; a match in the buffer maps
//! back to the exact original bytes through [`Folded::original`].
//!
//! ```
//! use glaneur::fold::Folded;
//! let f = Folded::new("Côte d’Ivoire");
//! assert_eq!(f.text, "cote d'ivoire");
//! let (s, e) = (f.text.find("ivoire").unwrap(), f.text.len());
//! assert_eq!(f.original(s, e), (10, 16)); // `Ivoire` in the original bytes
//! ```

use std::borrow::Cow;

/// A folded copy of a text with its offset map.
#[derive(Clone, Debug, Default)]
pub struct Folded {
    pub text: String,
    /// The non-ASCII characters of the original, in order. Between two of them the folded text
    /// is a byte-for-byte (lower-cased) copy of the original, so these are all the map needs:
    /// a few per cent of a French text's bytes, where a map per byte cost 8 bytes per byte.
    changes: Vec<Change>,
}

/// One non-ASCII character of the original and the folded bytes it became (none for a
/// combining accent, two for `œ`).
#[derive(Clone, Copy, Debug)]
struct Change {
    folded: u32,
    folded_end: u32,
    original: u32,
    original_end: u32,
}

impl Folded {
    pub fn new(original: &str) -> Folded {
        FoldWriter::new(original).finish()
    }

    /// The original byte span of the folded byte span `start..end` (`end > start`).
    pub fn original(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.origin(start).0;
        let e = if end == 0 { 0 } else { self.origin(end - 1).1 };
        (s, e.max(s))
    }

    /// [`Folded::original`] for spans asked in order of start, with the same `next` kept by
    /// the caller between calls (start at 0): each call walks on from the last one instead of
    /// two binary searches over the changes (gazetteer hits come in order of start).
    ///
    /// ```
    /// let f = glaneur::fold::Folded::new("Œuvre à Genève, Côte d’Ivoire");
    /// let mut next = 0;
    /// for (s, e) in [(0, 6), (0, 2), (8, 9), (10, 16), (17, 21), (22, 24), (24, 30)] {
    ///     assert_eq!(f.original_in_order(s, e, &mut next), f.original(s, e));
    /// }
    /// ```
    pub fn original_in_order(&self, start: usize, end: usize, next: &mut usize) -> (usize, usize) {
        *next = self.changes_up_to(start, *next);
        let s = self.origin_after(start, *next).0;
        let e = match end.checked_sub(1) {
            // The end is after the start: its changes are after those of the start.
            Some(last) if last >= start => {
                self.origin_after(last, self.changes_up_to(last, *next)).1
            }
            Some(last) => self.origin(last).1,
            None => 0,
        };
        (s, e.max(s))
    }

    /// The number of changes starting at or before the folded byte `f`, counting on from
    /// `from` (a count for a byte at or before `f`).
    fn changes_up_to(&self, f: usize, from: usize) -> usize {
        let mut k = from;
        while self.changes.get(k).is_some_and(|c| c.folded as usize <= f) {
            k += 1;
        }
        k
    }

    /// The original span of the character the folded byte `f` came from (`(0, 0)` past the
    /// end).
    fn origin(&self, f: usize) -> (usize, usize) {
        // The last change starting at or before `f` (the later one of two at the same place:
        // a combining accent yields no byte).
        let k = self.changes.partition_point(|c| c.folded as usize <= f);
        self.origin_after(f, k)
    }

    /// [`Folded::origin`] of `f`, knowing that `k` changes start at or before it.
    fn origin_after(&self, f: usize, k: usize) -> (usize, usize) {
        if f >= self.text.len() {
            return (0, 0);
        }
        match k.checked_sub(1).and_then(|k| self.changes.get(k)) {
            Some(c) if f < c.folded_end as usize => (c.original as usize, c.original_end as usize),
            Some(c) => {
                let o = c.original_end as usize + (f - c.folded_end as usize);
                (o, o + 1)
            }
            None => (f, f + 1),
        }
    }

    /// The folded byte offset of an original byte offset (first folded byte at or after it).
    pub fn folded_at(&self, original: usize) -> usize {
        let k = self
            .changes
            .partition_point(|c| (c.original as usize) < original);
        self.folded_after(original, k)
    }

    /// The folded offset of `original`, knowing that the changes before `k` start before it
    /// and the others at or after it.
    fn folded_after(&self, original: usize, k: usize) -> usize {
        let f = match k.checked_sub(1).and_then(|k| self.changes.get(k)) {
            // Inside a character (not a boundary): the first byte after it.
            Some(c) if original < c.original_end as usize => c.folded_end as usize,
            Some(c) => c.folded_end as usize + (original - c.original_end as usize),
            None => original,
        };
        f.min(self.text.len())
    }
}

/// A [`Folded`] being written, from the start of its original on: the tokenizer folds the text
/// as its tokens come ([`FoldWriter::fold_to`] at each token that is not ASCII), and knows the
/// folded offset of every other token by an addition ([`FoldWriter::folded_at`]), where a
/// folding pass of its own, then a walk of the map to each token, looked at each byte twice.
///
/// ```
/// use glaneur::fold::{FoldWriter, Folded};
/// let text = "Le Maroc à Genève";
/// let mut w = FoldWriter::new(text);
/// assert_eq!(w.folded_at(3), 3); // `Maroc`: ASCII so far
/// w.fold_to(11); // past `à`
/// assert_eq!(w.folded_at(12), 11); // `Genève`
/// w.fold_to(text.len());
/// assert_eq!(w.folded_at(text.len()), "le maroc a geneve".len());
/// let f = w.finish();
/// assert_eq!(f.text, Folded::new(text).text);
/// ```
#[derive(Debug)]
pub struct FoldWriter<'t> {
    original: &'t str,
    /// The folded text so far; its ASCII is lower-cased at the end, all at once.
    text: String,
    changes: Vec<Change>,
    /// The original is folded up to this byte.
    done: usize,
}

impl<'t> FoldWriter<'t> {
    pub fn new(original: &'t str) -> FoldWriter<'t> {
        FoldWriter {
            original,
            text: String::with_capacity(original.len()),
            // About one character in thirty of a French text is not ASCII: room for most
            // texts' changes at once, where doubling from empty copied them a dozen times.
            changes: Vec::with_capacity(original.len() / 32),
            done: 0,
        }
    }

    /// The folded offset of the original byte `original`, when the original bytes between it
    /// and where the original is folded up to (see [`FoldWriter::fold_to`]) are ASCII: one
    /// folded byte each.
    #[inline]
    pub fn folded_at(&self, original: usize) -> usize {
        (self.text.len() + original).saturating_sub(self.done)
    }

    /// Folds the original up to byte `end` at least (a char boundary), and on up to its next
    /// character that is not ASCII: the run of ASCII after the last character folded is copied
    /// whole, by one call, as in one pass over the whole text (most of a French text is runs
    /// of ASCII: one byte in, one byte out). Nothing when it is folded that far already.
    #[inline]
    pub fn fold_to(&mut self, end: usize) {
        let bytes = self.original.as_bytes();
        let mut b = self.done;
        loop {
            let run = ascii_run(bytes.get(b..).unwrap_or_default());
            self.text
                .push_str(self.original.get(b..b + run).unwrap_or_default());
            b += run;
            if b >= end || b >= bytes.len() {
                break;
            }
            b += self.fold_char(b);
        }
        self.done = b;
    }

    /// Folds the character at byte `b` of the original, which is not ASCII, and returns its
    /// length.
    #[inline]
    fn fold_char(&mut self, b: usize) -> usize {
        let at = self.text.len() as u32;
        if let Some((folded, len)) = one_byte_fold(self.original.as_bytes(), b) {
            // `é`, `à`, `É`, `’`, the no-break space…: most of the characters that are not
            // ASCII, folded to one byte without decoding them.
            self.changes.push(Change {
                folded: at,
                folded_end: at + 1,
                original: b as u32,
                original_end: (b + len) as u32,
            });
            self.text.push(char::from(folded));
            return len;
        }
        let Some(c) = self.original.get(b..).and_then(|rest| rest.chars().next()) else {
            // Not a char boundary (not asked): past the end, so that folding stops.
            return self.original.len();
        };
        fold_char_into(c, &mut self.text);
        self.changes.push(Change {
            folded: at,
            folded_end: self.text.len() as u32,
            original: b as u32,
            original_end: (b + c.len_utf8()) as u32,
        });
        c.len_utf8()
    }

    /// The folded text: the rest of the original folded, then the ASCII lower-cased in one
    /// pass over the whole text instead of one call per run (the folded characters are lower
    /// case already).
    pub fn finish(mut self) -> Folded {
        self.fold_to(self.original.len());
        self.text.make_ascii_lowercase();
        Folded {
            text: self.text,
            changes: self.changes,
        }
    }
}

/// The folded letters of U+00C0 to U+00FF, by their second byte's low six bits: the ASCII
/// letter that [`fold_char_into`] folds each to, 0 for those it folds otherwise (`Æ`, `×`,
/// `Þ`, `ß`, `÷`…).
const LATIN_LETTERS: &[u8; 64] =
    b"aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0\0aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0y";

/// The folded byte and the length of the character at byte `b` of `bytes` when it is one of
/// the common characters that [`fold_char_into`] folds to one ASCII byte: the letters of
/// Latin-1 ([`LATIN_LETTERS`]), the apostrophes `’` and `‘`, the no-break spaces.
#[inline]
fn one_byte_fold(bytes: &[u8], b: usize) -> Option<(u8, usize)> {
    match *bytes.get(b..)? {
        [0xC3, second, ..] => LATIN_LETTERS
            .get(usize::from(second & 0x3F))
            .copied()
            .filter(|&f| f != 0)
            .map(|f| (f, 2)),
        // U+00A0.
        [0xC2, 0xA0, ..] => Some((b' ', 2)),
        // U+2018, U+2019.
        [0xE2, 0x80, 0x98 | 0x99, ..] => Some((b'\'', 3)),
        // U+2009, U+202F.
        [0xE2, 0x80, 0x89 | 0xAF, ..] => Some((b' ', 3)),
        _ => None,
    }
}

/// The number of ASCII bytes at the start of `bytes`, read eight at a time.
fn ascii_run(bytes: &[u8]) -> usize {
    crate::scan::first_stop(bytes, |w| w & crate::scan::HIGH, |b| !b.is_ascii())
}

/// Folds a name the same way as a text (for building patterns and comparing names).
///
/// ```
/// assert_eq!(glaneur::fold::fold("L’Œuvre  Éthiopienne"), "l'oeuvre  ethiopienne");
/// ```
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// [`fold`] without a copy when `s` is folded already (ASCII without capitals: most of the
/// words that rules fold to compare or look up), an owned folded copy otherwise.
///
/// ```
/// use std::borrow::Cow;
/// use glaneur::fold::fold_cow;
/// assert!(matches!(fold_cow("millions d'euros"), Cow::Borrowed("millions d'euros")));
/// assert_eq!(fold_cow("Côte d’Ivoire"), "cote d'ivoire");
/// assert_eq!(fold_cow("OIM"), "oim");
/// ```
pub fn fold_cow(s: &str) -> Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(fold(s))
    }
}

/// Appends the folded form of `s` to `out`, without allocating when `out` has room. Runs of
/// ASCII (most of a name, accents or not) are copied and lower-cased at once.
pub fn fold_into(s: &str, out: &mut String) {
    let mut rest = s;
    while !rest.is_empty() {
        let (run, tail) = rest.split_at(ascii_run(rest.as_bytes()));
        let at = out.len();
        out.push_str(run);
        out[at..].make_ascii_lowercase();
        let Some(c) = tail.chars().next() else {
            break;
        };
        fold_char_into(c, out);
        rest = &tail[c.len_utf8()..];
    }
}

/// Folds and also collapses runs of spaces and trims: the key for comparing names.
pub fn name_key(s: &str) -> String {
    let mut key = String::with_capacity(s.len());
    push_name_key(&mut key, s);
    key
}

/// Appends [`name_key`] of `s` to `out`: an ASCII name is lower-cased (at once when its
/// spaces are single already, as in most names; else word by word), any other is folded in
/// place, then its spaces made single if they are not already.
pub fn push_name_key(out: &mut String, s: &str) {
    if s.is_ascii() {
        if is_normalized(s) {
            let at = out.len();
            out.push_str(s);
            out[at..].make_ascii_lowercase();
            return;
        }
        for (n, w) in s.split_whitespace().enumerate() {
            if n > 0 {
                out.push(' ');
            }
            let at = out.len();
            out.push_str(w);
            out[at..].make_ascii_lowercase();
        }
        return;
    }
    let at = out.len();
    fold_into(s, out);
    if let Cow::Owned(single) = key_of_folded(&out[at..]) {
        out.truncate(at);
        out.push_str(&single);
    }
}

/// [`name_key`] of an already folded text: runs of spaces collapsed, ends trimmed; borrowed
/// when there is nothing to change (most names).
///
/// ```
/// use glaneur::fold::key_of_folded;
/// assert!(matches!(key_of_folded("cote d'ivoire"), std::borrow::Cow::Borrowed(_)));
/// assert_eq!(key_of_folded(" cote  d'ivoire "), "cote d'ivoire");
/// ```
pub fn key_of_folded(folded: &str) -> Cow<'_, str> {
    if is_normalized(folded) {
        Cow::Borrowed(folded)
    } else {
        Cow::Owned(folded.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}

/// Whether `s` has single plain spaces between its words and none at its ends: what
/// [`key_of_folded`] and [`crate::resolve::normalize_name`] would leave as it is.
///
/// Read by runs of visible ASCII (eight bytes at a time), which need no look: a white space
/// other than the plain space is a control byte or starts with one of four lead bytes (U+0085
/// and U+00A0, U+1680, U+2000 to U+205F, U+3000); only then are the characters decoded.
pub(crate) fn is_normalized(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut after_space = true; // a space first would be a leading one
    let mut i = 0;
    loop {
        let rest = bytes.get(i..).unwrap_or_default();
        let run = crate::scan::first_stop(rest, crate::scan::not_visible_ascii, |b| {
            !b.is_ascii_graphic()
        });
        after_space &= run == 0;
        i += run;
        let Some(&b) = bytes.get(i) else {
            break;
        };
        match b {
            b' ' if after_space => return false,
            b' ' => after_space = true,
            0x00..=0x1F | 0xC2 | 0xE1 | 0xE2 | 0xE3 => return is_normalized_chars(s),
            _ => after_space = false,
        }
        i += 1;
    }
    !after_space || s.is_empty()
}

/// [`is_normalized`], character by character.
fn is_normalized_chars(s: &str) -> bool {
    let mut after_space = true;
    for c in s.chars() {
        if c.is_whitespace() {
            if c != ' ' || after_space {
                return false;
            }
            after_space = true;
        } else {
            after_space = false;
        }
    }
    !after_space || s.is_empty()
}

fn fold_char_into(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let s: &str = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'ā' | 'Ā' | 'ă'
        | 'Ă' | 'ą' | 'Ą' => "a",
        'ç' | 'Ç' | 'ć' | 'Ć' | 'č' | 'Č' | 'ĉ' | 'ċ' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' | 'ē' | 'Ē' | 'ė' | 'ę' | 'ě' | 'Ě' | 'ĕ' => {
            "e"
        }
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'ī' | 'ı' | 'İ' | 'į' => "i",
        'ñ' | 'Ñ' | 'ń' | 'ň' | 'Ń' | 'Ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'ō' | 'ő' | 'Ō' => {
            "o"
        }
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'ū' | 'ů' | 'ű' | 'Ū' => "u",
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'ś' | 'š' | 'Ś' | 'Š' | 'ş' | 'Ş' | 'ș' | 'Ș' => "s",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        'ł' | 'Ł' | 'ľ' | 'Ľ' => "l",
        'ř' | 'Ř' => "r",
        'ţ' | 'Ţ' | 'ț' | 'Ț' | 'ť' | 'Ť' => "t",
        'ğ' | 'Ğ' => "g",
        'đ' | 'Đ' | 'ď' | 'Ď' | 'ð' | 'Ð' => "d",
        'œ' | 'Œ' => "oe",
        'æ' | 'Æ' => "ae",
        'ß' => "ss",
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{00B4}' | '\u{2032}' => "'",
        '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{2007}' | '\u{2002}' | '\u{2003}' => " ",
        '\u{2010}' | '\u{2011}' => "-",
        // Combining accents (decomposed text) vanish; their bytes map to nothing.
        '\u{0300}'..='\u{036F}' => "",
        _ => {
            for l in c.to_lowercase() {
                out.push(l);
            }
            return;
        }
    };
    // Most foldings are one ASCII byte (`é` → `e`): pushed as a byte, not copied as a slice.
    match s.as_bytes() {
        [one] => out.push(char::from(*one)),
        _ => out.push_str(s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`one_byte_fold`] is [`fold_char_into`] for the characters it folds, and folds every
    /// letter of Latin-1 that becomes one ASCII letter.
    #[test]
    fn one_byte_folds_are_those_of_the_characters() {
        for c in ('\u{80}'..='\u{7FF}').chain('\u{2000}'..='\u{206F}') {
            let mut folded = String::new();
            fold_char_into(c, &mut folded);
            let mut utf8 = [0; 4];
            let bytes = c.encode_utf8(&mut utf8).as_bytes();
            match one_byte_fold(bytes, 0) {
                Some((f, len)) => {
                    assert_eq!(folded, char::from(f).to_string(), "{c}");
                    assert_eq!(len, c.len_utf8(), "{c}");
                }
                None if ('\u{C0}'..='\u{FF}').contains(&c) => {
                    assert!(folded.len() != 1 || !folded.is_ascii(), "{c}: {folded}");
                }
                None => {}
            }
        }
        assert_eq!(Folded::new("Éà×ÆÿÞ’\u{a0}").text, "ea×aeyþ' ");
    }

    /// The fast paths of [`push_name_key`] (ASCII names with single spaces, ASCII names, the
    /// rest) give the key's definition: the folded words joined by one space.
    #[test]
    fn name_key_is_the_folded_words_joined_by_one_space() {
        for name in [
            "Banque mondiale",
            "FMI",
            "",
            " Fonds  de\tsolidarité ",
            "Union européenne",
            "a  b",
            " a",
            "a ",
            "x\u{b}y",
            "x\u{a0}y",
            "L’OIM",
        ] {
            let words: Vec<String> = name.split_whitespace().map(fold).collect();
            assert_eq!(name_key(name), words.join(" "), "{name:?}");
        }
    }

    #[test]
    fn original_in_order_agrees_with_original() {
        for text in [
            "Œuvre à Genève, Côte d’Ivoire",
            "Ame\u{301}\u{302}rique ß æ İ x",
            "plain ascii",
            "",
        ] {
            let f = Folded::new(text);
            let n = f.text.len();
            let mut next = 0;
            for s in 0..=n {
                for e in 0..=n + 1 {
                    let mut k = next;
                    assert_eq!(
                        f.original_in_order(s, e, &mut k),
                        f.original(s, e),
                        "{text} {s} {e}"
                    );
                }
                f.original_in_order(s, s + 1, &mut next);
            }
        }
    }

    #[test]
    fn bytes_and_characters_agree() {
        let samples = [
            "",
            " ",
            "a",
            "a b",
            "a  b",
            " a",
            "a ",
            "l’OIM",
            "a\u{a0}b",
            "a\u{2009}b",
            "a\u{3000}b",
            "a\u{85}b",
            "a\u{1680}b",
            "a\tb",
            "a\u{b}b",
            "a\u{1c}b",
            "é à",
            "é  à",
            "Côte d’Ivoire ",
        ];
        for s in samples {
            assert_eq!(is_normalized(s), is_normalized_chars(s), "{s:?}");
        }
        for b in 0u8..128 {
            let s = format!("a{}b", char::from(b));
            assert_eq!(is_normalized(&s), is_normalized_chars(&s), "{b}");
        }
    }

    #[test]
    fn maps_back_through_expansions() {
        let text = "Œuvre à Genève";
        let f = Folded::new(text);
        assert_eq!(f.text, "oeuvre a geneve");
        let s = f.text.find("geneve").unwrap();
        let (a, b) = f.original(s, s + 6);
        assert_eq!(&text[a..b], "Genève");
        let (a, b) = f.original(0, 6);
        assert_eq!(&text[a..b], "Œuvre");
    }

    #[test]
    fn folded_at_inverts_original() {
        let text = "é l’OIM";
        let f = Folded::new(text);
        let b = text.find("OIM").unwrap();
        assert_eq!(&f.text[f.folded_at(b)..], "oim");
    }

    /// The map of the first version, one entry per folded byte, as a reference.
    fn dense(original: &str) -> (String, Vec<usize>, Vec<usize>) {
        let (mut text, mut origin, mut origin_end) = (String::new(), Vec::new(), Vec::new());
        for (b, c) in original.char_indices() {
            let before = text.len();
            fold_char_into(c, &mut text);
            for _ in before..text.len() {
                origin.push(b);
                origin_end.push(b + c.len_utf8());
            }
        }
        (text, origin, origin_end)
    }

    #[test]
    fn same_map_as_one_entry_per_byte() {
        for original in [
            "",
            "abc",
            "Œuvre à Genève",
            "e\u{301}te\u{301} Ge\u{301}ne\u{300}ve",
            "\u{301}\u{300}x",
            "«Straße» ÆØ l’ÉTÉ ß",
            "日本 est loin",
        ] {
            let f = Folded::new(original);
            let (text, origin, origin_end) = dense(original);
            assert_eq!(f.text, text);
            for (start, &from) in origin.iter().enumerate() {
                for end in start + 1..=text.len() {
                    let want = (from, origin_end[end - 1].max(from));
                    assert_eq!(f.original(start, end), want, "{original:?} {start}..{end}");
                }
            }
            for o in 0..=original.len() + 1 {
                let want = origin.partition_point(|&x| x < o);
                assert_eq!(f.folded_at(o), want, "{original:?} at {o}");
            }
        }
    }

    #[test]
    fn ascii_runs_by_words() {
        let text = "abcdefghijé klmnopqrstuvwxyz0123456789 «x»".as_bytes();
        for from in 0..text.len() {
            let want = text[from..].iter().take_while(|x| x.is_ascii()).count();
            assert_eq!(ascii_run(&text[from..]), want, "{from}");
        }
    }

    #[test]
    fn fold_cow_is_fold() {
        for s in [
            "",
            "abc",
            "ABC",
            "aBc",
            "é",
            "L’Œuvre",
            "d'euros",
            "x\u{301}",
            "a b  c",
        ] {
            assert_eq!(fold_cow(s), fold(s), "{s:?}");
            assert_eq!(
                matches!(fold_cow(s), Cow::Borrowed(_)),
                fold(s) == s,
                "{s:?}"
            );
        }
    }

    #[test]
    fn combining_accents_vanish() {
        assert_eq!(fold("Ge\u{301}ne\u{300}ve"), "geneve");
    }
}
