//! `geopol extract`, also the `extract` example: prints the geopolitical
//! mentions of texts as JSON Lines.
//!
//! ```text
//! cargo run --release --example extract -- FILE...
//! cargo run --release --example extract -- --jsonl docs.jsonl
//! cargo run --release --example extract -- --gazetteer mine.jsonl --no-builtin FILE
//! cargo run --release --example extract -- --date 2023-03-01 FILE
//! cargo run --release --example extract -- --who "foreign minister" --country CHN --date 2023-03-01
//! cargo run --release --example extract -- --dump-gazetteer
//! ```
//!
//! Run with `--help` for every option.

mod formats;
pub(crate) mod input;
mod jsonl;
mod pipeline;
mod progress;

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::process::ExitCode;

use formats::Format;
use geopol::{Date, EntityKind, Extractor, Mention, OfficeHolder};
use jsonl::{parse_line, Lines, OutputDoc};
use pipeline::in_order;
use progress::Progress;
use serde::Serialize;

const USAGE: &str = "\
usage: extract [OPTIONS] FILE...   (- for standard input)
       extract [OPTIONS] --jsonl FILE|-
       extract [OPTIONS] --who OFFICE --country OWNER --date YYYY-MM-DD
       extract [OPTIONS] --dump-gazetteer

Prints the geopolitical mentions found in plain UTF-8 text files, one JSON
object per line: start, end (UTF-8 byte offsets, end exclusive), char_start,
char_end, text, kind, id, wikidata (the Wikidata QID, when known), name,
country, category (when known), and candidates when the words are
ambiguous. With several files, each line also has a \"file\" field.

A text is read on its date: the --date given, else the \"date\" of its
--jsonl line, else the date of a wire dateline it opens with (\"BEIJING,
March 1, 2023 -\"). On a date, an office named without its holder (\"the
Chinese foreign minister\", \"NATO's secretary general\") is the person who
held it that day.

options:
  --jsonl FILE       read JSON Lines {\"id\": ..., \"text\": \"...\"} from FILE
                     (- for standard input) and print one line per input line:
                     {\"id\": <the input id>, \"mentions\": [...]}, or, for a
                     line without \"id\", {\"line\": <its number>, ...}; a line
                     may have a \"date\": \"YYYY-MM-DD\" (a bad one makes a bad
                     line)
  --date YYYY-MM-DD  read every text on this date (a line's \"date\" wins)
  --who OFFICE       print, as one JSON object, who held OFFICE (\"foreign
                     minister\", \"secretary general\") of --country OWNER (an
                     ISO 3166-1 alpha-3 code, a gazetteer id or a name: CHN,
                     NATO) on --date, and exit
  --gazetteer FILE   add a gazetteer in JSON Lines (repeatable); an entry whose
                     id is already known replaces the earlier one
  --no-builtin       leave out the built-in gazetteer
  --kinds K,K...     print only mentions of these kinds (person, state,
                     nationality, organization, treaty, location)
  --no-guesses       print only names a gazetteer knows, none found by their
                     shape or the words around them (those have no id)
  --lossy            read text that is not UTF-8 with each invalid sequence
                     replaced by U+FFFD (a warning says so; offsets then refer
                     to the repaired text) instead of stopping at it
  --format F         jsonl (the default), tsv (a header, then a mention a line:
                     source, byte and char offsets, kind, id, name, text; the
                     source is the file, or the --jsonl line's id or number),
                     conll (a word and its BIO tag a line, -DOCSTART- before
                     each document) or brat (the standoff .ann of one FILE)
  --evidence         add \"how\" to each mention: exact, folded, partial, title,
                     acronym, context, shape, given, cue, wire, date or role
  --skip-bad-lines   report a bad input line (or, with FILE..., a file that
                     cannot be read or is not UTF-8) on stderr and go on;
                     the count of skipped lines is printed at the end
  --threads N        extract on N threads (0: one per core; default 1), with
                     reading and writing beside them; the output order stays
                     the input order
  --dump-gazetteer   print the active gazetteer as JSON Lines and exit
  -q, --quiet        no progress line (one is shown on stderr, for a long run,
                     only when stderr is a terminal)
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
    date: Option<Date>,
    who: Option<String>,
    country: Option<String>,
    /// The kinds to print (`None`: all).
    kinds: Option<Vec<EntityKind>>,
    guesses: bool,
    format: Format,
    lossy: bool,
    quiet: bool,
}

enum Failure {
    Usage(String),
    Input(String),
}

/// The value after option `flag`, or a usage error saying it needs `what`.
fn value(
    args: &mut impl Iterator<Item = String>,
    flag: &str,
    what: &str,
) -> Result<String, Failure> {
    args.next()
        .ok_or_else(|| Failure::Usage(format!("{flag} needs {what}")))
}

fn parse_args(args: Vec<String>) -> Result<Options, Failure> {
    let mut opts = Options {
        files: Vec::new(),
        jsonl: None,
        gazetteers: Vec::new(),
        builtin: true,
        dump: false,
        evidence: false,
        threads: 1,
        skip_bad: false,
        date: None,
        who: None,
        country: None,
        kinds: None,
        guesses: true,
        format: Format::Jsonl,
        lossy: false,
        quiet: false,
    };
    let mut args = args.into_iter();
    let mut only_files = false;
    while let Some(arg) = args.next() {
        if only_files {
            opts.files.push(arg);
            continue;
        }
        match arg.as_str() {
            "-h" | "--help" => {
                let _ = writeln!(io::stdout(), "{}", usage());
                std::process::exit(0);
            }
            "--jsonl" => opts.jsonl = Some(value(&mut args, "--jsonl", "a FILE (or -)")?),
            "--gazetteer" => opts
                .gazetteers
                .push(value(&mut args, "--gazetteer", "a FILE")?),
            "--threads" => {
                let v = args.next().unwrap_or_default();
                opts.threads = v.parse().map_err(|_| {
                    Failure::Usage(format!("--threads needs a number of threads, not {v:?}"))
                })?;
            }
            "--date" => {
                let v = args.next().unwrap_or_default();
                let d = v
                    .parse::<Date>()
                    .map_err(|e| Failure::Usage(format!("--date: {e}")))?;
                opts.date = Some(d);
            }
            "--who" => opts.who = Some(value(&mut args, "--who", "an OFFICE")?),
            "--country" => opts.country = Some(value(&mut args, "--country", "an OWNER")?),
            "--kinds" => {
                let v = args.next().unwrap_or_default();
                opts.kinds = Some(parse_kinds(&v).map_err(Failure::Usage)?);
            }
            "--no-guesses" => opts.guesses = false,
            "--lossy" => opts.lossy = true,
            "-q" | "--quiet" => opts.quiet = true,
            "--format" => {
                let v = args.next().unwrap_or_default();
                opts.format = v
                    .parse()
                    .map_err(|e| Failure::Usage(format!("--format: {e}")))?;
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
    if opts.who.is_some() || opts.country.is_some() {
        if opts.who.is_none() || opts.country.is_none() || opts.date.is_none() {
            return Err(Failure::Usage(
                "--who OFFICE needs --country OWNER and --date YYYY-MM-DD".into(),
            ));
        }
        if opts.dump || opts.jsonl.is_some() || !opts.files.is_empty() {
            return Err(Failure::Usage(
                "--who prints office holders: give no input with it".into(),
            ));
        }
        return Ok(opts);
    }
    if !opts.dump && opts.jsonl.is_none() && opts.files.is_empty() {
        return Err(Failure::Usage(
            "no input: give FILE..., --jsonl FILE or --dump-gazetteer".into(),
        ));
    }
    if opts.format == Format::Brat && (opts.jsonl.is_some() || opts.files.len() > 1) {
        return Err(Failure::Usage(
            "--format brat writes the .ann of one document: give one FILE".into(),
        ));
    }
    if opts.jsonl.is_some() && !opts.files.is_empty() {
        return Err(Failure::Usage(
            "give either FILE... or --jsonl, not both".into(),
        ));
    }
    Ok(opts)
}

/// The kinds of `--kinds K,K...`, or the usage error.
pub(crate) fn parse_kinds(list: &str) -> Result<Vec<EntityKind>, String> {
    list.split(',')
        .map(|k| k.trim().parse::<EntityKind>())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| format!("--kinds: {e}"))
}

/// The name the command is called by in its messages: "extract" for the
/// example, "geopol extract" for the command.
static PROG: std::sync::OnceLock<String> = std::sync::OnceLock::new();

fn prog() -> &'static str {
    PROG.get().map_or("extract", String::as_str)
}

/// Runs the command called `prog` with its arguments (without the
/// program's name).
pub fn main(prog: &str, args: Vec<String>) -> ExitCode {
    let _ = PROG.set(prog.to_string());
    match run(args) {
        Ok(()) => ExitCode::SUCCESS,
        // One line and a hint; a closed stderr is no reason to panic.
        Err(Failure::Usage(msg)) => {
            let prog = self::prog();
            let _ = writeln!(
                io::stderr(),
                "{prog}: {msg}\nhint: {prog} --help lists the options"
            );
            ExitCode::from(2)
        }
        Err(Failure::Input(msg)) => {
            let _ = writeln!(io::stderr(), "{}: {msg}", self::prog());
            ExitCode::from(1)
        }
    }
}

/// [`USAGE`] with the command's name.
fn usage() -> String {
    USAGE.replace("extract [", &format!("{} [", prog()))
}

fn run(args: Vec<String>) -> Result<(), Failure> {
    let opts = parse_args(args)?;
    let extractor = build(&opts)?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = if let (Some(who), Some(owner), Some(date)) = (&opts.who, &opts.country, opts.date)
    {
        let holders = extractor
            .office_holders(owner, who, date)
            .map_err(|e| Failure::Usage(e.to_string()))?;
        write_holders(&mut out, who, owner, date, &holders)
    } else if opts.dump {
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
    builder
        .builtin(opts.builtin)
        .evidence(opts.evidence)
        .guesses(opts.guesses);
    if let Some(kinds) = &opts.kinds {
        builder.kinds(kinds.iter().copied());
    }
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

/// JSON Lines go to the threads in pieces of about this many bytes of whole
/// lines (one line at a time when reading standard input).
const PIECE_BYTES: usize = 256 << 10;

/// A thread stopped with a panic (reported by the panic hook).
fn internal_error() -> Failure {
    Failure::Input("a thread stopped with an internal error".into())
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
                let _ = writeln!(io::stderr(), "{}: skipped: {msg}", prog());
                self.count += 1;
                Ok(())
            }
            e => Err(e),
        }
    }

    fn report(&self, what: &str) {
        if self.count > 0 {
            let _ = writeln!(
                io::stderr(),
                "{}: skipped {} bad {what}",
                prog(),
                self.count
            );
        }
    }
}

/// Files up to this size are written out as JSON on the extracting thread;
/// the mentions of larger ones go to the writing thread as they are, so
/// that no file's output is held in memory twice.
const SERIALIZE_BYTES: usize = 1 << 20;

/// The output for one file: JSON Lines, or mentions still to be written.
enum FileOutput {
    Lines(Vec<u8>),
    Mentions(String, Vec<Mention>),
}

fn run_files(
    ex: &Extractor,
    files: &[String],
    opts: &Options,
    out: &mut impl Write,
) -> Result<(), Failure> {
    let mut skipped = Skipped::new(opts);
    let tag = files.len() > 1;
    let (paths, mut next) = (files.to_vec(), 0);
    // The sizes of the files, for the progress line's ETA.
    let total = files
        .iter()
        .map(|f| {
            std::fs::metadata(f)
                .ok()
                .filter(|m| m.is_file())
                .map(|m| m.len())
        })
        .sum::<Option<u64>>();
    let progress = Progress::new(total, opts.quiet);
    let reading = progress.clone();
    let ex = ex.clone();
    let (date, format, lossy) = (opts.date, opts.format, opts.lossy);
    if format == Format::Tsv {
        out.write_all(formats::TSV_HEADER.as_bytes())
            .map_err(write_error)?;
    }
    in_order(
        opts.threads,
        move || {
            next += 1;
            let path = paths.get(next - 1).cloned()?;
            let size = std::fs::metadata(&path).map_or(0, |m| m.len());
            reading.read(1, size);
            Some(path)
        },
        move |path| {
            let text = read_text(&path, lossy)?;
            let mentions = match date {
                Some(d) => ex.extract_on(&text, d),
                None => ex.extract(&text),
            };
            if format != Format::Jsonl {
                let mut lines = String::new();
                formats::write(format, &path, &text, &mentions, &mut lines);
                return Ok(FileOutput::Lines(lines.into_bytes()));
            }
            if text.len() > SERIALIZE_BYTES {
                return Ok(FileOutput::Mentions(path, mentions));
            }
            let mut lines = Vec::new();
            write_mentions(&mut lines, &path, tag, &mentions)?;
            Ok(FileOutput::Lines(lines))
        },
        // Write what came before a bad file, then stop or skip it.
        |output| match output {
            Some(Ok(FileOutput::Lines(lines))) => out.write_all(&lines).map_err(write_error),
            Some(Ok(FileOutput::Mentions(path, mentions))) => {
                write_mentions(out, &path, tag, &mentions)
            }
            Some(Err(e)) => skipped.handle(e),
            None => Ok(()),
        },
        internal_error,
    )?;
    progress.finish();
    skipped.report(if skipped.count == 1 { "file" } else { "files" });
    Ok(())
}

/// Writes who held an office on a date as one JSON object.
fn write_holders(
    out: &mut impl Write,
    office: &str,
    owner: &str,
    date: Date,
    holders: &[OfficeHolder],
) -> Result<(), Failure> {
    #[derive(Serialize)]
    struct Answer<'a> {
        office: &'a str,
        owner: &'a str,
        date: Date,
        holders: &'a [OfficeHolder],
    }
    let answer = Answer {
        office,
        owner,
        date,
        holders,
    };
    serde_json::to_writer(&mut *out, &answer).map_err(json_error)?;
    out.write_all(b"\n").map_err(write_error)
}

/// Writes `mentions` as JSON Lines, each with the file's `path` if `tag`.
fn write_mentions(
    out: &mut impl Write,
    path: &str,
    tag: bool,
    mentions: &[Mention],
) -> Result<(), Failure> {
    for mention in mentions {
        if tag {
            serde_json::to_writer(
                &mut *out,
                &FileMention {
                    file: path,
                    mention,
                },
            )
        } else {
            serde_json::to_writer(&mut *out, mention)
        }
        .map_err(json_error)?;
        out.write_all(b"\n").map_err(write_error)?;
    }
    Ok(())
}

/// A failure to write JSON: of the output (see [`write_error`]), or of a
/// value.
fn json_error(e: serde_json::Error) -> Failure {
    match e.io_error_kind() {
        Some(kind) => write_error(io::Error::new(kind, e)),
        None => Failure::Input(e.to_string()),
    }
}

/// [`input::read_text`], its error a failure of the input.
fn read_text(path: &str, lossy: bool) -> Result<String, Failure> {
    input::read_text(path, lossy).map_err(Failure::Input)
}

/// Lines, or the error that ended the input.
type Piece = Result<Lines, Failure>;

fn run_jsonl(
    ex: &Extractor,
    path: &str,
    opts: &Options,
    out: &mut impl Write,
) -> Result<(), Failure> {
    let mut skipped = Skipped::new(opts);
    let (name, reader): (String, Box<dyn Read + Send>) = if path == "-" {
        ("<stdin>".into(), Box::new(io::stdin()))
    } else {
        let f = File::open(path).map_err(|e| Failure::Input(format!("{path}: {e}")))?;
        (path.into(), Box::new(f))
    };
    let interactive = path == "-";
    let piece_bytes = if interactive { 1 } else { PIECE_BYTES };
    let total = (path != "-")
        .then(|| std::fs::metadata(path).ok().map(|m| m.len()))
        .flatten();
    let progress = Progress::new(total, opts.quiet);
    let reading = progress.clone();
    let mut reader = BufReader::new(reader);
    let mut lineno = 0u64;
    let (mut ended, mut failed) = (false, None);
    let source = name.clone();
    let read = move || -> Option<Piece> {
        if let Some(e) = failed.take() {
            return Some(Err(e));
        }
        let mut lines = Lines {
            first: lineno + 1,
            bytes: Vec::with_capacity(piece_bytes),
            ends: Vec::new(),
        };
        while !ended && lines.bytes.len() < piece_bytes {
            let whole = lines.bytes.len();
            match reader.read_until(b'\n', &mut lines.bytes) {
                Ok(0) => ended = true,
                Ok(_) => {
                    lineno += 1;
                    lines.ends.push(lines.bytes.len());
                }
                Err(e) => {
                    // The whole lines before the error, then the error.
                    ended = true;
                    lines.bytes.truncate(whole);
                    let e = Failure::Input(format!("{source}: {e}"));
                    if lines.ends.is_empty() {
                        return Some(Err(e));
                    }
                    failed = Some(e);
                }
            }
        }
        reading.read(lines.ends.len() as u64, lines.bytes.len() as u64);
        (!lines.ends.is_empty()).then_some(Ok(lines))
    };
    let ex = ex.clone();
    let (date, format, lossy) = (opts.date, opts.format, opts.lossy);
    if format == Format::Tsv {
        out.write_all(formats::TSV_HEADER.as_bytes())
            .map_err(write_error)?;
    }
    let work = move |piece: Piece| -> Vec<Result<Vec<u8>, Failure>> {
        let input = match piece {
            Ok(input) => input,
            Err(e) => return vec![Err(e)],
        };
        // Runs of output lines, and the errors between them.
        let mut results = Vec::new();
        let mut lines = Vec::with_capacity(input.bytes.len() + input.bytes.len() / 4);
        for (lineno, line) in input.iter() {
            match parse_line(&name, lineno, line, lossy).map_err(Failure::Input) {
                Ok(Some(doc)) => {
                    // A line's date was checked by `parse_line`.
                    let line_date = doc.date.as_deref().and_then(|d| d.parse().ok());
                    let mentions = match line_date.or(date) {
                        Some(d) => ex.extract_on(&doc.text, d),
                        None => ex.extract(&doc.text),
                    };
                    if format != Format::Jsonl {
                        // The source: the id as written (a string bare), or
                        // the line's number.
                        let source = match &doc.id {
                            Some(serde_json::Value::String(s)) => s.clone(),
                            Some(id) => id.to_string(),
                            None => lineno.to_string(),
                        };
                        let mut text = String::new();
                        formats::write(format, &source, &doc.text, &mentions, &mut text);
                        lines.extend_from_slice(text.as_bytes());
                        continue;
                    }
                    let doc = OutputDoc {
                        id: doc.id.as_ref(),
                        line: doc.id.is_none().then_some(lineno),
                        mentions: &mentions,
                    };
                    let whole = lines.len();
                    if let Err(e) = serde_json::to_writer(&mut lines, &doc) {
                        lines.truncate(whole);
                        results.push(Ok(std::mem::take(&mut lines)));
                        results.push(Err(json_error(e)));
                        continue;
                    }
                    lines.push(b'\n');
                }
                Ok(None) => {}
                Err(e) => {
                    results.push(Ok(std::mem::take(&mut lines)));
                    results.push(Err(e));
                }
            }
        }
        results.push(Ok(lines));
        results
    };
    in_order(
        opts.threads,
        read,
        work,
        |results| {
            let Some(results) = results else {
                return match interactive {
                    true => out.flush().map_err(write_error),
                    false => Ok(()),
                };
            };
            for result in results {
                match result {
                    Ok(lines) => out.write_all(&lines).map_err(write_error)?,
                    // The lines before a bad line are written; then stop or
                    // skip it.
                    Err(e) => skipped.handle(e)?,
                }
            }
            Ok(())
        },
        internal_error,
    )?;
    progress.finish();
    skipped.report(if skipped.count == 1 { "line" } else { "lines" });
    Ok(())
}
