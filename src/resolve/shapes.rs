//! Names no gazetteer knows, recognised by their shape: a run of
//! capitalised words ending in an organization, treaty or place head noun
//! ("Working Families Party", "Meech Lake Accord", "Anbar Province"), or
//! starting with a known given name ("Geraldine Ferraro"). They become
//! mentions with no id.

use super::given::GivenNames;
use super::lexicon::{
    lists, LOCATION_HEAD, NOBLE, NOT_NAME, NOT_PERSON_HEAD, ORG_HEAD, ORG_WORD, PARTICLE,
    TREATY_HEAD,
};
use super::runs::{Runs, Word};
use super::state::{Cursor, Defined, Definition, Resolution, Resolved};
use crate::fold::starts_with_capital;
use crate::kind::EntityKind;
use crate::mention::How;
use crate::scan::words::strip_possessive;
use crate::scan::{FormRole, Matcher};

/// Adds shape-recognised names that do not collide with what earlier
/// passes found, and the surnames of new people to [`Resolution::defined`].
pub(crate) fn recognise(
    text: &str,
    capitals: &[Word],
    ctx: &GivenNames,
    matcher: &Matcher,
    res: &mut Resolution,
) {
    let mut runs = std::mem::take(&mut res.runs);
    runs.read(text, capitals);
    if !runs.is_empty() {
        recognise_runs(text, &runs, ctx, matcher, res);
    }
    res.runs = runs;
}

/// [`recognise`] for the runs found.
fn recognise_runs(
    text: &str,
    runs: &Runs,
    ctx: &GivenNames,
    matcher: &Matcher,
    res: &mut Resolution,
) {
    res.sort();
    let (mut removed, mut added) = res.buffers();
    let mut cursor = Cursor::default();
    for ws in runs.iter() {
        let run_end = ws.len() - 1;
        let word = |x: usize| &text[ws[x].0..ws[x].1];
        // Leading words that start sentences are not part of a name, nor
        // is a leading possessive ("Wednesday's Champions League").
        let mut s_idx = 0;
        if let Some(p) = (s_idx..run_end)
            .rev()
            .find(|&x| strip_possessive(word(x)).1)
        {
            s_idx = p + 1;
        }
        while s_idx < run_end && lists(word(s_idx)) & NOT_NAME != 0 {
            s_idx += 1;
        }
        if s_idx >= run_end {
            continue; // fewer than two words
        }
        // The name from the first word to word `end`, possessive left out.
        let last_word = |end: usize| strip_possessive(word(end)).0;
        let span = |end: usize| (ws[s_idx].0, ws[end].0 + last_word(end).len());
        // "National Party of Australia", "National Organization for Women":
        // an organization head followed by "of" or "for" inside the run.
        let inner_head = (s_idx..run_end)
            .any(|x| matches!(word(x + 1), "of" | "for") && lists(word(x)) & ORG_HEAD != 0);
        let last_lists = lists(last_word(run_end));
        let (kind, end) = if last_lists & ORG_HEAD != 0 || inner_head {
            (EntityKind::Organization, run_end)
        } else if last_lists & TREATY_HEAD != 0 {
            (EntityKind::Treaty, run_end)
        } else if last_lists & LOCATION_HEAD != 0 {
            (EntityKind::Location, run_end)
        } else {
            // A person: the capitalised words from the first, with name
            // particles between them ("Ludwig van Beethoven"), up to any
            // other joiner ("Andy Roddick in Friday's final") or a title of
            // nobility ("Kate, Duchess of Cambridge"; but "Gary Baron").
            let mut end = s_idx;
            let titled =
                |x: usize| lists(word(x)) & NOBLE != 0 && x < run_end && word(x + 1) == "of";
            while end < run_end && {
                let w = word(end + 1);
                (starts_with_capital(w) || lists(w) & PARTICLE != 0) && !titled(end + 1)
            } {
                end += 1;
            }
            while end > s_idx && !starts_with_capital(word(end)) {
                end -= 1;
            }
            let (s, e) = span(end);
            // Any mention inside blocks a person (see below): look for one
            // before looking the given name up.
            let k = cursor.first_ending_after(&res.mentions, s);
            let covered = res
                .mentions
                .get(k)
                .is_some_and(|r| r.start < e && !other_bearer(matcher, r, (s, e), word(s_idx)));
            if end > s_idx
                && end - s_idx <= 3
                && !covered
                && ctx.is_given_name(word(s_idx))
                && lists(last_word(end)) & (ORG_WORD | NOT_PERSON_HEAD) == 0
                && text[s..e].chars().any(char::is_lowercase)
            {
                (EntityKind::Person, end)
            } else {
                continue;
            }
        };
        let (s, e) = span(end);
        // Mentions inside the run: only descriptive ones (a state, a
        // nationality, a place, a generic name) may be replaced; anything
        // else wins.
        let k = cursor.first_ending_after(&res.mentions, s);
        // The mentions inside go to `removed` unless the run is blocked.
        let inside = removed.len();
        let mut blocked = false;
        let mut m = k;
        while m < res.mentions.len() && res.mentions[m].start < e {
            let r = &res.mentions[m];
            // A generic name ("Senate") inside a longer run is not yet a
            // name: it stands only where the document names its state.
            let descriptive = (r.role == FormRole::Generic && (r.start, r.end) != (s, e))
                || matches!(
                    res.kind(matcher, r),
                    EntityKind::State | EntityKind::Nationality | EntityKind::Location
                );
            // A known name that ends the run (its head) wins: "Soviet Union";
            // after an inner head it is the qualifier: "Party of Australia".
            if kind == EntityKind::Person && other_bearer(matcher, r, (s, e), word(s_idx)) {
                // Replaced by the new person.
            } else if r.start < s
                || (r.end >= e && !inner_head && r.role != FormRole::Generic)
                || !descriptive
                || kind == EntityKind::Person
            {
                blocked = true;
                break;
            }
            removed.push(m);
            m += 1;
        }
        if blocked {
            removed.truncate(inside);
            continue;
        }
        let r = res.new_local(text, (s, e), kind, How::Shape);
        if kind == EntityKind::Person {
            let surname = (ws[end].0, ws[end].0 + last_word(end).len());
            res.defined.push(Definition {
                word: surname,
                at: e,
                entity: r.entity,
                what: Defined::Surname,
            });
        }
        added.push(r);
    }
    res.replace(removed, added);
}

/// Whether mention `r`, the last word of the run of a person's name (`s`,
/// `e`) whose first word is `given`, is the surname of another person of
/// the document: "Martin Ginsburg" after "Ruth Bader Ginsburg" is a person
/// of his own, not a partial name ("Ruth Ginsburg" is hers).
fn other_bearer(matcher: &Matcher, r: &Resolved, (s, e): (usize, usize), given: &str) -> bool {
    r.how == How::Partial
        && r.start > s
        && r.end == e
        && r.entity.known().is_some_and(|p| {
            let first = matcher.entities.name(p).split(' ').next().unwrap_or("");
            !first.eq_ignore_ascii_case(given)
        })
}
