//! Mentions of known entities: gazetteer matches of names, official forms, aliases and acronyms.

use crate::analysis::Analysis;
use crate::document::Mention;
use crate::gazetteer::{Form, Target};
use crate::rules::priority;

/// Rule `gazetteer`: every entity target of a gazetteer hit becomes a candidate (the first
/// entity target when a form names several entries). A one-word hit written in lower case is
/// skipped: it is the demonym or common word that shares the form (`le consul suisse`).
pub fn find(a: &mut Analysis) {
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
        if !text.contains(' ') && text.chars().next().is_some_and(char::is_lowercase) {
            continue;
        }
        let rule = match form {
            Form::Acronym => "gazetteer.acronym",
            Form::Alias => "gazetteer.alias",
            Form::Official => "gazetteer.official",
            Form::Name => "gazetteer",
        };
        a.candidates.push(
            Mention::new(e.kind, hit.span, rule)
                .with_canonical(e.canonical.clone())
                .with_entry(e.id.clone())
                .with_priority(priority::KNOWN),
        );
    }
}
