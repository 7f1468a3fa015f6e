//! The archive overview: counts by type, the most frequent entities, the merged facts table
//! and contributions over time.
//!
//! Entities are grouped by type and canonical name (folded the way the scorer compares names:
//! no case, no accents); facts by type and every argument and attribute, so the same
//! contribution reported by three articles is one row with a count of 3 and links to each.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;

use crate::document::{Document, EntityType};
use crate::facts::{Fact, FactKind};
use crate::fold::name_key;
use crate::record::Extraction;

use super::html::{escape, fact_cells, format_money, push_escaped, type_class};
use super::svg::{bar_chart, Bar};

/// Renders the overview `<section>`.
pub fn render(out: &mut String, records: &[(Document, Extraction)], top: usize) {
    out.push_str("<section class=\"overview\" id=\"overview\">\n<h2>Overview</h2>\n");
    render_counts(out, records);
    render_top_entities(out, records, top);
    let merged = merge_facts(records);
    render_merged_facts(out, records, &merged);
    render_contributions(out, records, &merged);
    out.push_str("</section>\n");
}

fn render_counts(out: &mut String, records: &[(Document, Extraction)]) {
    #[derive(Default)]
    struct Count {
        mentions: usize,
        distinct: BTreeSet<String>,
        docs: usize,
    }
    let mut counts: BTreeMap<EntityType, Count> = BTreeMap::new();
    for (_, ext) in records {
        let mut seen = BTreeSet::new();
        for e in &ext.entities {
            let c = counts.entry(e.kind).or_default();
            c.mentions += 1;
            c.distinct.insert(entity_key(e));
            if seen.insert(e.kind) {
                c.docs += 1;
            }
        }
    }
    let max = counts
        .values()
        .map(|c| c.mentions)
        .max()
        .unwrap_or(0)
        .max(1);
    out.push_str(
        "<h3>Entities by type</h3>\n<table class=\"counts sortable\"><thead><tr>\
         <th scope=\"col\">type</th><th scope=\"col\">mentions</th>\
         <th scope=\"col\">distinct</th><th scope=\"col\">documents</th></tr></thead><tbody>\n",
    );
    for kind in EntityType::ALL {
        let Some(c) = counts.get(&kind) else {
            continue;
        };
        let width = 100 * c.mentions / max;
        let _ = writeln!(
            out,
            "<tr><td><span class=\"swatch {cls}\">{name}</span></td>\
             <td data-sort=\"{m}\"><span class=\"bar {cls}\" style=\"width:{width}%\"></span>{m}</td>\
             <td>{d}</td><td>{docs}</td></tr>",
            cls = type_class(kind),
            name = kind.as_str(),
            m = c.mentions,
            d = c.distinct.len(),
            docs = c.docs,
        );
    }
    out.push_str("</tbody></table>\n");
}

/// The grouping key of an entity: its type and folded canonical name (or text).
fn entity_key(e: &crate::record::Entity) -> String {
    name_key(e.canonical.as_deref().unwrap_or(&e.text))
}

fn render_top_entities(out: &mut String, records: &[(Document, Extraction)], top: usize) {
    struct Group {
        kind: EntityType,
        name: String,
        mentions: usize,
        docs: Vec<usize>,
        forms: BTreeSet<String>,
    }
    let mut groups: HashMap<(EntityType, String), Group> = HashMap::new();
    for (n, (_, ext)) in records.iter().enumerate() {
        for e in &ext.entities {
            // Dates and amounts are values, not names: the counts table covers them.
            if matches!(e.kind, EntityType::Money | EntityType::Date) {
                continue;
            }
            let g = groups
                .entry((e.kind, entity_key(e)))
                .or_insert_with(|| Group {
                    kind: e.kind,
                    name: e.canonical.clone().unwrap_or_else(|| e.text.clone()),
                    mentions: 0,
                    docs: Vec::new(),
                    forms: BTreeSet::new(),
                });
            g.mentions += 1;
            if g.docs.last() != Some(&n) {
                g.docs.push(n);
            }
            if g.forms.len() < 8 {
                g.forms.insert(e.text.clone());
            }
        }
    }
    let mut groups: Vec<Group> = groups.into_values().collect();
    groups.sort_by(|a, b| {
        (b.docs.len(), b.mentions)
            .cmp(&(a.docs.len(), a.mentions))
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.kind.cmp(&b.kind))
    });
    let _ = writeln!(
        out,
        "<h3>Most frequent entities</h3>\n<p class=\"note\">The {} names found in the most \
         documents, grouped by canonical name (amounts and dates are left out).</p>",
        top.min(groups.len())
    );
    out.push_str(
        "<table class=\"top sortable\"><thead><tr><th scope=\"col\">entity</th>\
         <th scope=\"col\">type</th><th scope=\"col\">documents</th>\
         <th scope=\"col\">mentions</th><th scope=\"col\">written as</th></tr></thead><tbody>\n",
    );
    for g in groups.iter().take(top) {
        let forms: Vec<&str> = g.forms.iter().map(String::as_str).collect();
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td><span class=\"swatch {}\">{}</span></td><td>{}</td><td>{}</td>\
             <td>{}</td></tr>",
            escape(&g.name),
            type_class(g.kind),
            g.kind.as_str(),
            g.docs.len(),
            g.mentions,
            escape(&forms.join(" · "))
        );
    }
    out.push_str("</tbody></table>\n");
}

/// One fact as stated by one or more documents.
pub struct Merged<'r> {
    /// The first statement (its text forms are shown).
    pub fact: &'r Fact,
    /// Number of statements.
    pub count: usize,
    /// Documents stating it, by index, in order, each once, with the fact's index there.
    pub docs: Vec<(usize, usize)>,
}

/// Groups equal facts across documents, in order of first appearance.
pub fn merge_facts(records: &[(Document, Extraction)]) -> Vec<Merged<'_>> {
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut merged: Vec<Merged> = Vec::new();
    for (n, (_, ext)) in records.iter().enumerate() {
        for (i, f) in ext.facts.iter().enumerate() {
            let key = fact_key(f);
            match index.get(&key) {
                Some(&m) => {
                    let m = &mut merged[m];
                    m.count += 1;
                    if m.docs.last().map(|d| d.0) != Some(n) {
                        m.docs.push((n, i));
                    }
                }
                None => {
                    index.insert(key, merged.len());
                    merged.push(Merged {
                        fact: f,
                        count: 1,
                        docs: vec![(n, i)],
                    });
                }
            }
        }
    }
    merged
}

/// What makes two facts the same: the type, every argument's folded canonical name, and the
/// attributes (amount, date, since, role).
fn fact_key(f: &Fact) -> String {
    let k = |a: &crate::facts::Argument| name_key(&a.canonical);
    let money = |m: &Option<crate::document::Money>| {
        m.as_ref()
            .map(|m| format!("{} {}", m.amount, m.currency))
            .unwrap_or_default()
    };
    match &f.kind {
        FactKind::Contribution {
            donor,
            recipient,
            amount,
            date,
        } => format!(
            "C|{}|{}|{}|{}",
            k(donor),
            k(recipient),
            money(amount),
            date.map(|d| d.to_string()).unwrap_or_default()
        ),
        FactKind::Membership {
            member,
            organization,
            since,
        } => format!(
            "M|{}|{}|{}",
            k(member),
            k(organization),
            since.as_deref().unwrap_or("")
        ),
        FactKind::Role {
            person,
            role,
            organization,
            country,
        } => format!(
            "R|{}|{}|{}|{}",
            k(person),
            name_key(role),
            organization.as_ref().map(k).unwrap_or_default(),
            country.as_ref().map(k).unwrap_or_default()
        ),
        FactKind::FundingTarget {
            organization,
            amount,
        } => format!("F|{}|{}", k(organization), money(amount)),
    }
}

fn render_merged_facts(out: &mut String, records: &[(Document, Extraction)], merged: &[Merged]) {
    let total: usize = merged.iter().map(|m| m.count).sum();
    let _ = writeln!(
        out,
        "<h3>Facts</h3>\n<p class=\"note\">{} distinct facts from {} statements; the same fact \
         in several documents is one row. Click a column header to sort.</p>",
        merged.len(),
        total
    );
    if merged.is_empty() {
        return;
    }
    out.push_str(
        "<table class=\"merged sortable\"><thead><tr><th scope=\"col\">type</th>\
         <th scope=\"col\">who</th><th scope=\"col\">with</th><th scope=\"col\">details</th>\
         <th scope=\"col\">statements</th><th scope=\"col\">documents</th></tr></thead><tbody>\n",
    );
    for m in merged {
        let (a, b, details) = fact_cells(m.fact);
        let _ = write!(
            out,
            "<tr class=\"merged-row\"><td><span class=\"fact-type\">{}</span></td><td>{}</td>\
             <td>{}</td><td class=\"details\">{}</td><td>{}</td><td data-sort=\"{}\">",
            m.fact.kind.type_name(),
            escape(&a),
            escape(&b),
            escape(&details),
            m.count,
            m.docs.len()
        );
        for (j, &(n, i)) in m.docs.iter().enumerate() {
            if j > 0 {
                out.push_str(", ");
            }
            let _ = write!(out, "<a href=\"#a{n}-f{i}\">");
            push_escaped(out, records.get(n).map_or("", |r| r.1.id.as_str()));
            out.push_str("</a>");
        }
        out.push_str("</td></tr>\n");
    }
    out.push_str("</tbody></table>\n");
}

/// A period of the contributions chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Period {
    year: i32,
    month: Option<u8>,
}

fn render_contributions(out: &mut String, records: &[(Document, Extraction)], merged: &[Merged]) {
    // Each distinct contribution once, dated by its own date, else by the earliest
    // publication date of the documents that state it.
    let mut dated: Vec<(Period, &Fact)> = Vec::new();
    let mut undated = 0;
    for m in merged {
        let FactKind::Contribution { date, .. } = &m.fact.kind else {
            continue;
        };
        let own = date.and_then(|d| {
            d.year.map(|year| Period {
                year,
                month: d.month,
            })
        });
        let published = m
            .docs
            .iter()
            .filter_map(|&(n, _)| records.get(n).and_then(|r| r.0.date))
            .min()
            .map(|d| Period {
                year: d.year,
                month: Some(d.month),
            });
        match own.or(published) {
            Some(p) => dated.push((p, m.fact)),
            None => undated += 1,
        }
    }
    out.push_str("<h3>Contributions over time</h3>\n");
    if dated.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"note\">No dated contributions ({undated} without a date).</p>"
        );
        return;
    }
    let by_month = by_month(&dated);
    let mut buckets: BTreeMap<Period, Vec<&Fact>> = BTreeMap::new();
    for (p, f) in &dated {
        let key = if by_month {
            *p
        } else {
            Period {
                year: p.year,
                month: None,
            }
        };
        buckets.entry(key).or_default().push(f);
    }
    let (first, last) = match (buckets.keys().next(), buckets.keys().next_back()) {
        (Some(a), Some(b)) => (*a, *b),
        _ => return,
    };
    let mut bars = Vec::new();
    let mut p = first;
    while p <= last && bars.len() < 400 {
        let facts = buckets.get(&p).map(Vec::as_slice).unwrap_or(&[]);
        let label = match p.month {
            Some(m) => format!("{:04}-{m:02}", p.year),
            None => format!("{:04}", p.year),
        };
        let mut sums: BTreeMap<&str, f64> = BTreeMap::new();
        for f in facts {
            if let FactKind::Contribution {
                amount: Some(m), ..
            } = &f.kind
            {
                *sums.entry(m.currency.as_str()).or_default() += m.amount;
            }
        }
        let mut tip = format!("{label}: {} contribution(s)", facts.len());
        for (cur, amount) in sums {
            let _ = write!(
                tip,
                "\n{}",
                format_money(&crate::document::Money {
                    amount,
                    currency: cur.to_string()
                })
            );
        }
        bars.push(Bar {
            label,
            value: facts.len() as f64,
            tooltip: tip,
        });
        p = next(p);
    }
    let unit = if by_month { "month" } else { "year" };
    let _ = writeln!(
        out,
        "<p class=\"note\">Distinct contributions by {unit} of the contribution's date, or of \
         the article's publication date when the text gives none{}.</p>",
        if undated > 0 {
            format!("; {undated} without any date are left out")
        } else {
            String::new()
        }
    );
    out.push_str(&bar_chart(
        &bars,
        &format!("Contributions per {unit}"),
        "contributions",
    ));
}

/// Months when every dated contribution has one and they span at most three years.
fn by_month(dated: &[(Period, &Fact)]) -> bool {
    let years = dated.iter().map(|(p, _)| p.year);
    let (lo, hi) = (years.clone().min(), years.max());
    dated.iter().all(|(p, _)| p.month.is_some())
        && matches!((lo, hi), (Some(lo), Some(hi)) if hi - lo <= 2)
}

fn next(p: Period) -> Period {
    match p.month {
        Some(12) => Period {
            year: p.year + 1,
            month: Some(1),
        },
        Some(m) => Period {
            year: p.year,
            month: Some(m + 1),
        },
        None => Period {
            year: p.year + 1,
            month: None,
        },
    }
}
