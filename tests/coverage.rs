//! Coverage of the built-in gazetteer: entry counts per kind, and the names
//! a news reader meets daily resolve to the right kind and entity.

use std::collections::HashMap;

use geopol::{EntityKind, Extractor, Gazetteer};

#[test]
fn entry_counts_meet_minimums() {
    let gaz = Gazetteer::builtin();
    let mut counts: HashMap<EntityKind, usize> = HashMap::new();
    let mut demonyms = 0;
    for e in gaz.entries() {
        *counts.entry(e.kind).or_default() += 1;
        demonyms += e.demonyms.len();
    }
    let at_least = [
        (EntityKind::State, 250),
        (EntityKind::Person, 3000),
        (EntityKind::Organization, 1000),
        (EntityKind::Treaty, 200),
        (EntityKind::Location, 800),
    ];
    for (kind, min) in at_least {
        let n = counts.get(&kind).copied().unwrap_or(0);
        assert!(n >= min, "{kind}: {n} entries, want at least {min}");
    }
    assert!(demonyms >= 400, "{demonyms} demonyms");
}

#[test]
#[ignore = "needs ../shared/sources beside the checkout"]
fn every_iso_country_is_a_state() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/sources/iso-codes/iso_3166-1.json"
    );
    let data = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let iso: serde_json::Value = serde_json::from_str(&data).unwrap();
    let gaz = Gazetteer::builtin();
    let have: Vec<&str> = gaz
        .entries()
        .iter()
        .filter(|e| e.kind == EntityKind::State)
        .filter_map(|e| e.country.as_deref())
        .collect();
    let codes: Vec<&str> = iso["3166-1"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["alpha_3"].as_str().unwrap())
        .collect();
    assert_eq!(codes.len(), 249);
    let missing: Vec<&&str> = codes.iter().filter(|c| !have.contains(c)).collect();
    assert!(
        missing.is_empty(),
        "ISO 3166-1 codes without a state: {missing:?}"
    );
}

/// Surface form, expected kind, expected id.
const NAMES: &[(&str, &str, &str)] = &[
    ("U.S.", "state", "Q30"),
    ("USA", "state", "Q30"),
    ("America", "state", "Q30"),
    ("U.K.", "state", "Q145"),
    ("Britain", "state", "Q145"),
    ("UAE", "state", "Q878"),
    ("Emirates", "state", "Q878"),
    ("DPRK", "state", "Q423"),
    ("North Korea", "state", "Q423"),
    ("ROK", "state", "Q884"),
    ("PRC", "state", "Q148"),
    ("DRC", "state", "Q974"),
    ("USSR", "state", "Q15180"),
    ("Holland", "state", "Q29999"),
    ("Ivory Coast", "state", "Q1008"),
    ("Côte d'Ivoire", "state", "Q1008"),
    ("Czechia", "state", "Q213"),
    ("Türkiye", "state", "Q43"),
    ("East Timor", "state", "Q574"),
    ("Cape Verde", "state", "Q1011"),
    ("Holy See", "state", "Q237"),
    ("Kosovo", "state", "Q1246"),
    ("Somaliland", "state", "Q34754"),
    ("Transnistria", "state", "Q907112"),
    ("Yugoslavia", "state", "Q83286"),
    ("Czechoslovakia", "state", "Q33946"),
    ("East Germany", "state", "Q16957"),
    ("West Germany", "state", "state:west-germany"),
    ("Zaire", "state", "Q6500954"),
    ("Burma", "state", "Q836"),
    ("Ceylon", "state", "Q854"),
    ("Swaziland", "state", "Q1050"),
    ("Scotland", "state", "Q22"),
    ("Russians", "nationality", "Q159"),
    ("Britons", "nationality", "Q145"),
    ("Emirati", "nationality", "Q878"),
    ("Filipinos", "nationality", "Q928"),
    ("North Korean", "nationality", "Q423"),
    ("Saudi", "nationality", "Q851"),
    ("Zelenskyy", "person", "person:volodymyr-zelensky"),
    ("Zelenskiy", "person", "person:volodymyr-zelensky"),
    ("Sergei Lavrov", "person", "person:sergey-lavrov"),
    ("Kim Jong-un", "person", "person:kim-jong-un"),
    ("Bashar Assad", "person", "person:bashar-al-assad"),
    ("Zhongnanhai", "organization", "org:zhongnanhai"),
    ("Foggy Bottom", "organization", "org:foggy-bottom"),
    ("Élysée", "organization", "org:elysee-palace"),
    ("Xinhua", "organization", "org:xinhua"),
    ("KCNA", "organization", "org:korean-central-news-agency"),
    ("Interfax", "organization", "org:interfax"),
    ("New START", "treaty", "treaty:new-start"),
    (
        "Budapest Memorandum",
        "treaty",
        "treaty:budapest-memorandum",
    ),
    (
        "Iran nuclear deal",
        "treaty",
        "treaty:joint-comprehensive-plan-of-action",
    ),
    (
        "Black Sea Grain Initiative",
        "treaty",
        "treaty:black-sea-grain-initiative",
    ),
    ("Rome Statute", "treaty", "treaty:rome-statute"),
    ("Kiev", "location", "loc:kyiv"),
    ("Strait of Hormuz", "location", "loc:strait-of-hormuz"),
];

#[test]
fn news_names_resolve() {
    let ex = Extractor::builtin();
    let mut wrong = Vec::new();
    for &(name, kind, id) in NAMES {
        let text = format!("Reports from {name} on Tuesday.");
        let got: Vec<String> = ex
            .extract(&text)
            .iter()
            .filter(|m| m.text == name)
            .map(|m| format!("{} {}", m.kind, m.id.as_deref().unwrap_or("-")))
            .collect();
        if got != [format!("{kind} {id}")] {
            wrong.push(format!("{name}: got {got:?}, want {kind} {id}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
