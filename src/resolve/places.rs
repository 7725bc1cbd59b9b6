//! Places no gazetteer knows, read from the words around them: capitalised
//! words followed by a comma and a state or region the gazetteer knows
//! ("Debden, England", "Hollywood, California") after a preposition or at
//! the start of an item, and capitalised words after "the town of", "the
//! city of", "the province of"..., "north of" or "near". They become
//! locations with no id.
//!
//! The same words around a name are the evidence a town of the gazetteer
//! needs in the greedy pass ([`shows_place`]), with the names of the text
//! that a town's name may end ([`NameEnds`]: "Paula Radcliffe").

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

/// Prepositions that put the name after them in a place ("in Coventry"),
/// and seldom a company or a person ("at", "to" and "of" do: "at Toyota").
const PLACE_PREPOSITIONS: &[&str] = &["in", "near", "outside", "from", "around", "via"];

/// What stands between two items of a list ("Leeds, Morley and Ossett"),
/// longest first.
const LIST_GAPS: &[&str] = &[", and ", ", or ", " and ", " or ", ", "];

/// The length of the gap between two list items that `after` starts with
/// (", ", " and ", ", or "...), if it starts with one.
pub(crate) fn list_gap(after: &str) -> Option<usize> {
    LIST_GAPS
        .iter()
        .find(|g| after.starts_with(*g))
        .map(|g| g.len())
}

/// Words of holdings: after them, "in" names a company ("a stake in
/// Fuso"), not a place.
const STAKE_WORDS: &[&str] = &[
    "stake",
    "stakes",
    "shares",
    "holding",
    "holdings",
    "interest",
    "interests",
    "investment",
    "invested",
];

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
fn cued(text: &str, at: usize) -> bool {
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

/// Whether the words around the name at `start..end` show a place, as a
/// town of the gazetteer needs (see [`super::greedy`]):
///
/// - a preposition of place before it ("in Coventry", "from Beverly
///   Hills"; not "in Nokia's", not "a stake in Fuso") or a cue ("the town
///   of Olympia", "the German city of Friedrichshafen", "north of Ajax",
///   "near Jupiter");
/// - after it, a comma and a state or a location that is no town
///   (`place_at(i)`: one may start at byte `i`; "Beverly Hills, Calif."),
///   or "-based";
/// - a list of places: a state or location next to it with a comma, "and"
///   or "or" between, before it (`place_ends(i)`: a mention of one ends at
///   byte `i`; "Bradford, Brighouse") or after it (`place_at`; "Hyderabad,
///   Karachi"; the caller may also count two towns in a row there).
///
/// A name followed by another capitalised word is the start of a longer
/// one ("in Fairmont Hotels", "Werder Bremen"), shown as no place.
pub(crate) fn shows_place(
    text: &str,
    (start, end): (usize, usize),
    place_at: impl Fn(usize) -> bool,
    place_ends: impl Fn(usize) -> bool,
) -> bool {
    let after = &text[end..];
    if after.strip_prefix(' ').is_some_and(starts_with_capital) {
        return false;
    }
    if after.starts_with("-based") {
        return true;
    }
    if list_gap(after).is_some_and(|gap| place_at(end + gap)) {
        return true;
    }
    let before = &text[..start];
    // Before the name, ", and" may join two clauses ("in Oxford, UK, and
    // Nokia begins"): only the other gaps count.
    let gap = LIST_GAPS.iter().find(|g| before.ends_with(*g));
    if let Some(gap) = gap.filter(|g| !g.starts_with(", ") || g.len() == 2) {
        if place_ends(start - gap.len()) {
            return true;
        }
    }
    if cued(text, start) {
        return true;
    }
    let Some(before) = before.strip_suffix(' ') else {
        return false;
    };
    let word = ascii_word_before(before);
    if word.is_empty()
        || !PLACE_PREPOSITIONS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word))
    {
        return false;
    }
    let owner = ascii_word_before(before[..before.len() - word.len()].trim_end_matches(' '));
    let possessive = after.starts_with("'s") || after.starts_with("\u{2019}s");
    !possessive && !STAKE_WORDS.iter().any(|w| w.eq_ignore_ascii_case(owner))
}

/// The capitalised words of a text that follow another capitalised word
/// of a name ("Radcliffe" in "Paula Radcliffe"; not "Coventry" in "The
/// Coventry", whose first word starts sentences), by their text, each with
/// the offsets it starts at, in order: where a town's name ended a longer
/// name, it is likely a surname.
pub(crate) struct NameEnds<'a>(foldhash::HashMap<&'a str, Vec<usize>>);

impl<'a> NameEnds<'a> {
    /// The words of `text` from its capitalised words (the scan's, in
    /// order).
    pub(crate) fn of(text: &'a str, capitals: &[(usize, usize)]) -> NameEnds<'a> {
        let mut ends: foldhash::HashMap<&str, Vec<usize>> = Default::default();
        for pair in capitals.windows(2) {
            let [(ps, pe), (s, e)] = [pair[0], pair[1]];
            if pe + 1 == s && text.as_bytes()[pe] == b' ' && name_word(&text[ps..pe]) {
                ends.entry(&text[s..e]).or_default().push(s);
            }
        }
        NameEnds(ends)
    }

    /// Whether the words at `start..end` ended a longer capitalised name
    /// before `start` ("Paula Radcliffe" before "from Radcliffe").
    pub(crate) fn ended_before(&self, text: &str, (start, end): (usize, usize)) -> bool {
        let name = &text[start..end];
        let first = name.split(' ').next().unwrap_or(name);
        let Some(at) = self.0.get(first) else {
            return false;
        };
        at.iter().take_while(|&&s| s < start).any(|&s| {
            text[s..].starts_with(name)
                && !text[s + name.len()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
        })
    }
}

/// Whether `w` may be a word of a place's name: capitalised, and no word
/// that starts sentences or joins titles.
fn name_word(w: &str) -> bool {
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
