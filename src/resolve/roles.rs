//! Role phrases: "the Chinese foreign minister", "China's foreign
//! minister", "the foreign minister of China", "NATO's secretary general",
//! "the Kremlin spokesman" name the person who held the office on the
//! document's date.
//!
//! The office words are titles of the scan ([`crate::offices`] maps them
//! to offices); the owner is the state, nationality or organization
//! mention right before the title (with or without a possessive), after it
//! ("of China"), or ending inside it ("the Chinese foreign ministry" of
//! "foreign ministry spokesman"). With one holder on the date, the phrase
//! (without a leading article) becomes a mention of that person, and the
//! person's later surname uses ("Qin said") link to them; with several, a
//! person with no id and the holders as candidates. An office named with
//! its holder's name ("Foreign Minister Wang Yi") is left to the name;
//! plural, former, deputy and indefinite uses ("a former British prime
//! minister") name nobody, nor does any phrase without a date; an acting
//! one names only a holder the data marks as acting.

use foldhash::{HashMap, HashMapExt};

use super::state::{Cursor, Resolution, Resolved};
use super::titles::name_start;
use crate::dateline::DocumentDay;
use crate::entity::EntityRef;
use crate::kind::EntityKind;
use crate::mention::How;
use crate::offices::{country_code, CountryCode, Office, Offices, OwnerRef, PhraseOffice};
use crate::scan::{Candidate, FormRole, Matcher};

/// Words right before a role phrase that make it name nobody: not the
/// holder on the date ("former", "next"), another office ("deputy"), or
/// no one in particular ("a").
const NOT_THE_HOLDER: &[&str] = &[
    "a",
    "an",
    "another",
    "deputy",
    "designate",
    "each",
    "every",
    "ex",
    "former",
    "future",
    "incoming",
    "late",
    "next",
    "past",
    "previous",
    "then",
    "vice",
];

/// The category of a state that is part of another and shares its code
/// (England, Scotland).
const CONSTITUENT_COUNTRY: &str = "constituent-country";

/// Names the holders of the office phrases among `titles` (the scan's) on
/// the document's day, if it has one; see the module doc. `cands` are the
/// scan's candidates.
pub(crate) fn name_holders(
    text: &str,
    matcher: &Matcher,
    titles: &[(usize, usize)],
    cands: &[Candidate],
    day: &DocumentDay<'_>,
    res: &mut Resolution,
) {
    if titles.is_empty() {
        return;
    }
    let offices = Offices::builtin();
    let mut found = Vec::new();
    res.sort();
    let mut cursor = Cursor::default();
    for &(mut ts, te) in titles {
        if name_start(text, te).is_some() {
            continue;
        }
        let mut k = cursor.first_ending_after(&res.mentions, ts);
        // An owner that ends inside the title ("the Chinese foreign
        // ministry" of "foreign ministry spokesman") owns the rest of it.
        if let Some(m) = res.mentions.get(k) {
            if m.start < ts && m.end < te && text[m.end..].starts_with(' ') {
                ts = m.end + 1;
                k += 1;
            }
        }
        let readings = offices.phrase(&text[ts..te]);
        if readings.is_empty() {
            continue;
        }
        // The owner: the mention before ("Chinese", "China's", "NATO") or
        // after ("of China").
        // Between the owner and the title, a possessive and "acting" or
        // "interim" may stand ("Russia's acting president").
        let mut acting_between = false;
        let before = k.checked_sub(1).map(|i| &res.mentions[i]).filter(|m| {
            let gap = &text[m.end..ts];
            let rest = ["'s ", "\u{2019}s ", " "]
                .iter()
                .find_map(|p| gap.strip_prefix(p))
                .unwrap_or("x");
            acting_between = matches!(rest, "acting " | "interim ");
            rest.is_empty() || acting_between
        });
        // After the title, the owner is a state or organization named in
        // full: not a nationality ("president of the Spanish FA"), nor the
        // start of a longer name ("of the United States Olympic Committee").
        let after = || {
            let rest = &text[te..];
            let gap = ["of the ", "of "]
                .iter()
                .find_map(|g| rest.strip_prefix(' ')?.strip_prefix(g).map(|_| 1 + g.len()))?;
            let at = te + gap;
            res.mentions[k..]
                .iter()
                .take_while(|m| m.start <= at)
                .find(|m| m.start == at)
                .filter(|m| res.kind(matcher, m) != EntityKind::Nationality)
                .filter(|m| name_start(text, m.end).is_none())
        };
        let (owner, span) = match before {
            Some(m) => (m, (m.start, te)),
            None => match after() {
                Some(m) => (m, (ts, m.end)),
                None => continue,
            },
        };
        let Some(acting_only) = holds_now(text, span.0) else {
            continue;
        };
        let acting_only = acting_only || acting_between && before.is_some();
        let Some((office, country)) = office_of(matcher, res, owner, readings) else {
            continue;
        };
        let Some(day) = day.get() else {
            return;
        };
        let holders = matcher
            .entities
            .holders_on(office, country, day, acting_only);
        if !holders.is_empty() {
            found.push((span, holders));
        }
    }
    if found.is_empty() {
        return;
    }
    let (mut removed, mut added) = res.buffers();
    let mut cursor = Cursor::default();
    let mut taken_until = 0;
    // (end of the phrase, holder) of the phrases that name one person.
    let mut named = Vec::new();
    for ((s, e), holders) in found {
        if s < taken_until {
            continue;
        }
        let k = cursor.first_ending_after(&res.mentions, s);
        let inside: Vec<usize> = (k..res.mentions.len())
            .take_while(|&j| res.mentions[j].start < e)
            .collect();
        // A mention crossing the phrase's edges wins.
        if inside
            .iter()
            .any(|&j| res.mentions[j].start < s || res.mentions[j].end > e)
        {
            continue;
        }
        removed.extend(inside);
        taken_until = e;
        if let [holder] = holders[..] {
            added.push(Resolved {
                start: s,
                end: e,
                entity: EntityRef::Known(holder),
                role: FormRole::Alias,
                others: Vec::new(),
                how: How::Role,
                linked: true,
            });
            named.push((e, holder));
        } else {
            let mut r = res.new_local(text, (s, e), EntityKind::Person, How::Role);
            r.others = holders;
            added.push(r);
        }
    }
    let later = later_surnames(matcher, cands, &named, res, &added);
    added.extend(later);
    res.replace(removed, added);
}

/// Whether a role phrase starting at `start` names the office's holder on
/// the date: not after "former", "deputy", "a"... alone or joined by a
/// hyphen ("ex-", "then-"). `Some(true)` after "acting" or "interim": only
/// a holder the data marks as one ("Acting Secretary of Defense") is
/// named.
fn holds_now(text: &str, start: usize) -> Option<bool> {
    let before = &text[..start];
    if before.ends_with('-') {
        return None;
    }
    let word = before
        .trim_end_matches(' ')
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let is = |w: &&str| w.eq_ignore_ascii_case(word);
    if NOT_THE_HOLDER.iter().any(is) {
        return None;
    }
    Some(["acting", "interim"].iter().any(is))
}

/// The office one of `readings` names for the owner mention `owner` (a
/// state, nationality or organization), and the state whose holders
/// answer (see [`Offices::fit`]).
fn office_of(
    matcher: &Matcher,
    res: &Resolution,
    owner: &Resolved,
    readings: &[PhraseOffice],
) -> Option<(Office, CountryCode)> {
    let EntityRef::Known(e) = owner.entity else {
        return None;
    };
    let owner = match res.kind(matcher, owner) {
        // A part of a state that shares its code ("Scotland's premier")
        // has offices of its own.
        EntityKind::State | EntityKind::Nationality
            if matcher.entities.category(e) == Some(CONSTITUENT_COUNTRY) =>
        {
            return None;
        }
        EntityKind::State | EntityKind::Nationality => {
            OwnerRef::State(country_code(matcher.entities.country(e)))
        }
        EntityKind::Organization => OwnerRef::Organization(matcher.entities.id(e)),
        _ => return None,
    };
    Offices::builtin().fit(readings, owner)
}

/// Mentions of the holders named by role phrases for the later uses of
/// their partial names ("Qin said") that no mention covers yet: after the
/// end of the first phrase that names each (`named`: (end, holder), in
/// order). A partial name two holders share is the first one's. One walk
/// over the candidates, however many phrases the text has. `roles` are the
/// phrases' mentions, in order.
fn later_surnames(
    matcher: &Matcher,
    cands: &[Candidate],
    named: &[(usize, u32)],
    res: &Resolution,
    roles: &[Resolved],
) -> Vec<Resolved> {
    let mut new = Vec::new();
    let mut holder_of: HashMap<u32, u32> = HashMap::new();
    let mut next = 0;
    let covered = |s: usize, e: usize| {
        let overlaps = |m: &Resolved| m.start < e && s < m.end;
        let i = res.mentions.partition_point(|m| m.end <= s);
        let j = roles.partition_point(|m| m.end <= s);
        res.mentions.get(i).is_some_and(overlaps) || roles.get(j).is_some_and(overlaps)
    };
    let mut last_end = 0;
    for c in cands {
        while let Some(&(_, holder)) = named.get(next).filter(|&&(end, _)| end <= c.start) {
            for &p in matcher.entities.shorts(holder) {
                holder_of.entry(p).or_insert(holder);
            }
            next += 1;
        }
        let Some(&holder) = holder_of.get(&c.pattern) else {
            continue;
        };
        if c.start >= last_end && !covered(c.start, c.end) {
            last_end = c.end;
            new.push(Resolved {
                start: c.start,
                end: c.end,
                entity: EntityRef::Known(holder),
                role: FormRole::Short,
                others: Vec::new(),
                how: How::Partial,
                linked: true,
            });
        }
    }
    new
}
