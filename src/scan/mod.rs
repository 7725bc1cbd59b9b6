//! The compiled gazetteer as a trie, and finding candidate spans in a
//! text.
//!
//! Every surface form (name, alias, demonym, partial name) is folded (see
//! [`crate::fold`]) and becomes one key of a byte trie (see [`crate::trie`],
//! made at build time for the built-in data and read where it lies);
//! surface forms that fold to the same string share a pattern with several
//! [`Target`]s (see [`crate::compiled`]).
//!
//! Every name starts on a word boundary, so the folded text is searched only
//! there: one common-prefix walk of the trie per word start finds every
//! pattern beginning at that point, and most walks stop after a byte or two.
//! A hit becomes a [`Candidate`] when it also ends on a word boundary of the
//! original text and at least one target's case policy accepts the original
//! spelling. Choosing among candidates is left to [`crate::resolve`].

use std::borrow::Cow;

use crate::compiled::{
    compile_entries, targets_of, trie_keys, Str, Tables, CUE_KEYS, CUE_SPELLINGS,
};
pub(crate) use crate::compiled::{FormRole, Target};
use crate::entity::{Entities, EntityInfo};
use crate::fold::{FoldCursor, ASCII_CLASS, SPACE, WORD};
use crate::gazetteer::Entry;
use crate::trie::{Node, Trie};

pub(crate) mod case;
pub(crate) mod filter;
mod found;
mod layer;
mod starts;
pub(crate) mod words;

use case::accepted;
use filter::{pair, pair_index, Shape};
pub(crate) use found::{Candidate, Scan};
use layer::Layer;
use starts::KeyStarts;
use words::TextWord;
pub(crate) use words::{is_boundary, starts_word, word_at};

/// Office titles that introduce people ("President", "Mr"), found in the
/// same walk as the names: one per line (`#` starts a comment), generated
/// by gazetteers/generate.py from the Phoenix agents dictionary and a hand
/// list.
const TITLES: &str = include!(concat!(env!("OUT_DIR"), "/titles.rs"));

/// A [`Matcher::first`] flag: some key starts with the byte.
const STARTS_KEY: u8 = 1;
/// A [`Matcher::first`] flag: the byte is `(`, which acronyms are defined in.
const OPENS: u8 = 2;
/// A [`Matcher::first`] flag: the byte is `/`, which joins a photo credit.
const SLASH: u8 = 4;

/// The compiled gazetteer.
pub(crate) struct Matcher {
    /// The trie of the patterns, titles and cue words (for tables that
    /// user entries were added to, of the compiled patterns only), with
    /// its first-word filter.
    main: Layer,
    /// The patterns added to compiled tables (see [`crate::overlay`]), in
    /// a trie of their own.
    added: Option<Layer>,
    /// Targets of all patterns, and where each pattern's end.
    targets: Vec<crate::compiled::Target>,
    target_ends: Vec<u32>,
    /// Folded first names shared by several people.
    pub(crate) given_names: Vec<Str>,
    /// Pattern numbers from here on are titles, not patterns.
    title_base: u32,
    /// Pattern numbers from here on are [`CUE_KEYS`], neither patterns
    /// nor titles.
    cue_base: u32,
    /// The number of each of [`CUE_KEYS`] (a pattern's when the word is
    /// also one).
    cues: [u32; CUE_KEYS.len()],
    /// Patterns that are also titles, as a bit set.
    title_patterns: Vec<u64>,
    /// For a byte that is not part of a word: [`STARTS_KEY`] if some key
    /// starts with it ("'s-Hertogenbosch"), [`OPENS`] for `(`, [`SLASH`]
    /// for `/`.
    first: [u8; 256],
    /// The first two folded bytes of keys that start with a non-word
    /// character, as a bit set.
    first_pairs: Vec<u64>,
    pub(crate) entities: Entities,
    /// What resolution reads of every entity, packed small so that the
    /// reads stay in cache: `info[i]` is entity `i`'s.
    pub(crate) info: Vec<EntityInfo>,
}

/// A word of the text as the scan reads it: its span, its filter hash and
/// its shape.
#[derive(Clone, Copy)]
struct Seen {
    word: TextWord,
    hash: u64,
    shape: Shape,
}

/// Whether a walk of one trie waits on the next word, and the node its
/// word's walk stopped at (`None`: the word is not walked yet).
#[derive(Clone, Copy, Default)]
struct Waiting {
    on: bool,
    node: Option<Node>,
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Matcher")
            .field("patterns", &self.target_ends.len())
            .field("entities", &self.entities.len())
            .finish()
    }
}

/// The built-in gazetteer compiled by the build script: tables, the trie
/// and the starts of its keys.
#[cfg(feature = "builtin")]
const BUILTIN_TABLES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin.tables"));
#[cfg(feature = "builtin")]
const BUILTIN: Prebuilt = Prebuilt {
    trie: include_bytes!(concat!(env!("OUT_DIR"), "/builtin.trie")),
    starts: include_bytes!(concat!(env!("OUT_DIR"), "/builtin.starts")),
};

/// What the build script made of the built-in tables besides them: the
/// trie of their patterns, titles and cue words, and the starts of those
/// keys ([`KeyStarts::encode`]).
#[derive(Clone, Copy)]
pub(crate) struct Prebuilt {
    trie: &'static [u8],
    starts: &'static [u8],
}

impl Matcher {
    /// The matcher over the built-in gazetteer, from the build-time tables.
    ///
    /// # Panics
    ///
    /// Only if the build script wrote inconsistent data, which the test
    /// suite rules out.
    #[cfg(all(test, feature = "builtin"))]
    pub(crate) fn builtin() -> Matcher {
        Matcher::builtin_with(&[]).unwrap_or_else(|e| panic!("built-in tables are invalid: {e}"))
    }

    /// The matcher over the built-in gazetteer and `entries` (user
    /// entries, ids distinct), which join the build-time tables without
    /// compiling those again (see [`crate::overlay`]).
    #[cfg(feature = "builtin")]
    pub(crate) fn builtin_with(entries: &[Entry]) -> Result<Matcher, String> {
        if entries.is_empty() {
            let tables = crate::compiled::decode(BUILTIN_TABLES)?;
            let compiled = tables.patterns.len();
            return Matcher::from_tables(tables, Some((BUILTIN, compiled)));
        }
        // The built-in tables are decoded on a thread of their own while
        // the user entries are compiled (one after the other where no
        // thread can be made).
        let room = crate::overlay::room(entries);
        let decode = || crate::compiled::decode_with_room(BUILTIN_TABLES, room);
        let (user, tables) = std::thread::scope(|s| {
            let decoding = std::thread::Builder::new().spawn_scoped(s, decode);
            let user = compile_entries(entries);
            let tables = match decoding {
                Ok(handle) => handle
                    .join()
                    .unwrap_or_else(|_| Err("decoding stopped".into())),
                Err(_) => decode(),
            };
            (user, tables)
        });
        let tables = tables?;
        let compiled = tables.patterns.len();
        let trie = Trie::new(Cow::Borrowed(BUILTIN.trie))?;
        let pattern = |key: &str| {
            trie.get(key.as_bytes())
                .filter(|&v| (v as usize) < compiled)
        };
        let tables = crate::overlay::add_entries(tables, pattern, user);
        Matcher::from_tables(tables, Some((BUILTIN, compiled)))
    }

    /// Compiles entries.
    pub(crate) fn from_entries(entries: &[Entry]) -> Result<Matcher, String> {
        Matcher::from_tables(compile_entries(entries), None)
    }

    /// Builds a matcher from tables, with what the build script made when
    /// it did: made from the first `n` patterns of these tables (all of
    /// them unless user entries were added), whose other patterns go into a
    /// trie of their own.
    pub(crate) fn from_tables(
        tables: Tables,
        prebuilt: Option<(Prebuilt, usize)>,
    ) -> Result<Matcher, String> {
        let titles = crate::compiled::titles(TITLES);
        let load =
            |bytes| Trie::new(bytes).map_err(|e| format!("cannot load the compiled trie: {e}"));
        let patterns = tables.patterns.len();
        // The patterns in the main trie, with the titles and cue words; the
        // others are added ones.
        let n = prebuilt.map_or(patterns, |(_, n)| n.min(patterns));
        let (main, mut starts) = match prebuilt {
            None => (
                load(Cow::Owned(build_trie(&tables.patterns, &titles)?))?,
                KeyStarts::of_main(&tables, n, &titles),
            ),
            Some((p, _)) => (
                load(Cow::Borrowed(p.trie))?,
                KeyStarts::decode(p.starts)
                    .map_err(|e| format!("cannot load the compiled filters: {e}"))?,
            ),
        };
        let (main, added) = if n == patterns {
            (Layer::plain(main, starts.words), None)
        } else {
            let mut keys: Vec<(&[u8], u32)> = (tables.patterns[n..].iter())
                .zip(0..)
                .map(|(p, v)| (p.as_bytes(), v))
                .collect();
            keys.sort_unstable();
            let added = crate::trie::build(&keys)
                .map_err(|e| format!("cannot compile the gazetteer: {e}"))?;
            let added_starts = KeyStarts::of_added(&tables, n);
            starts.join(&added_starts);
            let (split, shift) = (n as u32, (patterns - n) as u32);
            let main = Layer {
                trie: main,
                words: starts.words,
                split,
                shift,
            };
            let added = Layer {
                trie: load(Cow::Owned(added))?,
                words: added_starts.words,
                split: 0,
                shift: split,
            };
            (main, Some(added))
        };
        let title_base = patterns as u32;
        let cue_base = title_base + titles.len() as u32;
        let number = |key: &str| main.trie.get(key.as_bytes()).map(|v| main.number(v));
        let cues = CUE_KEYS.map(|c| number(c).unwrap_or(u32::MAX));
        let mut title_patterns = vec![0u64; (title_base as usize).div_ceil(64)];
        for v in titles.iter().filter_map(|t| number(t)) {
            if let Some(w) = title_patterns.get_mut(v as usize / 64) {
                *w |= 1 << (v % 64);
            }
        }
        let mut first = [0u8; 256];
        first[usize::from(b'(')] = OPENS;
        first[usize::from(b'/')] = SLASH;
        for (f, _) in first.iter_mut().zip(starts.non_word).filter(|(_, s)| *s) {
            *f |= STARTS_KEY;
        }
        // The scan steps over the space after a word without looking at
        // it: folded keys never start with one.
        if first[usize::from(b' ')] != 0 {
            return Err("cannot compile the gazetteer: a key starts with a space".to_string());
        }
        let info = EntityInfo::of_all(&tables.entities);
        let entities = Entities::new(tables.entities);
        Ok(Matcher {
            main,
            added,
            first_pairs: starts.pairs,
            title_base,
            cue_base,
            cues,
            title_patterns,
            first,
            targets: tables.targets,
            target_ends: tables.target_ends,
            given_names: tables.given_names,
            entities,
            info,
        })
    }

    /// The pattern whose folded form is `key`, if one is.
    pub(crate) fn pattern(&self, key: &str) -> Option<u32> {
        let is_pattern = |v: u32| v < self.title_base;
        let number = |l: &Layer| l.trie.get(key.as_bytes()).map(|v| l.number(v));
        number(&self.main).filter(|&v| is_pattern(v)).or_else(|| {
            let added = self.added.as_ref()?;
            number(added).filter(|&v| is_pattern(v))
        })
    }

    /// The targets of pattern `p` (none for a title that is no pattern).
    #[inline]
    pub(crate) fn targets(&self, p: u32) -> &[Target] {
        targets_of(&self.targets, &self.target_ends, p as usize)
    }

    /// All candidates and titles in `text`.
    #[cfg(test)]
    pub(crate) fn scan_text(&self, text: &str) -> Scan {
        let mut out = Scan::default();
        self.scan_into(text, &mut out);
        out
    }

    /// All candidates and titles in `text`, in `out` (emptied first, its
    /// buffers reused).
    pub(crate) fn scan_into(&self, text: &str, out: &mut Scan) {
        out.clear();
        // Capacities from news text, where a word takes about six bytes
        // and one in six or seven is capitalised.
        out.capitals.reserve(text.len() / 32);
        out.candidates.reserve(text.len() / 64);
        let bytes = text.as_bytes();
        // For each trie, whether a walk from the previous word waits on the
        // next word, and the node at that word's end if the walk has read
        // it; `prev` is that word, with its hash and shape.
        let mut waiting = [Waiting::default(); 2];
        let mut prev = Seen {
            word: TextWord {
                start: 0,
                end: 0,
                head: None,
            },
            hash: 0,
            shape: Shape::Other,
        };
        // Whether a word had a non-ASCII character or was followed by one,
        // and whether some other character was not ASCII.
        let (mut glued, mut non_ascii) = (false, false);
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let class = ASCII_CLASS[usize::from(b)];
            if class & WORD == 0 {
                if b < 0x80 {
                    // Spaces and punctuation: most start no key.
                    let f = self.first[usize::from(b)];
                    if f != 0 {
                        out.paren |= f & OPENS != 0;
                        out.slash |= f & SLASH != 0;
                        if f & STARTS_KEY != 0 {
                            self.walk_from_non_word(text, i, out);
                        }
                    }
                    i += 1;
                    continue;
                }
                non_ascii = true;
                let (word, width) = starts_word(text, i);
                if !word {
                    self.walk_from_non_word(text, i, out);
                    i += width;
                    continue;
                }
            }
            // A word: walk the trie from its start only if some key is this
            // word, or starts with it and the next word.
            let (end, hash, mixed, head) = word_at(text, i);
            let word = TextWord {
                start: i,
                end,
                head,
            };
            // No head: the word has, or is followed by, a non-ASCII
            // character.
            glued |= head.is_none();
            out.note_capital(text, (i, end), b);
            let shape = if b.is_ascii_lowercase() {
                Shape::Lower
            } else if mixed {
                Shape::Mixed
            } else {
                Shape::Other
            };
            // Each trie in turn: the compiled one, then the added one.
            let this = Seen { word, hash, shape };
            let mut waits = self.step(&self.main, text, (prev, this), &mut waiting[0], out);
            if let Some(added) = &self.added {
                waits |= self.step(added, text, (prev, this), &mut waiting[1], out);
            }
            if waits {
                prev = this;
            }
            // A single space after the word starts no key (no key starts
            // with a space, see `from_tables`): the next word starts after
            // it.
            i = end + usize::from(bytes.get(end) == Some(&b' '));
        }
        out.cue |= glued;
        out.ascii = !glued && !non_ascii;
        out.sort();
    }

    /// Walks from the non-word character at `i` if a key starts with its
    /// first two folded bytes (the caller has checked an ASCII first byte).
    #[inline]
    fn walk_from_non_word(&self, text: &str, i: usize, out: &mut Scan) {
        let (b0, b1) = match text.as_bytes().get(i..i + 2) {
            // Two ASCII bytes, the first no space: each folds to one byte.
            Some(&[b0, b1])
                if b0 < 0x80 && b1 < 0x80 && ASCII_CLASS[usize::from(b0)] & SPACE == 0 =>
            {
                let space = ASCII_CLASS[usize::from(b1)] & SPACE != 0;
                let b1 = if space { b' ' } else { b1.to_ascii_lowercase() };
                (b0.to_ascii_lowercase(), b1)
            }
            _ => {
                let mut f = FoldCursor::new(text, i);
                // The first byte before the second: a space folds a whole
                // run of whitespace, which must not be read once per
                // character.
                let Some(b0) = f
                    .next_byte()
                    .filter(|b| self.first[usize::from(b.byte)] & STARTS_KEY != 0)
                else {
                    return;
                };
                (b0.byte, f.next_byte().map_or(0, |b| b.byte))
            }
        };
        let pair = pair_index(b0, b1);
        if self.first[usize::from(b0)] & STARTS_KEY != 0
            && self.first_pairs[pair >> 6] & (1 << (pair & 63)) != 0
        {
            self.walk(text, i, out);
        }
    }

    /// All candidates in `text`, in order of start then longest first.
    #[cfg(test)]
    pub(crate) fn candidates(&self, text: &str) -> Vec<Candidate> {
        self.scan_text(text).candidates
    }

    /// Reads word `this` of the text in one trie: first the walk that waits
    /// on it, if the filter holds both words, then this word's, which
    /// unless it waits on the next word finds every key that starts with
    /// this one. Whether a walk waits on the next word.
    #[inline(always)]
    fn step(
        &self,
        layer: &Layer,
        text: &str,
        (prev, this): (Seen, Seen),
        waiting: &mut Waiting,
        out: &mut Scan,
    ) -> bool {
        // One read of the filter tells whether a key is this word and
        // whether one starts with it and goes on.
        let (walked, starts) = layer.words.lookup(this.shape, this.hash);
        if waiting.on {
            waiting.on = false;
            if layer.words.contains(prev.shape, pair(prev.hash, this.hash)) {
                // A word not walked yet is walked now, up to its end.
                let at = waiting
                    .node
                    .or_else(|| self.walk_word(layer, text, prev.word, true, out));
                if let Some(n) = at {
                    self.walk_on(layer, text, prev.word.start, (prev.word.end, n), out);
                }
            }
        }
        if walked {
            if let Some(node) = self.walk_word(layer, text, this.word, starts, out) {
                *waiting = Waiting {
                    on: true,
                    node: Some(node),
                };
            }
        } else if starts {
            *waiting = Waiting {
                on: true,
                node: None,
            };
        }
        waiting.on
    }

    /// Checks every key of one trie that starts at the start of `word`: for
    /// an ASCII word, from the node the trie's index of leading words gives.
    ///
    /// When the word is followed by one space and an ASCII word, only keys
    /// of two words or more can go on past it, and the filter holds their
    /// first two words: if `starts` allows such keys, the walk stops at the
    /// word's end and returns its node, to go on only if the filter holds
    /// this word and the next; if not, the walk ends there.
    #[inline]
    fn walk_word(
        &self,
        layer: &Layer,
        text: &str,
        word: TextWord,
        starts: bool,
        out: &mut Scan,
    ) -> Option<Node> {
        let Some(head) = word.head else {
            self.walk_in(layer, text, word.start, out);
            return None;
        };
        let bytes = text.as_bytes();
        let w = layer.trie.word(head, &bytes[word.start..word.end])?;
        if let Some(value) = w.value {
            self.check(text, (word.start, word.end), layer.number(value), out);
        }
        if !w.more {
            return None;
        }
        let spaced = bytes.get(word.end) == Some(&b' ')
            && bytes
                .get(word.end + 1)
                .is_some_and(|&b| ASCII_CLASS[usize::from(b)] & WORD != 0);
        if !spaced {
            self.walk_on(layer, text, word.start, (word.end, w.node), out);
            return None;
        }
        starts.then_some(w.node)
    }

    /// Checks every key that starts at `i`.
    #[inline]
    fn walk(&self, text: &str, i: usize, out: &mut Scan) {
        self.walk_in(&self.main, text, i, out);
        if let Some(added) = &self.added {
            self.walk_in(added, text, i, out);
        }
    }

    /// Checks every key of one trie that starts at `i`.
    #[inline]
    fn walk_in(&self, layer: &Layer, text: &str, i: usize, out: &mut Scan) {
        self.walk_on(layer, text, i, (i, layer.trie.root()), out);
    }

    /// Goes on with a walk from `i` at byte `j` (not after a space), at
    /// `node`, folding the text as the walk goes: ASCII here, byte by byte,
    /// the rest with a [`FoldCursor`] from the first non-ASCII character on.
    fn walk_on(
        &self,
        layer: &Layer,
        text: &str,
        i: usize,
        (mut j, mut node): (usize, Node),
        out: &mut Scan,
    ) {
        let bytes = text.as_bytes();
        let mut space = false;
        while let Some(&b) = bytes.get(j) {
            if b >= 0x80 {
                return self.walk_folded(layer, text, i, (j, node, space), out);
            }
            let is_space = ASCII_CLASS[usize::from(b)] & SPACE != 0;
            j += 1;
            if is_space && space {
                continue; // a run of whitespace folds to one space
            }
            space = is_space;
            let f = if is_space {
                b' '
            } else {
                b.to_ascii_lowercase()
            };
            let Some(next) = layer.trie.step(node, f) else {
                return;
            };
            node = next;
            if let Some(value) = layer.trie.value(node) {
                self.check(text, (i, j), layer.number(value), out);
            }
        }
    }

    /// Goes on with a walk from `i` at byte `j`, at `node`, after a space
    /// when `space`, folding with a [`FoldCursor`].
    fn walk_folded(
        &self,
        layer: &Layer,
        text: &str,
        i: usize,
        (j, mut node, space): (usize, Node, bool),
        out: &mut Scan,
    ) {
        let mut cursor = FoldCursor::resume(text, j, space);
        let mut start = (j > i).then_some(i);
        while let Some(f) = cursor.next_byte() {
            let Some(next) = layer.trie.step(node, f.byte) else {
                return;
            };
            node = next;
            // The match starts at the first character that folds to
            // something (not at a leading joiner).
            let s = *start.get_or_insert(f.span.0);
            // A match must cover whole characters of the original.
            if f.last {
                if let Some(value) = layer.trie.value(node) {
                    self.check(text, (s, f.span.1), layer.number(value), out);
                }
            }
        }
    }

    /// Records the match `start..end` of key number `value` as a title and
    /// a candidate if it lies on word boundaries of the original (and, for a
    /// candidate, some target accepts its spelling).
    #[inline]
    fn check(&self, text: &str, (start, end): (usize, usize), value: u32, out: &mut Scan) {
        if !is_boundary(text, end) || !is_boundary(text, start) {
            return;
        }
        let surface = &text[start..end];
        if self.cues.contains(&value) && CUE_SPELLINGS.contains(&surface) {
            out.cue = true;
        }
        if value >= self.cue_base {
            return;
        }
        let title = value >= self.title_base
            || self
                .title_patterns
                .get(value as usize / 64)
                .is_some_and(|w| w & (1 << (value % 64)) != 0);
        if title {
            out.titles.push((start, end));
        }
        let ok = accepted(self.targets(value), surface);
        if ok != 0 {
            out.candidates.push(Candidate {
                start,
                end,
                pattern: value,
                ok,
            });
        }
    }
}

/// Builds the trie over folded patterns and titles (see [`trie_keys`]).
pub(crate) fn build_trie(patterns: &[Str], titles: &[String]) -> Result<Vec<u8>, String> {
    crate::trie::build(&trie_keys(patterns, titles))
        .map_err(|e| format!("cannot compile the gazetteer: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiled::CASE_CAPITALIZED;
    use crate::fold::{is_joiner, is_word_char};
    use crate::gazetteer::CasePolicy;
    use crate::kind::EntityKind;
    use case::capitals_kept;
    use filter::{WordFilter, WordFilters};
    use words::{is_unspaced, swar, word_at_folded};

    #[cfg(feature = "builtin")]
    #[test]
    fn build_time_tables_equal_runtime_compilation() {
        use crate::compiled::decode;
        let runtime = compile_entries(crate::gazetteer::Gazetteer::builtin().entries());
        let built = decode(BUILTIN_TABLES).unwrap();
        assert_eq!(built.entities.len(), runtime.entities.len());
        assert!(
            built == runtime,
            "build.rs and the library compile the gazetteer differently"
        );
        let titles = crate::compiled::titles(TITLES);
        let trie = build_trie(&runtime.patterns, &titles).unwrap();
        assert!(
            trie == BUILTIN.trie,
            "build.rs and the library build different tries"
        );
        let starts = KeyStarts::of_main(&runtime, runtime.patterns.len(), &titles);
        assert!(
            KeyStarts::decode(BUILTIN.starts).unwrap() == starts,
            "build.rs and the library make different filters"
        );
        assert!(KeyStarts::decode(&BUILTIN.starts[..100]).is_err());
    }
    use crate::gazetteer::Alias;

    fn matcher(entries: &[Entry]) -> Matcher {
        Matcher::from_entries(entries).unwrap()
    }

    #[test]
    fn starts_of_keys_read_back_as_written() {
        let tables = compile_entries(&[
            Entry::new("x", EntityKind::Organization, "'s-Gravenzande Club").alias("QLF"),
            Entry::new("y", EntityKind::Person, "jan qorvak"),
        ]);
        let titles = crate::compiled::titles(TITLES);
        let starts = KeyStarts::of_main(&tables, tables.patterns.len(), &titles);
        assert!(starts.non_word[usize::from(b'\'')]);
        let bytes = starts.encode();
        assert_eq!(KeyStarts::decode(&bytes).unwrap(), starts);
        for cut in [0, 8, 300, bytes.len() - 1] {
            assert!(KeyStarts::decode(&bytes[..cut]).is_err(), "{cut}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(KeyStarts::decode(&longer).is_err());
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
    fn eight_byte_classes_agree_with_the_table() {
        for b in 0..=255u8 {
            for lane in 0..8 {
                // The other lanes hold bytes that could carry into this one.
                let mut x = [0xffu8, 0x7f, 0x80, b'z', b'_', 0, b'A', 0x9f];
                x[lane] = b;
                let word = swar::word_lanes(u64::from_le_bytes(x));
                let class = ASCII_CLASS[usize::from(b)];
                let bit = 0x80u64 << (8 * lane);
                assert_eq!(word & bit != 0, class & WORD != 0, "{b:#x} in lane {lane}");
            }
        }
    }

    #[test]
    fn word_filters_know_every_word_they_hold() {
        let hash = |i: u64| {
            let h = (i + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15);
            h ^ (h >> 29)
        };
        let hashes: Vec<(u64, bool)> = (0..5000).map(|i| (hash(i), i % 3 == 0)).collect();
        // In the middle of the three, so that a wrong base shows.
        let none = || WordFilter::new(&[], true);
        let f = WordFilters::new([none(), WordFilter::new(&hashes, false), none()]);
        let lookup = |h| f.lookup(Shape::Mixed, h);
        for &(h, start) in &hashes {
            let (word, starts) = lookup(h);
            assert!(
                if start {
                    starts
                } else {
                    word && f.contains(Shape::Mixed, h)
                },
                "{h:#x}"
            );
            assert_eq!(f.lookup(Shape::Other, h), (false, false), "{h:#x}");
        }
        // Most other words are not in it.
        let found = (5000..25000)
            .filter(|&i| lookup(hash(i)) != (false, false))
            .count();
        assert!(found < 2000, "{found} of 20000 unknown words found");
    }

    #[test]
    fn the_trie_index_has_the_same_word_bytes() {
        for b in 0..0x80u8 {
            let word = ASCII_CLASS[usize::from(b)] & WORD != 0;
            assert_eq!(
                crate::trie::is_word_byte(b.to_ascii_lowercase()),
                word,
                "{b:#x}"
            );
        }
    }

    #[test]
    fn word_ends_and_hashes_do_not_depend_on_the_path() {
        // The one-load path (words under eight bytes), the eight-byte
        // path, the byte path near the end of the text and the folding
        // path give the same word end, hash and case.
        for w in [
            "a",
            "zZ",
            "G7",
            "NATO",
            "Putin",
            "Moscow_",
            "abcdefg",
            "ABCDEFGH",
            "Vladimir_",
            "INTERNATIONAL",
            "x1234567890abc",
            "mAcRon",
        ] {
            let long = format!("{w} and more text after it");
            let short = w.to_string();
            let a = word_at(&long, 0);
            let b = word_at(&short, 0);
            let c = word_at_folded(&long, 0);
            assert_eq!((a.0, a.1, a.2), (w.len(), b.1, b.2), "{w}");
            assert_eq!((a.0, a.1, a.2), c, "{w}");
            // The head the trie's index is keyed by, on both ASCII paths.
            let head = Some(crate::trie::word_head(w.to_ascii_lowercase().as_bytes()));
            assert_eq!((a.3, b.3), (head, head), "{w}");
            // Before a non-ASCII character, the folding path reads on.
            let glued = format!("{w}\u{e9}t\u{e9} and more text");
            assert_eq!(word_at(&glued, 0).3, None, "{w}");
            let (end, hash, lower) = word_at_folded(&glued, 0);
            assert_eq!(word_at(&glued, 0), (end, hash, lower, None), "{w}");
            assert_eq!(end, w.len() + "\u{e9}t\u{e9}".len(), "{w}");
        }
    }

    #[test]
    fn capitalised_words_also_inside_joined_words() {
        let m = matcher(&[Entry::new("Q30", EntityKind::State, "United States")]);
        let t = "Kilroy-Silk\u{2019}s Party of anti-EU \u{d6}laf";
        let at = |w: &str| {
            let s = t.find(w).unwrap();
            (s, s + w.len())
        };
        assert_eq!(
            m.scan_text(t).capitals,
            [
                at("Kilroy"),
                at("Silk"),
                at("Party"),
                at("EU"),
                at("\u{d6}laf")
            ]
        );
    }

    #[test]
    fn same_form_for_two_entities_shares_a_pattern() {
        let m = matcher(&[
            Entry::new("Q1", EntityKind::State, "Djibouti"),
            Entry::new("loc:djibouti", EntityKind::Location, "Djibouti"),
        ]);
        assert_eq!(m.target_ends.len(), 1);
        assert_eq!(m.targets(0).len(), 2);
    }

    #[test]
    fn explicit_case_overrides_default_of_name() {
        let mut e = Entry::new("Q43", EntityKind::State, "Turkey");
        e.aliases
            .push(Alias::with_case("Turkey", CasePolicy::Capitalized));
        let m = matcher(&[e]);
        assert_eq!(m.targets(0)[0].case, CASE_CAPITALIZED);
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
    fn capitals_are_kept_where_the_mask_says() {
        for (surface, mask, want) in [
            ("Putin", 1, true),
            ("putin", 1, false),
            ("putin", 0, false),
            ("'Ndrangheta", 0, true),
            ("'ndrangheta", 1, false),
            ("New york", 1, true),
            ("new York", 1, false),
            ("New york", 0b10, false),
            ("New York", 0b10, true),
            ("", 1, true),
            ("--", 0, true),
            ("2004 war", 1, true),
            ("Érdogan", 1, true),
            ("érdogan", 1, false),
        ] {
            assert_eq!(capitals_kept(surface, mask), want, "{surface:?} {mask:#b}");
        }
    }

    #[test]
    fn keys_starting_with_punctuation_are_found_after_any_byte() {
        // Keys that start with no word character are walked from the
        // punctuation itself: two ASCII bytes are folded on the spot, the
        // rest by the fold cursor.
        let m = matcher(&[
            Entry::new("o", EntityKind::Organization, "'Ndrangheta"),
            Entry::new("d", EntityKind::Organization, "-Dash"),
        ]);
        for (t, want) in [
            ("the 'Ndrangheta clan", Some("'Ndrangheta")),
            ("the 'NDRANGHETA clan", Some("'NDRANGHETA")),
            ("x -Dash y", Some("-Dash")),
            ("x - Dash y", None),
            ("x -\u{e9}Dash y", None),
            ("'", None),
            ("-", None),
            ("x -", None),
            ("--Dash", Some("-Dash")),
        ] {
            let c = m.candidates(t);
            assert_eq!(c.first().map(|c| &t[c.start..c.end]), want, "{t:?}");
        }
    }

    /// What walks from every character of `text` that does not continue a
    /// word (a word character or joiner after one) find, in the scan's order: what the scan must find, without its
    /// filters. A joiner continues a word: "general\u{ad}Sangatte" is one.
    /// (Separators in the test leave joiners out: a key that ends before
    /// one, as "Barbro Holmberg" in "Barbro Holmberg\u{ad}Party", ends on a
    /// boundary for [`is_boundary`], but the scan reads "Holmberg\u{ad}Party"
    /// as one word and does not find it.)
    fn walked_everywhere(m: &Matcher, text: &str) -> Scan {
        let mut out = Scan::default();
        let mut prev: Option<char> = None;
        for (i, c) in text.char_indices() {
            // Punctuation after a word starts no word but may start a key
            // ("’Matšepo Ramakoae" in "é’Matšepo"): a boundary for
            // [`is_boundary`].
            let continues = prev.is_some_and(|p| {
                (is_word_char(p) || is_joiner(p))
                    && (is_word_char(c) || is_joiner(c))
                    && is_unspaced(p) == is_unspaced(c)
            });
            if !continues {
                m.walk(text, i, &mut out);
            }
            prev = Some(c);
        }
        out.sort();
        out
    }

    #[test]
    fn the_scan_finds_what_walks_from_every_character_find() {
        // Texts made of the built-in gazetteer's forms and the titles, in
        // several cases, between separators that keep or break words.
        let m = &Matcher::builtin();
        let g = crate::gazetteer::Gazetteer::builtin();
        let mut forms: Vec<String> = g
            .entries()
            .iter()
            .flat_map(|e| {
                std::iter::once(e.name.clone()).chain(e.aliases.iter().map(|a| a.text.clone()))
            })
            .step_by(5)
            .collect();
        forms.extend(crate::compiled::titles(TITLES));
        forms.extend(["the", "of", "new", "be", "all", "and"].map(String::from));
        let seps = [
            " ", "  ", ", ", "-", "'s ", ". ", "\n", " the ", "’", "é", "", "(", ") ", "_",
            "\u{a0}", "2", "在",
        ];
        let mut next = crate::testing::picker();
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..1 + next(8) {
                let f = &forms[next(forms.len())];
                let f = match next(4) {
                    0 => f.to_lowercase(),
                    1 => f.to_uppercase(),
                    2 => {
                        let mut c = f.chars();
                        c.next()
                            .map_or(String::new(), |c0| c0.to_uppercase().chain(c).collect())
                    }
                    _ => f.clone(),
                };
                text.push_str(&f);
                text.push_str(seps[next(seps.len())]);
            }
            let scan = m.scan_text(&text);
            let want = walked_everywhere(m, &text);
            assert_eq!(scan.candidates, want.candidates, "{text:?}");
            assert_eq!(scan.titles, want.titles, "{text:?}");
            // What the scan notes of the text on the way.
            assert_eq!(scan.ascii, text.is_ascii(), "{text:?}");
            assert_eq!(scan.paren, text.contains('('), "{text:?}");
            assert_eq!(scan.slash, text.contains('/'), "{text:?}");
        }
    }

    #[test]
    fn forms_with_edge_spaces_are_folded_to_keys_without_them() {
        // The scan steps over a space after a word, which needs keys that
        // start with none: folding trims them.
        let m = matcher(&[Entry::new(
            "o",
            EntityKind::Organization,
            " \u{a0}Acme  Front ",
        )]);
        let t = "the Acme Front said";
        let c = m.candidates(t);
        assert_eq!(
            c.iter().map(|c| &t[c.start..c.end]).collect::<Vec<_>>(),
            ["Acme Front"]
        );
    }
}
