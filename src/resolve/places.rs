//! Places no gazetteer knows, read from the words around them: capitalised
//! words followed by a comma and a state or region the gazetteer knows
//! ("Debden, England", "Hollywood, California") after a preposition or at
//! the start of an item, and capitalised words after "the town of", "the
//! city of", "the province of"..., "north of" or "near". They become
//! locations with no id.
//!
//! The same cues are part of the evidence a town of the gazetteer needs
//! (see [`super::towns`]).

use super::lexicon::{lists, NOT_IN_NAME, NOT_NAME};
use super::people::ascii_word_before;
use super::state::{Resolution, Resolved};
use crate::fold::starts_with_capital;
use crate::kind::EntityKind;
use crate::mention::How;
use crate::scan::Matcher;

/// The most words an unknown place's name has here.
const MAX_WORDS: usize = 3;

/// Words after which a place's name may stand ("in Debden, England").
const BEFORE_PLACE: &[&str] = &[
    "and", "at", "between", "from", "in", "into", "near", "of", "or", "outside", "to", "via",
];

/// The nouns of "the town of X": X is a place.
const PLACE_NOUNS: &[&str] = &[
    "city",
    "district",
    "town",
    "village",
    "province",
    "region",
    "county",
    "municipality",
    "suburb",
    "hamlet",
    "port",
    "island",
    "state",
    "borough",
    "constituency",
    "riding",
    "parish",
    "township",
    "commune",
    "canton",
    "prefecture",
    "governorate",
    "neighbourhood",
    "neighborhood",
];

/// Words after which a place's name stands ("north of Baghdad", "on the
/// outskirts of Raqqa").
const DIRECTIONS: &[&str] = &[
    "east",
    "north",
    "northeast",
    "northwest",
    "outskirts",
    "south",
    "southeast",
    "southwest",
    "west",
];

/// Words right before a place's name ("near Rawah").
const NEAR: &[&str] = &["near", "outside"];

/// Adds the places the context shows, where no mention is.
pub(crate) fn recognise(
    text: &str,
    capitals: &[(usize, usize)],
    matcher: &Matcher,
    res: &mut Resolution,
) {
    if capitals.is_empty() {
        return;
    }
    res.sort();
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (i, r) in res.mentions.iter().enumerate() {
        // "X, England": a known state or region after a comma.
        if text[..r.start].ends_with(", ")
            && matches!(
                res.kind(matcher, r),
                EntityKind::State | EntityKind::Location
            )
        {
            let end = r.start - 2;
            if let Some(start) = name_before(text, capitals, end) {
                // No mention between the name's start and the comma.
                let clear = i
                    .checked_sub(1)
                    .is_none_or(|j| res.mentions[j].end <= start);
                if clear && stands_apart(text, start) {
                    found.push((start, end));
                }
            }
        }
    }
    // "the town of X", "north of X", "near X": a few bytes before each
    // capital tell.
    for &(at, _) in capitals {
        if let Some(end) = cued(text, at)
            .then(|| name_after(text, capitals, at))
            .flatten()
        {
            found.push((at, end));
        }
    }
    if found.is_empty() {
        return;
    }
    found.sort_unstable();
    let (removed, mut added) = res.buffers();
    let mut taken_until = 0;
    for (s, e) in found {
        let i = res.mentions.partition_point(|r| r.end <= s);
        let free = res.mentions.get(i).is_none_or(|r: &Resolved| r.start >= e);
        if free && s >= taken_until {
            taken_until = e;
            added.push(res.new_local(text, (s, e), EntityKind::Location, How::Cue));
        }
    }
    res.replace(removed, added);
}

/// Whether the words before byte `at` say that a place's name starts there:
/// "the town of", "north of", "near".
pub(crate) fn cued(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    // Every cue ends in "f", "r" or "e" ("of", "near", "outside").
    if at < 4 || bytes[at - 1] != b' ' || !matches!(bytes[at - 2] | 0x20, b'f' | b'r' | b'e') {
        return false;
    }
    let before = &bytes[..at - 1];
    if before.ends_with(b" of") {
        let noun = at - 4;
        let word = ascii_word_before(&text[..noun]);
        // "the town of", or with one word between ("the German city of").
        let rest = &text[..noun - word.len()];
        let the = rest.ends_with("the ")
            || rest.strip_suffix(' ').is_some_and(|r| {
                let between = ascii_word_before(r);
                starts_with_capital(between) && r[..r.len() - between.len()].ends_with("the ")
            });
        // The noun in lower case: "the District of Columbia" is a name.
        (the && PLACE_NOUNS.contains(&word))
            || DIRECTIONS.iter().any(|n| n.eq_ignore_ascii_case(word))
    } else {
        let ends = |w: &str| {
            before.len() >= w.len()
                && before[before.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes())
        };
        NEAR.iter().any(|w| ends(w)) && {
            let word = ascii_word_before(&text[..at - 1]);
            NEAR.iter().any(|n| n.eq_ignore_ascii_case(word))
        }
    }
}

/// Whether `w` may be a word of a place's name: capitalised, and no word
/// that starts sentences or joins titles.
pub(crate) fn name_word(w: &str) -> bool {
    starts_with_capital(w) && lists(w) & (NOT_NAME | NOT_IN_NAME) == 0
}

/// The start of the one to [`MAX_WORDS`] capitalised words, one space
/// apart, that end at byte `end`.
fn name_before(text: &str, capitals: &[(usize, usize)], end: usize) -> Option<usize> {
    let mut k = capitals.partition_point(|&(_, e)| e < end);
    if capitals.get(k)?.1 != end {
        return None;
    }
    let mut start = capitals[k].0;
    let mut words = 1;
    while words < MAX_WORDS && k > 0 && capitals[k - 1].1 + 1 == start {
        if text.as_bytes()[start - 1] != b' ' {
            break;
        }
        k -= 1;
        start = capitals[k].0;
        words += 1;
    }
    let name = &text[start..end];
    name.split(' ').all(name_word).then_some(start)
}

/// The end of the one to [`MAX_WORDS`] capitalised words, one space apart,
/// that start at byte `start`.
fn name_after(text: &str, capitals: &[(usize, usize)], start: usize) -> Option<usize> {
    let mut k = capitals.partition_point(|&(s, _)| s < start);
    if capitals.get(k)?.0 != start {
        return None;
    }
    let mut end = capitals[k].1;
    let mut words = 1;
    while words < MAX_WORDS
        && capitals
            .get(k + 1)
            .is_some_and(|&(s, _)| s == end + 1 && text.as_bytes()[end] == b' ')
    {
        k += 1;
        end = capitals[k].1;
        words += 1;
    }
    let name = &text[start..end];
    name.split(' ').all(name_word).then_some(end)
}

/// Whether a place's name starting at `start` stands where a place is
/// expected: after a preposition ("in", "near", "from") or opening an item
/// of a list (after ";" or "("). At the start of a sentence it may be any
/// word ("Today, France said").
fn stands_apart(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches(' ');
    if before.ends_with([';', '(']) {
        return true;
    }
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    before.len() < start && BEFORE_PLACE.iter().any(|w| w.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_end_in_the_letters_checked_first() {
        assert!(NEAR.iter().all(|w| w.ends_with(['r', 'e'])));
    }

    fn caps(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut at = 0;
        for w in text.split(|c: char| !c.is_alphanumeric()) {
            if starts_with_capital(w) {
                out.push((at, at + w.len()));
            }
            at += w.len() + 1;
        }
        out
    }

    #[test]
    fn names_before_and_after() {
        let t = "held in Saffron Walden, England and the town of Bank Hey today";
        let c = caps(t);
        let end = t.find(',').unwrap();
        assert_eq!(
            name_before(t, &c, end).map(|s| &t[s..end]),
            Some("Saffron Walden")
        );
        assert!(stands_apart(t, t.find("Saffron").unwrap()));
        let at = t.find("Bank").unwrap();
        assert_eq!(name_after(t, &c, at).map(|e| &t[at..e]), Some("Bank Hey"));
        assert!(!stands_apart("Today, England", 0));
        assert!(stands_apart("1943; Debden, England", 6));
        assert!(!stands_apart("said Debden, England", 5));
        let t = "The Verge, England";
        assert_eq!(name_before(t, &caps(t), t.find(',').unwrap()), None);
    }
}
