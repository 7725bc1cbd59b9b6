//! Compiling gazetteer surface forms into one automaton, and finding
//! candidate spans in a text.
//!
//! Every surface form (name, alias, demonym, partial name) is folded (see
//! [`crate::fold`]) and becomes one pattern of an Aho-Corasick automaton;
//! surface forms that fold to the same string share a pattern with several
//! [`Target`]s. A hit becomes a [`Candidate`] when it starts and ends on word
//! boundaries of the original text and at least one target's case policy
//! accepts the original spelling. Choosing among candidates is left to
//! [`crate::resolve`].

use std::collections::HashMap;
use std::sync::Arc;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use crate::fold::{fold_str, is_word_char, typo_fold, Folded};
use crate::gazetteer::{CasePolicy, Entry};
use crate::mention::EntityKind;

/// How a surface form relates to its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Role {
    /// The canonical name.
    Name,
    /// An alias.
    Alias,
    /// A nationality adjective or noun of a state.
    Demonym,
    /// A partial person name, valid only after the full name.
    Short,
}

/// One entity a pattern can stand for.
#[derive(Debug)]
pub(crate) struct Target {
    pub(crate) entity: u32,
    pub(crate) role: Role,
    pub(crate) case: CasePolicy,
    /// Whether the gazetteer set `case` (rather than the default).
    pub(crate) explicit: bool,
    /// For [`CasePolicy::Exact`]: the alias with typography folded.
    pub(crate) exact: Option<Box<str>>,
    /// For [`CasePolicy::Auto`]: bit `i` set when word `i` of the alias is
    /// an acronym-like word (capitals, at most five letters).
    pub(crate) caps_words: u32,
    /// For [`CasePolicy::Capitalized`]: bit `i` set when word `i` of the
    /// alias starts with a capital.
    pub(crate) capital_words: u32,
}

impl Target {
    /// The mention kind this target yields.
    pub(crate) fn kind(&self, entities: &[Entity]) -> EntityKind {
        match self.role {
            Role::Demonym => EntityKind::Nationality,
            _ => entities[self.entity as usize].kind,
        }
    }

    /// Whether the original spelling `surface` satisfies the case policy.
    fn accepts(&self, surface: &str) -> bool {
        match self.case {
            CasePolicy::Auto => self.caps_words == 0 || caps_words_kept(surface, self.caps_words),
            CasePolicy::Fold => true,
            CasePolicy::Exact => match &self.exact {
                Some(want) => typo_fold(surface) == **want,
                None => true,
            },
            CasePolicy::Capitalized => {
                capitals_kept(surface, self.capital_words)
                    && (self.caps_words == 0 || caps_words_kept(surface, self.caps_words))
            }
        }
    }
}

/// An entity as the extractor needs it at run time.
#[derive(Debug)]
pub(crate) struct Entity {
    pub(crate) id: Arc<str>,
    pub(crate) name: Arc<str>,
    pub(crate) country: Option<Arc<str>>,
    pub(crate) kind: EntityKind,
    /// Patterns of this person's partial names.
    pub(crate) shorts: Vec<u32>,
}

/// A span of the original text that some pattern matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Candidate {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) pattern: u32,
    /// Bit `i` set when target `i` of the pattern accepts the spelling
    /// (targets past the 64th are never used).
    pub(crate) ok: u64,
}

/// The compiled gazetteer.
#[derive(Debug)]
pub(crate) struct Matcher {
    ac: AhoCorasick,
    pub(crate) targets: Vec<Vec<Target>>,
    pub(crate) entities: Vec<Entity>,
    /// Length in bytes of the longest folded pattern.
    pub(crate) max_pattern_len: usize,
}

fn permissiveness(case: CasePolicy) -> u8 {
    match case {
        CasePolicy::Exact => 0,
        CasePolicy::Capitalized => 1,
        CasePolicy::Auto => 2,
        _ => 3,
    }
}

/// Words of a surface form: maximal runs of letters and digits.
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// The mask of acronym-like words of an alias: written in capitals, with
/// one to five letters.
fn caps_word_mask(alias: &str) -> u32 {
    let mut mask = 0;
    for (i, w) in words(alias).enumerate().take(32) {
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        if (1..=5).contains(&letters) && !w.chars().any(|c| c.is_lowercase()) {
            mask |= 1 << i;
        }
    }
    mask
}

/// The mask of alias words that start with a capital letter.
fn capital_word_mask(alias: &str) -> u32 {
    let mut mask = 0;
    for (i, w) in words(alias).enumerate().take(32) {
        if w.chars().next().is_some_and(char::is_uppercase) {
            mask |= 1 << i;
        }
    }
    mask
}

/// Whether the masked words of the surface start with a capital (or a
/// character without case). The first word always counts.
fn capitals_kept(surface: &str, mask: u32) -> bool {
    words(surface).enumerate().take(32).all(|(i, w)| {
        (mask & (1 << i) == 0 && i > 0) || !w.chars().next().is_some_and(char::is_lowercase)
    })
}

/// Whether every masked word of the surface is free of lower-case letters.
/// A surface whose words do not line up with the alias's is accepted.
fn caps_words_kept(surface: &str, mask: u32) -> bool {
    words(surface)
        .enumerate()
        .take(32)
        .all(|(i, w)| mask & (1 << i) == 0 || !w.chars().any(|c| c.is_lowercase()))
}

/// Texts longer than this are folded and scanned in windows, so memory for
/// the folded copy stays bounded.
const WINDOW: usize = 1 << 20;

impl Matcher {
    /// Compiles entries; `keep` says which mention kinds to produce.
    pub(crate) fn new(
        entries: &[Entry],
        keep: impl Fn(EntityKind) -> bool,
    ) -> Result<Matcher, aho_corasick::BuildError> {
        let mut patterns: Vec<String> = Vec::new();
        let mut index: HashMap<String, u32> = HashMap::new();
        let mut targets: Vec<Vec<Target>> = Vec::new();
        let mut entities = Vec::new();
        let mut max_pattern_len = 0;
        for entry in entries {
            let entity_keep = keep(entry.kind);
            let demonym_keep = entry.kind == EntityKind::State && keep(EntityKind::Nationality);
            if !entity_keep && !demonym_keep {
                continue;
            }
            let eid = entities.len() as u32;
            let mut shorts = Vec::new();
            let mut forms: Vec<(&str, Option<CasePolicy>, Role)> = Vec::new();
            if entity_keep {
                forms.push((&entry.name, None, Role::Name));
                forms.extend(
                    entry
                        .aliases
                        .iter()
                        .map(|a| (&*a.text, a.case, Role::Alias)),
                );
                forms.extend(entry.short.iter().map(|a| (&*a.text, a.case, Role::Short)));
            }
            if demonym_keep {
                forms.extend(
                    entry
                        .demonyms
                        .iter()
                        .map(|a| (&*a.text, a.case, Role::Demonym)),
                );
            }
            for (text, case, role) in forms {
                let key = fold_str(text);
                if key.is_empty() {
                    continue;
                }
                let explicit = case.is_some();
                let case = case.or(entry.case).unwrap_or_default();
                let pid = *index.entry(key.clone()).or_insert_with(|| {
                    max_pattern_len = max_pattern_len.max(key.len());
                    patterns.push(key);
                    targets.push(Vec::new());
                    (targets.len() - 1) as u32
                });
                let list = &mut targets[pid as usize];
                // The same entity may list one form twice (name and alias,
                // or spellings that fold alike). An explicit policy wins over
                // a default one; between defaults the more permissive wins.
                if let Some(t) = list.iter_mut().find(|t| t.entity == eid) {
                    let replace = if explicit != t.explicit {
                        explicit
                    } else {
                        permissiveness(case) > permissiveness(t.case)
                    };
                    if replace {
                        t.case = case;
                        t.explicit = explicit;
                        t.exact = (case == CasePolicy::Exact).then(|| typo_fold(text).into());
                        t.caps_words = caps_word_mask(text);
                        t.capital_words = capital_word_mask(text);
                    }
                    continue;
                }
                let exact = (case == CasePolicy::Exact).then(|| typo_fold(text).into());
                list.push(Target {
                    entity: eid,
                    role,
                    case,
                    explicit,
                    exact,
                    caps_words: caps_word_mask(text),
                    capital_words: capital_word_mask(text),
                });
                if role == Role::Short {
                    shorts.push(pid);
                }
            }
            entities.push(Entity {
                id: Arc::from(entry.id.as_str()),
                name: Arc::from(entry.name.as_str()),
                country: entry.country.as_deref().map(Arc::from),
                kind: entry.kind,
                shorts,
            });
        }
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&patterns)?;
        Ok(Matcher {
            ac,
            targets,
            entities,
            max_pattern_len,
        })
    }

    /// All candidates in `text`, in order of start then longest first.
    pub(crate) fn candidates(&self, text: &str) -> Vec<Candidate> {
        let mut out = Vec::new();
        let mut folded = Folded::default();
        let overlap = 4 * self.max_pattern_len + 64;
        let mut start = 0;
        while start < text.len() {
            let mut stop = if text.len() - start <= WINDOW {
                text.len()
            } else {
                window_end(text, start + WINDOW)
            };
            if stop <= start {
                stop = text.len();
            }
            let scan_end = if stop == text.len() {
                stop
            } else {
                ceil_char_boundary(text, (stop + overlap).min(text.len()))
            };
            folded.fold_into(&text[start..scan_end], start);
            self.scan(text, &folded, stop, &mut out);
            start = stop;
        }
        out.sort_unstable_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        out.dedup_by(|a, b| a.start == b.start && a.end == b.end && a.pattern == b.pattern);
        out
    }

    fn scan(&self, text: &str, folded: &Folded, stop: usize, out: &mut Vec<Candidate>) {
        let map = &folded.map;
        for m in self.ac.find_overlapping_iter(&folded.text) {
            let (fs, fe) = (m.start(), m.end());
            // A match must cover whole characters of the original.
            if fs > 0 && map[fs - 1] == map[fs] {
                continue;
            }
            if fe < folded.text.len() && map[fe] == map[fe - 1] {
                continue;
            }
            let start = map[fs] as usize;
            if start >= stop {
                continue;
            }
            let end = if fe < folded.text.len() {
                map[fe] as usize
            } else {
                map[map.len() - 1] as usize
            };
            // `end` is where the next folded character starts; trailing
            // ignorable characters (soft hyphen, zero-width) belong outside.
            let end = trim_ignorable(text, start, end);
            if !is_boundary(text, start) || !is_boundary(text, end) {
                continue;
            }
            let surface = &text[start..end];
            let pattern = m.pattern().as_u32();
            let mut ok = 0u64;
            for (i, t) in self.targets[pattern as usize].iter().enumerate().take(64) {
                if t.accepts(surface) {
                    ok |= 1 << i;
                }
            }
            if ok != 0 {
                out.push(Candidate {
                    start,
                    end,
                    pattern,
                    ok,
                });
            }
        }
    }
}

/// The end of a window near `at`: just after a whitespace character, so no
/// word is cut, searching back at most 4 KiB (else any char boundary).
fn window_end(text: &str, at: usize) -> usize {
    let at = ceil_char_boundary(text, at);
    let floor = at.saturating_sub(4096);
    let bytes = text.as_bytes();
    let mut i = at;
    while i > floor {
        if matches!(bytes[i - 1], b' ' | b'\n' | b'\t' | b'\r') {
            return i;
        }
        i -= 1;
    }
    at
}

pub(crate) fn ceil_char_boundary(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i.min(text.len())
}

fn trim_ignorable(text: &str, start: usize, mut end: usize) -> usize {
    while end > start {
        match text[..end].chars().next_back() {
            Some(c)
                if c.is_whitespace()
                    || matches!(
                        c,
                        '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}'
                    ) =>
            {
                end -= c.len_utf8();
            }
            _ => break,
        }
    }
    end
}

/// True when no word character touches `pos` on both sides: letters, digits,
/// combining marks and `_` continue a word; spaces, punctuation (including
/// apostrophes, so "Russia's" splits, and hyphens, so "U.S.-led" splits) and
/// the ends of the text break it.
pub(crate) fn is_boundary(text: &str, pos: usize) -> bool {
    let before = text[..pos].chars().next_back();
    let after = text[pos..].chars().next();
    match (before, after) {
        (Some(b), Some(a)) => !(is_word_char(b) && is_word_char(a)),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Alias;

    fn matcher(entries: &[Entry]) -> Matcher {
        Matcher::new(entries, |_| true).unwrap()
    }

    #[test]
    fn boundaries() {
        let t = "a woman, Oman's U.S.-led";
        assert!(!is_boundary(t, 4)); // wo|man
        assert!(is_boundary(t, 9)); // ' '|Oman
        assert!(is_boundary(t, 13)); // Oman|'s
        assert!(is_boundary(t, 20)); // U.S.|-led
        assert!(is_boundary(t, 0) && is_boundary(t, t.len()));
        assert!(!is_boundary("e\u{301}x", 3)); // combining mark continues
    }

    #[test]
    fn window_end_prefers_whitespace() {
        let t = "aaaa bbbb cccc";
        assert_eq!(window_end(t, 7), 5);
        assert_eq!(window_end("aaaaaaaa", 3), 3);
        assert_eq!(window_end("ééé", 1), 2);
    }

    #[test]
    fn same_form_for_two_entities_shares_a_pattern() {
        let m = matcher(&[
            Entry::new("Q1", EntityKind::State, "Djibouti"),
            Entry::new("loc:djibouti", EntityKind::Location, "Djibouti"),
        ]);
        assert_eq!(m.targets.len(), 1);
        assert_eq!(m.targets[0].len(), 2);
    }

    #[test]
    fn explicit_case_overrides_default_of_name() {
        let mut e = Entry::new("Q43", EntityKind::State, "Turkey");
        e.aliases
            .push(Alias::with_case("Turkey", CasePolicy::Capitalized));
        let m = matcher(&[e]);
        assert_eq!(m.targets[0][0].case, CasePolicy::Capitalized);
        assert!(m.candidates("roast turkey").is_empty());
        assert_eq!(m.candidates("in Turkey").len(), 1);
    }

    #[test]
    fn candidates_map_to_original_offsets() {
        let m = matcher(&[Entry::new("p", EntityKind::Person, "Recep Tayyip Erdoğan")]);
        let t = "Mr RECEP\u{a0}TAYYIP  Erdogan’s";
        let c = m.candidates(t);
        assert_eq!(c.len(), 1);
        assert_eq!(&t[c[0].start..c[0].end], "RECEP\u{a0}TAYYIP  Erdogan");
    }

    #[test]
    fn kinds_filter_drops_forms() {
        let e = Entry::new("Q159", EntityKind::State, "Russia").demonym("Russian");
        let m = Matcher::new(&[e], |k| k == EntityKind::Nationality).unwrap();
        assert!(m.candidates("Russia").is_empty());
        assert_eq!(m.candidates("Russian").len(), 1);
    }
}
