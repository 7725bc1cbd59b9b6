//! Throughput of extraction on news text, and the cost of building the
//! built-in extractor.
//!
//! News text comes from ../shared/corpora/bbc_news_2225.jsonl when it is
//! there (2,225 BBC articles); otherwise a generated text is used and a note
//! is printed.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use geopol::Extractor;

const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/corpora/bbc_news_2225.jsonl"
);

/// The articles of the BBC corpus, or generated stand-ins.
fn articles() -> Vec<String> {
    match std::fs::read_to_string(CORPUS) {
        Ok(data) => data
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["text"].as_str().map(str::to_string))
            .collect(),
        Err(e) => {
            eprintln!("note: {CORPUS} not readable ({e}); benchmarking generated text");
            generated()
        }
    }
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

fn bench_extract(c: &mut Criterion) {
    let ex = Extractor::builtin();
    let docs = articles();
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("news_articles", |b| {
        b.iter(|| {
            let mut n = 0;
            for d in &docs {
                n += ex.extract(black_box(d)).len();
            }
            n
        })
    });
    g.finish();
}

fn bench_build(c: &mut Criterion) {
    let mut g = c.benchmark_group("build");
    g.sample_size(10);
    g.bench_function("builtin_extractor", |b| {
        b.iter(|| Extractor::builder().build().unwrap())
    });
    g.finish();
}

/// Resolution stays linear: a document with ten times as many repeated
/// surnames (each a partial name of the person named once at the top)
/// takes about ten times as long.
fn bench_resolution(c: &mut Criterion) {
    let ex = Extractor::builtin();
    let mut g = c.benchmark_group("resolve_repeated_surnames");
    g.sample_size(10);
    for n in [10_000usize, 100_000] {
        let text = format!(
            "Vladimir Putin and Wang Yi met. {}",
            "Putin told Wang that the CCP (Chinese Communist Party) and Mr Novak agreed. "
                .repeat(n / 2)
        );
        g.throughput(Throughput::Elements(n as u64));
        g.bench_function(format!("{n}"), |b| {
            b.iter(|| ex.extract(black_box(&text)).len())
        });
    }
    g.finish();
}

criterion_group!(benches, bench_extract, bench_build, bench_resolution);
criterion_main!(benches);
