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
//! magic, word count W, record count N
//! W words of N records, each one of:
//!     branch: value + 1 (0: no key ends here), edge count k,
//!             k edges: label | index of the child's record << 8
//!     chain:  value + 1, CHAIN | length n,
//!             the n labels of a path through nodes with one child and no
//!             value, four to a word, then the index of the record it
//!             ends at
//! ```
//!
//! A branch's edges follow its record, sorted by label, and a chain holds a
//! whole unbranched part of a key (most of the trie below the first few
//! letters), so a walk reads a few short runs of adjacent words instead of
//! one record per byte. Records are laid out breadth first and the root's
//! is at index 0. Every read is bounds-checked: a corrupt buffer makes
//! walks end early, it cannot make them panic.
//!
//! This module is shared with the build script.

use std::borrow::Cow;

const MAGIC: u32 = 0x4754_5234; // "GTR4"

/// The header bit of a chain record.
const CHAIN: u32 = 1 << 31;

/// A trie in its flat form.
pub(crate) struct Trie {
    bytes: Cow<'static, [u8]>,
    /// The root's child by each byte, as every walk starts there.
    root: [Option<Node>; 256],
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
const RECORDS: usize = 12;

impl Trie {
    /// Wraps a buffer made by [`build`].
    pub(crate) fn new(bytes: Cow<'static, [u8]>) -> Result<Trie, String> {
        let word = |i: usize| -> Option<u32> {
            let b = bytes.get(i * 4..i * 4 + 4)?;
            Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        };
        let (Some(MAGIC), Some(w), Some(n)) = (word(0), word(1), word(2)) else {
            return Err("not a compiled trie".into());
        };
        let w = w as usize;
        if n == 0 || !(2..=MAX_WORDS).contains(&w) || bytes.len() != RECORDS + w * 4 {
            return Err(format!(
                "a trie of {} bytes has the wrong size",
                bytes.len()
            ));
        }
        let mut trie = Trie {
            bytes,
            root: [None; 256],
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
        let mut node = self.root();
        for &c in key {
            node = self.step(node, c)?;
        }
        self.value(node)
    }
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
        Chain(usize, Vec<u8>, usize),
    }
    let mut records = Vec::new();
    let mut record_of = vec![u32::MAX; nodes.len()];
    let mut next = std::collections::VecDeque::from([0usize]);
    while let Some(x) = next.pop_front() {
        record_of[x] = records.len() as u32;
        let out = edges_of(x);
        if let [(label, child)] = out {
            let (mut labels, mut end) = (vec![*label], *child as usize);
            while let ([(label, child)], 0) = (edges_of(end), nodes[end][1]) {
                labels.push(*label);
                end = *child as usize;
            }
            next.push_back(end);
            records.push(Record::Chain(x, labels, end));
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
            Record::Chain(_, labels, _) => 3 + labels.len().div_ceil(4),
        };
    }
    if words > MAX_WORDS {
        return Err(format!("a trie of more than {MAX_WORDS} words"));
    }
    let index_of = |node: u32| index[record_of[node as usize] as usize];
    let mut out = Vec::with_capacity(RECORDS + words * 4);
    for v in [MAGIC, words as u32, records.len() as u32] {
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
            Record::Chain(x, labels, end) => {
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
    Ok(out)
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
    fn corrupt_buffers_are_refused_or_harmless() {
        assert!(Trie::new(Cow::Owned(vec![1, 2, 3])).is_err());
        let mut bytes = build(&[(b"abc", 7), (b"abd", 8)]).unwrap();
        assert!(Trie::new(Cow::Owned(bytes[..bytes.len() - 4].to_vec())).is_err());
        // Scramble every node and edge: walks end, nothing panics.
        for b in bytes.iter_mut().skip(12) {
            *b = 0xff;
        }
        let t = Trie::new(Cow::Owned(bytes)).unwrap();
        assert_eq!(t.get(b"abc"), None);
    }
}
