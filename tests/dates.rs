//! Dated documents: a surname several known people share names the one in
//! office on the document's date, on small hand-made gazetteers; and the
//! role fields that say how far a role's dates can be trusted.

mod common;

use geopol::{Extractor, Gazetteer};

const PEOPLE: &str = r#"
{"id": "p:jan", "kind": "person", "name": "Jan Novak", "short": ["Novak"], "country": "CZE", "roles": [{"title": "Prime Minister", "country": "CZE", "start": "2000-01-01", "end": "2005-12-31", "source": "curated"}]}
{"id": "p:petr", "kind": "person", "name": "Petr Novak", "short": ["Novak"], "country": "CZE", "roles": [{"title": "Prime Minister", "country": "CZE", "start": "2010", "end": "2015", "source": "curated"}, {"title": "Government official", "country": "CZE", "start": "2003", "office": false, "source": "phoenix"}]}
{"id": "p:ana", "kind": "person", "name": "Ana Kral", "aliases": ["Kral"], "short": ["Kral"], "country": "SVK", "roles": [{"title": "President", "country": "SVK", "start": "2019-06-15", "source": "curated"}]}
{"id": "p:otto", "kind": "person", "name": "Otto Kral", "short": ["Kral"], "country": "SVK", "roles": [{"title": "President", "country": "SVK", "start": "1993", "last_seen": "2013-12-31", "source": "phoenix"}]}
"#;

fn extractor() -> Extractor {
    common::extractor_of(PEOPLE, "people.jsonl")
}

use common::date;

/// (text, id, candidates) of each mention.
fn found(ms: &[geopol::Mention]) -> Vec<(String, Option<String>, Vec<String>)> {
    ms.iter()
        .map(|m| {
            (
                m.text.clone(),
                m.id.as_deref().map(str::to_string),
                m.candidates.iter().map(|c| c.to_string()).collect(),
            )
        })
        .collect()
}

#[test]
fn a_shared_surname_names_the_person_in_office_on_the_date() {
    let ex = extractor();
    let one = |text: &str, on: &str| found(&ex.extract_on(text, date(on)));
    assert_eq!(
        one("Novak said so.", "2003-05-01"),
        [("Novak".into(), Some("p:jan".into()), vec!["p:petr".into()])]
    );
    assert_eq!(
        one("Novak said so.", "2012-05-01"),
        [("Novak".into(), Some("p:petr".into()), vec!["p:jan".into()])]
    );
    // Nobody in office (Petr's office-less role does not count), or no
    // date: today's reading, which for a bare surname is nothing.
    assert!(one("Novak said so.", "2008-05-01").is_empty());
    assert!(ex.extract("Novak said so.").is_empty());
    // A person the document named in full wins over the date.
    let named = one("Jan Novak came. Novak said so.", "2012-05-01");
    assert_eq!(named[1].1.as_deref(), Some("p:jan"));
}

#[test]
fn an_alias_gives_way_to_the_person_in_office_and_last_seen_ends_a_role() {
    let ex = extractor();
    let one = |on: &str| found(&ex.extract_on("Kral spoke.", date(on)));
    // Without a date, or when the date decides nothing, the alias.
    assert_eq!(
        found(&ex.extract("Kral spoke."))[0].1.as_deref(),
        Some("p:ana")
    );
    assert_eq!(
        one("2005-01-01"),
        [("Kral".into(), Some("p:otto".into()), vec!["p:ana".into()])]
    );
    // Otto's role has no end but was last seen in 2013: in 2016 he is no
    // longer taken to hold it, and nobody is in office.
    assert_eq!(one("2016-01-01")[0].1.as_deref(), Some("p:ana"));
    assert!(one("2016-01-01")[0].2.is_empty());
    assert_eq!(one("2021-01-01")[0].1.as_deref(), Some("p:ana"));
    let how = ex.extract_on("Kral spoke.", date("2005-01-01"))[0].how;
    assert_eq!(how, Some(geopol::How::Date));
}

#[test]
fn role_fields_round_trip_and_bad_dates_are_errors() {
    let g = Gazetteer::from_reader(PEOPLE.as_bytes(), "people.jsonl").unwrap();
    let mut out = Vec::new();
    g.write_jsonl(&mut out).unwrap();
    let again = Gazetteer::from_reader(&out[..], "again.jsonl").unwrap();
    assert_eq!(g.entries(), again.entries());
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.contains(r#""last_seen":"2013-12-31","source":"phoenix""#),
        "{text}"
    );
    assert!(text.contains(r#""office":false"#), "{text}");
    let bad = r#"{"id": "p", "kind": "person", "name": "A B", "roles": [{"title": "T", "end": "2014-02-30"}]}"#;
    let err = Gazetteer::from_reader(bad.as_bytes(), "bad.jsonl").unwrap_err();
    assert_eq!(err.line(), Some(1));
    assert!(err.to_string().contains("roles[0].end"), "{err}");
}

#[test]
fn built_in_surnames_by_date() {
    let ex = Extractor::builtin();
    let id = |text: &str, on: &str| {
        ex.extract_on(text, date(on))
            .into_iter()
            .next()
            .and_then(|m| m.id.map(|i| i.to_string()))
    };
    let text = "Trudeau met the premiers.";
    assert_eq!(
        id(text, "1975-06-01").as_deref(),
        Some("person:pierre-trudeau")
    );
    assert_eq!(
        id(text, "2018-06-01").as_deref(),
        Some("person:justin-trudeau")
    );
    assert_eq!(
        ex.extract(text)[0].id.as_deref(),
        Some("person:justin-trudeau")
    );
}
