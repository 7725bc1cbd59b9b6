//! Names no gazetteer knows, on the built-in data: each family of evidence
//! ("given", "cue", "shape") finds its names, types them, gives them no id,
//! and stays out of the way of what the gazetteer knows; `guesses(false)`
//! turns them all off.

use geopol::{Extractor, How};

fn guesses(text: &str) -> Vec<(String, String, How)> {
    let ex = Extractor::builder().evidence(true).build().unwrap();
    ex.extract(text)
        .into_iter()
        .filter(|m| m.id.is_none())
        .map(|m| (m.text, m.kind.to_string(), m.how.unwrap()))
        .collect()
}

fn g(text: &str, kind: &str, how: How) -> (String, String, How) {
    (text.to_string(), kind.to_string(), how)
}

#[test]
fn a_given_name_starts_a_person() {
    assert_eq!(
        guesses("In Rome, Achille Occhetto spoke for an hour."),
        [g("Achille Occhetto", "person", How::Given)]
    );
    // Closing a longer run, after a body the gazetteer knows.
    assert_eq!(
        guesses("He beat the Liberal Party of Canada Helena Brodsky by ten votes."),
        [g("Helena Brodsky", "person", How::Given)]
    );
    // A one-word place in the surname's place gives way.
    assert_eq!(
        guesses("In 1884 Grover Cleveland won."),
        [g("Grover Cleveland", "person", How::Given)]
    );
    // Titles of works and slogans are no names.
    assert!(guesses("They sang Are You Lonesome Tonight and left.").is_empty());
    assert!(guesses("Critics liked Oscar The Aviator best.").is_empty());
}

#[test]
fn words_around_a_name_show_a_person() {
    assert_eq!(
        guesses("They lost to candidate Sarkis Assadourian in 2004."),
        [g("Sarkis Assadourian", "person", How::Cue)]
    );
    assert_eq!(
        guesses("He met Rinat Akhmetshin, a lobbyist and former officer, in June."),
        [g("Rinat Akhmetshin", "person", How::Cue)]
    );
    // Listed with a person.
    let found = guesses("The film stars Kirti Kulhari, Achille Occhetto and Supriya Vinod.");
    assert_eq!(
        found,
        [
            g("Kirti Kulhari", "person", How::Cue),
            g("Achille Occhetto", "person", How::Given),
            g("Supriya Vinod", "person", How::Cue),
        ]
    );
    // Speech alone is no evidence: bodies speak too.
    assert!(guesses("Late on Monday, Qorvak Zindel said it would lift its dividend.").is_empty());
    // A sentence may open with any capitalised word.
    assert!(guesses("Later Zindel stars spoke.").is_empty());
}

#[test]
fn a_surname_links_to_the_guessed_person() {
    let ex = Extractor::builder().evidence(true).build().unwrap();
    let ms = ex.extract("They beat candidate Sarkis Assadourian. Assadourian thanked them.");
    let people: Vec<_> = ms
        .iter()
        .filter(|m| m.kind == geopol::EntityKind::Person)
        .map(|m| (m.text.as_str(), m.how))
        .collect();
    assert_eq!(
        people,
        [
            ("Sarkis Assadourian", Some(How::Cue)),
            ("Assadourian", Some(How::Partial))
        ]
    );
}

#[test]
fn head_nouns_type_bodies_and_places() {
    assert_eq!(
        guesses("He joined the Qorvak Enterprise Institute in Washington."),
        [g("Qorvak Enterprise Institute", "organization", How::Shape)]
    );
    assert_eq!(
        guesses("He sold his Zindel Holdings shares."),
        [g("Zindel Holdings", "organization", How::Shape)]
    );
    assert_eq!(
        guesses("They work for the Campaign for Qorvak Kids."),
        [g("Campaign for Qorvak Kids", "organization", How::Shape)]
    );
    // "MP for" names a seat, not a body.
    assert!(guesses("He is the MP for Qorvak North.").is_empty());
    assert_eq!(
        guesses("They camped by the Qorvak Falls."),
        [g("Qorvak Falls", "location", How::Shape)]
    );
}

#[test]
fn a_place_is_known_by_its_region() {
    assert_eq!(
        guesses("He died at his home in Qorvak, California, on Monday."),
        [g("Qorvak", "location", How::Cue)]
    );
    assert_eq!(
        guesses("It was based at Debden, England; then at Zindel, England."),
        [
            g("Debden", "location", How::Cue),
            g("Zindel", "location", How::Cue)
        ]
    );
    assert_eq!(
        guesses("They reached the town of Qorvak Zindel at dawn."),
        [g("Qorvak Zindel", "location", How::Cue)]
    );
    assert_eq!(
        guesses("Two strikes hit targets near Qorvak and north of Zindel Wells."),
        [
            g("Qorvak", "location", How::Cue),
            g("Zindel Wells", "location", How::Cue)
        ]
    );
    // "in" alone is no evidence: films, firms and programs are "in" too.
    assert!(guesses("She starred in Qorvak Zindel last year.").is_empty());
    // At the start of a sentence a word before a comma is any word.
    assert!(guesses("Yesterday, England won.").is_empty());
}

#[test]
fn guesses_can_be_turned_off() {
    let ex = Extractor::builder().guesses(false).build().unwrap();
    let text = "Achille Occhetto met candidate Sarkis Assadourian at the Qorvak \
                Enterprise Institute in Qorvak, California.";
    let ms = ex.extract(text);
    assert!(ms.iter().all(|m| m.id.is_some()), "{ms:?}");
}
