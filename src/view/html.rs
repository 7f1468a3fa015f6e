//! Small HTML helpers: escaping, and the human forms of values (amounts, dates, arguments).
//!
//! Every piece of document or extraction text goes through [`escape`] before it reaches the
//! page; nothing from the input is ever written raw, not even into attributes.

use std::fmt::Write as _;

use crate::document::{EntityType, Money, Value};
use crate::facts::{Argument, Fact, FactKind};

/// Escapes text for HTML element content and double- or single-quoted attribute values.
///
/// ```
/// use glaneur::view::escape;
/// assert_eq!(escape(r#"<a href="x">l'OIM & co</a>"#),
///            "&lt;a href=&quot;x&quot;&gt;l&#39;OIM &amp; co&lt;/a&gt;");
/// ```
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    push_escaped(&mut out, text);
    out
}

/// Appends `text`, escaped, to `out` (see [`escape`]).
pub fn push_escaped(out: &mut String, text: &str) {
    let mut last = 0;
    for (i, b) in text.bytes().enumerate() {
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            // A NUL or other C0 control (but tab, newline, carriage return) is not allowed in
            // HTML text: show it as the replacement character instead.
            0..=8 | 11 | 12 | 14..=31 => "\u{FFFD}",
            _ => continue,
        };
        // All replaced bytes are ASCII, so `last..i` falls on character boundaries.
        out.push_str(text.get(last..i).unwrap_or(""));
        out.push_str(rep);
        last = i + 1;
    }
    out.push_str(text.get(last..).unwrap_or(""));
}

/// `1 fact`, `2 facts`, `0 entities`: a count with its noun.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The CSS class of an entity type (`PERSON` → `t-person`).
pub fn type_class(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "t-person",
        EntityType::Organization => "t-organization",
        EntityType::Country => "t-country",
        EntityType::Location => "t-location",
        EntityType::Money => "t-money",
        EntityType::Date => "t-date",
    }
}

/// The short label shown after each mark, so the type never depends on colour alone.
pub fn type_label(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "PER",
        EntityType::Organization => "ORG",
        EntityType::Country => "CTRY",
        EntityType::Location => "LOC",
        EntityType::Money => "MONEY",
        EntityType::Date => "DATE",
    }
}

/// A French reading of an amount: `5000000 MAD` → `5 000 000 MAD` (narrow no-break spaces
/// between digit groups, a no-break space before the currency), `1.5 EUR` → `1,5 EUR`.
///
/// ```
/// use glaneur::Money;
/// use glaneur::view::format_money;
/// let m = Money { amount: 5e6, currency: "MAD".into() };
/// assert_eq!(format_money(&m), "5\u{202f}000\u{202f}000\u{a0}MAD");
/// ```
pub fn format_money(m: &Money) -> String {
    format!("{}\u{a0}{}", format_amount(m.amount), m.currency)
}

/// A number with French digit grouping and decimal comma.
pub fn format_amount(amount: f64) -> String {
    if !amount.is_finite() {
        return amount.to_string();
    }
    let whole = amount.trunc();
    if whole.abs() >= 1e15 {
        return format!("{amount:e}");
    }
    let negative = amount < 0.0;
    let digits = format!("{}", whole.abs() as u64);
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('\u{202f}');
        }
        out.push(c);
    }
    let fract = (amount.abs() - whole.abs()).abs();
    if fract > 1e-9 {
        // Up to four decimals, trailing zeros dropped: 1.5 → `1,5`.
        let f = format!("{fract:.4}");
        let f = f.trim_start_matches('0').trim_end_matches('0');
        if f.len() > 1 {
            out.push_str(&f.replacen('.', ",", 1));
        }
    }
    out
}

/// The value of an entity as shown in its tooltip and tables.
pub fn format_value(value: &Value) -> String {
    match value {
        Value::Money(m) => format_money(m),
        Value::Date(d) => d.to_string(),
    }
}

/// An argument as `canonical` or, when the text differs, `text → canonical`.
pub fn format_argument(arg: &Argument) -> String {
    if arg.text.is_empty() || arg.text == arg.canonical {
        arg.canonical.clone()
    } else {
        format!("{} → {}", arg.text, arg.canonical)
    }
}

/// The cells of a fact: (first argument, second argument, details), all plain text; details
/// are one per line (the cell shows line breaks).
pub fn fact_cells(fact: &Fact) -> (String, String, String) {
    let mut details = String::new();
    let (a, b) = match &fact.kind {
        FactKind::Contribution {
            donor,
            recipient,
            amount,
            date,
        } => {
            if let Some(m) = amount {
                let _ = write!(details, "amount: {}", format_money(m));
            }
            if let Some(d) = date {
                sep(&mut details);
                let _ = write!(details, "date: {d}");
            }
            (format_argument(donor), format_argument(recipient))
        }
        FactKind::Membership {
            member,
            organization,
            since,
        } => {
            if let Some(s) = since {
                let _ = write!(details, "since: {s}");
            }
            (format_argument(member), format_argument(organization))
        }
        FactKind::Role {
            person,
            role,
            organization,
            country,
        } => {
            let _ = write!(details, "role: {role}");
            if let Some(c) = country {
                sep(&mut details);
                let _ = write!(details, "country: {}", format_argument(c));
            }
            let second = organization
                .as_ref()
                .map(format_argument)
                .unwrap_or_default();
            (format_argument(person), second)
        }
        FactKind::FundingTarget {
            organization,
            amount,
        } => {
            if let Some(m) = amount {
                let _ = write!(details, "amount: {}", format_money(m));
            }
            (format_argument(organization), String::new())
        }
    };
    (a, b, details)
}

fn sep(s: &mut String) {
    if !s.is_empty() {
        s.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(escape("a<b>&\"'"), "a&lt;b&gt;&amp;&quot;&#39;");
        assert_eq!(escape("Genève — « ok »"), "Genève — « ok »");
        assert_eq!(escape("x\u{0}y\tz\n"), "x\u{FFFD}y\tz\n");
        assert_eq!(escape(""), "");
    }

    #[test]
    fn amounts_read_the_french_way() {
        assert_eq!(format_amount(100_000_000.0), "100\u{202f}000\u{202f}000");
        assert_eq!(format_amount(1.5), "1,5");
        assert_eq!(format_amount(999.0), "999");
        assert_eq!(format_amount(-1234.25), "-1\u{202f}234,25");
        assert_eq!(format_amount(f64::NAN), "NaN");
    }
}
