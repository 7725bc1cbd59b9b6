//! The shape of the source tree: no file of `src/` over 700 lines of code
//! outside its tests, and no circle of imports between the files of `src/`
//! (a file that uses another, directly or through others, is never used by
//! it in turn).
//!
//! A file's imports are the paths it names: `use crate::a::b`, `super::x`,
//! `crate::a::b::f(...)` in code, tests included. Each path is resolved to
//! the file of its longest module prefix, so an item re-exported by a
//! parent (`crate::Extractor`, defined in `src/extractor.rs` but named
//! through `src/lib.rs`) counts as a use of the parent.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const MAX_CODE_LINES: usize = 700;

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a file of `src/`: `lib.rs` is the crate root,
/// `a.rs` and `a/mod.rs` are `a`, `a/b.rs` is `a::b`.
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).unwrap();
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().unwrap();
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" {
        parts.push(stem.to_string());
    }
    parts
}

/// The code of a file without comments and string literals (so that paths
/// in docs and messages do not count).
fn code_of(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    for line in source.lines() {
        let mut in_str = false;
        let mut prev = ' ';
        let mut kept = String::new();
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            if !in_str && c == '/' && chars.peek() == Some(&'/') {
                break;
            }
            if c == '"' && prev != '\\' && prev != '\'' {
                in_str = !in_str;
                prev = c;
                continue;
            }
            if !in_str {
                kept.push(c);
            }
            prev = c;
        }
        out.push_str(&kept);
        out.push('\n');
    }
    out
}

/// The paths a file names, as module paths from the crate root: `crate::`
/// and `super::` paths, and the groups of `use` braces.
fn named_paths(code: &str, module: &[String], is_mod_file: bool) -> Vec<Vec<String>> {
    // The module `super::` refers to: for `a/b.rs` (module a::b) it is a;
    // for `a/mod.rs` (module a) it is the crate root.
    let parent: Vec<String> = if is_mod_file || module.is_empty() {
        module[..module.len().saturating_sub(1)].to_vec()
    } else {
        module[..module.len() - 1].to_vec()
    };
    let mut paths = Vec::new();
    let bytes: Vec<char> = code.chars().collect();
    let inline = inline_modules(&bytes);
    let mut i = 0;
    while i < bytes.len() {
        let rest: String = bytes[i..bytes.len().min(i + 7)].iter().collect();
        let boundary = i == 0 || !(bytes[i - 1].is_alphanumeric() || bytes[i - 1] == '_');
        let (base, skip) = if boundary && rest.starts_with("crate::") {
            (Vec::new(), 7)
        } else if boundary && rest.starts_with("super::") {
            // Inside an inline module (`mod tests { ... }`), `super::` is
            // the file's own module.
            if inline.iter().any(|&(a, b)| a < i && i < b) {
                (module.to_vec(), 7)
            } else {
                (parent.clone(), 7)
            }
        } else {
            i += 1;
            continue;
        };
        // Read the path: identifiers separated by `::`, then maybe a `{`
        // group of further paths.
        let mut j = i + skip;
        let mut path = base;
        loop {
            let start = j;
            while j < bytes.len() && (bytes[j].is_alphanumeric() || bytes[j] == '_') {
                j += 1;
            }
            if j > start {
                path.push(bytes[start..j].iter().collect());
            }
            if j + 1 < bytes.len() && bytes[j] == ':' && bytes[j + 1] == ':' {
                j += 2;
                if j < bytes.len() && bytes[j] == '{' {
                    // A group: each member extends the path.
                    let close = (j..bytes.len()).find(|&k| bytes[k] == '}').unwrap_or(j);
                    let group: String = bytes[j + 1..close].iter().collect();
                    for member in group.split(',') {
                        let mut p = path.clone();
                        p.extend(
                            member
                                .trim()
                                .split("::")
                                .map(|s| s.trim().trim_start_matches('{').to_string())
                                .filter(|s| !s.is_empty() && s != "self" && s != "*"),
                        );
                        paths.push(p);
                    }
                    j = close;
                    path.clear();
                    break;
                }
                continue;
            }
            break;
        }
        if !path.is_empty() {
            paths.push(path);
        }
        i = j.max(i + 1);
    }
    paths
}

/// The spans of the inline modules (`mod name { ... }`) of the code, as
/// character positions.
fn inline_modules(code: &[char]) -> Vec<(usize, usize)> {
    let text: String = code.iter().collect();
    let mut spans = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find("mod ") {
        let start = from + at;
        from = start + 4;
        let word_start =
            start == 0 || !text[..start].ends_with(|c: char| c.is_alphanumeric() || c == '_');
        let rest = &text[start + 4..];
        let name_len = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(0);
        if !word_start || name_len == 0 || !rest[name_len..].trim_start().starts_with('{') {
            continue;
        }
        // The matching closing brace.
        let open = start + 4 + name_len + rest[name_len..].find('{').unwrap_or(0);
        let mut depth = 0;
        let mut end = text.len();
        for (k, c) in text[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + k;
                        break;
                    }
                }
                _ => {}
            }
        }
        // Character positions, as the caller counts them.
        spans.push((text[..start].chars().count(), text[..end].chars().count()));
    }
    spans
}

/// The lines of code of a file outside `#[cfg(test)]` items.
fn code_lines(source: &str) -> usize {
    let lines: Vec<&str> = source.lines().collect();
    let mut count = 0;
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim() == "#[cfg(test)]" {
            // Skip the item: to its closing brace at the same indent, or
            // to its end for a one-line item.
            let indent = lines[i].len() - lines[i].trim_start().len();
            i += 1;
            while i < lines.len() && !lines[i].trim_end().ends_with('{') {
                if lines[i].trim_end().ends_with(';') {
                    break;
                }
                i += 1;
            }
            if i < lines.len() && lines[i].trim_end().ends_with('{') {
                let close = format!("{}}}", " ".repeat(indent));
                while i < lines.len() && lines[i].trim_end() != close {
                    i += 1;
                }
            }
            i += 1;
            continue;
        }
        count += 1;
        i += 1;
    }
    count
}

struct Tree {
    /// Module path -> file, relative to the crate root.
    files: BTreeMap<Vec<String>, String>,
    /// File -> the files it uses.
    uses: BTreeMap<String, BTreeSet<String>>,
    /// File -> lines of code outside tests.
    lines: BTreeMap<String, usize>,
}

fn read_tree() -> Tree {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let src = root.join("src");
    let mut paths = Vec::new();
    rust_files(&src, &mut paths);
    let name = |p: &Path| p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
    let files: BTreeMap<Vec<String>, String> = paths
        .iter()
        .map(|p| (module_of(&src, p), name(p)))
        .collect();
    let mut uses = BTreeMap::new();
    let mut lines = BTreeMap::new();
    for p in &paths {
        let source = std::fs::read_to_string(p).unwrap();
        let module = module_of(&src, p);
        let is_mod_file = p.file_name().is_some_and(|f| f == "mod.rs");
        let mut targets = BTreeSet::new();
        for path in named_paths(&code_of(&source), &module, is_mod_file) {
            // The file of the longest module prefix of the path.
            let file = (0..=path.len())
                .rev()
                .find_map(|k| files.get(&path[..k]))
                .unwrap();
            if *file != name(p) {
                targets.insert(file.clone());
            }
        }
        uses.insert(name(p), targets);
        lines.insert(name(p), code_lines(&source));
    }
    Tree { files, uses, lines }
}

/// A circle of uses through `file`, if there is one.
fn circle(uses: &BTreeMap<String, BTreeSet<String>>, file: &str) -> Option<Vec<String>> {
    // Depth-first search for a path back to `file`.
    let mut stack: Vec<(String, Vec<String>)> = vec![(file.to_string(), vec![file.to_string()])];
    let mut seen = BTreeSet::new();
    while let Some((at, path)) = stack.pop() {
        for next in uses.get(&at).into_iter().flatten() {
            if next == file {
                let mut c = path.clone();
                c.push(file.to_string());
                return Some(c);
            }
            if seen.insert(next.clone()) {
                let mut p = path.clone();
                p.push(next.clone());
                stack.push((next.clone(), p));
            }
        }
    }
    None
}

#[test]
fn no_file_is_over_the_size_limit() {
    let tree = read_tree();
    let over: Vec<String> = tree
        .lines
        .iter()
        .filter(|&(_, &n)| n > MAX_CODE_LINES)
        .map(|(f, n)| format!("{f}: {n} lines of code"))
        .collect();
    assert!(over.is_empty(), "over {MAX_CODE_LINES} lines: {over:#?}");
}

#[test]
fn no_circle_of_imports() {
    let tree = read_tree();
    let circles: Vec<String> = tree
        .files
        .values()
        .filter_map(|f| circle(&tree.uses, f))
        .map(|c| c.join(" -> "))
        .collect();
    assert!(circles.is_empty(), "circles of imports: {circles:#?}");
}

#[test]
fn the_checker_sees_paths_and_circles() {
    // Paths in code, groups, super, and nothing in comments or strings.
    let code = code_of(
        "use crate::scan::{words::word_at, Matcher};\n\
         use super::state::Cursor; // crate::fake::x\n\
         let s = \"crate::quoted\"; crate::kind::EntityKind::State;\n\
         mod tests { use super::helper; }\n",
    );
    let module = vec!["resolve".to_string(), "link".to_string()];
    let paths: Vec<String> = named_paths(&code, &module, false)
        .iter()
        .map(|p| p.join("::"))
        .collect();
    assert_eq!(
        paths,
        [
            "scan::words::word_at",
            "scan::Matcher",
            "resolve::state::Cursor",
            "kind::EntityKind::State",
            "resolve::link::helper"
        ]
    );
    // A circle of three files is found from each of them.
    let mut uses = BTreeMap::new();
    for (a, b) in [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")] {
        uses.entry(a.to_string())
            .or_insert_with(BTreeSet::new)
            .insert(b.to_string());
    }
    assert!(circle(&uses, "a").is_some());
    assert!(circle(&uses, "d").is_none());
    // Test code does not count toward the size.
    let source = "fn a() {}\n#[cfg(test)]\nmod tests {\n    fn b() {}\n}\nfn c() {}\n";
    assert_eq!(code_lines(source), 2);
}
