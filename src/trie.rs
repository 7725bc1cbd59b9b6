//! A byte trie in one flat little-endian buffer, walked one byte at a time
//! so a walk can fold the text as it goes and stop at the first byte no key
//! continues with.
//!
//! The buffer is built in time linear in the total length of the keys (the
//! built-in one at build time, user gazetteers at run time) and used where
//! it lies: the built-in trie is read straight from the binary. Layout, all
//! integers `u32`:
//!
//! ```text
//! magic, word count W, record count N, slot count S, probe limit P,
//! tail length T
//! W words of N records, each one of:
//!     branch: value + 1 (0: no key ends here), edge count k,
//!             k edges: label | index of the child's record << 8
//!     chain:  value + 1, CHAIN | length n,
//!             the n labels of a path through nodes with one child and no
//!             value, four to a word, then the index of the record it
//!             ends at
//! S slots of six words, the index of leading words (see below):
//!     the word's first eight bytes with bit 5 set, as a u64 (two words),
//!     its length (0: an empty slot), where the rest of it starts in the
//!     tail, value + 1 of the key it is, the node it ends at:
//!     record | read << 24 | DEEP | MORE
//! T bytes of tail: each indexed word's bytes from the ninth on
//! ```
//!
//! A branch's edges follow its record, sorted by label, and a chain holds a
//! whole unbranched part of a key (most of the trie below the first few
//! letters), so a walk reads a few short runs of adjacent words instead of
//! one record per byte. Records are laid out breadth first and the root's
//! is at index 0. Every read is bounds-checked: a corrupt buffer makes
//! walks end early, it cannot make them panic.
//!
//! The index maps the leading word of each key, a run of `[0-9_a-z]`
//! followed by the key's end or another ASCII byte, to the node that word
//! ends at, so that a walk from a word of the text can start there with one
//! lookup instead of one record read per letter, each in another cache
//! line; a word of the text that is not in it starts no key. It is an open
//! addressing table with linear probing, at most half full, and no lookup
//! reads more than P + 1 slots.
//!
//! This module is shared with the build script.

use std::borrow::Cow;

const MAGIC: u32 = 0x4754_5235; // "GTR5"

/// The header bit of a chain record.
const CHAIN: u32 = 1 << 31;

/// A trie in its flat form.
pub(crate) struct Trie {
    bytes: Cow<'static, [u8]>,
    /// The root's child by each byte, as every walk starts there.
    root: [Option<Node>; 256],
    /// The slot count less one (the count is a power of two, or 0).
    mask: usize,
    /// Right shift that leaves a hash's slot.
    shift: u32,
    /// The probe limit.
    probe: usize,
    /// Where the slots and the tail start, in bytes.
    slots: usize,
    tail: usize,
}

/// A leading word of some key, found in the index: the node it ends at,
/// the value of the key it is, if one is, and whether any key goes on
/// past it with an ASCII byte that is no word byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Word {
    pub(crate) node: Node,
    pub(crate) value: Option<u32>,
    pub(crate) more: bool,
}

/// A node of the trie: the index of a record and how many labels of its
/// chain have been read (0 at the record's own node).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Node {
    record: u32,
    read: u32,
}

/// Record indices fit in the 24 bits an edge has for them.
const MAX_WORDS: usize = 1 << 24;

/// Where the records start, in bytes.
const RECORDS: usize = 24;

/// The size of an index slot, in bytes.
const SLOT: usize = 24;

/// Flags of a slot's node: some key goes on past the word; the node was
/// too deep in a chain to store, and is found by walking the word.
const MORE: u32 = 1 << 31;
const DEEP: u32 = 1 << 30;

/// How many labels of a chain a slot's node can have read.
const MAX_READ: u32 = 1 << 6;

/// Whether a byte can be part of a leading word of a key (keys are folded,
/// so ASCII letters in them are lower case).
pub(crate) fn is_word_byte(b: u8) -> bool {
    b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'
}

/// The first eight bytes of a word with bit 5 set (which lower-cases ASCII
/// letters), zero-padded, little-endian: the form the matcher reads from
/// the text eight bytes at a time.
pub(crate) fn word_head(word: &[u8]) -> u64 {
    word.iter()
        .take(8)
        .rev()
        .fold(0, |acc, &b| acc << 8 | u64::from(b | 0x20))
}

/// The hash that places a word with `head` and length `len` in the index.
#[inline]
fn slot_hash(head: u64, len: usize) -> u64 {
    (head ^ (len as u64).rotate_right(8)).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

impl Trie {
    /// Wraps a buffer made by [`build`].
    pub(crate) fn new(bytes: Cow<'static, [u8]>) -> Result<Trie, String> {
        let word = |i: usize| -> Option<u32> {
            let b = bytes.get(i * 4..i * 4 + 4)?;
            Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        };
        let header = (word(0), word(1), word(2), word(3), word(4), word(5));
        let (Some(MAGIC), Some(w), Some(n), Some(s), Some(p), Some(t)) = header else {
            return Err("not a compiled trie".into());
        };
        let (w, s, p, t) = (w as usize, s as usize, p as usize, t as usize);
        let slots = RECORDS + w * 4;
        let size = (s.checked_mul(SLOT))
            .and_then(|x| x.checked_add(slots))
            .and_then(|x| x.checked_add(t));
        if n == 0
            || !(2..=MAX_WORDS).contains(&w)
            || (s != 0 && (s == 1 || !s.is_power_of_two()))
            || p >= s.max(1)
            || size != Some(bytes.len())
        {
            return Err(format!(
                "a trie of {} bytes has the wrong size",
                bytes.len()
            ));
        }
        let mut trie = Trie {
            bytes,
            root: [None; 256],
            mask: s.wrapping_sub(1),
            shift: 64 - s.max(1).trailing_zeros(),
            probe: p,
            slots,
            tail: slots + s * SLOT,
        };
        for c in 0..=255u8 {
            trie.root[usize::from(c)] = trie.search(trie.root(), c);
        }
        Ok(trie)
    }

    #[inline]
    fn u32_at(&self, at: usize) -> Option<u32> {
        let b = self.bytes.get(at..at.checked_add(4)?)?;
        Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// The root.
    pub(crate) fn root(&self) -> Node {
        Node { record: 0, read: 0 }
    }

    /// The child of `node` by byte `c`.
    #[inline]
    pub(crate) fn step(&self, node: Node, c: u8) -> Option<Node> {
        if node == self.root() {
            return self.root[usize::from(c)];
        }
        self.search(node, c)
    }

    /// The child of `node` by byte `c`, read from its record.
    #[inline]
    fn search(&self, node: Node, c: u8) -> Option<Node> {
        let at = RECORDS.checked_add((node.record as usize).checked_mul(4)?)?;
        let header = self.u32_at(at.checked_add(4)?)?;
        let labels = at + 8;
        if header & CHAIN != 0 {
            let n = (header & !CHAIN) as usize;
            let read = node.read as usize;
            if *self.bytes.get(labels.checked_add(read)?)? != c {
                return None;
            }
            if read + 1 < n {
                return Some(Node {
                    record: node.record,
                    read: node.read + 1,
                });
            }
            let end = self.u32_at(labels.checked_add(n.div_ceil(4).checked_mul(4)?)?)?;
            return Some(Node {
                record: end,
                read: 0,
            });
        }
        let k = header as usize;
        let edges = self
            .bytes
            .get(labels..labels.checked_add(k.checked_mul(4)?)?)?;
        let target = |e: &[u8]| {
            Some(Node {
                record: u32::from_le_bytes([e[0], e[1], e[2], e[3]]) >> 8,
                read: 0,
            })
        };
        if k <= 16 {
            // Labels are sorted: stop at the first one not below `c`.
            for e in edges.chunks_exact(4) {
                if e[0] >= c {
                    return if e[0] == c { target(e) } else { None };
                }
            }
            return None;
        }
        let (mut lo, mut hi) = (0, k);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if edges[mid * 4] < c {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let e = edges.get(lo * 4..lo * 4 + 4)?;
        if e[0] == c {
            target(e)
        } else {
            None
        }
    }

    /// The value of the key ending at `node`, if one does.
    #[inline]
    pub(crate) fn value(&self, node: Node) -> Option<u32> {
        if node.read != 0 {
            return None; // inside a chain: no key ends there
        }
        let v = self.u32_at(RECORDS.checked_add((node.record as usize).checked_mul(4)?)?)?;
        v.checked_sub(1)
    }

    /// The value of `key`.
    pub(crate) fn get(&self, key: &[u8]) -> Option<u32> {
        self.value(self.walk_bytes(key)?)
    }

    /// The node `key` ends at.
    fn walk_bytes(&self, key: &[u8]) -> Option<Node> {
        let mut node = self.root();
        for &c in key {
            node = self.step(node, c)?;
        }
        Some(node)
    }

    /// Looks up a word of the text in the index: `word` is a run of ASCII
    /// letters, digits and `_` in any case, and `head` its
    /// [`word_head`]. `None` when no key starts with the word followed by
    /// its end or an ASCII byte that is no word byte.
    #[inline]
    pub(crate) fn word(&self, head: u64, word: &[u8]) -> Option<Word> {
        if self.mask == usize::MAX {
            return None; // no slots
        }
        let mut s = (slot_hash(head, word.len()) >> self.shift) as usize;
        for _ in 0..=self.probe {
            let at = self.slots + s * SLOT;
            let slot = self.bytes.get(at..)?.first_chunk::<SLOT>()?;
            let w = |k: usize| {
                u32::from_le_bytes([
                    slot[4 * k],
                    slot[4 * k + 1],
                    slot[4 * k + 2],
                    slot[4 * k + 3],
                ])
            };
            let len = w(2) as usize;
            if len == 0 {
                return None;
            }
            if len == word.len() && u64::from(w(0)) | u64::from(w(1)) << 32 == head {
                let tail = self.tail.checked_add(w(3) as usize)?;
                let rest = word.get(8..).unwrap_or_default();
                let stored = self.bytes.get(tail..tail.checked_add(rest.len())?)?;
                if rest.eq_ignore_ascii_case(stored) {
                    let node = w(5);
                    let node = if node & DEEP != 0 {
                        self.walk_bytes(&word.to_ascii_lowercase())?
                    } else {
                        Node {
                            record: node & (MAX_WORDS as u32 - 1),
                            read: node >> 24 & (MAX_READ - 1),
                        }
                    };
                    return Some(Word {
                        node,
                        value: w(4).checked_sub(1),
                        more: w(5) & MORE != 0,
                    });
                }
            }
            s = (s + 1) & self.mask;
        }
        None
    }
}

/// The leading word of `key`, if a word of the text can reach it (see the
/// module's documentation).
fn leading_word(key: &[u8]) -> Option<&[u8]> {
    let n = key.iter().take_while(|&&b| is_word_byte(b)).count();
    let next = key.get(n).copied();
    let ends = next.is_none_or(|b| b < 0x80 && !b.is_ascii_alphanumeric() && b != b'_');
    (n > 0 && ends).then_some(&key[..n])
}

/// Appends the index of leading words to a trie without one.
fn add_index(trie: Trie, keys: &[(&[u8], u32)]) -> Result<Vec<u8>, String> {
    // Each word, and whether some key goes on past it.
    let mut words: Vec<(&[u8], bool)> = keys
        .iter()
        .filter_map(|k| leading_word(k.0).map(|w| (w, k.0.len() > w.len())))
        .collect();
    words.sort_unstable();
    words.dedup_by(|b, a| {
        let same = a.0 == b.0;
        a.1 |= same && b.1;
        same
    });
    let count = if words.is_empty() {
        0
    } else {
        (words.len() * 2).next_power_of_two()
    };
    let shift = 64 - count.max(1).trailing_zeros();
    let mut slots = vec![[0u32; 6]; count];
    let mut tail = Vec::new();
    let mut probe = 0;
    for (word, more) in words {
        let node = trie
            .walk_bytes(word)
            .ok_or("a leading word is not in the trie")?;
        let head = word_head(word);
        let mut flags = if more { MORE } else { 0 };
        if node.read >= MAX_READ {
            flags |= DEEP;
        }
        let slot = [
            head as u32,
            (head >> 32) as u32,
            u32::try_from(word.len()).map_err(|_| "trie key too long")?,
            u32::try_from(tail.len()).map_err(|_| "trie too large")?,
            trie.value(node).map_or(0, |v| v + 1),
            node.record | (node.read & (MAX_READ - 1)) << 24 | flags,
        ];
        tail.extend_from_slice(word.get(8..).unwrap_or_default());
        let mut s = (slot_hash(head, word.len()) >> shift) as usize;
        let mut n = 0;
        while slots[s][2] != 0 {
            s = (s + 1) & (count - 1);
            n += 1;
        }
        probe = probe.max(n);
        slots[s] = slot;
    }
    let mut out = trie.bytes.into_owned();
    let header = [count, probe, tail.len()].map(|x| u32::try_from(x).map_err(|_| "trie too large"));
    for (k, v) in header.into_iter().enumerate() {
        out[12 + 4 * k..16 + 4 * k].copy_from_slice(&v?.to_le_bytes());
    }
    for slot in &slots {
        for v in slot {
            out.extend_from_slice(&v.to_le_bytes());
        }
    }
    out.extend_from_slice(&tail);
    Ok(out)
}

/// Builds the flat trie of `keys` (sorted, distinct; values below
/// `u32::MAX`) in time linear in their total length.
pub(crate) fn build(keys: &[(&[u8], u32)]) -> Result<Vec<u8>, String> {
    if keys.windows(2).any(|w| w[0].0 >= w[1].0) {
        return Err("trie keys must be sorted and distinct".into());
    }
    // First the nodes in breadth-first order, each with its first edge and
    // value + 1; a node's edges (label, child node) are made together, so
    // they run to the next node's first edge.
    let mut nodes: Vec<[u32; 2]> = vec![[0, 0]];
    let mut edges: Vec<(u8, u32)> = Vec::new();
    // Nodes to fill, in the order they were made: (node, keys lo..hi sharing
    // the node's prefix, depth).
    let mut queue = std::collections::VecDeque::from([(0usize, 0usize, keys.len(), 0usize)]);
    while let Some((node, mut lo, hi, depth)) = queue.pop_front() {
        if lo < hi && keys[lo].0.len() == depth {
            nodes[node][1] = keys[lo].1.checked_add(1).ok_or("trie value too large")?;
            lo += 1;
        }
        nodes[node][0] = u32::try_from(edges.len()).map_err(|_| "trie too large")?;
        let mut i = lo;
        while i < hi {
            let c = keys[i].0[depth];
            let mut j = i + 1;
            while j < hi && keys[j].0[depth] == c {
                j += 1;
            }
            let child = u32::try_from(nodes.len()).map_err(|_| "trie too large")?;
            nodes.push([0, 0]);
            edges.push((c, child));
            queue.push_back((child as usize, i, j, depth + 1));
            i = j;
        }
    }
    let edges_of = |k: usize| {
        let end = nodes.get(k + 1).map_or(edges.len(), |n| n[0] as usize);
        &edges[nodes[k][0] as usize..end]
    };
    // Then the records, breadth first: a node with one child starts a
    // chain that runs down to the first node with a value or another
    // number of children, which starts the next record.
    enum Record {
        Branch(usize),
        /// A chain from a node to another, its labels a range of `labels`.
        Chain(usize, std::ops::Range<usize>, usize),
    }
    let mut records = Vec::new();
    let mut labels: Vec<u8> = Vec::new();
    let mut record_of = vec![u32::MAX; nodes.len()];
    let mut next = std::collections::VecDeque::from([0usize]);
    while let Some(x) = next.pop_front() {
        record_of[x] = records.len() as u32;
        let out = edges_of(x);
        if let [(label, child)] = out {
            let from = labels.len();
            labels.push(*label);
            let mut end = *child as usize;
            while let ([(label, child)], 0) = (edges_of(end), nodes[end][1]) {
                labels.push(*label);
                end = *child as usize;
            }
            next.push_back(end);
            records.push(Record::Chain(x, from..labels.len(), end));
        } else {
            next.extend(out.iter().map(|&(_, child)| child as usize));
            records.push(Record::Branch(x));
        }
    }
    let mut index = Vec::with_capacity(records.len());
    let mut words = 0usize;
    for r in &records {
        index.push(words as u32);
        words += match r {
            Record::Branch(x) => 2 + edges_of(*x).len(),
            Record::Chain(_, range, _) => 3 + range.len().div_ceil(4),
        };
    }
    if words > MAX_WORDS {
        return Err(format!("a trie of more than {MAX_WORDS} words"));
    }
    let index_of = |node: u32| index[record_of[node as usize] as usize];
    let mut out = Vec::with_capacity(RECORDS + words * 4);
    for v in [MAGIC, words as u32, records.len() as u32, 0, 0, 0] {
        out.extend_from_slice(&v.to_le_bytes());
    }
    for r in &records {
        match r {
            Record::Branch(x) => {
                let edges = edges_of(*x);
                out.extend_from_slice(&nodes[*x][1].to_le_bytes());
                out.extend_from_slice(&(edges.len() as u32).to_le_bytes());
                for &(label, child) in edges {
                    let e = u32::from(label) | index_of(child) << 8;
                    out.extend_from_slice(&e.to_le_bytes());
                }
            }
            Record::Chain(x, range, end) => {
                let labels = &labels[range.clone()];
                let n = u32::try_from(labels.len())
                    .ok()
                    .filter(|&n| n < CHAIN)
                    .ok_or("trie key too long")?;
                out.extend_from_slice(&nodes[*x][1].to_le_bytes());
                out.extend_from_slice(&(CHAIN | n).to_le_bytes());
                out.extend_from_slice(labels);
                out.resize(out.len() + (4 - labels.len() % 4) % 4, 0);
                out.extend_from_slice(&index_of(*end as u32).to_le_bytes());
            }
        }
    }
    add_index(Trie::new(Cow::Owned(out))?, keys)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_what_it_builds() {
        let keys: &[(&[u8], u32)] = &[(b"new", 0), (b"new york", 1), (b"us", 2), (b"usa", 3)];
        let t = Trie::new(Cow::Owned(build(keys).unwrap())).unwrap();
        for &(k, v) in keys {
            assert_eq!(t.get(k), Some(v));
        }
        assert_eq!(t.get(b"new yor"), None);
        assert_eq!(t.get(b"u"), None);
        assert_eq!(t.get(b"x"), None);
        assert_eq!(t.get(b""), None);
        // Many children: binary search.
        let many: Vec<(Vec<u8>, u32)> = (b'a'..=b'z').map(|c| (vec![c], u32::from(c))).collect();
        let many: Vec<(&[u8], u32)> = many.iter().map(|(k, v)| (k.as_slice(), *v)).collect();
        let t = Trie::new(Cow::Owned(build(&many).unwrap())).unwrap();
        assert_eq!(t.get(b"q"), Some(u32::from(b'q')));
        // Chains: unbranched runs of labels, with keys ending inside.
        let keys: &[(&[u8], u32)] = &[
            (b"abcdefgh", 1),
            (b"abcdefghijklm", 2),
            (b"abx", 3),
            (b"q", 4),
            (b"qrstuvwxyz", 5),
        ];
        let t = Trie::new(Cow::Owned(build(keys).unwrap())).unwrap();
        for &(k, v) in keys {
            assert_eq!(t.get(k), Some(v));
        }
        for k in [
            &b"abcdefg"[..],
            b"abcdefghi",
            b"abcdefghijklmn",
            b"ab",
            b"qrstuvwxy",
            b"abxy",
        ] {
            assert_eq!(t.get(k), None, "{:?}", std::str::from_utf8(k));
        }
        // Many children below the root.
        let many: Vec<(Vec<u8>, u32)> = (b'0'..=b'z')
            .map(|c| (vec![b'x', c], u32::from(c)))
            .collect();
        let many: Vec<(&[u8], u32)> = many.iter().map(|(k, v)| (k.as_slice(), *v)).collect();
        let t = Trie::new(Cow::Owned(build(&many).unwrap())).unwrap();
        for c in b'0'..=b'z' {
            assert_eq!(t.get(&[b'x', c]), Some(u32::from(c)));
        }
        assert_eq!(t.get(b"x/"), None);
        assert_eq!(t.get(b"x{"), None);
        assert!(build(&[(b"b", 0), (b"a", 1)]).is_err());
    }

    #[test]
    fn index_of_leading_words_agrees_with_the_keys() {
        let deep = "a".repeat(100) + " b";
        let mut keys: Vec<&[u8]> = vec![
            b"new",
            b"new york",
            b"newport",
            b"us",
            b"u.s.",
            b"usa",
            b"abcdefghijklmnop qr",
            b"abcdefghijklmnopqr",
            b"x_1 y",
            b"caf\xc3\xa9",
            b"12 march",
            b"-led",
            deep.as_bytes(),
        ];
        keys.sort();
        let keys: Vec<(&[u8], u32)> = keys.into_iter().zip(0..).collect();
        let t = Trie::new(Cow::Owned(build(&keys).unwrap())).unwrap();
        let mut words: Vec<String> =
            "new NEW New york newport newp us US u usa USA abcdefghijklmnop \
             ABCDEFGHIJKLMNOP abcdefghijklmnopqr abcdefghijklmnopq abcdefghijklmno x_1 X_1 x \
             caf 12 1 led"
                .split_whitespace()
                .map(String::from)
                .collect();
        words.extend(["a".repeat(100), "a".repeat(99), "a".repeat(101)]);
        for w in &words {
            let lower = w.to_ascii_lowercase();
            let lower = lower.as_bytes();
            // What a walk from the word would find: the keys that start
            // with it followed by their end or another ASCII byte.
            let reached: Vec<&[u8]> = keys
                .iter()
                .map(|k| k.0)
                .filter(|k| {
                    k.starts_with(lower)
                        && k.get(lower.len())
                            .is_none_or(|&b| b < 0x80 && !is_word_byte(b))
                })
                .collect();
            let found = t.word(word_head(w.as_bytes()), w.as_bytes());
            if reached.is_empty() {
                assert_eq!(found, None, "{w}");
                continue;
            }
            let found = found.unwrap_or_else(|| panic!("{w} is not in the index"));
            let node = t.walk_bytes(lower).unwrap();
            assert_eq!(found.node, node, "{w}");
            assert_eq!(found.value, t.get(lower), "{w}");
            assert_eq!(
                found.more,
                reached.iter().any(|k| k.len() > lower.len()),
                "{w}"
            );
        }
        // No keys, no slots.
        let t = Trie::new(Cow::Owned(build(&[(b"-x", 0)]).unwrap())).unwrap();
        assert_eq!(t.word(word_head(b"x"), b"x"), None);
    }

    #[test]
    fn corrupt_buffers_are_refused_or_harmless() {
        assert!(Trie::new(Cow::Owned(vec![1, 2, 3])).is_err());
        let mut bytes = build(&[(b"abc", 7), (b"abd", 8)]).unwrap();
        assert!(Trie::new(Cow::Owned(bytes[..bytes.len() - 4].to_vec())).is_err());
        // Scramble every node and edge: walks end, nothing panics.
        for b in bytes.iter_mut().skip(RECORDS) {
            *b = 0xff;
        }
        let t = Trie::new(Cow::Owned(bytes)).unwrap();
        assert_eq!(t.get(b"abc"), None);
        // An index of one slot (which no build makes) is refused, as its
        // hash would shift by the width of the word.
        let mut bytes = build(&[(b"-x", 0)]).unwrap();
        bytes[12..16].copy_from_slice(&1u32.to_le_bytes());
        bytes.extend_from_slice(&[0; SLOT]);
        assert!(Trie::new(Cow::Owned(bytes)).is_err());
    }
}
