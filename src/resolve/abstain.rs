//! Where a place's QID is left out: the mention stands, but the words
//! around it say it is likely a part of a longer name no gazetteer knows
//! ("Ohio" in "Ohio State", "Wales" in "Arriva Buses Wales", "Cambridge"
//! in "Duchess of Cambridge", "U.S." before a known organization as in
//! "U.S. Department of Education", "Houston's Top Dentists" in quotes), or
//! a team ("Alabama versus Florida State"; a country in sports copy,
//! "England beat Samoa"). Linking it
//! would join the output with the wrong item; the mention keeps its id, and
//! only its `wikidata` is withheld.

use super::lexicon::{lists, NOBLE, NOT_NAME, SPORT, VERSUS};
use super::state::{Resolution, Resolved};
use crate::entity::EntityRef;
use crate::kind::EntityKind;
use crate::scan::{FormRole, Matcher};

/// How many capitalised sports words ("Cup", "Olympics", "Rugby") make a
/// document sports copy.
const SPORTS_COPY: usize = 2;

/// Clears [`Resolved::linked`](super::state::Resolved::linked) of the
/// place and state mentions whose neighbours say they are part of a longer
/// name or a team. `capitals` and `titles` are the scan's (sorted spans).
pub(crate) fn withhold_links(
    text: &str,
    matcher: &Matcher,
    capitals: &[(usize, usize)],
    titles: &[(usize, usize)],
    res: &mut Resolution,
) {
    let word = |&(s, e): &(usize, usize)| &text[s..e];
    // Whether the document is sports copy: read only once a state is met,
    // in a document with two or more.
    let mut sports: Option<bool> = None;
    let is_sports = || {
        capitals
            .iter()
            // Every sports word starts with one of these letters.
            .filter(|w| {
                matches!(
                    text.as_bytes()[w.0],
                    b'C' | b'F' | b'N' | b'O' | b'P' | b'R' | b'S' | b'U' | b'W'
                ) && lists(word(w)) & SPORT != 0
            })
            .nth(SPORTS_COPY - 1)
            .is_some()
    };
    let capital_at = |start: usize| {
        capitals
            .binary_search_by_key(&start, |w| w.0)
            .ok()
            .map(|i| capitals[i])
    };
    let capital_ending = |end: usize| {
        capitals
            .binary_search_by_key(&end, |w| w.1)
            .ok()
            .map(|i| capitals[i])
    };
    // Titles are sorted and apart: the one that could hold `w` is the last
    // starting at or before it.
    let is_title = |w: (usize, usize)| {
        let i = titles.partition_point(|t| t.0 <= w.0);
        i > 0 && w.1 <= titles[i - 1].1
    };
    // A capitalised word that is no mention, no title and no sentence
    // opener ("In", "The") continues an unknown name.
    let unknown_name = |w: Option<(usize, usize)>, covered: bool| {
        w.is_some_and(|w| !covered && !is_title(w) && lists(word(&w)) & NOT_NAME == 0)
    };
    // Teams come in pairs: sports copy is looked for only in a document
    // that names two states or more (counted when first needed).
    let mut states: Option<bool> = None;
    let n = res.mentions.len();
    for i in 0..n {
        let r = &res.mentions[i];
        let EntityRef::Known(e) = r.entity else {
            continue;
        };
        let info = matcher.info[e as usize];
        let kind = info.kind;
        if r.role == FormRole::Demonym
            || !info.has_wikidata
            || !matches!(kind, EntityKind::State | EntityKind::Location)
        {
            continue;
        }
        let (start, end) = (r.start, r.end);
        let next_start = res.mentions.get(i + 1).map(|m| m.start);
        let prev_end = i.checked_sub(1).map(|j| res.mentions[j].end);
        let rest = &text[end..];
        let before = &text[..start];
        let next_is_org = res.mentions.get(i + 1).is_some_and(|m| {
            m.start == end + 1 && res.kind(matcher, m) == EntityKind::Organization
        });
        let after = rest.strip_prefix(' ').map(|_| {
            let w = capital_at(end + 1);
            (w, w.is_some() && next_start == Some(end + 1))
        });
        // A title in quotes ("Houston's Top Dentists"): the possessive is
        // part of the title, not of the place.
        let quoted_title = before.ends_with(['"', '\u{201c}', '\u{2018}'])
            && ["'s ", "\u{2019}s "].iter().any(|p| {
                rest.strip_prefix(p).is_some_and(|after| {
                    let at = text.len() - after.len();
                    let w = capital_at(at);
                    let covered = res.mentions.get(i + 1).is_some_and(|m| m.start == at);
                    unknown_name(w, covered)
                })
            });
        let (prev_gap, joined) = if before.ends_with(" of ") {
            (4, true)
        } else if before.ends_with(' ') {
            (1, false)
        } else {
            (0, false)
        };
        let prev = (prev_gap > 0).then(|| {
            let w = capital_ending(start - prev_gap);
            (w, w.is_some_and(|w| prev_end == Some(w.1)))
        });
        // "v", "vs", "versus": only a word starting with a "v" is looked up.
        let versus = |w: &str| {
            w.as_bytes().first() == Some(&b'v') && lists(w.trim_end_matches('.')) & VERSUS != 0
        };
        let next_word = || rest.trim_start_matches(' ').split(' ').next().unwrap_or("");
        let prev_word = || {
            before
                .trim_end_matches(' ')
                .rsplit(' ')
                .next()
                .unwrap_or("")
        };
        let mut team = || {
            versus(next_word())
                || versus(prev_word())
                || kind == EntityKind::State
                    && *states.get_or_insert_with(|| two_states(matcher, &res.mentions))
                    && *sports.get_or_insert_with(is_sports)
        };
        // "Governor of Texas", "Duchess of Cambridge": an office or title
        // of the place, named as a whole.
        // "Duchess of Cambridge": a title of nobility, whatever else took
        // the word.
        let nested = after.is_some_and(|(w, c)| unknown_name(w, c))
            || prev.is_some_and(|(w, c)| {
                unknown_name(w, c)
                    || joined && !c && w.is_some_and(is_title)
                    || joined && w.is_some_and(|w| lists(word(&w)) & NOBLE != 0)
            })
            || next_is_org && rest.starts_with(' ')
            || quoted_title;
        if nested || team() {
            res.mentions[i].linked = false;
        }
    }
}

/// Whether the mentions name two states or more (nationalities aside).
fn two_states(matcher: &Matcher, mentions: &[Resolved]) -> bool {
    mentions
        .iter()
        .filter(|m| {
            m.role != FormRole::Demonym
                && m.entity
                    .known()
                    .is_some_and(|e| matcher.info[e as usize].kind == EntityKind::State)
        })
        .nth(1)
        .is_some()
}
