//! DATE: calendar dates, months and years, normalized to ISO 8601 at the precision written.
//!
//! | rule | example | value |
//! |---|---|---|
//! | `date.weekday_day_month` | `lundi 29 juillet`, `Monday, 1 February 2016` | `2025-07-29` (year from the publication date), `2016-02-01` |
//! | `date.day_month_year` | `3 mars 2024`, `1er janvier 2007` | `2024-03-03` |
//! | `date.day_month` | `25 juillet` | `2025-07-25`, or `--07-25` without a publication date |
//! | `date.month_day_year` | `February 1, 2016` | `2016-02-01` |
//! | `date.numeric` | `29/07/2025`, `2025-07-29`, `2025/7/25`, `29.07.2025` | `2025-07-29` |
//! | `date.month_year` | `décembre 2018` | `2018-12` |
//! | `date.month` | `juin`, `mi-juin` (the month only) | `--06`, or `2025-06` with a publication date |
//! | `date.range` | `2023-2028` (two mentions) | `2023`, `2028` |
//! | `date.year` | `en 1998`, `(2020)` | `1998` |
//!
//! A weekday belongs to its date; `prochain`, `dernier`, `le` do not. A weekday alone
//! (`mardi`) and relative words (`hier`) are not dates. When the written weekday does not fit
//! the resolved date, the value is kept and a `weekday_mismatch` warning is recorded.
//!
//! Years are four-digit numbers from 1800 to 2100 standing on their own; not amounts
//! (`2 000`, `2000 dollars`), not counts (`2017 personnes`, `les 1800 participants`).

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::analysis::Analysis;
use crate::document::{days_in_month, DateValue, EntityType, Mention, PubDate, Span, Value};
use crate::gazetteer::Target;
use crate::record::Warning;
use crate::rules::number::{inside_known_name, scale, ValueStarts, WordStarts};
use crate::rules::priority;
use crate::tokenize::{Token, TokenKind};

/// Month names, folded, with their number. `abbreviation` ones need a dot (`janv.`), English
/// ones a capital and a day or year next to them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MonthForm {
    French,
    Abbreviation,
    English,
}

const MONTHS: &[(&str, u8, MonthForm)] = &[
    ("janvier", 1, MonthForm::French),
    ("fevrier", 2, MonthForm::French),
    ("mars", 3, MonthForm::French),
    ("avril", 4, MonthForm::French),
    ("mai", 5, MonthForm::French),
    ("juin", 6, MonthForm::French),
    ("juillet", 7, MonthForm::French),
    ("aout", 8, MonthForm::French),
    ("septembre", 9, MonthForm::French),
    ("octobre", 10, MonthForm::French),
    ("novembre", 11, MonthForm::French),
    ("decembre", 12, MonthForm::French),
    ("janv", 1, MonthForm::Abbreviation),
    ("fevr", 2, MonthForm::Abbreviation),
    ("fev", 2, MonthForm::Abbreviation),
    ("avr", 4, MonthForm::Abbreviation),
    ("juil", 7, MonthForm::Abbreviation),
    ("sept", 9, MonthForm::Abbreviation),
    ("oct", 10, MonthForm::Abbreviation),
    ("nov", 11, MonthForm::Abbreviation),
    ("dec", 12, MonthForm::Abbreviation),
    ("january", 1, MonthForm::English),
    ("february", 2, MonthForm::English),
    ("march", 3, MonthForm::English),
    ("april", 4, MonthForm::English),
    ("may", 5, MonthForm::English),
    ("june", 6, MonthForm::English),
    ("july", 7, MonthForm::English),
    ("august", 8, MonthForm::English),
    ("september", 9, MonthForm::English),
    ("october", 10, MonthForm::English),
    ("november", 11, MonthForm::English),
    ("december", 12, MonthForm::English),
];

/// Weekday names, folded, 0 = Monday (as [`PubDate::weekday`]).
const WEEKDAYS: &[(&str, u8)] = &[
    ("lundi", 0),
    ("mardi", 1),
    ("mercredi", 2),
    ("jeudi", 3),
    ("vendredi", 4),
    ("samedi", 5),
    ("dimanche", 6),
    ("monday", 0),
    ("tuesday", 1),
    ("wednesday", 2),
    ("thursday", 3),
    ("friday", 4),
    ("saturday", 5),
    ("sunday", 6),
];

/// Whether a word is a French month or weekday name (`février`, `Lundi`): rules elsewhere stop
/// names and titles at such words.
///
/// ```
/// assert!(glaneur::rules::date::is_calendar_word("Février"));
/// assert!(!glaneur::rules::date::is_calendar_word("fevr"));
/// ```
pub fn is_calendar_word(word: &str) -> bool {
    // Most words asked are names: rejected by their first letter or their length before any
    // comparison. A word starting with a non-ASCII letter (`Éric`) takes the slow path.
    if let Some(&first) = word.as_bytes().first() {
        if first.is_ascii() && !CALENDAR_INITIALS.contains(&first.to_ascii_lowercase()) {
            return false;
        }
    }
    // An ASCII word folds to its lower case: compared as it is, without folding it into a new
    // string (most words asked are ASCII).
    if word.is_ascii() {
        if !(CALENDAR_WORD_LEN.0..=CALENDAR_WORD_LEN.1).contains(&word.len()) {
            return false;
        }
        let is = |name: &&str| name.eq_ignore_ascii_case(word);
        return MONTHS
            .iter()
            .any(|(m, _, form)| *form == MonthForm::French && is(m))
            || WEEKDAY_NAMES.iter().any(is);
    }
    let w = crate::fold::fold_cow(word);
    MONTHS
        .iter()
        .any(|(m, _, form)| *form == MonthForm::French && *m == w)
        || WEEKDAY_NAMES.contains(&w.as_ref())
}

/// The first letters of the French month and weekday names (a test checks them).
const CALENDAR_INITIALS: &[u8] = b"adfjlmnosv";

/// The shortest and longest French month or weekday name (`mai`, `septembre`).
const CALENDAR_WORD_LEN: (usize, usize) = (3, 9);

const WEEKDAY_NAMES: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];

/// Words before a four-digit number that make it a count, not a year (`les 1800 délégués`).
/// Compared with the word as written, in lower case: `des 1800 délégués` is a count but
/// `dès 1998` a year.
const COUNT_BEFORE: &[&str] = &[
    "les", "des", "ces", "ses", "leurs", "nos", "vos", "environ", "quelque", "quelques", "n°",
    "no", "°", "numéro", "numero", "article", "art", "page", "p", "tél", "tel", "km", "+",
];

/// Words after a four-digit number that make it a count (`2017 personnes`).
const COUNT_AFTER: &[&str] = &[
    "personnes",
    "habitants",
    "morts",
    "victimes",
    "blesses",
    "refugies",
    "enfants",
    "femmes",
    "hommes",
    "eleves",
    "etudiants",
    "emplois",
    "membres",
    "participants",
    "delegues",
    "km",
    "kilometres",
    "metres",
    "m",
    "kg",
    "tonnes",
    "hectares",
    "ha",
    "euros",
    "dollars",
    "%",
    "fois",
    "ans",
    "jours",
    "heures",
    "h",
    "mw",
    "logements",
    "familles",
    "menages",
    "soldats",
    "agents",
    "salaries",
    "medecins",
    "lits",
    "ecoles",
    "points",
    "voix",
    "sieges",
];

/// One date found at a token.
#[derive(Clone, Copy, Debug)]
struct Found {
    span: Span,
    value: DateValue,
    rule: &'static str,
    /// The written weekday, to check against the value.
    weekday: Option<u8>,
    /// Index of the first token after the date.
    next: usize,
}

/// The dates a rule finds at a token: one, or two for a range (`2023-2028`). On the stack:
/// number tokens are many, and a `Vec` for each date found cost an allocation.
#[derive(Clone, Copy, Debug)]
struct Dates {
    list: [Found; 2],
    len: usize,
}

impl Dates {
    fn one(f: Found) -> Dates {
        Dates {
            list: [f, f],
            len: 1,
        }
    }

    fn two(first: Found, second: Found) -> Dates {
        Dates {
            list: [first, second],
            len: 2,
        }
    }

    fn as_slice(&self) -> &[Found] {
        self.list.get(..self.len).unwrap_or(&[])
    }

    fn as_mut_slice(&mut self) -> &mut [Found] {
        self.list.get_mut(..self.len).unwrap_or(&mut [])
    }
}

/// Adds date candidates (and `weekday_mismatch` warnings).
pub fn find(a: &mut Analysis) {
    let values = ValueStarts::new(a);
    find_in(a, &values);
}

/// [`find`] with the document's [`ValueStarts`] at hand: the rules are asked only at the
/// tokens where a date may start (a number, a month or weekday name, `premier`, `mi-`).
pub fn find_in(a: &mut Analysis, values: &ValueStarts) {
    let mut found = Vec::new();
    // The tokens before `resume` belong to a date found already.
    let mut resume = 0;
    for i in values.with(ValueStarts::NUMBER | ValueStarts::DATE_WORD) {
        if i < resume {
            continue;
        }
        // The rules in their order, each asked only of the kind of token it starts with.
        let number = tok(a, i).is_some_and(|t| t.kind == TokenKind::Number);
        let got = if number {
            numeric(a, i)
                .or_else(|| day_month(a, i, None))
                .or_else(|| year_range(a, i))
                .or_else(|| year(a, i))
        } else {
            weekday_date(a, i)
                .or_else(|| day_month(a, i, None))
                .or_else(|| month_day_year(a, i))
                .or_else(|| month_year(a, i))
                .or_else(|| bare_month(a, i))
                .or_else(|| mid_year(a, i))
        };
        if let Some(list) = got {
            let list = list.as_slice();
            resume = list.last().map_or(i + 1, |f| f.next.max(i + 1));
            found.extend_from_slice(list);
        }
    }
    // Boilerplate lines (`Lire aussi : …`) are kept: a date there is still a date.
    for f in found {
        if inside_known_name(a, f.span) {
            continue;
        }
        if let Some(w) = weekday_mismatch(a, &f) {
            a.warnings.push(w);
        }
        a.candidates.push(
            Mention::new(EntityType::Date, f.span, f.rule)
                .with_value(Value::Date(f.value))
                .with_priority(priority::VALUE),
        );
    }
}

/// The cheap test of a word token before the rules ([`ValueStarts::DATE_WORD`]): a date
/// starts with a number, a weekday, a month, `premier` or `mi-`.
pub(crate) fn may_start_date_word(a: &Analysis, t: &Token, i: usize) -> bool {
    // Asked of every word that passed the first bytes' test: most are rejected on the first
    // three bytes of their text, before any slicing or look-up. ASCII bytes fold to
    // themselves in lower case, so they are the start of the folded form too.
    //
    // One or two ASCII letters fold to as many bytes: no name is that short (and a word
    // of two bytes that are not ASCII is one letter). The length needs no memory read.
    if t.span.len() < 3 {
        return false;
    }
    let start = a.text.as_bytes().get(t.span.start..t.span.start + 3);
    if !start.is_some_and(|w| DATE_WORD_STARTS.may_start(w)) {
        return false;
    }
    let written = t.span.of(a.text);
    let starts = |p: &str| {
        written
            .get(..p.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(p))
    };
    if written.len() > 12 && !starts("mi-") {
        return false;
    }
    let k = a.tokens.folded(i);
    k.starts_with("mi-") || k == "premier" || calendar_name(k).is_some()
}

/// The month and weekday names, folded ([`MONTHS`], [`WEEKDAYS`]).
pub(crate) fn calendar_words() -> impl Iterator<Item = &'static str> {
    let months = MONTHS.iter().map(|&(w, _, _)| w);
    months.chain(WEEKDAYS.iter().map(|&(w, _)| w))
}

/// The first three letters of the words a date starts with: the calendar names, `mi-` and
/// `premier`.
static DATE_WORD_STARTS: WordStarts = date_word_starts();

pub(crate) const fn date_word_starts() -> WordStarts {
    let mut starts = WordStarts::EMPTY.with(b"mi-").with(b"premier");
    let mut i = 0;
    while i < MONTHS.len() {
        starts = starts.with(MONTHS[i].0.as_bytes());
        i += 1;
    }
    let mut i = 0;
    while i < WEEKDAYS.len() {
        starts = starts.with(WEEKDAYS[i].0.as_bytes());
        i += 1;
    }
    starts
}

fn weekday_mismatch(a: &Analysis, f: &Found) -> Option<Warning> {
    let written = f.weekday?;
    let day = PubDate::new(f.value.year?, f.value.month?, f.value.day?)?;
    let actual = day.weekday();
    (actual != written).then(|| {
        let message = format!(
            "`{}` is written as a {} but {day} is a {}",
            f.span.of(a.text),
            WEEKDAY_NAMES[usize::from(written)],
            WEEKDAY_NAMES[usize::from(actual)]
        );
        Warning::at("weekday_mismatch", message, f.span)
    })
}

fn tok<'s>(a: &'s Analysis, i: usize) -> Option<&'s Token> {
    a.tokens.tokens.get(i)
}

/// The folded form of token `i`.
fn key<'a>(a: &'a Analysis, i: usize) -> Option<&'a str> {
    tok(a, i).map(|_| a.tokens.folded(i))
}

/// A month or weekday name, folded.
#[derive(Clone, Copy, Debug)]
enum CalendarName {
    Month(u8, MonthForm),
    Weekday(u8),
}

/// The month or weekday a folded word names: [`MONTHS`] and [`WEEKDAYS`] in one hash map,
/// built on first use, since every short word of every document is asked.
fn calendar_name(folded: &str) -> Option<CalendarName> {
    // Most words are rejected on their length or their first two letters, without hashing.
    let (3..=LONGEST_CALENDAR_NAME, [first, second, ..]) = (folded.len(), folded.as_bytes()) else {
        return None;
    };
    let pairs = CALENDAR_PAIRS[usize::from(*first)];
    if !second.is_ascii_lowercase() || pairs & (1 << (second - b'a')) == 0 {
        return None;
    }
    static INDEX: OnceLock<FxHashMap<&'static str, CalendarName>> = OnceLock::new();
    INDEX
        .get_or_init(|| {
            let months = MONTHS
                .iter()
                .map(|&(w, m, form)| (w, CalendarName::Month(m, form)));
            let weekdays = WEEKDAYS.iter().map(|&(w, d)| (w, CalendarName::Weekday(d)));
            months.chain(weekdays).collect()
        })
        .get(folded)
        .copied()
}

/// The length in bytes of the longest of [`MONTHS`] and [`WEEKDAYS`] (`september`); the
/// shortest have three (`mai`).
const LONGEST_CALENDAR_NAME: usize = 9;

/// The first two letters of the calendar names: by first byte, a bit per second letter
/// (`a` is bit 0).
static CALENDAR_PAIRS: [u32; 256] = calendar_pairs();

const fn calendar_pairs() -> [u32; 256] {
    let mut table = [0; 256];
    let mut i = 0;
    while i < MONTHS.len() {
        let w = MONTHS[i].0.as_bytes();
        table[w[0] as usize] |= 1 << (w[1] - b'a');
        i += 1;
    }
    let mut i = 0;
    while i < WEEKDAYS.len() {
        let w = WEEKDAYS[i].0.as_bytes();
        table[w[0] as usize] |= 1 << (w[1] - b'a');
        i += 1;
    }
    table
}

fn text_of<'t>(a: &Analysis<'t>, i: usize) -> &'t str {
    tok(a, i).map_or("", |t| t.span.of(a.text))
}

/// Whether token `i` ends where token `i + 1` starts (no space between).
fn glued(a: &Analysis, i: usize) -> bool {
    matches!((tok(a, i), tok(a, i + 1)), (Some(x), Some(y)) if x.span.end == y.span.start)
}

/// The value of token `i` when it is written with digits only (`07`, `2025`), with its length.
fn digits(a: &Analysis, i: usize) -> Option<(u32, usize)> {
    let t = tok(a, i)?;
    if t.kind != TokenKind::Number {
        return None;
    }
    // Asked several times of every number token (one rule after the other): the bytes are
    // read as they are, without `str` slicing or a general `parse`.
    let s = a.text.as_bytes().get(t.span.start..t.span.end)?;
    if s.is_empty() || s.len() > 4 || !s.iter().all(u8::is_ascii_digit) {
        return None;
    }
    // At most four digits: no overflow.
    let n = s.iter().fold(0, |n, &b| n * 10 + u32::from(b - b'0'));
    Some((n, s.len()))
}

/// A month at token `i`: its number, the token after it, the span end, and its form.
fn month(a: &Analysis, i: usize) -> Option<(u8, usize, usize, MonthForm)> {
    let t = tok(a, i)?;
    if t.kind != TokenKind::Word || t.span.len() > 12 {
        return None;
    }
    let Some(CalendarName::Month(m, form)) = calendar_name(a.tokens.folded(i)) else {
        return None;
    };
    match form {
        MonthForm::French => Some((m, i + 1, t.span.end, form)),
        MonthForm::English => t.capitalized.then_some((m, i + 1, t.span.end, form)),
        MonthForm::Abbreviation => {
            let dot = glued(a, i) && text_of(a, i + 1) == ".";
            let end = tok(a, i + 1).map_or(t.span.end, |d| d.span.end);
            dot.then_some((m, i + 2, end, form))
        }
    }
}

/// A year written after a day and month or a month: four digits.
fn written_year(a: &Analysis, i: usize) -> Option<i32> {
    match digits(a, i)? {
        (y, 4) if (1000..=2999).contains(&y) => i32::try_from(y).ok(),
        _ => None,
    }
}

/// A day number at token `i` (`29`, `01`, `1er`, `premier`): the day and the token after it.
fn day(a: &Analysis, i: usize) -> Option<(u8, usize)> {
    let t = tok(a, i)?;
    if t.kind == TokenKind::Word {
        return (a.tokens.folded(i) == "premier").then_some((1, i + 1));
    }
    let (d, len) = digits(a, i)?;
    if len > 2 || !(1..=31).contains(&d) {
        return None;
    }
    // `1er`, `1ᵉʳ`: the ordinal suffix is glued to the number.
    if d == 1 && glued(a, i) && matches!(key(a, i + 1), Some("er" | "ᵉʳ" | "re")) {
        return Some((1, i + 2));
    }
    // A day is not glued to another number (`12/3`, `3.5`).
    if glued(a, i) && matches!(text_of(a, i + 1), "/" | "-" | "." | ":" | "h") {
        return None;
    }
    Some((d as u8, i + 1))
}

/// The value of a day and month, with the written year or the publication year.
fn resolve(a: &Analysis, year: Option<i32>, month: u8, day: u8) -> Option<DateValue> {
    let year = year.or(a.doc.date.map(|d| d.year));
    let max = match year {
        Some(y) => days_in_month(y, month),
        None => days_in_month(2000, month),
    };
    (day >= 1 && day <= max).then_some(DateValue {
        year,
        month: Some(month),
        day: Some(day),
    })
}

/// `29 juillet`, `3 mars 2024`, `1er janvier 2007`, `1 February 2016` at token `i`.
fn day_month(a: &Analysis, i: usize, weekday: Option<(usize, u8)>) -> Option<Dates> {
    let (d, j) = day(a, i)?;
    let (m, k, mut end, _) = month(a, j)?;
    let mut next = k;
    let year = written_year(a, k);
    if year.is_some() {
        end = tok(a, k)?.span.end;
        next = k + 1;
    }
    let value = resolve(a, year, m, d)?;
    let start = weekday.map_or(tok(a, i)?.span.start, |(w, _)| {
        tok(a, w).map_or(0, |t| t.span.start)
    });
    let rule = match (weekday, year) {
        (Some(_), _) => "date.weekday_day_month",
        (None, Some(_)) => "date.day_month_year",
        (None, None) => "date.day_month",
    };
    Some(Dates::one(Found {
        span: Span::new(start, end),
        value,
        rule,
        weekday: weekday.map(|w| w.1),
        next,
    }))
}

/// `February 1, 2016` at token `i`.
fn month_day_year(a: &Analysis, i: usize) -> Option<Dates> {
    let (m, j, _, form) = month(a, i)?;
    if form != MonthForm::English {
        return None;
    }
    let (d, k) = day(a, j)?;
    let k = if text_of(a, k) == "," { k + 1 } else { k };
    let y = written_year(a, k)?;
    let value = resolve(a, Some(y), m, d)?;
    let span = Span::new(tok(a, i)?.span.start, tok(a, k)?.span.end);
    Some(Dates::one(Found {
        span,
        value,
        rule: "date.month_day_year",
        weekday: None,
        next: k + 1,
    }))
}

/// A weekday followed by its date: `lundi 29 juillet`, `Monday, 1 February 2016`,
/// `Monday, February 1, 2016`. A weekday alone is not a date.
fn weekday_date(a: &Analysis, i: usize) -> Option<Dates> {
    let t = tok(a, i)?;
    if t.kind != TokenKind::Word || t.span.len() > 10 {
        return None;
    }
    let Some(CalendarName::Weekday(w)) = calendar_name(a.tokens.folded(i)) else {
        return None;
    };
    let j = if text_of(a, i + 1) == "," {
        i + 2
    } else {
        i + 1
    };
    if let Some(f) = day_month(a, j, Some((i, w))) {
        return Some(f);
    }
    let mut f = month_day_year(a, j)?;
    for x in f.as_mut_slice() {
        x.span.start = t.span.start;
        x.rule = "date.weekday_day_month";
        x.weekday = Some(w);
    }
    Some(f)
}

/// `29/07/2025`, `29-07-2025`, `2025-07-29`, `2025/7/25`, `29.07.2025` at token `i`.
fn numeric(a: &Analysis, i: usize) -> Option<Dates> {
    let t = tok(a, i)?;
    if t.kind != TokenKind::Number {
        return None;
    }
    // Not the middle of a longer run of numbers (`12/29/07/2025`).
    if i > 0 && glued(a, i - 1) && matches!(text_of(a, i - 1), "/" | "-" | ".") {
        return None;
    }
    let s = t.span.of(a.text);
    // `29.07.2025` is one number token for the tokenizer. The fields in an array: every number
    // token is asked, and a `Vec` for each cost an allocation. Most numbers have no dot and
    // are not split at all: they are a few bytes, tested in a loop rather than searched.
    let dotted_parts = || {
        let mut dotted = s.split('.');
        match (dotted.next(), dotted.next(), dotted.next(), dotted.next()) {
            (Some(d), Some(m), Some(y), None) => Some([d, m, y]),
            _ => None,
        }
    };
    let parts = s.bytes().any(|b| b == b'.').then(dotted_parts).flatten();
    let (fields, next) = if let Some(parts) = parts {
        (parts, i + 1)
    } else {
        let sep = text_of(a, i + 1);
        if !matches!(sep, "/" | "-") || !glued(a, i) || !glued(a, i + 1) || !glued(a, i + 2) {
            return None;
        }
        if text_of(a, i + 3) != sep || !glued(a, i + 3) {
            return None;
        }
        ([s, text_of(a, i + 2), text_of(a, i + 4)], i + 5)
    };
    if fields
        .iter()
        .any(|f| f.is_empty() || f.len() > 4 || !f.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let num = |f: &str| f.parse::<i32>().ok();
    let (y, m, d) = if fields[0].len() == 4 && fields[1].len() <= 2 && fields[2].len() <= 2 {
        (num(fields[0])?, num(fields[1])?, num(fields[2])?)
    } else if fields[2].len() == 4 && fields[0].len() <= 2 && fields[1].len() <= 2 {
        (num(fields[2])?, num(fields[1])?, num(fields[0])?)
    } else {
        return None;
    };
    let date = PubDate::new(y, u8::try_from(m).ok()?, u8::try_from(d).ok()?)?;
    if !(1800..=2100).contains(&date.year) {
        return None;
    }
    let end = tok(a, next - 1)?.span.end;
    // Followed by more glued digits: a reference number, not a date.
    if tok(a, next).is_some_and(|n| n.span.start == end && n.kind != TokenKind::Word)
        && !matches!(text_of(a, next), "," | ")" | ";")
        && tok(a, next + 1).is_some_and(|x| x.kind == TokenKind::Number)
    {
        return None;
    }
    let value = DateValue {
        year: Some(date.year),
        month: Some(date.month),
        day: Some(date.day),
    };
    let span = Span::new(t.span.start, end);
    Some(Dates::one(Found {
        span,
        value,
        rule: "date.numeric",
        weekday: None,
        next,
    }))
}

/// `décembre 2018`, `May 2023` at token `i`.
fn month_year(a: &Analysis, i: usize) -> Option<Dates> {
    let (m, j, _, _) = month(a, i)?;
    let y = written_year(a, j)?;
    let span = Span::new(tok(a, i)?.span.start, tok(a, j)?.span.end);
    let value = DateValue {
        year: Some(y),
        month: Some(m),
        day: None,
    };
    Some(Dates::one(Found {
        span,
        value,
        rule: "date.month_year",
        weekday: None,
        next: j + 1,
    }))
}

/// A French month name alone (`juin`, `en septembre dernier`, `mi-juin`): `--06`, or with the
/// publication year when the document has a date.
fn bare_month(a: &Analysis, i: usize) -> Option<Dates> {
    let t = tok(a, i)?;
    if t.kind != TokenKind::Word {
        return None;
    }
    let (m, span) = match month(a, i) {
        Some((m, _, end, MonthForm::French)) => (m, Span::new(t.span.start, end)),
        Some(_) => return None,
        None => {
            // `mi-juin`: the month part of the word (`mi-2024` is a year, see [`mid_year`]).
            let rest = a.tokens.folded(i).strip_prefix("mi-")?;
            let &(_, m, _) = MONTHS
                .iter()
                .find(|(name, _, f)| *name == rest && *f == MonthForm::French)?;
            let start = t.span.start + t.span.of(a.text).find(['-', '\u{2010}', '\u{2011}'])? + 1;
            (m, Span::new(start, t.span.end))
        }
    };
    let value = DateValue {
        year: a.doc.date.map(|d| d.year),
        month: Some(m),
        day: None,
    };
    Some(Dates::one(Found {
        span,
        value,
        rule: "date.month",
        weekday: None,
        next: i + 1,
    }))
}

/// `mi-2024`: the year part of the word.
fn mid_year(a: &Analysis, i: usize) -> Option<Dates> {
    let t = tok(a, i)?;
    if t.kind != TokenKind::Word {
        return None;
    }
    let written = t.span.of(a.text);
    let rest = written
        .strip_prefix("mi-")
        .or_else(|| written.strip_prefix("Mi-"))?;
    if rest.len() != 4 || !rest.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = rest.parse().ok()?;
    if !(1800..=2100).contains(&y) {
        return None;
    }
    let span = Span::new(t.span.end - 4, t.span.end);
    Some(Dates::one(Found {
        span,
        value: DateValue::year(y),
        rule: "date.year",
        weekday: None,
        next: i + 1,
    }))
}

/// `2023-2028`, `2018 – 2022`, `2017/2018`: two years, two mentions.
fn year_range(a: &Analysis, i: usize) -> Option<Dates> {
    let first = plain_year(a, i)?;
    let sep = text_of(a, i + 1);
    if !matches!(sep, "-" | "–" | "—" | "/" | "\u{2011}") {
        return None;
    }
    let second = plain_year(a, i + 2)?;
    if second < first || !is_year_context(a, i, i + 2) {
        return None;
    }
    let found = |k: usize, y: i32| -> Option<Found> {
        Some(Found {
            span: tok(a, k)?.span,
            value: DateValue::year(y),
            rule: "date.range",
            weekday: None,
            next: k + 1,
        })
    };
    Some(Dates::two(found(i, first)?, found(i + 2, second)?))
}

/// A four-digit number from 1800 to 2100 at token `i`.
fn plain_year(a: &Analysis, i: usize) -> Option<i32> {
    match digits(a, i)? {
        (y, 4) if (1800..=2100).contains(&y) => i32::try_from(y).ok(),
        _ => None,
    }
}

/// `en 1998`, `depuis 2009`, `(2020)`, `2030 »` at token `i`.
fn year(a: &Analysis, i: usize) -> Option<Dates> {
    let y = plain_year(a, i)?;
    if !is_year_context(a, i, i) {
        return None;
    }
    // Glued to other numbers by a separator (`2016/02`, `2025-07`): not a year alone.
    let glued_before =
        i > 0 && glued(a, i - 1) && matches!(text_of(a, i - 1), "/" | "-" | "." | ":");
    let glued_after = glued(a, i)
        && matches!(text_of(a, i + 1), "/" | "-" | "." | ":" | ",")
        && tok(a, i + 2).is_some_and(|t| t.kind == TokenKind::Number && glued(a, i + 1));
    // `2024/25`, `2024-25`: a season, written with its first year.
    let season = matches!(digits(a, i + 2), Some((n, 2)) if i64::from(n) == i64::from(y + 1) % 100);
    if glued_before || glued_after && !season {
        return None;
    }
    let span = tok(a, i)?.span;
    Some(Dates::one(Found {
        span,
        value: DateValue::year(y),
        rule: "date.year",
        weekday: None,
        next: i + 1,
    }))
}

/// Whether the four-digit numbers at tokens `first..=last` read as years: not a count after a
/// determiner, not followed by a unit, a currency, a scale word or a percent sign.
fn is_year_context(a: &Analysis, first: usize, last: usize) -> bool {
    if first > 0 && COUNT_BEFORE.contains(&a.tokens.lower(first - 1)) {
        return false;
    }
    let Some(next) = tok(a, last + 1) else {
        return true;
    };
    if next.kind == TokenKind::Word || next.kind == TokenKind::Punct {
        let k = a.tokens.folded(last + 1);
        if COUNT_AFTER.contains(&k) || scale(next.span.of(a.text), k).is_some() {
            return false;
        }
        if k == "pour" && key(a, last + 2) == Some("cent") {
            return false;
        }
        if looks_like_plural_noun(next, k) {
            return false;
        }
    }
    !currency_at(a, next.span.start)
}

/// Short words ending in `s` or `x` that follow a year (`en 2017 dans`, `2012 puis`).
const NOT_PLURAL_NOUNS: &[&str] = &[
    "dans",
    "puis",
    "des",
    "aux",
    "mais",
    "apres",
    "lors",
    "sous",
    "sans",
    "vers",
    "alors",
    "plus",
    "moins",
    "tous",
    "toutes",
    "les",
    "ses",
    "ces",
    "leurs",
    "nous",
    "vous",
    "pas",
    "tres",
    "ainsi",
    "depuis",
    "selon",
    "jamais",
    "toujours",
    "avons",
    "avez",
    "etais",
    "etes",
    "fois",
    "sinon",
    "parmi",
    "chez",
    "jusqu",
    "apres",
    "auparavant",
    "ensuite",
    "notamment",
    "desormais",
    "dont",
    "quelques",
    "plusieurs",
    "certains",
    "certaines",
    "nos",
    "vos",
    "mes",
    "tes",
    "aupres",
    "hors",
    "afin",
    "tels",
    "telles",
    "memes",
    "lesquels",
    "lesquelles",
    "auxquels",
    "desquels",
    "deux",
    "trois",
    "six",
    "dix",
];

/// A lower-case word ending in `s` or `x` right after a number (`1850 manifestants`): the
/// number counts things.
fn looks_like_plural_noun(t: &Token, key: &str) -> bool {
    t.kind == TokenKind::Word
        && !t.capitalized
        && key.len() > 3
        && (key.ends_with('s') || key.ends_with('x'))
        && !NOT_PLURAL_NOUNS.contains(&key)
}

/// Whether a currency word or symbol starts at byte `start`.
fn currency_at(a: &Analysis, start: usize) -> bool {
    let from = a.hits.partition_point(|h| h.span.start < start);
    a.hits[from..]
        .iter()
        .take_while(|h| h.span.start == start)
        .any(|h| {
            h.targets
                .iter()
                .any(|t| matches!(t, Target::Currency { .. }))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::number::fixture::with_analysis;

    #[test]
    fn calendar_names_fit_the_pre_test() {
        let names = MONTHS
            .iter()
            .map(|m| m.0)
            .chain(WEEKDAYS.iter().map(|d| d.0));
        for name in names {
            assert!((3..=LONGEST_CALENDAR_NAME).contains(&name.len()), "{name}");
            assert!(name.bytes().all(|b| b.is_ascii_lowercase()), "{name}");
            assert!(calendar_name(name).is_some(), "{name}");
        }
    }

    #[test]
    fn date_words_pass_the_first_test() {
        let names = MONTHS
            .iter()
            .map(|m| m.0)
            .chain(WEEKDAYS.iter().map(|d| d.0))
            .chain(["premier", "mi-juin", "mi-2024"]);
        for name in names {
            assert!(DATE_WORD_STARTS.may_start(name.as_bytes()), "{name}");
            assert!(
                DATE_WORD_STARTS.may_start(name.to_uppercase().as_bytes()),
                "{name}"
            );
        }
        assert!(!DATE_WORD_STARTS.may_start(b"des"));
        assert!(DATE_WORD_STARTS.may_start("Décembre".as_bytes()));
        assert!(is_calendar_word("Février") && is_calendar_word("MARS"));
        let french = MONTHS
            .iter()
            .filter(|m| m.2 == MonthForm::French)
            .map(|m| m.0)
            .chain(WEEKDAY_NAMES);
        for name in french {
            assert!(CALENDAR_INITIALS.contains(&name.as_bytes()[0]), "{name}");
            assert!(
                (CALENDAR_WORD_LEN.0..=CALENDAR_WORD_LEN.1).contains(&name.len()),
                "{name}"
            );
            assert!(is_calendar_word(name), "{name}");
        }
        assert!(is_calendar_word("Août") && is_calendar_word("DÉCEMBRE"));
        assert!(!is_calendar_word("march") && !is_calendar_word("Marsa"));
    }

    /// The DATE candidates of a text: (span text, value).
    fn dates_in(text: &str, date: Option<PubDate>) -> Vec<(String, String)> {
        with_analysis(text, date, |a| {
            find(a);
            let mut got: Vec<_> = a
                .candidates
                .iter()
                .filter_map(|m| match &m.value {
                    Some(Value::Date(v)) => {
                        Some((m.span, m.span.of(a.text).to_string(), v.to_string()))
                    }
                    _ => None,
                })
                .collect();
            got.sort_by_key(|g| g.0);
            got.into_iter().map(|(_, t, v)| (t, v)).collect()
        })
    }

    #[test]
    fn dates_table() {
        let pub_date = PubDate::new(2025, 3, 14);
        // (text, publication date?, expected (span, value) list)
        type Case<'c> = (&'c str, bool, &'c [(&'c str, &'c str)]);
        let cases: &[Case] = &[
            (
                "Le sommet s'ouvre lundi 29 juillet à Rabat.",
                false,
                &[("lundi 29 juillet", "--07-29")],
            ),
            (
                "Le sommet s'ouvre lundi 29 juillet à Rabat.",
                true,
                &[("lundi 29 juillet", "2025-07-29")],
            ),
            (
                "La loi date du 29 juillet 2025.",
                false,
                &[("29 juillet 2025", "2025-07-29")],
            ),
            (
                "Il viendra le 3 mars 2024 à Paris.",
                false,
                &[("3 mars 2024", "2024-03-03")],
            ),
            (
                "Depuis le 1er janvier, la taxe change.",
                false,
                &[("1er janvier", "--01-01")],
            ),
            (
                "Dès le 1er janvier 2007, tout change.",
                false,
                &[("1er janvier 2007", "2007-01-01")],
            ),
            (
                "Réunion le premier mai 2020.",
                false,
                &[("premier mai 2020", "2020-05-01")],
            ),
            (
                "Le texte est daté du 29/07/2025.",
                false,
                &[("29/07/2025", "2025-07-29")],
            ),
            (
                "Le texte est daté du 2025-07-29.",
                false,
                &[("2025-07-29", "2025-07-29")],
            ),
            (
                "Mis en ligne le 2024/7/5 au matin.",
                false,
                &[("2024/7/5", "2024-07-05")],
            ),
            (
                "Le texte est daté du 29.07.2025.",
                false,
                &[("29.07.2025", "2025-07-29")],
            ),
            (
                "La crise a éclaté en décembre 2018.",
                false,
                &[("décembre 2018", "2018-12")],
            ),
            ("Le pays a adhéré en 1998.", false, &[("1998", "1998")]),
            (
                "Il est ministre depuis 2009, dit-on.",
                false,
                &[("2009", "2009")],
            ),
            (
                "La Grèce (1981) et le Portugal (1986) ont suivi.",
                false,
                &[("1981", "1981"), ("1986", "1986")],
            ),
            (
                "Le plan couvre la période 2023-2028.",
                false,
                &[("2023", "2023"), ("2028", "2028")],
            ),
            (
                "Le plan couvre la période 2018 – 2022.",
                false,
                &[("2018", "2018"), ("2022", "2022")],
            ),
            (
                "Les élections auront lieu en juin.",
                false,
                &[("juin", "--06")],
            ),
            (
                "Les élections auront lieu en juin.",
                true,
                &[("juin", "2025-06")],
            ),
            (
                "Il partira à la mi-juin, au plus tard.",
                false,
                &[("juin", "--06")],
            ),
            (
                "Le rapport sort à la fin du mois de septembre.",
                false,
                &[("septembre", "--09")],
            ),
            (
                "Ils ont créé en septembre dernier une alliance.",
                false,
                &[("septembre", "--09")],
            ),
            (
                "Le 25 juillet prochain, il votera.",
                true,
                &[("25 juillet", "2025-07-25")],
            ),
            (
                "Infos of Monday, 1 February 2016 here.",
                false,
                &[("Monday, 1 February 2016", "2016-02-01")],
            ),
            (
                "Signed on February 1, 2016 in Paris.",
                false,
                &[("February 1, 2016", "2016-02-01")],
            ),
            (
                "Elle a été élue vendredi 12 octobre 2018 à Erevan.",
                false,
                &[("vendredi 12 octobre 2018", "2018-10-12")],
            ),
            (
                "Le sommet de Paris, tenu les 11 et 12 octobre, a conclu.",
                false,
                &[("12 octobre", "--10-12")],
            ),
            (
                "La signature a eu lieu mercredi 01 novembre.",
                false,
                &[("mercredi 01 novembre", "--11-01")],
            ),
            (
                "Le traité a été signé le 3 janv. 2020 à Rome.",
                false,
                &[("3 janv. 2020", "2020-01-03")],
            ),
            (
                "La reprise est attendue à la mi-2024 dans la région.",
                false,
                &[("2024", "2024")],
            ),
            (
                "Elle a sorti un disque en 2012 puis un autre en 2015 dans la foulée.",
                false,
                &[("2012", "2012"), ("2015", "2015")],
            ),
            (
                "Dès 1998, le pays a adhéré, et le plan porte sur 2024-2028.",
                false,
                &[("1998", "1998"), ("2024", "2024"), ("2028", "2028")],
            ),
            (
                "La saison 2024/25 commence et le 2024/7 attend.",
                false,
                &[("2024", "2024")],
            ),
            (
                "Au début 2013, la crise a commencé.",
                false,
                &[("2013", "2013")],
            ),
            (
                "Il a doublé ses fonds depuis 2003 pour les porter haut.",
                false,
                &[("2003", "2003")],
            ),
            (
                "Les projets visent les horizons 2030 ».",
                false,
                &[("2030", "2030")],
            ),
        ];
        for &(text, with_date, want) in cases {
            let got = dates_in(text, if with_date { pub_date } else { None });
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(s, v)| (s.to_string(), v.to_string()))
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn not_dates() {
        for text in [
            "Le ministre a parlé mardi devant la presse.",
            "Hier, le ministre a parlé.",
            "La ville compte 2 000 habitants.",
            "Près de 2017 personnes ont voté.",
            "Les 1800 délégués ont voté.",
            "Le prix est de 2000 dollars.",
            "Il a versé 1999 millions d'euros.",
            "Le dossier n° 2015 est clos.",
            "Le taux atteint 1850 pour cent.",
            "La police a compté 1850 manifestants.",
            "Le Mouvement du 9 avril manifeste.",
            "Le Plan Horizon 2040 est lancé.",
            "AccueilBusiness2016 02 01Article 356283",
            "Le 31/02/2020 n'existe pas.",
        ] {
            assert_eq!(dates_in(text, None), [] as [(String, String); 0], "{text}");
        }
    }

    #[test]
    fn weekday_mismatch_is_reported() {
        let warnings = with_analysis(
            "Le sommet du mardi 3 mars 2024 a été reporté.",
            None,
            |a| {
                find(a);
                a.warnings.iter().map(|w| w.kind).collect::<Vec<_>>()
            },
        );
        assert_eq!(warnings, ["weekday_mismatch"]); // 3 March 2024 was a Sunday
        let warnings = with_analysis("Le sommet du dimanche 3 mars 2024 a eu lieu.", None, |a| {
            find(a);
            a.warnings.len()
        });
        assert_eq!(warnings, 0);
    }
}
