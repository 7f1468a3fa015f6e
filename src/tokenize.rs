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
use crate::fold::{FoldWriter, Folded};
use crate::scan::{first_stop, not_alphanumeric, not_small_letter};
use crate::words::WordSet;

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
    /// The token is plain ([`Tokens::is_plain`]).
    pub plain: bool,
}

/// The tokens and sentences of one text.
#[derive(Clone, Debug, Default)]
pub struct Tokens {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Span>,
    /// The folded text (the gazetteer tries run on it). The folded form of every token is a
    /// slice of it, and so is the lower-case form of an ASCII token (the same bytes).
    folded: Folded,
    /// The lower-case forms of the tokens that are not ASCII (`genève`, `l’`, `«`), one after
    /// the other: a few per cent of the tokens. Earlier, one buffer held a copy of the folded
    /// text, a copy of the text and these, so that each form was one slice of one buffer; the
    /// two copies were two bytes of memory per byte of text, first touched on a long document.
    wide: String,
    /// Per token: where its forms are (see [`Forms`]).
    forms: Vec<Forms>,
    /// Where the forms of the tokens that are not ASCII end, in the order of the tokens.
    wide_forms: Vec<WideForms>,
}

/// Where a token is in the text and in the folded text ([`Tokens::extents`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Extent {
    pub text: std::ops::Range<usize>,
    /// Empty for a token that folds to nothing (a combining accent).
    pub folded: std::ops::Range<usize>,
    /// [`Tokens::is_plain`].
    pub plain: bool,
}

/// Where a token's forms are, in eight bytes (there is a token for about five bytes of
/// text). The folded form starts at `folded` in the folded text. An ASCII token has one folded
/// byte per byte and its folded form is its lower-case form: `len` is their length. The other
/// tokens have `len == WIDE | k`, and entry `k` of [`Tokens::wide_forms`] tells the rest.
#[derive(Clone, Copy, Debug, Default)]
struct Forms {
    folded: u32,
    len: u32,
}

/// The bit of [`Forms::len`] that marks a token whose forms are in [`Tokens::wide_forms`].
const WIDE: u32 = 1 << 31;

/// The forms of a token that is not ASCII: its folded form ends at `folded_end` in the folded
/// text, and its lower-case form is `lower` in [`Tokens::wide`].
#[derive(Clone, Copy, Debug, Default)]
struct WideForms {
    folded_end: u32,
    lower: (u32, u32),
}

impl Tokens {
    /// The lower-case form of token `i` (`str::to_lowercase` of its text), or `""` past the end.
    /// The apostrophe of an elision is `’` whichever was written (`‘`, `´`, `` ` ``, `ʼ`) but
    /// `'`, kept: the rules compare elisions with `l'` and `l’`.
    ///
    /// ```
    /// let t = glaneur::tokenize::tokenize("L’OIM et Genève, de l‘Union, l'an");
    /// assert_eq!(t.lower(1), "oim");
    /// assert_eq!(t.lower(3), "genève");
    /// assert_eq!(t.lower(6), "l’");
    /// assert_eq!(t.lower(9), "l'");
    /// assert_eq!(t.lower(19), "");
    /// ```
    #[inline]
    pub fn lower(&self, i: usize) -> &str {
        let Some(&f) = self.forms.get(i) else {
            return "";
        };
        if f.len & WIDE == 0 {
            // An ASCII token: its lower-case form is its folded form.
            return self.folded.text.get(self.folded_range(f)).unwrap_or("");
        }
        self.wide_forms
            .get((f.len & !WIDE) as usize)
            .and_then(|w| self.wide.get(w.lower.0 as usize..w.lower.1 as usize))
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
    #[inline]
    pub fn folded(&self, i: usize) -> &str {
        self.forms
            .get(i)
            .and_then(|&f| self.folded.text.get(self.folded_range(f)))
            .unwrap_or("")
    }

    /// Where the folded form of a token with forms `f` is in the folded text.
    #[inline]
    fn folded_range(&self, f: Forms) -> std::ops::Range<usize> {
        let start = f.folded as usize;
        if f.len & WIDE == 0 {
            return start..start + f.len as usize;
        }
        let end = self
            .wide_forms
            .get((f.len & !WIDE) as usize)
            .map_or(start, |w| w.folded_end as usize);
        start..end
    }

    /// Where each token is in the text and in the folded text, and whether it is plain: what
    /// the gazetteer matcher needs to know of the tokens
    /// ([`crate::gazetteer::Gazetteers::find_in_tokens`]).
    pub fn extents(&self) -> impl Iterator<Item = Extent> + '_ {
        self.tokens.iter().zip(&self.forms).map(|(t, f)| Extent {
            text: t.span.start..t.span.end,
            folded: self.folded_range(*f),
            plain: t.plain,
        })
    }

    /// Whether token `i` is plain: one character, or letters and digits only. No word starts
    /// inside a plain token, in the text or in the folded text (each of its inner characters
    /// follows a letter or a digit, and folding keeps letters letters), so the gazetteer
    /// matcher tries its first byte only, and all the bytes of the other tokens
    /// (`Guinée-Bissau`, `U.S.A`, `l’`, `100 000`).
    ///
    /// ```
    /// let t = glaneur::tokenize::tokenize("Le Maroc, l’OIM, U.S.A, 2021, Genève, «");
    /// let plain: Vec<bool> = (0..t.tokens.len()).map(|i| t.is_plain(i)).collect();
    /// assert_eq!(
    ///     plain,
    ///     [true, true, true, false, true, true, false, true, true, true, true, true, true]
    /// );
    /// ```
    pub fn is_plain(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.plain)
    }

    /// Whether token `i` is all ASCII (then its lower-case form and its folded form are the
    /// same bytes, one per byte of its text); `false` past the end.
    ///
    /// ```
    /// let t = glaneur::tokenize::tokenize("L’OIM à Genève, l'an");
    /// let ascii: Vec<bool> = (0..t.tokens.len()).map(|i| t.is_ascii(i)).collect();
    /// assert_eq!(ascii, [false, true, false, false, true, true, true]);
    /// ```
    #[inline]
    pub fn is_ascii(&self, i: usize) -> bool {
        self.forms.get(i).is_some_and(|f| f.len & WIDE == 0)
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

/// Words that end with a dot but do not end a sentence (a set: the word before each dot is
/// looked up).
static ABBREVIATIONS: WordSet = WordSet::new(&[
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Me", "Mgr", "St", "Ste", "av", "env",
    "etc", "cf", "p", "ex", "vol", "no", "n°", "art", "min", "max", "Cie", "Jr", "Sr", "Gén",
    "Gal", "Col", "Lt", "Cdt", "Sgt", "boul", "bd", "tél", "fig", "éd", "coll", "Vve", "janv",
    "févr", "avr", "juil", "sept", "oct", "nov", "déc", "Prof", "Hon",
]);

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

/// `char::is_alphanumeric`, without a table lookup for Latin-1 and the general punctuation
/// block (`’`, `–`, `«` and the accented letters are most of the non-ASCII characters of a
/// French text).
pub(crate) fn is_word_char(c: char) -> bool {
    match c {
        '\0'..='\u{7F}' => c.is_ascii_alphanumeric(),
        'ª' | 'µ' | 'º' | '²' | '³' | '¹' | '¼' | '½' | '¾' => true,
        '\u{80}'..='\u{BF}' | '\u{2000}'..='\u{206F}' => false,
        '\u{C0}'..='\u{FF}' => c != '×' && c != '÷',
        _ => c.is_alphanumeric(),
    }
}

/// Elided forms, lower case, without the apostrophe.
const ELISIONS: &[&str] = &[
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
    "quelqu",
];

/// The length of the longest of [`ELISIONS`]: a longer word is no elided form.
const LONGEST_ELISION: usize = 6;

/// The lower-case forms of the elisions written with another apostrophe than `'`: each of
/// [`ELISIONS`], in order, with `’`. Every [`Tokens::wide`] starts with them, so that the form
/// of such an elision (`l’`, `d’`, `qu’`: a seventh of the tokens that are not ASCII) is a
/// slice of it, not a copy.
const ELIDED: &str = "l’d’j’m’n’s’t’c’qu’jusqu’lorsqu’puisqu’quoiqu’presqu’quelqu’";

/// Where each form of [`ELIDED`] starts: the forms before it, each its elided word and the
/// three bytes of `’`.
static ELIDED_STARTS: [u32; ELISIONS.len()] = elided_starts();

const fn elided_starts() -> [u32; ELISIONS.len()] {
    let mut starts = [0; ELISIONS.len()];
    let mut k = 1;
    while k < ELISIONS.len() {
        starts[k] = starts[k - 1] + ELISIONS[k - 1].len() as u32 + '’'.len_utf8() as u32;
        k += 1;
    }
    starts
}

/// Byte classes, from [`CLASS`]: what the main loop asks of the byte a token may start at.
/// ASCII whitespace in the sense of `char::is_whitespace` (`\t`, `\n`, `\x0B`, `\x0C`, `\r`,
/// space).
const SPACE: u8 = 1;
const DIGIT: u8 = 2;
const LETTER: u8 = 4;
/// A byte of a character that is not ASCII.
const HIGH: u8 = 8;
/// An upper-case ASCII letter (with [`LETTER`]).
const UPPER: u8 = 16;

/// The class of every byte: one load tells the main loop what may start there, where a
/// decoded `char` and three Unicode tests did.
static CLASS: [u8; 256] = classes();

const fn classes() -> [u8; 256] {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] = if !byte.is_ascii() {
            HIGH
        } else if byte.is_ascii_digit() {
            DIGIT
        } else if byte.is_ascii_uppercase() {
            LETTER | UPPER
        } else if byte.is_ascii_lowercase() {
            LETTER
        } else if matches!(byte, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ') {
            SPACE
        } else {
            0
        };
        b += 1;
    }
    table
}

/// Splits a text into tokens and sentences, with the folded text the tokens' folded forms are
/// slices of (and the gazetteer tries run on: [`Tokens::folded_text`]).
///
/// One pass over the bytes, which folds the text as it goes (a token that is not ASCII is
/// folded when it is found, and every other token's folded offset follows from it): positions
/// are byte offsets and a character is decoded only where
/// it is not ASCII, so no per-character table is built. Each byte a token may start at is
/// classified by a table (`CLASS`), words are read by ASCII runs, and sentences are split as
/// the tokens come (the whitespace skipped between two tokens tells whether a line ends there).
pub fn tokenize(text: &str) -> Tokens {
    let mut b = Builder::new(text);
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        let class = CLASS[usize::from(byte)];
        if class & SPACE != 0 {
            b.newline |= byte == b'\n';
            i += 1;
            continue;
        }
        let start = i;
        if class & DIGIT != 0 {
            i = scan_number(text, i);
            let number = bytes.get(start..i).unwrap_or_default();
            let (ascii, plain) = (number.is_ascii(), number.iter().all(u8::is_ascii_digit));
            b.push(TokenKind::Number, start, i, ascii, false, plain);
            i = skip_one_space(bytes, i);
            continue;
        }
        let (c, len) = if class & HIGH == 0 {
            (char::from(byte), 1)
        } else {
            let Some(c) = text.get(i..).and_then(|s| s.chars().next()) else {
                break;
            };
            (c, c.len_utf8())
        };
        if class & LETTER != 0
            || class & HIGH != 0 && is_word_char(c) && !is_elision_mark(text, start, c)
        {
            let (end, ascii, plain) = scan_word(text, start, len);
            let capital = class & UPPER != 0;
            if let Some((after, quote)) = elision_end(text, start, end, ascii) {
                // Another apostrophe than `'` is written `’` in the lower-case form: not ASCII.
                b.push(TokenKind::Elision, start, after, quote, capital, false);
                i = after;
            } else {
                b.push(TokenKind::Word, start, end, ascii, capital, plain);
                i = skip_one_space(bytes, end);
            }
            continue;
        }
        i += len;
        if class & HIGH != 0 && c.is_whitespace() {
            // A space that is not ASCII (`U+00A0`) is folded: the folded offsets of the tokens
            // after it count from there.
            b.fold.fold_to(i);
            continue;
        }
        // One character: plain.
        b.push(TokenKind::Punct, start, i, len == 1, false, true);
        i = skip_one_space(bytes, i);
    }
    b.finish()
}

/// `i`, or the byte after it when it is a space: most tokens are followed by one, which
/// needs no other turn of the main loop (a plain space is no line break).
#[inline(always)]
fn skip_one_space(bytes: &[u8], i: usize) -> usize {
    i + usize::from(bytes.get(i) == Some(&b' '))
}

/// The end of the word starting at byte `start` with a character of `first_len` bytes,
/// whether the word is all ASCII, and whether it is plain (letters and digits only, see
/// [`Tokens::is_plain`]). Letters and digits, hyphens between them, dots of acronyms.
fn scan_word(text: &str, start: usize, first_len: usize) -> (usize, bool, bool) {
    let bytes = text.as_bytes();
    let mut i = start + first_len;
    let mut ascii = first_len == 1;
    // Plain until a hyphen or a dot joins the word.
    let mut plain = true;
    loop {
        // Most of a word is ASCII letters: skip them eight at a time, without decoding.
        i += alphanumeric_run(bytes, i);
        let Some(&byte) = bytes.get(i) else {
            break;
        };
        let (d, dl) = if byte.is_ascii() {
            if byte != b'-' && byte != b'.' {
                break;
            }
            (char::from(byte), 1)
        } else if is_latin_letter(bytes, i) {
            // `é`, `à`, `ç`…: nearly every character of a French word that is not ASCII, a
            // letter, told by its two bytes without decoding it.
            ascii = false;
            i += 2;
            continue;
        } else {
            let Some(d) = text.get(i..).and_then(|s| s.chars().next()) else {
                break;
            };
            if is_elision_mark(text, i, d) {
                break;
            }
            (d, d.len_utf8())
        };
        let joins = (is_hyphen(d) || d == '.' && is_acronym_dot(text, start, i))
            && char_at(text, i + dl).is_some_and(|(e, _)| is_word_char(e));
        if !(is_word_char(d) || joins) {
            break;
        }
        ascii &= dl == 1;
        plain &= is_word_char(d);
        i += dl;
    }
    (i, ascii, plain)
}

/// Whether the character at byte `i` of `bytes` is a letter of U+00C0 to U+00FF: the lead
/// byte `0xC3`, and a second byte that is not that of `×` or `÷`.
#[inline(always)]
fn is_latin_letter(bytes: &[u8], i: usize) -> bool {
    matches!(bytes.get(i..i + 2), Some(&[0xC3, second]) if second != 0x97 && second != 0xB7)
}

/// The number of ASCII letters and digits from byte `i` of `bytes`. The eight bytes at `i`
/// are tested at once first: most words end within them, and need no loop set up.
#[inline(always)]
fn alphanumeric_run(bytes: &[u8], i: usize) -> usize {
    if let Some(&[b0, b1, b2, b3, b4, b5, b6, b7]) = bytes.get(i..i + 8) {
        let stops = not_alphanumeric(u64::from_le_bytes([b0, b1, b2, b3, b4, b5, b6, b7]));
        if stops != 0 {
            return stops.trailing_zeros() as usize / 8;
        }
    }
    first_stop(bytes.get(i..).unwrap_or_default(), not_alphanumeric, |b| {
        !b.is_ascii_alphanumeric()
    })
}

/// Elision: the word `start..end` is an elided form followed by an apostrophe and a letter;
/// in text already split into tokens (`l' Inde`), a space may sit between them. The end of the
/// elision (after the apostrophe) and whether its apostrophe is `'` (then it is all ASCII, and
/// its lower-case form is its folded form: see [`Tokens::lower`]).
fn elision_end(text: &str, start: usize, end: usize, ascii: bool) -> Option<(usize, bool)> {
    // Elided forms are short and ASCII, and followed by an apostrophe, which starts with one
    // of five bytes: most words are not, and need no look further.
    if !ascii
        || end - start > LONGEST_ELISION
        || !matches!(
            text.as_bytes().get(end),
            Some(b'\'' | b'`' | 0xC2 | 0xCA | 0xE2)
        )
    {
        return None;
    }
    let (_, al) = char_at(text, end).filter(|(a, _)| is_apostrophe(*a))?;
    let letter_at = |j: usize| char_at(text, j).is_some_and(|(l, _)| l.is_alphabetic());
    let after = end + al;
    let followed = letter_at(after)
        || char_at(text, after).is_some_and(|(sp, _)| sp == ' ') && letter_at(after + 1);
    let word = text.get(start..end)?;
    let quote = text.as_bytes().get(end) == Some(&b'\'');
    (followed && ELISIONS.iter().any(|e| word.eq_ignore_ascii_case(e))).then_some((after, quote))
}

/// Tokens, their forms and the sentences while they are being found.
struct Builder<'t> {
    text: &'t str,
    tokens: Vec<Token>,
    /// [`Tokens::wide`] and [`Tokens::wide_forms`].
    wide: String,
    wide_forms: Vec<WideForms>,
    forms: Vec<Forms>,
    /// The folded text, written up to the last token that is not ASCII (or space that is not
    /// ASCII): the bytes after it are ASCII up to the next such token, one folded byte each.
    fold: FoldWriter<'t>,
    sentences: Vec<Span>,
    /// Where the sentence of the last token starts.
    sentence_start: usize,
    /// Whether a line break was skipped since the last token.
    newline: bool,
}

impl<'t> Builder<'t> {
    fn new(text: &'t str) -> Builder<'t> {
        let n = text.len();
        Builder {
            text,
            // First, as when the text was folded before the tokens were found: the order in
            // which the buffers are taken changes the peak memory of a long document.
            fold: FoldWriter::new(text),
            tokens: Vec::with_capacity(n / 5 + 1),
            // The lower-case forms of the tokens that are not ASCII: in a French text about
            // one token in six, a fifth of the bytes (room reserved once, where growing from
            // less copied them several times per document; what is not used is not touched).
            wide: {
                let mut wide = String::with_capacity(n / 4 + ELIDED.len());
                wide.push_str(ELIDED);
                wide
            },
            wide_forms: Vec::with_capacity(n / 24 + 1),
            forms: Vec::with_capacity(n / 5 + 1),
            sentences: Vec::with_capacity(n / 64 + 1),
            sentence_start: 0,
            newline: false,
        }
    }

    /// Adds the token `start..end`, with its casing flags, forms and sentence; `ascii` says
    /// whether its bytes are all ASCII, `capital` whether its first byte is an ASCII capital
    /// (the main loop knows it from the byte's class: most tokens are not, and need no look at
    /// their bytes) and `plain` whether it is plain ([`Tokens::is_plain`]). Inlined: it runs
    /// once per token, and the tokens that are not ASCII go out of line to
    /// [`Builder::wide_forms`].
    #[inline(always)]
    fn push(
        &mut self,
        kind: TokenKind,
        start: usize,
        end: usize,
        ascii: bool,
        capital: bool,
        plain: bool,
    ) {
        // Every character before the token that is not ASCII is folded already (it is in a
        // token that is not ASCII, or a space that is not ASCII): the bytes from there on are
        // ASCII up to the token.
        let folded_start = self.fold.folded_at(start) as u32;
        // (A length that does not fit in `Forms::len` goes the other way.)
        let (forms, capitalized, all_caps) = if ascii && end - start < WIDE as usize {
            // One folded byte per byte, and the folded form is the lower-case form.
            let (capitalized, all_caps) = if capital {
                ascii_casing_at(self.text.as_bytes(), start, end)
            } else {
                // Not starting with a capital: see `ascii_casing`.
                (false, false)
            };
            let len = (end - start) as u32;
            let forms = Forms {
                folded: folded_start,
                len,
            };
            (forms, capitalized, all_caps)
        } else {
            self.wide_forms(kind, start, end, folded_start)
        };
        let span = Span::new(start, end);
        let sentence = self.sentence_of(kind, span, capitalized);
        self.forms.push(forms);
        self.tokens.push(Token {
            kind,
            span,
            capitalized,
            all_caps,
            sentence,
            plain,
        });
    }

    /// The forms and casing flags of a token that is not ASCII, whose folded form starts at
    /// `folded_start`: the token is folded here, its lower-case form (accents kept) appended to
    /// [`Tokens::wide`], where its forms are to [`Tokens::wide_forms`]; casing from the
    /// characters (an elision's from [`Builder::elision_forms`]). Out of line: the ASCII
    /// tokens (most of them) keep a small [`Builder::push`].
    #[inline(never)]
    fn wide_forms(
        &mut self,
        kind: TokenKind,
        start: usize,
        end: usize,
        folded_start: u32,
    ) -> (Forms, bool, bool) {
        // The token folded (and the ASCII after it, up to the next such token).
        self.fold.fold_to(end);
        let folded_end = self.fold.folded_at(end) as u32;
        if kind == TokenKind::Elision {
            return self.elision_forms(start, end, (folded_start, folded_end));
        }
        let s = self.text.get(start..end).unwrap_or_default();
        let from = self.wide.len();
        let mut chars = s.chars();
        let Some(first) = chars.next() else {
            return (
                self.wide_entry(folded_start, folded_end, from),
                false,
                false,
            );
        };
        if let Some(first_may_be_capital) = small_after_first(self.text.as_bytes(), start, end) {
            // Small letters of Latin-1 but maybe the first (`développement`, `État`, `à`):
            // most of these tokens. At most one capital: not all caps.
            let capitalized = if first_may_be_capital {
                let capital = push_lower_char(first, &mut self.wide);
                self.wide.push_str(chars.as_str());
                capital
            } else {
                self.wide.push_str(s);
                false
            };
            return (
                self.wide_entry(folded_start, folded_end, from),
                capitalized,
                false,
            );
        }
        if chars.as_str().is_empty() {
            // One character (`«`, `–`, `…`, `’`): no token of one character is all caps.
            let capitalized = push_lower_char(first, &mut self.wide);
            return (
                self.wide_entry(folded_start, folded_end, from),
                capitalized,
                false,
            );
        }
        let casing = match lower_latin_into(s, &mut self.wide) {
            Some(casing) => casing,
            None => {
                // A character past Latin-1 and the general punctuation: the general way.
                self.wide.truncate(from);
                let casing = WideCasing::of(s);
                if casing.lowers_to_itself {
                    self.wide.push_str(s);
                } else {
                    lower_into(s, &mut self.wide);
                }
                LatinCasing {
                    letters: casing.letters,
                    upper: casing.upper,
                    capitalized: s.chars().next().is_some_and(is_uppercase),
                }
            }
        };
        let forms = self.wide_entry(folded_start, folded_end, from);
        let all_caps = casing.letters >= 2 && casing.upper == casing.letters;
        let capitalized = casing.capitalized;
        (forms, capitalized, all_caps)
    }

    /// [`Builder::wide_forms`] of an elision with another apostrophe than `'` (`l’`, `d‘`,
    /// `Lʼ`, `qu\``): its elided form is ASCII letters ([`elision_end`]), lower-cased, and its
    /// apostrophe is written `’` whichever was typed, so that the rules that ask for `l’` or
    /// `d’` find `de l‘Union` or `lʼOrganisation` as well. Casing is that of the letters (the
    /// apostrophe is no letter, though `ʼ` is one to Unicode).
    fn elision_forms(
        &mut self,
        start: usize,
        end: usize,
        (folded_start, folded_end): (u32, u32),
    ) -> (Forms, bool, bool) {
        let s = self.text.get(start..end).unwrap_or_default();
        let apostrophe = s.chars().next_back().map_or(0, char::len_utf8);
        let word = s.get(..s.len() - apostrophe).unwrap_or_default();
        let (capitalized, all_caps) = ascii_casing(word.as_bytes());
        let elided = ELISIONS
            .iter()
            .position(|e| word.eq_ignore_ascii_case(e))
            .and_then(|k| ELIDED_STARTS.get(k));
        let forms = match elided {
            // Its form in [`ELIDED`], at the start of `wide`.
            Some(&from) => {
                let to = from + (word.len() + '’'.len_utf8()) as u32;
                self.wide_entry_at(folded_start, folded_end, (from, to))
            }
            None => {
                let from = self.wide.len();
                self.wide.push_str(word);
                if let Some(lower) = self.wide.get_mut(from..) {
                    lower.make_ascii_lowercase();
                }
                self.wide.push('\u{2019}');
                self.wide_entry(folded_start, folded_end, from)
            }
        };
        (forms, capitalized, all_caps)
    }

    /// Where the forms of a token that is not ASCII are: its folded form at
    /// `folded_start..folded_end`, its lower-case form from `lower_start` to the end of
    /// [`Tokens::wide`] (just appended).
    fn wide_entry(&mut self, folded_start: u32, folded_end: u32, lower_start: usize) -> Forms {
        let lower = (lower_start as u32, self.wide.len() as u32);
        self.wide_entry_at(folded_start, folded_end, lower)
    }

    /// [`Builder::wide_entry`] of a lower-case form anywhere in [`Tokens::wide`].
    fn wide_entry_at(&mut self, folded_start: u32, folded_end: u32, lower: (u32, u32)) -> Forms {
        let forms = Forms {
            folded: folded_start,
            len: WIDE | self.wide_forms.len() as u32,
        };
        self.wide_forms.push(WideForms { folded_end, lower });
        forms
    }

    /// The sentence of a token about to be pushed: the one of the token before it, or a new
    /// one when that token ends a sentence (a line break between them, or a sentence end).
    /// Inlined into [`Builder::push`], as it runs once per token.
    #[inline(always)]
    fn sentence_of(&mut self, kind: TokenKind, span: Span, capitalized: bool) -> u32 {
        let newline = std::mem::take(&mut self.newline);
        match self.tokens.last() {
            None => self.sentence_start = span.start,
            Some(last) => {
                let ends = newline
                    || last.kind == TokenKind::Punct && may_end_sentence(self.text, last.span) && {
                        let next = Token {
                            kind,
                            span,
                            capitalized,
                            all_caps: false,
                            sentence: 0,
                            plain: false,
                        };
                        ends_sentence(self.text, &self.tokens, next)
                    };
                if ends {
                    self.sentences
                        .push(Span::new(self.sentence_start, last.span.end));
                    self.sentence_start = span.start;
                }
            }
        }
        self.sentences.len() as u32
    }

    fn finish(mut self) -> Tokens {
        if let Some(last) = self.tokens.last() {
            self.sentences
                .push(Span::new(self.sentence_start, last.span.end));
        }
        Tokens {
            tokens: self.tokens,
            sentences: self.sentences,
            folded: self.fold.finish(),
            wide: self.wide,
            wide_forms: self.wide_forms,
            forms: self.forms,
        }
    }
}

/// What the casing flags and the lower-case form of a token that is not ASCII need: its
/// letters, its upper-case letters, whether lower-casing leaves it as it is.
struct WideCasing {
    letters: u32,
    upper: u32,
    lowers_to_itself: bool,
}

impl WideCasing {
    /// Reads ASCII bytes as bytes and decodes only the other characters (an accented word is
    /// mostly ASCII letters).
    fn of(s: &str) -> WideCasing {
        let mut casing = WideCasing {
            letters: 0,
            upper: 0,
            lowers_to_itself: true,
        };
        let bytes = s.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            // An ASCII byte: its class says all, without a branch.
            let class = CLASS[usize::from(b)];
            if class & HIGH == 0 {
                let upper = class & UPPER != 0;
                casing.letters += u32::from(class & LETTER != 0);
                casing.upper += u32::from(upper);
                casing.lowers_to_itself &= !upper;
                i += 1;
                continue;
            }
            let Some(c) = s.get(i..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            if is_alphabetic(c) {
                casing.letters += 1;
                casing.upper += u32::from(is_uppercase(c));
            }
            casing.lowers_to_itself &= lowers_to_itself(c);
            i += c.len_utf8();
        }
        casing
    }
}

/// The casing of a token that [`lower_latin_into`] lower-cased: its letters, its upper-case
/// letters, whether its first character is one.
struct LatinCasing {
    letters: u32,
    upper: u32,
    capitalized: bool,
}

/// Appends `str::to_lowercase(s)` to `out` and returns the casing of `s`, in one pass over
/// its bytes, when its characters are all ASCII, Latin-1 or general punctuation (`é`, `À`,
/// `«`, `’`, `–`: nearly every token that is not ASCII in a French text); `None`, with part of
/// `s` appended, at any other character.
///
/// Where [`WideCasing::of`] then a copy read each byte twice and decoded each character, this
/// reads the lead byte of a character to know it, and copies the runs that lower-casing leaves
/// as they are (most tokens are one run: `développement`, `l’`).
fn lower_latin_into(s: &str, out: &mut String) -> Option<LatinCasing> {
    let bytes = s.as_bytes();
    let mut casing = LatinCasing {
        letters: 0,
        upper: 0,
        capitalized: false,
    };
    // `s[copied..i]` lower-cases to itself and is not yet in `out`.
    let mut copied = 0;
    let mut i = 0;
    loop {
        // Runs of small ASCII letters (most of a word: `d`, `veloppement`) lower-case to
        // themselves and only count as letters: skipped eight bytes at a time.
        let run = first_stop(bytes.get(i..).unwrap_or_default(), not_small_letter, |b| {
            !b.is_ascii_lowercase()
        });
        casing.letters += run as u32;
        i += run;
        let Some(&b) = bytes.get(i) else {
            break;
        };
        let (len, letter, lower) = match b {
            0..=0x7F => {
                let class = CLASS[usize::from(b)];
                let upper = (class & UPPER != 0).then(|| char::from(b.to_ascii_lowercase()));
                (1, class & LETTER != 0, upper)
            }
            // U+0080 to U+00BF: `«`, `»`, the no-break space; three of them are letters, none
            // upper case.
            0xC2 => (2, matches!(bytes.get(i + 1)?, 0xAA | 0xB5 | 0xBA), None),
            // U+00C0 to U+00FF: letters but `×` and `÷`; the capitals (up to U+00DE) are
            // their small letter minus 0x20.
            0xC3 => {
                let c = 0xC0 | (bytes.get(i + 1)? & 0x3F);
                let upper = (c <= 0xDE && c != 0xD7).then(|| char::from(c + 0x20));
                (2, c != 0xD7 && c != 0xF7, upper)
            }
            // U+2000 to U+206F (`’`, `–`, `…`, the narrow no-break space): no letters.
            0xE2 => match (bytes.get(i + 1)?, bytes.get(i + 2)?) {
                (0x80, _) | (0x81, 0x80..=0xAF) => (3, false, None),
                _ => return None,
            },
            _ => return None,
        };
        casing.letters += u32::from(letter);
        if let Some(lower) = lower {
            casing.upper += 1;
            casing.capitalized |= i == 0;
            out.push_str(s.get(copied..i)?);
            out.push(lower);
            copied = i + len;
        }
        i += len;
    }
    out.push_str(s.get(copied..)?);
    Some(casing)
}

/// Appends the lower-case form of `c` to `out` (that of `str::to_lowercase` for a token of
/// one character) and tells whether `c` is upper case. The characters of ASCII, Latin-1 and
/// the general punctuation (nearly all such tokens) are settled without a table: the capitals
/// are their small letter minus 0x20, the others their own lower case.
fn push_lower_char(c: char, out: &mut String) -> bool {
    match c {
        'A'..='Z' | '\u{C0}'..='\u{DE}' if c != '×' => {
            out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c));
            true
        }
        '\0'..='\u{FF}' | '\u{2000}'..='\u{206F}' => {
            out.push(c);
            false
        }
        _ => {
            out.extend(c.to_lowercase());
            is_uppercase(c)
        }
    }
}

/// `0x01` in each byte of a `u128`.
const ONES_16: u128 = u128::MAX / 0xFF;
/// The high bit of each byte of a `u128`.
const HIGH_16: u128 = ONES_16 * 0x80;

/// Whether the token `start..end` of `bytes` is ASCII but capitals and small letters of
/// Latin-1 (U+00E0 to U+00FF) after its first character: `Some(whether that one may be a
/// capital)`, `Some(false)` when it is none; `None` when the token is not such, or longer than
/// 16 bytes, or too near the end of the text to be read as 16 bytes. Then its lower-case form
/// is itself, or itself with its first character lowered.
///
/// Most tokens that are not ASCII are such words (`développement`, `État`, `à`): sixteen
/// bytes tested at once, as one `u128`, where a walk over their characters took a branch or
/// two per byte. Past ASCII, such a letter is the lead byte `0xC3` and a byte from `0xA0` to
/// `0xBF`; a capital of Latin-1 is `0xC3` and a byte below `0xA0` (with `×` and `ß`, which
/// are taken for capitals here: first, lowered as characters; after, left to the general
/// way); every other character past ASCII has another lead byte.
fn small_after_first(bytes: &[u8], start: usize, end: usize) -> Option<bool> {
    let len = end.checked_sub(start).filter(|&len| len <= 16)?;
    let window: [u8; 16] = bytes.get(start..start + 16)?.try_into().ok()?;
    let keep = u128::MAX.checked_shr(8 * (16 - len) as u32).unwrap_or(0);
    let w = u128::from_le_bytes(window) & keep;
    let seven = w & !HIGH_16;
    let at_least_a = seven + ONES_16 * u128::from(0x80 - b'A');
    let above_z = seven + ONES_16 * u128::from(0x7F - b'Z');
    let ascii_capitals = at_least_a & !above_z & !w & HIGH_16;
    let small_latin = equal_bytes(w, 0xC3) | equal_bytes(w & (ONES_16 * 0xE0), 0xA0);
    let others = w & !small_latin & HIGH_16;
    match (ascii_capitals, others) {
        (0, 0) => Some(false),
        // The first byte an ASCII capital, or the second after a `0xC3` first.
        (0x80, 0) => Some(true),
        (0, 0x8000) if w & 0xFF == 0xC3 => Some(true),
        _ => None,
    }
}

/// The high bit set in each byte of `w` equal to `b` (exact for every byte).
fn equal_bytes(w: u128, b: u8) -> u128 {
    let x = w ^ (ONES_16 * u128::from(b));
    // The high bit of `x` or of its seven low bits plus 0x7F: set where `x` is not zero.
    let nonzero = ((x & !HIGH_16) + ONES_16 * 0x7F) | x;
    !nonzero & HIGH_16
}

/// [`ascii_casing`] of the ASCII token `start..end` of `bytes`: for a token of eight bytes or
/// less (most capitalized words: `Maroc`, `OIM`, `Le`) with eight bytes to read from its
/// start, its bytes tested at once, where two walks over them took a branch per byte.
#[inline(always)]
fn ascii_casing_at(bytes: &[u8], start: usize, end: usize) -> (bool, bool) {
    let len = end.saturating_sub(start);
    let window = bytes.get(start..start + 8).filter(|_| len <= 8);
    let Some(Ok(window)) = window.map(<[u8; 8]>::try_from) else {
        return ascii_casing(bytes.get(start..end).unwrap_or_default());
    };
    let token = u64::MAX.checked_shr(8 * (8 - len) as u32).unwrap_or(0);
    let w = u64::from_le_bytes(window) & token;
    let capitals = crate::scan::capitals(w);
    let small = !crate::scan::not_small_letter(w) & crate::scan::HIGH;
    // The bytes after the first.
    let rest = token & !0xFF;
    let capitalized = capitals & 0x80 != 0;
    (
        capitalized,
        capitalized && capitals & rest != 0 && small & rest == 0,
    )
}

/// The casing flags of an ASCII token: capitalized, all caps. A token that does not start with
/// a capital (most of them) is neither: a lower-case letter is no capital, and a digit or a
/// punctuation mark starts a token without letters.
fn ascii_casing(s: &[u8]) -> (bool, bool) {
    match s {
        [first, rest @ ..] if first.is_ascii_uppercase() => {
            let all_caps =
                rest.iter().any(u8::is_ascii_uppercase) && !rest.iter().any(u8::is_ascii_lowercase);
            (true, all_caps)
        }
        _ => (false, false),
    }
}

/// `char::is_alphabetic`, without a table lookup for the letters of Latin-1 (`é`, `à`, `ç`…)
/// and the general punctuation (`’`).
fn is_alphabetic(c: char) -> bool {
    match c {
        '\u{C0}'..='\u{FF}' => c != '×' && c != '÷',
        '\u{2000}'..='\u{206F}' => false,
        _ => c.is_alphabetic(),
    }
}

/// `char::is_uppercase`, without a table lookup for the letters of Latin-1 and the general
/// punctuation.
fn is_uppercase(c: char) -> bool {
    match c {
        '\u{C0}'..='\u{DE}' => c != '×',
        '\u{DF}'..='\u{FF}' | '\u{2000}'..='\u{206F}' => false,
        _ => c.is_uppercase(),
    }
}

/// Whether `c.to_lowercase()` is `c` itself, without the case tables for ASCII, Latin-1 and
/// the general punctuation.
fn lowers_to_itself(c: char) -> bool {
    match c {
        'A'..='Z' => false,
        '\0'..='\u{BF}' | '\u{DF}'..='\u{FF}' | '\u{2000}'..='\u{206F}' => true,
        '\u{C0}'..='\u{DE}' => c == '×',
        _ => {
            let mut lower = c.to_lowercase();
            lower.next() == Some(c) && lower.next().is_none()
        }
    }
}

/// Appends `str::to_lowercase(w)` to `out`, char by char (the same result except for a final
/// Greek sigma, left to `to_lowercase`).
fn lower_into(w: &str, out: &mut String) {
    // `Σ` is the bytes CE A3 (and no other character holds them): a byte test, where
    // `str::contains(char)` was inlined in some builds and a call in others.
    if w.as_bytes().windows(2).any(|pair| pair == [0xCE, 0xA3]) {
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

/// Whether `c`, at byte `i`, is U+02BC `ʼ` (the modifier letter apostrophe, which phones type
/// for `’`) between two letters: there it is an apostrophe (`lʼOrganisation`, elided as
/// `l’Organisation` is), elsewhere a letter, as Unicode has it.
#[inline]
fn is_elision_mark(text: &str, i: usize, c: char) -> bool {
    c == '\u{02BC}' && between_letters(text, i, c.len_utf8())
}

/// Whether the `len` bytes at `i` have a letter before and after them. Out of line: only
/// [`is_elision_mark`] asks, of one rare character.
#[inline(never)]
fn between_letters(text: &str, i: usize, len: usize) -> bool {
    char_before(text, i).is_some_and(char::is_alphabetic)
        && char_at(text, i + len).is_some_and(|(l, _)| l.is_alphabetic())
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

/// Whether the punctuation mark at `span` may end a sentence (`.`, `!`, `?`, `…`), from its
/// first byte: most marks are commas, quotes and dashes, which need no call to
/// [`ends_sentence`].
#[inline(always)]
fn may_end_sentence(text: &str, span: Span) -> bool {
    matches!(
        text.as_bytes().get(span.start),
        Some(b'.' | b'!' | b'?' | 0xE2)
    )
}

/// Whether the last of `tokens`, a punctuation mark, ends a sentence, `next` coming after it
/// on the same line.
#[inline(never)]
fn ends_sentence(text: &str, tokens: &[Token], next: Token) -> bool {
    let Some((t, before)) = tokens.split_last() else {
        return false;
    };
    let gap = next.span.start > t.span.end;
    match t.span.of(text) {
        "!" | "?" | "…" => gap && starts_sentence(text, next),
        "." => {
            if !gap || !starts_sentence(text, next) {
                return false;
            }
            let Some(prev) = before.last() else {
                return true;
            };
            if prev.span.end != t.span.start || prev.kind != TokenKind::Word {
                return true;
            }
            let word = prev.span.of(text);
            let initial = word.chars().count() == 1 && prev.capitalized;
            !(initial || ABBREVIATIONS.contains(word))
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

    /// The one pass of [`lower_latin_into`] gives what the general way gives (the casing of
    /// [`WideCasing::of`], the first character's case, `str::to_lowercase`), or gives up.
    #[test]
    fn latin_lower_case_and_casing_are_the_general_ones() {
        let tokens = [
            "développement",
            "ÉTATS",
            "Éa",
            "À",
            "à",
            "l’",
            "«",
            "»",
            "–",
            "…",
            "\u{a0}",
            "\u{202f}",
            "ªº",
            "µM",
            "×Y",
            "÷",
            "ÞÐßÿ",
            "AÉ",
            "aÉ",
            "Œuvre",
            "ΣΑΣ",
            "İstanbul",
            "\u{2070}\u{2071}",
            "x\u{2064}",
            "Guinée-Bissau",
            "U.S.A",
            "ÀÉÎÕÜÇÑØÝ",
            "",
        ];
        let mut out = String::new();
        for token in tokens {
            out.clear();
            let Some(latin) = lower_latin_into(token, &mut out) else {
                assert!(
                    token
                        .chars()
                        .any(|c| !matches!(c, '\0'..='\u{FF}' | '\u{2000}'..='\u{206F}')),
                    "{token:?}"
                );
                continue;
            };
            let general = WideCasing::of(token);
            assert_eq!(out, token.to_lowercase(), "{token:?}");
            assert_eq!(latin.letters, general.letters, "{token:?}");
            assert_eq!(latin.upper, general.upper, "{token:?}");
            let first_upper = token.chars().next().is_some_and(char::is_uppercase);
            assert_eq!(latin.capitalized, first_upper, "{token:?}");
        }
        // Every character of Latin-1 and the general punctuation, alone and after a letter.
        for c in ('\u{80}'..='\u{FF}').chain('\u{2000}'..='\u{206F}') {
            for token in [c.to_string(), format!("a{c}"), format!("{c}B")] {
                out.clear();
                let latin = lower_latin_into(&token, &mut out);
                let latin = latin.unwrap_or_else(|| panic!("{token:?}"));
                let general = WideCasing::of(&token);
                assert_eq!(out, token.to_lowercase(), "{token:?}");
                assert_eq!(
                    (latin.letters, latin.upper),
                    (general.letters, general.upper),
                    "{token:?}"
                );
                let alphabetic = token.chars().filter(|c| c.is_alphabetic()).count();
                assert_eq!(latin.letters as usize, alphabetic, "{token:?}");
            }
        }
    }

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

    /// Every apostrophe the tokenizer elides on gives the lower-case form the rules compare
    /// with: `’`, or `'` as written.
    #[test]
    fn elisions_lower_case_with_one_apostrophe() {
        let text = "de l‘Union, L´ONU, qu`il, lʼOrganisation, d’Alger, l'OIM, QU‘ILS";
        let t = tokenize(text);
        let elisions: Vec<(&str, &str, bool, bool)> = t
            .tokens
            .iter()
            .enumerate()
            .filter(|(_, k)| k.kind == TokenKind::Elision)
            .map(|(i, k)| (k.span.of(text), t.lower(i), k.capitalized, k.all_caps))
            .collect();
        assert_eq!(
            elisions,
            [
                ("l‘", "l’", false, false),
                ("L´", "l’", true, false),
                ("qu`", "qu’", false, false),
                ("lʼ", "l’", false, false),
                ("d’", "d’", false, false),
                ("l'", "l'", false, false),
                ("QU‘", "qu’", true, true),
            ]
        );
        for (i, k) in t.tokens.iter().enumerate() {
            let s = k.span.of(text);
            assert_eq!(t.folded(i), crate::fold::fold(s), "{s}");
            assert_eq!(t.is_ascii(i), s.is_ascii() && !s.contains('`'), "{s}");
        }
    }

    /// U+02BC is an apostrophe between two letters (elided or not, as `’` is) and a letter
    /// anywhere else.
    #[test]
    fn modifier_letter_apostrophe_between_letters() {
        assert_eq!(words("lʼOrganisation"), ["lʼ", "Organisation"]);
        let curly: Vec<String> = words("aujourd’hui")
            .iter()
            .map(|w| w.replace('’', "ʼ"))
            .collect();
        assert_eq!(words("aujourdʼhui"), curly);
        assert_eq!(words("aujourdʼhui"), ["aujourd", "ʼ", "hui"]);
        assert_eq!(words("ʼa bʼ cʼ1 lʼ"), ["ʼa", "bʼ", "cʼ1", "lʼ"]);
        assert_eq!(tokenize("lʼOrganisation").tokens[1].span.start, "lʼ".len());
    }

    #[test]
    fn alphanumeric_runs_from_every_byte() {
        let text = "Guinée-Bissau abcdefghijklmnop 0123456789x U.S.A l’OIM".as_bytes();
        for i in 0..=text.len() {
            let want = text[i..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
            assert_eq!(alphanumeric_run(text, i), want, "{i}");
        }
    }

    /// [`ELIDED`] is [`ELISIONS`] with `’`, where [`ELIDED_STARTS`] say; every apostrophe
    /// starts with one of the bytes [`elision_end`] looks for.
    #[test]
    fn elided_forms_are_the_elisions_with_a_curly_apostrophe() {
        let joined: String = ELISIONS.iter().map(|e| format!("{e}’")).collect();
        assert_eq!(ELIDED, joined);
        for (e, &at) in ELISIONS.iter().zip(&ELIDED_STARTS) {
            let at = at as usize;
            assert_eq!(&ELIDED[at..at + e.len() + 3], format!("{e}’"));
        }
        for c in ['\'', '\u{2019}', '\u{02BC}', '\u{2018}', '`', '\u{00B4}'] {
            assert!(is_apostrophe(c));
            let mut utf8 = [0; 4];
            let first = c.encode_utf8(&mut utf8).as_bytes()[0];
            assert!(matches!(first, b'\'' | b'`' | 0xC2 | 0xCA | 0xE2), "{c}");
        }
    }

    /// A token of one character has the forms and casing of the general way.
    #[test]
    fn one_character_tokens() {
        for c in ('\0'..='\u{3FF}').chain('\u{2000}'..='\u{2FFF}') {
            let s = c.to_string();
            let mut out = String::new();
            let capitalized = push_lower_char(c, &mut out);
            assert_eq!(out, s.to_lowercase(), "{c:?}");
            assert_eq!(capitalized, c.is_uppercase(), "{c:?}");
        }
    }

    /// [`small_after_first`] says `Some` only of tokens whose lower-case form is themselves
    /// with the first character lowered, and whose only capital can be that one (`Some(false)`
    /// when it is none); and it says it of the common words.
    #[test]
    fn small_letters_after_the_first() {
        let mut words: Vec<String> = [
            "développement",
            "État",
            "Économie",
            "«",
            "à",
            "À",
            "Haïti",
            "ÉTAT",
            "éTé",
            "aÉ",
            "ß",
            "×",
            "Straße",
            "a×b",
            "–",
            "l’",
            "ΣΑΣ",
            "über",
            "Œuvre",
            "vingt-et-unième",
            "déjà-vu-très-long",
            "ABé",
            "Ab1é",
            "µ",
            "²",
            "ÿ",
            "÷",
        ]
        .iter()
        .map(|w| w.to_string())
        .collect();
        for c in ('\u{80}'..='\u{7FF}').chain('\u{2000}'..='\u{206F}') {
            for w in [
                format!("{c}"),
                format!("a{c}é"),
                format!("{c}b"),
                format!("É{c}"),
            ] {
                words.push(w);
            }
        }
        for b in 0..=0x7Fu8 {
            words.push(format!("é{}", char::from(b)));
            words.push(format!("{}é", char::from(b)));
        }
        for w in &words {
            // The token before the end of a text, and at its end.
            let text = format!("{w}{}", "Aé".repeat(8));
            for end in [text.len(), w.len()] {
                let got = small_after_first(&text.as_bytes()[..end], 0, w.len());
                let Some(capitalized) = got else {
                    continue;
                };
                assert!(w.len() <= 16 && end >= 16, "{w:?}");
                let mut chars = w.chars();
                let first = chars.next().unwrap();
                assert!(capitalized || !first.is_uppercase(), "{w:?}");
                let rest = chars.as_str();
                assert!(!rest.chars().any(char::is_uppercase), "{w:?}");
                assert_eq!(rest.to_lowercase(), rest, "{w:?}");
                assert!(w.chars().all(|c| c <= '\u{FF}'), "{w:?}");
            }
        }
        for w in [
            "développement",
            "État",
            "Économie",
            "à",
            "À",
            "Haïti",
            "ÿ",
            "Ça",
        ] {
            let text = format!("{w}{}", " ".repeat(16));
            let got = small_after_first(text.as_bytes(), 0, w.len());
            assert_eq!(got, Some(w.starts_with(char::is_uppercase)), "{w:?}");
        }
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

    /// Every mark [`ends_sentence`] ends a sentence on starts with a byte
    /// [`may_end_sentence`] lets through.
    #[test]
    fn sentence_ends_start_with_the_bytes_looked_for() {
        for mark in ["!", "?", "…", "."] {
            assert!(may_end_sentence(mark, Span::new(0, mark.len())), "{mark}");
        }
        assert!(!may_end_sentence(",", Span::new(0, 1)));
        assert!(!may_end_sentence("«", Span::new(0, 2)));
    }

    /// The folded text written as the tokens come is the text's folding, with the same map.
    #[test]
    fn folded_as_the_tokens_come_is_the_folded_text() {
        for text in [
            "",
            "L’OIM à Genève, l'an 2021 : 100\u{a0}000 $ et 1\u{202f}250 €.",
            "Œuvre ß æ İstanbul ΣΟΦΟΣ Ⓐ ǅ x\u{2064}y",
            "e\u{301}te\u{301} a\u{85}b c\u{2003}d e\u{3000}f \u{1680}g «\u{a0}ok\u{a0}»",
            "\u{301}début, fin\u{300}",
            "lʼOrganisation aujourd’hui d‘Alger QU‘ILS",
            "plain ascii text only",
            "é",
            "\u{a0}",
        ] {
            let t = tokenize(text);
            let f = crate::fold::Folded::new(text);
            assert_eq!(t.folded_text().text, f.text, "{text:?}");
            for o in 0..=text.len() {
                assert_eq!(t.folded_text().folded_at(o), f.folded_at(o), "{text:?} {o}");
            }
            for (i, k) in t.tokens.iter().enumerate() {
                assert_eq!(t.folded(i), crate::fold::fold(k.span.of(text)), "{text:?}");
            }
        }
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
    /// The fast character tests agree with the standard library on every character.
    #[test]
    fn fast_character_tests_are_exact() {
        for c in (0..=0x2_FFFF).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_uppercase(c), c.is_uppercase(), "{c:?}");
            assert_eq!(lowers_to_itself(c), c.to_lowercase().eq([c]), "{c:?}");
        }
    }

    #[test]
    fn latin_letters_by_their_bytes() {
        for c in '\u{80}'..='\u{7FF}' {
            let s = c.to_string();
            let latin = ('\u{C0}'..='\u{FF}').contains(&c) && c.is_alphabetic();
            assert_eq!(is_latin_letter(s.as_bytes(), 0), latin, "{c:?}");
            assert!(!is_latin_letter(&s.as_bytes()[..1], 0), "{c:?}");
        }
    }

    /// [`ascii_casing_at`] is [`ascii_casing`], for tokens of every length at every place.
    #[test]
    fn ascii_casing_at_every_place() {
        let text =
            b"OIM Maroc Le LE A AB Ab aB MAROC-X U.S.A 2021 Z9 ZZZZZZZZ ZZZZZZZz Zzzzzzzzz OK";
        for start in 0..text.len() {
            for end in start..=text.len() {
                assert_eq!(
                    ascii_casing_at(text, start, end),
                    ascii_casing(&text[start..end]),
                    "{start}..{end}"
                );
            }
        }
    }

    #[test]
    fn byte_classes_match_the_char_tests() {
        for b in 0..=u8::MAX {
            let class = CLASS[usize::from(b)];
            let c = char::from(b);
            if !b.is_ascii() {
                assert_eq!(class, HIGH);
                continue;
            }
            assert_eq!(class & SPACE != 0, c.is_whitespace(), "{b}");
            assert_eq!(class & DIGIT != 0, c.is_ascii_digit(), "{b}");
            assert_eq!(class & LETTER != 0, c.is_alphabetic(), "{b}");
            assert_eq!(class & UPPER != 0, c.is_uppercase(), "{b}");
        }
        assert_eq!(
            ELISIONS.iter().map(|e| e.len()).max(),
            Some(LONGEST_ELISION)
        );
    }

    #[test]
    fn forms_of_ascii_and_other_tokens() {
        let text = "L’ÉTÉ à Genève, l'OIM et ΣΟΦΟΣ ; «\u{a0}İstanbul\u{a0}» ǅ Ⓐ";
        let t = tokenize(text);
        for (i, token) in t.tokens.iter().enumerate() {
            let s = token.span.of(text);
            assert_eq!(t.lower(i), s.to_lowercase(), "{s}");
            assert_eq!(t.folded(i), crate::fold::fold(s), "{s}");
            let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
            let all_caps = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
            assert_eq!(token.all_caps, all_caps, "{s}");
            assert_eq!(
                token.capitalized,
                s.chars().next().is_some_and(char::is_uppercase),
                "{s}"
            );
        }
    }
}
