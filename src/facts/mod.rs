//! Facts: who contributed what to whom, who is a member of what, who holds which role, who
//! seeks how much money — each with the sentence that states it and the rule that found it.
//!
//! Facts are read off the resolved mentions of one document (see [`crate::resolve`]); each fact
//! type has its own module of named rules. Facts stated several times in an article (headline,
//! body, conclusion) are kept once: the first statement is the evidence.

use serde::Serialize;

use crate::document::{DateValue, Money, Span};

/// An argument of a fact: the text as written (possibly an anaphor such as `le Royaume`) and
/// the canonical name of the entity it refers to.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Argument {
    pub text: String,
    pub canonical: String,
    /// Gazetteer id of the entity, when known (`country:ma`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

/// The four fact types of the contract with their arguments.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "SCREAMING_SNAKE_CASE")]
pub enum FactKind {
    Contribution {
        donor: Argument,
        recipient: Argument,
        amount: Option<Money>,
        date: Option<DateValue>,
    },
    Membership {
        member: Argument,
        organization: Argument,
        /// The year as `"YYYY"`.
        since: Option<String>,
    },
    Role {
        person: Argument,
        /// Lower-case role title as written (`directrice générale`).
        role: String,
        organization: Option<Argument>,
        country: Option<Argument>,
    },
    FundingTarget {
        organization: Argument,
        amount: Option<Money>,
    },
}

impl FactKind {
    /// The contract's name of the type (`CONTRIBUTION`, …).
    pub fn type_name(&self) -> &'static str {
        match self {
            FactKind::Contribution { .. } => "CONTRIBUTION",
            FactKind::Membership { .. } => "MEMBERSHIP",
            FactKind::Role { .. } => "ROLE",
            FactKind::FundingTarget { .. } => "FUNDING_TARGET",
        }
    }
}

/// The sentence that states a fact, with its character offsets in the document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Evidence {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Byte offsets of the same sentence (not serialized; the contract counts characters).
    #[serde(skip)]
    pub bytes: Span,
}

/// One extracted fact.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Fact {
    #[serde(flatten)]
    pub kind: FactKind,
    pub evidence: Evidence,
    /// The named rule that produced the fact (`contribution.verb_amount_to`).
    pub rule: &'static str,
    /// How sure the rule is, from 0 to 1.
    pub confidence: f32,
}

pub mod contribution;
pub mod cues;
pub mod funding;
pub mod membership;
pub mod role;

use std::collections::HashMap;

use crate::analysis::Analysis;
use crate::fold::name_key;

/// What a rule found in a sentence, before the sentence is attached as evidence.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub kind: FactKind,
    pub rule: &'static str,
    pub confidence: f32,
}

/// Extracts the facts of an analysed document (mentions chosen and resolved).
///
/// Each sentence goes through the rules of every fact type; roles come first so that a person
/// speaking for an organisation (`la directrice de la Banque mondiale, X, a annoncé l'octroi
/// de …`) can stand for it as a donor. Facts stated several times are kept once
/// ([`dedupe`]).
///
/// ```
/// use glaneur::{Document, Extractor, FactKind};
/// let x = Extractor::builtin().unwrap();
/// let r = x.extract(&Document::new("d", "Le Maroc est membre de l’Union africaine depuis 2017."));
/// assert!(r.facts.iter().any(|f| matches!(&f.kind, FactKind::Membership { member, since, .. }
///     if member.canonical == "Maroc" && since.as_deref() == Some("2017"))));
/// ```
pub fn extract(a: &Analysis) -> Vec<Fact> {
    let sentences = cues::sentences(a);
    let mut found: Vec<(usize, Found)> = Vec::new();
    let mut buf = Vec::new();
    for (n, s) in sentences.iter().enumerate() {
        role::find(a, s, &mut buf);
        found.extend(buf.drain(..).map(|f| (n, f)));
    }
    // Person → organisation of their role, for donors speaking through a person.
    let mut role_orgs: HashMap<String, Argument> = HashMap::new();
    for (_, f) in &found {
        if let FactKind::Role {
            person,
            organization: Some(org),
            ..
        } = &f.kind
        {
            role_orgs
                .entry(person.canonical.clone())
                .or_insert_with(|| org.clone());
        }
    }
    for (n, s) in sentences.iter().enumerate() {
        contribution::find(s, &role_orgs, &mut buf);
        membership::find(s, &mut buf);
        funding::find(s, &mut buf);
        found.extend(buf.drain(..).map(|f| (n, f)));
    }
    found.sort_by_key(|(n, _)| *n);
    let facts = found
        .into_iter()
        .map(|(n, f)| Fact {
            kind: f.kind,
            evidence: evidence(a, sentences[n].span),
            rule: f.rule,
            confidence: f.confidence,
        })
        .collect();
    dedupe(facts)
}

/// The evidence of a sentence span.
fn evidence(a: &Analysis, span: Span) -> Evidence {
    Evidence {
        text: span.of(a.text).to_string(),
        start: a.chars.chars(span.start),
        end: a.chars.chars(span.end),
        bytes: span,
    }
}

/// The identity of a fact: its type and the folded canonical names of its required arguments.
fn key(kind: &FactKind) -> String {
    match kind {
        FactKind::Contribution {
            donor, recipient, ..
        } => {
            format!(
                "C|{}|{}",
                name_key(&donor.canonical),
                name_key(&recipient.canonical)
            )
        }
        FactKind::Membership {
            member,
            organization,
            ..
        } => {
            format!(
                "M|{}|{}",
                name_key(&member.canonical),
                name_key(&organization.canonical)
            )
        }
        FactKind::Role { person, role, .. } => {
            format!("R|{}|{}", name_key(&person.canonical), name_key(role))
        }
        FactKind::FundingTarget {
            organization,
            amount,
        } => {
            let a = amount
                .as_ref()
                .map(|m| format!("{}{}", m.amount, m.currency))
                .unwrap_or_default();
            format!("F|{}|{a}", name_key(&organization.canonical))
        }
    }
}

/// Keeps the first statement of each fact (same type, same canonical arguments) and fills its
/// missing optional attributes from the later ones.
///
/// A contribution is identified by donor and recipient, so two amounts given by the same donor
/// to the same recipient are one fact whose amount is the first one stated; a funding target
/// is identified by organisation and amount, since an organisation may seek several sums.
pub fn dedupe(facts: Vec<Fact>) -> Vec<Fact> {
    let mut out: Vec<Fact> = Vec::with_capacity(facts.len());
    let mut index: HashMap<String, usize> = HashMap::new();
    for f in facts {
        let k = key(&f.kind);
        let Some(&i) = index.get(&k) else {
            index.insert(k, out.len());
            out.push(f);
            continue;
        };
        merge(&mut out[i].kind, f.kind);
    }
    out
}

/// Fills the optional attributes of `first` that it lacks from `later`.
fn merge(first: &mut FactKind, later: FactKind) {
    match (first, later) {
        (
            FactKind::Contribution { amount, date, .. },
            FactKind::Contribution {
                amount: a2,
                date: d2,
                ..
            },
        ) => {
            if amount.is_none() {
                *amount = a2;
            }
            if date.is_none() {
                *date = d2;
            }
        }
        (FactKind::Membership { since, .. }, FactKind::Membership { since: s2, .. }) => {
            *since = since.take().or(s2);
        }
        (
            FactKind::Role {
                organization,
                country,
                ..
            },
            FactKind::Role {
                organization: o2,
                country: c2,
                ..
            },
        ) => {
            if organization.is_none() {
                *organization = o2;
            }
            if country.is_none() {
                *country = c2;
            }
        }
        _ => {}
    }
}
