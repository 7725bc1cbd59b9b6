//! The `evaluate` example's scoring rules, on small hand-made gold files
//! with exact expected figures. The predictions come from the test
//! gazetteer (tests/data/mini.jsonl), so they are fixed.

mod common;

use std::path::PathBuf;
use std::process::Command;

const MINI: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/mini.jsonl");

fn span(text: &str, s: &str) -> (usize, usize) {
    let i = text.find(s).unwrap();
    (i, i + s.len())
}

/// Two documents whose predictions (Russia, Vladimir Putin, Moscow, NATO;
/// Chinese) meet every rule:
/// * Russia: same span and type (strict and lenient hit);
/// * Vladimir Putin inside gold PERSON "President Vladimir Putin": lenient
///   hit, strict false positive plus miss;
/// * Moscow inside a gold OTHER span: not judged;
/// * NATO: not in gold, a false positive;
/// * Chinese (NATIONALITY) inside gold ORGANIZATION "Chinese Embassy": not
///   judged, and the embassy is a miss; gold LOCATION "Arctic" is a miss.
fn gold_file() -> PathBuf {
    let t1 = "Russia and President Vladimir Putin met in Moscow with NATO.";
    let t2 = "The Chinese Embassy in the Arctic";
    let e = |text: &str, s: &str, ty: &str| {
        let (a, b) = span(text, s);
        serde_json::json!({"start": a, "end": b, "type": ty, "label": ty, "text": s})
    };
    let d1 = serde_json::json!({"id": "d1", "corpus": "toy", "text": t1, "entities": [
        e(t1, "Russia", "STATE"),
        e(t1, "President Vladimir Putin", "PERSON"),
        e(t1, "in Moscow", "OTHER"),
    ]});
    let d2 = serde_json::json!({"id": "d2", "corpus": "toy", "text": t2, "entities": [
        e(t2, "Chinese Embassy", "ORGANIZATION"),
        e(t2, "Arctic", "LOCATION"),
    ]});
    let dir = common::scratch_dir("eval");
    let path = dir.join("toy.jsonl");
    std::fs::write(&path, format!("{d1}\n{d2}\n")).unwrap();
    path
}

fn run(args: &[&str]) -> Option<std::process::Output> {
    Some(
        Command::new(common::example_bin("evaluate")?)
            .args(args)
            .output()
            .unwrap(),
    )
}

#[test]
fn strict_and_lenient_figures() {
    let gold = gold_file();
    let Some(out) = run(&[
        "--json",
        "--no-builtin",
        "--gazetteer",
        MINI,
        gold.to_str().unwrap(),
    ]) else {
        return;
    };
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let toy = &v["toy"];
    assert_eq!(toy["documents"], 2);
    let f = |mode: &str, ty: &str| {
        let x = &toy[mode][ty];
        (
            x["tp"].as_u64().unwrap(),
            x["fp"].as_u64().unwrap(),
            x["fn"].as_u64().unwrap(),
            x["precision"].as_f64().unwrap(),
            x["recall"].as_f64().unwrap(),
            x["f1"].as_f64().unwrap(),
        )
    };
    assert_eq!(f("strict", "STATE"), (1, 0, 0, 1.0, 1.0, 1.0));
    assert_eq!(f("strict", "PERSON"), (0, 1, 1, 0.0, 0.0, 0.0));
    assert_eq!(f("lenient", "PERSON"), (1, 0, 0, 1.0, 1.0, 1.0));
    assert_eq!(f("strict", "LOCATION"), (0, 0, 1, 0.0, 0.0, 0.0));
    assert_eq!(f("strict", "NATIONALITY"), (0, 0, 0, 0.0, 0.0, 0.0));
    assert_eq!(f("strict", "ORGANIZATION"), (0, 1, 1, 0.0, 0.0, 0.0));
    assert_eq!(f("strict", "ALL"), (1, 2, 3, 0.3333, 0.25, 0.2857));
    assert_eq!(f("lenient", "ALL"), (2, 1, 2, 0.6667, 0.5, 0.5714));
}

#[test]
fn errors_list_surface_texts() {
    let gold = gold_file();
    let Some(out) = run(&[
        "--errors",
        "3",
        "--no-builtin",
        "--gazetteer",
        MINI,
        gold.to_str().unwrap(),
    ]) else {
        return;
    };
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("## toy (2 documents)"), "{s}");
    assert!(
        s.contains("ORGANIZATION false positives: \"NATO\"×1"),
        "{s}"
    );
    assert!(s.contains("LOCATION misses: \"Arctic\"×1"), "{s}");
    assert!(
        s.contains("ORGANIZATION misses: \"Chinese Embassy\"×1"),
        "{s}"
    );
}

#[test]
fn bad_gold_line_names_file_and_line() {
    let dir = common::scratch_dir("eval-bad");
    let path = dir.join("bad.jsonl");
    std::fs::write(
        &path,
        "{\"text\": \"abc\", \"entities\": [{\"start\": 1, \"end\": 9, \"type\": \"STATE\"}]}\n",
    )
    .unwrap();
    let p = path.to_str().unwrap();
    let Some(out) = run(&["--no-builtin", "--gazetteer", MINI, p]) else {
        return;
    };
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains(&format!("{p}:1: gold span 1..9")));
}
