//! Web boilerplate: regions of a page that are not the article (navigation crumbs, `Lire
//! aussi` links, `Loading...`, share buttons, teaser blocks of other headlines).
//!
//! Cleaning marks regions and never rewrites text, so offsets stay those of the input.

use crate::document::Span;

/// Byte spans of boilerplate lines in `text`.
///
/// ```
/// let text = "Titre\nLire aussi : autre chose\nLe corps.";
/// let spans = glaneur::clean::boilerplate(text);
/// assert_eq!(spans.len(), 1);
/// assert_eq!(spans[0].of(text), "Lire aussi : autre chose");
/// ```
pub fn boilerplate(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let trimmed = body.trim();
        if !trimmed.is_empty() && is_boilerplate_line(trimmed) {
            let lead = body.len() - body.trim_start().len();
            spans.push(Span::new(offset + lead, offset + lead + trimmed.len()));
        }
        offset += line.len();
    }
    spans
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

fn is_boilerplate_line(line: &str) -> bool {
    let lower = line.to_lowercase();
    LINK_PREFIXES.iter().any(|p| lower.starts_with(p)) || INTERFACE_LINES.contains(&lower.as_str())
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
    fn article_lines_are_not_boilerplate() {
        assert!(boilerplate("Le Maroc a partagé ses vues.\nIl a versé 10 dollars.").is_empty());
    }
}
