//! Wikidata identity: the `wikidata` field of entries and mentions, and the
//! lookups by id and by QID.

use geopol::{EntityKind, Entry, Extractor, Gazetteer};

fn user_extractor() -> Extractor {
    let gaz = Gazetteer::from_reader(
        concat!(
            r#"{"id": "Q9", "kind": "state", "name": "Qarzan", "wikidata": "Q9", "demonyms": ["Qarzani"], "country": "QRZ", "category": "sovereign"}"#,
            "\n",
            r#"{"id": "org:qarzan-bank", "kind": "organization", "name": "Central Bank of Qarzan", "wikidata": "Q77", "country": "QRZ", "category": "central-bank"}"#,
            "\n",
            r#"{"id": "person:ana-vel", "kind": "person", "name": "Ana Vel", "short": ["Vel"], "country": "QRZ", "roles": [{"title": "Governor", "country": "QRZ", "start": "2019"}]}"#,
        )
        .as_bytes(),
        "qarzan.jsonl",
    )
    .unwrap();
    Extractor::builder()
        .builtin(false)
        .gazetteer(gaz)
        .build()
        .unwrap()
}

#[test]
fn mentions_carry_the_qid_and_category_of_their_entry() {
    let ex = user_extractor();
    let text =
        "Qarzani officials at the Central Bank of Qarzan met Ana Vel; Vel said Qarzan would wait.";
    let ms = ex.extract(text);
    let by_text = |t: &str| ms.iter().find(|m| m.text == t).unwrap();
    let nat = by_text("Qarzani");
    assert_eq!(nat.kind, EntityKind::Nationality);
    assert_eq!(
        nat.wikidata.as_deref(),
        Some("Q9"),
        "a nationality carries its state's QID"
    );
    let bank = by_text("Central Bank of Qarzan");
    assert_eq!(bank.wikidata.as_deref(), Some("Q77"));
    assert_eq!(bank.category.as_deref(), Some("central-bank"));
    // No QID: the field is absent, in Rust and in JSON.
    let vel = by_text("Vel");
    assert_eq!(vel.wikidata, None);
    let json = serde_json::to_string(vel).unwrap();
    assert!(!json.contains("wikidata"), "{json}");
    let json = serde_json::to_string(bank).unwrap();
    assert!(json.contains(r#""wikidata":"Q77""#), "{json}");
    // The entry behind a mention, roles included.
    let entry = ex.entry(vel).unwrap();
    assert_eq!(entry.roles[0].title, "Governor");
}

#[test]
fn lookups_by_id_and_by_qid() {
    let ex = user_extractor();
    assert_eq!(
        ex.entity("org:qarzan-bank").unwrap().name,
        "Central Bank of Qarzan"
    );
    assert_eq!(ex.entity_by_wikidata("Q77").unwrap().id, "org:qarzan-bank");
    assert_eq!(ex.entity_by_wikidata("Q9").unwrap().kind, EntityKind::State);
    assert!(ex.entity("org:none").is_none());
    assert!(ex.entity_by_wikidata("Q1").is_none());
    assert!(ex.entity_by_wikidata("").is_none());
}

#[test]
fn a_later_gazetteer_replaces_the_entry_and_its_qid() {
    let mut gaz =
        Gazetteer::from_entries([
            Entry::new("org:a", EntityKind::Organization, "Alpha Front").wikidata("Q5")
        ])
        .unwrap();
    assert_eq!(gaz.get_by_wikidata("Q5").unwrap().id, "org:a");
    gaz.extend(
        Gazetteer::from_entries([
            Entry::new("org:a", EntityKind::Organization, "Alpha Front").wikidata("Q6")
        ])
        .unwrap(),
    );
    assert!(
        gaz.get_by_wikidata("Q5").is_none(),
        "the index follows extend"
    );
    assert_eq!(gaz.get("org:a").unwrap().wikidata.as_deref(), Some("Q6"));
    gaz.retain(|e| e.id != "org:a");
    assert!(gaz.get("org:a").is_none(), "the index follows retain");
}

#[test]
fn a_bad_qid_is_an_error_naming_file_and_line() {
    let data = "{\"id\": \"a\", \"kind\": \"person\", \"name\": \"A\"}\n{\"id\": \"b\", \"kind\": \"person\", \"name\": \"B\", \"wikidata\": \"42\"}\n";
    let err = Gazetteer::from_reader(data.as_bytes(), "people.jsonl").unwrap_err();
    let msg = err.to_string();
    assert!(msg.starts_with("people.jsonl:2:"), "{msg}");
    assert!(msg.contains("not a Wikidata item id"), "{msg}");
    let err = Gazetteer::from_entries([Entry::new("x", EntityKind::Person, "X").wikidata("Q")]);
    assert!(err.is_err());
}

#[test]
fn the_qid_survives_writing_and_reading() {
    let gaz =
        Gazetteer::from_entries([
            Entry::new("org:a", EntityKind::Organization, "Alpha Front").wikidata("Q5")
        ])
        .unwrap();
    let mut out = Vec::new();
    gaz.write_jsonl(&mut out).unwrap();
    let line = String::from_utf8(out).unwrap();
    assert!(line.contains(r#""wikidata":"Q5""#), "{line}");
    let back = Gazetteer::from_reader(line.as_bytes(), "x").unwrap();
    assert_eq!(back.entries(), gaz.entries());
}

#[cfg(feature = "builtin")]
#[test]
fn every_builtin_state_has_a_qid_and_nationalities_carry_it() {
    let gaz = Gazetteer::builtin();
    let states: Vec<&Entry> = gaz
        .entries()
        .iter()
        .filter(|e| e.kind == EntityKind::State)
        .collect();
    assert!(states.len() > 200);
    // West Germany's item is not labelled in any source the data is made
    // from (gazetteers/README.md, "Wikidata identity"), so it has none.
    const NO_SOURCE: &[&str] = &["state:west-germany"];
    for s in &states {
        assert_eq!(
            s.wikidata.is_some(),
            !NO_SOURCE.contains(&s.id.as_str()),
            "{} and its QID",
            s.id
        );
    }
    let denmark = gaz.get_by_wikidata("Q35").unwrap();
    assert_eq!(
        (denmark.name.as_str(), denmark.id.as_str()),
        ("Denmark", "Q756617")
    );
    let ex = Extractor::builtin();
    let text = "Danish and Dutch ministers met in Denmark.";
    for m in ex.extract(text) {
        let entry = ex.entry(&m).unwrap();
        assert_eq!(
            m.wikidata.as_deref(),
            entry.wikidata.as_deref(),
            "{}",
            m.text
        );
    }
}

#[test]
fn a_place_inside_a_longer_unknown_name_or_a_team_keeps_its_mention_but_not_its_qid() {
    let gaz = Gazetteer::from_reader(
        concat!(
            r#"{"id": "Q9", "kind": "state", "name": "Qarzan", "wikidata": "Q9", "country": "QRZ"}"#,
            "\n",
            r#"{"id": "Q8", "kind": "state", "name": "Velmar", "wikidata": "Q8", "country": "VLM"}"#,
            "\n",
            r#"{"id": "loc:ostra", "kind": "location", "name": "Ostra", "wikidata": "Q7", "country": "QRZ"}"#,
        )
        .as_bytes(),
        "g.jsonl",
    )
    .unwrap();
    let ex = Extractor::builder()
        .builtin(false)
        .gazetteer(gaz)
        .build()
        .unwrap();
    let qid_of = |text: &str, name: &str| {
        let ms = ex.extract(text);
        let m = ms
            .iter()
            .find(|m| m.text == name)
            .unwrap_or_else(|| panic!("{name} in {text}: {ms:?}"));
        m.wikidata.as_deref().map(String::from)
    };
    let q = |s: &str| Some(s.to_string());
    // Linked: the place alone, in a list, after a comma or a preposition.
    assert_eq!(qid_of("Talks opened in Ostra on Monday.", "Ostra"), q("Q7"));
    assert_eq!(
        qid_of("In Ostra, Qarzan, police waited.", "Qarzan"),
        q("Q9")
    );
    assert_eq!(
        qid_of("The talks in Qarzan and Velmar ended.", "Velmar"),
        q("Q8")
    );
    // Withheld: a capitalised word the gazetteer does not know beside it.
    assert_eq!(qid_of("He joined Ostra Rovers last year.", "Ostra"), None);
    assert_eq!(
        qid_of("He works for Arriva Buses Qarzan now.", "Qarzan"),
        None
    );
    assert_eq!(qid_of("He met the Duchess of Ostra there.", "Ostra"), None);
    // A title of nobility, even where a name was read into it.
    assert_eq!(
        qid_of(
            "Kate Duchess of Ostra waved. The Duchess of Ostra left.",
            "Ostra"
        ),
        None
    );
    // A title in quotes.
    assert_eq!(
        qid_of("She made the \"Ostra's Top Dentists\" list.", "Ostra"),
        None
    );
    assert_eq!(qid_of("He praised Ostra's police.", "Ostra"), q("Q7"));
    // Withheld: teams.
    assert_eq!(
        qid_of("It aired during the Ostra versus Velmar game.", "Ostra"),
        None
    );
    assert_eq!(
        qid_of(
            "At the World Cup, Qarzan beat Velmar. The Cup final is next.",
            "Velmar"
        ),
        None
    );
    // The id stays: only the QID is withheld.
    let ms = ex.extract("He joined Ostra Rovers last year.");
    assert_eq!(ms[0].id.as_deref(), Some("loc:ostra"));
}
