//! Towns: locations of the gazetteer of category `town` (the GeoNames
//! cities no curated list has), which the greedy pass takes only where the
//! words around them show a place ("in Coventry", "Beverly Hills,
//! Calif.", a list of places), or where the document showed the town so
//! before. Many towns share their names with companies, clubs and people
//! ("Toyota", "Ajax", "Radcliffe").

use std::cell::{OnceCell, RefCell};

use foldhash::{HashMap, HashSet};

use super::people::ascii_word_before;
use super::places::{cued, name_word};
use super::runs::Word;
use super::state::Resolved;
use crate::fold::starts_with_capital;
use crate::kind::EntityKind;
use crate::scan::{Candidate, FormRole, Matcher};

/// What one document has shown of its towns so far, with what the
/// questions about them read: the text, its capitalised words and its
/// candidates.
pub(crate) struct Towns<'a> {
    text: &'a str,
    matcher: &'a Matcher,
    capitals: &'a [Word],
    cands: &'a [Candidate],
    /// Towns the text has shown to be places: later mentions need no more.
    shown: HashSet<u32>,
    /// Towns whose names ended a longer name: surnames, not towns.
    surnames: RefCell<HashSet<u32>>,
    /// The words that end names, read from the capitalised words when a
    /// town first needs them.
    name_ends: OnceCell<NameEnds<'a>>,
}

impl<'a> Towns<'a> {
    /// Nothing shown yet of the towns of `text`, whose capitalised words
    /// (the scan's, in order) are `capitals` and candidates `cands`.
    pub(crate) fn new(
        text: &'a str,
        matcher: &'a Matcher,
        capitals: &'a [Word],
        cands: &'a [Candidate],
    ) -> Towns<'a> {
        Towns {
            text,
            matcher,
            capitals,
            cands,
            shown: HashSet::default(),
            surnames: RefCell::default(),
            name_ends: OnceCell::new(),
        }
    }

    /// Whether town `e` may be named by the candidate at `span`, given the
    /// mention chosen last (`last`): the words around it show a place
    /// ([`shows_place`]), or the document showed the town so before, and
    /// its name ended no longer name earlier ("Paula Radcliffe" before
    /// "from Radcliffe").
    pub(crate) fn placed(&self, last: Option<&Resolved>, span: (usize, usize), e: u32) -> bool {
        if self.shown.contains(&e) {
            return true;
        }
        if self.surnames.borrow().contains(&e) {
            return false;
        }
        let text = self.text;
        let place_ends = |at: usize| {
            last.is_some_and(|r| {
                r.end == at
                    && r.entity
                        .known()
                        .is_some_and(|e| is_place(self.matcher, e, r.role))
            })
        };
        let shown = shows_place(text, span, |at| self.place_follows(at), place_ends);
        // Only then are the names of the text read, once for the document;
        // a town's name read as a surname stays one.
        let ends = || {
            self.name_ends
                .get_or_init(|| NameEnds::of(text, self.capitals))
        };
        if shown && ends().ended_before(text, span) {
            self.surnames.borrow_mut().insert(e);
            return false;
        }
        shown
    }

    /// Notes that the document named town `e`.
    pub(crate) fn named(&mut self, e: u32) {
        self.shown.insert(e);
    }

    /// The end of a candidate that starts at byte `at` and may be a state
    /// or a location, standing as a word of its own, and whether it may be
    /// one that is no town ("Calif." after "Beverly Hills, ").
    fn place_at(&self, at: usize) -> Option<(usize, bool)> {
        let (text, matcher, cands) = (self.text, self.matcher, self.cands);
        let first = cands.partition_point(|c| c.start < at);
        let mut town = None;
        // Not the first part of a compound ("and Canada-based").
        let whole = cands[first..]
            .iter()
            .take_while(|c| c.start == at)
            .filter(|c| !text[c.end..].starts_with('-'));
        for c in whole {
            for (i, t) in matcher.targets(c.pattern).iter().enumerate().take(64) {
                if c.ok & (1 << i) == 0 || !is_place(matcher, t.entity, t.role) {
                    continue;
                }
                if !matcher.info[t.entity as usize].town {
                    return Some((c.end, true));
                }
                town.get_or_insert((c.end, false));
            }
        }
        town
    }

    /// Whether the list item that starts at byte `at`, after a town, shows
    /// the town a place: a state or a location that is no town, or a town
    /// followed by another item that is a state, a location or a town
    /// ("Kesennuma, Ishinomaki and Shiogama": three towns in a row).
    fn place_follows(&self, at: usize) -> bool {
        match self.place_at(at) {
            Some((_, true)) => true,
            Some((end, false)) => {
                list_gap(&self.text[end..]).is_some_and(|gap| self.place_at(end + gap).is_some())
            }
            None => false,
        }
    }
}

/// Whether entity `e`, named in `role`, is a state or a location (a town
/// among them) that a list of places may hold: not a demonym.
fn is_place(matcher: &Matcher, e: u32, role: FormRole) -> bool {
    role != FormRole::Demonym
        && matches!(
            matcher.info[e as usize].kind,
            EntityKind::State | EntityKind::Location
        )
}

/// Prepositions that put the name after them in a place ("in Coventry"),
/// and seldom a company or a person ("at", "to" and "of" do: "at Toyota").
const PLACE_PREPOSITIONS: &[&str] = &["in", "near", "outside", "from", "around", "via"];

/// What stands between two items of a list ("Leeds, Morley and Ossett"),
/// longest first.
const LIST_GAPS: &[&str] = &[", and ", ", or ", " and ", " or ", ", "];

/// The length of the gap between two list items that `after` starts with
/// (", ", " and ", ", or "...), if it starts with one.
fn list_gap(after: &str) -> Option<usize> {
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

/// Whether the words around the name at `start..end` show a place, as a
/// town of the gazetteer needs:
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
fn shows_place(
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
struct NameEnds<'a>(HashMap<&'a str, Vec<usize>>);

impl<'a> NameEnds<'a> {
    /// The words of `text` from its capitalised words (the scan's, in
    /// order).
    fn of(text: &'a str, capitals: &[(usize, usize)]) -> NameEnds<'a> {
        let mut ends: HashMap<&str, Vec<usize>> = HashMap::default();
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
    fn ended_before(&self, text: &str, (start, end): (usize, usize)) -> bool {
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
