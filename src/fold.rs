//! Folding for matching: lower case, no accents, one apostrophe, one kind of space, with a map
//! from every folded byte back to the original text.
//!
//! aho-corasick's case-insensitive mode folds ASCII only, and French names differ from the
//! text in accents and apostrophes (`Cote d'Ivoire`, `Côte d’Ivoire`). So the text is folded
//! once into a buffer and the automata run on it; a match in the buffer maps back to the exact
//! original bytes through [`Folded::original`].
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
    /// For each byte of `text`, the byte offset in the original of the char it came from.
    origin: Vec<u32>,
    /// For each byte of `text`, the end offset in the original of the char it came from.
    origin_end: Vec<u32>,
}

impl Folded {
    pub fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len());
        let mut origin_end = Vec::with_capacity(original.len());
        let bytes = original.as_bytes();
        let mut b = 0;
        while b < bytes.len() {
            // Most of a French text is runs of ASCII: one byte in, one byte out, copied whole.
            let run = bytes[b..].iter().take_while(|x| x.is_ascii()).count();
            if run > 0 {
                let at = text.len();
                text.push_str(&original[b..b + run]);
                text[at..].make_ascii_lowercase();
                origin.extend(b as u32..(b + run) as u32);
                origin_end.extend(b as u32 + 1..(b + run) as u32 + 1);
                b += run;
                continue;
            }
            let Some(c) = original[b..].chars().next() else {
                break;
            };
            let before = text.len();
            fold_char_into(c, &mut text);
            let end = (b + c.len_utf8()) as u32;
            for _ in before..text.len() {
                origin.push(b as u32);
                origin_end.push(end);
            }
            b += c.len_utf8();
        }
        Folded {
            text,
            origin,
            origin_end,
        }
    }

    /// The original byte span of the folded byte span `start..end` (`end > start`).
    pub fn original(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.origin.get(start).copied().unwrap_or(0) as usize;
        let e = if end == 0 {
            0
        } else {
            self.origin_end.get(end - 1).copied().unwrap_or(0) as usize
        };
        (s, e.max(s))
    }

    /// The folded byte offset of an original byte offset (first folded byte at or after it).
    pub fn folded_at(&self, original: usize) -> usize {
        self.origin.partition_point(|&o| (o as usize) < original)
    }

    /// [`Folded::folded_at`], walking forward from the folded offset `from` (at or before the
    /// answer): cheaper than a binary search when offsets are asked for in order.
    ///
    /// ```
    /// let f = glaneur::fold::Folded::new("Œuvre à Genève");
    /// assert_eq!(f.folded_from(10, 0), f.folded_at(10));
    /// assert_eq!(f.folded_from(10, 6), 9);
    /// ```
    pub fn folded_from(&self, original: usize, from: usize) -> usize {
        let rest = self.origin.get(from..).unwrap_or(&[]);
        from + rest
            .iter()
            .take_while(|&&o| (o as usize) < original)
            .count()
    }
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

/// Appends the folded form of `s` to `out`, without allocating when `out` has room.
pub fn fold_into(s: &str, out: &mut String) {
    for c in s.chars() {
        fold_char_into(c, out);
    }
}

/// Folds and also collapses runs of spaces and trims: the key for comparing names.
pub fn name_key(s: &str) -> String {
    key_of_folded(&fold(s)).into_owned()
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
    let single = !folded.starts_with(' ')
        && !folded.ends_with(' ')
        && !folded.contains("  ")
        && !folded.contains(|c: char| c.is_whitespace() && c != ' ');
    if single {
        Cow::Borrowed(folded)
    } else {
        Cow::Owned(folded.split_whitespace().collect::<Vec<_>>().join(" "))
    }
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
    out.push_str(s);
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn combining_accents_vanish() {
        assert_eq!(fold("Ge\u{301}ne\u{300}ve"), "geneve");
    }
}
