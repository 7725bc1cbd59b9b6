//! People no gazetteer knows, read from the words around their names: a
//! run of two to four capitalised words that no mention touches is a
//! person after a word for a person ("candidate Sarkis Assadourian", "stars
//! Kirti Kulhari", "Democrat Ed Edmondson"), in apposition ("Rinat
//! Akhmetshin, a lobbyist", "Jan Novak, 45,"), before "(born", or listed
//! with a person ("Kirti Kulhari, Anupam Kher and Supriya Vinod"). They
//! become people with no id, and their surnames link later. A verb of
//! speech is no evidence: bodies speak too ("Deutsche Boerse said").
//!
//! The shape pass, which walks the runs, asks [`cue_name`] of each run as
//! it goes, so the runs are walked once; this pass then decides which of
//! the names noted are people (the lists need them all).

use super::given::GivenNames;
use super::lexicon::{
    lists, LOCATION_HEAD, NOT_IN_NAME, NOT_NAME, NOT_PERSON_HEAD, ORG_HEAD, ORG_WORD, PARTICLE,
    PERSON_NOUN, PERSON_OPENER, TREATY_HEAD,
};
use super::runs::Word;
use super::state::{CueName, Cursor, Resolution, Resolved};
use crate::fold::starts_with_capital;
use crate::kind::EntityKind;
use crate::mention::How;
use crate::scan::words::strip_possessive;
use crate::scan::Matcher;

/// The name of a person the run of capitalised words `ws` may hold, if
/// the words around it may show one (whether they do is its last field).
/// The shape pass asks as it reads each run, before the names it `took`
/// from the run are among the mentions; `cursor` is for this question
/// alone.
pub(crate) fn cue_name(
    text: &str,
    ws: &[Word],
    (titles, ctx, cursor): (&[Word], &GivenNames, &mut Cursor),
    res: &Resolution,
    took: &[Resolved],
) -> Option<CueName> {
    if ws.len() < 2 {
        return None;
    }
    let overlaps = |(s, e): Word| took.iter().any(|r| r.start < e && r.end > s);
    // A name here ends the run, so a mention on its last word (most runs:
    // names the gazetteer knows) leaves nothing to find.
    let (ls, le) = ws[ws.len() - 1];
    let k = cursor.first_ending_after(&res.mentions, ls);
    if res.mentions.get(k).is_some_and(|r| r.start < le)
        || overlaps((ls, le))
        || !may_name_a_person(text, ws)
    {
        return None;
    }
    let (from, end) = name_in(text, ws)?;
    let (s, e) = (
        ws[from].0,
        ws[end].0 + strip_possessive(word(text, ws, end)).0.len(),
    );
    let i = res.mentions.partition_point(|r| r.end <= s);
    if res.mentions.get(i).is_some_and(|r| r.start < e) || overlaps((s, e)) {
        return None;
    }
    // An office title is no name ("Premier Li" is left to the titles), and
    // a sentence may open with any capitalised word ("Later Novak said")
    // unless it is a given name.
    let t = titles.partition_point(|&(_, te)| te <= s);
    if titles.get(t).is_some_and(|&(ts, _)| ts < e)
        || (opens_sentence(text, s) && !ctx.is_given_name(word(text, ws, from)))
    {
        return None;
    }
    let opener = from > 0 && lists(word(text, ws, from - 1)) & PERSON_OPENER != 0;
    let cue = opener || (from == 0 && cue_around(text, s, e));
    Some((s, e, (ws[end].0, e), cue))
}

/// Adds the people the context shows among the names the shape pass
/// noted ([`Resolution::cue_names`], in order), where no mention is.
pub(crate) fn recognise(text: &str, matcher: &Matcher, res: &mut Resolution) {
    if res.cue_names.is_empty() {
        return;
    }
    let names = std::mem::take(&mut res.cue_names);
    // Names listed with a person: "X, Y and Z" where one is a person.
    let is_person_at = |res: &Resolution, at: usize, before: bool| {
        let i = res.mentions.partition_point(|r| r.end <= at);
        if before {
            i.checked_sub(1)
                .and_then(|i| res.mentions.get(i))
                .is_some_and(|r| r.end == at && res.kind(matcher, r) == EntityKind::Person)
        } else {
            res.mentions
                .get(i)
                .is_some_and(|r| r.start == at && res.kind(matcher, r) == EntityKind::Person)
        }
    };
    let mut people = vec![false; names.len()];
    for (k, &(s, e, _, cue)) in names.iter().enumerate() {
        people[k] =
            cue || list_gap_before(text, s).is_some_and(|at| {
                is_person_at(res, at, true) || (k > 0 && people[k - 1] && names[k - 1].1 == at)
            }) || list_gap_after(text, e).is_some_and(|at| is_person_at(res, at, false));
    }
    // Backwards, for a list whose person comes last.
    for k in (0..names.len().saturating_sub(1)).rev() {
        let (_, e, _, _) = names[k];
        if !people[k] && people[k + 1] && list_gap_after(text, e) == Some(names[k + 1].0) {
            people[k] = true;
        }
    }
    let (removed, mut added) = res.buffers();
    for (k, &(s, e, surname, _)) in names.iter().enumerate() {
        if !people[k] {
            continue;
        }
        let r = res.new_local(text, (s, e), EntityKind::Person, How::Cue);
        res.define_surname(surname, e, r.entity);
        added.push(r);
    }
    res.replace(removed, added);
    res.cue_names = names;
}

/// Whether byte `s` opens a sentence: the text's start, or after a line
/// break or a full stop, question or exclamation mark (and quotes).
fn opens_sentence(text: &str, s: usize) -> bool {
    let before = text[..s].trim_end_matches([' ', '"', '\'', '\u{201c}', '\u{2018}']);
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':'])
}

/// Whether any evidence may stand around the run `ws`, read from a few
/// bytes (most runs have none): a word for a person before it or opening
/// it, or a comma, "and", "or" or "(born" right before or after it.
fn may_name_a_person(text: &str, ws: &[Word]) -> bool {
    if ws.len() < 2 || ws.len() > 6 {
        return false; // a name here has two to four words, after two openers
    }
    let (s, e) = (ws[0].0, ws[ws.len() - 1].1);
    let before = &text[..s];
    let after = &text[e..];
    let gap = |t: &str| [", ", " and ", " or "].iter().any(|g| t.ends_with(g));
    gap(before)
        || [", ", " and ", " or ", " (born", "'s, ", "\u{2019}s, "]
            .iter()
            .any(|g| after.starts_with(g))
        || (0..ws.len().min(3)).any(|x| {
            // Every opener has eight letters or more.
            let w = word(text, ws, x);
            w.len() >= 8 && lists(w) & PERSON_OPENER != 0
        })
        || before
            .strip_suffix(' ')
            .filter(|b| b.as_bytes().last().is_some_and(u8::is_ascii_lowercase))
            .is_some_and(|b| lists(ascii_word_before(b)) & PERSON_NOUN != 0)
}

/// The ASCII letters that end `text` (the last word, when it is one of
/// ASCII letters; the word lists hold no other).
pub(crate) fn ascii_word_before(text: &str) -> &str {
    let b = text.as_bytes();
    let n = b
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    &text[b.len() - n..]
}

/// Word `x` of the run `ws`.
fn word<'a>(text: &'a str, ws: &[Word], x: usize) -> &'a str {
    &text[ws[x].0..ws[x].1]
}

/// The words (first, last) of the run that may be a person's name: after
/// the words that open sentences or a run ("Democrat"), two to four
/// capitalised words to the run's end, name particles between them, no
/// function word, and no last word that makes the run a body, a place or
/// a work.
fn name_in(text: &str, ws: &[Word]) -> Option<(usize, usize)> {
    let last = ws.len() - 1;
    let mut from = 0;
    while from < last && lists(word(text, ws, from)) & (NOT_NAME | PERSON_OPENER) != 0 {
        from += 1;
    }
    let w = |x: usize| word(text, ws, x);
    let words = last + 1 - from;
    let heads = ORG_HEAD | ORG_WORD | LOCATION_HEAD | TREATY_HEAD | NOT_PERSON_HEAD;
    let fits = (2..=4).contains(&words)
        && starts_with_capital(w(from))
        && starts_with_capital(w(last))
        && (from..=last).all(|x| {
            let l = lists(w(x));
            l & (NOT_IN_NAME | NOT_NAME) == 0 && (starts_with_capital(w(x)) || l & PARTICLE != 0)
        })
        && lists(strip_possessive(w(last)).0) & heads == 0
        && text[ws[from].0..ws[last].1].chars().any(char::is_lowercase)
        && (from..last).all(|x| !strip_possessive(w(x)).1);
    fits.then_some((from, last))
}

/// Whether the words around the name (`s`, `e`) show a person: a word for a
/// person before it, "(born" after it, or an apposition (", a lobbyist",
/// ", 45,").
fn cue_around(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s].trim_end_matches(' ');
    let prev = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if before.len() < s && lists(prev) & PERSON_NOUN != 0 {
        return true;
    }
    let after = &text[e..];
    if after.starts_with(" (born") {
        return true;
    }
    if let Some(rest) = after.strip_prefix(", ") {
        // ", 45," (an age).
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=3).contains(&digits) && rest[digits..].starts_with(',') {
            return true;
        }
        // ", a lobbyist", ", the historian", ", a former Soviet army officer".
        let mut words = rest.split(' ');
        if matches!(words.next(), Some("a" | "an" | "the")) {
            return words
                .take(4)
                .map(|w| w.trim_end_matches([',', '.', ';']))
                .any(|w| lists(w) & PERSON_NOUN != 0);
        }
    }
    false
}

/// Where the name before a list separator ending at `s` ends: `s` minus
/// ", ", " and ", ", and " or " or ".
fn list_gap_before(text: &str, s: usize) -> Option<usize> {
    let before = &text[..s];
    [", and ", ", or ", " and ", " or ", ", "]
        .iter()
        .find(|g| before.ends_with(*g))
        .map(|g| s - g.len())
}

/// Where the name after a list separator starting at `e` starts.
fn list_gap_after(text: &str, e: usize) -> Option<usize> {
    let after = &text[e..];
    [", and ", ", or ", " and ", " or ", ", "]
        .iter()
        .find(|g| after.starts_with(*g))
        .map(|g| e + g.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn openers_have_eight_letters_or_more() {
        assert!(crate::resolve::cues::PERSON_OPENERS
            .iter()
            .all(|w| w.len() >= 8));
    }

    #[test]
    fn cues_around_names() {
        let t = "the candidate Sarkis Assadourian won";
        let s = t.find("Sarkis").unwrap();
        assert!(cue_around(t, s, s + "Sarkis Assadourian".len()));
        let t = "Rinat Akhmetshin, a lobbyist and former officer";
        assert!(cue_around(t, 0, 16));
        let t = "Jan Novak, 45, said";
        assert!(cue_around(t, 0, 9));
        assert!(!cue_around("Jan Novak said", 0, 9));
        assert!(cue_around("Jan Novak (born 1950)", 0, 9));
        let t = "Grand Rapids, a city";
        assert!(!cue_around(t, 0, 12));
        assert_eq!(list_gap_before("A, and B", 7), Some(1));
        assert_eq!(list_gap_after("A and B", 1), Some(6));
    }
}
