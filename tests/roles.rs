//! Dated roles: an office named without its holder ("the Chinese foreign
//! minister") is the person who held it on the document's date. On a small
//! hand-made gazetteer (every phrase form, the edges of terms, several
//! holders), then on the built-in data.

mod common;

use geopol::{Extractor, How, OfficeQueryError};

/// Ruritania and its foreign ministers: Anna Brandt to the end of 2019-06-30,
/// Karl Weiss from that day (a handover), and two rival claimants to the
/// defence ministry in 2021.
const RURITANIA: &str = r#"
{"id": "state:ruritania", "kind": "state", "name": "Ruritania", "demonyms": ["Ruritanian"], "country": "RUR"}
{"id": "p:brandt", "kind": "person", "name": "Anna Brandt", "short": ["Brandt"], "country": "RUR", "roles": [{"title": "Foreign Minister", "country": "RUR", "start": "2015-03-01", "end": "2019-06-30", "source": "curated"}]}
{"id": "p:weiss", "kind": "person", "name": "Karl Weiss", "short": ["Weiss"], "country": "RUR", "roles": [{"title": "Minister of Foreign Affairs", "country": "RUR", "start": "2019-06-30", "source": "curated"}]}
{"id": "p:roth", "kind": "person", "name": "Erik Roth", "short": ["Roth"], "country": "RUR", "roles": [{"title": "Defence Minister", "country": "RUR", "start": "2021-01-01", "end": "2021-12-31", "source": "curated"}]}
{"id": "p:lenz", "kind": "person", "name": "Olga Lenz", "short": ["Lenz"], "country": "RUR", "roles": [{"title": "Defence Minister", "country": "RUR", "start": "2021-05-01", "end": "2021-12-31", "source": "curated"}]}
{"id": "p:vogt", "kind": "person", "name": "Max Vogt", "short": ["Vogt"], "country": "RUR", "roles": [{"title": "Prime Minister", "country": "RUR", "start": "2018", "source": "curated"}]}
{"id": "p:rudolf", "kind": "person", "name": "King Rudolf", "short": ["Rudolf"], "country": "RUR", "roles": [{"title": "King", "country": "RUR", "start": "2001-02-03", "source": "curated"}]}
{"id": "p:falk", "kind": "person", "name": "Ida Falk", "short": ["Falk"], "country": "RUR", "roles": [{"title": "President of the Government", "country": "RUR", "start": "2010-01-01", "end": "2012-12-31", "approximate": true, "source": "curated"}]}
{"id": "p:hahn", "kind": "person", "name": "Lena Hahn", "short": ["Hahn"], "country": "RUR", "roles": [{"title": "Acting Defence Minister", "country": "RUR", "start": "2022-01-01", "end": "2022-03-01", "source": "curated"}]}
{"id": "state:strelsau", "kind": "state", "name": "Strelsau", "demonyms": ["Strelsauan"], "country": "RUR", "category": "constituent-country"}
"#;

fn ruritania() -> Extractor {
    common::extractor_of(RURITANIA, "ruritania.jsonl")
}

use common::date;

/// (text, id or "-", how, candidates) of each person mention.
fn people(ms: &[geopol::Mention]) -> Vec<(String, String, Option<How>, Vec<String>)> {
    ms.iter()
        .filter(|m| m.kind == geopol::EntityKind::Person)
        .map(|m| {
            (
                m.text.clone(),
                m.id.as_deref().unwrap_or("-").to_string(),
                m.how,
                m.candidates.iter().map(|c| c.to_string()).collect(),
            )
        })
        .collect()
}

fn holder(ex: &Extractor, text: &str, on: &str) -> Vec<(String, String)> {
    people(&ex.extract_on(text, date(on)))
        .into_iter()
        .map(|(t, id, _, _)| (t, id))
        .collect()
}

fn pair(t: &str, id: &str) -> (String, String) {
    (t.to_string(), id.to_string())
}

#[test]
fn every_phrase_form_names_the_holder() {
    let ex = ruritania();
    let on = "2017-01-01";
    for (text, span) in [
        (
            "The Ruritanian foreign minister said so.",
            "Ruritanian foreign minister",
        ),
        (
            "Ruritania's foreign minister said so.",
            "Ruritania's foreign minister",
        ),
        (
            "Ruritania\u{2019}s Foreign Minister said so.",
            "Ruritania\u{2019}s Foreign Minister",
        ),
        (
            "The foreign minister of Ruritania said so.",
            "foreign minister of Ruritania",
        ),
        (
            "The Minister of Foreign Affairs of Ruritania said so.",
            "Minister of Foreign Affairs of Ruritania",
        ),
        (
            "Talks with the Ruritanian top diplomat ended.",
            "Ruritanian top diplomat",
        ),
    ] {
        assert_eq!(holder(&ex, text, on), [pair(span, "p:brandt")], "{text:?}");
    }
    let ms = ex.extract_on("The Ruritanian foreign minister said so.", date(on));
    assert_eq!(ms[0].how, Some(How::Role));
    assert_eq!(ms[0].name.as_ref(), "Anna Brandt");
    assert_eq!(ms[0].country.as_deref(), Some("RUR"));
}

#[test]
fn the_edges_of_a_term() {
    let ex = ruritania();
    let text = "The Ruritanian foreign minister said so.";
    let who = |on: &str| holder(&ex, text, on)[0].1.clone();
    assert_eq!(who("2015-03-01"), "p:brandt", "the first day of a term");
    assert_eq!(who("2019-06-29"), "p:brandt");
    // The day Brandt's term ends is the day Weiss's starts: the new holder.
    assert_eq!(who("2019-06-30"), "p:weiss");
    assert_eq!(who("2025-01-01"), "p:weiss", "an open term");
    // Before anyone held it: no one, and the nationality stays.
    let before = ex.extract_on(text, date("2015-02-28"));
    assert!(people(&before).is_empty());
    assert_eq!(before[0].text, "Ruritanian");
}

#[test]
fn several_holders_are_candidates() {
    let ex = ruritania();
    let ms = ex.extract_on("The Ruritanian defence minister spoke.", date("2021-06-01"));
    assert_eq!(
        people(&ms),
        [(
            "Ruritanian defence minister".to_string(),
            "-".to_string(),
            Some(How::Role),
            vec!["p:roth".to_string(), "p:lenz".to_string()]
        )]
    );
    // One holder again.
    assert_eq!(
        holder(&ex, "The Ruritanian defense minister spoke.", "2021-02-01"),
        [pair("Ruritanian defense minister", "p:roth")]
    );
}

#[test]
fn no_date_no_dated_term_no_holder() {
    let ex = ruritania();
    // Undated: no holder is named.
    let ms = ex.extract("The Ruritanian foreign minister said so.");
    assert!(people(&ms).is_empty());
    assert_eq!(ms[0].text, "Ruritanian");
    // A term dated only to the year (Vogt's, from "2018") is surely held
    // from the last day of that year on, not before.
    let text = "The Ruritanian prime minister spoke.";
    assert!(holder(&ex, text, "2018-06-01").is_empty());
    assert_eq!(
        holder(&ex, text, "2019-05-01"),
        [pair("Ruritanian prime minister", "p:vogt")]
    );
}

#[test]
fn plural_former_acting_deputy_and_generic_name_nobody() {
    let ex = ruritania();
    for text in [
        "The Ruritanian foreign ministers met.",
        "A former Ruritanian foreign minister spoke.",
        "The ex-Ruritanian foreign minister spoke.",
        "The acting Ruritanian foreign minister spoke.",
        "The Ruritanian deputy foreign minister spoke.",
        "A Ruritanian foreign minister would never say so.",
        "The former foreign minister of Ruritania spoke.",
        "The next Ruritanian foreign minister will decide.",
    ] {
        assert!(holder(&ex, text, "2017-01-01").is_empty(), "{text:?}");
    }
}

#[test]
fn an_explicit_name_wins() {
    let ex = ruritania();
    // Whatever the date, the named person is meant.
    assert_eq!(
        holder(
            &ex,
            "Ruritanian Foreign Minister Karl Weiss spoke.",
            "2017-01-01"
        ),
        [pair("Karl Weiss", "p:weiss")]
    );
}

#[test]
fn a_later_surname_links_to_the_holder() {
    let ex = ruritania();
    let ms = ex.extract_on(
        "The Ruritanian foreign minister arrived. Brandt said talks went well.",
        date("2017-01-01"),
    );
    assert_eq!(
        people(&ms)
            .into_iter()
            .map(|(t, id, how, _)| (t, id, how))
            .collect::<Vec<_>>(),
        [
            (
                "Ruritanian foreign minister".into(),
                "p:brandt".into(),
                Some(How::Role)
            ),
            ("Brandt".into(), "p:brandt".into(), Some(How::Partial)),
        ]
    );
}

#[test]
fn a_dateline_dates_the_document() {
    let ex = ruritania();
    let text = "STRELSAU, June 30, 2019 (Reuters) - The Ruritanian foreign minister said so.";
    assert!(ex
        .extract(text)
        .iter()
        .any(|m| m.id.as_deref() == Some("p:weiss")));
    // A date given wins over the dateline's.
    assert!(ex
        .extract_on(text, date("2017-01-01"))
        .iter()
        .any(|m| m.id.as_deref() == Some("p:brandt")));
}

#[test]
fn office_holders_answers_who() {
    let ex = ruritania();
    let h = ex
        .office_holders("RUR", "foreign minister", date("2019-06-30"))
        .unwrap();
    assert_eq!(h.len(), 1);
    assert_eq!(&*h[0].id, "p:weiss");
    assert_eq!(h[0].start, Some(date("2019-06-30")));
    assert_eq!(h[0].end, None);
    // By name of the owner, and several holders.
    let h = ex
        .office_holders("Ruritania", "Defence Minister", date("2021-06-01"))
        .unwrap();
    assert_eq!(h.len(), 2);
    assert!(ex
        .office_holders("RUR", "foreign minister", date("2000-01-01"))
        .unwrap()
        .is_empty());
    assert!(matches!(
        ex.office_holders("Atlantis", "foreign minister", date("2019-06-30")),
        Err(OfficeQueryError::UnknownOwner(_))
    ));
    assert!(matches!(
        ex.office_holders("RUR", "court jester", date("2019-06-30")),
        Err(OfficeQueryError::UnknownOffice { .. })
    ));
    // The UK's foreign secretary is no office of Ruritania.
    assert!(ex
        .office_holders("RUR", "foreign secretary", date("2019-06-30"))
        .is_err());
}

#[test]
fn a_holder_recorded_once_per_cabinet_is_one_holder() {
    // Two overlapping terms of one person (one per cabinet, as some
    // sources record them): one holder, over both terms, and the phrase
    // names that person.
    let ex = common::extractor_of(
        &format!(
            "{RURITANIA}\n{}",
            r#"{"id": "p:berg", "kind": "person", "name": "Jan Berg", "short": ["Berg"], "country": "RUR", "roles": [{"title": "Defence Minister", "country": "RUR", "start": "2030-01-01", "end": "2031-06-30", "source": "curated"}, {"title": "Defence Minister", "country": "RUR", "start": "2030-01-01", "end": "2032-12-31", "source": "curated"}]}"#
        ),
        "ruritania.jsonl",
    );
    let h = ex
        .office_holders("RUR", "defence minister", date("2031-01-01"))
        .unwrap();
    let who: Vec<_> = h.iter().map(|h| (&*h.id, h.start, h.end)).collect();
    assert_eq!(
        who,
        [("p:berg", Some(date("2030-01-01")), Some(date("2032-12-31")))]
    );
    assert_eq!(
        holder(
            &ex,
            "The Ruritanian defence minister said so.",
            "2031-01-01"
        ),
        [pair("Ruritanian defence minister", "p:berg")]
    );
}

#[test]
fn the_built_in_offices_and_owners() {
    let ex = Extractor::builtin();
    let who = |text: &str, on: &str| -> Vec<(String, String)> {
        ex.extract_on(text, date(on))
            .into_iter()
            .filter(|m| m.kind == geopol::EntityKind::Person)
            .map(|m| (m.text, m.id.as_deref().unwrap_or("-").to_string()))
            .collect()
    };
    let cases = [
        (
            "The Chinese foreign minister spoke.",
            "2023-03-01",
            "Chinese foreign minister",
            "person:qin-gang",
        ),
        (
            "The Chinese foreign minister spoke.",
            "2023-07-25",
            "Chinese foreign minister",
            "person:wang-yi",
        ),
        (
            "The U.S. secretary of state spoke.",
            "2023-03-01",
            "U.S. secretary of state",
            "person:antony-blinken",
        ),
        (
            "Britain's foreign secretary spoke.",
            "2023-03-01",
            "Britain's foreign secretary",
            "person:james-cleverly",
        ),
        (
            "NATO's secretary general spoke.",
            "2019-01-01",
            "NATO's secretary general",
            "person:jens-stoltenberg",
        ),
        (
            "The UN secretary-general spoke.",
            "2019-01-01",
            "UN secretary-general",
            "person:antonio-guterres",
        ),
        (
            "The Kremlin spokesman said so.",
            "2019-01-01",
            "Kremlin spokesman",
            "person:dmitry-peskov",
        ),
        (
            "The German chancellor spoke.",
            "2019-01-01",
            "German chancellor",
            "person:angela-merkel",
        ),
    ];
    for (text, on, span, id) in cases {
        assert_eq!(
            who(text, on),
            [(span.to_string(), id.to_string())],
            "{text:?} on {on}"
        );
    }
}

#[test]
fn a_monarch_is_named_by_the_title_the_data_gives() {
    let ex = ruritania();
    assert_eq!(
        holder(&ex, "The Ruritanian king spoke.", "2020-01-01"),
        [pair("Ruritanian king", "p:rudolf")]
    );
    // Before the reign, no monarch.
    assert_eq!(holder(&ex, "The Ruritanian queen spoke.", "2000-01-01"), []);
}

#[test]
fn an_approximate_term_names_its_holder_away_from_its_ends() {
    let ex = ruritania();
    let text = "Ruritania's prime minister said so.";
    assert_eq!(
        holder(&ex, text, "2011-06-01"),
        [pair("Ruritania's prime minister", "p:falk")]
    );
    // Within three months of either end, the dates cannot tell.
    assert_eq!(holder(&ex, text, "2010-02-01"), []);
    assert_eq!(holder(&ex, text, "2012-12-01"), []);
    let who = ex
        .office_holders("RUR", "head of government", date("2011-06-01"))
        .unwrap();
    // The term as the data gives it.
    assert_eq!(who[0].start, Some(date("2010-01-01")));
    assert_eq!(who[0].end, Some(date("2012-12-31")));
}

#[test]
fn owners_that_are_not_the_state() {
    let ex = ruritania();
    // A constituent country shares its state's code, not its offices.
    assert_eq!(
        holder(&ex, "Strelsau's foreign minister said.", "2017-01-01"),
        []
    );
    // After "of the", a nationality starts another name.
    assert_eq!(
        holder(
            &ex,
            "The foreign minister of the Ruritanian league said.",
            "2017-01-01"
        ),
        []
    );
}

#[test]
fn an_iso_date_opening_the_text_dates_it() {
    let ex = ruritania();
    let ms = ex.extract("2017-01-01 The Ruritanian foreign minister said so.");
    assert_eq!(people(&ms)[0].1, "p:brandt");
}

#[test]
fn a_ministry_owns_its_spokespeople() {
    let ex = Extractor::builder().evidence(true).build().unwrap();
    let ms = ex.extract_on(
        "The Chinese foreign ministry spokesman said so.",
        date("2021-06-01"),
    );
    let spokes: Vec<_> = ms.iter().filter(|m| m.how == Some(How::Role)).collect();
    assert_eq!(spokes.len(), 1);
    assert_eq!(spokes[0].text, "Chinese foreign ministry spokesman");
    assert_eq!(spokes[0].id, None);
    assert!(
        spokes[0].candidates.len() >= 2,
        "{:?}",
        spokes[0].candidates
    );
}

#[test]
fn offices_by_their_news_names() {
    let ex = Extractor::builder().evidence(true).build().unwrap();
    for (text, on, id) in [
        (
            "The IAEA chief said so.",
            "2022-06-01",
            "person:rafael-grossi",
        ),
        (
            "The EU Council president said so.",
            "2016-06-01",
            "person:donald-tusk",
        ),
        (
            "NATO's top commander said so.",
            "2019-06-01",
            "person:tod-wolters",
        ),
        (
            "The Pentagon chief said so.",
            "2022-06-01",
            "person:lloyd-austin",
        ),
        (
            "The Saudi crown prince said so.",
            "2019-06-01",
            "person:mohammed-bin-salman",
        ),
        (
            "The French finance minister said so.",
            "2017-06-01",
            "person:bruno-le-maire",
        ),
        (
            "The US treasury secretary said so.",
            "2021-06-01",
            "person:janet-yellen",
        ),
        (
            "The British chancellor said so.",
            "2020-06-01",
            "person:rishi-sunak",
        ),
        (
            "The German chancellor said so.",
            "2020-06-01",
            "person:angela-merkel",
        ),
        (
            "The Philippine foreign secretary said so.",
            "2017-06-01",
            "person:alan-peter-cayetano",
        ),
    ] {
        let ms = ex.extract_on(text, date(on));
        let role: Vec<_> = ms.iter().filter(|m| m.how == Some(How::Role)).collect();
        assert_eq!(role.len(), 1, "{text}");
        assert_eq!(role[0].id.as_deref(), Some(id), "{text} on {on}");
    }
}

#[test]
fn acting_names_only_a_holder_the_data_marks_as_acting() {
    let ex = ruritania();
    for text in [
        "Ruritania's acting defence minister said so.",
        "The acting Ruritanian defence minister said so.",
        "The Ruritanian defence minister said so.",
    ] {
        let got = holder(&ex, text, "2022-02-01");
        assert_eq!(got.len(), 1, "{text}");
        assert_eq!(got[0].1, "p:hahn", "{text}");
    }
    // Anna Brandt held her office in full: "acting" names nobody.
    assert_eq!(
        holder(
            &ex,
            "The acting Ruritanian foreign minister said.",
            "2017-01-01"
        ),
        []
    );
}
