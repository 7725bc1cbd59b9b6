//! The files of the built-in gazetteer, in load order (later entries win
//! ties, see `gazetteers/README.md`). The build script compiles these files
//! into tables and embeds them; this is the one list of them.

/// The JSON Lines files, relative to the crate root.
pub(crate) const BUILTIN_FILES: &[&str] = &[
    "gazetteers/builtin/states.jsonl",
    "gazetteers/builtin/groups.jsonl",
    "gazetteers/builtin/organizations.jsonl",
    "gazetteers/builtin/international_bodies.jsonl",
    "gazetteers/builtin/treaties.jsonl",
    "gazetteers/builtin/people.jsonl",
    "gazetteers/builtin/locations.jsonl",
];

/// The office titles, matched in the same trie walk as the names (the
/// library embeds them through the build script, which reads this).
#[allow(dead_code)]
pub(crate) const TITLES_FILE: &str = "gazetteers/builtin/titles.txt";
