//! The first-word filters: blocked Bloom filters over the words that keys
//! start with, so that the scan walks the trie from few words.

/// The shape of a word of the text, which chooses the first-word filter.
#[derive(Clone, Copy)]
pub(crate) enum Shape {
    /// Starts with a lower-case letter.
    Lower = 0,
    /// Starts with a capital and has lower-case letters.
    Mixed = 1,
    /// Anything else: all capitals, digits, other scripts.
    Other = 2,
}

/// The index of two bytes in a 2^16-bit set.
#[inline]
pub(crate) fn pair_index(a: u8, b: u8) -> usize {
    usize::from(a) << 8 | usize::from(b)
}

/// The block of `blocks` that a hash falls in: its high 32 bits scaled to
/// the number of blocks (the low bits choose the bits in the block).
#[inline]
fn block_of(hash: u64, blocks: usize) -> usize {
    (((hash >> 32) * blocks as u64) >> 32) as usize
}

/// The [`WordFilter`] hash of two words in a row.
#[inline]
pub(crate) fn pair(first: u64, second: u64) -> u64 {
    let h = (first.rotate_left(23) ^ second).wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^ (h >> 29)
}

/// The state of a [`WordFilter`] hash.
pub(crate) struct WordHash {
    pub(crate) acc: u64,
    pub(crate) n: u32,
}

impl WordHash {
    /// Only the first eight bytes and the length count: longer words that
    /// share them collide, which costs a walk, never a match. Bytes are
    /// hashed with bit 5 set, which lower-cases ASCII letters and leaves
    /// digits alone, so [`super::words::word_at`] can do eight at once.
    #[inline]
    pub(crate) fn push(&mut self, b: u8) {
        if self.n < 8 {
            self.acc |= u64::from(b | 0x20) << (8 * self.n);
        }
        self.n += 1;
    }

    #[inline]
    pub(crate) fn finish(&self) -> u64 {
        let h = (self.acc ^ (u64::from(self.n.min(255)) << 56)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        h ^ (h >> 31)
    }
}

/// A blocked Bloom filter over words: two bits per word, in one 64-bit
/// block chosen by the hash, sixteen bits per key in all, or up to twice
/// that for a filter that has room to spare ([`WordFilter::new`]). It says
/// "no" to most words of running text, never says "no" to an inserted word,
/// and is as small as its words allow, so that the filter for lower-case
/// words, the most common in text and the fewest among keys, stays in the
/// fastest cache. Words that start longer keys are marked by two other bits
/// of the same block, so one read answers both questions.
pub(crate) struct WordFilter {
    bits: Vec<u64>,
}

impl WordFilter {
    /// A filter holding `hashes`: words, and (`true`) words that start
    /// longer keys. It is sized by the words alone: the others are few
    /// once repeats are left out, and many repeat the words. With `roomy`,
    /// its size is rounded up to a power of two, up to twice the bits per
    /// key: for the filter of lower-case words, small and read for most
    /// words of a text, where each false "yes" costs a walk. The others,
    /// large and read for every capitalised word, are no larger than their
    /// keys need, so that they stay in the second-level cache.
    pub(crate) fn new(hashes: &[(u64, bool)], roomy: bool) -> WordFilter {
        let words = hashes.iter().filter(|h| !h.1).count();
        let blocks = if roomy {
            (words / 4).next_power_of_two()
        } else {
            words / 4
        };
        let blocks = blocks.clamp(16, u32::MAX as usize);
        let mut f = WordFilter {
            bits: vec![0; blocks],
        };
        for &(h, start) in hashes {
            let (block, word, starts) = f.slot(h);
            f.bits[block] |= if start { starts } else { word };
        }
        f
    }

    /// A Bloom filter hash of a word, fed one folded byte at a time.
    #[inline]
    pub(crate) fn start() -> WordHash {
        WordHash { acc: 0, n: 0 }
    }

    /// The 64-bit block of a hash and the two bits a word sets in it, and
    /// the two a word that starts longer keys sets (the same two, half a
    /// block on): one memory access per lookup.
    #[inline]
    pub(crate) fn slot(&self, h: u64) -> (usize, u64, u64) {
        let (word, starts) = WordFilter::bits_of(h);
        (block_of(h, self.bits.len()), word, starts)
    }

    /// The two bits a word sets in its block, and the two a word that
    /// starts longer keys sets.
    #[inline]
    pub(crate) fn bits_of(h: u64) -> (u64, u64) {
        let word = (1 << (h & 63)) | (1 << ((h >> 6) & 63));
        // The same two bits half a block on: one rotation, no second pair
        // of shifts.
        (word, word.rotate_left(32))
    }
}

/// The [`WordFilter`] of each [`Shape`], in one array: a lookup reads the
/// shape's base and number of blocks, then one block.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct WordFilters {
    bits: Vec<u64>,
    base: [usize; 3],
    len: [usize; 3],
}

impl WordFilters {
    pub(crate) fn new(filters: [WordFilter; 3]) -> WordFilters {
        let mut f = WordFilters {
            bits: Vec::new(),
            base: [0; 3],
            len: [0; 3],
        };
        for (s, w) in filters.into_iter().enumerate() {
            f.base[s] = f.bits.len();
            f.len[s] = w.bits.len();
            f.bits.extend(w.bits);
        }
        f
    }

    /// Appends the filters to `out` as little-endian numbers: each
    /// shape's base and number of blocks, the number of all blocks, the
    /// blocks.
    // Used by the build script and the tests.
    #[allow(dead_code)]
    pub(crate) fn write(&self, out: &mut Vec<u8>) {
        for (&base, &len) in self.base.iter().zip(&self.len) {
            out.extend_from_slice(&(base as u32).to_le_bytes());
            out.extend_from_slice(&(len as u32).to_le_bytes());
        }
        out.extend_from_slice(&(self.bits.len() as u32).to_le_bytes());
        for b in &self.bits {
            out.extend_from_slice(&b.to_le_bytes());
        }
    }

    /// Reads what [`WordFilters::write`] wrote at the start of `bytes`;
    /// the filters and the bytes read.
    pub(crate) fn read(bytes: &[u8]) -> Result<(WordFilters, usize), String> {
        let u32_at = |i: usize| {
            bytes
                .get(i..i + 4)
                .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                .ok_or("truncated filters")
        };
        let mut f = WordFilters {
            bits: Vec::new(),
            base: [0; 3],
            len: [0; 3],
        };
        for s in 0..3 {
            f.base[s] = u32_at(8 * s)? as usize;
            f.len[s] = u32_at(8 * s + 4)? as usize;
        }
        let n = u32_at(24)? as usize;
        let end = 28 + n * 8;
        let blocks = bytes.get(28..end).ok_or("truncated filters")?;
        f.bits = blocks
            .chunks_exact(8)
            .map(|b| u64::from_le_bytes(b.try_into().expect("eight bytes")))
            .collect();
        // Every lookup must land in the blocks (it reads with `get`, but a
        // wrong base or length would answer wrongly, not fail).
        let fits = (0..3)
            .all(|s| f.len[s] >= 1 && f.base[s].checked_add(f.len[s]).is_some_and(|e| e <= n));
        if !fits {
            return Err("filters do not fit their blocks".into());
        }
        Ok((f, end))
    }

    /// Whether the word is in the filter of its shape, and whether it is
    /// there as the start of a longer key.
    #[inline]
    pub(crate) fn lookup(&self, shape: Shape, hash: u64) -> (bool, bool) {
        let s = shape as usize;
        let block = self.base[s] + block_of(hash, self.len[s]);
        let (word, starts) = WordFilter::bits_of(hash);
        let b = self.bits.get(block).copied().unwrap_or(0);
        (b & word == word, b & starts == starts)
    }

    /// Whether the word is in the filter of `shape`.
    #[inline]
    pub(crate) fn contains(&self, shape: Shape, hash: u64) -> bool {
        self.lookup(shape, hash).0
    }
}
