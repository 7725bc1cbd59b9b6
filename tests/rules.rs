//! Table-driven tests of the matching rules, on a small gazetteer
//! (tests/data/mini.jsonl) so that they do not depend on the built-in data.

use std::sync::OnceLock;

use geopol::{EntityKind, Extractor, Mention};

fn mini() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| {
        Extractor::builder()
            .builtin(false)
            .gazetteer_path(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/data/mini.jsonl"
            ))
            .build()
            .expect("tests/data/mini.jsonl loads")
    })
}

/// One expected mention: surface text, kind, id.
type Want = (&'static str, &'static str, &'static str);

fn check(text: &str, want: &[Want]) {
    let got = mini().extract(text);
    for m in &got {
        assert_eq!(
            &text[m.start..m.end],
            m.text,
            "offsets of {m:?} in {text:?}"
        );
    }
    let got: Vec<(String, String, String)> = got
        .iter()
        .map(|m: &Mention| {
            (
                m.text.clone(),
                m.kind.to_string(),
                m.id.as_deref().unwrap_or("-").to_string(),
            )
        })
        .collect();
    let want: Vec<(String, String, String)> = want
        .iter()
        .map(|(t, k, i)| (t.to_string(), k.to_string(), i.to_string()))
        .collect();
    assert_eq!(got, want, "text: {text:?}");
}

macro_rules! t {
    ($name:ident, $text:expr, [$($want:expr),* $(,)?]) => {
        #[test]
        fn $name() {
            check($text, &[$($want),*]);
        }
    };
}

// Whole tokens only.
t!(
    oman_not_in_woman,
    "A woman from Oman.",
    [("Oman", "state", "Q842")]
);
t!(
    iran_not_in_iranian,
    "Iranian officials met Iranians.",
    [
        ("Iranian", "nationality", "Q794"),
        ("Iranians", "nationality", "Q794"),
    ]
);
t!(no_match_inside_word, "Omanis and the Russiaphiles", []);
t!(digits_glue, "Russia2 and 2Russia", []);

// Leftmost-longest.
t!(
    new_start_not_start,
    "Russia suspended New START.",
    [
        ("Russia", "state", "Q159"),
        ("New START", "treaty", "treaty:new-start"),
    ]
);
t!(
    bare_start,
    "START was signed in 1991.",
    [("START", "treaty", "treaty:start-i")]
);
t!(
    prc_full_form,
    "the People's Republic of China said",
    [("People's Republic of China", "state", "Q148"),]
);
t!(
    congo_republics,
    "Democratic Republic of the Congo and Republic of the Congo",
    [
        ("Democratic Republic of the Congo", "state", "Q974"),
        ("Republic of the Congo", "state", "Q971"),
    ]
);
t!(
    party_not_nationality,
    "The Chinese Communist Party met.",
    [(
        "Chinese Communist Party",
        "organization",
        "org:chinese-communist-party"
    ),]
);

// Case, diacritics, typography.
t!(
    case_insensitive_names,
    "VLADIMIR PUTIN and vladimir putin",
    [
        ("VLADIMIR PUTIN", "person", "person:vladimir-putin"),
        ("vladimir putin", "person", "person:vladimir-putin"),
    ]
);
t!(
    diacritics_fold,
    "Recep Tayyip Erdogan met Recep Tayyip ERDOĞAN",
    [
        (
            "Recep Tayyip Erdogan",
            "person",
            "person:recep-tayyip-erdogan"
        ),
        (
            "Recep Tayyip ERDOĞAN",
            "person",
            "person:recep-tayyip-erdogan"
        ),
    ]
);
t!(
    curly_apostrophe,
    "the People’s Republic of China and Côte d’Ivoire",
    [
        ("People’s Republic of China", "state", "Q148"),
        ("Côte d’Ivoire", "state", "Q1008"),
    ]
);
t!(
    whitespace_runs,
    "Vladimir\u{a0}\n   Putin spoke",
    [(
        "Vladimir\u{a0}\n   Putin",
        "person",
        "person:vladimir-putin"
    ),]
);
t!(let_us_start, "let us start the talks, who knows", []);
t!(
    exact_acronyms,
    "The US and the WHO met. Us? Who?",
    [("US", "state", "Q30"), ("WHO", "organization", "org:who"),]
);
t!(
    dotted_acronym,
    "U.S. and u.s. troops",
    [("U.S.", "state", "Q30")]
);
t!(
    capitalized_policy,
    "china plates, Turkey and a roast turkey; China",
    [("Turkey", "state", "Q43"), ("China", "state", "Q148"),]
);
t!(
    headline_caps,
    "CHINA SENDS TOP DIPLOMAT TO RUSSIA",
    [("CHINA", "state", "Q148"), ("RUSSIA", "state", "Q159"),]
);

// Possessives and hyphenated compounds.
t!(
    possessive_straight,
    "Russia's invasion",
    [("Russia", "state", "Q159")]
);
t!(
    possessive_curly,
    "Russia’s invasion of Ukraine’s east",
    [("Russia", "state", "Q159"), ("Ukraine", "state", "Q212"),]
);
t!(
    us_led,
    "the U.S.-led NATO alliance",
    [
        ("U.S.", "state", "Q30"),
        ("NATO", "organization", "org:nato"),
    ]
);
t!(
    hyphen_pair,
    "the Russia-Ukraine war and the Russia–Ukraine talks",
    [
        ("Russia", "state", "Q159"),
        ("Ukraine", "state", "Q212"),
        ("Russia", "state", "Q159"),
        ("Ukraine", "state", "Q212"),
    ]
);

// Partial names within one document.
t!(
    surname_needs_full_name_first,
    "Putin spoke. Vladimir Putin spoke. Putin left.",
    [
        ("Vladimir Putin", "person", "person:vladimir-putin"),
        ("Putin", "person", "person:vladimir-putin"),
    ]
);
t!(
    family_name_first,
    "Wang Yi arrived. Wang said",
    [
        ("Wang Yi", "person", "person:wang-yi"),
        ("Wang", "person", "person:wang-yi"),
    ]
);
t!(
    most_recent_full_name_wins,
    "Wang Yi met Wang Wenbin. Later Wang said",
    [
        ("Wang Yi", "person", "person:wang-yi"),
        ("Wang Wenbin", "person", "person:wang-wenbin"),
        ("Wang", "person", "person:wang-wenbin"),
    ]
);
t!(
    partial_possessive,
    "Antony Blinken arrived; Blinken's aide",
    [
        ("Antony Blinken", "person", "person:antony-blinken"),
        ("Blinken", "person", "person:antony-blinken"),
    ]
);
t!(
    partial_diacritics,
    "Recep Tayyip Erdoğan said. Erdogan added",
    [
        (
            "Recep Tayyip Erdoğan",
            "person",
            "person:recep-tayyip-erdogan"
        ),
        ("Erdogan", "person", "person:recep-tayyip-erdogan"),
    ]
);

// Acronyms defined in the text.
t!(
    acronym_after_full_name,
    "CCP. The Chinese Communist Party (CCP) said the CCP would",
    [
        (
            "Chinese Communist Party",
            "organization",
            "org:chinese-communist-party"
        ),
        ("CCP", "organization", "org:chinese-communist-party"),
        ("CCP", "organization", "org:chinese-communist-party"),
    ]
);
t!(
    acronym_is_whole_word,
    "Chinese Communist Party (CCP) and CCPX",
    [
        (
            "Chinese Communist Party",
            "organization",
            "org:chinese-communist-party"
        ),
        ("CCP", "organization", "org:chinese-communist-party"),
    ]
);

// Aliases and metonyms.
t!(
    former_name_alias,
    "Kiev and Kyiv",
    [
        ("Kiev", "location", "loc:kyiv"),
        ("Kyiv", "location", "loc:kyiv"),
    ]
);
t!(
    kremlin,
    "The Kremlin said",
    [("Kremlin", "organization", "org:kremlin")]
);

#[test]
fn mentions_carry_country_and_name() {
    let m = mini().extract("Chinese diplomats in Moscow");
    assert_eq!(m[0].kind, EntityKind::Nationality);
    assert_eq!(&*m[0].name, "China");
    assert_eq!(m[0].country.as_deref(), Some("CHN"));
    assert_eq!(m[1].country.as_deref(), Some("RUS"));
}

#[test]
fn char_offsets_count_characters() {
    let text = "Ça: “Erdoğan’s Türkiye” — Moscow";
    let ms = mini().extract(text);
    let moscow = ms.iter().find(|m| m.text == "Moscow").unwrap();
    let chars: Vec<char> = text.chars().collect();
    let s: String = chars[moscow.char_start..moscow.char_end].iter().collect();
    assert_eq!(s, "Moscow");
    assert_eq!(moscow.char_start, text[..moscow.start].chars().count());
}

#[test]
fn sorted_and_non_overlapping() {
    let text = "New START, START, U.S.-led, Russia's, Wang Yi, Wang, PRC ".repeat(20);
    let ms = mini().extract(&text);
    assert!(ms.len() >= 100);
    for w in ms.windows(2) {
        assert!(w[0].end <= w[1].start, "{:?} overlaps {:?}", w[0], w[1]);
    }
}

#[test]
fn kinds_restrict_output() {
    let ex = Extractor::builder()
        .builtin(false)
        .gazetteer_path(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/mini.jsonl"
        ))
        .kinds([EntityKind::Nationality])
        .build()
        .unwrap();
    let ms = ex.extract("Chinese officials in China and Moscow");
    assert_eq!(ms.len(), 1);
    assert_eq!(ms[0].kind, EntityKind::Nationality);
    assert_eq!(ms[0].id.as_deref(), Some("Q148"));
}

#[test]
fn user_entry_replaces_same_id() {
    let extra = geopol::Gazetteer::from_entries([geopol::Entry::new(
        "loc:moscow",
        EntityKind::Location,
        "Moskva",
    )
    .country("RUS")])
    .unwrap();
    let ex = Extractor::builder()
        .builtin(false)
        .gazetteer_path(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/mini.jsonl"
        ))
        .gazetteer(extra)
        .build()
        .unwrap();
    let ms = ex.extract("Moscow or Moskva");
    assert_eq!(ms.len(), 1);
    assert_eq!(ms[0].text, "Moskva");
}

#[test]
fn json_field_names() {
    let m = &mini().extract("Russia")[0];
    let v: serde_json::Value = serde_json::to_value(m).unwrap();
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(|k| k.as_str()).collect();
    assert_eq!(
        keys,
        [
            "start",
            "end",
            "char_start",
            "char_end",
            "text",
            "kind",
            "id",
            "name",
            "country"
        ]
    );
    assert_eq!(v["kind"], "state");
    let back: Mention = serde_json::from_value(v).unwrap();
    assert_eq!(&back, m);
}

// Acronym-like words keep their capitals inside longer names.
t!(
    acronym_word_in_name,
    "talks on a new start; New START; NEW START",
    [
        ("New START", "treaty", "treaty:new-start"),
        ("NEW START", "treaty", "treaty:new-start"),
    ]
);
t!(
    sentence_initial_acronym_lookalike,
    "Us too. Who knows? Start now.",
    []
);

// Entry-wide case policy: every capitalised word must stay capitalised.
t!(
    capitalized_words,
    // A name in capitals counts, in running text as on a line in capitals.
    "we believe; We believe; We Believe; WE BELIEVE\nWE BELIEVE WON THE VOTE",
    [
        ("We Believe", "organization", "org:we-believe"),
        ("WE BELIEVE", "organization", "org:we-believe"),
        ("WE BELIEVE", "organization", "org:we-believe"),
    ]
);

#[test]
fn user_entries_win_ties_with_earlier_ones() {
    let extra = geopol::Gazetteer::from_entries([geopol::Entry::new(
        "treaty:new-start-user",
        EntityKind::Treaty,
        "New START",
    )])
    .unwrap();
    let ex = Extractor::builder()
        .builtin(false)
        .gazetteer_path(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/mini.jsonl"
        ))
        .gazetteer(extra)
        .build()
        .unwrap();
    let m = &ex.extract("New START")[0];
    assert_eq!(m.id.as_deref(), Some("treaty:new-start-user"));
    assert_eq!(
        m.candidates.iter().map(|c| &**c).collect::<Vec<_>>(),
        ["treaty:new-start"]
    );
}
