//! Compiles the built-in gazetteer (gazetteers/builtin/*.jsonl) into the
//! tables and trie that `Extractor::builtin()` loads, so
//! start-up needs no JSON parsing, folding or trie construction.
//!
//! The folding and table code is the library's own (`src/fold.rs`,
//! `src/compiled.rs`); a unit test checks that the library compiling the
//! same files at run time gets identical tables.

#[allow(dead_code)]
#[path = "src/fold.rs"]
mod fold;

#[allow(dead_code)]
#[path = "src/compiled.rs"]
mod compiled;

#[allow(dead_code)]
#[path = "src/trie.rs"]
mod trie;

use std::path::Path;

use compiled::{Role, TablesBuilder, CASE_AUTO, CASE_CAPITALIZED, CASE_EXACT, CASE_FOLD};
use serde_json::Value;

/// Load order, as in `src/gazetteer/builtin.rs`.
const FILES: &[&str] = &[
    "gazetteers/builtin/states.jsonl",
    "gazetteers/builtin/groups.jsonl",
    "gazetteers/builtin/organizations.jsonl",
    "gazetteers/builtin/treaties.jsonl",
    "gazetteers/builtin/people.jsonl",
    "gazetteers/builtin/locations.jsonl",
];

/// Office titles, matched in the same trie walk as the names.
const TITLES: &str = "gazetteers/builtin/titles.txt";

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed={TITLES}");
    println!("cargo:rerun-if-changed=src/fold.rs");
    println!("cargo:rerun-if-changed=src/compiled.rs");
    println!("cargo:rerun-if-changed=src/trie.rs");
    for f in FILES {
        println!("cargo:rerun-if-changed={f}");
    }
    if std::env::var_os("CARGO_FEATURE_BUILTIN").is_none() {
        return;
    }
    let out = std::env::var("OUT_DIR").expect("OUT_DIR is set by cargo");
    let mut b = TablesBuilder::default();
    for file in FILES {
        let data = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
        for (i, line) in data.lines().enumerate() {
            let line = line.trim_start_matches('\u{feff}').trim();
            if line.is_empty() {
                continue;
            }
            let v: Value =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("{file}:{}: {e}", i + 1));
            add(&mut b, &v).unwrap_or_else(|e| panic!("{file}:{}: {e}", i + 1));
        }
    }
    let tables = b.finish();
    let titles = std::fs::read_to_string(TITLES).unwrap_or_else(|e| panic!("{TITLES}: {e}"));
    let titles = compiled::titles(&titles);
    let trie = trie::build(&compiled::trie_keys(&tables.patterns, &titles))
        .expect("the built-in patterns compile");
    let out = Path::new(&out);
    std::fs::write(out.join("builtin.trie"), trie).expect("write trie");
    std::fs::write(out.join("builtin.tables"), compiled::encode(&tables)).expect("write tables");
}

/// Adds one JSON entry, forms in the library's order: name, aliases, short
/// forms, demonyms.
fn add(b: &mut TablesBuilder, v: &Value) -> Result<(), String> {
    let text = |k: &str| v.get(k).and_then(Value::as_str);
    let id = text("id").ok_or("no id")?;
    let name = text("name").ok_or("no name")?;
    let kind = match text("kind").ok_or("no kind")? {
        // Positions in EntityKind::ALL.
        "state" => 0,
        "nationality" => 1,
        "organization" => 2,
        "treaty" => 3,
        "person" => 4,
        "location" => 5,
        k => return Err(format!("unknown kind {k:?}")),
    };
    let entry_case = text("case").map(case).transpose()?;
    let mut forms: Vec<(&str, Option<u8>, Role)> = vec![(name, None, Role::Name)];
    for (field, role) in [
        ("aliases", Role::Alias),
        ("short", Role::Short),
        ("demonyms", Role::Demonym),
        ("generic", Role::Generic),
    ] {
        for a in v.get(field).and_then(Value::as_array).into_iter().flatten() {
            match a {
                Value::String(s) => forms.push((s, None, role)),
                Value::Object(o) => {
                    let t = o
                        .get("text")
                        .and_then(Value::as_str)
                        .ok_or("alias without text")?;
                    let c = o
                        .get("case")
                        .and_then(Value::as_str)
                        .map(case)
                        .transpose()?;
                    forms.push((t, c, role));
                }
                _ => return Err(format!("bad {field} item")),
            }
        }
    }
    b.add(id, name, text("country"), kind, entry_case, forms);
    Ok(())
}

fn case(s: &str) -> Result<u8, String> {
    Ok(match s {
        "auto" => CASE_AUTO,
        "fold" => CASE_FOLD,
        "exact" => CASE_EXACT,
        "capitalized" => CASE_CAPITALIZED,
        _ => return Err(format!("unknown case policy {s:?}")),
    })
}
