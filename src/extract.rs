//! The pipeline: clean → tokenize → gazetteer match → rules → select → resolve → facts.

use crate::analysis::Analysis;
use crate::document::{CharIndex, Document};
use crate::error::Result;
use crate::gazetteer::Gazetteers;
use crate::record::Extraction;
use crate::{clean, facts, resolve, rules, tokenize};

/// Extracts entities and facts from documents. Build it once (loading gazetteers and building
/// automata takes milliseconds) and share it: `extract` takes `&self` and is thread-safe.
///
/// ```
/// use glaneur::{Document, Extractor};
/// let extractor = Extractor::builtin().unwrap();
/// let record = extractor.extract(&Document::new("d1", "Le Maroc a rejoint l’OIM en 1998."));
/// assert!(record.entities.iter().any(|e| e.text == "Maroc"));
/// ```
pub struct Extractor {
    gazetteers: Gazetteers,
}

impl Extractor {
    pub fn new(gazetteers: Gazetteers) -> Extractor {
        Extractor { gazetteers }
    }

    /// An extractor with the gazetteers compiled into the binary.
    pub fn builtin() -> Result<Extractor> {
        Ok(Extractor::new(Gazetteers::builtin()?))
    }

    pub fn gazetteers(&self) -> &Gazetteers {
        &self.gazetteers
    }

    /// Runs the stages up to resolution; useful to inspect intermediate results.
    pub fn analyse<'a>(&'a self, doc: &'a Document) -> Analysis<'a> {
        let text = doc.text.as_str();
        // Tokens first: they tell the gazetteer matcher where words start.
        let tokens = tokenize::tokenize(text);
        let hits = self.gazetteers.find_in_tokens(text, &tokens);
        let mut a = Analysis {
            doc,
            text,
            gazetteers: &self.gazetteers,
            chars: CharIndex::new(text),
            tokens,
            boilerplate: clean::boilerplate(text),
            hits,
            candidates: Vec::new(),
            mentions: Vec::new(),
            warnings: Vec::new(),
        };
        let known = rules::run(&mut a);
        a.mentions = rules::select(std::mem::take(&mut a.candidates));
        resolve::resolve(&mut a, &known);
        a
    }

    /// Extracts the entities and facts of one document.
    pub fn extract(&self, doc: &Document) -> Extraction {
        let mut a = self.analyse(doc);
        let facts = facts::extract(&a);
        let warnings = std::mem::take(&mut a.warnings);
        let mentions = std::mem::take(&mut a.mentions);
        let sentences = std::mem::take(&mut a.tokens.sentences);
        let chars = a.chars;
        // The tokens, hits and folded text go before the record is built: on a long document
        // the record's entities would otherwise be fresh memory on top of them.
        drop(a.tokens);
        drop(a.hits);
        Extraction::new(
            &doc.id, a.text, &chars, &sentences, mentions, facts, warnings,
        )
    }
}
