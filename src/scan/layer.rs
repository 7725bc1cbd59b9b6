//! One trie of a matcher and how its values become the numbers of
//! patterns, titles and cue words, so that user entries can be read from a
//! trie of their own beside the one compiled at build time.

use super::filter::WordFilters;
use crate::trie::Trie;

/// A trie, the filter of the words its keys start with, and how its
/// values become the numbers of patterns, titles and cue words: values
/// from `split` on are moved up by `shift`.
pub(super) struct Layer {
    pub(super) trie: Trie,
    /// The keys of one word and the first two words of longer keys, by the
    /// shape of the text's first word ([`super::filter::Shape`]): most
    /// words of running text start in lower case, and only keys whose case
    /// policy accepts that (titles, fold-case names) are in the filter for
    /// them.
    pub(super) words: WordFilters,
    pub(super) split: u32,
    pub(super) shift: u32,
}

impl Layer {
    /// A trie whose values are the numbers.
    pub(super) fn plain(trie: Trie, words: WordFilters) -> Layer {
        Layer {
            trie,
            words,
            split: u32::MAX,
            shift: 0,
        }
    }

    /// The number of trie value `v`.
    #[inline]
    pub(super) fn number(&self, v: u32) -> u32 {
        if v >= self.split {
            v + self.shift
        } else {
            v
        }
    }
}
