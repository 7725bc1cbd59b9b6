//! Context: a span that could stand for several entities takes the one
//! whose state the document talks about; a generic name stands only where
//! the document names its state.

use foldhash::{HashMap, HashMapExt};

use super::lexicon::{lists, ORG_HEAD};
use super::state::Resolution;
use crate::entity::EntityRef;
use crate::kind::EntityKind;
use crate::mention::How;
use crate::scan::{FormRole, Matcher};

/// Pass 7: a span that could stand for several entities takes the one whose
/// state the document's unambiguous mentions name most often, and a
/// generic name ("Parliament") stands only where the document names its
/// state: with no vote for any of its readings it is dropped, or, when it
/// has the shape of an organization's name ("Green Party"), it stays as an
/// organization no gazetteer entry backs, as the shape pass would have
/// found it. Called only when some span has several readings or a generic
/// one.
#[inline(never)]
pub(crate) fn choose_by_context(text: &str, matcher: &Matcher, res: &mut Resolution) {
    let mut shaped = Vec::new();
    let mut votes: HashMap<u16, usize> = HashMap::new();
    for (r, e) in res
        .mentions
        .iter()
        .filter_map(|r| Some((r, r.entity.known()?)))
    {
        // An acronym's later uses follow its definition: they are no
        // evidence of their own.
        if !r.others.is_empty() || r.role == FormRole::Generic || r.how == How::Acronym {
            continue;
        }
        let c = matcher.info[e as usize].country;
        if c != 0 {
            *votes.entry(c).or_default() += 1;
        }
    }
    let score = |e: u32| {
        // No vote is for 0, "no country".
        let c = matcher.info.get(e as usize).map_or(0, |i| i.country);
        votes.get(&c).copied().unwrap_or(0)
    };
    // Only gazetteer entities are compared (a local entity has no state).
    res.mentions.retain_mut(|r| {
        let EntityRef::Known(entity) = r.entity else {
            return true;
        };
        if r.others.is_empty() && r.role != FormRole::Generic {
            return true;
        }
        let best = r
            .others
            .iter()
            .copied()
            .max_by_key(|&e| (score(e), std::cmp::Reverse(e)));
        // Organizations of several states sharing a name ("New Democratic
        // Party"), none of whose states the document names: no reading is
        // better than another, and the name stays an organization of its
        // own, as the shape pass would have found it.
        let undecided = r.role != FormRole::Generic
            && score(entity) == 0
            && best.is_none_or(|b| score(b) == 0)
            && std::iter::once(entity)
                .chain(r.others.iter().copied())
                .all(|e| matcher.info[e as usize].kind == EntityKind::Organization);
        if undecided && has_organization_shape(&text[r.start..r.end]) {
            shaped.push((r.start, r.end, entity));
            return false;
        }
        match best {
            Some(b) if score(b) > score(entity) => {
                r.others.retain(|&e| e != b);
                r.others.insert(0, entity);
                r.entity = EntityRef::Known(b);
                // A demonym target keeps its role; any other becomes an alias.
                if matcher.info[b as usize].kind != EntityKind::State {
                    r.role = FormRole::Alias;
                }
                r.how = How::Context;
            }
            // A generic name with no vote for any of its readings goes.
            _ if r.role == FormRole::Generic => {
                if score(entity) == 0 {
                    if has_organization_shape(&text[r.start..r.end]) {
                        shaped.push((r.start, r.end, entity));
                    }
                    return false;
                }
                r.role = FormRole::Alias;
                r.how = How::Context;
            }
            _ => {}
        }
        true
    });
    for (start, end, dropped) in shaped {
        let m = res.new_local(text, (start, end), EntityKind::Organization, How::Shape);
        // The acronym the name defined stands for the same organization.
        for r in res.mentions.iter_mut().filter(|r| {
            r.how == How::Acronym && r.entity == EntityRef::Known(dropped) && r.start > start
        }) {
            r.entity = m.entity;
            r.others.clear();
        }
        let at = res.mentions.partition_point(|r| r.start < start);
        res.mentions.insert(at, m);
    }
}

/// Two or more capitalised words ending in an organization head noun
/// ("Green Party", "New Party").
fn has_organization_shape(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    words.len() >= 2
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        && words.last().is_some_and(|w| lists(w) & ORG_HEAD != 0)
}
