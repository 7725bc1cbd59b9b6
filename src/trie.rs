//! Reading the double-array trie that `yada` builds (the darts-clone unit
//! layout), one byte at a time, so a walk can fold the text as it goes and
//! stop at the first byte no key continues with.
//!
//! Every read is bounds-checked: a corrupt array makes walks end early, it
//! cannot make them panic.

use std::borrow::Cow;

/// A double-array trie in yada's byte form.
pub(crate) struct Trie {
    bytes: Cow<'static, [u8]>,
}

/// A node of the trie.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Node(usize);

impl Trie {
    /// Wraps yada's byte form.
    pub(crate) fn new(bytes: Cow<'static, [u8]>) -> Result<Trie, String> {
        if bytes.is_empty() || bytes.len() % 4 != 0 {
            return Err(format!(
                "a trie of {} bytes is not a unit array",
                bytes.len()
            ));
        }
        Ok(Trie { bytes })
    }

    #[inline]
    fn unit(&self, i: usize) -> Option<u32> {
        let b = self
            .bytes
            .get(i.checked_mul(4)?..i.checked_mul(4)?.checked_add(4)?)?;
        Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    #[inline]
    fn offset(unit: u32) -> usize {
        ((unit >> 10) << ((unit & (1 << 9)) >> 6)) as usize
    }

    /// The root.
    pub(crate) fn root(&self) -> Node {
        Node(0)
    }

    /// The child of `node` by byte `c`.
    #[inline]
    pub(crate) fn step(&self, node: Node, c: u8) -> Option<Node> {
        let unit = self.unit(node.0)?;
        let next = Self::offset(unit) ^ node.0 ^ usize::from(c);
        let child = self.unit(next)?;
        (child & ((1 << 31) | 0xff) == u32::from(c)).then_some(Node(next))
    }

    /// The value of the key ending at `node`, if one does.
    #[inline]
    pub(crate) fn value(&self, node: Node) -> Option<u32> {
        let unit = self.unit(node.0)?;
        if unit >> 8 & 1 == 0 {
            return None;
        }
        let leaf = self.unit(Self::offset(unit) ^ node.0)?;
        Some(leaf & 0x7fff_ffff)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_what_yada_builds() {
        let keys: &[(&[u8], u32)] = &[(b"new", 0), (b"new york", 1), (b"us", 2), (b"usa", 3)];
        let t = Trie::new(Cow::Owned(
            yada::builder::DoubleArrayBuilder::build(keys).unwrap(),
        ))
        .unwrap();
        for &(k, v) in keys {
            assert_eq!(t.get(k), Some(v));
        }
        assert_eq!(t.get(b"new yor"), None);
        assert_eq!(t.get(b"u"), None);
        assert_eq!(t.get(b"x"), None);
        assert!(Trie::new(Cow::Owned(vec![1, 2, 3])).is_err());
        // A corrupt array ends walks instead of panicking.
        let junk = Trie::new(Cow::Owned(vec![0xff; 64])).unwrap();
        let _ = junk.get(b"new york");
    }
}
