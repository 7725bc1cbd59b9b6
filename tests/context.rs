//! Context resolution, rule by rule: each table has cases that must match
//! and cases that must not. Runs on tests/data/mini.jsonl with evidence on,
//! so the `how` of every mention is checked too.

use std::sync::OnceLock;

use geopol::{Extractor, Mention};

fn mini() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| {
        Extractor::builder()
            .builtin(false)
            .evidence(true)
            .gazetteer_path(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/data/mini.jsonl"
            ))
            .build()
            .expect("mini gazetteer loads")
    })
}

fn builtin() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| Extractor::builder().evidence(true).build().unwrap())
}

/// (text, kind, id or "-" for none, how)
type Want = (&'static str, &'static str, &'static str, &'static str);

fn show(ms: &[Mention]) -> Vec<String> {
    ms.iter()
        .map(|m| {
            let how = m.how.map(|h| {
                serde_json::to_value(h)
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_string()
            });
            format!(
                "{} {} {} {}",
                m.text,
                m.kind,
                m.id.as_deref().unwrap_or("-"),
                how.unwrap_or_default()
            )
        })
        .collect()
}

fn check(ex: &Extractor, text: &str, want: &[Want]) {
    let got = ex.extract(text);
    for m in &got {
        assert_eq!(&text[m.start..m.end], m.text);
    }
    let want: Vec<String> = want
        .iter()
        .map(|(t, k, i, h)| format!("{t} {k} {i} {h}"))
        .collect();
    assert_eq!(show(&got), want, "text: {text:?}");
}

macro_rules! t {
    ($name:ident, $ex:ident, $text:expr, [$($want:expr),* $(,)?]) => {
        #[test]
        fn $name() {
            check($ex(), $text, &[$($want),*]);
        }
    };
}

// Partial names.
t!(
    partial_after_full,
    mini,
    "Sergei Lavrov arrived. Lavrov said",
    [
        ("Sergei Lavrov", "person", "person:sergey-lavrov", "exact"),
        ("Lavrov", "person", "person:sergey-lavrov", "partial"),
    ]
);
t!(partial_needs_introduction, mini, "Lavrov said nothing.", []);
t!(
    partial_most_recent_wins,
    mini,
    "Li Keqiang and Li Qiang met; Li spoke",
    [
        ("Li Keqiang", "person", "person:li-keqiang", "exact"),
        ("Li Qiang", "person", "person:li-qiang", "exact"),
        ("Li", "person", "person:li-qiang", "partial"),
    ]
);
t!(
    title_cue_links_unique_surname,
    mini,
    "President Xi met Foreign Minister Lavrov and Mr. Lavrov",
    [
        ("Xi", "person", "person:xi-jinping", "title"),
        ("Lavrov", "person", "person:sergey-lavrov", "title"),
        ("Lavrov", "person", "person:sergey-lavrov", "title"),
    ]
);
#[test]
fn a_given_name_before_a_surname_is_another_bearer() {
    check(
        builtin(),
        "Ruth Bader Ginsburg ruled. Her husband Martin Ginsburg cooked. \
         Ruth Ginsburg wrote; Ginsburg spoke.",
        &[
            (
                "Ruth Bader Ginsburg",
                "person",
                "person:ruth-bader-ginsburg",
                "exact",
            ),
            ("Martin Ginsburg", "person", "-", "given"),
            (
                "Ginsburg",
                "person",
                "person:ruth-bader-ginsburg",
                "partial",
            ),
            (
                "Ginsburg",
                "person",
                "person:ruth-bader-ginsburg",
                "partial",
            ),
        ],
    );
}
t!(
    honorific_alone_does_not_pick_a_bearer,
    mini,
    "Mr. Lavrov said so.",
    [("Lavrov", "person", "-", "title")]
);
t!(
    title_cue_ambiguous_surname_yields_nothing,
    mini,
    "Premier Li said",
    []
);
t!(no_title_no_link, mini, "Xi said; the XI team", []);
t!(
    title_cue_surname_starting_a_longer_name_is_no_link,
    mini,
    "Foreign Minister Lavrov Petrenko said",
    [("Lavrov Petrenko", "person", "-", "title")]
);

// Titles introduce people the gazetteer does not know.
t!(
    title_introduces_unknown_person,
    mini,
    "Defence Minister Jan Novak met Moscow officials. Later Novak said",
    [
        ("Jan Novak", "person", "-", "title"),
        ("Moscow", "location", "loc:moscow", "exact"),
        ("Novak", "person", "-", "partial"),
    ]
);
t!(
    lowercase_title_and_particles,
    mini,
    "said spokesman Abu Mohammed al-Jolani's aide",
    [("Abu Mohammed al-Jolani", "person", "-", "title"),]
);
t!(
    title_not_followed_by_name,
    mini,
    "the President said; General Assembly; President NATO",
    [("NATO", "organization", "org:nato", "exact"),]
);
t!(
    title_before_known_name,
    mini,
    "Foreign Minister Sergey Lavrov",
    [("Sergey Lavrov", "person", "person:sergey-lavrov", "exact"),]
);

// Acronyms defined in the text.
t!(
    acronym_full_name_first,
    mini,
    "the Chinese Communist Party (CCP) and the CCP",
    [
        (
            "Chinese Communist Party",
            "organization",
            "org:chinese-communist-party",
            "exact"
        ),
        (
            "CCP",
            "organization",
            "org:chinese-communist-party",
            "acronym"
        ),
        (
            "CCP",
            "organization",
            "org:chinese-communist-party",
            "acronym"
        ),
    ]
);
t!(
    acronym_first,
    mini,
    "the WHO-like CCP (Chinese Communist Party) said. CCP",
    [
        ("WHO", "organization", "org:who", "exact"),
        (
            "CCP",
            "organization",
            "org:chinese-communist-party",
            "acronym"
        ),
        (
            "Chinese Communist Party",
            "organization",
            "org:chinese-communist-party",
            "exact"
        ),
        (
            "CCP",
            "organization",
            "org:chinese-communist-party",
            "acronym"
        ),
    ]
);
t!(
    unknown_organization_by_acronym,
    mini,
    "fighters of the Qarzan Liberation Front (QLF) attacked; the QLF denied",
    [
        ("Qarzan Liberation Front", "organization", "-", "acronym"),
        ("QLF", "organization", "-", "acronym"),
        ("QLF", "organization", "-", "acronym"),
    ]
);
t!(
    unknown_org_may_contain_demonym,
    mini,
    "the Russian Volunteer Union (RVU) and RVU",
    [
        ("Russian Volunteer Union", "organization", "-", "acronym"),
        ("RVU", "organization", "-", "acronym"),
        ("RVU", "organization", "-", "acronym"),
    ]
);
t!(
    unknown_treaty_by_acronym,
    mini,
    "under the Qarzan Peace Accord (QPA)",
    [
        ("Qarzan Peace Accord", "treaty", "-", "acronym"),
        ("QPA", "treaty", "-", "acronym"),
    ]
);
t!(
    parenthesis_that_does_not_spell,
    mini,
    "the big plan (BP) and Some Thing (XYZ)",
    []
);

// Ambiguous aliases.
t!(
    first_name_places,
    mini,
    "Chad Smith met Michael Jordan; Georgia O'Keeffe painted",
    // "Michael" is a known given name, so the whole is a person by shape.
    [("Michael Jordan", "person", "-", "given")]
);
t!(
    places_stay_places,
    mini,
    "troops left Chad for Jordan and Georgia.",
    [
        ("Chad", "state", "Q657", "exact"),
        ("Jordan", "state", "Q810", "exact"),
        ("Georgia", "state", "Q230", "exact"),
    ]
);
t!(
    context_chooses_among_candidates,
    mini,
    "Atlanta is the largest city in Georgia.",
    [
        ("Atlanta", "location", "loc:atlanta", "exact"),
        ("Georgia", "location", "loc:georgia-us-state", "context"),
    ]
);
t!(
    context_default_rank,
    mini,
    "Tbilisi is the capital of Georgia.",
    [
        ("Tbilisi", "location", "loc:tbilisi", "exact"),
        ("Georgia", "state", "Q230", "exact"),
    ]
);
t!(
    lowercase_common_words,
    mini,
    "a roast turkey from china; us and who",
    []
);

// Headlines and all-capitals lines.
t!(
    headline_caps,
    mini,
    "CHINA SENDS TOP DIPLOMAT TO RUSSIA",
    [
        ("CHINA", "state", "Q148", "folded"),
        ("RUSSIA", "state", "Q159", "folded"),
    ]
);
t!(
    caps_line_short_acronyms_are_words,
    mini,
    "LET US START TALKS WITH RUSSIA AND THE WHO",
    [
        ("START", "treaty", "treaty:start-i", "exact"),
        ("RUSSIA", "state", "Q159", "folded"),
    ]
);
t!(
    caps_line_dotted_acronym,
    mini,
    "TALKS WITH THE U.S. ON TUESDAY",
    [("U.S.", "state", "Q30", "exact"),]
);
t!(
    title_case_headline,
    mini,
    "China Sends Top Diplomat to Russia",
    [
        ("China", "state", "Q148", "exact"),
        ("Russia", "state", "Q159", "exact"),
    ]
);

// Nationalities and compounds (built-in data).
t!(
    nationality_compounds,
    builtin,
    "North Korean and South African envoys, Iranian-backed militias, Russian-speaking Ukrainians",
    [
        ("North Korean", "nationality", "Q423", "exact"),
        ("South African", "nationality", "Q258", "exact"),
        ("Iranian", "nationality", "Q794", "exact"),
        ("Russian", "nationality", "Q159", "exact"),
        ("Ukrainians", "nationality", "Q212", "exact"),
    ]
);

// Seats of power and capitals carry their state.
#[test]
fn seats_of_power_and_capitals_carry_country() {
    let text =
        "Beijing said the Kremlin and the White House agreed; Downing Street and the Élysée too.";
    let ms = builtin().extract(text);
    let got: Vec<(String, String, Option<String>)> = ms
        .iter()
        .map(|m| {
            (
                m.text.clone(),
                m.kind.to_string(),
                m.country.as_deref().map(String::from),
            )
        })
        .collect();
    let want = [
        ("Beijing", "location", "CHN"),
        ("Kremlin", "organization", "RUS"),
        ("White House", "organization", "USA"),
        ("Downing Street", "organization", "GBR"),
        ("Élysée", "organization", "FRA"),
    ];
    let want: Vec<(String, String, Option<String>)> = want
        .iter()
        .map(|(t, k, c)| (t.to_string(), k.to_string(), Some(c.to_string())))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn evidence_is_off_by_default_and_out_of_json() {
    let ex = Extractor::builder()
        .builtin(false)
        .gazetteer_path(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/mini.jsonl"
        ))
        .build()
        .unwrap();
    let m = &ex.extract("Russia")[0];
    assert_eq!(m.how, None);
    assert!(!serde_json::to_string(m).unwrap().contains("how"));
    let m = &mini().extract("Russia")[0];
    assert!(serde_json::to_string(m)
        .unwrap()
        .contains("\"how\":\"exact\""));
}

#[test]
fn ambiguous_mentions_list_candidates() {
    let m = &mini().extract("Georgia")[0];
    assert_eq!(m.id.as_deref(), Some("Q230"));
    assert_eq!(
        m.candidates.iter().map(|c| &**c).collect::<Vec<_>>(),
        ["loc:georgia-us-state"]
    );
}
t!(
    in_text_acronym_overrides_gazetteer_acronym,
    mini,
    "the Wessex Health Office (WHO) said. WHO agreed, Georgia too",
    [
        ("Wessex Health Office", "organization", "-", "acronym"),
        ("WHO", "organization", "-", "acronym"),
        ("WHO", "organization", "-", "acronym"),
        ("Georgia", "state", "Q230", "exact"),
    ]
);

// Names no gazetteer knows, by shape.
t!(
    organization_by_head_noun,
    mini,
    "the Working Families Party and the Russian Volunteer Union said",
    [
        ("Working Families Party", "organization", "-", "shape"),
        ("Russian Volunteer Union", "organization", "-", "shape"),
    ]
);
t!(
    treaty_by_head_noun,
    mini,
    "after the Meech Lake Accord failed",
    [("Meech Lake Accord", "treaty", "-", "shape"),]
);
t!(
    person_by_given_name,
    mini,
    "Michael Carrington met Smithers. Carrington left.",
    [
        ("Michael Carrington", "person", "-", "given"),
        ("Carrington", "person", "-", "partial"),
    ]
);
t!(
    run_starts_at_its_first_capital,
    mini,
    "reporters asked why Smithers spoke of Kent Valley",
    [("Kent Valley", "location", "-", "shape")]
);
t!(
    the_inside_a_run_only_after_an_organization_head,
    mini,
    "a Party of the Regions deputy, Ray Marshall of the Hendrix Foundation",
    [
        ("Party of the Regions", "organization", "-", "shape"),
        ("Ray Marshall", "person", "-", "given"),
        ("Hendrix Foundation", "organization", "-", "shape"),
    ]
);
t!(
    person_runs_hold_no_joiners,
    mini,
    "Michael Carrington in Friday's final beat Zorg, and Carrington left",
    [
        ("Michael Carrington", "person", "-", "given"),
        ("Carrington", "person", "-", "partial"),
    ]
);
t!(
    no_run_across_and,
    mini,
    "Russia and the Security Council",
    [
        ("Russia", "state", "Q159", "exact"),
        ("Security Council", "organization", "-", "shape"),
    ]
);
t!(
    sentence_words_are_not_names,
    mini,
    "The Party said. In Council today",
    []
);
t!(
    honours_and_labels_are_not_nationalities,
    mini,
    "an All-American and a Pan-American movement; POLE display; Russian team",
    [("Russian", "nationality", "Q159", "exact")]
);
t!(numbered_documents, mini,
    "under UN Security Council Resolution 2254 and resolutions 2118 and 2235, and Executive Order 13582",
    [
        ("UN Security Council Resolution 2254", "treaty", "-", "shape"),
        ("resolutions 2118 and 2235", "treaty", "-", "shape"),
        ("Executive Order 13582", "treaty", "-", "shape"),
    ]
);
t!(
    constitutions_of_states,
    mini,
    "Russia's new constitution, the Russian constitution, Zorg's constitution and the constitution",
    [
        ("Russia's new constitution", "treaty", "-", "shape"),
        ("Russian constitution", "treaty", "-", "shape"),
    ]
);
t!(
    place_by_head_noun,
    mini,
    "fighting in Qarzan Province near the Zorg River",
    [
        ("Qarzan Province", "location", "-", "shape"),
        ("Zorg River", "location", "-", "shape"),
    ]
);
t!(
    organization_head_inside,
    mini,
    "the National Party of Russia and the Union of Zorg",
    [
        ("National Party of Russia", "organization", "-", "shape"),
        ("Union of Zorg", "organization", "-", "shape"),
    ]
);
t!(
    document_name_beats_title_guess,
    mini,
    "Michael Lavrov spoke. Later Mr Lavrov said",
    [
        ("Michael Lavrov", "person", "-", "given"),
        ("Lavrov", "person", "-", "partial"),
    ]
);
t!(codes_and_constitutions, mini,
    "under the Constitution and section 5 of the Criminal Code; Security Council resolutions; a constitution",
    [
        ("Constitution", "treaty", "-", "shape"),
        ("Criminal Code", "treaty", "-", "shape"),
        ("Security Council resolutions", "treaty", "-", "shape"),
    ]
);
