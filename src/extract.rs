//! The pipeline: clean → tokenize → gazetteer match → rules → select → resolve → facts.

use rayon::prelude::*;

use crate::analysis::Analysis;
use crate::document::{CharIndex, Document};
use crate::error::Result;
use crate::gazetteer::Gazetteers;
use crate::record::{Extraction, Shift};
use crate::{clean, facts, resolve, rules, stretch, tokenize};

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
    /// The least length of a stretch of a long document, in bytes (see [`crate::stretch`]).
    stretch: usize,
}

impl Extractor {
    pub fn new(gazetteers: Gazetteers) -> Extractor {
        Extractor {
            gazetteers,
            stretch: stretch::DEFAULT_BYTES,
        }
    }

    /// The same extractor, reading a document of at least twice `bytes` in stretches of at
    /// least `bytes` cut at paragraph breaks ([`crate::stretch`]; 1 MiB by default).
    /// `usize::MAX` reads every document whole: names, surnames and anaphors are then resolved
    /// across the whole of the longest document, for about twenty bytes of memory per byte.
    ///
    /// ```
    /// use glaneur::{Document, Extractor};
    /// let text = "Le Maroc a rejoint l’OIM en 1998.\n\nLe Sénégal aussi.";
    /// let doc = Document::new("d", text);
    /// let whole = Extractor::builtin().unwrap().extract(&doc);
    /// let cut = Extractor::builtin().unwrap().with_stretch(20).extract(&doc);
    /// assert_eq!(cut.entities, whole.entities);
    /// ```
    pub fn with_stretch(mut self, bytes: usize) -> Extractor {
        self.stretch = bytes;
        self
    }

    /// An extractor with the gazetteers compiled into the binary.
    pub fn builtin() -> Result<Extractor> {
        Ok(Extractor::new(Gazetteers::builtin()?))
    }

    pub fn gazetteers(&self) -> &Gazetteers {
        &self.gazetteers
    }

    /// Runs the stages up to resolution on the whole document (never in stretches); useful to
    /// inspect intermediate results.
    pub fn analyse<'a>(&'a self, doc: &'a Document) -> Analysis<'a> {
        self.analyse_text(doc, &doc.text)
    }

    /// [`Extractor::analyse`] of `text`, the document's whole text or a stretch of it: offsets
    /// are from the start of `text`.
    fn analyse_text<'a>(&'a self, doc: &'a Document, text: &'a str) -> Analysis<'a> {
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

    /// Extracts the entities and facts of one document; a long one is read in stretches, in
    /// parallel (see [`Extractor::with_stretch`]).
    pub fn extract(&self, doc: &Document) -> Extraction {
        let cuts = stretch::stretches(&doc.text, self.stretch);
        if let [_] = cuts.as_slice() {
            return self.extract_text(doc, &doc.text).0;
        }
        let mut whole = Extraction {
            id: doc.id.clone(),
            entities: Vec::new(),
            facts: Vec::new(),
            warnings: Vec::new(),
        };
        let mut at = Shift::default();
        // As many stretches at a time as there are threads to read them: the memory of one
        // window's extractions is reused by the next, where extracting every stretch before
        // appending any held the whole document's entities twice.
        let window = rayon::current_num_threads().max(1);
        for stretches in cuts.chunks(window) {
            let parts: Vec<(Extraction, Shift)> = stretches
                .par_iter()
                .map(|r| self.extract_text(doc, &doc.text[r.clone()]))
                .collect();
            for (part, length) in parts {
                if whole.entities.capacity() == 0 {
                    // Room for the entities of the whole document, at the density of the first
                    // stretch (a tenth more): grown by doubling, the list is copied whole.
                    let estimate = part.entities.len() as f64 * doc.text.len() as f64
                        / length.bytes.max(1) as f64;
                    whole.entities.reserve((estimate * 1.1) as usize);
                }
                whole.append_stretch(part, at);
                at.advance(length);
            }
        }
        whole.facts = facts::merge_stretches(whole.facts);
        whole
    }

    /// The extraction of `text` (the document's text or a stretch of it) with its length in
    /// characters and sentences, for the offsets of the stretch after it.
    fn extract_text(&self, doc: &Document, text: &str) -> (Extraction, Shift) {
        let mut a = self.analyse_text(doc, text);
        let facts = facts::extract(&a);
        let warnings = std::mem::take(&mut a.warnings);
        let mentions = std::mem::take(&mut a.mentions);
        let sentences = std::mem::take(&mut a.tokens.sentences);
        let chars = a.chars;
        let length = Shift {
            bytes: text.len(),
            chars: chars.chars(text.len()),
            sentences: sentences.len(),
        };
        // The tokens, hits and folded text go before the record is built: on a long document
        // the record's entities would otherwise be fresh memory on top of them.
        drop(a.tokens);
        drop(a.hits);
        let x = Extraction::new(
            &doc.id, a.text, &chars, &sentences, mentions, facts, warnings,
        );
        (x, length)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::PubDate;
    use crate::facts::FactKind;

    /// Paragraphs that each name their people, organisations and countries in full, so that
    /// reading them apart loses nothing; accents and typographic apostrophes move characters
    /// away from bytes.
    const PARAGRAPHS: [&str; 4] = [
        "Le Maroc est membre de l’Organisation internationale pour les migrations (OIM) depuis 1998.",
        "Amy Pope, directrice générale de l’OIM, a salué mardi l’annonce du Japon.",
        "Le Japon a versé 5 millions de dollars au Fonds de l’OIM pour les migrants le 3 mars 2024.",
        "À Genève, le Sénégal et la Côte d’Ivoire ont rejoint l’Union africaine en 2002.",
    ];

    /// `doc` read in stretches of at least `bytes`.
    fn read(doc: &Document, bytes: usize) -> Extraction {
        Extractor::builtin()
            .unwrap()
            .with_stretch(bytes)
            .extract(doc)
    }

    fn document(copies: usize) -> Document {
        let text = (0..copies)
            .map(|k| PARAGRAPHS[k % PARAGRAPHS.len()])
            .collect::<Vec<_>>()
            .join("\n\n");
        Document::new("long", text).with_date(PubDate::new(2024, 3, 5).unwrap())
    }

    #[test]
    fn stretches_read_independent_paragraphs_as_the_whole_document() {
        let doc = document(24);
        let whole = read(&doc, usize::MAX);
        for bytes in [150, 400, 1000] {
            assert!(stretch::stretches(&doc.text, bytes).len() > 1);
            let cut = read(&doc, bytes);
            assert_eq!(cut.entities, whole.entities, "stretches of {bytes}");
            assert_eq!(cut.facts, whole.facts, "stretches of {bytes}");
        }
        assert!(whole.facts.len() >= 4, "{:?}", whole.facts);
    }

    #[test]
    fn offsets_of_a_document_read_in_stretches_are_the_documents() {
        let doc = document(9);
        let record = read(&doc, 100);
        let chars: Vec<char> = doc.text.chars().collect();
        assert!(record.entities.len() > 30);
        let tokens = tokenize::tokenize(&doc.text);
        for e in &record.entities {
            assert_eq!(&doc.text[e.byte_start..e.byte_end], e.text);
            assert_eq!(chars[e.start..e.end].iter().collect::<String>(), e.text);
            assert_eq!(e.sentence, tokens.sentence_at(e.byte_start), "{e:?}");
        }
        for f in &record.facts {
            let stated: String = chars[f.evidence.start..f.evidence.end].iter().collect();
            assert_eq!(stated, f.evidence.text);
            assert_eq!(f.evidence.bytes.of(&doc.text), f.evidence.text);
        }
    }

    /// A fact stated in two stretches is one fact, with the first statement as evidence.
    #[test]
    fn a_fact_stated_in_two_stretches_is_kept_once() {
        let doc = document(8);
        let record = read(&doc, 200);
        let memberships = record
            .facts
            .iter()
            .filter(|f| matches!(&f.kind, FactKind::Membership { member, .. } if member.canonical == "Maroc"))
            .collect::<Vec<_>>();
        assert_eq!(memberships.len(), 1, "{memberships:?}");
        assert_eq!(memberships[0].evidence.start, 0);
    }
}
