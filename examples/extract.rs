//! Prints the geopolitical mentions of texts as JSON Lines.
//!
//! ```text
//! cargo run --release --example extract -- FILE...
//! cargo run --release --example extract -- --jsonl docs.jsonl
//! cargo run --release --example extract -- --gazetteer mine.jsonl --no-builtin FILE
//! cargo run --release --example extract -- --dump-gazetteer
//! ```
//!
//! Run with `--help` for every option.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::process::ExitCode;

use geopol::{Extractor, Mention};
use serde::{Deserialize, Serialize};

const USAGE: &str = "\
usage: extract [OPTIONS] FILE...
       extract [OPTIONS] --jsonl FILE|-
       extract [OPTIONS] --dump-gazetteer

Prints the geopolitical mentions found in plain UTF-8 text files, one JSON
object per line: start, end (UTF-8 byte offsets, end exclusive), char_start,
char_end, text, kind, id, name, country, and candidates when the words are
ambiguous. With several files, each line also has a \"file\" field.

options:
  --jsonl FILE       read JSON Lines {\"id\": ..., \"text\": \"...\"} from FILE
                     (- for standard input) and print one line per input line:
                     {\"id\": <the input id>, \"mentions\": [...]}
  --gazetteer FILE   add a gazetteer in JSON Lines (repeatable); an entry whose
                     id is already known replaces the earlier one
  --no-builtin       leave out the built-in gazetteer
  --evidence         add \"how\" to each mention: exact, folded, partial, title,
                     acronym or context
  --dump-gazetteer   print the active gazetteer as JSON Lines and exit
  -h, --help         print this help

exit status: 0 on success, 1 when an input or gazetteer file is bad (the
message names the file and line), 2 on a usage error.";

struct Options {
    files: Vec<String>,
    jsonl: Option<String>,
    gazetteers: Vec<String>,
    builtin: bool,
    dump: bool,
    evidence: bool,
}

enum Failure {
    Usage(String),
    Input(String),
}

fn parse_args() -> Result<Options, Failure> {
    let mut opts = Options {
        files: Vec::new(),
        jsonl: None,
        gazetteers: Vec::new(),
        builtin: true,
        dump: false,
        evidence: false,
    };
    let mut args = std::env::args().skip(1);
    let mut only_files = false;
    while let Some(arg) = args.next() {
        if only_files {
            opts.files.push(arg);
            continue;
        }
        match arg.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            "--jsonl" => {
                let v = args
                    .next()
                    .ok_or_else(|| Failure::Usage("--jsonl needs a FILE (or -)".into()))?;
                opts.jsonl = Some(v);
            }
            "--gazetteer" => {
                let v = args
                    .next()
                    .ok_or_else(|| Failure::Usage("--gazetteer needs a FILE".into()))?;
                opts.gazetteers.push(v);
            }
            "--no-builtin" => opts.builtin = false,
            "--evidence" => opts.evidence = true,
            "--dump-gazetteer" => opts.dump = true,
            "--" => only_files = true,
            s if s.starts_with('-') && s != "-" => {
                return Err(Failure::Usage(format!("unknown option {s}")));
            }
            _ => opts.files.push(arg),
        }
    }
    if !opts.dump && opts.jsonl.is_none() && opts.files.is_empty() {
        return Err(Failure::Usage(
            "no input: give FILE..., --jsonl FILE or --dump-gazetteer".into(),
        ));
    }
    if opts.jsonl.is_some() && !opts.files.is_empty() {
        return Err(Failure::Usage(
            "give either FILE... or --jsonl, not both".into(),
        ));
    }
    Ok(opts)
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(msg)) => {
            eprintln!("extract: {msg}\n\n{USAGE}");
            ExitCode::from(2)
        }
        Err(Failure::Input(msg)) => {
            eprintln!("extract: {msg}");
            ExitCode::from(1)
        }
    }
}

fn run() -> Result<(), Failure> {
    let opts = parse_args()?;
    let extractor = build(&opts)?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = if opts.dump {
        extractor
            .gazetteer()
            .write_jsonl(&mut out)
            .map_err(write_error)
    } else if let Some(path) = &opts.jsonl {
        run_jsonl(&extractor, path, &mut out)
    } else {
        run_files(&extractor, &opts.files, &mut out)
    };
    result.and_then(|()| out.flush().map_err(write_error))
}

fn build(opts: &Options) -> Result<Extractor, Failure> {
    let mut builder = Extractor::builder();
    builder.builtin(opts.builtin).evidence(opts.evidence);
    for g in &opts.gazetteers {
        builder.gazetteer_path(g);
    }
    builder.build().map_err(|e| Failure::Input(e.to_string()))
}

fn write_error(e: io::Error) -> Failure {
    if e.kind() == io::ErrorKind::BrokenPipe {
        // The reader went away (e.g. `| head`): stop quietly.
        std::process::exit(0);
    }
    Failure::Input(format!("cannot write output: {e}"))
}

#[derive(Serialize)]
struct FileMention<'a> {
    file: &'a str,
    #[serde(flatten)]
    mention: &'a Mention,
}

fn run_files(ex: &Extractor, files: &[String], out: &mut impl Write) -> Result<(), Failure> {
    let tag = files.len() > 1;
    for path in files {
        let mut bytes = Vec::new();
        File::open(path)
            .and_then(|mut f| f.read_to_end(&mut bytes))
            .map_err(|e| Failure::Input(format!("{path}: {e}")))?;
        let text = std::str::from_utf8(&bytes).map_err(|e| {
            let at = e.valid_up_to();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            Failure::Input(format!("{path}:{line}: invalid UTF-8 at byte offset {at}"))
        })?;
        for m in ex.extract(text) {
            let line = if tag {
                serde_json::to_string(&FileMention {
                    file: path,
                    mention: &m,
                })
            } else {
                serde_json::to_string(&m)
            };
            let line = line.map_err(|e| Failure::Input(e.to_string()))?;
            writeln!(out, "{line}").map_err(write_error)?;
        }
    }
    Ok(())
}

#[derive(Deserialize)]
struct InputDoc {
    id: serde_json::Value,
    text: String,
}

#[derive(Serialize)]
struct OutputDoc<'a> {
    id: &'a serde_json::Value,
    mentions: &'a [Mention],
}

fn run_jsonl(ex: &Extractor, path: &str, out: &mut impl Write) -> Result<(), Failure> {
    let (name, reader): (&str, Box<dyn Read>) = if path == "-" {
        ("<stdin>", Box::new(io::stdin().lock()))
    } else {
        let f = File::open(path).map_err(|e| Failure::Input(format!("{path}: {e}")))?;
        (path, Box::new(f))
    };
    let interactive = path == "-";
    let mut reader = BufReader::new(reader);
    let mut buf = Vec::new();
    let mut lineno = 0u64;
    loop {
        buf.clear();
        let n = reader
            .read_until(b'\n', &mut buf)
            .map_err(|e| Failure::Input(format!("{name}: {e}")))?;
        if n == 0 {
            break;
        }
        lineno += 1;
        let line = std::str::from_utf8(&buf).map_err(|e| {
            Failure::Input(format!(
                "{name}:{lineno}: invalid UTF-8 at byte {} of the line",
                e.valid_up_to()
            ))
        })?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: InputDoc = serde_json::from_str(line).map_err(|e| {
            Failure::Input(format!(
                "{name}:{lineno}: not a {{\"id\", \"text\"}} object: {e}"
            ))
        })?;
        let mentions = ex.extract(&doc.text);
        let json = serde_json::to_string(&OutputDoc {
            id: &doc.id,
            mentions: &mentions,
        })
        .map_err(|e| Failure::Input(e.to_string()))?;
        writeln!(out, "{json}").map_err(write_error)?;
        if interactive {
            out.flush().map_err(write_error)?;
        }
    }
    Ok(())
}
