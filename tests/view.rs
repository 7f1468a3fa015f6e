//! End to end: `glaneur view data/` writes a report that shows every entity and fact of
//! `glaneur extract data/`; when Chromium is installed, the page is loaded headless, checked
//! for script errors, and screenshotted to `target/view-screenshot.png`.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::*;

/// Renders the report of `data/` into a temporary directory; returns (dir, report path).
fn render_samples() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let report = dir.path().join("report.html");
    let out = glaneur(&[
        "view",
        "data/",
        "-o",
        report.to_str().expect("UTF-8 temp path"),
    ]);
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (dir, report)
}

/// The records of `glaneur extract data/`.
fn extract_samples() -> Vec<serde_json::Value> {
    let out = glaneur(&["extract", "data/"]);
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    json_lines(&out.stdout)
}

fn count(records: &[serde_json::Value], field: &str) -> usize {
    records
        .iter()
        .map(|r| r[field].as_array().map_or(0, Vec::len))
        .sum()
}

#[test]
fn report_shows_every_entity_and_fact() {
    let (_dir, report) = render_samples();
    let html = std::fs::read_to_string(&report).expect("report is UTF-8");
    let records = extract_samples();
    assert!(html.starts_with("<!DOCTYPE html>") && html.ends_with("</html>\n"));
    assert_eq!(html.matches("<mark ").count(), count(&records, "entities"));
    assert_eq!(
        html.matches("<tr class=\"fact-row\"").count(),
        count(&records, "facts")
    );

    // Article by article, in input order: its section holds its marks and fact rows.
    let sections: Vec<&str> = html.split("<section class=\"article\"").skip(1).collect();
    assert_eq!(sections.len(), records.len());
    for (section, record) in sections.iter().zip(&records) {
        let id = record["id"].as_str().unwrap_or("");
        assert!(
            section.contains(&format!("<h2>{id}</h2>")),
            "section of {id}"
        );
        let entities = record["entities"].as_array().map_or(0, Vec::len);
        assert_eq!(section.matches("<mark ").count(), entities, "marks of {id}");
        for e in record["entities"].as_array().into_iter().flatten() {
            let text = glaneur::view::escape(e["text"].as_str().unwrap_or(""));
            assert!(
                section.contains(&format!(">{text}</mark>")),
                "{text} in {id}"
            );
        }
        let facts = record["facts"].as_array().map_or(0, Vec::len);
        assert_eq!(
            section.matches("<tr class=\"fact-row\"").count(),
            facts,
            "facts of {id}"
        );
    }

    // Offline: nothing is fetched (the only URL is the SVG namespace).
    let without_ns = html.replace("http://www.w3.org/2000/svg", "");
    for needle in ["http://", "https://", " src=", "url("] {
        assert!(
            !without_ns.contains(needle),
            "the report refers to {needle}"
        );
    }
}

/// The Chromium binary: `$GLANEUR_CHROMIUM`, else `chromium` or `chromium-browser` on PATH.
fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("GLANEUR_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| ["chromium", "chromium-browser"].map(|n| dir.join(n)))
        .find(|p| p.is_file())
}

/// Runs headless Chromium with `args` on `url`; returns its standard output. Kills it after
/// two minutes (a hung browser must not hang the test suite).
fn run_chromium(bin: &Path, profile: &Path, args: &[&str], url: &str) -> String {
    let mut cmd = Command::new(bin);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
    ])
    .arg(format!("--user-data-dir={}", profile.display()))
    .args(args)
    .arg(url)
    .stdin(Stdio::null())
    .stdout(Stdio::piped())
    .stderr(Stdio::null());
    let mut child = cmd.spawn().expect("start chromium");
    let mut stdout = child.stdout.take().expect("chromium stdout");
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut s).map(|_| s)
    });
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        match child.try_wait().expect("wait for chromium") {
            Some(_) => break,
            None if Instant::now() > deadline => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("chromium did not finish within two minutes");
            }
            None => std::thread::sleep(Duration::from_millis(100)),
        }
    }
    reader.join().expect("reader thread").unwrap_or_default()
}

/// The target of the first fact's evidence link (`a0-ev0`), if any.
fn first_evidence_link(html: &str) -> Option<String> {
    let at = html.find("class=\"evlink\" href=\"#")? + "class=\"evlink\" href=\"#".len();
    let rest = html.get(at..)?;
    Some(rest[..rest.find('"')?].to_string())
}

#[test]
fn report_loads_in_headless_chromium() {
    let Some(bin) = chromium() else {
        eprintln!(
            "SKIPPED report_loads_in_headless_chromium: no `chromium` or `chromium-browser` on \
             PATH (install it with `apt-get install -y chromium`, or set GLANEUR_CHROMIUM)"
        );
        return;
    };
    let (dir, report) = render_samples();
    let records = extract_samples();
    let url = format!("file://{}", report.display());

    // The DOM after load: the script ran to its end and recorded no error.
    let dom = run_chromium(&bin, &dir.path().join("profile-dom"), &["--dump-dom"], &url);
    let html_tag = dom
        .find("<html")
        .and_then(|i| dom[i..].find('>').map(|j| &dom[i..i + j]))
        .unwrap_or("");
    assert!(!html_tag.is_empty(), "no DOM dumped; is chromium working?");
    assert!(
        !html_tag.contains("data-errors"),
        "script errors: {html_tag}"
    );
    assert!(
        dom.contains("<body data-ok=\"1\">"),
        "the page script did not finish"
    );
    assert_eq!(dom.matches("<mark ").count(), count(&records, "entities"));

    // Following a fact's link highlights its evidence (only when there are facts to follow).
    if let Some(anchor) = first_evidence_link(&std::fs::read_to_string(&report).unwrap_or_default())
    {
        let url = format!("{url}#{anchor}");
        let dom = run_chromium(&bin, &dir.path().join("profile-ev"), &["--dump-dom"], &url);
        assert!(
            dom.contains("<span class=\"ev hl\""),
            "{anchor}: evidence not highlighted"
        );
        assert!(
            dom.contains("<body data-ok=\"1\">"),
            "{anchor}: the page script did not finish"
        );
    }

    // The screenshot: a PNG, kept as the test's artefact.
    let shot = dir.path().join("view.png");
    let screenshot = format!("--screenshot={}", shot.display());
    run_chromium(
        &bin,
        &dir.path().join("profile-shot"),
        &[&screenshot, "--window-size=1280,2000", "--hide-scrollbars"],
        &url,
    );
    let png = std::fs::read(&shot).expect("chromium wrote the screenshot");
    assert!(
        png.len() > 10_000,
        "screenshot too small: {} bytes",
        png.len()
    );
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "screenshot is not a PNG");
    let target = Path::new(env!("CARGO_BIN_EXE_glaneur"))
        .parent()
        .and_then(Path::parent)
        .map_or_else(|| root().join("target"), Path::to_path_buf);
    std::fs::copy(&shot, target.join("view-screenshot.png")).expect("copy the screenshot");
}
