//! French tokenization with byte offsets into the original text.
//!
//! Nothing is rewritten: every [`Token`] is a [`Span`] of the input plus a kind and a few flags,
//! so offsets survive by construction. What is French about it:
//!
//! * elision: `l’OIM`, `d'euros`, `qu’il`, `jusqu’au` give an [`TokenKind::Elision`] token for
//!   `l’` then the word, with `’`, `'` and `ʼ` alike;
//! * numbers: `100 000` (space, U+00A0 or U+202F between groups of three), `1,5`, `2.500`;
//! * hyphenated names stay one word (`Guinée-Bissau`, `Jean-Pierre`);
//! * sentence ends skip abbreviations (`M.`, `Mme.`, `Dr.`, `St.`, initials `J.`) and a line
//!   break always ends a sentence (web titles and datelines stand on their own line).
//!
//! ```
//! use glaneur::tokenize::{tokenize, TokenKind};
//! let text = "L’OIM a reçu 100 000 dollars. M. Dupont l'a dit.";
//! let t = tokenize(text);
//! assert_eq!(t.tokens[0].kind, TokenKind::Elision);
//! assert_eq!(t.tokens[1].span.of(text), "OIM");
//! assert!(t.tokens.iter().any(|k| k.span.of(text) == "100 000"));
//! assert_eq!(t.sentences.len(), 2);
//! ```

use crate::document::Span;
use crate::fold::Folded;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and digits inside words), with inner hyphens and dots of acronyms.
    Word,
    /// An elided article or pronoun with its apostrophe: `l’`, `d'`, `qu’`, `jusqu’`.
    Elision,
    /// Digits, with thousands groups and a decimal part: `100 000`, `1,5`.
    Number,
    /// Any other single character that is not a space.
    Punct,
}

/// One token: its kind, its bytes in the text, and casing flags that rules ask about often.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
    /// The first character is an upper-case letter.
    pub capitalized: bool,
    /// Every letter is upper case and there are at least two of them (`OIM`, `YOKOHAMA`).
    pub all_caps: bool,
    /// Index of the sentence holding the token.
    pub sentence: u32,
}

/// The tokens and sentences of one text.
#[derive(Clone, Debug, Default)]
pub struct Tokens {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Span>,
    /// The folded text (the gazetteer automata run on it): a token's folded form is a slice of
    /// it, and so is its lower-case form when the token is ASCII (most of a French text).
    folded: Folded,
    /// The lower-case forms of the tokens that are not ASCII (they keep their accents, which
    /// folding drops), one after the other.
    lower_forms: String,
    /// Per token: its forms. Rules ask for them many times per token; finding them once here
    /// saves an allocation at each question.
    forms: Vec<Forms>,
}

/// Where a token's forms are: its folded form in [`Tokens::folded`], its lower-case form in
/// [`Tokens::lower_forms`] (or, when `lower` is `None`, the folded form: an ASCII token).
#[derive(Clone, Copy, Debug, Default)]
struct Forms {
    folded: (u32, u32),
    lower: Option<(u32, u32)>,
}

impl Tokens {
    /// The lower-case form of token `i` (`str::to_lowercase` of its text), or `""` past the end.
    ///
    /// ```
    /// let t = glaneur::tokenize::tokenize("L’OIM et Genève");
    /// assert_eq!(t.lower(1), "oim");
    /// assert_eq!(t.lower(3), "genève");
    /// assert_eq!(t.lower(9), "");
    /// ```
    pub fn lower(&self, i: usize) -> &str {
        match self.forms.get(i) {
            Some(Forms {
                lower: Some((s, e)),
                ..
            }) => self.lower_forms.get(*s as usize..*e as usize),
            Some(Forms {
                folded: (s, e),
                lower: None,
            }) => self.folded.text.get(*s as usize..*e as usize),
            None => None,
        }
        .unwrap_or("")
    }

    /// The folded form of token `i` ([`crate::fold::fold`] of its text: lower case, no
    /// accents, one apostrophe), or `""` past the end.
    ///
    /// ```
    /// let t = glaneur::tokenize::tokenize("L’OIM à Genève");
    /// assert_eq!(t.folded(0), "l'");
    /// assert_eq!(t.folded(2), "a");
    /// assert_eq!(t.folded(3), "geneve");
    /// ```
    pub fn folded(&self, i: usize) -> &str {
        self.forms
            .get(i)
            .and_then(|f| {
                self.folded
                    .text
                    .get(f.folded.0 as usize..f.folded.1 as usize)
            })
            .unwrap_or("")
    }

    /// The folded text with its map back to the original.
    pub fn folded_text(&self) -> &Folded {
        &self.folded
    }

    /// Index of the first token starting at or after `byte`.
    pub fn index_at(&self, byte: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < byte)
    }

    /// Index of the sentence containing `byte` (the last one if past the end).
    pub fn sentence_at(&self, byte: usize) -> usize {
        self.sentences
            .partition_point(|s| s.end <= byte)
            .min(self.sentences.len().saturating_sub(1))
    }
}

/// Words that end with a dot but do not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Me", "Mgr", "St", "Ste", "av", "env",
    "etc", "cf", "p", "ex", "vol", "no", "n°", "art", "min", "max", "Cie", "Jr", "Sr", "Gén",
    "Gal", "Col", "Lt", "Cdt", "Sgt", "boul", "bd", "tél", "fig", "éd", "coll", "Vve", "janv",
    "févr", "avr", "juil", "sept", "oct", "nov", "déc", "Prof", "Hon",
];

/// Apostrophes that mark an elision.
pub fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{02BC}' | '\u{2018}' | '`' | '\u{00B4}'
    )
}

/// Spaces that may separate thousands groups: space, no-break space, narrow no-break space,
/// thin space.
pub fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}')
}

/// Hyphens that join the parts of a compound name.
pub fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Elided forms, lower case, without the apostrophe.
const ELISIONS: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
    "quelqu",
];

/// Splits a text into tokens and sentences.
///
/// One pass over the bytes: positions are byte offsets and a character is decoded only where
/// it is not ASCII, so no per-character table is built.
pub fn tokenize(text: &str) -> Tokens {
    tokenize_folded(text, Folded::new(text))
}

/// [`tokenize`] with the text's [`Folded`] form already made (the pipeline folds the text for
/// the gazetteers first): the tokens' folded forms are slices of it.
pub fn tokenize_folded(text: &str, folded: Folded) -> Tokens {
    let n = text.len();
    let mut b = Builder {
        tokens: Vec::with_capacity(n / 5 + 1),
        lower_forms: String::new(),
        forms: Vec::with_capacity(n / 5 + 1),
        next_change: 0,
        folded,
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some((c, len)) = char_at(text, i) {
        if c.is_whitespace() {
            i += len;
            continue;
        }
        let start = i;
        if c.is_ascii_digit() {
            i = scan_number(text, i);
            b.push(text, TokenKind::Number, start, i);
            continue;
        }
        if is_word_char(c) {
            i += len;
            loop {
                // Most of a word is ASCII letters: skip them without decoding.
                while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
                    i += 1;
                }
                let Some((d, dl)) = char_at(text, i) else {
                    break;
                };
                if d.is_ascii() && d != '-' && d != '.' {
                    break;
                }
                let joins = (is_hyphen(d) || d == '.' && is_acronym_dot(text, start, i))
                    && char_at(text, i + dl).is_some_and(|(e, _)| is_word_char(e));
                if !(is_word_char(d) || joins) {
                    break;
                }
                i += dl;
            }
            // Elision: a short word followed by an apostrophe and a letter; in text already
            // split into tokens (`l' Inde`), a space may sit between them.
            if let Some((_, al)) = char_at(text, i).filter(|(a, _)| is_apostrophe(*a)) {
                let letter_at = |j: usize| char_at(text, j).is_some_and(|(l, _)| l.is_alphabetic());
                let after = i + al;
                let followed = letter_at(after)
                    || char_at(text, after).is_some_and(|(sp, _)| sp == ' ')
                        && letter_at(after + 1);
                let word = &text[start..i];
                if followed && ELISIONS.iter().any(|e| word.eq_ignore_ascii_case(e)) {
                    b.push(text, TokenKind::Elision, start, after);
                    i = after;
                    continue;
                }
            }
            b.push(text, TokenKind::Word, start, i);
            continue;
        }
        i += len;
        b.push(text, TokenKind::Punct, start, i);
    }
    let Builder {
        mut tokens,
        lower_forms,
        forms,
        folded,
        ..
    } = b;
    let sentences = split_sentences(text, &mut tokens);
    Tokens {
        tokens,
        sentences,
        folded,
        lower_forms,
        forms,
    }
}

/// Tokens and their forms while they are being found.
struct Builder {
    tokens: Vec<Token>,
    lower_forms: String,
    forms: Vec<Forms>,
    folded: Folded,
    /// For [`Folded::folded_at_in_order`]: tokens come in order.
    next_change: usize,
}

impl Builder {
    /// Adds the token `start..end` of `text`, with its casing flags and forms.
    fn push(&mut self, text: &str, kind: TokenKind, start: usize, end: usize) {
        if let Some(ascii) = text.as_bytes().get(start..end).filter(|s| s.is_ascii()) {
            return self.push_ascii(ascii, kind, start);
        }
        // Not ASCII: folded offsets from the map, a lower-case copy (accents kept), casing
        // from the characters.
        let s = &text[start..end];
        let folded_start = self.folded.folded_at_in_order(start, &mut self.next_change);
        let folded_end = self.folded.folded_at_in_order(end, &mut self.next_change);
        let (mut letters, mut upper) = (0, 0);
        for c in s.chars().filter(|&c| is_alphabetic(c)) {
            letters += 1;
            upper += usize::from(is_uppercase(c));
        }
        let from = self.lower_forms.len() as u32;
        lower_into(s, &mut self.lower_forms);
        self.forms.push(Forms {
            folded: (folded_start as u32, folded_end as u32),
            lower: Some((from, self.lower_forms.len() as u32)),
        });
        self.tokens.push(Token {
            kind,
            span: Span::new(start, end),
            capitalized: s.chars().next().is_some_and(is_uppercase),
            all_caps: letters >= 2 && upper == letters,
            sentence: 0,
        });
    }

    /// [`Builder::push`] of an ASCII token (most of them): one folded byte per byte, no
    /// lower-case copy (the folded form is the lower-case form), casing from the bytes.
    fn push_ascii(&mut self, s: &[u8], kind: TokenKind, start: usize) {
        let folded_start = self.folded.folded_at_in_order(start, &mut self.next_change);
        let (mut lower, mut upper) = (0u32, 0u32);
        for &b in s {
            lower += u32::from(b.is_ascii_lowercase());
            upper += u32::from(b.is_ascii_uppercase());
        }
        self.forms.push(Forms {
            folded: (folded_start as u32, (folded_start + s.len()) as u32),
            lower: None,
        });
        self.tokens.push(Token {
            kind,
            span: Span::new(start, start + s.len()),
            capitalized: s.first().is_some_and(u8::is_ascii_uppercase),
            all_caps: upper >= 2 && lower == 0,
            sentence: 0,
        });
    }
}

/// `char::is_alphabetic`, without a table lookup for the letters of Latin-1 (`é`, `à`, `ç`…).
fn is_alphabetic(c: char) -> bool {
    match c {
        '\u{C0}'..='\u{FF}' => c != '×' && c != '÷',
        _ => c.is_alphabetic(),
    }
}

/// `char::is_uppercase`, without a table lookup for the letters of Latin-1.
fn is_uppercase(c: char) -> bool {
    match c {
        '\u{C0}'..='\u{DE}' => c != '×',
        '\u{DF}'..='\u{FF}' => false,
        _ => c.is_uppercase(),
    }
}

/// Appends `str::to_lowercase(w)` to `out`, char by char (the same result except for a final
/// Greek sigma, left to `to_lowercase`).
fn lower_into(w: &str, out: &mut String) {
    if w.contains('Σ') {
        out.push_str(&w.to_lowercase());
        return;
    }
    for c in w.chars() {
        match c {
            _ if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            // Latin-1 capitals (`É`, `À`, `Ç`…) are their small letter minus 0x20.
            '\u{C0}'..='\u{DE}' if c != '×' => {
                out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c));
            }
            '\u{DF}'..='\u{FF}' => out.push(c),
            _ => out.extend(c.to_lowercase()),
        }
    }
}

/// The character at byte `i` and its length, or `None` at the end (or off a boundary).
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b.is_ascii() {
        return Some((char::from(b), 1));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// The character ending at byte `i`.
fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// `U.S.A` style: a dot inside a word is kept when the parts are single upper-case letters.
fn is_acronym_dot(text: &str, start: usize, dot: usize) -> bool {
    let Some(before) = char_before(text, dot) else {
        return false;
    };
    let one_letter_so_far = dot == start + before.len_utf8();
    before.is_uppercase()
        && (one_letter_so_far || char_before(text, dot - before.len_utf8()) == Some('.'))
}

/// End (exclusive byte offset) of a number starting at byte `i`: digit groups, thousands groups
/// after a group space (`100 000`), one decimal part after `,` or `.`.
fn scan_number(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    let digits = |mut j: usize| {
        let s = j;
        while bytes.get(j).is_some_and(u8::is_ascii_digit) {
            j += 1;
        }
        (j, j - s)
    };
    let (mut end, first_len) = digits(i);
    i = end;
    // Thousands groups: only after a first group of 1 to 3 digits, then groups of exactly 3.
    if first_len <= 3 {
        while let Some((_, sl)) = char_at(text, i).filter(|(c, _)| is_group_space(*c)) {
            let (e, len) = digits(i + sl);
            let followed_by_digit = bytes.get(e).is_some_and(u8::is_ascii_digit);
            if len != 3 || followed_by_digit {
                break;
            }
            i = e;
            end = e;
        }
    }
    // Dotted thousands `2.500.000` or decimal part `1,5` / `1.5`.
    while matches!(bytes.get(i), Some(b',' | b'.'))
        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
    {
        let (e, _) = digits(i + 1);
        i = e;
        end = e;
    }
    end
}

/// Sentence spans, from the first to the last token of each; assigns `Token::sentence`.
fn split_sentences(text: &str, tokens: &mut [Token]) -> Vec<Span> {
    let mut sentences = Vec::new();
    let mut first = 0;
    for i in 0..tokens.len() {
        let t = tokens[i];
        let last = i + 1 == tokens.len();
        let ends = last || ends_sentence(text, tokens, i);
        if ends {
            let span = Span::new(tokens[first].span.start, t.span.end);
            let index = sentences.len() as u32;
            for tok in &mut tokens[first..=i] {
                tok.sentence = index;
            }
            sentences.push(span);
            first = i + 1;
        }
    }
    sentences
}

fn ends_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = tokens[i];
    let next = tokens[i + 1];
    let gap = &text[t.span.end..next.span.start];
    if gap.contains('\n') {
        return true;
    }
    if t.kind != TokenKind::Punct {
        return false;
    }
    let p = t.span.of(text);
    match p {
        "!" | "?" | "…" => !gap.is_empty() && starts_sentence(text, next),
        "." => {
            if gap.is_empty() || !starts_sentence(text, next) {
                return false;
            }
            if i == 0 {
                return true;
            }
            let prev = tokens[i - 1];
            if prev.span.end != t.span.start || prev.kind != TokenKind::Word {
                return true;
            }
            let word = prev.span.of(text);
            let initial = word.chars().count() == 1 && prev.capitalized;
            !(initial || ABBREVIATIONS.contains(&word))
        }
        _ => false,
    }
}

fn starts_sentence(text: &str, t: Token) -> bool {
    t.capitalized
        || t.kind == TokenKind::Number
        || matches!(
            t.span.of(text),
            "«" | "\"" | "“" | "(" | "-" | "–" | "—" | "["
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .tokens
            .iter()
            .map(|t| t.span.of(text))
            .collect()
    }

    #[test]
    fn elision_with_both_apostrophes() {
        assert_eq!(
            words("l’OIM d'euros jusqu’au"),
            ["l’", "OIM", "d'", "euros", "jusqu’", "au"]
        );
        assert_eq!(tokenize("qu'il").tokens[0].kind, TokenKind::Elision);
    }

    #[test]
    fn aujourdhui_is_not_an_elision_of_a_known_form() {
        assert_eq!(words("aujourd'hui"), ["aujourd", "'", "hui"]);
    }

    #[test]
    fn thousands_groups_with_every_space() {
        assert_eq!(words("100 000 dollars"), ["100 000", "dollars"]);
        assert_eq!(words("100\u{a0}000 DH"), ["100\u{a0}000", "DH"]);
        assert_eq!(
            words("1\u{202f}250\u{202f}000 €"),
            ["1\u{202f}250\u{202f}000", "€"]
        );
        assert_eq!(
            words("en 2021 150 personnes"),
            ["en", "2021", "150", "personnes"]
        );
        assert_eq!(words("1,5 million"), ["1,5", "million"]);
    }

    #[test]
    fn hyphenated_names_and_acronyms_with_dots() {
        assert_eq!(
            words("Guinée-Bissau et Jean-Pierre"),
            ["Guinée-Bissau", "et", "Jean-Pierre"]
        );
        assert_eq!(words("les U.S.A."), ["les", "U.S.A", "."]);
    }

    #[test]
    fn sentences_skip_abbreviations_and_initials() {
        let text = "M. Dupont et J. Smith sont là. Mme. Diop aussi ! Puis\nTITRE";
        let t = tokenize(text);
        let s: Vec<&str> = t.sentences.iter().map(|s| s.of(text)).collect();
        assert_eq!(
            s,
            [
                "M. Dupont et J. Smith sont là.",
                "Mme. Diop aussi !",
                "Puis",
                "TITRE"
            ]
        );
    }

    #[test]
    fn flags() {
        let text = "YOKOHAMA – Le Japon";
        let t = tokenize(text);
        assert!(t.tokens[0].all_caps && t.tokens[0].capitalized);
        assert!(!t.tokens[2].all_caps && t.tokens[2].capitalized);
    }

    #[test]
    fn empty_and_spaces() {
        assert!(tokenize("").tokens.is_empty());
        assert!(tokenize(" \n\t ").sentences.is_empty());
    }
}
