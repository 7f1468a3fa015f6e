//! One article: its text with every entity a `<mark>`, the sentences that state facts as
//! link targets, its facts table and its warnings.
//!
//! The text is cut into segments at every boundary of an entity, an evidence sentence or a
//! warning. Entities never overlap each other (the pipeline selects them), and evidence and
//! warning boundaries that fall inside an entity are moved to its edges, so each entity is
//! exactly one segment and one `<mark>`; evidence sentences, which may overlap each other, wrap
//! the segments as `<span class="ev" data-ev="…">` that open and close only where the set of
//! enclosing sentences changes. The result is always well nested, whatever the offsets.

use std::fmt::Write as _;

use crate::document::{Document, Span};
use crate::facts::Fact;
use crate::record::{Entity, Extraction};

use super::html::{count, escape, fact_cells, format_value, push_escaped, type_class, type_label};

/// Renders the `<section>` of document number `n` (0-based; anchors are `a{n}`, `a{n}-m{i}`…).
pub fn render(out: &mut String, n: usize, doc: &Document, ext: &Extraction) {
    let text = doc.text.as_str();
    let layout = Layout::new(text, ext);
    let _ = write!(out, "<section class=\"article\" id=\"a{n}\">\n<h2>");
    push_escaped(out, &ext.id);
    out.push_str("</h2>\n<p class=\"meta\">");
    match doc.date {
        Some(d) => {
            let _ = write!(out, "published {d}");
        }
        None => out.push_str("no publication date"),
    }
    let warnings = ext.warnings.len() + usize::from(lossy_count(text) > 0);
    let _ = writeln!(
        out,
        " · {} · {} · {} · <a href=\"#top\">top</a></p>",
        count(ext.entities.len(), "entity", "entities"),
        count(ext.facts.len(), "fact", "facts"),
        count(warnings, "warning", "warnings")
    );
    render_warnings(out, n, text, ext, &layout);
    out.push_str("<div class=\"text\" lang=\"fr\">");
    render_text(out, n, text, ext, &layout);
    out.push_str("</div>\n");
    if !layout.unplaced.is_empty() {
        out.push_str(
            "<p class=\"unplaced\">Entities whose offsets do not fit the text or overlap \
             another one: ",
        );
        for &i in &layout.unplaced {
            if let Some(e) = ext.entities.get(i) {
                push_mark(out, n, i, e, &e.text);
                out.push(' ');
            }
        }
        out.push_str("</p>\n");
    }
    render_facts(out, n, ext, &layout);
    out.push_str("</section>\n");
}

/// Number of U+FFFD replacement characters: the trace of bytes that were not valid UTF-8 when
/// the input was decoded (the reader decodes lossily rather than dropping the document).
pub fn lossy_count(text: &str) -> usize {
    text.matches('\u{FFFD}').count()
}

/// Where everything goes in the text, in byte offsets.
struct Layout {
    /// Entities shown in the text: (span, index in `Extraction::entities`), sorted, disjoint.
    placed: Vec<(Span, usize)>,
    /// Entities that cannot be shown in place (bad offsets, overlap).
    unplaced: Vec<usize>,
    /// Distinct evidence spans, snapped to entity edges.
    evidence: Vec<Span>,
    /// For each fact, its evidence span's index in `evidence`.
    fact_evidence: Vec<Option<usize>>,
    /// For each warning, the byte position of its anchor in the text.
    warning_at: Vec<Option<usize>>,
}

impl Layout {
    fn new(text: &str, ext: &Extraction) -> Layout {
        let chars = CharToByte::new(text);
        let mut order: Vec<(Span, usize)> = Vec::with_capacity(ext.entities.len());
        let mut unplaced = Vec::new();
        for (i, e) in ext.entities.iter().enumerate() {
            match entity_span(text, e, &chars) {
                Some(span) => order.push((span, i)),
                None => unplaced.push(i),
            }
        }
        order.sort_by_key(|&(s, i)| (s.start, std::cmp::Reverse(s.end), i));
        let mut placed: Vec<(Span, usize)> = Vec::with_capacity(order.len());
        for (span, i) in order {
            match placed.last() {
                Some(&(last, _)) if span.start < last.end => unplaced.push(i),
                _ => placed.push((span, i)),
            }
        }
        unplaced.sort_unstable();

        let mut evidence: Vec<Span> = Vec::new();
        let mut fact_evidence = Vec::with_capacity(ext.facts.len());
        for f in &ext.facts {
            let span = evidence_span(text, f, &chars).map(|s| snap(&placed, s));
            let k = span.filter(|s| !s.is_empty()).map(|s| {
                evidence.iter().position(|&e| e == s).unwrap_or_else(|| {
                    evidence.push(s);
                    evidence.len() - 1
                })
            });
            fact_evidence.push(k);
        }
        let warning_at = ext
            .warnings
            .iter()
            .map(|w| {
                let b = match (w.bytes, w.start) {
                    (Some(b), _) if text.is_char_boundary(b.start) => Some(b.start),
                    (_, Some(c)) => chars.byte(c),
                    _ => None,
                }?;
                Some(snap(&placed, Span::new(b, b)).start)
            })
            .collect();
        Layout {
            placed,
            unplaced,
            evidence,
            fact_evidence,
            warning_at,
        }
    }
}

/// Converts character offsets to byte offsets, building its table only when first needed.
struct CharToByte<'t> {
    text: &'t str,
    table: std::cell::OnceCell<Vec<usize>>,
}

impl<'t> CharToByte<'t> {
    fn new(text: &'t str) -> Self {
        CharToByte {
            text,
            table: std::cell::OnceCell::new(),
        }
    }

    /// The byte offset of character `c` (`c` may equal the number of characters).
    fn byte(&self, c: usize) -> Option<usize> {
        if self.text.is_ascii() {
            return (c <= self.text.len()).then_some(c);
        }
        let table = self.table.get_or_init(|| {
            let mut t: Vec<usize> = self.text.char_indices().map(|(b, _)| b).collect();
            t.push(self.text.len());
            t
        });
        table.get(c).copied()
    }
}

/// The byte span of an entity: its byte offsets when they fit the text, else its character
/// offsets converted.
fn entity_span(text: &str, e: &Entity, chars: &CharToByte) -> Option<Span> {
    let by_bytes = Span::new(e.byte_start, e.byte_end);
    if by_bytes.start < by_bytes.end && text.get(by_bytes.start..by_bytes.end).is_some() {
        return Some(by_bytes);
    }
    let span = Span::new(chars.byte(e.start)?, chars.byte(e.end)?);
    (span.start < span.end).then_some(span)
}

fn evidence_span(text: &str, f: &Fact, chars: &CharToByte) -> Option<Span> {
    let b = f.evidence.bytes;
    if b.start < b.end && text.get(b.start..b.end).is_some() {
        return Some(b);
    }
    let span = Span::new(chars.byte(f.evidence.start)?, chars.byte(f.evidence.end)?);
    (span.start < span.end).then_some(span)
}

/// Moves the ends of `span` out of any entity they fall strictly inside.
fn snap(placed: &[(Span, usize)], span: Span) -> Span {
    let inside = |p: usize| {
        // The last entity starting before `p`; disjoint and sorted, so it is the only candidate.
        let i = placed.partition_point(|(s, _)| s.start < p);
        i.checked_sub(1)
            .map(|i| placed[i].0)
            .filter(|s| s.start < p && p < s.end)
    };
    let start = inside(span.start).map_or(span.start, |s| s.start);
    let end = inside(span.end).map_or(span.end, |s| s.end);
    Span::new(start, end.max(start))
}

/// The `title` (tooltip) of an entity: type, canonical name, value, rule and gazetteer entry.
fn tooltip(e: &Entity) -> String {
    let mut t = e.kind.as_str().to_string();
    if let Some(c) = &e.canonical {
        let _ = write!(t, "\ncanonical: {c}");
    }
    if let Some(v) = &e.value {
        let _ = write!(t, "\nvalue: {}", format_value(v));
    }
    let _ = write!(t, "\nrule: {}", e.rule);
    if let Some(entry) = &e.entry {
        let _ = write!(t, " ({entry})");
    }
    t
}

fn push_mark(out: &mut String, n: usize, i: usize, e: &Entity, shown: &str) {
    let _ = write!(
        out,
        "<mark class=\"ent {}\" id=\"a{n}-m{i}\" data-type=\"{}\" data-label=\"{}\" title=\"",
        type_class(e.kind),
        e.kind.as_str(),
        type_label(e.kind)
    );
    push_escaped(out, &tooltip(e));
    out.push_str("\">");
    push_escaped(out, shown);
    out.push_str("</mark>");
}

fn render_text(out: &mut String, n: usize, text: &str, ext: &Extraction, layout: &Layout) {
    // Boundaries, each with what starts or ends there.
    let mut cuts: Vec<usize> = Vec::with_capacity(2 * layout.placed.len() + 2);
    cuts.push(0);
    cuts.push(text.len());
    for (s, _) in &layout.placed {
        cuts.extend([s.start, s.end]);
    }
    for s in &layout.evidence {
        cuts.extend([s.start, s.end]);
    }
    cuts.extend(layout.warning_at.iter().flatten().copied());
    cuts.retain(|&c| c <= text.len() && text.is_char_boundary(c));
    cuts.sort_unstable();
    cuts.dedup();

    // Evidence starts and ends sorted by position, consumed as the walk goes.
    let mut starts: Vec<(usize, usize)> = layout
        .evidence
        .iter()
        .enumerate()
        .map(|(k, s)| (s.start, k))
        .collect();
    starts.sort_unstable();
    let mut ends: Vec<(usize, usize)> = layout
        .evidence
        .iter()
        .enumerate()
        .map(|(k, s)| (s.end, k))
        .collect();
    ends.sort_unstable();
    let mut warnings: Vec<(usize, usize)> = layout
        .warning_at
        .iter()
        .enumerate()
        .filter_map(|(j, p)| p.map(|p| (p, j)))
        .collect();
    warnings.sort_unstable();
    let (mut si, mut ei, mut wi, mut pi) = (0, 0, 0, 0);
    let mut active: Vec<usize> = Vec::new();
    let mut open_ev = false;

    for w in cuts.windows(2) {
        let (p, q) = (w[0], w[1]);
        let before = active.clone();
        while ei < ends.len() && ends[ei].0 <= p {
            active.retain(|&k| k != ends[ei].1);
            ei += 1;
        }
        let mut new_here = Vec::new();
        while si < starts.len() && starts[si].0 <= p {
            active.push(starts[si].1);
            new_here.push(starts[si].1);
            si += 1;
        }
        active.sort_unstable();
        if active != before || !new_here.is_empty() {
            if open_ev {
                out.push_str("</span>");
                open_ev = false;
            }
            if !active.is_empty() {
                let list: Vec<String> = active.iter().map(|k| k.to_string()).collect();
                let _ = write!(out, "<span class=\"ev\" data-ev=\"{}\">", list.join(" "));
                open_ev = true;
            }
        }
        for k in new_here {
            let _ = write!(out, "<span class=\"anchor\" id=\"a{n}-ev{k}\"></span>");
        }
        while wi < warnings.len() && warnings[wi].0 <= p {
            let _ = write!(
                out,
                "<span class=\"anchor warn-at\" id=\"a{n}-w{}\" title=\"warning\"></span>",
                warnings[wi].1
            );
            wi += 1;
        }
        while pi < layout.placed.len() && layout.placed[pi].0.start < p {
            pi += 1;
        }
        let segment = text.get(p..q).unwrap_or("");
        match layout.placed.get(pi) {
            Some(&(span, i)) if span.start == p => {
                let e = &ext.entities[i];
                // `q == span.end`: nothing cuts an entity (see the module docs).
                push_mark(out, n, i, e, segment);
                pi += 1;
            }
            _ => push_escaped(out, segment),
        }
    }
    if open_ev {
        out.push_str("</span>");
    }
}

fn render_warnings(out: &mut String, n: usize, text: &str, ext: &Extraction, layout: &Layout) {
    let lossy = lossy_count(text);
    if ext.warnings.is_empty() && lossy == 0 {
        return;
    }
    out.push_str("<ul class=\"warnings\">\n");
    for (j, w) in ext.warnings.iter().enumerate() {
        out.push_str("<li class=\"warning\"><strong>");
        push_escaped(out, w.kind);
        out.push_str("</strong> ");
        push_escaped(out, &w.message);
        if layout.warning_at.get(j).copied().flatten().is_some() {
            let _ = write!(out, " <a href=\"#a{n}-w{j}\">see in text</a>");
        }
        out.push_str("</li>\n");
    }
    if lossy > 0 {
        let _ = writeln!(
            out,
            "<li class=\"warning\"><strong>lossy_decoding</strong> the text contains {lossy} \
             replacement character(s) (U+FFFD): bytes that were not valid UTF-8 were replaced \
             when it was read</li>"
        );
    }
    out.push_str("</ul>\n");
}

fn render_facts(out: &mut String, n: usize, ext: &Extraction, layout: &Layout) {
    if ext.facts.is_empty() {
        out.push_str("<p class=\"nofacts\">No facts found.</p>\n");
        return;
    }
    out.push_str(
        "<table class=\"facts sortable\">\n<thead><tr><th scope=\"col\">#</th>\
         <th scope=\"col\">type</th><th scope=\"col\">who</th><th scope=\"col\">with</th>\
         <th scope=\"col\">details</th><th scope=\"col\">rule</th>\
         <th scope=\"col\" title=\"confidence\">conf.</th><th scope=\"col\">evidence</th></tr></thead>\n<tbody>\n",
    );
    for (i, f) in ext.facts.iter().enumerate() {
        let (a, b, details) = fact_cells(f);
        let ev = layout.fact_evidence.get(i).copied().flatten();
        let _ = write!(out, "<tr class=\"fact-row\" id=\"a{n}-f{i}\"");
        if let Some(k) = ev {
            let _ = write!(out, " data-ev=\"a{n}:{k}\"");
        }
        let _ = write!(
            out,
            "><td data-sort=\"{i}\">{}</td><td><span class=\"fact-type\">{}</span></td><td>{}</td>\
             <td>{}</td><td class=\"details\">{}</td><td><code>{}</code></td><td data-sort=\"{:.3}\">{:.2}</td><td>",
            i + 1,
            f.kind.type_name(),
            escape(&a),
            escape(&b),
            escape(&details),
            escape(f.rule).replace('.', ".<wbr>").replace('_', "_<wbr>"),
            f.confidence,
            f.confidence
        );
        match ev {
            Some(k) => {
                let _ = write!(
                    out,
                    "<a class=\"evlink\" href=\"#a{n}-ev{k}\" title=\"{}\">sentence</a>",
                    escape(&f.evidence.text)
                );
            }
            None => {
                out.push_str("<span class=\"evtext\">");
                push_escaped(out, &f.evidence.text);
                out.push_str("</span>");
            }
        }
        out.push_str("</td></tr>\n");
    }
    out.push_str("</tbody></table>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::EntityType;
    use crate::facts::{Argument, Evidence, FactKind};

    fn entity(kind: EntityType, text: &str, full: &str) -> Entity {
        let b = full.find(text).unwrap();
        Entity {
            kind,
            text: text.into(),
            start: full[..b].chars().count(),
            end: full[..b].chars().count() + text.chars().count(),
            canonical: Some(text.into()),
            value: None,
            byte_start: b,
            byte_end: b + text.len(),
            sentence: 0,
            rule: "test",
            entry: None,
        }
    }

    fn arg(s: &str) -> Argument {
        Argument {
            text: s.into(),
            canonical: s.into(),
            id: None,
        }
    }

    fn fact_over(full: &str, sentence: &str) -> Fact {
        let b = full.find(sentence).unwrap();
        Fact {
            kind: FactKind::Membership {
                member: arg("Pérou"),
                organization: arg("FAO"),
                since: None,
            },
            evidence: Evidence {
                text: sentence.into(),
                start: full[..b].chars().count(),
                end: full[..b].chars().count() + sentence.chars().count(),
                bytes: Span::new(b, b + sentence.len()),
            },
            rule: "test",
            confidence: 0.5,
        }
    }

    /// Checks that `<span>` and `<mark>` elements are properly nested.
    fn assert_nested(html: &str) {
        let mut stack = Vec::new();
        let mut rest = html;
        while let Some(i) = rest.find('<') {
            rest = &rest[i + 1..];
            for tag in ["span", "mark"] {
                if rest.starts_with(tag) {
                    stack.push(tag);
                } else if rest.strip_prefix('/').is_some_and(|r| r.starts_with(tag)) {
                    assert_eq!(stack.pop(), Some(tag), "badly nested: {html}");
                }
            }
        }
        assert!(stack.is_empty(), "unclosed {stack:?}: {html}");
    }

    fn html(text: &str, entities: Vec<Entity>, facts: Vec<Fact>) -> String {
        let doc = Document::new("d<1>", text);
        let ext = Extraction {
            id: doc.id.clone(),
            entities,
            facts,
            warnings: Vec::new(),
        };
        let mut out = String::new();
        render(&mut out, 0, &doc, &ext);
        assert_nested(&out);
        out
    }

    #[test]
    fn evidence_cut_inside_an_entity_moves_to_its_edge() {
        let text = "Le Pérou rejoint la FAO. Fin.";
        let ents = vec![
            entity(EntityType::Country, "Pérou", text),
            entity(EntityType::Organization, "FAO", text),
        ];
        // Evidence that starts in the middle of `Pérou` and ends inside `FAO`.
        let mut f = fact_over(text, "rou rejoint la F");
        f.evidence.bytes = Span::new(text.find("rou").unwrap(), text.find("AO").unwrap());
        let out = html(text, ents, vec![f]);
        assert_eq!(out.matches("<mark").count(), 2);
        assert!(
            out.contains(">Pérou</mark>") && out.contains(">FAO</mark>"),
            "{out}"
        );
        assert_eq!(out.matches("<span class=\"ev\"").count(), 1);
        assert_eq!(out.matches("<span").count(), out.matches("</span>").count());
    }

    #[test]
    fn overlapping_evidence_stays_well_nested() {
        let text = "Un deux trois quatre cinq.";
        let f1 = fact_over(text, "Un deux trois");
        let f2 = fact_over(text, "deux trois quatre");
        let out = html(text, vec![], vec![f1, f2]);
        assert!(out.contains("data-ev=\"0 1\""), "{out}");
        assert!(out.contains("id=\"a0-ev0\"") && out.contains("id=\"a0-ev1\""));
        assert_eq!(out.matches("<span").count(), out.matches("</span>").count());
        assert_eq!(out.matches("class=\"fact-row\"").count(), 2);
    }

    #[test]
    fn bad_and_overlapping_offsets_are_listed_not_lost() {
        let text = "Genève et Lausanne";
        let mut bad = entity(EntityType::Location, "Lausanne", text);
        bad.byte_start = 500;
        bad.byte_end = 400;
        bad.start = 900;
        let ge = entity(EntityType::Location, "Genève", text);
        let mut overlap = ge.clone();
        overlap.byte_end -= 3; // `Gen`, inside `Genève`
        overlap.end -= 3;
        let out = html(text, vec![ge, overlap, bad], vec![]);
        assert_eq!(out.matches("<mark").count(), 3, "{out}");
        assert!(out.contains("class=\"unplaced\""));
    }

    #[test]
    fn text_and_ids_are_escaped() {
        let text = "<script>alert('x')</script> & l’ONU";
        let out = html(
            text,
            vec![entity(EntityType::Organization, "ONU", text)],
            vec![],
        );
        assert!(!out.contains("<script>"), "{out}");
        assert!(out.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; l’"));
        assert!(out.contains("<h2>d&lt;1&gt;</h2>"));
    }

    #[test]
    fn lossy_text_gets_a_warning() {
        let out = html("caf\u{FFFD} noir", vec![], vec![]);
        assert!(out.contains("lossy_decoding"));
    }

    #[test]
    fn arbitrary_offsets_never_panic_and_stay_balanced() {
        // A small linear congruential generator: deterministic, no dependency.
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as usize % n.max(1)
        };
        let text = "Le 3 août, l’Unicef à Genève a reçu 2 M€ — « très bien ». Fin.\n";
        for _ in 0..300 {
            let mut entities = Vec::new();
            for _ in 0..next(6) {
                let mut e = entity(EntityType::Location, "Genève", text);
                e.byte_start = next(text.len() + 4);
                e.byte_end = e.byte_start + next(12);
                e.start = next(70);
                e.end = e.start + next(8);
                entities.push(e);
            }
            let mut facts = Vec::new();
            for _ in 0..next(4) {
                let mut f = fact_over(text, "Fin.");
                f.evidence.bytes = Span::new(next(text.len() + 2), next(text.len() + 2));
                f.evidence.start = next(70);
                f.evidence.end = next(70);
                facts.push(f);
            }
            let n_entities = entities.len();
            let n_facts = facts.len();
            let out = html(text, entities, facts);
            assert_eq!(out.matches("<mark").count(), n_entities, "{out}");
            assert_eq!(out.matches("</mark>").count(), n_entities);
            assert_eq!(out.matches("<span").count(), out.matches("</span>").count());
            assert_eq!(out.matches("class=\"fact-row\"").count(), n_facts);
        }
    }
}
