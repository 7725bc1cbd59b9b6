//! From candidates to mentions, with the document as the unit of
//! resolution.
//!
//! The passes, in the order [`resolve`] runs them, each linear in the
//! number of candidates or in the text:
//!
//! 1. **Greedy**: candidates in text order; the leftmost-longest span with a
//!    usable target wins. A partial name ("Putin", "Wang") is usable after
//!    its person was named in full (the most recent one wins), or after an
//!    office title ("President Xi") when exactly one person has it. An
//!    acronym-like alias in a line of capitals, or next to an unknown word
//!    in capitals ("HELP US"), is a word.
//! 2. **Names** ([`names`]): a first-name-like place ("Chad", "Jordan")
//!    next to a capitalised name is dropped; a capitalised name after an
//!    office title is a person even when the gazetteer does not know it.
//! 3. **Wire** ([`wire`]): a dateline's cities are places and its credit an
//!    organization; a byline holds no places; the name beside an
//!    organization in a photo credit is a person.
//! 4. **Acronyms** ([`acronyms`]): "Full Name (ACR)" and "ACR (Full Name)"
//!    define ACR for the rest of the document when the initials spell it
//!    (or the gazetteer gives it), introducing an unknown organization when
//!    the gazetteer does not know the full name.
//! 5. **Shapes** ([`patterns`]): numbered names ("Resolution 2231"), then
//!    capitalised words ending in an organization or treaty head noun, or
//!    starting with a known given name: an organization, treaty or person
//!    with no id.
//! 6. **Linking**: one scan for every later use of a defined acronym or of
//!    the surname of a person introduced by a title or by shape.
//! 7. **Context**: an ambiguous span takes the candidate whose state the
//!    rest of the document talks about; a generic name ("Parliament")
//!    stands only where the document names its state.

mod acronyms;
mod lexicon;
mod names;
mod patterns;
mod wire;

use std::cell::Cell;

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use foldhash::{HashMap, HashMapExt};

use crate::compiled::words;
use crate::fold::{starts_with_capital, typo_eq};
use crate::kind::EntityKind;
use crate::mention::How;
use crate::scan::{is_boundary, Candidate, FormRole, Matcher, Scan};

pub(crate) use names::Context;
use patterns::Runs;

/// A chosen span, before it is turned into a public mention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Resolved {
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// An entity of the matcher, or `matcher.entities.len() + i` for the
    /// document-local entity `i`.
    pub(crate) entity: u32,
    pub(crate) role: FormRole,
    /// Other entities the span could stand for.
    pub(crate) others: Vec<u32>,
    pub(crate) how: How,
}

/// An entity found in the document but not in any gazetteer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Local {
    /// The name as written, shared by the entity's mentions.
    pub(crate) name: std::sync::Arc<str>,
    pub(crate) kind: EntityKind,
}

/// The mentions of one document and its local entities.
#[derive(Debug, Default)]
pub(crate) struct Resolution {
    pub(crate) mentions: Vec<Resolved>,
    pub(crate) locals: Vec<Local>,
    /// Words defined for the rest of the document, in the order the passes
    /// define them: the surnames of people the text introduces and the
    /// acronyms it defines.
    pub(crate) defined: Vec<Definition>,
    /// Buffers the passes reuse from one document to the next: partial
    /// names of the people named so far ([`greedy`]), and the indices of
    /// mentions to remove and the mentions to add ([`Resolution::replace`]).
    named: HashMap<u32, u32>,
    spare: (Vec<usize>, Vec<Resolved>),
    /// The runs of capitalised words ([`patterns::recognise`]).
    runs: Runs,
}

/// A word defined for the rest of a document (see [`Resolution::defined`]).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Definition {
    /// The word, as a byte span of the text.
    pub(crate) word: (usize, usize),
    /// Where it is defined: uses before this offset do not link.
    pub(crate) at: usize,
    pub(crate) entity: u32,
    /// [`How::Title`] for a surname, [`How::Acronym`] for an acronym.
    pub(crate) how: How,
}

impl Resolution {
    /// A new document-local entity named `text[start..end]`, and the
    /// mention of it spanning those bytes.
    fn new_local(
        &mut self,
        n_entities: usize,
        text: &str,
        (start, end): (usize, usize),
        kind: EntityKind,
        how: How,
    ) -> Resolved {
        self.locals.push(Local {
            name: std::sync::Arc::from(&text[start..end]),
            kind,
        });
        let entity = (n_entities + self.locals.len() - 1) as u32;
        Resolved {
            start,
            end,
            entity,
            role: FormRole::Name,
            others: Vec::new(),
            how,
        }
    }

    fn sort(&mut self) {
        self.mentions.sort_unstable_by_key(|r| (r.start, r.end));
    }

    /// Gives back the buffers of the passes, keeping the mentions and the
    /// local entities (for a huge text, before its mentions are built).
    pub(crate) fn release_passes(&mut self) {
        self.defined = Vec::new();
        self.named = HashMap::default();
        self.spare = Default::default();
        self.runs = Runs::default();
    }

    /// Empty buffers for [`Resolution::replace`]: indices of mentions to
    /// remove, and mentions to add.
    fn buffers(&mut self) -> (Vec<usize>, Vec<Resolved>) {
        std::mem::take(&mut self.spare)
    }

    /// Removes the mentions at the indices `removed` (into the sorted list)
    /// and adds `added`, keeping the list sorted. The buffers are kept for
    /// [`Resolution::buffers`].
    fn replace(&mut self, mut removed: Vec<usize>, mut added: Vec<Resolved>) {
        if !(removed.is_empty() && added.is_empty()) {
            removed.sort_unstable();
            removed.dedup();
            let mut idx = 0;
            self.mentions.retain(|_| {
                let keep = removed.binary_search(&idx).is_err();
                idx += 1;
                keep
            });
            self.mentions.append(&mut added);
            self.sort();
        }
        removed.clear();
        self.spare = (removed, added);
    }

    /// The kind of an entity, gazetteer or local.
    pub(crate) fn kind(&self, matcher: &Matcher, r: &Resolved) -> EntityKind {
        let n = matcher.entities.len();
        if (r.entity as usize) < n {
            if r.role == FormRole::Demonym {
                EntityKind::Nationality
            } else {
                matcher.info[r.entity as usize].kind
            }
        } else {
            self.locals[r.entity as usize - n].kind
        }
    }
}

/// Resolves the candidates and titles of a scan into mentions, in `res`
/// (emptied first, its buffers reused). Only with `evidence` (mentions
/// report how they were found) is an exact match told from a folded one.
pub(crate) fn resolve(
    text: &str,
    matcher: &Matcher,
    ctx: &Context,
    scan: &Scan,
    evidence: bool,
    res: &mut Resolution,
) {
    let (cands, titles) = (&scan.candidates[..], &scan.titles[..]);
    res.mentions.clear();
    res.locals.clear();
    res.defined.clear();
    res.mentions.reserve(cands.len());
    greedy(text, matcher, titles, cands, evidence, res);
    names::drop_name_parts(text, ctx, matcher, res);
    names::introduce_people(text, matcher, titles, cands, res);
    wire::resolve(text, matcher, scan.slash, res);
    acronyms::define(text, matcher, scan.paren, res);
    patterns::numbered(text, matcher, scan.cue, res);
    patterns::recognise(text, &scan.capitals, ctx, matcher, res);
    // The last two passes have work only in some documents (words defined,
    // spans with several readings): their code stays off the common path.
    if !res.defined.is_empty() {
        link(text, &scan.capitals, matcher, res);
    }
    if res
        .mentions
        .iter()
        .any(|r| !r.others.is_empty() || r.role == FormRole::Generic)
    {
        choose_by_context(matcher, res);
    }
    // Every pass keeps mentions apart; this makes the guarantee local.
    let mut end = 0;
    res.mentions.retain(|r| {
        let keep = r.start >= end && r.start < r.end;
        if keep {
            end = r.end;
        }
        keep
    });
}

/// Pass 1: leftmost-longest with usable targets.
fn greedy(
    text: &str,
    matcher: &Matcher,
    titles: &[(usize, usize)],
    cands: &[Candidate],
    evidence: bool,
    res: &mut Resolution,
) {
    if cands.is_empty() {
        return;
    }
    // Pattern of a partial name -> the person most recently named in full.
    let mut named = std::mem::take(&mut res.named);
    named.clear();
    let caps = CapsLines::default();
    let mut pos = 0;
    for (i, c) in cands.iter().enumerate() {
        if c.start < pos {
            continue;
        }
        // Read only for the few candidates whose choice depends on them.
        let caps_line = || caps.is_caps_line(text, c.start);
        let shouted = || shouted_neighbour(text, cands, i);
        let titled = || names::title_before(text, titles, c.start);
        let context = (caps_line, shouted, titled);
        let Some(r) = choose(text, matcher, c, &named, context, evidence) else {
            continue;
        };
        if matches!(r.role, FormRole::Name | FormRole::Alias)
            && matcher.info[r.entity as usize].has_shorts
        {
            for &p in &matcher.entities[r.entity as usize].shorts {
                named.insert(p, r.entity);
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
/// before it. With `evidence`, a match not spelled as the gazetteer writes
/// it is [`How::Folded`].
fn choose(
    text: &str,
    matcher: &Matcher,
    c: &Candidate,
    named: &HashMap<u32, u32>,
    (caps_line, shouted, titled): (impl Fn() -> bool, impl Fn() -> bool, impl Fn() -> bool),
    evidence: bool,
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
    };
    let resolved = |t: &crate::compiled::Target, how, others| Resolved {
        start: c.start,
        end: c.end,
        entity: t.entity,
        role: t.role,
        others,
        how,
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

/// Pass 6: every later use of a defined acronym (exact case) or of the
/// surname of a title-introduced person links to its entity, in one scan.
/// Called only when words are defined.
#[inline(never)]
fn link(text: &str, capitals: &[(usize, usize)], matcher: &Matcher, res: &mut Resolution) {
    let mut defs = std::mem::take(&mut res.defined);
    let word = |d: &Definition| &text[d.word.0..d.word.1];
    // By word, then where defined; surnames before acronyms defined at the
    // same place, and otherwise in the order the passes defined them.
    defs.sort_by(|a, b| {
        let key = |d: &Definition| (word(d), d.at, d.how != How::Title);
        key(a).cmp(&key(b))
    });
    // The distinct words (sorted), and where each one's definitions start.
    let mut keys: Vec<&str> = Vec::new();
    let mut firsts: Vec<usize> = Vec::new();
    for (i, d) in defs.iter().enumerate() {
        if keys.last() != Some(&word(d)) {
            keys.push(word(d));
            firsts.push(i);
        }
    }
    firsts.push(defs.len());
    let uses = find_words(text, capitals, &keys);
    res.sort();
    let n = matcher.entities.len();
    let (removed, mut added) = res.buffers();
    let mut k = 0; // index into the sorted mentions
    for (s, e, key) in uses {
        // The latest definition at or before this use (binary search: a
        // document may define the same acronym many times).
        let list = &defs[firsts[key]..firsts[key + 1]];
        let i = list.partition_point(|d| d.at <= s);
        let Some(&Definition { entity, how, .. }) = i.checked_sub(1).map(|i| &list[i]) else {
            continue;
        };
        while k < res.mentions.len() && res.mentions[k].end <= s {
            k += 1;
        }
        if k < res.mentions.len() && res.mentions[k].start < e {
            let r = &mut res.mentions[k];
            // A definition in the text overrides the gazetteer for an
            // acronym spanning exactly the same words.
            if how == How::Acronym && r.start == s && r.end == e && r.entity != entity {
                let old = r.entity;
                r.entity = entity;
                r.role = FormRole::Alias;
                // The gazetteer's reading stays a candidate.
                r.others = if (old as usize) < n && (entity as usize) < n {
                    vec![old]
                } else {
                    Vec::new()
                };
                r.how = How::Acronym;
            }
            // A person the document itself named ("Michael Howard") beats
            // a gazetteer guess made from a title alone ("Mr Howard").
            if how == How::Title && r.how == How::Title && r.start == s && r.end == e {
                r.entity = entity;
                r.role = FormRole::Alias;
                r.others = Vec::new();
                r.how = How::Partial;
            }
            continue;
        }
        let how = if how == How::Title { How::Partial } else { how };
        added.push(Resolved {
            start: s,
            end: e,
            entity,
            role: FormRole::Alias,
            others: Vec::new(),
            how,
        });
    }
    res.replace(removed, added);
    defs.clear();
    res.defined = defs;
}

/// Whole-word occurrences of `keys` (sorted) in `text` as (start, end, key
/// index), in order and without overlaps (leftmost-longest). With a few
/// dozen keys, the usual case, a key that starts with a capital (surnames,
/// acronyms: nearly all) is tried only where the scan saw a capitalised
/// word start, and any other key is searched for with a vectorised
/// substring search; more keys are found with one Aho-Corasick automaton,
/// so the cost stays linear in the text whatever the number of keys.
fn find_words(
    text: &str,
    capitals: &[(usize, usize)],
    keys: &[&str],
) -> Vec<(usize, usize, usize)> {
    let mut found = Vec::new();
    if keys.len() > 32 {
        // Built for one search of one text: the automaton that is quickest
        // to build (a DFA takes longer to build than the search takes).
        let ac = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::NoncontiguousNFA))
            .build(keys);
        if let Ok(ac) = ac {
            found.extend(
                ac.find_overlapping_iter(text)
                    .map(|m| (m.start(), m.end(), m.pattern().as_usize())),
            );
        }
    } else {
        if keys.iter().any(|k| starts_with_capital(k)) {
            let first = |k: &str| k.as_bytes().first().copied().unwrap_or(0);
            for &(s, _) in capitals {
                let rest = &text.as_bytes()[s..];
                // Keys are sorted: those starting with this byte are together.
                let from = keys.partition_point(|k| first(k) < rest[0]);
                for (k, key) in keys.iter().enumerate().skip(from) {
                    if first(key) != rest[0] {
                        break;
                    }
                    if rest.starts_with(key.as_bytes()) {
                        found.push((s, s + key.len(), k));
                    }
                }
            }
        }
        for (k, key) in keys.iter().enumerate() {
            if key.is_empty() || starts_with_capital(key) {
                continue;
            }
            for s in memchr::memmem::find_iter(text.as_bytes(), key.as_bytes()) {
                found.push((s, s + key.len(), k));
            }
        }
    }
    found.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut end = 0;
    found.retain(|&(s, e, _)| {
        let keep = s >= end && is_boundary(text, s) && is_boundary(text, e);
        if keep {
            end = e;
        }
        keep
    });
    found
}

/// Pass 7: a span that could stand for several entities takes the one whose
/// state the document's unambiguous mentions name most often, and a
/// generic name ("Parliament") stands only where the document names its
/// state: with no vote for any of its readings it is dropped. Called only
/// when some span has several readings or a generic one.
#[inline(never)]
fn choose_by_context(matcher: &Matcher, res: &mut Resolution) {
    let n = matcher.entities.len();
    let mut votes: HashMap<u16, usize> = HashMap::new();
    for r in res
        .mentions
        .iter()
        .filter(|r| r.others.is_empty() && (r.entity as usize) < n && r.role != FormRole::Generic)
    {
        let c = matcher.info[r.entity as usize].country;
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
        if (r.others.is_empty() && r.role != FormRole::Generic) || (r.entity as usize) >= n {
            return true;
        }
        let best = r
            .others
            .iter()
            .copied()
            .max_by_key(|&e| (score(e), std::cmp::Reverse(e)));
        match best {
            Some(b) if score(b) > score(r.entity) => {
                let old = r.entity;
                r.others.retain(|&e| e != b);
                r.others.insert(0, old);
                r.entity = b;
                // A demonym target keeps its role; any other becomes an alias.
                if matcher.info[b as usize].kind != EntityKind::State {
                    r.role = FormRole::Alias;
                }
                r.how = How::Context;
            }
            // A generic name with no vote for any of its readings goes.
            _ if r.role == FormRole::Generic => {
                if score(r.entity) == 0 {
                    return false;
                }
                r.role = FormRole::Alias;
                r.how = How::Context;
            }
            _ => {}
        }
        true
    });
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
    fn words_found_at_capitals_and_anywhere_else() {
        let t = "EU and anti-EU, NEU, EUR; al-Zorg met al-Zorgi";
        let caps = [(0, 2), (12, 14), (16, 19), (21, 24), (29, 33), (41, 46)];
        let keys = ["EU", "al-Zorg"];
        let found: Vec<&str> = find_words(t, &caps, &keys)
            .iter()
            .map(|&(s, e, _)| &t[s..e])
            .collect();
        assert_eq!(found, ["EU", "EU", "al-Zorg"]);
        assert!(find_words(t, &caps, &[""]).is_empty());
        // Many keys: one automaton, the same whole-word rule.
        let many: Vec<String> = (0..40)
            .map(|i| format!("K{i}"))
            .chain(["EU".into()])
            .collect();
        let mut many: Vec<&str> = many.iter().map(String::as_str).collect();
        many.sort_unstable();
        let found: Vec<&str> = find_words(t, &caps, &many)
            .iter()
            .map(|&(s, e, _)| &t[s..e])
            .collect();
        assert_eq!(found, ["EU", "EU"]);
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
