//! Pathological documents and gazetteers: no panic, valid offsets, the
//! expected mentions, and (measured in `benches/extract.rs`, group
//! `pathological_*`) time that grows linearly with size.

use geopol::{Date, EntityKind, Entry, Extractor, Gazetteer};

fn valid(text: &str, ex: &Extractor) -> usize {
    let ms = ex.extract(text);
    let mut end = 0;
    for m in &ms {
        assert!(m.start >= end && m.start < m.end);
        assert_eq!(&text[m.start..m.end], m.text);
        end = m.end;
    }
    ms.len()
}

#[test]
fn pathological_documents() {
    let ex = Extractor::builtin();
    // One word of 1 MiB made of a name: it is one word, so no mention.
    assert_eq!(valid(&"Russia".repeat(1 << 18), &ex), 0);
    // Half a million opening parentheses (acronym definitions look there).
    assert_eq!(valid(&"(".repeat(500_000), &ex), 0);
    assert_eq!(valid(&"(NATO ".repeat(100_000), &ex), 100_000);
    // A surname and an abbreviation repeated 100,000 times.
    let n = 100_000;
    assert_eq!(valid(&"U.S. ".repeat(n), &ex), n);
    let text = format!("Vladimir Putin spoke. {}", "Putin ".repeat(n));
    assert_eq!(valid(&text, &ex), n + 1);
    // Deep nesting and long lines of punctuation, digits, one script.
    valid(&"[{(<".repeat(50_000), &ex);
    valid(&"1234567890".repeat(50_000), &ex);
    valid(&"Россия ".repeat(50_000), &ex);
    valid(&"\u{301}".repeat(200_000), &ex);
    valid(
        &format!("{}Russia{}", " ".repeat(1 << 20), "\u{a0}".repeat(1 << 19)),
        &ex,
    );
}

#[test]
fn a_text_is_read_the_same_whatever_was_read_before() {
    // Each thread keeps its scan and resolution buffers from one text to the
    // next: a text that ends inside a run of capitalised words, defines an
    // acronym or a surname, names a person in full, or is long enough to
    // give its buffers back, must leave nothing for the next one.
    let ex = Extractor::builtin();
    let long = "Talks in Moscow with Vladimir Putin. ".repeat(40_000);
    let texts = [
        "Prime Minister Boris",
        "Johnson said the U.S. would not.",
        long.as_str(),
        "Putin met NATO officials in Brussels on Monday.",
        "",
        "He said the Organization for Security and Co-operation in Europe (OSCE",
        "OSCE) monitors left Donetsk.",
        "The Zorgian Liberation Front (ZLF) met Foreign Minister Jan Kowalczyk.",
        "Kowalczyk and the ZLF left. Putin spoke.",
        "Vladimir Putin met Geraldine Ferraro.",
        "Ferraro said.",
    ];
    // Each text alone, on a thread of its own.
    let alone: Vec<_> = std::thread::scope(|s| {
        let ex = &ex;
        texts
            .iter()
            .map(|t| s.spawn(move || ex.extract(t)))
            .collect::<Vec<_>>()
            .into_iter()
            .map(|h| h.join().unwrap())
            .collect()
    });
    assert!(alone.iter().filter(|m| !m.is_empty()).count() >= 7);
    for order in [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
        [10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
        [2, 0, 5, 1, 6, 3, 4, 9, 7, 10, 8],
    ] {
        for i in order {
            assert_eq!(
                ex.extract(texts[i]),
                alone[i],
                "text {i} in order {order:?}"
            );
        }
    }
}

#[test]
fn a_gazetteer_of_a_million_aliases_loads() {
    let mut data = String::new();
    let n = 100_000;
    for i in 0..n {
        let aliases: Vec<String> = (0..9).map(|k| format!("\"Qx{i}v{k}\"")).collect();
        data.push_str(&format!(
            "{{\"id\": \"x:{i}\", \"kind\": \"organization\", \"name\": \"Qx{i} Front\", \"aliases\": [{}]}}\n",
            aliases.join(", ")
        ));
    }
    let g = Gazetteer::from_reader(data.as_bytes(), "million.jsonl").unwrap();
    let aliases: usize = g.entries().iter().map(|e| 1 + e.aliases.len()).sum();
    assert_eq!(aliases, 1_000_000);
    let ex = Extractor::builder()
        .builtin(false)
        .gazetteer(g)
        .build()
        .unwrap();
    let ms = ex.extract("Talks with Qx99999 Front and Qx5v3 ended.");
    let ids: Vec<_> = ms.iter().map(|m| m.id.as_deref().unwrap()).collect();
    assert_eq!(ids, ["x:99999", "x:5"]);
}

#[test]
fn malformed_gazetteer_entries_built_in_code_are_errors() {
    let bad = [
        Entry::new("", EntityKind::State, "A"),
        Entry::new("x", EntityKind::State, " "),
        Entry::new("x", EntityKind::State, "A").country("Russia"),
        Entry::new("x", EntityKind::State, "A").alias(""),
        Entry::new("x", EntityKind::State, "A").alias("a".repeat(10_000).as_str()),
    ];
    for e in bad {
        let err = Gazetteer::from_entries([e.clone()]).unwrap_err();
        assert!(!err.reason().is_empty(), "{e:?}");
    }
    let dup = Gazetteer::from_entries([
        Entry::new("x", EntityKind::State, "A"),
        Entry::new("x", EntityKind::State, "B"),
    ]);
    assert!(dup.unwrap_err().reason().contains("duplicate id"));
}

#[test]
fn a_batch_gives_each_text_what_it_gives_alone_in_order() {
    let ex = Extractor::builtin();
    let long = "Talks in Moscow with Vladimir Putin. ".repeat(2_000);
    let mut texts: Vec<String> = [
        "Prime Minister Boris Johnson met NATO officials.",
        "",
        "The Chinese Communist Party (CCP) sent Wang Yi to Moscow.",
        long.as_str(),
        "no entities here",
        "Kowalczyk and the ZLF left.",
    ]
    .iter()
    .map(|t| t.to_string())
    .collect();
    // Many short texts, so that several threads each take some.
    for i in 0..200 {
        texts.push(format!("Report {i}: the U.S. and France met in Geneva."));
    }
    let alone: Vec<_> = texts.iter().map(|t| ex.extract(t)).collect();
    assert!(alone.iter().filter(|m| !m.is_empty()).count() > 200);
    for threads in [0, 1, 2, 3, 8, 1_000] {
        assert_eq!(
            ex.extract_batch(&texts, threads),
            alone,
            "{threads} threads"
        );
    }
    let none: [&str; 0] = [];
    assert!(ex.extract_batch(&none, 4).is_empty());
    assert_eq!(ex.extract_batch(&texts[..1], 4), alone[..1]);
    // With a function of each result: called once per text, with its index
    // and its mentions, its results in order; on the calling thread alone
    // when asked for one.
    for threads in [0, 1, 2, 3, 1_000] {
        let calls = std::sync::atomic::AtomicUsize::new(0);
        let seen = std::sync::Mutex::new(std::collections::HashSet::new());
        let got = ex.extract_batch_with(&texts, threads, |i, mentions| {
            calls.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            seen.lock().unwrap().insert(std::thread::current().id());
            (i, mentions)
        });
        assert_eq!(calls.into_inner(), texts.len(), "{threads} threads");
        let (indices, mentions): (Vec<usize>, Vec<_>) = got.into_iter().unzip();
        assert_eq!(indices, (0..texts.len()).collect::<Vec<_>>());
        assert_eq!(mentions, alone, "{threads} threads");
        if threads == 1 {
            assert_eq!(seen.into_inner().unwrap().len(), 1);
        }
    }
    assert!(ex.extract_batch_with(&none, 4, |_, m| m.len()).is_empty());
    // Each text on its own date, or its dateline's.
    let dates = ["2018-06-01", "1975-06-01"].map(|d| d.parse::<Date>().ok());
    texts.push("Trudeau met the premiers.".to_string());
    let docs: Vec<(&str, Option<Date>)> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| (t.as_str(), if i % 3 == 0 { None } else { dates[i % 2] }))
        .collect();
    let alone: Vec<_> = docs
        .iter()
        .map(|&(t, d)| match d {
            Some(d) => ex.extract_on(t, d),
            None => ex.extract(t),
        })
        .collect();
    for threads in [0, 1, 2, 3, 1_000] {
        assert_eq!(ex.extract_batch_on(&docs, threads), alone, "{threads}");
    }
}
