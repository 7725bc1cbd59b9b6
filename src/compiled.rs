//! The compiled form of a gazetteer: folded patterns, what each pattern can
//! stand for, and the entity table, with a compact binary encoding.
//!
//! This module is shared with the build script, which compiles the built-in
//! gazetteer once at build time with [`add_entry`], so that
//! `Extractor::builtin()` only decodes tables instead of parsing JSON and
//! folding every alias. It therefore depends on nothing in the crate but
//! what the build script includes too: [`crate::fold`], [`crate::kind`]
//! and the gazetteer's entries ([`crate::gazetteer::entry`]).

use foldhash::HashMap;
use std::borrow::Cow;

use crate::first_names::{recount_first_names, shared_first_names};
use crate::fold::{fold_str, typo_fold};
use crate::gazetteer::{Alias, CasePolicy, Entry};
use crate::kind::EntityKind;
pub(crate) use crate::term::Term;

/// A string of the tables: borrowed from the embedded built-in tables, or
/// owned when compiled at run time.
pub(crate) type Str = Cow<'static, str>;

/// Case policy codes (see `CasePolicy` for their meaning).
pub(crate) const CASE_AUTO: u8 = 0;
pub(crate) const CASE_FOLD: u8 = 1;
pub(crate) const CASE_EXACT: u8 = 2;
pub(crate) const CASE_CAPITALIZED: u8 = 3;

/// How a surface form relates to its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum FormRole {
    /// The canonical name.
    Name = 0,
    /// An alias.
    Alias = 1,
    /// A nationality adjective or noun of a state.
    Demonym = 2,
    /// A partial person name, valid only after the full name.
    Short = 3,
    /// A generic name ("Congress", "Parliament"), valid only in a document
    /// that talks about the entity's state.
    Generic = 4,
}

impl FormRole {
    fn from_code(c: u8) -> Option<FormRole> {
        Some(match c {
            0 => FormRole::Name,
            1 => FormRole::Alias,
            2 => FormRole::Demonym,
            3 => FormRole::Short,
            4 => FormRole::Generic,
            _ => return None,
        })
    }
}

/// One entity a pattern can stand for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Target {
    pub(crate) entity: u32,
    pub(crate) role: FormRole,
    /// The kind of mention it yields: its position in `EntityKind::ALL`
    /// (a demonym yields a nationality, position 1).
    pub(crate) kind: u8,
    /// A `CASE_*` code.
    pub(crate) case: u8,
    /// Whether the gazetteer set the policy on the alias itself.
    pub(crate) explicit: bool,
    /// The surface form as the gazetteer writes it, typography folded
    /// (compared for exact case, and to tell exact from folded matches).
    pub(crate) form: Str,
    /// Bit `i` set when word `i` of the alias is acronym-like (capitals,
    /// at most five letters).
    pub(crate) caps_words: u32,
    /// Bit `i` set when word `i` of the alias starts with a capital.
    pub(crate) capital_words: u32,
}

/// An entity as the extractor needs it at run time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct EntityRec {
    pub(crate) id: Str,
    pub(crate) name: Str,
    pub(crate) country: Option<Str>,
    /// Wikidata QID, when known.
    pub(crate) wikidata: Option<Str>,
    /// Finer type (`capital`, `party`, ...), when known.
    pub(crate) category: Option<Str>,
    /// Kind code: the position in `EntityKind::ALL`.
    pub(crate) kind: u8,
    /// Patterns of this person's partial names.
    pub(crate) shorts: Vec<u32>,
    /// The terms of office of this person.
    pub(crate) terms: Vec<Term>,
}

/// Patterns, their targets and the entities.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Tables {
    pub(crate) patterns: Vec<Str>,
    /// The targets of all patterns, pattern by pattern.
    pub(crate) targets: Vec<Target>,
    /// Where the targets of pattern `i` end in `targets`.
    pub(crate) target_ends: Vec<u32>,
    pub(crate) entities: Vec<EntityRec>,
    /// Folded first names shared by at least two people.
    pub(crate) given_names: Vec<Str>,
}

impl Tables {
    /// The targets of pattern `p`.
    pub(crate) fn targets_of(&self, p: usize) -> &[Target] {
        targets_of(&self.targets, &self.target_ends, p)
    }
}

/// The targets of pattern `p` in a flat target list.
#[inline]
pub(crate) fn targets_of<'a>(targets: &'a [Target], ends: &[u32], p: usize) -> &'a [Target] {
    let Some(&end) = ends.get(p) else {
        return &[];
    };
    let start = p.checked_sub(1).map_or(0, |q| ends[q] as usize);
    targets.get(start..end as usize).unwrap_or(&[])
}

/// One surface form to add: text, explicit case code, role.
pub(crate) type Form<'a> = (&'a str, Option<u8>, FormRole);

/// What identifies an entity, besides its surface forms: id, canonical
/// name, country, Wikidata QID, category, kind code and the entry's own
/// default case policy.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Head<'a> {
    pub(crate) id: &'a str,
    pub(crate) name: &'a str,
    pub(crate) country: Option<&'a str>,
    pub(crate) wikidata: Option<&'a str>,
    pub(crate) category: Option<&'a str>,
    pub(crate) kind: u8,
    pub(crate) case: Option<u8>,
}

/// Accumulates entities into [`Tables`].
#[derive(Default)]
pub(crate) struct TablesBuilder {
    tables: Tables,
    lists: Vec<Vec<Target>>,
    index: HashMap<String, u32>,
}

impl TablesBuilder {
    /// Adds one entity with its surface forms and the days it held an
    /// office.
    pub(crate) fn add<'a>(
        &mut self,
        head: Head<'_>,
        forms: impl IntoIterator<Item = Form<'a>>,
        terms: Vec<Term>,
    ) {
        let Head {
            id,
            name,
            country,
            wikidata,
            category,
            kind,
            case: entry_case,
        } = head;
        let eid = self.tables.entities.len() as u32;
        let mut shorts = Vec::new();
        for (text, case, role) in forms {
            let key = fold_str(text);
            if key.is_empty() {
                continue;
            }
            let explicit = case.is_some();
            // Demonyms are proper adjectives: capitalised unless told
            // otherwise ("portuguese wine" is no nationality mention).
            let default = if role == FormRole::Demonym {
                CASE_CAPITALIZED
            } else {
                CASE_AUTO
            };
            let case = case.or(entry_case).unwrap_or(default);
            let pid = match self.index.get(&key) {
                Some(&p) => p,
                None => {
                    let p = self.tables.patterns.len() as u32;
                    self.index.insert(key.clone(), p);
                    self.tables.patterns.push(key.into());
                    self.lists.push(Vec::new());
                    p
                }
            };
            let list = &mut self.lists[pid as usize];
            let target = Target {
                entity: eid,
                role,
                kind: if role == FormRole::Demonym {
                    EntityKind::Nationality.rank()
                } else {
                    kind
                },
                case,
                explicit,
                form: typo_fold(text).into(),
                caps_words: caps_word_mask(text),
                capital_words: capital_word_mask(text),
            };
            // The same entity may list one form twice (name and alias, or
            // spellings that fold alike). An explicit policy wins over a
            // default one; between equals the more permissive wins.
            if let Some(t) = list.iter_mut().find(|t| t.entity == eid) {
                let replace = if explicit != t.explicit {
                    explicit
                } else {
                    permissiveness(case) > permissiveness(t.case)
                };
                if replace {
                    let role = t.role;
                    *t = target;
                    t.role = role;
                }
                continue;
            }
            list.push(target);
            if role == FormRole::Short {
                shorts.push(pid);
            }
        }
        self.tables.entities.push(EntityRec {
            id: id.to_string().into(),
            name: name.to_string().into(),
            country: country.map(|c| c.to_string().into()),
            wikidata: wikidata.map(|q| q.to_string().into()),
            category: category.map(|c| c.to_string().into()),
            kind,
            shorts,
            terms,
        });
    }

    pub(crate) fn finish(mut self) -> Tables {
        for list in self.lists {
            self.tables.targets.extend(list);
            self.tables
                .target_ends
                .push(self.tables.targets.len() as u32);
        }
        self.tables.given_names = given_names(&self.tables.entities);
        self.tables
    }
}

/// The folded first names of at least two people among `entities` (see
/// [`crate::first_names`]).
pub(crate) fn given_names(entities: &[EntityRec]) -> Vec<Str> {
    let names = shared_first_names(people(entities));
    names.into_iter().map(Str::from).collect()
}

/// [`given_names`] of `entities`, which were those of `before` until the
/// people named `changed` were added or taken away.
pub(crate) fn given_names_after(
    before: &[Str],
    entities: &[EntityRec],
    changed: &[String],
) -> Vec<Str> {
    let now = recount_first_names(people(entities), changed.iter().map(String::as_str));
    let mut given: Vec<Str> = (before.iter())
        .filter(|g| !now.contains_key(&***g))
        .cloned()
        .collect();
    given.extend(now.into_iter().filter(|n| n.1).map(|(w, _)| w.into()));
    // Sorted but for the few names at the end.
    given.sort();
    given
}

/// The names of the people among `entities`.
fn people(entities: &[EntityRec]) -> impl Iterator<Item = &str> {
    (entities.iter())
        .filter(|e| e.kind == EntityKind::Person.rank())
        .map(|e| &*e.name)
}

fn permissiveness(case: u8) -> u8 {
    match case {
        CASE_EXACT => 0,
        CASE_CAPITALIZED => 1,
        CASE_AUTO => 2,
        _ => 3,
    }
}

/// Words of a surface form: maximal runs of letters and digits.
pub(crate) fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// The mask of acronym-like words: written in capitals, one to five letters.
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

/// The mask of words that start with a capital letter.
fn capital_word_mask(alias: &str) -> u32 {
    let mut mask = 0;
    for (i, w) in words(alias).enumerate().take(32) {
        if w.chars().next().is_some_and(char::is_uppercase) {
            mask |= 1 << i;
        }
    }
    mask
}

/// The office titles ("President", "Foreign Minister", "Mr") that introduce
/// people, one per line of `list` ('#' starts a comment), folded.
pub(crate) fn titles(list: &str) -> Vec<String> {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(fold_str)
        .collect()
}

/// Words one of which every numbered document name contains ("Security
/// Council Resolution 2254", "Executive Order 13582", "Penal Code"), folded:
/// keys of the trie after the titles, so that the scan notes whether a text
/// has one and most texts are spared the search for document names.
pub(crate) const CUE_KEYS: [&str; 6] = [
    "code",
    "constitution",
    "order",
    "resolution",
    "resolutions",
    "unscr",
];

/// The spellings of [`CUE_KEYS`] that document names use (the patterns
/// are case-sensitive).
pub(crate) const CUE_SPELLINGS: [&str; 9] = [
    "Code",
    "Constitution",
    "constitution",
    "Order",
    "Resolution",
    "resolution",
    "Resolutions",
    "resolutions",
    "UNSCR",
];

/// The keys of the trie, sorted: every pattern with its index as value,
/// every title that is not also a pattern with `patterns.len() + i` (title
/// `i`), and every [`CUE_KEYS`] word that is neither with
/// `patterns.len() + titles.len() + i`. The build script and the library
/// both build the trie from these.
pub(crate) fn trie_keys<'a>(patterns: &'a [Str], titles: &'a [String]) -> Vec<(&'a [u8], u32)> {
    let n = patterns.len() as u32;
    let cue_base = n + titles.len() as u32;
    let mut keys: Vec<(&[u8], u32)> = patterns
        .iter()
        .enumerate()
        .map(|(i, p)| (p.as_bytes(), i as u32))
        .chain(
            titles
                .iter()
                .enumerate()
                .map(|(i, t)| (t.as_bytes(), n + i as u32)),
        )
        .chain(
            CUE_KEYS
                .iter()
                .enumerate()
                .map(|(i, c)| (c.as_bytes(), cue_base + i as u32)),
        )
        .filter(|(k, _)| !k.is_empty())
        .collect();
    // Patterns first among equal keys, then titles, so a title or cue that
    // is also a pattern keeps the pattern's value.
    keys.sort_unstable();
    keys.dedup_by(|a, b| a.0 == b.0);
    keys
}

const MAGIC: &[u8; 8] = b"GEOPOL10";

/// Encodes tables as bytes: a header, every string in one UTF-8 block, the
/// number of targets, then the fixed-size records (little-endian; strings
/// as offset and length into the block), so decoding validates text once,
/// copies none of it and reads the records in one pass into vectors of
/// their final size.
// Used by the build script and the tests.
#[allow(dead_code)]
pub(crate) fn encode(t: &Tables) -> Vec<u8> {
    let mut w = Vec::new();
    let mut text = String::new();
    let mut put_str = |w: &mut Vec<u8>, s: &str| {
        put_u32(w, text.len() as u32);
        put_u32(w, s.len() as u32);
        text.push_str(s);
    };
    put_u32(&mut w, t.entities.len() as u32);
    for e in &t.entities {
        put_str(&mut w, &e.id);
        put_str(&mut w, &e.name);
        for field in [&e.country, &e.wikidata, &e.category] {
            match field.as_deref() {
                None => w.push(0),
                Some(c) => {
                    w.push(1);
                    put_str(&mut w, c);
                }
            }
        }
        w.push(e.kind);
        put_u32(&mut w, e.shorts.len() as u32);
        for &s in &e.shorts {
            put_u32(&mut w, s);
        }
        put_u32(&mut w, e.terms.len() as u32);
        for t in &e.terms {
            w.extend_from_slice(&t.to_bytes());
        }
    }
    put_u32(&mut w, t.patterns.len() as u32);
    for (i, p) in t.patterns.iter().enumerate() {
        let list = t.targets_of(i);
        put_str(&mut w, p);
        put_u32(&mut w, list.len() as u32);
        for x in list {
            put_u32(&mut w, x.entity);
            w.push(x.role as u8);
            w.push(x.kind);
            w.push(x.case);
            w.push(x.explicit as u8);
            put_str(&mut w, &x.form);
            put_u32(&mut w, x.caps_words);
            put_u32(&mut w, x.capital_words);
        }
    }
    put_u32(&mut w, t.given_names.len() as u32);
    for g in &t.given_names {
        put_str(&mut w, g);
    }
    let mut out = Vec::with_capacity(w.len() + text.len() + 16);
    out.extend_from_slice(MAGIC);
    put_u32(&mut out, text.len() as u32);
    out.extend_from_slice(text.as_bytes());
    put_u32(&mut out, t.targets.len() as u32);
    out.extend_from_slice(&w);
    out
}

/// Decodes what [`encode`] wrote; strings borrow from `bytes`.
pub(crate) fn decode(bytes: &'static [u8]) -> Result<Tables, String> {
    decode_with_room(bytes, Room::default())
}

/// How many entities, patterns and targets are to be added to decoded
/// tables (at most), for which their vectors leave room.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Room {
    pub(crate) entities: usize,
    pub(crate) patterns: usize,
    pub(crate) targets: usize,
}

/// [`decode`], with room in the vectors for `more`.
pub(crate) fn decode_with_room(bytes: &'static [u8], more: Room) -> Result<Tables, String> {
    if bytes.get(..8) != Some(MAGIC) {
        return Err("not a compiled gazetteer".into());
    }
    let mut r = Reader {
        b: bytes,
        at: 8,
        text: "",
    };
    let len = r.u32()? as usize;
    let block = r.take(len)?;
    r.text = std::str::from_utf8(block).map_err(|_| "invalid UTF-8".to_string())?;
    let n_targets = r.u32()? as usize;
    let tables = r.records(n_targets, more)?;
    if r.at != bytes.len() {
        return Err("trailing bytes".into());
    }
    Ok(tables)
}

// Used by the build script and the tests.
#[allow(dead_code)]
fn put_u32(w: &mut Vec<u8>, v: u32) {
    w.extend_from_slice(&v.to_le_bytes());
}

struct Reader {
    b: &'static [u8],
    at: usize,
    /// The string block (empty on the first pass).
    text: &'static str,
}

impl Reader {
    fn take(&mut self, n: usize) -> Result<&'static [u8], String> {
        let end = self
            .at
            .checked_add(n)
            .filter(|&e| e <= self.b.len())
            .ok_or("truncated")?;
        let s = &self.b[self.at..end];
        self.at = end;
        Ok(s)
    }
    fn byte(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> Result<u32, String> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    /// A string of the block.
    fn string(&mut self) -> Result<Str, String> {
        let at = self.u32()?;
        let n = self.u32()?;
        self.text_at(at, n)
    }

    /// The string of `n` bytes at `at` in the block.
    fn text_at(&self, at: u32, n: u32) -> Result<Str, String> {
        let (at, n) = (at as usize, n as usize);
        let end = at.checked_add(n).ok_or("bad string")?;
        self.text
            .get(at..end)
            .map(Cow::Borrowed)
            .ok_or_else(|| "string outside the text block".to_string())
    }
    /// An optional string: a flag byte, then the string when it is 1.
    fn optional(&mut self) -> Result<Option<Str>, String> {
        Ok(match self.byte()? {
            0 => None,
            _ => Some(self.string()?),
        })
    }
    /// Reads the records, `n_targets` targets among them, into vectors
    /// with room for `more`.
    fn records(&mut self, n_targets: usize, more: Room) -> Result<Tables, String> {
        let n = self.u32()? as usize;
        let mut entities = Vec::with_capacity(n.min(1 << 22) + more.entities);
        for _ in 0..n {
            let id = self.string()?;
            let name = self.string()?;
            let country = self.optional()?;
            let wikidata = self.optional()?;
            let category = self.optional()?;
            let kind = self.byte()?;
            let k = self.u32()? as usize;
            let mut shorts = Vec::with_capacity(k.min(1 << 10));
            for _ in 0..k {
                let s = self.u32()?;
                shorts.push(s);
            }
            let k = self.u32()? as usize;
            let mut terms = Vec::with_capacity(k.min(1 << 10));
            for _ in 0..k {
                let bytes = self.take(Term::BYTES)?;
                terms.push(Term::from_bytes(bytes.try_into().expect("BYTES long")));
            }
            entities.push(EntityRec {
                id,
                name,
                country,
                wikidata,
                category,
                kind,
                shorts,
                terms,
            });
        }
        let n_entities = n;
        let n = self.u32()? as usize;
        let cap = n.min(1 << 22) + more.patterns;
        let mut patterns = Vec::with_capacity(cap);
        let mut targets = Vec::with_capacity(n_targets.min(1 << 24) + more.targets);
        let mut target_ends = Vec::with_capacity(cap);
        for _ in 0..n {
            let p = self.string()?;
            let k = self.u32()? as usize;
            for _ in 0..k {
                // A target's record: entity, role, kind, case, explicit,
                // form (offset and length), caps_words, capital_words.
                let rec: &[u8; 24] = self.take(24)?.try_into().map_err(|_| "truncated")?;
                let u32_at =
                    |i: usize| u32::from_le_bytes([rec[i], rec[i + 1], rec[i + 2], rec[i + 3]]);
                let entity = u32_at(0);
                if entity as usize >= n_entities {
                    return Err("target names an unknown entity".into());
                }
                let role = FormRole::from_code(rec[4]).ok_or("bad role code")?;
                let (kind, case, explicit) = (rec[5], rec[6], rec[7] != 0);
                let form = self.text_at(u32_at(8), u32_at(12))?;
                let (caps_words, capital_words) = (u32_at(16), u32_at(20));
                targets.push(Target {
                    entity,
                    role,
                    kind,
                    case,
                    explicit,
                    form,
                    caps_words,
                    capital_words,
                });
            }
            patterns.push(p);
            target_ends.push(u32::try_from(targets.len()).map_err(|_| "too many targets")?);
        }
        let n = self.u32()? as usize;
        let mut given_names = Vec::with_capacity(n.min(1 << 20));
        for _ in 0..n {
            let g = self.string()?;
            given_names.push(g);
        }
        Ok(Tables {
            patterns,
            targets,
            target_ends,
            entities,
            given_names,
        })
    }
}

/// The code of a public case policy.
pub(crate) fn case_code(c: CasePolicy) -> u8 {
    match c {
        CasePolicy::Auto => CASE_AUTO,
        CasePolicy::Fold => CASE_FOLD,
        CasePolicy::Exact => CASE_EXACT,
        CasePolicy::Capitalized => CASE_CAPITALIZED,
    }
}

/// The tables of `entries`, compiled in order.
pub(crate) fn compile_entries<'a>(entries: impl IntoIterator<Item = &'a Entry>) -> Tables {
    let mut b = TablesBuilder::default();
    for e in entries {
        add_entry(&mut b, e);
    }
    b.finish()
}

/// Adds one gazetteer entry to a tables builder. The build script does the
/// same for the built-in data (forms in the same order), and a test checks
/// that both give identical tables.
pub(crate) fn add_entry(b: &mut TablesBuilder, e: &Entry) {
    fn forms(list: &[Alias], role: FormRole) -> impl Iterator<Item = Form<'_>> {
        list.iter()
            .map(move |a| (a.text.as_str(), a.case.map(case_code), role))
    }
    let forms = std::iter::once((e.name.as_str(), None, FormRole::Name))
        .chain(forms(&e.aliases, FormRole::Alias))
        .chain(forms(&e.short, FormRole::Short))
        .chain(forms(&e.demonyms, FormRole::Demonym))
        .chain(forms(&e.generic, FormRole::Generic));
    let terms = e.roles.iter().filter_map(Term::of_role).collect();
    let head = Head {
        id: &e.id,
        name: &e.name,
        country: e.country.as_deref(),
        wikidata: e.wikidata.as_deref(),
        category: e.category.as_deref(),
        kind: e.kind.rank(),
        case: e.case.map(case_code),
    };
    b.add(head, forms, terms);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::offices::NO_COUNTRY;

    #[test]
    fn cue_keys_are_the_folded_cue_spellings() {
        let mut folded: Vec<String> = CUE_SPELLINGS.iter().map(|s| fold_str(s)).collect();
        folded.sort();
        folded.dedup();
        assert_eq!(folded, CUE_KEYS);
    }

    #[test]
    fn encode_decode_round_trip() {
        let mut b = TablesBuilder::default();
        b.add(
            Head {
                id: "Q159",
                name: "Russia",
                country: Some("RUS"),
                wikidata: Some("Q159"),
                kind: EntityKind::State.rank(),
                ..Head::default()
            },
            [
                ("Russia", None, FormRole::Name),
                ("Russian", Some(CASE_CAPITALIZED), FormRole::Demonym),
            ],
            Vec::new(),
        );
        b.add(
            Head {
                id: "p",
                name: "Wang Yi",
                country: Some("CHN"),
                category: Some("minister"),
                kind: EntityKind::Person.rank(),
                case: Some(CASE_CAPITALIZED),
                ..Head::default()
            },
            [
                ("Wang Yi", None, FormRole::Name),
                ("Wang", Some(CASE_EXACT), FormRole::Short),
            ],
            vec![
                Term {
                    first: 15_000,
                    last: 16_000,
                    office: Some(3),
                    title_office: Some(7),
                    country: *b"CHN",
                    sure: (15_030, 15_990),
                    acting: false,
                },
                Term {
                    first: -5,
                    last: i32::MAX,
                    office: None,
                    title_office: None,
                    country: NO_COUNTRY,
                    sure: (0, -1),
                    acting: true,
                },
            ],
        );
        let t = b.finish();
        assert_eq!(t.patterns, ["russia", "russian", "wang yi", "wang"]);
        assert_eq!(t.entities[1].shorts, [3]);
        assert_eq!(t.entities[1].terms[1].first, -5);
        assert_eq!(t.targets_of(2)[0].case, CASE_CAPITALIZED);
        let bytes: &'static [u8] = encode(&t).leak();
        assert_eq!(decode(bytes).unwrap(), t);
        assert!(decode(&bytes[..20]).is_err());
        assert!(decode(b"nonsense").is_err());
    }

    #[test]
    fn masks() {
        assert_eq!(caps_word_mask("New START"), 0b10);
        assert_eq!(caps_word_mask("UNICEF"), 0);
        assert_eq!(capital_word_mask("Bank of England"), 0b101);
    }
}
