//! Properties of the whole pipeline on any input: no panic, offsets that slice back to the
//! entity text, sorted non-overlapping entities, sane values, and the same output on every run
//! and whatever the parallelism.
//!
//! Inputs are arbitrary Unicode strings, arbitrary bytes decoded lossily (as the CLI decodes
//! an invalid UTF-8 file), and generated French-like news text that exercises the rules:
//! capitalized runs, known names, numbers with group spaces and decimal commas, apostrophes,
//! guillemets, no-break spaces, months and currencies.
//!
//! The default is 128 cases per property so `cargo test` stays fast; `PROPTEST_CASES=5000
//! cargo test --release --test properties` runs a longer search.
//!
//! Regressions found by the fuzzer (`fuzz/`) are pinned at the end of this file.

#[path = "properties/invariants.rs"]
mod invariants;

use std::sync::LazyLock;

use glaneur::input::parse_record;
use glaneur::{Document, Extractor, PubDate};
use proptest::prelude::*;
use rayon::prelude::*;

/// One extractor for every case: building the automata is the expensive part.
static EXTRACTOR: LazyLock<Extractor> =
    LazyLock::new(|| Extractor::builtin().expect("built-in gazetteers load"));

fn config() -> ProptestConfig {
    // `ProptestConfig::default()` reads PROPTEST_CASES; without it, stay modest.
    let mut c = ProptestConfig::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        c.cases = 128;
    }
    c
}

/// Extracts and checks every invariant, including that a second run gives the same output.
fn check_text(text: &str, date: Option<PubDate>) -> Result<(), TestCaseError> {
    let doc = Document {
        id: "prop".into(),
        text: text.to_string(),
        date,
    };
    let first = EXTRACTOR.extract(&doc);
    invariants::check(&doc, &first).map_err(TestCaseError::fail)?;
    let second = EXTRACTOR.extract(&doc);
    prop_assert_eq!(
        serde_json::to_string(&first).unwrap(),
        serde_json::to_string(&second).unwrap(),
        "two runs differ"
    );
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Generators of French-like text.

/// Words and phrases the rules look for, and look-alikes that must not trip them.
const VOCABULARY: &[&str] = &[
    "Maroc",
    "Royaume du Maroc",
    "le Royaume",
    "OIM",
    "l’OIM",
    "l'OIM",
    "Banque mondiale",
    "Organisation internationale pour les migrations",
    "Nations unies",
    "ONU",
    "FMI",
    "PAM",
    "UNICEF",
    "Union africaine",
    "Commission de l’Union africaine",
    "Côte d’Ivoire",
    "Côte d'Ivoire",
    "Guinée-Bissau",
    "Genève",
    "Marrakech",
    "Afrique",
    "Sénégal",
    "France",
    "Japon",
    "Amy Pope",
    "Mme Pope",
    "M. Dupont",
    "Dr Diallo",
    "Jean-Pierre",
    "Fonds de résilience",
    "directrice générale",
    "directeur général",
    "ministre des Affaires étrangères",
    "ambassadeur",
    "président",
    "porte-parole",
    "a versé",
    "a octroyé",
    "a accordé",
    "fait don de",
    "contribution",
    "est membre de",
    "depuis",
    "a rejoint",
    "vise à mobiliser",
    "appel de fonds",
    "millions de dollars",
    "milliards d’euros",
    "million",
    "millions",
    "milliard",
    "milliards",
    "de dollars",
    "d’euros",
    "d'euros",
    "dollars américains",
    "€",
    "$",
    "US$",
    "USD",
    "EUR",
    "DH",
    "dirhams",
    "FCFA",
    "francs CFA",
    "MAD",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "1er",
    "le 29",
    "prochain",
    "dernier",
    "en",
    "le",
    "la",
    "les",
    "de",
    "du",
    "des",
    "à",
    "au",
    "aux",
    "et",
    "qu’il",
    "jusqu’au",
    "aujourd’hui",
    "Lire aussi",
    "Partager",
    "Loading...",
    "«",
    "»",
    "« ",
    " »",
    "“",
    "”",
    "\"",
    "(",
    ")",
    "[",
    "]",
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "…",
    "–",
    "—",
    "-",
    "/",
    "%",
    "’",
    "'",
    "`",
    "´",
    "ʼ",
    "M.",
    "Mme",
    "MM.",
    "St.",
    "U.S.A.",
    "n°",
    "e\u{301}",
    "E\u{301}tat",
    "Œuvre",
    "ß",
    "ﬁ",
    "İstanbul",
    "ǅ",
    "\u{FEFF}",
    "\u{200B}",
    "\u{202E}",
    "\u{0}",
    "🇲🇦",
    "𝐌𝐚𝐫𝐨𝐜",
    "ÉTATS-UNIS",
    "MAROC",
];

/// Separators between pieces, French typography included.
const SEPARATORS: &[&str] = &[
    " ", " ", " ", " ", "", "\u{00A0}", "\u{202F}", "\u{2009}", "\n", "\r\n", "\n\n", "\t", "  ",
    ", ", ". ", " – ",
];

fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u32..10_000).prop_map(|n| n.to_string()),
        (
            1u32..1000,
            0u32..1000,
            prop::sample::select(vec![" ", "\u{a0}", "\u{202f}", ".", ","])
        )
            .prop_map(|(a, b, s)| format!("{a}{s}{b:03}")),
        (
            1u32..1000,
            0u32..1000,
            0u32..1000,
            prop::sample::select(vec![" ", "\u{a0}", "\u{202f}"])
        )
            .prop_map(|(a, b, c, s)| format!("{a}{s}{b:03}{s}{c:03}")),
        (0u32..1000, 0u32..100).prop_map(|(a, b)| format!("{a},{b}")),
        (1900u32..2100, 1u32..13, 1u32..32).prop_map(|(y, m, d)| format!("{d:02}/{m:02}/{y}")),
        (1900u32..2100, 1u32..13, 0u32..40).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}")),
        (1900u32..2100, 1u32..10).prop_map(|(y, k)| format!("{y}-{}", y + k)),
        "[0-9]{1,25}",
        "[0-9]{1,3}([ ,.][0-9]{1,4}){1,6}",
    ]
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(VOCABULARY).prop_map(str::to_string),
        3 => number(),
        2 => "[A-ZÉÈ][a-zéèêàçô]{1,10}",
        1 => "[A-Z]{2,6}",
        2 => "[a-zéèêàçôû]{1,10}",
        1 => "[A-Z][a-z]{0,6}-[A-Z][a-z]{0,6}",
        1 => "[dlDL][’'][A-ZÉa-zé][a-zé]{0,8}",
        1 => any::<char>().prop_map(|c| c.to_string()),
    ]
}

/// French-like text: pieces joined by separators.
fn french() -> impl Strategy<Value = String> {
    prop::collection::vec((piece(), prop::sample::select(SEPARATORS)), 0..120).prop_map(|v| {
        let mut s = String::new();
        for (p, sep) in v {
            s.push_str(&p);
            s.push_str(sep);
        }
        s
    })
}

fn pub_date() -> impl Strategy<Value = Option<PubDate>> {
    prop::option::of((1900i32..2100, 1u8..13, 1u8..29).prop_map(|(y, m, d)| PubDate::new(y, m, d)))
        .prop_map(Option::flatten)
}

// ---------------------------------------------------------------------------------------------
// Properties.

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_unicode_text(text in any::<String>(), date in pub_date()) {
        check_text(&text, date)?;
    }

    #[test]
    fn arbitrary_printable_text(text in "\\PC{0,400}", date in pub_date()) {
        check_text(&text, date)?;
    }

    #[test]
    fn arbitrary_bytes_decoded_lossily(bytes in prop::collection::vec(any::<u8>(), 0..1500)) {
        check_text(&String::from_utf8_lossy(&bytes), None)?;
    }

    #[test]
    fn french_like_text(text in french(), date in pub_date()) {
        check_text(&text, date)?;
    }

    /// French text with random bytes spliced in, decoded lossily: replacement characters in
    /// the middle of names and numbers.
    #[test]
    fn french_like_bytes_with_corruption(
        text in french(),
        cuts in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..8),
    ) {
        let mut bytes = text.into_bytes();
        for (at, b) in cuts {
            if !bytes.is_empty() {
                let i = at.index(bytes.len());
                bytes[i] = b;
            }
        }
        check_text(&String::from_utf8_lossy(&bytes), None)?;
    }

    /// A JSON Lines record of any text parses back to that text exactly, and its extraction
    /// satisfies the invariants.
    #[test]
    fn json_record_round_trip(text in french(), id in "\\PC{0,20}", date in pub_date()) {
        let mut record = serde_json::json!({"id": id, "text": text});
        if let Some(d) = date {
            record["date"] = serde_json::Value::String(d.to_string());
        }
        let line = record.to_string();
        let doc = match parse_record(&line, None) {
            Ok(doc) => doc,
            // A NUL character marks binary content: the input policy may refuse it, with a
            // message that says so (docs/ROBUSTNESS.md).
            Err((_, m)) if text.contains('\0') => {
                prop_assert!(m.contains("NUL"), "unexpected message {m:?}");
                return Ok(());
            }
            Err((_, m)) => return Err(TestCaseError::fail(m)),
        };
        prop_assert_eq!(&doc.text, &text);
        prop_assert_eq!(&doc.id, &id);
        prop_assert_eq!(doc.date, date);
        let out = EXTRACTOR.extract(&doc);
        invariants::check(&doc, &out).map_err(TestCaseError::fail)?;
    }

    /// Any line, however broken, is a document or an error message: never a panic.
    #[test]
    fn arbitrary_record_lines(line in prop_oneof![
        any::<String>(),
        "\\{\"id\": ?(\"[a-z0-9]{0,5}\"|[0-9]{1,3}|null|\\[\\]), ?\"text\": ?(\"\\PC{0,40}\"|null|[0-9]+|\\{\\}), ?\"date\": ?\"[0-9é -]{0,14}\"\\}",
    ]) {
        match parse_record(&line, None) {
            Ok(doc) => {
                let out = EXTRACTOR.extract(&doc);
                invariants::check(&doc, &out).map_err(TestCaseError::fail)?;
            }
            Err((_, message)) => prop_assert!(!message.is_empty()),
        }
    }

    /// Dates given as anything: parsed or refused, never a panic, and a parsed one is valid.
    #[test]
    fn pub_date_parse_any(s in prop_oneof![any::<String>(), "[0-9]{4}-[0-9]{2}-[0-9]{2}.{0,3}", "[0-9+-]{10}"]) {
        if let Some(d) = PubDate::parse(&s) {
            prop_assert_eq!(PubDate::new(d.year, d.month, d.day), Some(d));
        }
    }
}

proptest! {
    // Several documents per case: a quarter of the cases keeps the time in line.
    #![proptest_config(ProptestConfig { cases: config().cases.div_ceil(4), ..config() })]

    /// Extracting documents one by one and in parallel (rayon) gives the same records in the
    /// same order: the extractor is shared between threads and holds no per-document state.
    #[test]
    fn parallel_equals_sequential(texts in prop::collection::vec(french(), 1..8)) {
        let docs: Vec<Document> = texts
            .into_iter()
            .enumerate()
            .map(|(i, t)| Document::new(format!("d{i}"), t))
            .collect();
        let one_by_one: Vec<String> = docs
            .iter()
            .map(|d| serde_json::to_string(&EXTRACTOR.extract(d)).unwrap())
            .collect();
        let parallel: Vec<String> = docs
            .par_iter()
            .map(|d| serde_json::to_string(&EXTRACTOR.extract(d)).unwrap())
            .collect();
        prop_assert_eq!(one_by_one, parallel);
    }

    /// A document read in stretches of a hundred-odd bytes (cut at paragraphs, lines, spaces or
    /// anywhere) keeps every invariant: offsets and sentence numbers are the document's, and
    /// the record is the same on every run, the stretches being read in parallel.
    #[test]
    fn stretches_keep_the_invariants(
        texts in prop::collection::vec(french(), 1..6),
        glue in prop::sample::select(vec!["\n\n", "\n", " ", ""]),
    ) {
        let doc = Document::new("stretched", texts.join(glue));
        let first = STRETCHED.extract(&doc);
        invariants::check(&doc, &first).map_err(TestCaseError::fail)?;
        prop_assert!(
            first.entities.windows(2).all(|w| w[0].sentence <= w[1].sentence),
            "sentence numbers go back"
        );
        let second = STRETCHED.extract(&doc);
        prop_assert_eq!(
            serde_json::to_string(&first).unwrap(),
            serde_json::to_string(&second).unwrap(),
            "two runs differ"
        );
    }
}

/// An extractor that reads any document of 200 bytes or more in stretches.
static STRETCHED: LazyLock<Extractor> = LazyLock::new(|| {
    Extractor::builtin()
        .expect("built-in gazetteers load")
        .with_stretch(100)
});

// ---------------------------------------------------------------------------------------------
// Long adversarial documents: runs that stress the tokenizer and the rules (the timing side is
// `bench/linear.py`).

fn check_long(text: &str) {
    let doc = Document::new("long", text);
    let out = EXTRACTOR.extract(&doc);
    if let Err(m) = invariants::check(&doc, &out) {
        panic!("{m}");
    }
}

#[test]
fn long_runs_do_not_break_invariants() {
    // About 20 to 40 KB each: long enough for runs to matter, short enough for a debug build.
    let cases = [
        "Maroc ".repeat(4_000),
        "Jean ".repeat(4_000),
        "L’".repeat(4_000),
        "'".repeat(10_000),
        "« ".repeat(4_000),
        "1 000 ".repeat(4_000),
        "9".repeat(20_000),
        "1,1,1,1,".repeat(2_000),
        "\u{a0}".repeat(10_000),
        "A.".repeat(10_000),
        "M. ".repeat(4_000),
        "e\u{301}".repeat(10_000),
        "Banque mondiale de l’OIM ".repeat(800),
        "Agence Nationale Eau (ANE) puis ANE ".repeat(600),
        format!("{}Royaume du Maroc", "Maroc ".repeat(3_000)),
    ];
    for text in &cases {
        check_long(text);
    }
}

#[test]
fn empty_and_blank_documents() {
    for text in [
        "",
        " ",
        "\n",
        "\r\n",
        "\u{feff}",
        "\u{0}",
        "\u{fffd}\u{fffd}",
    ] {
        check_long(text);
    }
}

// ---------------------------------------------------------------------------------------------
// Regressions found by fuzzing (minimized inputs).
