//! What one walk over a text finds: candidate names, office titles,
//! capitalised words and flags that later passes read instead of the text.

use crate::fold::starts_with_capital;

/// A span of the original text that some pattern matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Candidate {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) pattern: u32,
    /// Bit `i` set when target `i` of the pattern accepts the spelling
    /// (targets past the 64th are never used).
    pub(crate) ok: u64,
}

/// What one walk over a text finds.
#[derive(Debug, Default)]
pub(crate) struct Scan {
    /// Candidate names, in order of start then longest first.
    pub(crate) candidates: Vec<Candidate>,
    /// Office titles (any case) as byte spans, leftmost-longest, in order.
    pub(crate) titles: Vec<(usize, usize)>,
    /// The words that start with a capital, as byte spans, also inside
    /// joined words ("EU" in "anti-EU").
    pub(crate) capitals: Vec<(usize, usize)>,
    /// Whether the text may name a numbered document: it has a word of
    /// [`CUE_SPELLINGS`](crate::compiled::CUE_SPELLINGS), or a word with
    /// non-ASCII characters, next to which the document patterns' ASCII
    /// word boundaries differ from the scan's.
    pub(crate) cue: bool,
    /// Whether the text has a `(`.
    pub(crate) paren: bool,
    /// Whether the text has a `/` (photo credits are looked for).
    pub(crate) slash: bool,
    /// Whether the text is all ASCII.
    pub(crate) ascii: bool,
}

impl Scan {
    /// Empties the scan, keeping its buffers.
    pub(super) fn clear(&mut self) {
        self.candidates.clear();
        self.titles.clear();
        self.capitals.clear();
        self.cue = false;
        self.paren = false;
        self.slash = false;
        self.ascii = true;
    }

    /// Puts the candidates in order and keeps titles leftmost-longest,
    /// without overlaps.
    pub(super) fn sort(&mut self) {
        let cands = &mut self.candidates;
        cands.sort_unstable_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        cands.dedup_by(|a, b| a.start == b.start && a.end == b.end && a.pattern == b.pattern);
        self.titles
            .sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut end = 0;
        self.titles.retain(|t| {
            let keep = t.0 >= end;
            if keep {
                end = t.1;
            }
            keep
        });
    }

    /// Notes the word `start..end`, whose first byte is `first`, if it is
    /// capitalised.
    #[inline]
    pub(super) fn note_capital(&mut self, text: &str, (start, end): (usize, usize), first: u8) {
        let capital = if first < 0x80 {
            first.is_ascii_uppercase()
        } else {
            starts_with_capital(&text[start..])
        };
        if capital {
            self.capitals.push((start, end));
        }
    }
}
