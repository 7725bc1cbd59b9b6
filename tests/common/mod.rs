//! Helpers shared by the integration tests.

use std::io::Write;

/// Says why a test does not run. Written straight to the process's stderr,
/// which the test harness does not capture, so the reason shows in the
/// output of `cargo test` even though the test passes.
#[allow(dead_code)] // not every test binary skips
pub fn skip(reason: std::fmt::Arguments<'_>) {
    let _ = writeln!(std::io::stderr(), "skipping: {reason}");
}

/// A directory of the system's temporary one for this test process,
/// `geopol-NAME-PID`, made if it is not there.
#[allow(dead_code)] // not every test binary writes files
pub fn scratch_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("geopol-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The built binary of example `name`, or `None` (with the reason printed)
/// when it is not there. `cargo test` builds the examples next to the test
/// binaries: target/<profile>/deps/<test> -> target/<profile>/examples/<name>.
#[allow(dead_code)] // not every test binary runs an example
pub fn example_bin(name: &str) -> Option<std::path::PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let bin = exe
        .parent()?
        .parent()?
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    if bin.exists() {
        Some(bin)
    } else {
        skip(format_args!("{} not built (run cargo test)", bin.display()));
        None
    }
}

/// An extractor of the JSON Lines gazetteer `jsonl` alone (named `name` in
/// errors), with evidence.
#[allow(dead_code)] // not every test binary builds one
pub fn extractor_of(jsonl: &str, name: &str) -> geopol::Extractor {
    let g = geopol::Gazetteer::from_reader(jsonl.as_bytes(), name).unwrap();
    geopol::Extractor::builder()
        .builtin(false)
        .gazetteer(g)
        .evidence(true)
        .build()
        .unwrap()
}

/// The date `s` ("2023-03-01"), which must be one.
#[allow(dead_code)] // not every test binary reads dates
pub fn date(s: &str) -> geopol::Date {
    s.parse().unwrap()
}

/// `s` with the entities HTML writes for text read back (`&amp;` last).
#[allow(dead_code)] // not every test binary reads HTML
pub fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}

/// The text of the HTML `html`, its tags left out and its entities read.
#[allow(dead_code)] // not every test binary reads HTML
pub fn text_of(html: &str) -> String {
    let mut plain = String::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        plain.push_str(&rest[..i]);
        rest = &rest[i + rest[i..].find('>').unwrap() + 1..];
    }
    plain.push_str(rest);
    unescape(&plain)
}
