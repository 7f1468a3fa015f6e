//! Web boilerplate: regions of a page that are not the article (navigation crumbs, `Lire
//! aussi` links, `Loading...`, share buttons, teaser blocks of other headlines).
//!
//! Cleaning marks regions and never rewrites text, so offsets stay those of the input.
//!
//! # What the marks are for
//! The news gold annotates names wherever they appear: in a title repeated above the body, in
//! a `Lire aussi` line, in a teaser of another article, in a photo credit (`© AIP`,
//! `KEYSTONE/EPA`) or a source line (`Source: La Nouvelle Expression`). So the entity rules do
//! **not** skip boilerplate: skipping it loses true mentions. The regions are for the facts
//! stage, which should not read a fact off a teaser of another article, and for users who want
//! to know which mentions come from the page around the article
//! ([`crate::analysis::Analysis::in_boilerplate`]).

use crate::document::Span;

/// Byte spans of boilerplate lines in `text`.
///
/// ```
/// let text = "Titre\nLire aussi : autre chose\nLe corps.";
/// let spans = glaneur::clean::boilerplate(text);
/// assert_eq!(spans.len(), 1);
/// assert_eq!(spans[0].of(text), "Lire aussi : autre chose");
/// ```
///
/// A link header alone on its line (`Lire aussi`, `You may also like`) also marks the next
/// non-empty line: the headline it introduces.
pub fn boilerplate(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut offset = 0;
    let mut header_before = false;
    for line in lines(text) {
        let body = line.trim_end_matches(['\n', '\r']);
        let trimmed = body.trim();
        if !trimmed.is_empty() {
            let lead = body.len() - body.trim_start().len();
            let span = Span::new(offset + lead, offset + lead + trimmed.len());
            if is_boilerplate_line(trimmed) {
                spans.push(span);
                header_before = is_bare_header(trimmed);
            } else {
                if header_before {
                    spans.push(span);
                }
                header_before = false;
            }
        }
        offset += line.len();
    }
    spans
}

/// The lines of `text` with their line breaks, as `str::split_inclusive('\n')` gives them; the
/// break found by `memchr` (a vector of bytes at a time), where the generic search cost a few
/// instructions per byte of every document, and a scan eight bytes at a time still one or two.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = memchr::memchr(b'\n', rest.as_bytes()).map_or(rest.len(), |newline| newline + 1);
        let (line, tail) = rest.split_at_checked(end)?;
        rest = tail;
        Some(line)
    })
}

/// A link header with nothing after it (`Lire aussi`, `À lire aussi :`).
fn is_bare_header(line: &str) -> bool {
    // Only the start is lower-cased: a line longer than every header is none of them.
    let lower = LowerStart::of(line.trim_end_matches([':', ' ', '»']));
    lower.whole && HEADERS.iter().any(|h| lower.bytes() == h.as_bytes())
}

/// Line starts that introduce links to other content.
const LINK_PREFIXES: &[&str] = &[
    "lire aussi",
    "lire également",
    "lire egalement",
    "à lire aussi",
    "a lire aussi",
    "voir aussi",
    "sur le même sujet",
    "sur le meme sujet",
    "articles similaires",
    "articles liés",
    "en savoir plus",
    "partager",
    "partagez",
    "suivez-nous",
    "abonnez-vous",
    "inscrivez-vous",
    "newsletter",
    "publicité",
    "loading",
    "chargement",
    "cookies",
    "nous utilisons des cookies",
    "tweet",
    "you may also like",
    "vous aimerez aussi",
    "vous aimerez également",
    "à découvrir",
    "a decouvrir",
    "les plus lus",
    "dans la même rubrique",
    "dans la meme rubrique",
    "contenu externe",
    "related",
    "read more",
    "lire la suite",
    "télécharger l'application",
];

/// Headers that introduce a link to another article on the next line.
const HEADERS: &[&str] = &[
    "lire aussi",
    "lire également",
    "lire egalement",
    "à lire aussi",
    "a lire aussi",
    "voir aussi",
    "sur le même sujet",
    "sur le meme sujet",
    "articles similaires",
    "articles liés",
    "you may also like",
    "vous aimerez aussi",
    "vous aimerez également",
    "à découvrir",
    "a decouvrir",
    "les plus lus",
    "dans la même rubrique",
    "dans la meme rubrique",
    "related",
    "read more",
];

/// Whole lines that are interface text.
const INTERFACE_LINES: &[&str] = &[
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "email",
    "imprimer",
    "commentaires",
    "partager sur facebook",
    "partager sur twitter",
    "x",
    "lire la suite",
    "publicité",
];

/// The first two bytes of [`LINK_PREFIXES`] and [`INTERFACE_LINES`] that start with two ASCII
/// bytes: by first byte, a bit per second byte. A line that starts with two ASCII characters
/// can only match one of those (lower-casing keeps ASCII in ASCII).
static FIRST_PAIRS: [u128; 128] = first_pairs();

const fn first_pairs() -> [u128; 128] {
    let mut table = [0; 128];
    let mut i = 0;
    while i < ENTRIES {
        let w = entry(i);
        if w.len() >= 2 && w[0].is_ascii() && w[1].is_ascii() {
            table[w[0] as usize] |= 1 << w[1];
        }
        i += 1;
    }
    table
}

/// The first three bytes of [`LINK_PREFIXES`] and [`INTERFACE_LINES`] that are three bytes
/// long or more, sorted. A line whose lower-cased start is three bytes or more can only match
/// one of those: the test after [`FIRST_PAIRS`], for the lines that pass it (`Le …`, `Les …`)
/// or that start with a character that is not ASCII (`« …`, `Réunion …`).
static FIRST_TRIPLES: [[u8; 3]; first_triples_len()] = first_triples();

/// For each of [`FIRST_TRIPLES`], the length of the longest entry that starts with it: a line
/// starting with that triple is compared with those entries only, and so only that many bytes
/// of its start are lower-cased (`Les …` lines, `En …`, `Dans …` pass the filters, and the
/// longest entry of all is twice as long as most).
static TRIPLE_LONGEST: [usize; first_triples_len()] = triple_longest();

const fn triple_longest() -> [usize; first_triples_len()] {
    let triples = first_triples();
    let mut longest = [0; first_triples_len()];
    let mut k = 0;
    while k < longest.len() {
        let t = triples[k];
        let mut i = 0;
        while i < ENTRIES {
            let w = entry(i);
            if w.len() >= 3 && w[0] == t[0] && w[1] == t[1] && w[2] == t[2] && w.len() > longest[k]
            {
                longest[k] = w.len();
            }
            i += 1;
        }
        k += 1;
    }
    longest
}

/// The entries of [`LINK_PREFIXES`] then [`INTERFACE_LINES`].
const fn entry(i: usize) -> &'static [u8] {
    if i < LINK_PREFIXES.len() {
        LINK_PREFIXES[i].as_bytes()
    } else {
        INTERFACE_LINES[i - LINK_PREFIXES.len()].as_bytes()
    }
}

const ENTRIES: usize = LINK_PREFIXES.len() + INTERFACE_LINES.len();

/// The first three bytes of entry `i`, when it has three.
const fn first_triple(i: usize) -> Option<[u8; 3]> {
    let w = entry(i);
    if w.len() >= 3 {
        Some([w[0], w[1], w[2]])
    } else {
        None
    }
}

/// Whether `x` sorts before `y`.
const fn triple_less(x: [u8; 3], y: [u8; 3]) -> bool {
    x[0] < y[0] || x[0] == y[0] && (x[1] < y[1] || x[1] == y[1] && x[2] < y[2])
}

/// How many distinct triples [`first_triples`] gives.
const fn first_triples_len() -> usize {
    triples().1
}

const fn first_triples() -> [[u8; 3]; first_triples_len()] {
    let table = triples().0;
    let mut out = [[0; 3]; first_triples_len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = table[i];
        i += 1;
    }
    out
}

/// The distinct first triples of the entries, sorted (insertion sort), and their count.
const fn triples() -> ([[u8; 3]; ENTRIES], usize) {
    let mut table = [[0xFF; 3]; ENTRIES];
    let mut len = 0;
    let mut i = 0;
    while i < ENTRIES {
        if let Some(t) = first_triple(i) {
            let mut at = 0;
            while at < len && triple_less(table[at], t) {
                at += 1;
            }
            let known =
                at < len && table[at][0] == t[0] && table[at][1] == t[1] && table[at][2] == t[2];
            if !known {
                let mut k = len;
                while k > at {
                    table[k] = table[k - 1];
                    k -= 1;
                }
                table[at] = t;
                len += 1;
            }
        }
        i += 1;
    }
    (table, len)
}

/// The length in bytes of the longest of [`LINK_PREFIXES`] and [`INTERFACE_LINES`] (the
/// [`HEADERS`] are link prefixes too).
const LONGEST: usize = longest();

const fn longest() -> usize {
    let mut max = 0;
    let mut i = 0;
    while i < ENTRIES {
        let w = entry(i);
        if w.len() > max {
            max = w.len();
        }
        i += 1;
    }
    max
}

/// The lower-cased start of a line, char by char, in a buffer on the stack: at least
/// [`LONGEST`] bytes of it (or the whole line when shorter), enough to compare with every
/// prefix and interface line. Lines are asked one after the other, and a `String` for each
/// cost an allocation per line.
struct LowerStart {
    /// Room for [`LONGEST`] bytes and the longest lower case of one more char.
    buf: [u8; LONGEST + 16],
    len: usize,
    /// Whether the whole line was lower-cased.
    whole: bool,
}

impl LowerStart {
    /// The lower-cased start of `line`: at least [`LONGEST`] bytes of it.
    fn of(line: &str) -> LowerStart {
        LowerStart::at_least(line, LONGEST)
    }

    /// The lower-cased start of `line`: at least `want` bytes of it (at most [`LONGEST`]), or
    /// the whole line when shorter. A few bytes are enough to rule most lines out
    /// ([`FIRST_TRIPLES`]), and lower-casing a start char by char costs more than the tests.
    fn at_least(line: &str, want: usize) -> LowerStart {
        let want = want.min(LONGEST);
        let mut out = LowerStart {
            buf: [0; LONGEST + 16],
            len: 0,
            whole: true,
        };
        // A start in ASCII: its bytes lower-cased at once.
        let n = line.len().min(want);
        let start = line.as_bytes().get(..n).filter(|s| s.is_ascii());
        if let (Some(start), Some(buf)) = (start, out.buf.get_mut(..n)) {
            buf.copy_from_slice(start);
            buf.make_ascii_lowercase();
            out.len = n;
            out.whole = line.len() <= want;
            return out;
        }
        for c in line.chars() {
            if out.len >= want {
                out.whole = false;
                break;
            }
            // Most chars are ASCII: one byte, lower-cased in place of the general mapping.
            if c.is_ascii() {
                if let Some(b) = out.buf.get_mut(out.len) {
                    *b = (c as u8).to_ascii_lowercase();
                    out.len += 1;
                    continue;
                }
            }
            for l in c.to_lowercase() {
                // One char lower-cases to at most three of at most four bytes: the buffer holds
                // them. Were it full, the start would be cut, and a cut start matches nothing.
                let Some(room) = out
                    .buf
                    .get_mut(out.len..)
                    .filter(|r| r.len() >= l.len_utf8())
                else {
                    out.whole = false;
                    return out;
                };
                out.len += l.encode_utf8(room).len();
            }
        }
        out
    }

    fn bytes(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or(&[])
    }
}

/// The first three bytes of the lower-cased `line`, when it has three: read off the line when
/// they are ASCII (most lines), else from the first characters lower-cased.
fn lower_triple(line: &str) -> Option<[u8; 3]> {
    if let [a, b, c, ..] = *line.as_bytes() {
        if a.is_ascii() && b.is_ascii() && c.is_ascii() {
            return Some([a, b, c].map(|x| x.to_ascii_lowercase()));
        }
    }
    match *LowerStart::at_least(line, 3).bytes() {
        [a, b, c, ..] => Some([a, b, c]),
        _ => None,
    }
}

/// Whether a trimmed line is a link line or interface text.
///
/// Only the start of the line is lower-cased ([`LowerStart`]): enough bytes to compare with
/// the longest prefix, and the whole line only when it is short enough to be an interface
/// line. Article paragraphs are long, and lower-casing them whole cost more than all the
/// comparisons.
fn is_boilerplate_line(line: &str) -> bool {
    // Asked of every line: most start with two ASCII letters that no prefix starts with.
    if let [first, second, ..] = line.as_bytes() {
        if first.is_ascii() && second.is_ascii() {
            let pairs = FIRST_PAIRS[usize::from(first.to_ascii_lowercase())];
            if pairs & (1 << second.to_ascii_lowercase()) == 0 {
                return false;
            }
        }
    }
    // The first three bytes lower-cased (the first two or three characters): an entry of
    // three bytes or more starts with them, or the line is none of those. The entries shorter
    // than that (`x`) are whole lines, and a line that lower-cases to three bytes or more is
    // none of them.
    // Then only the entries starting with that triple can match, and a start as long as the
    // longest of them is enough.
    let mut want = LONGEST;
    if let Some(triple) = lower_triple(line) {
        match FIRST_TRIPLES.binary_search(&triple) {
            Ok(k) => want = TRIPLE_LONGEST.get(k).copied().unwrap_or(LONGEST),
            Err(_) => return false,
        }
    }
    let lower = LowerStart::at_least(line, want);
    let start = lower.bytes();
    // The first byte before the rest: a call to compare the rest for each prefix cost more
    // than all the other tests of a line.
    LINK_PREFIXES
        .iter()
        .any(|p| p.as_bytes().first() == start.first() && start.starts_with(p.as_bytes()))
        || lower.whole && INTERFACE_LINES.iter().any(|w| start == w.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_link_lines_and_keeps_offsets() {
        let text = "Le titre\n  Lire aussi : Le Maroc\nLoading...\nLe Maroc a versé.";
        let spans = boilerplate(text);
        let got: Vec<&str> = spans.iter().map(|s| s.of(text)).collect();
        assert_eq!(got, ["Lire aussi : Le Maroc", "Loading..."]);
    }

    #[test]
    fn a_bare_header_marks_the_headline_after_it() {
        let text = "Le corps.\nLire aussi\n\nLe Sénégal signe un accord\nLa suite du corps.";
        let got: Vec<&str> = boilerplate(text).iter().map(|s| s.of(text)).collect();
        assert_eq!(got, ["Lire aussi", "Le Sénégal signe un accord"]);
        let text = "Le corps.\nYou may also like\nUn autre titre";
        let got: Vec<&str> = boilerplate(text).iter().map(|s| s.of(text)).collect();
        assert_eq!(got, ["You may also like", "Un autre titre"]);
    }

    #[test]
    fn boilerplate_lines_are_those_of_the_definition() {
        // The definition: the lower-cased line starts with a link prefix or is an interface line.
        let naive = |line: &str| {
            let lower = line.to_lowercase();
            LINK_PREFIXES.iter().any(|p| lower.starts_with(p))
                || INTERFACE_LINES.iter().any(|w| lower == *w)
        };
        let mut lines: Vec<String> = [
            "Les plus lus",
            "LES PLUS LUS cette semaine",
            "Les plus",
            "Les Plus Lus ÉTÉ",
            "Le Maroc",
            "En savoir plus",
            "En savoir",
            "EN SAVOIR PLUS sur l’OIM",
            "Dans la même rubrique",
            "DANS LA MÊME RUBRIQUE",
            "Dans la meme",
            "À découvrir",
            "À DÉCOUVRIR aussi",
            "À la une",
            "Publicité",
            "PUBLICITÉ",
            "Publié le 3 mai",
            "Partager sur Facebook",
            "Partager sur Twitter !",
            "Commentaires",
            "Commentaire",
            "Communiqué",
            "Télécharger l'application",
            "Télécharger",
            "X",
            "x",
            "xx",
            "Related",
            "Relations",
            "İİİ",
            "Vous aimerez également",
            "Vous aimerez",
            "Articles liés",
            "ARTICLES LIÉS",
            "Articles",
        ]
        .iter()
        .map(|l| l.to_string())
        .collect();
        for entry in LINK_PREFIXES.iter().chain(INTERFACE_LINES) {
            lines.push(entry.to_string());
            lines.push(entry.to_uppercase());
            lines.push(format!("{entry} et la suite"));
            let mut shorter = entry.to_string();
            shorter.pop();
            lines.push(shorter);
        }
        for line in &lines {
            assert_eq!(is_boilerplate_line(line), naive(line), "{line:?}");
        }
    }

    #[test]
    fn interface_lines_in_any_case() {
        for line in [
            "FACEBOOK",
            "X",
            "Loading...",
            "À lire aussi : x",
            "LIRE AUSSI",
        ] {
            assert!(is_boilerplate_line(line), "{line}");
        }
        assert!(!is_boilerplate_line("Le Maroc"));
    }

    #[test]
    fn first_triples_are_sorted_and_complete() {
        assert!(FIRST_TRIPLES.windows(2).all(|w| w[0] < w[1]));
        for w in LINK_PREFIXES.iter().chain(INTERFACE_LINES) {
            if let [a, b, c, ..] = w.as_bytes() {
                assert!(FIRST_TRIPLES.contains(&[*a, *b, *c]), "{w}");
            }
        }
        assert_eq!(
            Some(LONGEST),
            LINK_PREFIXES
                .iter()
                .chain(INTERFACE_LINES)
                .map(|w| w.len())
                .max()
        );
    }

    #[test]
    fn lines_as_split_inclusive() {
        for text in [
            "",
            "\n",
            "a",
            "a\n",
            "a\nb",
            "\n\nab\r\n",
            "une ligne assez longue\n\nune autre, plus longue encore\n",
        ] {
            assert!(lines(text).eq(text.split_inclusive('\n')), "{text:?}");
        }
    }

    #[test]
    fn lower_start_as_char_by_char() {
        for line in [
            "Lire aussi",
            "LIRE AUSSI : une très longue ligne",
            "x",
            "Partager sur Facebook et ailleurs",
            "À lire aussi",
            "Le Royaume du Maroc a annoncé",
            "Le Royaume du Maroc a annonce",
            "Le Royaume du Maroc a annoncé ceci",
            "İstanbul est loin",
        ] {
            let fast = LowerStart::of(line);
            let lower = line.to_lowercase();
            let want: String = lower
                .chars()
                .scan(0, |n, c| {
                    let at = *n;
                    *n += c.len_utf8();
                    (at < LONGEST).then_some(c)
                })
                .collect();
            assert_eq!(fast.bytes(), want.as_bytes(), "{line}");
            assert_eq!(fast.whole, want.len() == lower.len(), "{line}");
        }
    }

    #[test]
    fn article_lines_are_not_boilerplate() {
        assert!(boilerplate("Le Maroc a partagé ses vues.\nIl a versé 10 dollars.").is_empty());
    }
}
