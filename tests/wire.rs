//! News-wire text: datelines, credits, bylines, photo captions, headlines,
//! names in capitals inside mixed-case lines, dates, acronyms defined in
//! parentheses and names whose entity depends on the document.

use geopol::{EntityKind, Extractor, Mention};

fn extract(text: &str) -> Vec<Mention> {
    let ms = Extractor::builtin().extract(text);
    for m in &ms {
        assert_eq!(&text[m.start..m.end], m.text);
    }
    ms
}

/// The mention spanning exactly `surface` (the first one), as "kind id".
fn found(ms: &[Mention], surface: &str) -> Option<String> {
    ms.iter()
        .find(|m| m.text == surface)
        .map(|m| format!("{} {}", m.kind, m.id.as_deref().unwrap_or("-")))
}

/// Checks each (surface, "kind id") of `want`, and that no mention's text
/// is one of `absent`.
fn check(text: &str, want: &[(&str, &str)], absent: &[&str]) {
    let ms = extract(text);
    for (surface, what) in want {
        assert_eq!(
            found(&ms, surface).as_deref(),
            Some(*what),
            "{surface:?} in {text:?}: {ms:#?}"
        );
    }
    for a in absent {
        assert!(
            !ms.iter().any(|m| m.text == *a),
            "{a:?} found in {text:?}: {ms:#?}"
        );
    }
}

#[test]
fn datelines_of_the_agencies() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "WASHINGTON (Reuters) - President Joe Biden met Chinese officials.",
            &[
                ("WASHINGTON", "location loc:washington"),
                ("Reuters", "organization org:reuters"),
                ("Joe Biden", "person person:joe-biden"),
            ],
        ),
        (
            "KYIV, Ukraine (AP) — Russian drones struck the capital overnight.",
            &[
                ("KYIV", "location loc:kyiv"),
                ("Ukraine", "state Q212"),
                ("AP", "organization org:associated-press"),
            ],
        ),
        (
            "BEIJING, March 1, 2023 (Xinhua) -- China said it would respond.",
            &[
                ("BEIJING", "location loc:beijing"),
                ("Xinhua", "organization org:xinhua"),
            ],
        ),
        (
            "MOSCOW, Jan. 20, 2025 (Reuters) - The Kremlin said.",
            &[
                ("MOSCOW", "location loc:moscow"),
                ("Kremlin", "organization org:kremlin"),
            ],
        ),
        (
            "SEOUL, March 5 (Yonhap) -- North Korea fired a missile.",
            &[
                ("SEOUL", "location loc:seoul"),
                ("Yonhap", "organization org:yonhap"),
                ("North Korea", "state Q423"),
            ],
        ),
        (
            "NEW DELHI/ISLAMABAD (Reuters) - India and Pakistan traded fire.",
            &[
                ("NEW DELHI", "location loc:new-delhi"),
                ("ISLAMABAD", "location loc:islamabad"),
            ],
        ),
        (
            "GAZA CITY, Gaza Strip (AP) — Strikes hit the area.",
            &[
                ("GAZA CITY", "location loc:gaza-city"),
                ("AP", "organization org:associated-press"),
            ],
        ),
        (
            "UNITED NATIONS (AP) — The Security Council met.",
            &[
                ("UNITED NATIONS", "organization org:united-nations"),
                ("AP", "organization org:associated-press"),
            ],
        ),
        (
            "BERLIN (dpa) - Germany's chancellor spoke.",
            &[
                ("BERLIN", "location loc:berlin"),
                ("dpa", "organization org:deutsche-presse-agentur"),
            ],
        ),
        (
            "TOKYO (Kyodo) -- Japan protested.",
            &[
                ("TOKYO", "location loc:tokyo"),
                ("Kyodo", "organization org:kyodo-news"),
            ],
        ),
        (
            "ANKARA, Turkey (Anadolu) - Officials met.",
            &[("ANKARA", "location loc:ankara"), ("Turkey", "state Q43")],
        ),
        (
            "TEHRAN (IRNA) - Iran's foreign ministry said.",
            &[
                ("TEHRAN", "location loc:tehran"),
                ("IRNA", "organization org:islamic-republic-news-agency"),
            ],
        ),
        (
            "PARIS (AFP) - France's president said.",
            &[
                ("PARIS", "location loc:paris"),
                ("AFP", "organization org:agence-france-presse"),
            ],
        ),
        (
            "LONDON — Britain's prime minister said.",
            &[("LONDON", "location loc:london")],
        ),
        (
            "BRUSSELS 2023-03-01\nThe talks resumed.",
            &[("BRUSSELS", "location loc:brussels")],
        ),
        (
            "Kyiv, Ukraine (AP) — Shelling continued.",
            &[
                ("Kyiv", "location loc:kyiv"),
                ("AP", "organization org:associated-press"),
            ],
        ),
    ];
    for (text, want) in cases {
        check(text, want, &[]);
    }
}

#[test]
fn a_dateline_city_or_credit_no_gazetteer_knows() {
    check(
        "ZORYANSK, Ukraine (AP) — Shelling continued.\nATHENS (Kathimerini) - Officials said.",
        &[
            ("ZORYANSK", "location -"),
            ("Kathimerini", "organization -"),
            ("ATHENS", "location loc:athens"),
        ],
        &[],
    );
    // Without a credit or a date, a word in capitals and a dash is no
    // dateline.
    check(
        "BREAKING - Markets fell.\nUPDATE — Talks ended.",
        &[],
        &["BREAKING", "UPDATE"],
    );
    // Nor is a sentence.
    check(
        "Ukraine - the war goes on.",
        &[("Ukraine", "state Q212")],
        &[],
    );
}

#[test]
fn photo_credits_and_captions() {
    check(
        "Servicemen fire near Bakhmut. (AP Photo/Efrem Lukatsky)",
        &[
            ("AP", "organization org:associated-press"),
            ("Efrem Lukatsky", "person -"),
        ],
        &["Photo", "AP Photo"],
    );
    check(
        "Joe Biden speaks in Warsaw. (Photo by Mandel Ngan/AFP via Getty Images)",
        &[
            ("Mandel Ngan", "person -"),
            ("AFP", "organization org:agence-france-presse"),
            ("Getty Images", "organization org:getty-images"),
        ],
        &["Photo"],
    );
    check(
        "Protesters gather in Tehran. REUTERS/Majid Asgaripour",
        &[
            ("REUTERS", "organization org:reuters"),
            ("Majid Asgaripour", "person -"),
        ],
        &[],
    );
}

#[test]
fn credits_that_stand_apart_name_photographers() {
    for (text, name) in [
        ("In Gaza. Photo: Mahmud Hams/AFP", "Mahmud Hams"),
        ("Seen in Kyiv.\nEfrem Lukatsky/AP", "Efrem Lukatsky"),
    ] {
        check(text, &[(name, "person -")], &["Photo"]);
    }
    // Two organizations, a place, or words inside a sentence are no
    // photographer.
    for text in [
        "Hamas/Fatah talks",
        "Tel Aviv/AFP",
        "the Reuters/Ipsos Poll",
        "a Reuters/Ipsos Poll found",
        "Efrem Lukatsky/AFP said",
    ] {
        let ms = extract(text);
        assert!(
            !ms.iter().any(|m| m.kind == EntityKind::Person),
            "{text}: {ms:#?}"
        );
    }
}

#[test]
fn bylines_hold_no_places() {
    check(
        "By JORDAN WILLIAMS and CHAD BROWN\nTalks went on.",
        &[("JORDAN WILLIAMS", "person -"), ("CHAD BROWN", "person -")],
        &["JORDAN", "CHAD"],
    );
    check(
        "By Humeyra Pamuk, Simon Lewis and Jane Doe\nWASHINGTON (Reuters) - The U.S. said.",
        &[
            ("Humeyra Pamuk", "person -"),
            ("Simon Lewis", "person -"),
            ("Jane Doe", "person -"),
            ("WASHINGTON", "location loc:washington"),
        ],
        &[],
    );
    check("By Sydney Lee\nThe talks resumed.", &[], &["Sydney"]);
}

#[test]
fn headlines_and_lines_in_capitals() {
    check(
        "RUSSIA-UKRAINE WAR: Zelenskyy asks NATO for jets",
        &[
            ("RUSSIA", "state Q159"),
            ("UKRAINE", "state Q212"),
            (
                "NATO",
                "organization org:north-atlantic-treaty-organization",
            ),
        ],
        &[],
    );
    check(
        "CHINA SENDS TOP DIPLOMAT TO RUSSIA\nLET US START",
        &[("CHINA", "state Q148"), ("RUSSIA", "state Q159")],
        &["US"],
    );
}

#[test]
fn names_in_capitals_inside_mixed_case_lines() {
    check(
        "Sources in MOSCOW and KYIV said. Asked about VLADIMIR PUTIN, he declined.",
        &[
            ("MOSCOW", "location loc:moscow"),
            ("KYIV", "location loc:kyiv"),
            ("VLADIMIR PUTIN", "person person:vladimir-putin"),
        ],
        &[],
    );
    // Entries whose case policy is "capitalized" too.
    check(
        "Talks in LONDON and TURKEY went on.",
        &[("LONDON", "location loc:london"), ("TURKEY", "state Q43")],
        &[],
    );
    // Acronym-like aliases next to shouted words are words...
    check(
        "HELP US build a FAST-FOOD chain, JOIN US today.",
        &[],
        &["US", "FAST"],
    );
    // ...but not next to other acronyms or known names.
    check(
        "The US TV network and the UK CD market; US-NATO talks.",
        &[("US", "state Q30"), ("UK", "state Q145")],
        &[],
    );
    // A nationality noun in capitals inside running text is a label; an
    // adjective is the nationality.
    check("a till with a POLE display", &[], &["POLE"]);
    check(
        "Officials said CHINESE troops had left.",
        &[("CHINESE", "nationality Q148")],
        &[],
    );
}

#[test]
fn dates_are_no_names() {
    check(
        "U2 will play on 21 June, on May 15, on July 4 and on 17 November.",
        &[],
        &["21 June", "May 15", "July 4", "17 November"],
    );
}

#[test]
fn an_acronym_needs_the_letters_of_its_name() {
    let ms = extract("WASHINGTON (Reuters) - Later WASHINGTON said.");
    assert!(
        ms.iter()
            .all(|m| m.id.as_deref() != Some("org:reuters") || m.text == "Reuters"),
        "{ms:#?}"
    );
    let ms = extract("KYIV, Ukraine (AP) — The AP reported.");
    assert!(
        ms.iter()
            .filter(|m| m.text == "AP")
            .all(|m| m.id.as_deref() == Some("org:associated-press") && m.candidates.is_empty()),
        "{ms:#?}"
    );
    // Spelled names still define their acronyms, known or not.
    check(
        "The Chinese Communist Party (CCP) met; the CCP said.",
        &[("CCP", "organization org:chinese-communist-party")],
        &[],
    );
    check(
        "He ran for the New Democratic Party (NDP) and left the NDP.",
        &[
            ("New Democratic Party", "organization -"),
            ("NDP", "organization -"),
        ],
        &[],
    );
    check(
        "At the AAAS (American Association for the Advancement of Science) meeting, the AAAS said.",
        &[(
            "AAAS",
            "organization org:american-association-for-the-advancement-of-science",
        )],
        &[],
    );
}

#[test]
fn generic_names_take_the_body_of_the_documents_state() {
    let text = "Rahul Gandhi said Congress would win in Karnataka. India votes in May.";
    let ms = extract(text);
    let congress = ms.iter().find(|m| m.text == "Congress").expect("Congress");
    assert_eq!(congress.id.as_deref(), Some("org:indian-national-congress"));
    assert!(congress
        .candidates
        .iter()
        .any(|c| &**c == "org:united-states-congress"));
    // With no evidence, today's reading.
    check(
        "Congress passed the bill.",
        &[("Congress", "organization org:united-states-congress")],
        &[],
    );
    check(
        "In Washington, Congress passed the bill. Joe Biden signed it.",
        &[("Congress", "organization org:united-states-congress")],
        &[],
    );
    // "Parliament" is a body only where the document names its state.
    check(
        "Tony Blair told Parliament that Britain would act.",
        &[(
            "Parliament",
            "organization org:parliament-of-the-united-kingdom",
        )],
        &[],
    );
    check("Parliament met on Tuesday.", &[], &["Parliament"]);
    check(
        "In Paris, the National Assembly voted. Then the Senate agreed.",
        &[
            (
                "National Assembly",
                "organization org:french-national-assembly",
            ),
            ("Senate", "organization org:french-senate"),
        ],
        &[],
    );
    // Inside a longer name, a generic name is part of it.
    check(
        "Shevardnadze urged the Georgian Parliament to act. The Senate Rules Committee met.",
        &[
            (
                "Georgian Parliament",
                "organization org:parliament-of-georgia",
            ),
            ("Senate Rules Committee", "organization -"),
        ],
        &[],
    );
    // A news agency's acronym that is also a party's.
    check(
        "NEW DELHI, India (PTI) — Prime Minister Narendra Modi spoke.",
        &[("PTI", "organization org:press-trust-of-india")],
        &[],
    );
    check(
        "Imran Khan's PTI held a rally in Pakistan.",
        &[("PTI", "organization org:pakistan-tehreek-e-insaf")],
        &[],
    );
}

#[test]
fn kinds_of_wire_mentions() {
    let ms = extract("ZORYANSK, Ukraine (Kathimerini) — Talks.");
    assert_eq!(ms[0].kind, EntityKind::Location);
    assert_eq!(ms[2].kind, EntityKind::Organization);
}
