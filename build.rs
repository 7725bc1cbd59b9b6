//! Compiles the built-in gazetteer (gazetteers/builtin/*.jsonl) into the
//! tables and trie that `Extractor::builtin()` loads, so
//! start-up needs no JSON parsing, folding or trie construction, and writes
//! the `include_str!` of each file for `Gazetteer::builtin()`.
//!
//! The reading, folding, table and filter code is the library's own: this script
//! includes the same source files (the module paths below mirror the
//! library's), reads each line with the library's format reader and adds it
//! with the library's `add_entry`; a unit test checks that the library
//! compiling the same files at run time gets identical tables.

#[allow(dead_code)]
#[path = "src/fold.rs"]
mod fold;

#[allow(dead_code)]
#[path = "src/kind.rs"]
mod kind;

#[allow(dead_code)]
#[path = "src/date.rs"]
mod date;

#[allow(dead_code)]
#[path = "src/compiled.rs"]
mod compiled;

#[path = "src/first_names.rs"]
mod first_names;

#[allow(dead_code)]
#[path = "src/trie.rs"]
mod trie;

#[allow(dead_code)]
#[path = "src/scan"]
mod scan {
    #[path = "case.rs"]
    pub(crate) mod case;
    #[path = "filter.rs"]
    pub(crate) mod filter;
    #[path = "starts.rs"]
    pub(crate) mod starts;
    #[path = "words.rs"]
    pub(crate) mod words;
}

#[allow(dead_code)]
#[path = "src/offices.rs"]
mod offices;

#[allow(dead_code)]
#[path = "src/term.rs"]
mod term;

#[allow(dead_code)]
#[path = "src/gazetteer"]
mod gazetteer {
    #[path = "entry.rs"]
    pub(crate) mod entry;
    #[path = "files.rs"]
    pub(crate) mod files;
    #[path = "format.rs"]
    pub(crate) mod format;

    pub(crate) use entry::{Alias, CasePolicy, Entry, Role};
}

use std::path::Path;

use gazetteer::files::{BUILTIN_FILES, TITLES_FILE};

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed={TITLES_FILE}");
    for f in [
        "src/fold.rs",
        "src/kind.rs",
        "src/date.rs",
        "src/compiled.rs",
        "src/first_names.rs",
        "src/trie.rs",
        "src/scan/case.rs",
        "src/scan/filter.rs",
        "src/scan/starts.rs",
        "src/scan/words.rs",
        "src/offices.rs",
        "src/term.rs",
        "gazetteers/builtin/offices.tsv",
        "src/gazetteer/entry.rs",
        "src/gazetteer/files.rs",
        "src/gazetteer/format.rs",
    ]
    .iter()
    .chain(BUILTIN_FILES)
    {
        println!("cargo:rerun-if-changed={f}");
    }
    let out = std::env::var("OUT_DIR").expect("OUT_DIR is set by cargo");
    let out = Path::new(&out);
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR is set by cargo");
    // The embedded texts, for Gazetteer::builtin() and the titles.
    let include = |file: &str| format!("include_str!({:?})", Path::new(&root).join(file));
    let texts: Vec<String> = BUILTIN_FILES.iter().map(|f| include(f)).collect();
    let texts = format!("&[{}]\n", texts.join(", "));
    std::fs::write(out.join("builtin_files.rs"), texts).expect("write the file list");
    std::fs::write(out.join("titles.rs"), include(TITLES_FILE)).expect("write the titles");
    if std::env::var_os("CARGO_FEATURE_BUILTIN").is_none() {
        return;
    }
    let mut b = compiled::TablesBuilder::default();
    for file in BUILTIN_FILES {
        let data = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
        for (i, line) in data.lines().enumerate() {
            let line = line.trim_start_matches('\u{feff}').trim();
            if line.is_empty() {
                continue;
            }
            let entry = gazetteer::format::parse_line(line)
                .unwrap_or_else(|e| panic!("{file}:{}: {e}", i + 1));
            compiled::add_entry(&mut b, &entry);
        }
    }
    let tables = b.finish();
    let titles =
        std::fs::read_to_string(TITLES_FILE).unwrap_or_else(|e| panic!("{TITLES_FILE}: {e}"));
    let titles = compiled::titles(&titles);
    let trie = trie::build(&compiled::trie_keys(&tables.patterns, &titles))
        .expect("the built-in patterns compile");
    std::fs::write(out.join("builtin.trie"), trie).expect("write trie");
    let starts = scan::starts::KeyStarts::of_main(&tables, tables.patterns.len(), &titles);
    std::fs::write(out.join("builtin.starts"), starts.encode()).expect("write starts");
    std::fs::write(out.join("builtin.tables"), compiled::encode(&tables)).expect("write tables");
}
