//! Facts: who contributed what to whom, who is a member of what, who holds which role, who
//! seeks how much money — each with the sentence that states it and the rule that found it.
//!
//! Facts are read off the resolved mentions of one document (see [`crate::resolve`]); each fact
//! type has its own module of named rules. Facts stated several times in an article (headline,
//! body, conclusion) are kept once: the first statement is the evidence.
//!
//! * [`cues`] turns each sentence into a stream of items (mentions, anaphors such as `le
//!   Royaume` or `du Fonds` with their referent, role titles, demonyms, words) and holds the
//!   shared helpers: prepositions, coordinated lists, subjects, and the negation, conditional
//!   and denial cues that cancel a statement (`n'a pas versé`, `pourrait rejoindre`, `a démenti`);
//! * [`role`], [`membership`], [`contribution`], [`funding`]: one module per fact type, each
//!   rule recording its name on what it finds (`role.apposition_after`, `membership.list`, …).
//!
//! Conventions where the contract leaves room:
//! * a withdrawal, a suspension, a request to join and an associate or observer status are not
//!   memberships; `since` is the year of `depuis 1998`, `en 2017`, or of a `(1973)` after a
//!   listed member;
//! * a date is attached to a contribution only from its own clause (or a date opening the
//!   sentence); a contribution is one per donor, recipient and amount, and two amounts stated
//!   together (`7,3 milliards de dollars, soit 4 390 milliards de francs CFA`) are one;
//! * a ROLE's country or organisation is taken only where the text ties it to the title (a
//!   demonym, `de`/`du`, `auprès de`, a diplomat's host country), never from the context; a
//!   person's short and long titles (`ministre`, `ministre de la Santé`) are one post.

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

use std::borrow::Cow;

use rustc_hash::FxHashMap;

use crate::analysis::Analysis;
use crate::fold::{name_key, push_name_key};

/// What a rule found in a sentence, before the sentence is attached as evidence.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub kind: FactKind,
    pub rule: &'static str,
    pub confidence: f32,
}

/// Extracts the facts of an analysed document (mentions chosen and resolved).
///
/// Each sentence goes through the rules of every fact type, then is dropped, so that a long
/// document's memory does not grow with its sentences. Roles come first so that a person
/// speaking for an organisation (`la directrice de la Banque mondiale, X, a annoncé l'octroi
/// de …`) can stand for it as a donor; when the role is stated only later in the document, the
/// sentence of the gift is read again at the end ([`contribution::Speakers`]). Facts stated
/// several times are kept once ([`dedupe`]).
///
/// ```
/// use glaneur::{Document, Extractor, FactKind};
/// let x = Extractor::builtin().unwrap();
/// let r = x.extract(&Document::new("d", "Le Maroc est membre de l’Union africaine depuis 2017."));
/// assert!(r.facts.iter().any(|f| matches!(&f.kind, FactKind::Membership { member, since, .. }
///     if member.canonical == "Maroc" && since.as_deref() == Some("2017"))));
/// ```
pub fn extract(a: &Analysis) -> Vec<Fact> {
    let reader = cues::Reader::new(a);
    let mut scratch = String::new();
    let mut speakers = contribution::Speakers::default();
    let mut signer = None;
    let mut signed = false;
    // What the rules found, in the order of the sentences, each with its sentence's span: a
    // sentence is dropped once its rules have run, so that memory does not grow with the
    // document, but for the last one read (the sentence before may hold a pronoun's referent).
    let mut found: Vec<(Span, Found)> = Vec::new();
    let mut retries: Vec<Retry> = Vec::new();
    let mut last: Option<(usize, cues::Sentence)> = None;
    let mut buf = Vec::new();
    for n in 0..reader.len() {
        let verdict = reader.may_state_a_fact(n, signed, &mut scratch);
        if !verdict.read {
            continue;
        }
        let Some(s) = reader.retained(n, &mut scratch) else {
            continue;
        };
        signed |= verdict.signs;
        let prev = before(&reader, n, &s, last.as_ref(), &mut scratch);
        role::find(a, &s, prev.as_deref(), &mut buf);
        speakers.learn(&buf);
        found.extend(buf.drain(..).map(|f| (s.span, f)));
        contribution::agreements_in(&s, &mut signer, &mut buf);
        found.extend(buf.drain(..).map(|f| (s.span, f)));
        let from = found.len();
        contribution::gifts(&s, &speakers, &mut buf);
        found.extend(buf.drain(..).map(|f| (s.span, f)));
        let missed = speakers.take_missed();
        if !missed.is_empty() {
            retries.push(Retry {
                n,
                gifts: from..found.len(),
                missed,
            });
        }
        membership::find(&s, &mut buf);
        funding::find(&s, prev.as_deref(), &mut buf);
        found.extend(buf.drain(..).map(|f| (s.span, f)));
        drop(prev);
        last = Some((n, s));
    }
    retries.retain(|r| speakers.knows_any(&r.missed));
    retry(&reader, &speakers, &mut found, retries, &mut scratch);
    // Statements become facts one by one as deduplication takes them: the statements and
    // the facts kept are the only lists, and the latter is as long as what it keeps.
    let facts = found.into_iter().map(|(span, f)| Fact {
        kind: f.kind,
        // The sentence is copied only for the facts that survive deduplication: a long
        // sentence stating many facts would otherwise be copied once per statement.
        evidence: Evidence {
            text: String::new(),
            start: 0,
            end: 0,
            bytes: span,
        },
        rule: f.rule,
        confidence: f.confidence,
    });
    // Two amounts stated in one sentence of either statement (`7,3 milliards de dollars, soit
    // 4 390 milliards de francs CFA`) are one amount in two currencies.
    let amounts_in = |span: Span| -> Vec<&Money> {
        let first = a.mentions.partition_point(|m| m.span.start < span.start);
        a.mentions[first..]
            .iter()
            .take_while(|m| m.span.end <= span.end)
            .filter_map(|m| match &m.value {
                Some(crate::document::Value::Money(v)) => Some(v),
                _ => None,
            })
            .collect()
    };
    let (facts, keys) = dedupe_keyed(facts, |x, y| {
        let (
            FactKind::Contribution {
                amount: Some(ax), ..
            },
            FactKind::Contribution {
                amount: Some(ay), ..
            },
        ) = (&x.kind, &y.kind)
        else {
            return false;
        };
        [x.evidence.bytes, y.evidence.bytes].iter().any(|&span| {
            let found = amounts_in(span);
            found.contains(&ax) && found.contains(&ay)
        })
    });
    let mut facts = merge_titles(facts, &title_keys(&keys));
    for f in &mut facts {
        f.evidence = evidence(a, f.evidence.bytes);
    }
    facts
}

/// The sentence before sentence `n`, for the rules that read a pronoun's referent there: the
/// nearest earlier sentence that [`cues::Reader::retained`] keeps. Looked up only when `s` has
/// such a pronoun; `last` (the last sentence read, with its index) is borrowed when no kept
/// sentence stands between, else the sentence is built.
fn before<'s, 'l>(
    reader: &cues::Reader<'s>,
    n: usize,
    s: &cues::Sentence,
    last: Option<&'l (usize, cues::Sentence<'s>)>,
    scratch: &mut String,
) -> Option<Cow<'l, cues::Sentence<'s>>> {
    // The ROLE rules' pronouns by their cue class (known from the sentence's build, no walk
    // over its items); the funding rules' only at the start.
    let pronoun = s.cues.any(cues::Cues::PRONOUN)
        || s.items.first().is_some_and(|it| it.is(funding::PRONOUNS));
    if !pronoun {
        return None;
    }
    (0..n).rev().find_map(|p| match last {
        Some((m, built)) if *m == p => Some(Cow::Borrowed(built)),
        _ => reader.retained(p, scratch).map(Cow::Owned),
    })
}

/// A sentence whose gift rules looked up a person with no known organisation: its index,
/// where its gifts stand among the facts found, and the persons missed.
struct Retry {
    n: usize,
    gifts: std::ops::Range<usize>,
    missed: Vec<String>,
}

/// Replaces in `found` the gifts of each sentence of `retries` by those found again, now that
/// the roles of the whole document are known (the sentence is built again; rare: a person
/// stated as a donor before their role). Its agreements read no roles and stay as they are.
fn retry(
    reader: &cues::Reader,
    speakers: &contribution::Speakers,
    found: &mut Vec<(Span, Found)>,
    retries: Vec<Retry>,
    scratch: &mut String,
) {
    let mut buf = Vec::new();
    // From the last: the ranges of the earlier ones stay where they are.
    for r in retries.into_iter().rev() {
        if let Some(s) = reader.retained(r.n, scratch) {
            contribution::gifts(&s, speakers, &mut buf);
            found.splice(r.gifts, buf.drain(..).map(|f| (s.span, f)));
        }
    }
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

/// The identity of a fact: its type and the folded canonical names of its required arguments
/// (`C|{donor}|{recipient}` with each name as [`name_key`](crate::fold::name_key) gives it), built in one string;
/// and where the `|` after the first name is, so that a ROLE's person and title keys are read
/// there ([`role_parts`]) instead of being written again.
fn key(kind: &FactKind) -> (String, usize) {
    let mut k = String::with_capacity(64);
    let mut at = 0;
    match kind {
        FactKind::Contribution {
            donor, recipient, ..
        } => {
            k.push_str("C|");
            push_name_key(&mut k, &donor.canonical);
            k.push('|');
            push_name_key(&mut k, &recipient.canonical);
        }
        FactKind::Membership {
            member,
            organization,
            ..
        } => {
            k.push_str("M|");
            push_name_key(&mut k, &member.canonical);
            k.push('|');
            push_name_key(&mut k, &organization.canonical);
        }
        FactKind::Role { person, role, .. } => {
            k.push_str("R|");
            push_name_key(&mut k, &person.canonical);
            at = k.len();
            k.push('|');
            push_name_key(&mut k, role);
        }
        FactKind::FundingTarget {
            organization,
            amount,
        } => {
            k.push_str("F|");
            push_name_key(&mut k, &organization.canonical);
            k.push('|');
            if let Some(m) = amount {
                use std::fmt::Write;
                let _ = write!(k, "{}{}", m.amount, m.currency);
            }
        }
    }
    (k, at)
}

/// The person's and the title's keys in a ROLE's [`key`] `k` whose `|` between them is at `at`.
fn role_parts(k: &str, at: usize) -> (&str, &str) {
    (
        k.get("R|".len()..at).unwrap_or_default(),
        k.get(at + 1..).unwrap_or_default(),
    )
}

/// Keeps the first statement of each fact (same type, same canonical arguments) and fills its
/// missing optional attributes from the later ones.
///
/// A contribution is identified by donor and recipient, so two amounts given by the same donor
/// to the same recipient are one fact whose amount is the first one stated; a funding target
/// is identified by organisation and amount, since an organisation may seek several sums.
pub fn dedupe(facts: Vec<Fact>) -> Vec<Fact> {
    dedupe_with(facts, |_, _| false)
}

/// [`dedupe`], where contributions with different amounts are still one fact when
/// `equivalent` says the amounts are the same money (a conversion stated with it).
pub fn dedupe_with(
    facts: impl IntoIterator<Item = Fact>,
    equivalent: impl Fn(&Fact, &Fact) -> bool,
) -> Vec<Fact> {
    dedupe_keyed(facts, equivalent).0
}

/// A ROLE's [`key`] and where the `|` after its person's key is ([`role_parts`]).
type RoleKey = (String, usize);

/// [`dedupe_with`], with the [`key`] of each ROLE kept (and where its `|` is; `None` for
/// the other facts), for [`merge_titles`].
fn dedupe_keyed(
    facts: impl IntoIterator<Item = Fact>,
    equivalent: impl Fn(&Fact, &Fact) -> bool,
) -> (Vec<Fact>, Vec<Option<RoleKey>>) {
    // Not sized for every statement: a long document states the same facts many times.
    let mut out: Vec<Fact> = Vec::new();
    let mut roles: Vec<Option<RoleKey>> = Vec::new();
    let mut index: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for f in facts {
        let (k, at) = key(&f.kind);
        let same = index.get(&k).and_then(|v| {
            v.iter()
                .copied()
                .find(|&i| same_amount(&out[i].kind, &f.kind) || equivalent(&out[i], &f))
        });
        match same {
            Some(i) => merge(&mut out[i].kind, f.kind),
            None => {
                let role = matches!(f.kind, FactKind::Role { .. }).then(|| (k.clone(), at));
                roles.push(role);
                index.entry(k).or_default().push(out.len());
                out.push(f);
            }
        }
    }
    (out, roles)
}

/// The facts of a document read in stretches ([`crate::stretch`]), each stretch's already
/// deduplicated: a fact stated in two stretches is kept once, as [`dedupe`] keeps it within one,
/// and a short and a long title of one post found in different stretches are one ROLE.
pub fn merge_stretches(facts: Vec<Fact>) -> Vec<Fact> {
    let (facts, keys) = dedupe_keyed(facts, |_, _| false);
    merge_titles(facts, &title_keys(&keys))
}

/// The person's and the title's keys of each ROLE among the facts [`dedupe_keyed`] kept.
fn title_keys(keys: &[Option<RoleKey>]) -> Vec<Option<(&str, &str)>> {
    keys.iter()
        .map(|k| k.as_ref().map(|(k, at)| role_parts(k, *at)))
        .collect()
}

/// Keeps one ROLE per post when a person's title is written short and long (`le ministre X`,
/// `X, ministre du Développement international`): the long title stays, with the attributes
/// of both. `keys` are each fact's person and title keys if it is a ROLE ([`title_keys`]).
fn merge_titles(mut facts: Vec<Fact>, keys: &[Option<(&str, &str)>]) -> Vec<Fact> {
    let mut drop = vec![false; facts.len()];
    // The roles of each person: a title is only compared with the same person's other titles.
    let mut by_person: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (i, k) in keys.iter().enumerate() {
        if let Some((p, _)) = *k {
            by_person.entry(p).or_default().push(i);
        }
    }
    for i in 0..facts.len() {
        let Some(&Some((p, short))) = keys.get(i) else {
            continue;
        };
        let same_person = by_person.get(p).map(Vec::as_slice).unwrap_or(&[]);
        let longer = same_person.iter().copied().find(|&j| {
            j != i
                && !drop[j]
                && keys.get(j).copied().flatten().is_some_and(|(p2, r2)| {
                    p2 == p
                        && r2
                            .strip_prefix(short)
                            .is_some_and(|rest| rest.starts_with(' '))
                })
                && same_amount(&facts[i].kind, &facts[j].kind)
        });
        if let Some(j) = longer {
            drop[i] = true;
            let short_fact = facts[i].kind.clone();
            merge(&mut facts[j].kind, short_fact);
        }
    }
    let mut keep = drop.into_iter().map(|d| !d);
    facts.retain(|_| keep.next().unwrap_or(true));
    facts
}

/// Whether two statements of a fact can be one: anything but two contributions with two
/// different amounts (a donor may give a recipient several sums).
fn same_amount(x: &FactKind, y: &FactKind) -> bool {
    let differ = |a: &Option<Argument>, b: &Option<Argument>| matches!((a, b), (Some(a), Some(b)) if name_key(&a.canonical) != name_key(&b.canonical));
    match (x, y) {
        // The same title in two organisations is two posts (`président de la Croix-Rouge
        // italienne`, then of the federation).
        (
            FactKind::Role {
                organization: o1,
                country: c1,
                ..
            },
            FactKind::Role {
                organization: o2,
                country: c2,
                ..
            },
        ) => !differ(o1, o2) && !differ(c1, c2),
        (
            FactKind::Contribution {
                amount: Some(a), ..
            },
            FactKind::Contribution {
                amount: Some(b), ..
            },
        ) => a == b,
        _ => true,
    }
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
            // A later statement with both an amount and a date is the precise one (a headline
            // gives a rounded or converted sum and no day).
            if date.is_none() && d2.is_some() && a2.is_some() {
                *amount = a2;
                *date = d2;
            } else {
                *amount = amount.take().or(a2);
                *date = date.take().or(d2);
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

#[cfg(test)]
mod tests {
    use crate::{Document, Extractor, Fact, FactKind};

    fn facts(text: &str) -> Vec<Fact> {
        let x = Extractor::builtin().expect("the built-in gazetteers load");
        x.extract(&Document::new("t", text)).facts
    }

    /// `(donor, recipient, rule)` of the contributions.
    fn contributions(text: &str) -> Vec<(String, String, &'static str)> {
        facts(text)
            .into_iter()
            .filter_map(|f| match f.kind {
                FactKind::Contribution {
                    donor, recipient, ..
                } => Some((donor.canonical, recipient.canonical, f.rule)),
                _ => None,
            })
            .collect()
    }

    /// Sentences are read one at a time, yet a person's role stated after their gift still
    /// lends its organisation to the donor (the gift's sentence is read again at the end).
    #[test]
    fn a_role_stated_after_the_gift_names_the_donor() {
        let text = "Awa Ndiaye a annoncé l'octroi d'un prêt de 5 millions de dollars au Bénin. \
                    La directrice générale de la Banque africaine de développement, Awa Ndiaye, \
                    a visité Cotonou.";
        assert_eq!(
            contributions(text),
            [(
                "Banque africaine de développement".to_string(),
                "Bénin".to_string(),
                "contribution.noun_subject"
            )]
        );
    }

    /// A sentence read again for its gifts keeps the agreement found the first time (it still
    /// names the signer of the sentence before), and its facts keep their order.
    #[test]
    fn a_sentence_read_again_keeps_its_signer() {
        let text = "La BAD a signé deux accords d'une valeur de 10 millions de dollars avec le \
                    Togo. L'accord avec le Bénin, d'une valeur de 4 millions de dollars, a été \
                    conclu hier, et Awa Ndiaye a accordé un prêt de 2 millions de dollars au \
                    Niger. La directrice générale de la Banque mondiale, Awa Ndiaye, a visité \
                    Cotonou.";
        assert_eq!(
            contributions(text),
            [
                (
                    "Banque africaine de développement".to_string(),
                    "Bénin".to_string(),
                    "contribution.agreement"
                ),
                (
                    "Banque mondiale".to_string(),
                    "Niger".to_string(),
                    "contribution.verb_active"
                ),
            ]
        );
    }
}
