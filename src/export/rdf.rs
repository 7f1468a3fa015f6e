//! RDF as N-Triples, written with `oxrdf`/`oxttl`, for graph stores.
//!
//! IRIs are stable across runs and archives:
//!
//! | thing | IRI |
//! |---|---|
//! | known entity (gazetteer id `org:oim`) | `https://glaneur.example/id/org/oim` |
//! | other entity (by canonical name) | `https://glaneur.example/id/name/Amy%20Pope` |
//! | document | `https://glaneur.example/doc/<id>` |
//! | fact *n* of a document | `https://glaneur.example/doc/<id>/fact/<n>` |
//! | vocabulary | `https://glaneur.example/ns#` (prefix `gl:`) |
//!
//! Every path segment is percent-encoded. A known entity is linked to Wikidata
//! (`owl:sameAs <http://www.wikidata.org/entity/Q…>`) when the gazetteer knows its QID, and a
//! country carries its ISO 3166-1 code (`gl:iso "MA"`). A fact is a node typed
//! `gl:Contribution`, `gl:Membership`, `gl:Role` or `gl:FundingTarget` with one property per
//! argument (`gl:donor`, `gl:recipient`, `gl:member`, `gl:organization`, `gl:person`,
//! `gl:country`), `gl:role`, `gl:amount` (`xsd:decimal`), `gl:currency`, `gl:date`
//! (`xsd:date`, `xsd:gYearMonth` or `xsd:gYear` by precision), `gl:since` (`xsd:gYear`),
//! `gl:source` (the document), `gl:evidence`, `gl:rule` and `gl:confidence`.

use std::collections::HashSet;
use std::io::{self, Write};

use oxrdf::vocab::{rdf, rdfs, xsd};
use oxrdf::{Literal, NamedNode, NamedNodeRef, Term, Triple};
use oxttl::ntriples::WriterNTriplesSerializer;
use oxttl::NTriplesSerializer;

use super::{Destination, Sink};
use crate::batch::Outcome;
use crate::document::{DateValue, EntityType, Money};
use crate::facts::{Argument, Fact, FactKind};
use crate::gazetteer::Gazetteers;

/// Base of every IRI glaneur mints.
pub const BASE: &str = "https://glaneur.example/";
/// The vocabulary's namespace.
pub const NS: &str = "https://glaneur.example/ns#";
const OWL_SAME_AS: &str = "http://www.w3.org/2002/07/owl#sameAs";
const WIKIDATA: &str = "http://www.wikidata.org/entity/";

/// Percent-encodes everything but RFC 3986 unreserved characters, so any id makes a valid,
/// stable IRI segment.
///
/// ```
/// assert_eq!(glaneur::export::rdf::encode("Amy Pope/é"), "Amy%20Pope%2F%C3%A9");
/// ```
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The IRI of an entity: from its gazetteer id (`org:oim` → `…/id/org/oim`) when it has one,
/// else from its canonical name (`…/id/name/…`).
pub fn entity_iri(entry: Option<&str>, canonical: &str) -> NamedNode {
    let path = match entry.and_then(|id| id.split_once(':')) {
        Some((kind, rest)) => format!("{}/{}", encode(kind), encode(rest)),
        None => match entry {
            Some(id) => format!("entry/{}", encode(id)),
            None => format!("name/{}", encode(canonical)),
        },
    };
    NamedNode::new_unchecked(format!("{BASE}id/{path}"))
}

/// The IRI of a document.
pub fn document_iri(id: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{BASE}doc/{}", encode(id)))
}

fn gl(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{NS}{local}"))
}

fn class_of(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "Person",
        EntityType::Organization => "Organization",
        EntityType::Country => "Country",
        EntityType::Location => "Location",
        EntityType::Money => "Money",
        EntityType::Date => "Date",
    }
}

/// A date literal typed by its precision; dates without a year use `xsd:gMonthDay`/`gMonth`.
pub fn date_literal(d: DateValue) -> Literal {
    let t = match (d.year, d.month, d.day) {
        (Some(_), Some(_), Some(_)) => xsd::DATE,
        (Some(_), Some(_), None) => xsd::G_YEAR_MONTH,
        (Some(_), None, _) => xsd::G_YEAR,
        (None, Some(_), Some(_)) => xsd::G_MONTH_DAY,
        _ => xsd::G_MONTH,
    };
    Literal::new_typed_literal(d.to_string(), t)
}

fn decimal(x: f64) -> Literal {
    let s = if x.fract() == 0.0 && x.abs() < 9.0e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    };
    Literal::new_typed_literal(s, xsd::DECIMAL)
}

fn french(s: &str) -> Literal {
    Literal::new_language_tagged_literal_unchecked(s, "fr")
}

/// Writes N-Triples; entities are described once per run (type, label, links), documents and
/// facts as they come.
pub struct NTriples<'g, W: Write> {
    out: WriterNTriplesSerializer<W>,
    gazetteers: Option<&'g Gazetteers>,
    described: HashSet<String>,
}

impl<'g, W: Destination> NTriples<'g, W> {
    /// `gazetteers` supplies Wikidata QIDs and ISO codes of known entities.
    pub fn new(out: W, gazetteers: Option<&'g Gazetteers>) -> Self {
        NTriples {
            out: NTriplesSerializer::new().for_writer(out),
            gazetteers,
            described: HashSet::new(),
        }
    }

    fn triple(&mut self, s: &NamedNode, p: NamedNodeRef<'_>, o: impl Into<Term>) -> io::Result<()> {
        self.out
            .serialize_triple(&Triple::new(s.clone(), p.into_owned(), o.into()))
    }

    /// Writes an entity's description the first time it is seen; returns its IRI.
    fn entity(
        &mut self,
        kind: Option<EntityType>,
        entry: Option<&str>,
        canonical: &str,
    ) -> io::Result<NamedNode> {
        let iri = entity_iri(entry, canonical);
        if !self.described.insert(iri.as_str().to_string()) {
            return Ok(iri);
        }
        let known = entry.and_then(|id| self.gazetteers.and_then(|g| g.entry(id)));
        let kind = kind.or(known.map(|e| e.kind));
        if let Some(k) = kind {
            self.triple(&iri, rdf::TYPE, gl(class_of(k)))?;
        }
        let label = known.map_or(canonical, |e| e.canonical.as_str());
        self.triple(&iri, rdfs::LABEL, french(label))?;
        if let Some(id) = entry {
            self.triple(
                &iri,
                gl("gazetteerId").as_ref(),
                Literal::new_simple_literal(id),
            )?;
        }
        if let Some(e) = known {
            if let Some(q) = e
                .wikidata
                .as_deref()
                .filter(|q| q.starts_with('Q') && q[1..].bytes().all(|b| b.is_ascii_digit()))
            {
                let same = NamedNode::new_unchecked(OWL_SAME_AS);
                self.triple(
                    &iri,
                    same.as_ref(),
                    NamedNode::new_unchecked(format!("{WIKIDATA}{q}")),
                )?;
            }
            if e.kind == EntityType::Country {
                if let Some(iso) = &e.country {
                    self.triple(
                        &iri,
                        gl("iso").as_ref(),
                        Literal::new_simple_literal(iso.as_str()),
                    )?;
                }
            }
        }
        Ok(iri)
    }

    fn argument(&mut self, fact: &NamedNode, property: &str, a: &Argument) -> io::Result<()> {
        let iri = self.entity(None, a.id.as_deref(), &a.canonical)?;
        self.triple(fact, gl(property).as_ref(), iri)?;
        self.triple(
            fact,
            gl(&format!("{property}Text")).as_ref(),
            french(&a.text),
        )
    }

    fn money(&mut self, fact: &NamedNode, m: &Money) -> io::Result<()> {
        self.triple(fact, gl("amount").as_ref(), decimal(m.amount))?;
        self.triple(
            fact,
            gl("currency").as_ref(),
            Literal::new_simple_literal(m.currency.as_str()),
        )
    }

    fn fact(&mut self, doc: &NamedNode, n: usize, f: &Fact) -> io::Result<()> {
        let iri = NamedNode::new_unchecked(format!("{}/fact/{n}", doc.as_str()));
        let class = match &f.kind {
            FactKind::Contribution { .. } => "Contribution",
            FactKind::Membership { .. } => "Membership",
            FactKind::Role { .. } => "Role",
            FactKind::FundingTarget { .. } => "FundingTarget",
        };
        self.triple(&iri, rdf::TYPE, gl(class))?;
        match &f.kind {
            FactKind::Contribution {
                donor,
                recipient,
                amount,
                date,
            } => {
                self.argument(&iri, "donor", donor)?;
                self.argument(&iri, "recipient", recipient)?;
                if let Some(m) = amount {
                    self.money(&iri, m)?;
                }
                if let Some(d) = date {
                    self.triple(&iri, gl("date").as_ref(), date_literal(*d))?;
                }
            }
            FactKind::Membership {
                member,
                organization,
                since,
            } => {
                self.argument(&iri, "member", member)?;
                self.argument(&iri, "organization", organization)?;
                if let Some(y) = since.as_deref().and_then(|y| y.parse::<i32>().ok()) {
                    self.triple(&iri, gl("since").as_ref(), date_literal(DateValue::year(y)))?;
                }
            }
            FactKind::Role {
                person,
                role,
                organization,
                country,
            } => {
                self.argument(&iri, "person", person)?;
                self.triple(&iri, gl("role").as_ref(), french(role))?;
                if let Some(o) = organization {
                    self.argument(&iri, "organization", o)?;
                }
                if let Some(c) = country {
                    self.argument(&iri, "country", c)?;
                }
            }
            FactKind::FundingTarget {
                organization,
                amount,
            } => {
                self.argument(&iri, "organization", organization)?;
                if let Some(m) = amount {
                    self.money(&iri, m)?;
                }
            }
        }
        self.triple(&iri, gl("source").as_ref(), doc.clone())?;
        self.triple(&iri, gl("evidence").as_ref(), french(&f.evidence.text))?;
        self.triple(
            &iri,
            gl("rule").as_ref(),
            Literal::new_simple_literal(f.rule),
        )?;
        self.triple(
            &iri,
            gl("confidence").as_ref(),
            decimal(f64::from(f.confidence)),
        )
    }
}

impl<W: Destination> Sink for NTriples<'_, W> {
    fn outcome(&mut self, outcome: &Outcome) -> io::Result<()> {
        let id = outcome.id();
        let doc = document_iri(&id);
        self.triple(&doc, rdf::TYPE, gl("Document"))?;
        self.triple(
            &doc,
            gl("id").as_ref(),
            Literal::new_simple_literal(id.as_ref()),
        )?;
        let d = match outcome {
            Outcome::Failed(e) => {
                self.triple(
                    &doc,
                    gl("input").as_ref(),
                    Literal::new_simple_literal(e.input.as_str()),
                )?;
                return self.triple(
                    &doc,
                    gl("error").as_ref(),
                    Literal::new_simple_literal(e.message.as_str()),
                );
            }
            Outcome::Extracted(d) => d,
        };
        self.triple(
            &doc,
            gl("input").as_ref(),
            Literal::new_simple_literal(d.input.as_str()),
        )?;
        if let Some(date) = d.date {
            let v = DateValue {
                year: Some(date.year),
                month: Some(date.month),
                day: Some(date.day),
            };
            self.triple(&doc, gl("date").as_ref(), date_literal(v))?;
        }
        let mut mentioned = HashSet::new();
        for e in &d.extraction.entities {
            if matches!(e.kind, EntityType::Money | EntityType::Date) {
                continue;
            }
            let canonical = e.canonical.as_deref().unwrap_or(&e.text);
            let iri = self.entity(Some(e.kind), e.entry.as_deref(), canonical)?;
            if mentioned.insert(iri.as_str().to_string()) {
                self.triple(&doc, gl("mentions").as_ref(), iri)?;
            }
        }
        for (n, f) in d.extraction.facts.iter().enumerate() {
            self.fact(&doc, n + 1, f)?;
        }
        Ok(())
    }

    fn finish(self: Box<Self>) -> io::Result<()> {
        self.out.finish().close()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::batch::Done;
    use crate::document::Span;
    use crate::facts::Evidence;
    use crate::record::Extraction;
    use oxttl::NTriplesParser;

    fn arg(text: &str, canonical: &str, id: Option<&str>) -> Argument {
        Argument {
            text: text.into(),
            canonical: canonical.into(),
            id: id.map(String::from),
        }
    }

    #[test]
    fn a_contribution_parses_back_and_is_found_by_a_query() {
        let fact = Fact {
            kind: FactKind::Contribution {
                donor: arg("le Royaume", "Maroc", Some("country:ma")),
                recipient: arg("Fonds de résilience", "Fonds de résilience de l'OIM", None),
                amount: Some(Money {
                    amount: 1.5e6,
                    currency: "USD".into(),
                }),
                date: Some(DateValue {
                    year: Some(2025),
                    month: Some(7),
                    day: Some(29),
                }),
            },
            evidence: Evidence {
                text: "Le Royaume verse 1,5 million de dollars \"au fonds\".".into(),
                start: 0,
                end: 50,
                bytes: Span { start: 0, end: 50 },
            },
            rule: "contribution.test",
            confidence: 0.9,
        };
        let outcome = Outcome::Extracted(Done {
            input: "a.jsonl".into(),
            line: Some(1),
            date: None,
            bytes: 0,
            extraction: Extraction {
                id: "doc 1".into(),
                entities: vec![],
                facts: vec![fact],
                warnings: vec![],
            },
        });
        let mut buf = Vec::new();
        let mut sink = Box::new(NTriples::new(&mut buf, None));
        sink.outcome(&outcome).unwrap();
        sink.finish().unwrap();
        let triples: Vec<Triple> = NTriplesParser::new()
            .for_slice(&buf)
            .collect::<Result<_, _>>()
            .unwrap();
        // SELECT ?donor ?amount WHERE { ?f a gl:Contribution ; gl:donor ?d ; gl:amount ?amount .
        //                               ?d rdfs:label ?donor }
        let obj = |s: &oxrdf::Subject, p: &str| {
            triples
                .iter()
                .find(|t| &t.subject == s && t.predicate.as_str() == p)
                .map(|t| t.object.clone())
        };
        let contribution = triples
            .iter()
            .find(|t| t.predicate == rdf::TYPE && t.object == Term::from(gl("Contribution")))
            .map(|t| t.subject.clone())
            .unwrap();
        assert_eq!(
            contribution.to_string(),
            "<https://glaneur.example/doc/doc%201/fact/1>"
        );
        let Some(Term::NamedNode(donor)) = obj(&contribution, &format!("{NS}donor")) else {
            panic!()
        };
        assert_eq!(donor.as_str(), "https://glaneur.example/id/country/ma");
        let label = obj(&donor.clone().into(), rdfs::LABEL.as_str()).unwrap();
        assert_eq!(label, Term::from(french("Maroc")));
        let amount = obj(&contribution, &format!("{NS}amount")).unwrap();
        assert_eq!(
            amount,
            Term::from(Literal::new_typed_literal("1500000", xsd::DECIMAL))
        );
        let date = obj(&contribution, &format!("{NS}date")).unwrap();
        assert_eq!(
            date,
            Term::from(Literal::new_typed_literal("2025-07-29", xsd::DATE))
        );
    }

    #[test]
    fn date_literals_follow_precision() {
        assert_eq!(date_literal(DateValue::year(1998)).datatype(), xsd::G_YEAR);
        let ym = DateValue {
            year: Some(2018),
            month: Some(12),
            day: None,
        };
        assert_eq!(date_literal(ym).datatype(), xsd::G_YEAR_MONTH);
    }
}
