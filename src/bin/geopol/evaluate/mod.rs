//! `geopol evaluate`, also the `evaluate` example: scores the extractor
//! against gold-annotated corpora.
//!
//! ```text
//! cargo run --release --example evaluate -- FILE.jsonl...
//! cargo run --release --example evaluate -- --errors 15 FILE.jsonl
//! cargo run --release --example evaluate -- --json FILE.jsonl
//! ```
//!
//! Input: JSON Lines, one document per line:
//! `{"id": ..., "corpus": "re3d", "text": "...", "entities": [{"start": 12,
//! "end": 27, "type": "ORGANIZATION", "text": "..."}]}` with UTF-8 byte
//! offsets. Types: PERSON, STATE, NATIONALITY, ORGANIZATION, TREATY,
//! LOCATION (scored) and OTHER (not scored, but see below).
//!
//! Scoring, per corpus and per type, in two modes:
//! * strict: a prediction is right when a gold entity has the same byte span
//!   and the same type;
//! * lenient: when a gold entity of the same type overlaps it.
//!
//! Each gold entity matches at most one prediction. A prediction that is not
//! right and lies wholly inside a gold span of another type, or inside an
//! OTHER span, is not judged (the corpora do not annotate nested names);
//! every other wrong prediction is a false positive. ALL sums the counts of
//! the six types (micro average).
//!
//! A document with `eval_start` and `eval_end` is an entity-linking
//! document (the format of `newsfair.dev.jsonl`): its gold entities carry
//! Wikidata `qid`s and `types`, and it is scored for linking instead
//! (`linking.rs` has the rules): linked precision, recall and recall per
//! type. A document with a `date` (YYYY-MM-DD) is extracted as of that date.

mod linking;

use std::collections::{BTreeMap, HashMap};
use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::process::ExitCode;

use geopol::{Date, EntityKind, Extractor};
use linking::{GoldLink, LinkTally};
use serde::{Deserialize, Serialize};

const USAGE: &str = "\
usage: evaluate [--errors N] [--json] [--gazetteer FILE]... [--no-builtin] FILE.jsonl...

Prints precision, recall and F1 per corpus and type (PERSON, STATE,
NATIONALITY, ORGANIZATION, TREATY, LOCATION, ALL), strict (same span and
type) and lenient (overlapping span, same type). Entity-linking files
(documents with eval_start, eval_end and gold Wikidata qids, as
newsfair.dev.jsonl) are scored for linking: linked precision, recall and
recall per type (PERSON, LOCATION, ORGANIZATION, OTHER, and GEO for the
first three together). A document's \"date\" is the date it is read on.

options:
  --errors N        also list the N most frequent false positives and misses
                    per type (lenient mode), with their surface text; for
                    linking files, the N most frequent wrong and missed links
  --json            print the figures as one JSON object instead of tables
  --gazetteer FILE  add a gazetteer (repeatable)
  --no-builtin      leave out the built-in gazetteer
  -h, --help        print this help";

const TYPES: [&str; 6] = [
    "PERSON",
    "STATE",
    "NATIONALITY",
    "ORGANIZATION",
    "TREATY",
    "LOCATION",
];

#[derive(Deserialize)]
struct Doc {
    #[serde(default)]
    corpus: Option<String>,
    text: String,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    eval_start: Option<usize>,
    #[serde(default)]
    eval_end: Option<usize>,
    #[serde(default)]
    entities: Vec<serde_json::Value>,
}

impl Doc {
    /// The gold entities, as gold spans (`Gold`) or gold links
    /// (`GoldLink`).
    fn gold<T: serde::de::DeserializeOwned>(&self) -> Result<Vec<T>, serde_json::Error> {
        (self.entities.iter()).map(|g| T::deserialize(g)).collect()
    }
}

#[derive(Deserialize, Clone)]
struct Gold {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    ty: String,
}

/// A span with a type, predicted or gold.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Span {
    start: usize,
    end: usize,
    ty: &'static str,
}

#[derive(Default, Clone, Copy, Serialize, Debug, PartialEq)]
struct Counts {
    tp: u64,
    fp: u64,
    #[serde(rename = "fn")]
    fn_: u64,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
    fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn type_of(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "PERSON",
        EntityKind::State => "STATE",
        EntityKind::Nationality => "NATIONALITY",
        EntityKind::Organization => "ORGANIZATION",
        EntityKind::Treaty => "TREATY",
        _ => "LOCATION",
    }
}

fn gold_type(s: &str) -> &'static str {
    TYPES.iter().find(|&&t| t == s).copied().unwrap_or("OTHER")
}

/// Per-type counts for one document, plus the texts of errors.
#[derive(Default)]
struct Tally {
    counts: BTreeMap<&'static str, Counts>,
    fps: Vec<(&'static str, (usize, usize))>,
    misses: Vec<(&'static str, (usize, usize))>,
}

/// Scores predictions against gold for one document.
fn score(pred: &[Span], gold: &[Span], lenient: bool) -> Tally {
    let mut t = Tally::default();
    let mut used = vec![false; gold.len()];
    for p in pred {
        let hit = gold.iter().enumerate().position(|(i, g)| {
            !used[i]
                && g.ty == p.ty
                && if lenient {
                    g.start < p.end && p.start < g.end
                } else {
                    g.start == p.start && g.end == p.end
                }
        });
        let c = t.counts.entry(p.ty).or_default();
        match hit {
            Some(i) => {
                used[i] = true;
                c.tp += 1;
            }
            None => {
                let excused = gold
                    .iter()
                    .any(|g| g.ty != p.ty && g.start <= p.start && p.end <= g.end);
                if !excused {
                    c.fp += 1;
                    t.fps.push((p.ty, (p.start, p.end)));
                }
            }
        }
    }
    for (i, g) in gold.iter().enumerate() {
        if g.ty != "OTHER" && !used[i] {
            t.counts.entry(g.ty).or_default().fn_ += 1;
            t.misses.push((g.ty, (g.start, g.end)));
        }
    }
    t
}

#[derive(Default)]
struct Corpus {
    docs: usize,
    /// Linking scores, for a corpus of linking documents.
    linking: Option<LinkTally>,
    modes: [BTreeMap<&'static str, Counts>; 2],
    fps: HashMap<&'static str, HashMap<String, u64>>,
    misses: HashMap<&'static str, HashMap<String, u64>>,
}

struct Options {
    files: Vec<String>,
    errors: usize,
    json: bool,
    gazetteers: Vec<String>,
    builtin: bool,
}

fn parse_args(args: Vec<String>) -> Result<Options, String> {
    let mut o = Options {
        files: vec![],
        errors: 0,
        json: false,
        gazetteers: vec![],
        builtin: true,
    };
    let mut args = args.into_iter();
    while let Some(a) = args.next() {
        match a.as_str() {
            // An empty error: the caller prints the usage and succeeds.
            "-h" | "--help" => return Err(String::new()),
            "--errors" => {
                let v = args.next().ok_or("--errors needs a number")?;
                o.errors = v
                    .parse()
                    .map_err(|_| format!("--errors: not a number: {v}"))?;
            }
            "--json" => o.json = true,
            "--gazetteer" => o
                .gazetteers
                .push(args.next().ok_or("--gazetteer needs a FILE")?),
            "--no-builtin" => o.builtin = false,
            s if s.starts_with('-') => return Err(format!("unknown option {s}")),
            _ => o.files.push(a),
        }
    }
    if o.files.is_empty() {
        return Err("no gold file given".into());
    }
    Ok(o)
}

/// Runs the command called `prog` ("evaluate" for the example, "geopol
/// evaluate" for the command) with its arguments (without the program's
/// name).
pub fn main(prog: &str, args: Vec<String>) -> ExitCode {
    let usage = USAGE.replace("evaluate [", &format!("{prog} ["));
    let opts = match parse_args(args) {
        Ok(o) => o,
        Err(e) if e.is_empty() => {
            let _ = writeln!(std::io::stdout(), "{usage}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            // One line and a hint; a closed stderr is no reason to panic.
            let _ = writeln!(
                std::io::stderr(),
                "{prog}: {e}\nhint: {prog} --help lists the options"
            );
            return ExitCode::from(2);
        }
    };
    match run(&opts) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "{prog}: {e}");
            ExitCode::from(1)
        }
    }
}

fn run(opts: &Options) -> Result<(), String> {
    let mut b = Extractor::builder();
    b.builtin(opts.builtin);
    for g in &opts.gazetteers {
        b.gazetteer_path(g);
    }
    let ex = b.build().map_err(|e| e.to_string())?;
    let mut corpora: BTreeMap<String, Corpus> = BTreeMap::new();
    for path in &opts.files {
        let f = File::open(path).map_err(|e| format!("{path}: {e}"))?;
        let stem = std::path::Path::new(path)
            .file_name()
            .and_then(|s| s.to_str())
            .map(|s| s.split('.').next().unwrap_or(s).to_string())
            .unwrap_or_else(|| path.clone());
        for (i, line) in BufReader::new(f).lines().enumerate() {
            let line = line.map_err(|e| format!("{path}:{}: {e}", i + 1))?;
            if line.trim().is_empty() {
                continue;
            }
            let at = |e: &dyn std::fmt::Display| format!("{path}:{}: {e}", i + 1);
            let doc: Doc = serde_json::from_str(&line).map_err(|e| at(&e))?;
            let date = match &doc.date {
                Some(d) => Some(d.parse::<Date>().map_err(|e| at(&e))?),
                None => None,
            };
            let mentions = match date {
                Some(d) => ex.extract_on(&doc.text, d),
                None => ex.extract(&doc.text),
            };
            let name = doc.corpus.clone().unwrap_or_else(|| stem.clone());
            if let (Some(s), Some(e)) = (doc.eval_start, doc.eval_end) {
                let gold: Vec<GoldLink> = doc.gold().map_err(|e| at(&e))?;
                check_spans(
                    &doc.text,
                    gold.iter().map(|g| (g.start, g.end)).chain([(s, e)]),
                )
                .map_err(|e| at(&e))?;
                let c = corpora.entry(name).or_default();
                c.docs += 1;
                let tally = c.linking.get_or_insert_with(LinkTally::default);
                tally.add_document(&doc.text, (s, e), &gold, &mentions);
                continue;
            }
            let gold: Vec<Gold> = doc.gold().map_err(|e| at(&e))?;
            check_spans(&doc.text, gold.iter().map(|g| (g.start, g.end))).map_err(|e| at(&e))?;
            let gold: Vec<Span> = gold
                .iter()
                .map(|g| Span {
                    start: g.start,
                    end: g.end,
                    ty: gold_type(&g.ty),
                })
                .collect();
            let pred: Vec<Span> = mentions
                .iter()
                .map(|m| Span {
                    start: m.start,
                    end: m.end,
                    ty: type_of(m.kind),
                })
                .collect();
            let c = corpora.entry(name).or_default();
            c.docs += 1;
            for (mode, lenient) in [(0, false), (1, true)] {
                let t = score(&pred, &gold, lenient);
                for (ty, n) in t.counts {
                    c.modes[mode].entry(ty).or_default().add(n);
                }
                if lenient {
                    for (ty, (s, e)) in t.fps {
                        *c.fps
                            .entry(ty)
                            .or_default()
                            .entry(doc.text[s..e].to_string())
                            .or_default() += 1;
                    }
                    for (ty, (s, e)) in t.misses {
                        *c.misses
                            .entry(ty)
                            .or_default()
                            .entry(doc.text[s..e].to_string())
                            .or_default() += 1;
                    }
                }
            }
        }
    }
    let report = if opts.json {
        json_report(&corpora)
    } else {
        print_tables(&corpora, opts.errors)
    };
    // A closed pipe (e.g. `| head`) is not an error worth a panic.
    let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), report.as_bytes());
    Ok(())
}

/// An error for the first span that is not on character boundaries of
/// `text`.
fn check_spans(text: &str, spans: impl IntoIterator<Item = (usize, usize)>) -> Result<(), String> {
    for (s, e) in spans {
        if s > e || e > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            return Err(format!(
                "gold span {s}..{e} is not on character boundaries of the text"
            ));
        }
    }
    Ok(())
}

fn with_all(counts: &BTreeMap<&'static str, Counts>) -> Vec<(&'static str, Counts)> {
    let mut all = Counts::default();
    let mut rows: Vec<(&'static str, Counts)> = TYPES
        .iter()
        .map(|&t| {
            let c = counts.get(t).copied().unwrap_or_default();
            all.add(c);
            (t, c)
        })
        .collect();
    rows.push(("ALL", all));
    rows
}

#[derive(Serialize)]
struct Figures {
    tp: u64,
    fp: u64,
    #[serde(rename = "fn")]
    fn_: u64,
    precision: f64,
    recall: f64,
    f1: f64,
}

fn json_report(corpora: &BTreeMap<String, Corpus>) -> String {
    let mut out = serde_json::Map::new();
    for (name, c) in corpora {
        let mut modes = serde_json::Map::new();
        modes.insert("documents".into(), c.docs.into());
        if let Some(l) = &c.linking {
            modes.insert("linking".into(), l.to_json());
            out.insert(name.clone(), modes.into());
            continue;
        }
        for (mode, counts) in ["strict", "lenient"].iter().zip(&c.modes) {
            let mut types = serde_json::Map::new();
            for (ty, n) in with_all(counts) {
                let f = Figures {
                    tp: n.tp,
                    fp: n.fp,
                    fn_: n.fn_,
                    precision: round(n.precision()),
                    recall: round(n.recall()),
                    f1: round(n.f1()),
                };
                types.insert(ty.into(), serde_json::to_value(f).unwrap_or_default());
            }
            modes.insert(mode.to_string(), types.into());
        }
        out.insert(name.clone(), modes.into());
    }
    format!("{}\n", serde_json::Value::Object(out))
}

fn round(x: f64) -> f64 {
    (x * 10000.0).round() / 10000.0
}

fn print_tables(corpora: &BTreeMap<String, Corpus>, errors: usize) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    for (name, c) in corpora {
        let _ = writeln!(out, "## {name} ({} documents)", c.docs);
        if let Some(l) = &c.linking {
            let _ = writeln!(out, "{}", l.table(errors));
            continue;
        }
        let _ = writeln!(
            out,
            "{:<13} {:>6} {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6} {:>6}",
            "type", "gold", "s-P", "s-R", "s-F1", "pred", "l-P", "l-R", "l-F1"
        );
        let strict = with_all(&c.modes[0]);
        let lenient = with_all(&c.modes[1]);
        for ((ty, s), (_, l)) in strict.iter().zip(&lenient) {
            let _ = writeln!(
                out,
                "{:<13} {:>6} {:>6.3} {:>6.3} {:>6.3} | {:>6} {:>6.3} {:>6.3} {:>6.3}",
                ty,
                l.tp + l.fn_,
                s.precision(),
                s.recall(),
                s.f1(),
                l.tp + l.fp,
                l.precision(),
                l.recall(),
                l.f1()
            );
        }
        if errors > 0 {
            for ty in TYPES {
                for (label, table) in [("false positives", &c.fps), ("misses", &c.misses)] {
                    let Some(m) = table.get(ty) else { continue };
                    let mut v: Vec<(&String, &u64)> = m.iter().collect();
                    v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
                    let shown: Vec<String> = v
                        .iter()
                        .take(errors)
                        .map(|(t, n)| format!("{t:?}×{n}"))
                        .collect();
                    let _ = writeln!(out, "  {ty} {label}: {}", shown.join(", "));
                }
            }
        }
        let _ = writeln!(out);
    }
    out
}
