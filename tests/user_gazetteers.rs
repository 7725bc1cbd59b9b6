//! User gazetteers on the built-in data: joined to the tables compiled at
//! build time, they give exactly what compiling everything again gives
//! (`Extractor::builder().builtin(false)` with the built-in entries and the
//! user's, the way every user gazetteer was once loaded).

mod common;

use geopol::{Alias, CasePolicy, EntityKind, Entry, Extractor, Gazetteer, Mention};

const BBC: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/corpora/bbc_news_2225.jsonl"
);

/// Entries that touch every way of joining: new names and aliases, a form
/// that is already a built-in key (a second target for it), forms that
/// are titles and cue words, a form starting with punctuation, non-ASCII
/// forms, a new person's partial name and first name, a demonym, a
/// generic name, and entries that take over built-in ids (a place and a
/// person).
fn user_entries() -> Vec<Entry> {
    vec![
        Entry::new(
            "org:qarzan-front",
            EntityKind::Organization,
            "Qarzan Liberation Front",
        )
        .alias("QLF")
        .alias("Qarzan Front"),
        Entry::new(
            "org:alliance-watch",
            EntityKind::Organization,
            "Alliance Watch",
        )
        .alias(Alias::with_case("NATO", CasePolicy::Exact)),
        Entry::new("org:the-council", EntityKind::Organization, "President").alias("Resolution"),
        Entry::new("loc:s-gravenzande", EntityKind::Location, "'s-Gravenzande").country("NLD"),
        Entry::new(
            "org:zurich-group",
            EntityKind::Organization,
            "Zürich Grüppe",
        )
        .alias("Bürgenstock Forum"),
        Entry::new("person:jan-qorvak", EntityKind::Person, "Jan Qorvak")
            .short("Qorvak")
            .country("POL"),
        Entry::new(
            "person:vladimir-ostrel",
            EntityKind::Person,
            "Vladimir Ostrel",
        )
        .short("Ostrel")
        .country("RUS"),
        Entry::new("person:tamsin-velder", EntityKind::Person, "Tamsin Velder").short("Velder"),
        Entry::new("person:tamsin-orloff", EntityKind::Person, "Tamsin Orloff").short("Orloff"),
        Entry::new("state:qarzania", EntityKind::State, "Qarzania")
            .country("QRZ")
            .demonym("Qarzani")
            .generic(Alias::with_case("the republic", CasePolicy::Fold)),
        Entry::new("loc:moscow", EntityKind::Location, "Moskva").country("RUS"),
        Entry::new(
            "person:joe-biden",
            EntityKind::Person,
            "Joseph Robinette Biden",
        )
        .alias("Uncle Joe")
        .country("USA"),
    ]
}

const TEXTS: &[&str] = &[
    "MOSCOW (Reuters) - The Qarzan Liberation Front (QLF) said on Monday that \
     Foreign Minister Jan Qorvak would meet Vladimir Putin and Vladimir Ostrel in \
     Moskva. Qorvak told reporters the Qarzan Front wanted talks; Ostrel agreed.",
    "Joe Biden and Uncle Joe: President Joseph Robinette Biden spoke to NATO \
     allies, while Alliance Watch said Nato was split. Biden left for Moscow.",
    "Qarzani troops crossed into the republic's north, Qarzania's army said. \
     Resolution 2254 was cited by the President of Qarzania.",
    "Talks at the Bürgenstock Forum and the Zürich Grüppe (ZG) in 's-Gravenzande \
     ended. Tamsin Velder and Tamsin Orloff, a lobbyist, said Tamsin Kray agreed.",
    "Chinese Foreign Minister Wang Yi met Sergei Lavrov in Beijing. The two \
     ministers discussed Ukraine, the European Union and the United Nations.",
];

fn joined(user: &Gazetteer) -> Extractor {
    Extractor::builder()
        .gazetteer(user.clone())
        .evidence(true)
        .build()
        .unwrap()
}

/// Everything compiled again: the built-in entries and the user's, merged.
fn rebuilt(user: &Gazetteer) -> Extractor {
    let mut all = Gazetteer::builtin();
    all.extend(user.clone());
    Extractor::builder()
        .builtin(false)
        .gazetteer(all)
        .evidence(true)
        .build()
        .unwrap()
}

fn ids(ms: &[Mention]) -> Vec<&str> {
    ms.iter().filter_map(|m| m.id.as_deref()).collect()
}

#[test]
fn joined_user_entries_give_what_compiling_everything_gives() {
    let user = Gazetteer::from_entries(user_entries()).unwrap();
    let (fast, slow) = (joined(&user), rebuilt(&user));
    let mut found = Vec::new();
    for text in TEXTS {
        let (a, b) = (fast.extract(text), slow.extract(text));
        assert_eq!(a, b, "{text}");
        found.extend(ids(&a).into_iter().map(String::from));
    }
    // The comparison is not of two empty outputs: the user's names are
    // found, and built-in ones beside them.
    for id in [
        "org:qarzan-front",
        "person:jan-qorvak",
        "person:vladimir-ostrel",
        "loc:moscow",
        "person:joe-biden",
        "org:alliance-watch",
        "state:qarzania",
        "loc:s-gravenzande",
        "org:zurich-group",
        "person:tamsin-velder",
        "person:wang-yi",
    ] {
        assert!(found.iter().any(|f| f == id), "{id} not found");
    }
    // The lookups see the merged gazetteer.
    for e in user_entries() {
        assert_eq!(fast.entity(&e.id), slow.entity(&e.id), "{}", e.id);
        assert_eq!(fast.entity(&e.id).map(|x| &x.name), Some(&e.name));
    }
}

#[test]
fn a_user_entry_that_takes_over_an_id_drops_the_old_forms() {
    let user = Gazetteer::from_entries(user_entries()).unwrap();
    let ex = joined(&user);
    let ms = ex.extract("Moscow and Moskva; Joseph R. Biden and Uncle Joe.");
    let texts: Vec<(&str, Option<&str>)> = ms
        .iter()
        .map(|m| (m.text.as_str(), m.id.as_deref()))
        .collect();
    assert!(texts.contains(&("Moskva", Some("loc:moscow"))), "{texts:?}");
    assert!(
        texts.contains(&("Uncle Joe", Some("person:joe-biden"))),
        "{texts:?}"
    );
    assert!(
        !texts.contains(&("Moscow", Some("loc:moscow"))),
        "{texts:?}"
    );
    assert!(
        !texts.contains(&("Joseph R. Biden", Some("person:joe-biden"))),
        "{texts:?}"
    );
}

#[test]
fn user_files_and_kinds_join_alike() {
    let dir = common::scratch_dir("user");
    let path = dir.join("mine.jsonl");
    let lines = [
        r#"{"id": "org:qarzan-front", "kind": "organization", "name": "Qarzan Liberation Front", "aliases": ["QLF"]}"#,
        r#"{"id": "loc:moscow", "kind": "location", "name": "Moskva", "country": "RUS"}"#,
    ];
    std::fs::write(&path, lines.join("\n")).unwrap();
    let user = Gazetteer::from_path(&path).unwrap();
    for kinds in [
        None,
        Some(vec![EntityKind::Organization, EntityKind::State]),
    ] {
        let build = |b: &mut geopol::ExtractorBuilder| {
            b.evidence(true);
            if let Some(k) = &kinds {
                b.kinds(k.iter().copied());
            }
            b.build().unwrap()
        };
        let fast = build(Extractor::builder().gazetteer_path(&path));
        let mut all = Gazetteer::builtin();
        all.extend(user.clone());
        let slow = build(Extractor::builder().builtin(false).gazetteer(all));
        for text in TEXTS {
            assert_eq!(fast.extract(text), slow.extract(text), "{text}");
        }
        assert_eq!(fast.gazetteer().len(), slow.gazetteer().len());
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
#[ignore = "needs ../shared/corpora beside the checkout"]
fn joined_user_entries_give_what_compiling_everything_gives_on_the_bbc_corpus() {
    let corpus = std::fs::read_to_string(BBC).unwrap_or_else(|e| panic!("{BBC}: {e}"));
    let user = Gazetteer::from_entries(user_entries()).unwrap();
    let (fast, slow) = (joined(&user), rebuilt(&user));
    let mut n = 0;
    for line in corpus.lines().filter(|l| !l.trim().is_empty()).take(400) {
        let doc: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = doc["text"].as_str().unwrap();
        assert_eq!(fast.extract(text), slow.extract(text), "{}", doc["id"]);
        n += 1;
    }
    assert_eq!(n, 400);
}
