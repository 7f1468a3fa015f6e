//! Long documents in stretches: where to cut a text so that each stretch is read on its own.
//!
//! Reading a document takes about twenty bytes of working memory per byte of text (tokens,
//! candidate mentions, the folded text, the record's entities): a 50 MB document needed a
//! gigabyte, faulted in page by page and walked with a cache miss at every step, so it cost
//! 1.4 times as much per byte as a 1 MB one. [`crate::Extractor::extract`] reads a document of
//! at least two stretches' length as stretches of about the same length, cut at paragraph
//! breaks: the working memory is that of one stretch, and the cost per byte that of a document
//! of that length. What crosses a cut is lost: a surname (`Pope`) is linked to a full name
//! (`Amy Pope`), an anaphor to its referent, a name to what a rule learnt of it elsewhere, only
//! within the stretch. At the default of 1 MiB a stretch holds a hundred or more articles: a
//! news article is never cut.

use std::ops::Range;

use memchr::memmem;

/// The default least length of a stretch, in bytes: 1 MiB (a document under 2 MiB is read
/// whole).
pub const DEFAULT_BYTES: usize = 1 << 20;

/// The stretches of `text`, in order, covering it: `text.len() / least` of them (one when the
/// text is shorter than twice `least`), each cut at the paragraph break (`\n\n`) nearest to an
/// even share of the text, else the line break, else the space nearest to it. Every cut is a
/// character boundary, and with a paragraph or line break it is a sentence boundary too (a line
/// break ends a sentence, see [`crate::tokenize`]).
///
/// ```
/// use glaneur::stretch::stretches;
/// let text = "Un premier paragraphe.\n\nUn deuxième paragraphe.\n\nUn troisième paragraphe.";
/// let cuts = stretches(text, 20);
/// assert_eq!(cuts.len(), 3);
/// assert_eq!(&text[cuts[1].clone()], "Un deuxième paragraphe.\n\n");
/// assert_eq!(cuts.last().unwrap().end, text.len());
/// assert_eq!(stretches(text, 1 << 20), vec![0..text.len()]);
/// ```
pub fn stretches(text: &str, least: usize) -> Vec<Range<usize>> {
    let count = (text.len() / least.max(1)).max(1);
    let mut cuts = Vec::with_capacity(count);
    let mut start = 0;
    for k in 1..count {
        let target = k * (text.len() / count);
        // Within half a share of the even cut, so that no stretch is less than half a share.
        let reach = text.len() / count / 2;
        let lo = target.saturating_sub(reach).max(start + 1);
        let hi = (target + reach).min(text.len());
        if lo >= hi {
            continue;
        }
        let end = cut_near(text, lo..hi, target.clamp(lo, hi));
        if end > start && end < text.len() {
            cuts.push(start..end);
            start = end;
        }
    }
    cuts.push(start..text.len());
    cuts
}

/// A cut within `window` nearest to `target`: after a paragraph break, else after a line break,
/// else after a space, else at the character boundary at or before `target`.
fn cut_near(text: &str, window: Range<usize>, target: usize) -> usize {
    let bytes = text.as_bytes();
    let nearest = |needle: &[u8]| -> Option<usize> {
        let after = memmem::find(&bytes[target..window.end], needle).map(|i| target + i);
        let before = memmem::rfind(&bytes[window.start..target], needle).map(|i| window.start + i);
        let cut = match (before, after) {
            (Some(b), Some(a)) => {
                if target - b <= a - target {
                    b
                } else {
                    a
                }
            }
            (b, a) => b.or(a)?,
        };
        Some(cut + needle.len())
    };
    nearest(b"\n\n")
        .or_else(|| nearest(b"\n"))
        .or_else(|| nearest(b" "))
        .unwrap_or_else(|| {
            let mut cut = target;
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            cut
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, least: usize) -> Vec<Range<usize>> {
        let cuts = stretches(text, least);
        assert_eq!(cuts.first().map(|r| r.start), Some(0));
        assert_eq!(cuts.last().map(|r| r.end), Some(text.len()));
        for pair in cuts.windows(2) {
            assert_eq!(pair[0].end, pair[1].start);
        }
        for r in &cuts {
            assert!(r.start < r.end || text.is_empty(), "{r:?}");
            assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        }
        cuts
    }

    #[test]
    fn a_short_text_is_one_stretch() {
        assert_eq!(check("", 10), vec![0..0]);
        assert_eq!(check("Court.", 10), vec![0..6]);
        assert_eq!(check("Dix-neuf caractères", 11), vec![0..20]);
    }

    #[test]
    fn cuts_prefer_paragraphs_then_lines_then_spaces() {
        let para = "Une ligne.\nUne autre ligne.\n\nUn paragraphe après.\nEt la fin.";
        let cuts = check(para, para.len() / 2);
        assert_eq!(cuts.len(), 2);
        assert!(para[..cuts[0].end].ends_with("\n\n"));

        let lines = "Première ligne du texte.\nDeuxième ligne du texte.\nTroisième.";
        let cuts = check(lines, lines.len() / 2);
        assert_eq!(cuts.len(), 2);
        assert!(lines[..cuts[0].end].ends_with('\n'));

        let words = "mot ".repeat(50);
        let cuts = check(&words, 40);
        assert_eq!(cuts.len(), 5);
        assert!(cuts.iter().all(|r| words[r.clone()].ends_with(' ')));
    }

    #[test]
    fn a_text_without_spaces_is_cut_at_character_boundaries() {
        let text = "é".repeat(101);
        let cuts = check(&text, 25);
        assert_eq!(cuts.len(), 8);
        let odd = format!("a{}", "€".repeat(40));
        check(&odd, 7);
    }

    /// Stretches are about the same length: none shorter than half an even share.
    #[test]
    fn stretches_are_even() {
        let text = "Un paragraphe assez court.\n\n".repeat(400);
        let cuts = check(&text, 1000);
        assert_eq!(cuts.len(), text.len() / 1000);
        let share = text.len() / cuts.len();
        for r in &cuts {
            assert!(
                r.len() >= share / 2 && r.len() <= share * 2,
                "{r:?} of {share}"
            );
        }
    }
}
