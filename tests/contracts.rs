//! The builder's two output contracts, on real and generated text:
//! `kinds(K)` gives exactly the full output without the other kinds, and
//! `guesses(false)` exactly the full output without the mentions no
//! gazetteer entry backs.

use geopol::{EntityKind, Extractor, Mention};
use proptest::prelude::*;

const BBC: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/corpora/bbc_news_2225.jsonl"
);

/// The kind subsets checked: each kind alone, and some pairs and triples.
fn subsets() -> Vec<Vec<EntityKind>> {
    let mut all: Vec<Vec<EntityKind>> = EntityKind::ALL.iter().map(|&k| vec![k]).collect();
    all.push(vec![EntityKind::State, EntityKind::Person]);
    all.push(vec![EntityKind::Nationality, EntityKind::Organization]);
    all.push(vec![
        EntityKind::Location,
        EntityKind::Treaty,
        EntityKind::Organization,
    ]);
    all.push(Vec::new());
    all
}

struct Extractors {
    full: Extractor,
    by_kinds: Vec<(Vec<EntityKind>, Extractor)>,
    known: Extractor,
    known_people: Extractor,
}

fn extractors() -> &'static Extractors {
    static EX: std::sync::OnceLock<Extractors> = std::sync::OnceLock::new();
    EX.get_or_init(|| Extractors {
        full: Extractor::builtin(),
        by_kinds: subsets()
            .into_iter()
            .map(|ks| {
                let ex = Extractor::builder().kinds(ks.clone()).build().unwrap();
                (ks, ex)
            })
            .collect(),
        known: Extractor::builder().guesses(false).build().unwrap(),
        known_people: Extractor::builder()
            .guesses(false)
            .kinds([EntityKind::Person])
            .build()
            .unwrap(),
    })
}

/// Checks both contracts on one text; the error names the text and the
/// configuration that broke.
fn check(text: &str) -> Result<(), String> {
    let ex = extractors();
    let full = ex.full.extract(text);
    for (kinds, k) in &ex.by_kinds {
        let want: Vec<&Mention> = full.iter().filter(|m| kinds.contains(&m.kind)).collect();
        let got = k.extract(text);
        if got.iter().collect::<Vec<_>>() != want {
            return Err(format!(
                "kinds {kinds:?} on {text:?}:\n got {got:?}\nwant {want:?}"
            ));
        }
    }
    let want: Vec<&Mention> = full.iter().filter(|m| m.id.is_some()).collect();
    let got = ex.known.extract(text);
    if got.iter().collect::<Vec<_>>() != want {
        return Err(format!(
            "guesses(false) on {text:?}:\n got {got:?}\nwant {want:?}"
        ));
    }
    let want: Vec<&Mention> = want
        .into_iter()
        .filter(|m| m.kind == EntityKind::Person)
        .collect();
    let got = ex.known_people.extract(text);
    if got.iter().collect::<Vec<_>>() != want {
        return Err(format!(
            "guesses(false) and kinds([Person]) on {text:?}:\n got {got:?}\nwant {want:?}"
        ));
    }
    Ok(())
}

#[test]
#[ignore = "needs ../shared/corpora beside the checkout"]
fn contracts_hold_on_the_bbc_corpus() {
    let corpus = std::fs::read_to_string(BBC).unwrap_or_else(|e| panic!("{BBC}: {e}"));
    let mut n = 0;
    for line in corpus.lines().filter(|l| !l.trim().is_empty()) {
        let doc: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = doc["text"].as_str().unwrap();
        if let Err(e) = check(text) {
            panic!("{e}");
        }
        n += 1;
    }
    assert!(n > 2000, "only {n} articles read");
}

#[test]
fn contracts_hold_on_wire_text() {
    let text = "KHERSON, Ukraine (AP) — Foreign Minister Jan Qorvak met Vladimir Putin. \
                Putin and Qorvak spoke of the Qarzan Liberation Front (QLF). The QLF and \
                the Working Families Party said. (Photo by Efrem Lukatsky/AFP)";
    check(text).unwrap();
    let ex = extractors();
    let full = ex.full.extract(text);
    // The text has guesses of every source: dateline, title, acronym,
    // shape and credit...
    let guessed: Vec<&str> = full
        .iter()
        .filter(|m| m.id.is_none())
        .map(|m| m.text.as_str())
        .collect();
    for g in [
        "Jan Qorvak",
        "Qorvak",
        "QLF",
        "Working Families Party",
        "Efrem Lukatsky",
    ] {
        assert!(guessed.contains(&g), "{g} not guessed: {guessed:?}");
    }
    // ...and without guesses, partial names of known people still count.
    let known = ex.known.extract(text);
    assert!(known.iter().any(|m| m.text == "Putin"), "{known:?}");
    assert!(known.iter().all(|m| m.id.is_some()), "{known:?}");
}

#[test]
fn defined_acronyms_of_known_organizations_count_without_guesses() {
    let ex = Extractor::builder().guesses(false).build().unwrap();
    let text = "The Chinese Communist Party (CCP) met. Later the CCP said.";
    let ms = ex.extract(text);
    let ccp: Vec<&Mention> = ms.iter().filter(|m| m.text == "CCP").collect();
    assert_eq!(ccp.len(), 2, "{ms:?}");
    assert!(ccp
        .iter()
        .all(|m| m.id.as_deref() == Some("org:chinese-communist-party")));
}

#[test]
fn kinds_keep_the_ids_of_known_people() {
    let ex = Extractor::builder()
        .kinds([EntityKind::Person])
        .build()
        .unwrap();
    let ms = ex.extract("Chinese Foreign Minister Wang Yi met Vladimir Putin. Wang left.");
    let ids: Vec<Option<&str>> = ms.iter().map(|m| m.id.as_deref()).collect();
    assert_eq!(
        ids,
        [
            Some("person:wang-yi"),
            Some("person:vladimir-putin"),
            Some("person:wang-yi")
        ]
    );
}

/// Pieces of news and wire text glued together at random.
fn wire_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "WASHINGTON (Reuters) - ",
        "KHERSON, Ukraine (AP) — ",
        "BEIJING, March 1, 2023 (Xinhua) -- ",
        "By JOHN SMITH and JORDAN LEE\n",
        "(Photo by Efrem Lukatsky/AFP via Getty Images)",
        "\n",
        ". ",
        "President ",
        "Foreign Minister Jan Qorvak ",
        "Qorvak ",
        "Vladimir Putin ",
        "Putin ",
        "Congress ",
        "Parliament ",
        "India ",
        "Rahul Gandhi ",
        "the Qarzan Liberation Front (QLF) ",
        "QLF ",
        "Working Families Party ",
        "MOSCOW ",
        "HELP US ",
        "FAST-FOOD ",
        "Chinese ",
        "Georgia ",
        "Atlanta ",
        "on 21 June ",
        "said ",
        "the ",
        "and ",
    ]);
    prop::collection::vec(pieces, 0..30).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn contracts_hold_on_generated_text(text in wire_text()) {
        if let Err(e) = check(&text) {
            return Err(TestCaseError::fail(e));
        }
    }
}
