//! Loading gazetteers: every malformed line gives an error naming the file,
//! the line and the reason; good files load and dump back identically.

mod common;

use std::io::Write;

use geopol::{EntityKind, Entry, Error, Extractor, Gazetteer};

fn load(data: &[u8]) -> Result<Gazetteer, Error> {
    Gazetteer::from_reader(data, "user.jsonl")
}

const GOOD: &str = r#"{"id": "org:a", "kind": "organization", "name": "Alpha Front"}"#;

#[test]
fn malformed_lines_name_file_line_and_reason() {
    let cases: &[(&str, u64, &str)] = &[
        ("{not json", 1, "key must be a string"),
        (
            r#"{"kind": "person", "name": "A"}"#,
            1,
            "missing required field \"id\"",
        ),
        (
            r#"{"id": "a", "name": "A"}"#,
            1,
            "missing required field \"kind\"",
        ),
        (
            r#"{"id": "a", "kind": "person"}"#,
            1,
            "missing required field \"name\"",
        ),
        (
            r#"{"id": "a", "kind": "person", "name": ""}"#,
            1,
            "\"name\" is empty",
        ),
        (
            r#"{"id": "a", "kind": "country", "name": "A"}"#,
            1,
            "unknown kind \"country\"",
        ),
        (
            r#"{"id": "a", "kind": "state", "name": "A", "country": "RUSS"}"#,
            1,
            "alpha-3",
        ),
        (
            r#"{"id": "a", "kind": "state", "name": "A", "aliases": ["  "]}"#,
            1,
            "aliases[0]",
        ),
        (r#"[1, 2]"#, 1, "invalid type"),
    ];
    for &(line, want_line, reason) in cases {
        let data = format!("{GOOD}\n\n{line}\n");
        let err = load(data.as_bytes()).unwrap_err();
        assert_eq!(err.file(), Some("user.jsonl"), "{line}");
        assert_eq!(err.line(), Some(want_line + 2), "{line}");
        assert!(err.reason().contains(reason), "{line}: {err}");
        assert!(err
            .to_string()
            .starts_with(&format!("user.jsonl:{}: ", want_line + 2)));
    }
}

#[test]
fn duplicate_id_names_both_lines() {
    let data = format!("{GOOD}\n{GOOD}\n");
    let err = load(data.as_bytes()).unwrap_err();
    assert_eq!(err.line(), Some(2));
    assert!(
        err.reason()
            .contains("duplicate id \"org:a\" (first on line 1)"),
        "{err}"
    );
}

#[test]
fn invalid_utf8_names_the_line() {
    let mut data = format!("{GOOD}\n").into_bytes();
    data.extend_from_slice(b"{\"id\": \"b\", \"kind\": \"state\", \"name\": \"\xff\"}\n");
    let err = load(&data).unwrap_err();
    assert_eq!(err.line(), Some(2));
    assert!(err.reason().contains("invalid UTF-8"), "{err}");
}

#[test]
fn missing_file_names_the_path() {
    let err = Gazetteer::from_path("/nonexistent/geopol.jsonl").unwrap_err();
    assert_eq!(err.file(), Some("/nonexistent/geopol.jsonl"));
    assert!(err.to_string().starts_with("/nonexistent/geopol.jsonl: "));
    assert!(std::error::Error::source(&err).is_some());
}

#[test]
fn builder_reports_bad_file_at_build() {
    let dir = common::scratch_dir("test");
    let path = dir.join("bad.jsonl");
    let mut f = std::fs::File::create(&path).unwrap();
    writeln!(f, "{GOOD}").unwrap();
    writeln!(
        f,
        "{{\"id\": \"x\", \"kind\": \"planet\", \"name\": \"Martian\"}}"
    )
    .unwrap();
    drop(f);
    let err = Extractor::builder()
        .builtin(false)
        .gazetteer_path(&path)
        .build()
        .unwrap_err();
    assert_eq!(err.line(), Some(2));
    assert!(err.reason().contains("unknown kind \"planet\""), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn entries_built_in_code_are_checked() {
    let err = Gazetteer::from_entries([
        Entry::new("a", EntityKind::Person, "A B"),
        Entry::new("b", EntityKind::Person, "C D").country("xx"),
    ])
    .unwrap_err();
    assert_eq!(err.file(), Some("<entries>"));
    assert_eq!(err.line(), Some(2));
}

#[test]
fn blank_lines_and_bom_are_fine() {
    let data = format!("\u{feff}{GOOD}\n\n   \n");
    assert_eq!(load(data.as_bytes()).unwrap().len(), 1);
}

#[test]
fn dump_loads_back_identically() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/mini.jsonl");
    let gaz = Gazetteer::from_path(path).unwrap();
    let mut out = Vec::new();
    gaz.write_jsonl(&mut out).unwrap();
    let again = Gazetteer::from_reader(&out[..], "dump").unwrap();
    assert_eq!(gaz.entries(), again.entries());
}

#[cfg(feature = "builtin")]
#[test]
fn builtin_dump_loads_back() {
    let ex = Extractor::builtin();
    let mut out = Vec::new();
    ex.gazetteer().write_jsonl(&mut out).unwrap();
    let again = Gazetteer::from_reader(&out[..], "dump").unwrap();
    assert_eq!(ex.gazetteer().entries(), again.entries());
}
