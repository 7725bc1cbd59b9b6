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
                     acronym, context or shape
  --skip-bad-lines   report a bad input line (or, with FILE..., a file that
                     cannot be read or is not UTF-8) on stderr and go on;
                     the count of skipped lines is printed at the end
  --threads N        extract on N threads (0: one per core; default 1); the
                     output order stays the input order
  --dump-gazetteer   print the active gazetteer as JSON Lines and exit
  -h, --help         print this help

exit status: 0 on success (also when --skip-bad-lines skipped some), 1 when
an input or gazetteer file is bad (the message names the file, the line and
where useful the byte offset; output written before it stays valid JSON
Lines), 2 on a usage error.";

struct Options {
    files: Vec<String>,
    jsonl: Option<String>,
    gazetteers: Vec<String>,
    builtin: bool,
    dump: bool,
    evidence: bool,
    threads: usize,
    skip_bad: bool,
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
        threads: 1,
        skip_bad: false,
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
            "--threads" => {
                let v = args.next().unwrap_or_default();
                opts.threads = v.parse().map_err(|_| {
                    Failure::Usage(format!("--threads needs a number of threads, not {v:?}"))
                })?;
            }
            "--skip-bad-lines" => opts.skip_bad = true,
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
        run_jsonl(&extractor, path, &opts, &mut out)
    } else {
        run_files(&extractor, &opts.files, &opts, &mut out)
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

/// Texts are read in batches of at most this many bytes per thread (or
/// [`BATCH_DOCS`] documents), extracted in parallel and written in order, so
/// memory stays bounded whatever the size of the input.
const BATCH_BYTES: usize = 4 << 20;
const BATCH_DOCS: usize = 256;

/// Whether a batch of `docs` documents and `bytes` bytes is full.
fn batch_full(docs: usize, bytes: usize, threads: usize) -> bool {
    let threads = if threads == 0 {
        std::thread::available_parallelism().map_or(1, usize::from)
    } else {
        threads
    };
    threads <= 1 || docs >= BATCH_DOCS * threads || bytes >= BATCH_BYTES * threads
}

/// Counts inputs skipped with `--skip-bad-lines`, reporting each.
struct Skipped {
    skip: bool,
    count: u64,
}

impl Skipped {
    fn new(opts: &Options) -> Skipped {
        Skipped {
            skip: opts.skip_bad,
            count: 0,
        }
    }

    /// Reports `e` and returns `Ok` when skipping, else returns `e`.
    fn handle(&mut self, e: Failure) -> Result<(), Failure> {
        match e {
            Failure::Input(msg) if self.skip => {
                eprintln!("extract: skipped: {msg}");
                self.count += 1;
                Ok(())
            }
            e => Err(e),
        }
    }

    fn report(&self, what: &str) {
        if self.count > 0 {
            eprintln!("extract: skipped {} bad {what}", self.count);
        }
    }
}

fn run_files(
    ex: &Extractor,
    files: &[String],
    opts: &Options,
    out: &mut impl Write,
) -> Result<(), Failure> {
    let threads = opts.threads;
    let mut skipped = Skipped::new(opts);
    let tag = files.len() > 1;
    let mut batch: Vec<(&str, String)> = Vec::new();
    let mut bytes = 0;
    for path in files {
        let text = match read_text(path) {
            Ok(text) => text,
            Err(e) => {
                // Write what came before the bad file, then stop or skip.
                write_files(ex, &batch, tag, threads, out)?;
                batch.clear();
                bytes = 0;
                skipped.handle(e)?;
                continue;
            }
        };
        bytes += text.len();
        batch.push((path, text));
        if batch_full(batch.len(), bytes, threads) {
            write_files(ex, &batch, tag, threads, out)?;
            batch.clear();
            bytes = 0;
        }
    }
    write_files(ex, &batch, tag, threads, out)?;
    skipped.report(if skipped.count == 1 { "file" } else { "files" });
    Ok(())
}

/// A plain UTF-8 text file, or an error naming the file, the line and the
/// byte offset of the first invalid byte.
fn read_text(path: &str) -> Result<String, Failure> {
    let mut bytes = Vec::new();
    File::open(path)
        .and_then(|mut f| f.read_to_end(&mut bytes))
        .map_err(|e| Failure::Input(format!("{path}: {e}")))?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        Failure::Input(format!("{path}:{line}: invalid UTF-8 at byte offset {at}"))
    })
}

fn write_files(
    ex: &Extractor,
    batch: &[(&str, String)],
    tag: bool,
    threads: usize,
    out: &mut impl Write,
) -> Result<(), Failure> {
    let texts: Vec<&str> = batch.iter().map(|(_, t)| t.as_str()).collect();
    for ((path, _), mentions) in batch.iter().zip(ex.extract_batch(&texts, threads)) {
        for m in mentions {
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

fn run_jsonl(
    ex: &Extractor,
    path: &str,
    opts: &Options,
    out: &mut impl Write,
) -> Result<(), Failure> {
    let threads = opts.threads;
    let mut skipped = Skipped::new(opts);
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
    let mut batch: Vec<InputDoc> = Vec::new();
    let mut bytes = 0;
    loop {
        buf.clear();
        let n = reader
            .read_until(b'\n', &mut buf)
            .map_err(|e| Failure::Input(format!("{name}: {e}")))?;
        if n == 0 {
            break;
        }
        lineno += 1;
        let doc = match parse_line(name, lineno, &buf) {
            Ok(Some(doc)) => doc,
            Ok(None) => continue,
            Err(e) => {
                // Write the documents before the bad line, then stop or
                // skip it.
                write_docs(ex, &batch, threads, out)?;
                batch.clear();
                bytes = 0;
                skipped.handle(e)?;
                continue;
            }
        };
        bytes += doc.text.len();
        batch.push(doc);
        if batch_full(batch.len(), bytes, threads) {
            write_docs(ex, &batch, threads, out)?;
            batch.clear();
            bytes = 0;
            if interactive {
                out.flush().map_err(write_error)?;
            }
        }
    }
    write_docs(ex, &batch, threads, out)?;
    skipped.report(if skipped.count == 1 { "line" } else { "lines" });
    Ok(())
}

/// One input line as a document; `None` for a blank line.
fn parse_line(name: &str, lineno: u64, buf: &[u8]) -> Result<Option<InputDoc>, Failure> {
    let line = std::str::from_utf8(buf).map_err(|e| {
        Failure::Input(format!(
            "{name}:{lineno}: invalid UTF-8 at byte {} of the line",
            e.valid_up_to()
        ))
    })?;
    if line.trim().is_empty() {
        return Ok(None);
    }
    serde_json::from_str(line).map(Some).map_err(|e| {
        Failure::Input(format!(
            "{name}:{lineno}: not a {{\"id\", \"text\"}} object: {e}"
        ))
    })
}

fn write_docs(
    ex: &Extractor,
    batch: &[InputDoc],
    threads: usize,
    out: &mut impl Write,
) -> Result<(), Failure> {
    let texts: Vec<&str> = batch.iter().map(|d| d.text.as_str()).collect();
    for (doc, mentions) in batch.iter().zip(ex.extract_batch(&texts, threads)) {
        let json = serde_json::to_string(&OutputDoc {
            id: &doc.id,
            mentions: &mentions,
        })
        .map_err(|e| Failure::Input(e.to_string()))?;
        writeln!(out, "{json}").map_err(write_error)?;
    }
    Ok(())
}
