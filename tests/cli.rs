//! End to end runs of the binary: batch processing, formats, and every kind of bad input of
//! issue 7 — checking the exit status, the message on standard error, and that every input
//! document has exactly one output record (failed ones included).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_glaneur");

struct Run {
    code: i32,
    stdout: Vec<u8>,
    stderr: String,
}

fn run_in(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    if let Some(data) = stdin {
        let mut w = child.stdin.take().unwrap();
        w.write_all(data).unwrap();
    }
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: out.stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn records(bytes: &[u8]) -> Vec<Value> {
    String::from_utf8(bytes.to_vec())
        .expect("output is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

fn write(dir: &Path, name: &str, data: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, data).unwrap();
    p
}

/// French sentences written for these tests.
const SENTENCES: &[&str] = &[
    "Le Sénégal a annoncé mardi un don de 3 millions d'euros au Programme alimentaire mondial.",
    "La ministre des Affaires étrangères du Canada s'est rendue à Dakar le 12 mars 2024.",
    "Selon la Banque mondiale, la croissance du Kenya atteindra 5 % en 2025.",
    "Le Maroc, membre de l'Union africaine depuis 2017, accueille le sommet à Rabat.",
    "L'Organisation mondiale de la santé a reçu 20 millions de dollars de l'Allemagne.",
    "Mme Awa Diallo, directrice générale de l'agence, a salué « un geste fort ».",
];

fn corpus(n: usize) -> String {
    (0..n)
        .map(|i| {
            let text: String = (0..=(i % 5))
                .map(|k| SENTENCES[(i + k) % SENTENCES.len()])
                .collect::<Vec<_>>()
                .join(" ");
            format!(
                "{}\n",
                serde_json::json!({"id": format!("doc-{i}"), "text": text, "date": "2024-06-01"})
            )
        })
        .collect()
}

#[test]
fn output_does_not_depend_on_the_thread_count() {
    let dir = tmp();
    write(dir.path(), "in.jsonl", corpus(60).as_bytes());
    for format in ["jsonl", "ntriples"] {
        let args = |threads, batch| {
            [
                "extract",
                "in.jsonl",
                "--threads",
                threads,
                "--batch-size",
                batch,
                "--format",
                format,
                "-q",
            ]
        };
        let one = run_in(dir.path(), &args("1", "256"), None);
        let two = run_in(dir.path(), &args("2", "7"), None);
        assert_eq!((one.code, two.code), (0, 0), "{}", two.stderr);
        assert!(!one.stdout.is_empty());
        assert!(
            one.stdout == two.stdout,
            "{format} output differs between 1 and 2 threads"
        );
    }
    let out = run_in(
        dir.path(),
        &["extract", "in.jsonl", "--threads", "2", "--batch-size", "5"],
        None,
    );
    let recs = records(&out.stdout);
    assert_eq!(recs.len(), 60);
    for (i, r) in recs.iter().enumerate() {
        assert_eq!(r["id"], format!("doc-{i}"));
    }
    assert!(
        out.stderr.contains("60 documents (0 errors)"),
        "summary: {}",
        out.stderr
    );
}

/// A long document read in stretches (`--stretch`, in parallel) gives the record of the whole
/// reading when its paragraphs stand on their own, and a size that is not one is a usage error.
#[test]
fn a_long_document_read_in_stretches_gives_the_whole_record() {
    let dir = tmp();
    let paragraph = SENTENCES.join(" ");
    let text = vec![paragraph.as_str(); 40].join("\n\n");
    let line = serde_json::json!({"id": "long", "text": text, "date": "2024-06-01"});
    write(dir.path(), "long.jsonl", format!("{line}\n").as_bytes());
    let whole = run_in(
        dir.path(),
        &[
            "extract",
            "long.jsonl",
            "--stretch",
            "0",
            "--threads",
            "1",
            "-q",
        ],
        None,
    );
    let cut = run_in(
        dir.path(),
        &[
            "extract",
            "long.jsonl",
            "--stretch",
            "2K",
            "--threads",
            "2",
            "-q",
        ],
        None,
    );
    assert_eq!((whole.code, cut.code), (0, 0), "{}", cut.stderr);
    let record = &records(&whole.stdout)[0];
    assert!(record["entities"].as_array().unwrap().len() > 200);
    assert!(!record["facts"].as_array().unwrap().is_empty());
    assert!(whole.stdout == cut.stdout, "stretches changed the record");

    let bad = run_in(
        dir.path(),
        &["extract", "long.jsonl", "--stretch", "3X"],
        None,
    );
    assert_eq!(bad.code, 2, "{}", bad.stderr);
    assert!(bad.stderr.contains("`3X` is not a size"), "{}", bad.stderr);
}

/// Every kind of bad input in one directory: each document has its record (an error record for
/// the failed ones), the exit status is 1, and each failure is named on stderr as `path:line:`.
#[test]
fn bad_inputs_never_lose_a_document() {
    let dir = tmp();
    let d = dir.path();
    write(
        d,
        "in/a-good.txt",
        "Le Mali a reçu 2 millions d'euros de la France.".as_bytes(),
    );
    write(
        d,
        "in/b-latin1.txt",
        b"Le pr\xe9sident du Gabon est arriv\xe9 \xe0 Paris.",
    );
    write(d, "in/c-binary.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    write(d, "in/d-empty.txt", b"");
    write(d, "in/e-blank.txt", b"  \n\t\n");
    let jsonl = [
        r#"{"id": "ok-1", "text": "La Tunisie rejoint le Fonds monétaire international."}"#,
        r#"{"id": "broken", "text": "#,
        r#"{"id": "no-text"}"#,
        r#"{"id": "num-text", "text": 42}"#,
        r#"{"id": ["a"], "text": "Le Niger."}"#,
        r#"{"id": "ok-1", "text": "Deuxième document au même identifiant."}"#,
        "",
        r#"{"id": "ok-2", "text": "   "}"#,
    ]
    .join("\n");
    write(d, "in/f-records.jsonl", jsonl.as_bytes());
    // A gzip member cut in the middle, and a file that is no gzip at all.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(corpus(40).as_bytes()).unwrap();
    let gz = gz.finish().unwrap();
    write(d, "in/g-truncated.jsonl.gz", &gz[..gz.len() / 2]);
    write(d, "in/h-corrupt.txt.gz", b"this is not gzip");
    #[cfg(unix)]
    {
        use std::os::unix::fs::symlink;
        symlink("nowhere.txt", d.join("in/i-dangling.txt")).unwrap();
        symlink("j-loop", d.join("in/j-loop")).unwrap();
        symlink("..", d.join("in/k-up")).unwrap(); // a directory loop, walked once
    }
    let out = run_in(
        d,
        &[
            "extract",
            "in",
            "--errors",
            "errors.jsonl",
            "--threads",
            "2",
        ],
        None,
    );
    assert_eq!(out.code, 1, "stderr: {}", out.stderr);
    let recs = records(&out.stdout);
    let errors = records(&std::fs::read(d.join("errors.jsonl")).unwrap());
    let failed: Vec<&Value> = recs.iter().filter(|r| r.get("error").is_some()).collect();
    assert_eq!(
        failed.len(),
        errors.len(),
        "one error record per failure, in both places"
    );
    let by_id = |id: &str| recs.iter().filter(|r| r["id"] == id).collect::<Vec<_>>();

    // Good documents, including the odd but valid ones, produced their records.
    assert_eq!(by_id("in/a-good.txt")[0]["error"], Value::Null);
    let latin1 = by_id("in/b-latin1.txt")[0];
    assert!(latin1["warnings"].to_string().contains("lossy_utf8"));
    for empty in ["in/d-empty.txt", "in/e-blank.txt", "ok-2"] {
        let r = by_id(empty)[0];
        assert_eq!(
            (r["entities"].as_array().unwrap().len(), r.get("error")),
            (0, None),
            "{empty}"
        );
    }
    let dups = by_id("ok-1");
    assert_eq!(dups.len(), 2);
    assert!(!dups[0].to_string().contains("duplicate_id"));
    assert!(dups[1]["warnings"].to_string().contains("duplicate_id"));

    // Each failure: an error record and a `path:line: message` line on stderr.
    let expect = [
        (
            "in/c-binary.txt",
            "in/c-binary.txt: binary content: NUL byte",
        ),
        (
            "in/f-records.jsonl:2",
            "in/f-records.jsonl:2: malformed JSON",
        ),
        ("no-text", "in/f-records.jsonl:3: record has no `text`"),
        ("num-text", "in/f-records.jsonl:4: `text` must be a string"),
        (
            "in/f-records.jsonl:5",
            "in/f-records.jsonl:5: `id` must be a string",
        ),
        ("in/h-corrupt.txt.gz", "in/h-corrupt.txt.gz: cannot read"),
    ];
    for (id, message) in expect {
        assert!(
            out.stderr.contains(message),
            "stderr lacks {message:?}: {}",
            out.stderr
        );
        let r = recs.iter().find(|r| r["id"] == id);
        assert!(
            r.is_some_and(|r| r.get("error").is_some()),
            "no error record for {id}"
        );
    }
    let truncated: Vec<&Value> = recs
        .iter()
        .filter(|r| {
            r["input"] == "in/g-truncated.jsonl.gz"
                || r["id"].as_str().is_some_and(|i| i.starts_with("doc-"))
        })
        .collect();
    assert!(truncated.last().unwrap()["error"]
        .as_str()
        .unwrap()
        .starts_with("cannot read"));
    assert!(
        out.stderr.contains("in/g-truncated.jsonl.gz:"),
        "{}",
        out.stderr
    );
    #[cfg(unix)]
    {
        assert!(
            out.stderr.contains("in/i-dangling.txt: cannot"),
            "{}",
            out.stderr
        );
        assert!(
            out.stderr.contains("in/j-loop: cannot read"),
            "{}",
            out.stderr
        );
    }
    // Input documents: 5 text files, 7 JSON records, the readable part of the .gz plus one
    // error, the corrupt .gz, and (on unix) two bad links; the `k-up` loop adds nothing.
    let readable_gz = truncated.len() - 1;
    let links = if cfg!(unix) { 2 } else { 0 };
    assert_eq!(recs.len(), 5 + 7 + readable_gz + 1 + 1 + links);
    assert!(out.stderr.contains(&format!(
        "{} documents ({} errors)",
        recs.len(),
        failed.len()
    )));
}

#[test]
fn standard_input_takes_json_lines_or_text() {
    let dir = tmp();
    let out = run_in(dir.path(), &["extract", "-"], Some(corpus(3).as_bytes()));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(records(&out.stdout).len(), 3);
    let out = run_in(
        dir.path(),
        &["extract", "-q"],
        Some("Le Bénin et le Togo ont signé un accord.".as_bytes()),
    );
    let recs = records(&out.stdout);
    assert_eq!((recs.len(), recs[0]["id"].as_str()), (1, Some("-")));
    assert!(out.stderr.is_empty(), "--quiet: {}", out.stderr);
}

#[test]
fn json_is_one_array() {
    let dir = tmp();
    write(
        dir.path(),
        "in.jsonl",
        format!("{}{{\"id\": 3}}\n", corpus(4)).as_bytes(),
    );
    let out = run_in(
        dir.path(),
        &["extract", "in.jsonl", "--format", "json", "-o", "out.json"],
        None,
    );
    assert_eq!(out.code, 1, "{}", out.stderr);
    let v: Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("out.json")).unwrap()).unwrap();
    let arr = v.as_array().unwrap();
    assert_eq!(arr.len(), 5);
    assert_eq!(arr[4]["error"], "record has no `text`");
    assert_eq!(arr[4]["id"], "3");
    let empty = run_in(dir.path(), &["extract", "-", "--format", "json"], Some(b""));
    let v: Value = serde_json::from_slice(&empty.stdout).unwrap();
    assert_eq!(
        v.as_array().map(Vec::len),
        Some(1),
        "empty stdin is one empty text document"
    );
    // No temporary file is left next to the output.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
}

#[test]
fn csv_tables_round_trip_with_delimiter_bom_and_neutralized_formulas() {
    let dir = tmp();
    let input = format!(
        "{}{}\n{}\n",
        corpus(5),
        serde_json::json!({"id": "=HYPERLINK(\"http://x\")", "text": "Le Ghana et le Nigeria."}),
        r#"{"id": "bad"}"#
    );
    write(dir.path(), "in.jsonl", input.as_bytes());
    let out = run_in(
        dir.path(),
        &[
            "extract",
            "in.jsonl",
            "--format",
            "csv",
            "--out",
            "tables",
            "--csv-delimiter",
            ";",
            "--bom",
        ],
        None,
    );
    assert_eq!(out.code, 1, "{}", out.stderr);
    let read = |name: &str| {
        let bytes = std::fs::read(dir.path().join("tables").join(name)).unwrap();
        assert!(
            bytes.starts_with("\u{FEFF}".as_bytes()),
            "{name} starts with a BOM"
        );
        let mut r = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(std::io::Cursor::new(bytes[3..].to_vec()));
        let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
        let rows: Vec<Vec<String>> = r
            .records()
            .map(|r| r.unwrap().iter().map(String::from).collect())
            .collect();
        (header, rows)
    };
    let (header, docs) = read("documents.csv");
    assert_eq!(
        header,
        ["id", "input", "line", "date", "entities", "facts", "warnings", "error"]
    );
    assert_eq!(docs.len(), 7, "one row per input document");
    assert_eq!(docs[5][0], "'=HYPERLINK(\"http://x\")");
    assert_eq!(docs[6][7], "record has no `text`");
    let (header, entities) = read("entities.csv");
    assert_eq!(
        &header[..5],
        ["document_id", "type", "text", "start", "end"]
    );
    assert!(entities
        .iter()
        .any(|r| r[1] == "COUNTRY" && r[2] == "Ghana"));
    let (header, _) = read("facts.csv");
    assert_eq!(header[0], "document_id");
    let (header, _) = read("facts_merged.csv");
    assert_eq!(header[header.len() - 2..], ["count", "documents"]);
    // Usage errors.
    let no_dir = run_in(
        dir.path(),
        &["extract", "in.jsonl", "--format", "csv"],
        None,
    );
    assert_eq!(no_dir.code, 2);
    assert!(no_dir.stderr.contains("--out DIR"), "{}", no_dir.stderr);
}

#[test]
fn ntriples_parse_back_and_a_query_finds_the_contribution() {
    let dir = tmp();
    let text =
        "Le Japon a versé 5 millions de dollars au Programme alimentaire mondial le 3 mai 2024. \
                Le Japon est membre de l'Organisation des Nations unies depuis 1956.";
    write(
        dir.path(),
        "in.jsonl",
        format!("{}\n", serde_json::json!({"id": "jp 1", "text": text})).as_bytes(),
    );
    let out = run_in(
        dir.path(),
        &[
            "extract", "in.jsonl", "--format", "ntriples", "-o", "out.nt",
        ],
        None,
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let data = std::fs::read(dir.path().join("out.nt")).unwrap();
    let triples: Vec<oxrdf::Triple> = oxttl::NTriplesParser::new()
        .for_slice(&data)
        .collect::<Result<_, _>>()
        .expect("valid N-Triples");
    let ns = "https://glaneur.example/ns#";
    let doc = "<https://glaneur.example/doc/jp%201>";
    // SELECT ?e WHERE { <doc> gl:mentions ?e . ?e a gl:Country }
    let mentioned: Vec<String> = triples
        .iter()
        .filter(|t| t.subject.to_string() == doc && t.predicate.as_str() == format!("{ns}mentions"))
        .map(|t| t.object.to_string())
        .collect();
    let countries: Vec<&String> = mentioned
        .iter()
        .filter(|e| {
            triples.iter().any(|t| {
                &t.subject.to_string() == *e && t.object.to_string() == format!("<{ns}Country>")
            })
        })
        .collect();
    assert!(
        !countries.is_empty(),
        "the document mentions a country: {mentioned:?}"
    );
    // SELECT ?f WHERE { ?f a gl:Contribution ; gl:source <doc> ; gl:donor ?d } — once facts are
    // extracted; until then the RDF sink's unit test checks the same query on a built fact.
    let contributions: Vec<String> = triples
        .iter()
        .filter(|t| t.object.to_string() == format!("<{ns}Contribution>"))
        .map(|t| t.subject.to_string())
        .collect();
    for f in &contributions {
        assert!(triples
            .iter()
            .any(|t| &t.subject.to_string() == f && t.predicate.as_str() == format!("{ns}donor")));
        assert!(triples
            .iter()
            .any(|t| &t.subject.to_string() == f && t.object.to_string() == doc));
    }
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let dir = tmp();
    write(dir.path(), "in.jsonl", corpus(400).as_bytes());
    let mut child = Command::new(BIN)
        .args([
            "extract",
            "in.jsonl",
            "--threads",
            "2",
            "--batch-size",
            "16",
        ])
        .current_dir(dir.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 100];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout); // like `| head -c 100`
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "stderr: {stderr}");
    assert!(
        !stderr.contains("Broken pipe") && !stderr.contains("panicked"),
        "{stderr}"
    );
}

#[test]
fn a_failed_output_leaves_no_partial_file_and_usage_errors_exit_2() {
    let dir = tmp();
    write(dir.path(), "in.jsonl", corpus(2).as_bytes());
    let out = run_in(
        dir.path(),
        &["extract", "in.jsonl", "-o", "missing/dir/out.jsonl"],
        None,
    );
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("missing/dir"), "{}", out.stderr);
    for args in [
        &["extract", "in.jsonl", "--threads", "0"][..],
        &["extract", "in.jsonl", "--format", "xml"],
        &["extract", "in.jsonl", "--date", "2024-13-01"],
        &["extract", "in.jsonl", "--out", "d"],
        &["extract", "in.jsonl", "--csv-delimiter", "ab"],
    ] {
        let out = run_in(dir.path(), args, None);
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
        assert!(!out.stderr.is_empty());
    }
    #[cfg(target_os = "linux")]
    {
        // A full disk: /dev/full fails every write; the error is reported, status 2.
        let out = Command::new(BIN)
            .args(["extract", "in.jsonl"])
            .current_dir(dir.path())
            .stdout(std::fs::File::create("/dev/full").unwrap())
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&out.stderr).contains("writing the output"));
    }
}
