//! Mentions of known entities: gazetteer matches of names, official forms, aliases and
//! acronyms, and two spelling variants the automaton cannot see: a hyphen written as a space
//! (`Guinée Bissau` for `Guinée-Bissau`) and two known places joined by a hyphen
//! (`Agadir-Marrakech`, a road between two towns).

use crate::analysis::Analysis;
use crate::document::{EntityType, Mention, Provenance, Span};
use crate::gazetteer::{Entry, Form, Target};
use crate::rules::caps::KnownIndex;
use crate::rules::priority;
use crate::tokenize::TokenKind;

/// Rule `gazetteer`: every entity target of a gazetteer hit becomes a candidate (the first
/// entity target when a form names several entries). A one-word hit written in lower case is
/// skipped: it is the demonym or common word that shares the form (`le consul suisse`).
pub fn find(a: &mut Analysis) {
    // The first rule to run: room for its candidates (a hit gives one at most) and the other
    // rules' usual few, so that the list is not copied again and again as it grows.
    a.candidates
        .reserve(a.hits.len() + a.tokens.tokens.len() / 16 + 8);
    for hit in &a.hits {
        let Some((entry, form)) = hit.targets.iter().find_map(|t| match *t {
            Target::Entity { entry, form } => Some((entry, form)),
            _ => None,
        }) else {
            continue;
        };
        let e = &a.gazetteers.entries[entry as usize];
        // A one-word name in lower case is the adjective sharing its form (`suisse`, the
        // demonym, not `Suisse`): names are capitalized.
        let text = hit.span.of(a.text);
        // Most hits are capitalized: the first character is tested before the space.
        if text.chars().next().is_some_and(char::is_lowercase) && !text.contains(' ') {
            continue;
        }
        let rule = match form {
            Form::Acronym => "gazetteer.acronym",
            Form::Alias => "gazetteer.alias",
            Form::Official => "gazetteer.official",
            Form::Name => "gazetteer",
        };
        a.candidates.push(known_mention(e, hit.span, rule));
    }
}

/// A candidate mention of entry `e`, built whole: the mention is a hundred bytes or so, and
/// each of `Mention`'s builder methods (`with_canonical`, `with_entry`, `with_priority`)
/// moves it again, for each of the thousands of gazetteer hits.
fn known_mention(e: &Entry, span: Span, rule: &'static str) -> Mention {
    Mention {
        kind: e.kind,
        span,
        canonical: Some(e.canonical.clone()),
        value: None,
        provenance: Provenance {
            rule,
            entry: Some(e.id.clone()),
        },
        priority: priority::KNOWN,
    }
}

/// The entity a folded name designates, if the gazetteers know exactly one kind for it.
fn lookup_entity(a: &Analysis, folded: &str) -> Option<usize> {
    a.gazetteers
        .lookup_folded(folded)
        .iter()
        .map(|&i| i as usize)
        .find(|&i| {
            a.gazetteers.entries.get(i).is_some_and(|e| {
                matches!(
                    e.kind,
                    EntityType::Country | EntityType::Location | EntityType::Organization
                )
            })
        })
}

/// Rules `gazetteer.space_for_hyphen` (`Guinée Bissau` → `Guinée-Bissau`) and
/// `gazetteer.hyphen_join` (`Agadir-Marrakech` → `Agadir`, `Marrakech`).
///
/// Both start at a capitalized word: only the tokens of [`KnownIndex::marked`], which lists
/// every one of them, are looked at.
pub fn variants(a: &mut Analysis, k: &KnownIndex) {
    let toks = &a.tokens.tokens;
    let mut out = Vec::new();
    // `Guinée-Bissau` spelt with a space, rebuilt (folded) here for each pair of capitalized
    // words.
    let mut joined = String::new();
    for i in k.marked().iter().map(|&i| i as usize) {
        let Some(t) = toks.get(i) else { continue };
        if t.kind != TokenKind::Word || !t.capitalized {
            continue;
        }
        // Two capitalized words separated by one space, known with a hyphen. The gap is one
        // byte, a space: tested on the bytes, without slicing the text.
        if let Some(n) = toks.get(i + 1) {
            if n.kind == TokenKind::Word
                && n.capitalized
                && n.span.start == t.span.end + 1
                && a.text.as_bytes().get(t.span.end) == Some(&b' ')
            {
                joined.clear();
                joined.push_str(a.tokens.folded(i));
                joined.push('-');
                joined.push_str(a.tokens.folded(i + 1));
                if let Some(e) = lookup_entity(a, &joined) {
                    let e = &a.gazetteers.entries[e];
                    out.push(known_mention(
                        e,
                        Span::new(t.span.start, n.span.end),
                        "gazetteer.space_for_hyphen",
                    ));
                }
            }
        }
        // A hyphenated word unknown as a whole whose parts are all known places. A plain word
        // (letters and digits only, a flag of the token) has no hyphen: the others' bytes are
        // looked at, and only a hyphenated word is sliced out of the text as a `str` (which
        // checks both ends).
        let hyphenated = !t.plain
            && a.text
                .as_bytes()
                .get(t.span.start..t.span.end)
                .is_some_and(|b| b.contains(&b'-'));
        if hyphenated && lookup_entity(a, a.tokens.folded(i)).is_none() {
            let w = t.span.of(a.text);
            let mut parts = Vec::new();
            let mut offset = t.span.start;
            // An ASCII word's folded form is its lower-case form, byte for byte: its parts
            // are looked up folded already, without folding them again.
            let folded = Some(a.tokens.folded(i)).filter(|f| w.is_ascii() && f.len() == w.len());
            for part in w.split('-') {
                let span = Span::new(offset, offset + part.len());
                let folded_part = folded
                    .and_then(|f| f.get(offset - t.span.start..offset - t.span.start + part.len()));
                offset += part.len() + 1;
                let found = match folded_part {
                    Some(f) => a.gazetteers.lookup_folded(f),
                    None => a.gazetteers.lookup(part),
                };
                let Some(e) = found
                    .iter()
                    .map(|&i| &a.gazetteers.entries[i as usize])
                    .find(|e| matches!(e.kind, EntityType::Location | EntityType::Country))
                else {
                    parts.clear();
                    break;
                };
                parts.push((span, e));
            }
            if parts.len() >= 2
                && parts
                    .iter()
                    .all(|(s, _)| a.text[s.start..].starts_with(char::is_uppercase))
            {
                for (span, e) in parts {
                    out.push(known_mention(e, span, "gazetteer.hyphen_join"));
                }
            }
        }
    }
    a.candidates.extend(out);
}
