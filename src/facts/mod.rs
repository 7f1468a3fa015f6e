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

use crate::analysis::Analysis;

/// Extracts the facts of an analysed document (mentions chosen and resolved).
pub fn extract(_a: &Analysis) -> Vec<Fact> {
    Vec::new()
}
