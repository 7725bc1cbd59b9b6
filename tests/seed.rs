//! The reference article (../shared/seed/article.txt): every person, state,
//! nationality, organization, treaty and location comes out with the right
//! kind, offsets and id, and short second mentions carry the full name's id.
//! Skips with a printed reason when the article is absent.

use geopol::Extractor;

const ARTICLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seed/article.txt");

const CHN: (&str, &str) = ("state", "Q148");
const RUS: (&str, &str) = ("state", "Q159");
const UKR: (&str, &str) = ("state", "Q212");
const USA: (&str, &str) = ("state", "Q30");
const CHINESE: (&str, &str) = ("nationality", "Q148");
const RUSSIAN: (&str, &str) = ("nationality", "Q159");
const WANG_YI: (&str, &str) = ("person", "person:wang-yi");
const WANG_WENBIN: (&str, &str) = ("person", "person:wang-wenbin");
const PUTIN: (&str, &str) = ("person", "person:vladimir-putin");
const CCP: (&str, &str) = ("organization", "org:chinese-communist-party");
const NATO: (&str, &str) = ("organization", "org:north-atlantic-treaty-organization");

/// Every expected mention in order: surface text, (kind, id).
const EXPECTED: &[(&str, (&str, &str))] = &[
    // Headline, twice.
    ("China", CHN),
    ("Russia", RUS),
    ("Ukraine", UKR),
    ("China", CHN),
    ("Russia", RUS),
    ("Ukraine", UKR),
    // Caption.
    ("Chinese", CHINESE),
    ("Wang Yi", WANG_YI),
    ("Beijing", ("location", "loc:beijing")),
    // Photo credit and byline: people no gazetteer knows, found by shape,
    // and the photo agency.
    ("Andrea Verdelli", ("person", "-")),
    ("Getty Images", ("organization", "org:getty-images")),
    ("Andrew Thornebrooke", ("person", "-")),
    // Body.
    ("China", CHN),
    ("Russia", RUS),
    ("Ukraine", UKR),
    ("Chinese", CHINESE),
    ("Russia", RUS),
    ("Chinese Communist Party", CCP),
    ("CCP", CCP),
    ("Wang Yi", WANG_YI),
    ("Foreign Affairs Commission", ("organization", "-")),
    ("Moscow", ("location", "loc:moscow")),
    ("Wang", WANG_YI),
    ("Russian", RUSSIAN),
    ("Vladimir Putin", PUTIN),
    ("United States", USA),
    ("CCP", CCP),
    ("Russia", RUS),
    ("U.S.", USA),
    ("Antony Blinken", ("person", "person:antony-blinken")),
    ("Wang", WANG_YI),
    ("Munich", ("location", "loc:munich")),
    ("Wang", WANG_YI),
    ("CCP", CCP),
    ("Russia", RUS),
    ("Ukraine", UKR),
    ("Chinese", CHINESE),
    ("Russia", RUS),
    ("Ukraine", UKR),
    ("Russia", RUS),
    ("China", CHN),
    ("Ukraine", UKR),
    ("U.S.", USA),
    ("NATO", NATO),
    ("CCP", CCP),
    ("Wang Wenbin", WANG_WENBIN),
    ("CCP", CCP),
    ("Russia", RUS),
    ("Russia", RUS),
    ("Wang Wenbin", WANG_WENBIN),
    ("Wang Yi", WANG_YI),
    ("Russian", RUSSIAN),
    ("CCP", CCP),
    ("Russia", RUS),
    ("China", CHN),
    ("Russia", RUS),
    ("Putin", PUTIN),
    ("Russia", RUS),
    ("New START", ("treaty", "treaty:new-start")),
    ("United States", USA),
    ("Russia", RUS),
    ("Russia", RUS),
    ("Baltic Sea", ("location", "loc:baltic-sea")),
    ("United States", USA),
    ("NATO", NATO),
    ("United States", USA),
    ("U.S.", USA),
    ("United States", USA),
    ("CCP", CCP),
    ("Kremlin", ("organization", "org:kremlin")),
    ("Reuters", ("organization", "org:reuters")),
    ("Andrew Thornebrooke", ("person", "-")),
    // The newspaper, by the shape of its name.
    ("Epoch Times", ("organization", "-")),
    ("China", CHN),
    // "Norwich University": a place inside an organization's name.
    ("Norwich University", ("organization", "-")),
];

#[test]
#[ignore = "needs ../shared/seed beside the checkout"]
fn seed_article() {
    let text = std::fs::read_to_string(ARTICLE).unwrap_or_else(|e| panic!("{ARTICLE}: {e}"));
    let mentions = Extractor::builtin().extract(&text);
    let got: Vec<String> = mentions
        .iter()
        .map(|m| format!("{} {} {}", m.text, m.kind, m.id.as_deref().unwrap_or("-")))
        .collect();
    let want: Vec<String> = EXPECTED
        .iter()
        .map(|(t, (k, id))| format!("{t} {k} {id}"))
        .collect();
    assert_eq!(got, want);

    // Offsets: each mention is the next occurrence of its text as a whole
    // word, and char offsets count characters.
    let mut from = 0;
    for m in &mentions {
        let at = text[from..]
            .char_indices()
            .map(|(i, _)| from + i)
            .find(|&i| {
                text[i..].starts_with(m.text.as_str())
                    && !text[..i]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric)
                    && !text[i + m.text.len()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric)
            })
            .unwrap_or_else(|| panic!("{:?} not found after byte {from}", m.text));
        assert_eq!((m.start, m.end), (at, at + m.text.len()), "{m:?}");
        assert_eq!(m.char_start, text[..at].chars().count());
        assert_eq!(m.char_end - m.char_start, m.text.chars().count());
        from = m.end;
    }

    // Mentions carry the associated state.
    let kremlin = mentions.iter().find(|m| m.text == "Kremlin").unwrap();
    assert_eq!(kremlin.country.as_deref(), Some("RUS"));
    let wang = mentions.iter().find(|m| m.text == "Wang").unwrap();
    assert_eq!(&*wang.name, "Wang Yi");
    assert_eq!(wang.country.as_deref(), Some("CHN"));
}
