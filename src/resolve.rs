//! From candidates to mentions: overlaps, partial names and acronyms, with
//! the document as the unit of resolution.
//!
//! One pass over the candidates in text order keeps the leftmost-longest
//! span that has a usable target. Partial person names ("Putin", "Wang")
//! are usable only after their person was named in full; when several
//! people share one, the most recently named wins. A mention directly
//! followed by a parenthesised acronym, as in "Chinese Communist Party
//! (CCP)", defines that acronym for the rest of the document; a second
//! linear scan then links every later use.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, MatchKind};

use crate::matcher::{is_boundary, Candidate, Matcher, Role};

/// A chosen span, before it is turned into a public mention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Resolved {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) entity: u32,
    pub(crate) role: Role,
    /// Other entities the span could stand for.
    pub(crate) others: Vec<u32>,
}

/// Chooses non-overlapping mentions from candidates sorted by start, then
/// longest first.
pub(crate) fn resolve(text: &str, matcher: &Matcher, cands: &[Candidate]) -> Vec<Resolved> {
    let mut out: Vec<Resolved> = Vec::new();
    // Pattern of a partial name -> the person most recently named in full.
    let mut named: HashMap<u32, u32> = HashMap::new();
    let mut pos = 0;
    for c in cands {
        if c.start < pos {
            continue;
        }
        let Some(r) = choose(matcher, c, &named) else {
            continue;
        };
        if r.role != Role::Short {
            let e = &matcher.entities[r.entity as usize];
            for &p in &e.shorts {
                named.insert(p, r.entity);
            }
        }
        pos = r.end;
        out.push(r);
    }
    link_acronyms(text, &mut out);
    out
}

/// Preference among targets: kind, role, then load order (later first).
type Rank = (u8, Role, std::cmp::Reverse<u32>);

/// The best target of one candidate, or `None` when no target is usable.
fn choose(matcher: &Matcher, c: &Candidate, named: &HashMap<u32, u32>) -> Option<Resolved> {
    let targets = &matcher.targets[c.pattern as usize];
    let usable = |i: usize| c.ok & (1 << i) != 0;
    // A partial name whose person was named earlier wins outright.
    if let Some(&person) = named.get(&c.pattern) {
        if targets
            .iter()
            .enumerate()
            .any(|(i, t)| usable(i) && t.role == Role::Short && t.entity == person)
        {
            return Some(Resolved {
                start: c.start,
                end: c.end,
                entity: person,
                role: Role::Short,
                others: Vec::new(),
            });
        }
    }
    // Kind first, then name over alias over demonym, then the entry loaded
    // last (user gazetteers come after the built-in data).
    let mut ranked: Vec<(Rank, usize)> = targets
        .iter()
        .enumerate()
        .take(64)
        .filter(|&(i, t)| usable(i) && t.role != Role::Short)
        .map(|(i, t)| {
            let key = (
                t.kind(&matcher.entities).rank(),
                t.role,
                std::cmp::Reverse(t.entity),
            );
            (key, i)
        })
        .collect();
    ranked.sort_unstable();
    let &(_, i) = ranked.first()?;
    let t = &targets[i];
    let mut others: Vec<u32> = Vec::new();
    for &(_, j) in &ranked[1..] {
        let e = targets[j].entity;
        if e != t.entity && !others.contains(&e) {
            others.push(e);
        }
    }
    Some(Resolved {
        start: c.start,
        end: c.end,
        entity: t.entity,
        role: t.role,
        others,
    })
}

/// Acronyms defined as "Full Name (ACR)": later uses carry the full name's
/// entity. Runs in one scan of the text whatever the number of acronyms.
fn link_acronyms(text: &str, out: &mut Vec<Resolved>) {
    // acronym -> [(position of the definition, entity, role)], in text order.
    let mut defs: HashMap<&str, Vec<(usize, u32, Role)>> = HashMap::new();
    for r in out.iter() {
        if matches!(r.role, Role::Short) {
            continue;
        }
        if let Some((open, acr)) = parenthesised_acronym(text, r.end) {
            defs.entry(acr).or_default().push((open, r.entity, r.role));
        }
    }
    if defs.is_empty() {
        return;
    }
    let mut acronyms: Vec<&str> = defs.keys().copied().collect();
    acronyms.sort_unstable();
    let Ok(ac) = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&acronyms)
    else {
        return;
    };
    let mut added = Vec::new();
    let mut k = 0; // index into `out`, which is sorted by start
    for m in ac.find_iter(text) {
        let (s, e) = (m.start(), m.end());
        if !is_boundary(text, s) || !is_boundary(text, e) {
            continue;
        }
        let acr = acronyms[m.pattern().as_usize()];
        let Some(&(_, entity, _)) = defs[acr].iter().rev().find(|d| d.0 < s) else {
            continue;
        };
        while k < out.len() && out[k].end <= s {
            k += 1;
        }
        if k < out.len() && out[k].start < e {
            // The span is already a mention: the definition in the text
            // overrides the gazetteer when the span is exactly the acronym.
            if out[k].start == s && out[k].end == e && out[k].entity != entity {
                let old = out[k].entity;
                out[k].entity = entity;
                out[k].role = Role::Alias;
                out[k].others = vec![old];
            }
            continue;
        }
        added.push(Resolved {
            start: s,
            end: e,
            entity,
            role: Role::Alias,
            others: Vec::new(),
        });
    }
    if !added.is_empty() {
        out.extend(added);
        out.sort_unstable_by_key(|r| r.start);
    }
}

/// If `text[at..]` is optional spaces, "(", an acronym and ")", returns the
/// offset of "(" and the acronym.
fn parenthesised_acronym(text: &str, at: usize) -> Option<(usize, &str)> {
    let rest = &text[at..];
    let trimmed = rest.trim_start_matches([' ', '\u{a0}']);
    let open = at + (rest.len() - trimmed.len());
    let inner = trimmed.strip_prefix('(')?;
    let close = inner.find(')')?;
    let acr = &inner[..close];
    is_acronym(acr).then_some((open, acr))
}

/// Two to ten characters, starting with an upper-case letter, at least two
/// upper-case letters or digits, and only letters, digits, '&', '.' or '-'.
pub(crate) fn is_acronym(s: &str) -> bool {
    let n = s.chars().count();
    (2..=10).contains(&n)
        && s.chars().next().is_some_and(|c| c.is_uppercase())
        && s.chars()
            .filter(|c| c.is_uppercase() || c.is_ascii_digit())
            .count()
            >= 2
        && s.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '&' | '.' | '-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronym_shapes() {
        for ok in ["CCP", "UNHCR", "G7", "PLA-N", "AT&T", "U.S."] {
            assert!(is_acronym(ok), "{ok}");
        }
        for bad in ["C", "Ccp", "ccp", "the CCP", "ABCDEFGHIJK", "1990"] {
            assert!(!is_acronym(bad), "{bad}");
        }
    }

    #[test]
    fn parenthesised_acronym_follows_mention() {
        let t = "Chinese Communist Party (CCP) said";
        assert_eq!(parenthesised_acronym(t, 23), Some((24, "CCP")));
        assert_eq!(parenthesised_acronym("Party (not one)", 5), None);
        assert_eq!(parenthesised_acronym("Party", 5), None);
    }
}
