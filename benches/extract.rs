//! Speed of extraction, start-up, threads and scaling, with a raw
//! Aho-Corasick scan over the same aliases and the same text as the
//! reference.
//!
//! News text comes from ../shared/corpora/bbc_news_2225.jsonl when it is
//! there (2,225 BBC articles); otherwise a generated text is used and a note
//! is printed. After the criterion runs, a summary table prints each figure
//! and its ratio to the reference, computed from criterion's own estimates.
//! On a shared machine a slow spell can fall on one side of a ratio only, so
//! the summary also times the two sides in alternating rounds and prints the
//! median of the rounds' ratios, each taken under the same conditions.
//!
//! ```text
//! cargo bench --bench extract
//! ```

use std::hint::black_box;
use std::path::PathBuf;

use aho_corasick::{AhoCorasick, MatchKind};
use criterion::{criterion_group, BenchmarkId, Criterion, Throughput};
use geopol::{EntityKind, Entry, Extractor, Gazetteer};

const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/corpora/bbc_news_2225.jsonl"
);

/// The articles of the BBC corpus, or generated stand-ins; read once.
fn articles() -> &'static [String] {
    static ARTICLES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    ARTICLES.get_or_init(|| match std::fs::read_to_string(CORPUS) {
        Ok(data) => data
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["text"].as_str().map(str::to_string))
            .collect(),
        Err(e) => {
            eprintln!("note: {CORPUS} not readable ({e}); benchmarking generated text");
            generated()
        }
    })
}

fn generated() -> Vec<String> {
    let words = [
        "the",
        "minister",
        "said",
        "on",
        "Tuesday",
        "that",
        "talks",
        "with",
        "Russia",
        "and",
        "China",
        "would",
        "continue",
        "in",
        "Geneva",
        "after",
        "President",
        "Vladimir",
        "Putin",
        "met",
        "U.S.",
        "officials",
        "while",
        "NATO",
        "allies",
        "discussed",
        "New",
        "START",
        "economy",
        "growth",
        "market",
        "shares",
        "football",
        "film",
        "music",
        "Chinese",
    ];
    let mut state = 0x2545_f491_u32;
    (0..2000)
        .map(|_| {
            let mut s = String::new();
            for _ in 0..400 {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                s.push_str(words[state as usize % words.len()]);
                s.push(' ');
            }
            s
        })
        .collect()
}

/// Short documents (headlines, alerts, posts): the articles cut after the
/// first sentence end past 120 bytes, at most 280 bytes; cut once.
fn short_docs() -> &'static [String] {
    static SHORT: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    SHORT.get_or_init(|| cut_short(articles()))
}

fn cut_short(articles: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for a in articles {
        let mut rest = a.as_str();
        while rest.len() > 40 {
            let mut cut = rest.len().min(280);
            if let Some(i) = rest.get(120..cut).and_then(|s| s.find(". ")) {
                cut = 120 + i + 1;
            }
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            out.push(rest[..cut].to_string());
            rest = rest[cut..].trim_start();
        }
    }
    out
}

/// Every surface form of the built-in gazetteer.
fn builtin_aliases() -> Vec<String> {
    let mut pats = Vec::new();
    for e in Gazetteer::builtin().entries() {
        pats.push(e.name.clone());
        for a in e.aliases.iter().chain(&e.demonyms).chain(&e.short) {
            pats.push(a.text.clone());
        }
    }
    pats
}

/// The reference: a raw Aho-Corasick scan, default settings but
/// leftmost-longest, counting matches.
fn raw_scan(ac: &AhoCorasick, docs: &[String]) -> usize {
    docs.iter()
        .map(|d| ac.find_iter(black_box(d)).count())
        .sum()
}

/// The reference automaton over [`builtin_aliases`], built once: the
/// throughput groups and the summary's rounds share it.
fn raw_automaton() -> &'static AhoCorasick {
    static AC: std::sync::OnceLock<AhoCorasick> = std::sync::OnceLock::new();
    AC.get_or_init(|| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(builtin_aliases())
            .expect("the aliases compile")
    })
}

fn extract_all(ex: &Extractor, docs: &[String]) -> usize {
    docs.iter().map(|d| ex.extract(black_box(d)).len()).sum()
}

fn bytes(docs: &[String]) -> u64 {
    docs.iter().map(|d| d.len() as u64).sum()
}

fn bench_throughput(c: &mut Criterion) {
    let ex = Extractor::builtin();
    let ac = raw_automaton();
    for (name, docs) in [
        ("news_articles", articles()),
        ("short_documents", short_docs()),
    ] {
        let mut g = c.benchmark_group(name.to_string());
        g.throughput(Throughput::Bytes(bytes(docs)));
        g.sample_size(10);
        g.bench_function("geopol", |b| b.iter(|| extract_all(&ex, docs)));
        g.bench_function("raw_aho_corasick", |b| b.iter(|| raw_scan(ac, docs)));
        g.finish();
    }
}

/// The raw scan on `threads` threads, spread as `extract_batch` spreads
/// texts: how well the machine itself scales, for comparison.
fn raw_scan_parallel(ac: &AhoCorasick, docs: &[String], threads: usize) -> usize {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let work = || {
        let mut n = 0;
        while let Some(d) = docs.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed)) {
            n += ac.find_iter(black_box(d)).count();
        }
        n
    };
    std::thread::scope(|scope| {
        let others: Vec<_> = (1..threads).map(|_| scope.spawn(work)).collect();
        work() + others.into_iter().map(|h| h.join().unwrap()).sum::<usize>()
    })
}

fn bench_threads(c: &mut Criterion) {
    let ex = Extractor::builtin();
    let ac = raw_automaton();
    let docs = articles();
    let mut g = c.benchmark_group("threads");
    g.throughput(Throughput::Bytes(bytes(docs)));
    g.sample_size(10);
    for threads in [1usize, 2] {
        g.bench_function(BenchmarkId::from_parameter(threads), |b| {
            b.iter(|| ex.extract_batch(black_box(docs), threads).len())
        });
        g.bench_function(BenchmarkId::new("raw_aho_corasick", threads), |b| {
            b.iter(|| raw_scan_parallel(ac, docs, threads))
        });
    }
    g.finish();
}

/// Start-up: the built-in gazetteer alone, and with a user gazetteer of
/// one entry and of 10,000 (already read, as `Gazetteer` values), which
/// join the built-in tables without compiling those again.
fn bench_startup(c: &mut Criterion) {
    let mut g = c.benchmark_group("startup");
    g.sample_size(20);
    g.bench_function("builtin_extractor", |b| {
        b.iter(|| Extractor::builder().build().unwrap())
    });
    for n in [1, 10_000] {
        let user = synthetic(n);
        g.bench_function(BenchmarkId::new("builtin_plus_user_entries", n), |b| {
            b.iter(|| {
                Extractor::builder()
                    .gazetteer(user.clone())
                    .build()
                    .unwrap()
            })
        });
    }
    g.finish();
}

/// Extraction with the built-in gazetteer and 10,000 user entries joined to
/// it, against the built-in gazetteer alone, on the news articles.
fn bench_user_gazetteer(c: &mut Criterion) {
    let docs = articles();
    let mut g = c.benchmark_group("user_gazetteer");
    g.throughput(Throughput::Bytes(bytes(docs)));
    g.sample_size(10);
    let builtin = Extractor::builtin();
    let joined = Extractor::builder()
        .gazetteer(synthetic(10_000))
        .build()
        .unwrap();
    g.bench_function("builtin", |b| b.iter(|| extract_all(&builtin, docs)));
    g.bench_function("builtin_plus_10000", |b| {
        b.iter(|| extract_all(&joined, docs))
    });
    g.finish();
}

/// Cost against text size: one document of 1, 4 and 16 times 64 KiB.
fn bench_text_scaling(c: &mut Criterion) {
    let ex = Extractor::builtin();
    let all = articles().join("\n\n");
    let mut g = c.benchmark_group("text_size");
    g.sample_size(10);
    for times in [1usize, 4, 16] {
        let mut end = (times << 16).min(all.len());
        while !all.is_char_boundary(end) {
            end -= 1;
        }
        let text = &all[..end];
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(BenchmarkId::from_parameter(times), |b| {
            b.iter(|| ex.extract(black_box(text)).len())
        });
    }
    g.finish();
}

/// A synthetic gazetteer of `n` entries with made-up two-word names.
fn synthetic(n: usize) -> Gazetteer {
    const SYL: [&str; 16] = [
        "ka", "lo", "mir", "zan", "tev", "or", "qu", "ris", "ab", "del", "ny", "sha", "po", "gu",
        "ex", "vi",
    ];
    let word = |mut i: usize| {
        let mut w = String::new();
        for _ in 0..4 {
            w.push_str(SYL[i % 16]);
            i /= 16;
        }
        let mut c = w.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect::<String>())
            .unwrap_or_default()
    };
    let entries = (0..n).map(|i| {
        let name = format!("{} {}", word(i), word(i * 7 + 3));
        Entry::new(format!("x:{i}"), EntityKind::Organization, name).alias(word(i * 13 + 5))
    });
    Gazetteer::from_entries(entries).expect("synthetic entries are valid")
}

/// Build cost against gazetteer size: 5,000, 20,000 and 80,000 entries.
fn bench_gazetteer_scaling(c: &mut Criterion) {
    let mut g = c.benchmark_group("gazetteer_size");
    g.sample_size(10);
    for times in [1usize, 4, 16] {
        let gaz = synthetic(5000 * times);
        g.throughput(Throughput::Elements(gaz.entries().len() as u64));
        g.bench_function(BenchmarkId::from_parameter(times), |b| {
            b.iter(|| {
                Extractor::builder()
                    .builtin(false)
                    .gazetteer(gaz.clone())
                    .build()
                    .unwrap()
            })
        });
    }
    g.finish();
}

/// Resolution stays linear: a document with ten times as many repeated
/// surnames (each a partial name of the person named once at the top)
/// takes about ten times as long.
fn bench_resolution(c: &mut Criterion) {
    let ex = Extractor::builtin();
    let mut g = c.benchmark_group("repeated_surnames");
    g.sample_size(10);
    for n in [10_000usize, 100_000] {
        let text = format!(
            "Vladimir Putin and Wang Yi met. {}",
            "Putin told Wang that the CCP (Chinese Communist Party) and Mr Novak agreed. "
                .repeat(n / 2)
        );
        g.throughput(Throughput::Elements(n as u64));
        g.bench_function(BenchmarkId::from_parameter(n), |b| {
            b.iter(|| ex.extract(black_box(&text)).len())
        });
    }
    g.finish();
}

/// Makes a document of the given multiple of a base size.
type MakeText = Box<dyn Fn(usize) -> String>;

/// Pathological documents at 1x and 8x their base size: the time grows
/// eightfold, not more. The 8x sizes are those robustness promises cover:
/// 5 MB with no spaces, a million opening parentheses, 500,000 repetitions
/// of a surname and of "U.S.", 16,000 distinct people introduced by a title
/// and named again, 16,000 dated role phrases, 64,000 photo credits, and
/// 100 MB of news.
fn bench_pathological(c: &mut Criterion) {
    let ex = Extractor::builtin();
    let news = articles().join("\n\n");
    let inputs: [(&str, MakeText); 8] = [
        (
            "no_spaces",
            Box::new(|n| "Russia".repeat(n * (5 << 20) / 8 / 6)),
        ),
        ("parentheses", Box::new(|n| "(".repeat(n * 1_000_000 / 8))),
        ("surname", Box::new(|n| "Putin ".repeat(n * 500_000 / 8))),
        (
            "us_abbreviation",
            Box::new(|n| "U.S. ".repeat(n * 500_000 / 8)),
        ),
        (
            "distinct_surnames",
            Box::new(|n| {
                let people = n * 16_000 / 8;
                let intro = (0..people).map(|i| format!("President Jan Sq{i:x}x said. "));
                let uses = (0..people).map(|i| format!("Then Sq{i:x}x left. "));
                intro.chain(uses).collect()
            }),
        ),
        (
            "role_phrases",
            Box::new(|n| {
                let phrases = (0..n * 16_000 / 8)
                    .map(|i| format!("The Chinese foreign minister met Wang and Sq{i:x}x. "));
                std::iter::once("BEIJING, March 1, 2023 - ".to_string())
                    .chain(phrases)
                    .collect()
            }),
        ),
        (
            "photo_credits",
            Box::new(|n| {
                (0..n * 64_000 / 8)
                    .map(|i| format!("(AP Photo/Efrem Sq{i:x}x) "))
                    .collect()
            }),
        ),
        (
            "news_100mb",
            Box::new(move |n| {
                let want = n * (100 << 20) / 8;
                let mut s = news.repeat(want / news.len().max(1) + 1);
                let mut end = want.min(s.len());
                while !s.is_char_boundary(end) {
                    end -= 1;
                }
                s.truncate(end);
                s
            }),
        ),
    ];
    for (name, make) in inputs {
        let mut g = c.benchmark_group(format!("pathological_{name}"));
        g.sample_size(10);
        for times in [1usize, 8] {
            let text = make(times);
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_function(BenchmarkId::from_parameter(times), |b| {
                b.iter(|| ex.extract(black_box(&text)).len())
            });
        }
        g.finish();
    }
}

criterion_group!(
    benches,
    bench_throughput,
    bench_startup,
    bench_user_gazetteer,
    bench_threads,
    bench_text_scaling,
    bench_gazetteer_scaling,
    bench_resolution,
    bench_pathological
);

/// When this run started: estimates written before it are another run's.
static STARTED: std::sync::OnceLock<std::time::SystemTime> = std::sync::OnceLock::new();

fn main() {
    STARTED.get_or_init(std::time::SystemTime::now);
    benches();
    Criterion::default().configure_from_args().final_summary();
    // A listing of the benchmarks (`--list`, as test runners ask for) is
    // all the output there may be.
    if !std::env::args().any(|a| a == "--list") {
        summary();
    }
}

/// Mean time per iteration of a benchmark in seconds, from criterion's
/// estimates of this run (`None` for a benchmark this run left out, whose
/// estimates on disk are an earlier run's).
fn mean(id: &str) -> Option<f64> {
    let dir = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"));
    let path = dir.join("criterion").join(id).join("new/estimates.json");
    let written = std::fs::metadata(&path).and_then(|m| m.modified()).ok()?;
    if STARTED.get().is_some_and(|&t| written < t) {
        return None;
    }
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    v["mean"]["point_estimate"].as_f64().map(|ns| ns / 1e9)
}

/// Rounds of the paired measurements.
const ROUNDS: usize = 15;

/// Times `a` and `b` in alternating rounds (which goes first alternates
/// too): the median of the rounds' ratios of `a`'s time to `b`'s, and the
/// fastest time of each in seconds.
fn alternating(a: &dyn Fn() -> usize, b: &dyn Fn() -> usize) -> (f64, f64, f64) {
    let time = |f: &dyn Fn() -> usize| {
        let t = std::time::Instant::now();
        black_box(f());
        t.elapsed().as_secs_f64()
    };
    let (mut ratios, mut best) = (Vec::new(), (f64::MAX, f64::MAX));
    for round in 0..ROUNDS {
        let (ta, tb) = if round % 2 == 0 {
            let ta = time(a);
            (ta, time(b))
        } else {
            let tb = time(b);
            (time(a), tb)
        };
        ratios.push(ta / tb);
        best = (best.0.min(ta), best.1.min(tb));
    }
    ratios.sort_by(f64::total_cmp);
    (ratios[ROUNDS / 2], best.0, best.1)
}

/// Full extraction against the raw scan over `docs`, in alternating rounds:
/// the median ratio of raw-scan time to extraction time, and the fastest
/// time of each side (extraction first) in seconds.
fn paired(ex: &Extractor, ac: &AhoCorasick, docs: &[String]) -> (f64, f64, f64) {
    let (ratio, raw, ours) = alternating(&|| raw_scan(ac, docs), &|| extract_all(ex, docs));
    (ratio, ours, raw)
}

/// One thread against two over `docs`, in alternating rounds: the median
/// ratio of one thread's time to two threads' for `extract_batch` (rounds
/// include dropping the results on the calling thread), for
/// `extract_batch_with` counting each text's mentions on the thread that
/// found them, and for the raw scan spread the same way.
fn paired_threads(ex: &Extractor, ac: &AhoCorasick, docs: &[String]) -> (f64, f64, f64) {
    let batch = |threads| ex.extract_batch(black_box(docs), threads).len();
    let (ours, _, _) = alternating(&|| batch(1), &|| batch(2));
    let count = |threads| {
        let counts = ex.extract_batch_with(black_box(docs), threads, |_, m| m.len());
        counts.iter().sum()
    };
    let (counted, _, _) = alternating(&|| count(1), &|| count(2));
    let (raw, _, _) = alternating(&|| raw_scan_parallel(ac, docs, 1), &|| {
        raw_scan_parallel(ac, docs, 2)
    });
    (ours, counted, raw)
}

/// Whether this run benchmarks any of `ids` (`cargo bench`, not `cargo
/// test`, with no filter or one that matches one of them).
fn requested(ids: &[&str]) -> bool {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let filters: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    args.iter().any(|a| a == "--bench")
        && (filters.is_empty()
            || filters.iter().any(|f| {
                // Criterion reads a filter as a regular expression.
                regex::Regex::new(f).is_ok_and(|r| ids.iter().any(|id| r.is_match(id)))
            }))
}

/// Prints the figures the README's performance table quotes.
fn summary() {
    let corpora = [
        ("news_articles", articles()),
        ("short_documents", short_docs()),
    ];
    let mb = |docs: &[String], secs: f64| bytes(docs) as f64 / secs / 1e6;
    println!("\nsummary (mean times of this run)");
    for (name, docs) in corpora {
        let ours = mean(&format!("{name}/geopol"));
        let raw = mean(&format!("{name}/raw_aho_corasick"));
        if let (Some(ours), Some(raw)) = (ours, raw) {
            println!(
                "  {name}: geopol {:.1} MB/s, raw aho-corasick {:.1} MB/s, ratio {:.2}",
                mb(docs, ours),
                mb(docs, raw),
                raw / ours
            );
        }
    }
    if requested(&["news_articles/geopol", "short_documents/geopol"]) {
        let ex = Extractor::builtin();
        for (name, docs) in corpora {
            let (ratio, ours, raw) = paired(&ex, raw_automaton(), docs);
            println!(
                "  {name}, {ROUNDS} alternating rounds: median ratio {ratio:.2}; fastest: \
                 geopol {:.1} MB/s, raw aho-corasick {:.1} MB/s",
                mb(docs, ours),
                mb(docs, raw)
            );
        }
    }
    if let Some(t) = mean("startup/builtin_extractor") {
        println!("  start-up with the built-in gazetteer: {:.1} ms", t * 1e3);
    }
    for (n, entries) in [(1, "one user entry"), (10_000, "10,000 user entries")] {
        if let Some(t) = mean(&format!("startup/builtin_plus_user_entries/{n}")) {
            println!("  start-up with {entries} joined to it: {:.1} ms", t * 1e3);
        }
    }
    if let (Some(a), Some(b)) = (
        mean("user_gazetteer/builtin"),
        mean("user_gazetteer/builtin_plus_10000"),
    ) {
        println!(
            "  extraction with 10,000 user entries: {:.2}x the time of the built-in alone",
            b / a
        );
    }
    if let (Some(one), Some(two)) = (mean("threads/1"), mean("threads/2")) {
        print!("  2 threads: {:.2}x one thread", one / two);
        match (
            mean("threads/raw_aho_corasick/1"),
            mean("threads/raw_aho_corasick/2"),
        ) {
            (Some(a), Some(b)) => println!(" (raw aho-corasick: {:.2}x)", a / b),
            _ => println!(),
        }
    }
    if requested(&["threads/2"]) {
        let (ours, counted, raw) =
            paired_threads(&Extractor::builtin(), raw_automaton(), articles());
        println!(
            "  2 threads, {ROUNDS} alternating rounds: median {ours:.2}x one thread; \
             counting mentions on the threads (extract_batch_with): {counted:.2}x \
             (raw aho-corasick: {raw:.2}x)"
        );
    }
    for group in ["text_size", "gazetteer_size"] {
        if let (Some(a), Some(b), Some(c)) = (
            mean(&format!("{group}/1")),
            mean(&format!("{group}/4")),
            mean(&format!("{group}/16")),
        ) {
            println!(
                "  {group}: 4x input takes {:.2}x the time, 16x takes {:.2}x",
                b / a,
                c / a
            );
        }
    }
    for name in [
        "no_spaces",
        "parentheses",
        "surname",
        "us_abbreviation",
        "distinct_surnames",
        "role_phrases",
        "photo_credits",
        "news_100mb",
    ] {
        if let (Some(a), Some(b)) = (
            mean(&format!("pathological_{name}/1")),
            mean(&format!("pathological_{name}/8")),
        ) {
            println!(
                "  pathological {name}: 8x input takes {:.2}x the time",
                b / a
            );
        }
    }
    if let (Some(a), Some(b)) = (
        mean("repeated_surnames/10000"),
        mean("repeated_surnames/100000"),
    ) {
        println!(
            "  repeated_surnames: 10x input takes {:.2}x the time",
            b / a
        );
    }
}
