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
    for line in text.split_inclusive('\n') {
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

/// A link header with nothing after it (`Lire aussi`, `À lire aussi :`).
fn is_bare_header(line: &str) -> bool {
    let lower = line.trim_end_matches([':', ' ', '»']).to_lowercase();
    HEADERS.contains(&lower.as_str())
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
    while i < LINK_PREFIXES.len() + INTERFACE_LINES.len() {
        let w = if i < LINK_PREFIXES.len() {
            LINK_PREFIXES[i].as_bytes()
        } else {
            INTERFACE_LINES[i - LINK_PREFIXES.len()].as_bytes()
        };
        if w.len() >= 2 && w[0].is_ascii() && w[1].is_ascii() {
            table[w[0] as usize] |= 1 << w[1];
        }
        i += 1;
    }
    table
}

/// Whether a trimmed line is a link line or interface text.
///
/// Only the start of the line is lower-cased: enough bytes to compare with the longest
/// prefix, and the whole line only when it is short enough to be an interface line. Article
/// paragraphs are long, and lower-casing them whole cost more than all the comparisons.
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
    let longest = LINK_PREFIXES
        .iter()
        .chain(INTERFACE_LINES)
        .map(|w| w.len())
        .max()
        .unwrap_or(0);
    let mut start = String::with_capacity(longest + 8);
    let mut whole = true;
    for c in line.chars() {
        if start.len() >= longest {
            whole = false;
            break;
        }
        start.extend(c.to_lowercase());
    }
    LINK_PREFIXES.iter().any(|p| start.starts_with(p))
        || whole && INTERFACE_LINES.contains(&start.as_str())
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
    fn article_lines_are_not_boilerplate() {
        assert!(boilerplate("Le Maroc a partagé ses vues.\nIl a versé 10 dollars.").is_empty());
    }
}
