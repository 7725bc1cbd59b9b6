//! `geopol gazetteer check FILE...` and `geopol gazetteer dump`.

use std::collections::{BTreeMap, HashMap};
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use geopol::{EntityKind, Extractor, Gazetteer};

const USAGE: &str = "\
usage: geopol gazetteer check FILE...
       geopol gazetteer dump [--gazetteer FILE]... [--no-builtin]

check: reads each gazetteer file (JSON Lines, the format of the README) and
prints, a line each, its entries by kind, its surface forms (names, aliases,
demonyms, short and generic forms), its entries with a Wikidata QID, and its
ids that an earlier file (or the built-in data) also has (the later entry
replaces the earlier one); a bad file is reported as file:line: reason.
Exit status 1 when a file is bad.

dump: prints the active gazetteer (the built-in data, then each --gazetteer
FILE) as JSON Lines, in the format it is read in.";

/// Runs `geopol gazetteer` with its arguments (without the program's name).
pub fn main(args: Vec<String>) -> ExitCode {
    let mut args = args.into_iter();
    let result = match args.next().as_deref() {
        Some("check") => check(args.collect()),
        Some("dump") => dump(args.collect()),
        Some("-h" | "--help") => {
            let _ = writeln!(io::stdout(), "{USAGE}");
            return ExitCode::SUCCESS;
        }
        Some(other) => Err(Failure::Usage(format!(
            "unknown gazetteer command {other:?}"
        ))),
        None => Err(Failure::Usage("give check FILE... or dump".into())),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(msg)) => {
            let _ = writeln!(
                io::stderr(),
                "geopol gazetteer: {msg}\nhint: geopol gazetteer --help lists the commands"
            );
            ExitCode::from(2)
        }
        Err(Failure::Bad) => ExitCode::from(1),
    }
}

enum Failure {
    Usage(String),
    /// A file was bad (already reported).
    Bad,
}

fn check(files: Vec<String>) -> Result<(), Failure> {
    if files.is_empty() {
        return Err(Failure::Usage("check needs a FILE".into()));
    }
    if let Some(option) = files.iter().find(|f| f.starts_with('-')) {
        return Err(Failure::Usage(format!("unknown option {option}")));
    }
    // The ids seen so far, and where: the built-in data first.
    let mut seen: HashMap<String, String> = Gazetteer::builtin()
        .entries()
        .iter()
        .map(|e| (e.id.clone(), "the built-in data".to_string()))
        .collect();
    let (mut out, mut err) = (io::stdout().lock(), io::stderr().lock());
    let mut bad = false;
    for file in &files {
        let g = match Gazetteer::from_path(file) {
            Ok(g) => g,
            Err(e) => {
                let _ = writeln!(err, "{e}");
                bad = true;
                continue;
            }
        };
        let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
        let (mut forms, mut qids) = (0, 0);
        let mut replaced = Vec::new();
        for e in g.entries() {
            *kinds.entry(e.kind.as_str()).or_default() += 1;
            forms += 1 + e.aliases.len() + e.demonyms.len() + e.short.len() + e.generic.len();
            qids += usize::from(e.wikidata.is_some());
            if let Some(earlier) = seen.insert(e.id.clone(), file.clone()) {
                replaced.push(format!("{} (from {earlier})", e.id));
            }
        }
        let kinds: Vec<String> = EntityKind::ALL
            .iter()
            .filter_map(|k| kinds.get(k.as_str()).map(|n| format!("{n} {k}")))
            .collect();
        let _ = writeln!(
            out,
            "{file}: {} entries ({}), {forms} surface forms, {qids} with a QID",
            g.len(),
            if kinds.is_empty() {
                "none".to_string()
            } else {
                kinds.join(", ")
            }
        );
        if !replaced.is_empty() {
            let what = match replaced.len() {
                1 => "1 id replaces an earlier entry".to_string(),
                n => format!("{n} ids replace earlier entries"),
            };
            let _ = writeln!(out, "{file}: {what}: {}", replaced.join(", "));
        }
    }
    if bad {
        Err(Failure::Bad)
    } else {
        Ok(())
    }
}

fn dump(args: Vec<String>) -> Result<(), Failure> {
    let mut builder = Extractor::builder();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--gazetteer" => {
                let file = args
                    .next()
                    .ok_or_else(|| Failure::Usage("--gazetteer needs a FILE".into()))?;
                builder.gazetteer_path(file);
            }
            "--no-builtin" => {
                builder.builtin(false);
            }
            other => return Err(Failure::Usage(format!("unknown option {other}"))),
        }
    }
    let ex = builder.build().map_err(|e| {
        let _ = writeln!(io::stderr(), "geopol gazetteer: {e}");
        Failure::Bad
    })?;
    let mut out = BufWriter::new(io::stdout().lock());
    let written = ex
        .gazetteer()
        .write_jsonl(&mut out)
        .and_then(|()| out.flush());
    match written {
        // The reader went away (e.g. `| head`): stop quietly.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => {
            let _ = writeln!(io::stderr(), "geopol gazetteer: cannot write output: {e}");
            Err(Failure::Bad)
        }
        Ok(()) => Ok(()),
    }
}
