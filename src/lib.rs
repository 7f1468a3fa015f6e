//! glaneur reads French news articles and returns structured, checkable data: the persons,
//! organisations, countries, places, amounts of money and dates they mention, each with its
//! exact position, a canonical name and a normalized value, and the facts that tie them
//! (contributions, memberships, roles, funding targets) with the sentence that states each.
//!
//! The pipeline is a chain of stages, each in its own module, data flowing one way:
//!
//! | stage | module | adds |
//! |---|---|---|
//! | clean | [`clean`] | boilerplate regions (never rewrites text) |
//! | tokenize | [`tokenize`] | tokens and sentences with byte offsets |
//! | gazetteer match | [`gazetteer`], [`fold`] | matches of known names, cue words |
//! | rules | [`rules`] | candidate mentions with values; overlap resolution |
//! | resolve | [`resolve`] | canonical names, acronyms, surnames, anaphora |
//! | facts | [`facts`] | contributions, memberships, roles, funding targets |
//! | output | [`record`] | the JSON record of the contract |
//!
//! ```
//! use glaneur::{Document, Extractor, PubDate};
//!
//! let extractor = Extractor::builtin()?;
//! let doc = Document::new("exemple", "Le Maroc est membre de l’OIM depuis 1998.")
//!     .with_date(PubDate::new(2025, 7, 29).unwrap());
//! let record = extractor.extract(&doc);
//! let json = serde_json::to_string(&record).unwrap();
//! assert!(json.contains(r#""type":"COUNTRY","text":"Maroc","start":3,"end":8"#));
//! # Ok::<(), glaneur::Error>(())
//! ```

pub mod analysis;
pub mod batch;
pub mod clean;
pub mod document;
pub mod error;
pub mod export;
pub mod extract;
pub mod facts;
pub mod fold;
mod gallop;
pub mod gazetteer;
pub mod input;
pub mod record;
pub mod resolve;
pub mod rules;
pub mod scan;
pub mod stretch;
pub mod tokenize;
pub mod view;
pub mod words;

pub use document::{DateValue, Document, EntityType, Mention, Money, PubDate, Span, Value};
pub use error::{Error, Result};
pub use extract::Extractor;
pub use facts::{Argument, Fact, FactKind};
pub use gazetteer::Gazetteers;
pub use record::{Entity, Extraction, Warning};
