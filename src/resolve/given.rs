//! What the name passes know besides the gazetteer: given names, and the
//! entities a given name can be part of ("Chad" in "Chad Smith").

use foldhash::HashSet;

use super::lexicon::NAME_LIKE_PLACES;
use crate::fold::fold_word;
use crate::scan::Matcher;

/// A set of folded words, looked up by a word of the text as
/// [`fold_word`] folds it: a word of up to sixteen printable ASCII bytes,
/// the most common, is lower-cased and packed into a `u128` without a
/// string being built or hashed.
#[derive(Debug, Default)]
pub(crate) struct NameSet {
    packed: HashSet<u128>,
    other: HashSet<String>,
    /// A blocked Bloom filter of the packed words (256 Kibit: two bits
    /// per word in one 64-bit block): most words of a text are no names
    /// and are told so with one read, without a look into the larger set.
    bloom: Vec<u64>,
}

/// The 64-bit blocks of [`NameSet::bloom`], as a power of two.
const BLOOM_BLOCKS: u32 = 12;

/// The block of the Bloom filter for packed word `k`, and its two bits
/// there.
#[inline]
fn bloom_slot(k: u128) -> (usize, u64) {
    let h = ((k as u64) ^ ((k >> 64) as u64).rotate_left(23)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let bits = (1 << (h & 63)) | (1 << ((h >> 6) & 63));
    ((h >> (64 - BLOOM_BLOCKS)) as usize, bits)
}

impl NameSet {
    /// A folded word packed, if it is printable ASCII of up to sixteen
    /// bytes, lower-cased.
    #[inline]
    fn pack(w: &[u8]) -> Option<u128> {
        if w.is_empty() || w.len() > 16 {
            return None;
        }
        let mut buf = [0u8; 16];
        buf[..w.len()].copy_from_slice(w);
        let x = u128::from_le_bytes(buf);
        // Sixteen lanes at once: the high bit of each lane of the word.
        const L: u128 = u128::MAX / 0xff;
        let high = (L * 0x80) >> (8 * (16 - w.len()));
        // Not ASCII, or 0x7f, or 0x20 and below. No sum carries out of an
        // ASCII lane; one that is not makes the word fail anyway.
        let bad = (x | x.wrapping_add(L)) & high | !x.wrapping_add(L * 0x5f) & high;
        if bad != 0 {
            return None;
        }
        // Capitals: bit 5 added.
        let upper = x.wrapping_add(L * (0x80 - 0x41)) & !x.wrapping_add(L * (0x7f - 0x5a)) & high;
        Some(x | upper >> 2)
    }

    /// Room for `n` more words.
    fn reserve(&mut self, n: usize) {
        self.packed.reserve(n);
    }

    /// Adds a folded word.
    pub(crate) fn insert(&mut self, folded: &str) {
        match NameSet::pack(folded.as_bytes()) {
            Some(k) => {
                if self.bloom.is_empty() {
                    self.bloom = vec![0; 1 << BLOOM_BLOCKS];
                }
                let (block, bits) = bloom_slot(k);
                self.bloom[block] |= bits;
                self.packed.insert(k)
            }
            None => self.other.insert(folded.to_string()),
        };
    }

    /// Whether packed word `k` is in the set.
    #[inline]
    fn contains_packed(&self, k: u128) -> bool {
        let (block, bits) = bloom_slot(k);
        self.bloom.get(block).is_some_and(|w| w & bits == bits) && self.packed.contains(&k)
    }

    /// Whether the word of the text `w`, folded, is in the set.
    #[inline]
    pub(crate) fn contains_word(&self, w: &str) -> bool {
        if let Some(k) = NameSet::pack(w.as_bytes()) {
            return self.contains_packed(k);
        }
        let (mut buf, mut owned) = ([0u8; 32], String::new());
        let f = fold_word(w, &mut buf, &mut owned);
        match NameSet::pack(f.as_bytes()) {
            Some(k) => self.contains_packed(k),
            None => self.other.contains(f),
        }
    }
}

/// The given names the name passes know (the crate's list, the first names
/// of the gazetteer's people, and a list of name-like places), and the
/// entities a given name can be part of.
#[derive(Debug)]
pub(crate) struct GivenNames {
    /// Folded name-like places ([`NAME_LIKE_PLACES`]).
    places: NameSet,
    /// Folded given names: the crate's list and the first names of the
    /// gazetteer's people.
    pub(crate) given_names: NameSet,
    /// The entities some form of which is in `given`, as a bit set: only
    /// their mentions can be part of a person's name.
    name_like: Vec<u64>,
}

/// The crate's list of given names, folded, one a line after `#` comments:
/// gazetteers/builtin/given_names.txt, generated from public-domain census
/// first names and the first names of Wikidata's politicians (see
/// gazetteers/README.md).
const GIVEN_NAMES_TXT: &str = include_str!("../../gazetteers/builtin/given_names.txt");

impl GivenNames {
    pub(crate) fn new(matcher: &Matcher) -> GivenNames {
        let (mut places, mut given_names) = (NameSet::default(), NameSet::default());
        let listed = GIVEN_NAMES_TXT
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'));
        given_names.reserve(matcher.given_names.len() + listed.clone().count());
        for g in matcher.given_names.iter().map(|g| &**g).chain(listed) {
            given_names.insert(g);
        }
        for p in NAME_LIKE_PLACES {
            places.insert(p);
        }
        let mut name_like = vec![0u64; matcher.entities.len().div_ceil(64)];
        let words = matcher.given_names.iter().map(|g| &**g);
        for p in words
            .chain(NAME_LIKE_PLACES.iter().copied())
            .filter_map(|g| matcher.pattern(g))
        {
            for t in matcher.targets(p) {
                if let Some(w) = name_like.get_mut(t.entity as usize / 64) {
                    *w |= 1 << (t.entity % 64);
                }
            }
        }
        GivenNames {
            places,
            given_names,
            name_like,
        }
    }

    /// Whether some form of entity `e` is a given name or a name-like
    /// place.
    pub(crate) fn is_name_like(&self, e: u32) -> bool {
        self.name_like
            .get(e as usize / 64)
            .is_some_and(|w| w & (1 << (e % 64)) != 0)
    }
}

impl GivenNames {
    /// Whether `w` is a given name or a name-like place, of any length.
    #[inline]
    pub(crate) fn is_name_or_name_like(&self, w: &str) -> bool {
        self.given_names.contains_word(w) || self.places.contains_word(w)
    }

    /// Whether `w` is a known given name (and not a place that is one).
    #[inline]
    pub(crate) fn is_given_name(&self, w: &str) -> bool {
        // Three characters at least: bytes tell for ASCII.
        let long = if w.is_ascii() {
            w.len() >= 3
        } else {
            w.chars().count() >= 3
        };
        long && self.given_names.contains_word(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_sets_fold_like_fold_word() {
        let mut set = NameSet::default();
        let names = [
            "jan",
            "o'neil",
            "jean-luc",
            "jose",
            "abcdefghijklmnop",
            "abcdefghijklmnopq",
        ];
        for n in names {
            set.insert(n);
        }
        for w in [
            "Jan",
            "JAN",
            "jan",
            "Jam",
            "Ja",
            "O'Neil",
            "Jean-Luc",
            "Jos\u{e9}",
            "JOS\u{c9}",
            "ABCDEFGHIJKLMNOP",
            "abcdefghijklmnopq",
            "abcdefghijklmno",
            "Jan ",
            " Jan",
            "J\u{7f}an",
            "[an",
            "@an",
            "",
            "Jan\n",
            "abcdefghijklmn\u{e9}",
            "abcdefghijklm\u{e9}p",
        ] {
            let (mut buf, mut owned) = ([0u8; 32], String::new());
            let want = names.contains(&fold_word(w, &mut buf, &mut owned));
            assert_eq!(set.contains_word(w), want, "{w:?}");
        }
    }
}
