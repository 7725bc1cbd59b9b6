//! Where keys start: what the scan reads before it walks a trie, made
//! once from every key of the gazetteer (for the built-in data, by the
//! build script, which shares this module).

use super::filter::{pair, pair_index, Shape, WordFilter, WordFilters};
use super::words::{starts_word, word_at};
use crate::compiled::{Tables, Target, CUE_KEYS, CUE_SPELLINGS};

/// The first bytes of [`KeyStarts::encode`]'s output.
const MAGIC: &[u8; 8] = b"GEOPOLKS";

/// What the scan reads before it walks the trie, made from every key:
/// the first-word filters, whether some key starts with each byte that is
/// not part of a word, and the first two folded bytes of those keys.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct KeyStarts {
    pub(crate) words: WordFilters,
    /// Bytes that start a key and are not part of a word
    /// ("'s-Hertogenbosch").
    pub(crate) non_word: [bool; 256],
    /// The first two folded bytes of keys that start with a non-word
    /// character, as a bit set of [`pair_index`].
    pub(crate) pairs: Vec<u64>,
}

impl KeyStarts {
    /// The starts of the first `n` patterns of `tables`, the titles and the
    /// cue words: those of the main trie.
    pub(crate) fn of_main(tables: &Tables, n: usize, titles: &[String]) -> KeyStarts {
        let titles = titles.iter().map(|t| (t.as_str(), true, &[][..]));
        KeyStarts::of(patterns(tables, 0..n).chain(titles), true)
    }

    /// The starts of the patterns of `tables` from the `n`th on: those of
    /// the trie of added patterns.
    pub(crate) fn of_added(tables: &Tables, n: usize) -> KeyStarts {
        KeyStarts::of(patterns(tables, n..tables.patterns.len()), false)
    }

    /// The starts as bytes: a magic string, the non-word bytes (one byte
    /// each), the number of words of the pair set and its words, then the
    /// filters (see [`WordFilters::write`]); numbers little-endian.
    // Used by the build script and the tests.
    #[allow(dead_code)]
    pub(crate) fn encode(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.extend(self.non_word.iter().map(|&b| u8::from(b)));
        out.extend_from_slice(&(self.pairs.len() as u32).to_le_bytes());
        for p in &self.pairs {
            out.extend_from_slice(&p.to_le_bytes());
        }
        self.words.write(&mut out);
        out
    }

    /// Reads what [`KeyStarts::encode`] wrote.
    pub(crate) fn decode(bytes: &[u8]) -> Result<KeyStarts, String> {
        let rest = bytes.strip_prefix(MAGIC).ok_or("not the starts of keys")?;
        let (non_word, rest) = rest.split_at_checked(256).ok_or("truncated starts")?;
        let (n, rest) = rest.split_at_checked(4).ok_or("truncated starts")?;
        let n = u32::from_le_bytes([n[0], n[1], n[2], n[3]]) as usize;
        let (pairs, rest) = rest
            .split_at_checked(n.checked_mul(8).ok_or("bad starts")?)
            .ok_or("truncated starts")?;
        let (words, read) = WordFilters::read(rest)?;
        if read != rest.len() || n != 1 << 10 {
            return Err("malformed starts".into());
        }
        Ok(KeyStarts {
            words,
            non_word: std::array::from_fn(|i| non_word[i] != 0),
            pairs: pairs
                .chunks_exact(8)
                .map(|b| u64::from_le_bytes(b.try_into().expect("eight bytes")))
                .collect(),
        })
    }

    /// The starts of `keys`: each folded key with whether it is a title
    /// (in every filter) and its targets (whose case policies choose the
    /// filters of the shapes they accept); then, if `cues`, the cue words.
    pub(crate) fn of<'a>(
        keys: impl Iterator<Item = (&'a str, bool, &'a [Target])>,
        cues: bool,
    ) -> KeyStarts {
        let mut non_word = [false; 256];
        let mut pairs = vec![0u64; 1 << 10];
        // The hashes of each filter's words (and whether each is the first
        // word of a longer key), then filters sized to them.
        let mut first_words: [Vec<(u64, bool)>; 3] = Default::default();
        // Room for a word and a pair a key in the filter of every shape
        // (few keys are in the lower-case one, and pages never written to
        // cost nothing).
        for words in &mut first_words {
            words.reserve(2 * keys.size_hint().0);
        }
        let mut last_start: [Option<u64>; 3] = [None; 3];
        for (p, title, targets) in keys {
            // Keys are cut into words exactly as the text is (folding a
            // folded key changes nothing).
            if !starts_word(p, 0).0 {
                if let Some(&b) = p.as_bytes().first() {
                    non_word[usize::from(b)] = true;
                    let pair = pair_index(b, p.as_bytes().get(1).copied().unwrap_or(0));
                    pairs[pair >> 6] |= 1 << (pair & 63);
                }
                continue;
            }
            // The key's first word, or its first two words.
            let (mut next, first, ..) = word_at(p, 0);
            while next < p.len() && !starts_word(p, next).0 {
                next += starts_word(p, next).1;
            }
            let hashes = if next < p.len() {
                [(pair(first, word_at(p, next).1), false), (first, true)]
            } else {
                [(first, false); 2]
            };
            // Keys that share a first word mostly come one after another:
            // the word is added once for them.
            let mut add = |shape: Shape| {
                let (words, last) = (
                    &mut first_words[shape as usize],
                    &mut last_start[shape as usize],
                );
                words.push(hashes[0]);
                if hashes[1].1 && *last != Some(hashes[1].0) {
                    words.push(hashes[1]);
                    *last = Some(hashes[1].0);
                }
            };
            add(Shape::Other);
            if title || targets.iter().any(Target::accepts_lower_start) {
                add(Shape::Lower);
            }
            if title || targets.iter().any(Target::accepts_mixed_start) {
                add(Shape::Mixed);
            }
        }
        // Cue words, for the shapes of their spellings.
        for c in CUE_KEYS.into_iter().filter(|_| cues) {
            let (_, h, ..) = word_at(c, 0);
            first_words[Shape::Other as usize].push((h, false));
            for s in CUE_SPELLINGS.iter().filter(|s| s.eq_ignore_ascii_case(c)) {
                let shape = if s.starts_with(|c: char| c.is_ascii_lowercase()) {
                    Shape::Lower
                } else {
                    Shape::Mixed
                };
                first_words[shape as usize].push((h, false));
            }
        }
        KeyStarts {
            words: WordFilters::new(std::array::from_fn(|s| {
                WordFilter::new(&first_words[s], s == Shape::Lower as usize)
            })),
            non_word,
            pairs,
        }
    }

    /// Adds the non-word starts of `other` (the filters stay apart).
    pub(crate) fn join(&mut self, other: &KeyStarts) {
        for (a, b) in self.non_word.iter_mut().zip(other.non_word) {
            *a |= b;
        }
        for (a, b) in self.pairs.iter_mut().zip(&other.pairs) {
            *a |= b;
        }
    }
}

/// Patterns `range` of `tables` as [`KeyStarts::of`] reads keys.
fn patterns(
    tables: &Tables,
    range: std::ops::Range<usize>,
) -> impl Iterator<Item = (&str, bool, &[Target])> {
    range.map(|i| (&*tables.patterns[i], false, tables.targets_of(i)))
}
