//! Pass 1, greedy: candidates in text order, the leftmost-longest span
//! with a usable target wins.

use std::cell::Cell;

use foldhash::HashMap;

use super::lexicon::is_honorific;
use super::runs::Word;
use super::state::{Resolution, Resolved};
use super::titles::{name_start, title_ending_before};
use super::towns::Towns;
use crate::compiled::{words, Target};
use crate::dateline::DocumentDay;
use crate::entity::EntityRef;
use crate::fold::typo_eq;
use crate::kind::EntityKind;
use crate::mention::How;
use crate::scan::{Candidate, FormRole, Matcher};

/// Pass 1: leftmost-longest with usable targets.
pub(crate) fn greedy(
    text: &str,
    matcher: &Matcher,
    (titles, capitals): (&[Word], &[Word]),
    cands: &[Candidate],
    (evidence, day): (bool, &DocumentDay<'_>),
    res: &mut Resolution,
) {
    if cands.is_empty() {
        return;
    }
    // Pattern of a partial name -> the person most recently named in full.
    let mut named = std::mem::take(&mut res.named);
    named.clear();
    let caps = CapsLines::default();
    let mut towns = Towns::new(text, matcher, capitals, cands);
    let mut pos = 0;
    for (i, c) in cands.iter().enumerate() {
        if c.start < pos {
            continue;
        }
        // Read only for the few candidates whose choice depends on them.
        let caps_line = || caps.is_caps_line(text, c.start);
        let shouted = || shouted_neighbour(text, cands, i);
        // A bare surname after an office title ("Premier Li said"), not the
        // first word of a longer name ("chief Bill Gates"). An honorific
        // ("Mr", "Dr") says nothing of office: it does not pick a person
        // out of the gazetteer by surname.
        let titled = || {
            title_ending_before(text, titles, c.start)
                .is_some_and(|(s, e)| !is_honorific(&text[s..e]))
                && name_start(text, c.end).is_none()
        };
        // A town needs words that show a place ("in Coventry"), or an
        // earlier mention that had them.
        let last = res.mentions.last();
        let placed = |e: u32| towns.placed(last, (c.start, c.end), e);
        let context = (caps_line, shouted, titled, placed);
        let Some(r) = choose(text, matcher, c, &named, context, (evidence, day)) else {
            continue;
        };
        if let Some(e) = r.entity.known().filter(|&e| matcher.info[e as usize].town) {
            towns.named(e);
        }
        // Every target of a candidate is a gazetteer entity.
        if let Some(e) = r.entity.known() {
            if matches!(r.role, FormRole::Name | FormRole::Alias)
                && matcher.info[e as usize].has_shorts
            {
                for &p in matcher.entities.shorts(e) {
                    named.insert(p, e);
                }
            }
        }
        pos = r.end;
        res.mentions.push(r);
    }
    res.named = named;
}

/// Preference among targets: a generic name last, then kind, role, then
/// load order (later first).
type Rank = (bool, u8, FormRole, std::cmp::Reverse<u32>);

/// The best target of one candidate, or `None` when no target is usable;
/// `caps_line` tells whether the candidate's line is written all in
/// capitals, `shouted` whether it touches an unknown word in capitals
/// ([`shouted_neighbour`]), `titled` whether an office title comes right
/// before it, `placed` whether a town may be named there (its words show a
/// place, or the town was named so before). With `evidence`, a match not spelled as the gazetteer writes
/// it is [`How::Folded`].
fn choose(
    text: &str,
    matcher: &Matcher,
    c: &Candidate,
    named: &HashMap<u32, u32>,
    (caps_line, shouted, titled, placed): (
        impl Fn() -> bool,
        impl Fn() -> bool,
        impl Fn() -> bool,
        impl Fn(u32) -> bool,
    ),
    (evidence, day): (bool, &DocumentDay<'_>),
) -> Option<Resolved> {
    let targets = matcher.targets(c.pattern);
    let surface = &text[c.start..c.end];
    // "All-American", "Pan-American": honours and movements, not nationality.
    let prefixed = matches!(
        text.as_bytes().get(c.start.saturating_sub(4)..c.start),
        Some(b"All-" | b"all-" | b"Pan-" | b"Pan ")
    );
    // A nationality noun written in capitals inside normal text is a label
    // or an acronym ("POLE display"); adjectives ("CHINESE troops") and
    // names in capitals ("MOSCOW") are what they say.
    let shouted_word = || {
        !surface.chars().any(char::is_lowercase)
            && surface.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !caps_line()
    };
    let usable = |i: usize| {
        let t = &targets[i];
        c.ok & (1 << i) != 0
            // In a line written all in capitals, short acronyms are words;
            // elsewhere, next to an unknown word in capitals, any acronym
            // is ("HELP US", "FAST-FOOD").
            && !(t.caps_words != 0 && caps_line() && is_short_acronym(&t.form, t.caps_words))
            && !(t.caps_words != 0
                && shouted()
                && is_acronym_alias(&t.form, t.caps_words)
                && !caps_line())
            && !(t.role == FormRole::Demonym && shouted_word() && !is_adjectival(&t.form))
            && !(prefixed && t.role == FormRole::Demonym)
            && (!matcher.info[t.entity as usize].town || placed(t.entity))
    };
    let resolved = |t: &crate::compiled::Target, how, others| Resolved {
        start: c.start,
        end: c.end,
        entity: EntityRef::Known(t.entity),
        role: t.role,
        others,
        how,
        linked: true,
    };
    // A partial name whose person was named earlier wins outright.
    if let Some(&person) = named.get(&c.pattern) {
        if let Some(t) = targets
            .iter()
            .enumerate()
            .find(|&(i, t)| usable(i) && t.role == FormRole::Short && t.entity == person)
            .map(|(_, t)| t)
        {
            return Some(resolved(t, How::Partial, Vec::new()));
        }
    }
    // On a known date, a form that several people share names the one in
    // office then.
    if let Some((i, others)) = in_office(matcher, targets, &usable, day) {
        return Some(resolved(&targets[i], How::Date, others));
    }
    // Kind first, then name over alias over demonym, then the entry loaded
    // last (user gazetteers come after the built-in data); a generic name
    // only when nothing else fits.
    let full = targets
        .iter()
        .enumerate()
        .take(64)
        .filter(|&(i, t)| usable(i) && t.role != FormRole::Short)
        .map(|(i, t)| {
            let key: Rank = (
                t.role == FormRole::Generic,
                t.kind,
                t.role,
                std::cmp::Reverse(t.entity),
            );
            (key, i)
        });
    if let Some((_, i)) = full.clone().min() {
        let t = &targets[i];
        // The other entities, best first (most spans have one target).
        let mut others: Vec<u32> = Vec::new();
        if full.clone().nth(1).is_some() {
            let mut ranked: Vec<(Rank, usize)> = full.collect();
            ranked.sort_unstable();
            for &(_, j) in &ranked[1..] {
                let e = targets[j].entity;
                if e != t.entity && !others.contains(&e) {
                    others.push(e);
                }
            }
        }
        let how = if !evidence || typo_eq(surface, &t.form) {
            How::Exact
        } else {
            How::Folded
        };
        return Some(resolved(t, how, others));
    }
    // A bare surname after an office title, when one person has it.
    if titled() {
        let mut people = targets
            .iter()
            .enumerate()
            .filter(|&(i, t)| usable(i) && t.role == FormRole::Short);
        if let (Some((_, t)), None) = (people.next(), people.next()) {
            return Some(resolved(t, How::Title, Vec::new()));
        }
    }
    None
}

/// When every usable target of a candidate is a person, at least two
/// people of one state share it (a family: "Trudeau", "Bush"), and exactly
/// one of them held an office on `day`: that person's target (a name or
/// alias before a partial name) and the other people. A surname borne in
/// several states ("Martin") is no family's: the date does not decide it.
fn in_office(
    matcher: &Matcher,
    targets: &[Target],
    usable: &impl Fn(usize) -> bool,
    day: &DocumentDay<'_>,
) -> Option<(usize, Vec<u32>)> {
    const PERSON: u8 = EntityKind::Person.rank();
    // Two people need two targets, and one a person (cheap tests first).
    if targets.len() < 2 || !targets.iter().any(|t| t.kind == PERSON) {
        return None;
    }
    let usable_targets = || {
        targets
            .iter()
            .enumerate()
            .take(64)
            .filter(|&(i, _)| usable(i))
    };
    // Every usable target a person of one state, and two people at least
    // (checked without allocating: most candidates are no family's name).
    let country = |e: u32| matcher.info[e as usize].country;
    let mut first: Option<u32> = None;
    let mut several = false;
    for (_, t) in usable_targets() {
        if t.kind != PERSON || !matches!(t.role, FormRole::Name | FormRole::Alias | FormRole::Short)
        {
            return None;
        }
        match first {
            None => first = Some(t.entity),
            Some(p) if country(p) != country(t.entity) => return None,
            Some(p) => several |= p != t.entity,
        }
    }
    if !several {
        return None;
    }
    // Only a family's name asks for the date.
    let day = day.get()?;
    let mut chosen: Option<usize> = None;
    for (i, t) in usable_targets() {
        if matcher.entities.in_office_on(t.entity, day) {
            match chosen {
                // Another person in office too: the date does not decide.
                Some(j) if targets[j].entity != t.entity => return None,
                Some(j) if targets[j].role <= t.role => {}
                _ => chosen = Some(i),
            }
        }
    }
    let i = chosen?;
    let mut people: Vec<u32> = Vec::new();
    for (_, t) in usable_targets() {
        if t.entity != targets[i].entity && !people.contains(&t.entity) {
            people.push(t.entity);
        }
    }
    Some((i, people))
}

/// An alias word of three letters or fewer that matches only in capitals
/// and has no full stop ("US", "WHO"; not "U.S.").
fn is_short_acronym(form: &str, caps_words: u32) -> bool {
    caps_words != 0
        && !form.contains('.')
        && words(form).all(|w| w.chars().filter(|c| c.is_alphabetic()).count() <= 3)
}

/// Whether a nationality word has the ending of an adjective ("Chinese",
/// "Russian", "British", "Israeli", "French", "Greek", "Swiss"), not of a
/// noun that is also an English word ("Pole", "Dane", "Swede").
fn is_adjectival(form: &str) -> bool {
    // The plural of an adjectival noun ("Americans") is adjectival too.
    let form = match form.strip_suffix('s') {
        Some(stem) if !stem.ends_with('s') => stem,
        _ => form,
    };
    let f = form.as_bytes();
    let lower = |i: usize| f.len().checked_sub(i).map(|j| f[j].to_ascii_lowercase());
    matches!(lower(1), Some(b'i' | b'h' | b'c'))
        || matches!(
            (lower(2), lower(1)),
            (Some(b'a'), Some(b'n')) | (Some(b's'), Some(b's')) | (Some(b'e'), Some(b'k'))
        )
        || form.ends_with("ese")
}

/// An alias with no full stop whose every word is acronym-like ("US",
/// "FAST", "NATO"; not "U.S." or "New START").
fn is_acronym_alias(form: &str, caps_words: u32) -> bool {
    caps_words != 0
        && !form.contains('.')
        && words(form)
            .enumerate()
            .all(|(i, _)| i < 32 && caps_words & (1 << i) != 0)
}

/// Whether candidate `i` of `cands` (sorted by start) touches, across a
/// space or a hyphen, a word of four letters or more written in capitals
/// that no candidate starts at: "HELP US", "FAST-FOOD", where the
/// acronym-like word is shouted English; not "US-NATO", "US TV".
fn shouted_neighbour(text: &str, cands: &[Candidate], i: usize) -> bool {
    let c = &cands[i];
    let bytes = text.as_bytes();
    let is_joint = |b: Option<&u8>| matches!(b, Some(b' ' | b'-'));
    // Four letters or more: shorter words in capitals are mostly acronyms
    // themselves ("US TV", "UKIP MEP").
    let shouted = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 4 && !w.chars().any(char::is_lowercase)
    };
    let word_char = |ch: char| ch.is_alphanumeric();
    // Most neighbours are lower-case words: one byte tells.
    let may_shout = |at: Option<&u8>| at.is_some_and(|&b| b.is_ascii_uppercase() || b >= 0x80);
    if is_joint(bytes.get(c.end)) && may_shout(bytes.get(c.end + 1)) {
        let from = c.end + 1;
        let len = text[from..]
            .find(|ch: char| !word_char(ch))
            .unwrap_or(text.len() - from);
        let known = cands[i + 1..]
            .iter()
            .take_while(|d| d.start <= from)
            .any(|d| d.start == from);
        if len > 0 && shouted(&text[from..from + len]) && !known {
            return true;
        }
    }
    if c.start > 1 && is_joint(bytes.get(c.start - 1)) && may_shout(bytes.get(c.start - 2)) {
        let to = c.start - 1;
        let from = text[..to].rfind(|ch: char| !word_char(ch)).map_or(0, |j| {
            j + text[j..].chars().next().map_or(1, char::len_utf8)
        });
        let known = cands[..i]
            .iter()
            .rev()
            .take_while(|d| d.start >= from)
            .any(|d| d.start == from);
        if from < to && shouted(&text[from..to]) && !known {
            return true;
        }
    }
    false
}

/// Remembers whether the current line is written all in capitals, so that
/// positions visited in order cost one look at each line.
#[derive(Default)]
struct CapsLines {
    line: Cell<(usize, usize)>,
    caps: Cell<bool>,
}

impl CapsLines {
    fn is_caps_line(&self, text: &str, pos: usize) -> bool {
        let line = self.line.get();
        if !(line.0 <= pos && pos < line.1) {
            let bytes = text.as_bytes();
            let start = memchr::memrchr(b'\n', &bytes[..pos]).map_or(0, |i| i + 1);
            let end = memchr::memchr(b'\n', &bytes[pos..]).map_or(text.len(), |i| pos + i);
            let line = &text[start..end];
            // Most lines have a lower-case letter near their start.
            self.caps.set(
                !line.chars().any(char::is_lowercase)
                    && line.chars().filter(|c| c.is_alphabetic()).count() >= 8,
            );
            self.line.set((start, end.max(pos + 1)));
        }
        self.caps.get()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adjectival_nationality_words() {
        for adj in [
            "Chinese", "Russian", "British", "Israeli", "French", "Greek", "Swiss", "Czech",
            "Thai", "Arabic",
        ] {
            assert!(is_adjectival(adj), "{adj}");
        }
        assert!(is_adjectival("Americans"));
        for noun in ["Pole", "Poles", "Dane", "Swede", "Finn", "Scot", "Turk"] {
            assert!(!is_adjectival(noun), "{noun}");
        }
    }

    #[test]
    fn short_acronyms() {
        assert!(is_acronym_alias("FAST", 1));
        assert!(is_acronym_alias("EU UK", 0b11));
        assert!(!is_acronym_alias("New START", 0b10));
        assert!(!is_acronym_alias("U.S.", 0b1));
        assert!(!is_acronym_alias("Russia", 0));
        assert!(is_short_acronym("US", 1));
        assert!(!is_short_acronym("U.S.", 0b11));
        assert!(!is_short_acronym("NATO", 1));
        assert!(!is_short_acronym("Russia", 0));
    }

    #[test]
    fn caps_lines() {
        let t = "CHINA SENDS TOP DIPLOMAT TO RUSSIA\nThe US said\nUS";
        let c = CapsLines::default();
        assert!(c.is_caps_line(t, 0));
        assert!(c.is_caps_line(t, 30));
        assert!(!c.is_caps_line(t, 40));
        assert!(!c.is_caps_line(t, t.len() - 1)); // too few letters
    }
}
