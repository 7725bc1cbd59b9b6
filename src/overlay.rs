//! User entries added to compiled tables without compiling those again.
//!
//! The built-in tables are compiled at build time, and compiling them at
//! run time takes most of a second. A user gazetteer on top of them is
//! compiled on its own ([`compile_entries`]) and merged
//! into them, as [`Gazetteer::extend`] merges entries:
//!
//! * an entry whose id a compiled entity has takes that entity's place
//!   (its number, and none of its old surface forms); the others are new
//!   entities, numbered after the compiled ones in their order;
//! * a surface form whose key is a compiled pattern adds its target to that
//!   pattern; the other keys are new patterns, numbered after the compiled
//!   ones, which the scan reads from a trie of their own (see
//!   `Matcher::from_tables`).
//!
//! The result is what compiling every entry in that order gives, up to the
//! numbers of the patterns and patterns left with no target, neither of
//! which the output depends on (`tests/user_gazetteers.rs` compares the
//! two).
//!
//! [`Gazetteer::extend`]: crate::Gazetteer::extend
//! [`compile_entries`]: crate::compiled::compile_entries

use crate::compiled::{given_names_after, Room, Tables, Target};
use crate::gazetteer::Entry;
use crate::kind::EntityKind;

/// The most that `entries` can add to compiled tables.
pub(crate) fn room(entries: &[Entry]) -> Room {
    let forms: usize = (entries.iter())
        .map(|e| 1 + e.aliases.len() + e.short.len() + e.demonyms.len() + e.generic.len())
        .sum();
    Room {
        entities: entries.len(),
        patterns: forms,
        targets: forms,
    }
}

/// Adds the user entries compiled in `user` to the compiled `tables`,
/// where `compiled_pattern` gives the number of the compiled pattern whose
/// key is a folded form, if one is.
pub(crate) fn add_entries(
    mut tables: Tables,
    compiled_pattern: impl Fn(&str) -> Option<u32>,
    user: Tables,
) -> Tables {
    let n_entities = tables.entities.len();
    let n_patterns = tables.patterns.len() as u32;
    // The entity each entry becomes: the compiled one with its id, or a new
    // one.
    let mut place: Vec<Option<u32>> = vec![None; user.entities.len()];
    {
        let by_id: foldhash::HashMap<&str, usize> = (user.entities.iter().enumerate())
            .map(|(i, e)| (&*e.id, i))
            .collect();
        for (e, rec) in tables.entities.iter().enumerate() {
            if let Some(&i) = by_id.get(&*rec.id) {
                place[i] = Some(e as u32);
            }
        }
    }
    let mut next = n_entities as u32;
    let entity_of: Vec<u32> = place
        .iter()
        .map(|p| {
            p.unwrap_or_else(|| {
                next += 1;
                next - 1
            })
        })
        .collect();
    // The entities replaced, and the names of the people added or taken
    // away (whose first names may become given names or stop being ones).
    let mut replaced = vec![0u64; n_entities.div_ceil(64)];
    let mut people_changed = Vec::new();
    let person = EntityKind::Person.rank();
    for (i, p) in place.iter().enumerate() {
        if user.entities[i].kind == person {
            people_changed.push(user.entities[i].name.to_string());
        }
        if let Some(e) = *p {
            replaced[e as usize / 64] |= 1 << (e % 64);
            if tables.entities[e as usize].kind == person {
                people_changed.push(tables.entities[e as usize].name.to_string());
            }
        }
    }
    let is_replaced = |e: u32| {
        replaced
            .get(e as usize / 64)
            .is_some_and(|w| w & 1 << (e % 64) != 0)
    };

    // The entries' patterns numbered as in the merge.
    let mut added = 0;
    let number: Vec<u32> = (user.patterns.iter())
        .map(|key| {
            compiled_pattern(key).unwrap_or_else(|| {
                added += 1;
                n_patterns + added - 1
            })
        })
        .collect();
    // Targets by pattern number: those of compiled patterns (few), and of
    // new patterns in order.
    let mut to_compiled: foldhash::HashMap<u32, Vec<Target>> = Default::default();
    let mut to_new: Vec<Vec<Target>> = vec![Vec::new(); added as usize];
    let room = (user.targets.len(), user.target_ends.len());
    let mut targets = user.targets.into_iter();
    let mut start = 0;
    for (&n, &end) in number.iter().zip(&user.target_ends) {
        let list = match n.checked_sub(n_patterns) {
            Some(k) => &mut to_new[k as usize],
            None => to_compiled.entry(n).or_default(),
        };
        for mut t in targets.by_ref().take(end as usize - start) {
            t.entity = entity_of[t.entity as usize];
            list.push(t);
        }
        start = end as usize;
    }

    // A compiled pattern's targets, less those of replaced entities, then
    // the entries'; in every list, targets in the order of their entities,
    // as a compilation of everything makes them.
    let any_replaced = place.iter().any(Option::is_some);
    if any_replaced || !to_compiled.is_empty() {
        let (old, old_ends) = (
            std::mem::take(&mut tables.targets),
            std::mem::take(&mut tables.target_ends),
        );
        tables.targets.reserve(old.len() + room.0);
        tables.target_ends.reserve(old_ends.len() + room.1);
        let mut start = 0;
        for (p, end) in old_ends.into_iter().enumerate() {
            let list = &old[start..end as usize];
            start = end as usize;
            let extra = to_compiled.remove(&(p as u32));
            let from = tables.targets.len();
            if any_replaced {
                let kept = list.iter().filter(|t| !is_replaced(t.entity));
                tables.targets.extend(kept.cloned());
            } else {
                tables.targets.extend_from_slice(list);
            }
            if let Some(extra) = extra {
                tables.targets.extend(extra);
                tables.targets[from..].sort_by_key(|t| t.entity);
            }
            tables.target_ends.push(tables.targets.len() as u32);
        }
    }
    for mut list in to_new {
        list.sort_by_key(|t| t.entity);
        tables.targets.extend(list);
        tables.target_ends.push(tables.targets.len() as u32);
    }
    // New patterns were numbered in the order of their keys here.
    let new_keys = (number.iter().zip(user.patterns)).filter(|(&n, _)| n >= n_patterns);
    tables.patterns.extend(new_keys.map(|(_, k)| k));

    // The entities, their partial names numbered as in the merge.
    for (mut rec, &e) in user.entities.into_iter().zip(&entity_of) {
        for s in &mut rec.shorts {
            *s = number[*s as usize];
        }
        match tables.entities.get_mut(e as usize) {
            Some(old) => *old = rec,
            None => tables.entities.push(rec),
        }
    }
    if !people_changed.is_empty() {
        tables.given_names =
            given_names_after(&tables.given_names, &tables.entities, &people_changed);
    }
    tables
}
