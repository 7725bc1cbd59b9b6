//! Towns: locations of the category `town` are found only where the words
//! around them show a place, or where the document showed it before. Runs
//! on made-up names in a gazetteer of its own, so that the rules, not the
//! built-in data, are tested.

use std::sync::OnceLock;

use geopol::{EntityKind, Entry, Extractor, Gazetteer};

fn town(id: &str, name: &str) -> Entry {
    let mut e = Entry::new(id, EntityKind::Location, name).country("OST");
    e.category = Some("town".into());
    e
}

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| {
        let mut region =
            Entry::new("loc:brenland", EntityKind::Location, "Brenland").country("OST");
        region.category = Some("region".into());
        let entries = vec![
            town("loc:coreford", "Coreford"),
            town("loc:velmar", "Velmar"),
            town("loc:tarnow-wells", "Tarnow Wells"),
            region,
            Entry::new("Q999", EntityKind::State, "Ostria")
                .country("OST")
                .demonym("Ostrian"),
        ];
        Extractor::builder()
            .builtin(false)
            .gazetteer(Gazetteer::from_entries(entries).unwrap())
            .build()
            .unwrap()
    })
}

/// The texts of the town mentions of `text`.
fn towns(text: &str) -> Vec<String> {
    extractor()
        .extract(text)
        .into_iter()
        .filter(|m| m.kind == EntityKind::Location && m.id.is_some())
        .filter(|m| m.category.as_deref() == Some("town"))
        .map(|m| m.text)
        .collect()
}

#[test]
fn words_that_show_a_place() {
    for (text, want) in [
        (
            "The talks were held in Coreford on Monday.",
            vec!["Coreford"],
        ),
        ("He drove from Tarnow Wells at dawn.", vec!["Tarnow Wells"]),
        ("Troops massed near Velmar.", vec!["Velmar"]),
        (
            "Shops closed in Coreford, Brenland, on Friday.",
            vec!["Coreford"],
        ),
        ("Coreford, Ostria, was quiet.", vec!["Coreford"]),
        ("A Coreford-based company said so.", vec!["Coreford"]),
        ("Rain fell on the town of Velmar.", vec!["Velmar"]),
        ("She won the riding of Velmar.", vec!["Velmar"]),
        ("Rain fell on the Ostrian city of Velmar.", vec!["Velmar"]),
        ("Fighting went on north of Velmar.", vec!["Velmar"]),
    ] {
        assert_eq!(towns(text), want, "{text:?}");
    }
}

#[test]
fn no_place_without_such_words() {
    for text in [
        "Coreford said profits rose.",
        "Analysts like Velmar.",
        // A possessive, or a holding, makes "in" name a company.
        "Shares rose in Coreford's results.",
        "They bought a stake in Coreford last year.",
        // The start of a longer name.
        "She works in Coreford Hotels now.",
        // A capitalised noun makes "the District of" a name.
        "Judges of the District of Velmar ruled.",
    ] {
        assert!(towns(text).is_empty(), "{text:?}: {:?}", towns(text));
    }
}

#[test]
fn lists_of_places() {
    assert_eq!(
        towns("Brenland, Coreford and Velmar voted."),
        ["Coreford", "Velmar"]
    );
    assert_eq!(towns("Velmar, Brenland and Ostria"), ["Velmar"]);
    // Three towns in a row.
    assert_eq!(
        towns("Ports such as Coreford, Velmar and Tarnow Wells reopened."),
        ["Coreford", "Velmar", "Tarnow Wells"]
    );
    // Two are not enough.
    assert!(towns("Coreford and Velmar said no.").is_empty());
    // ", and" before a name may join two clauses.
    assert!(towns("Talks in Brenland, Ostria, and Coreford said no.").is_empty());
}

#[test]
fn a_town_shown_once_is_a_town_later() {
    assert_eq!(
        towns("Talks opened in Coreford. Coreford officials were pleased."),
        ["Coreford", "Coreford"]
    );
    assert!(towns("Coreford officials were pleased.").is_empty());
}

#[test]
fn a_surname_is_no_town() {
    // The name ended a person's name earlier in the text.
    assert!(towns("Dana Coreford won. A strong display from Coreford followed.").is_empty());
    // A word that starts sentences before it is no first name.
    assert_eq!(
        towns("The Coreford council met. Talks were held in Coreford."),
        ["Coreford"]
    );
}
