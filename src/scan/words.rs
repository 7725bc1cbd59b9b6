//! Reading the words of a text: where words start and end, eight bytes at
//! a time where the text is ASCII, their hashes and shapes for the first-word
//! filters, and word boundaries. The resolve passes read words with these
//! helpers too.

use super::filter::{WordFilter, WordHash};
use crate::fold::{is_joiner, is_word_char, FoldCursor, ASCII_CLASS, WORD};

/// Whether the character at `i` starts or continues a word (a word
/// character or a joiner), and its width.
#[inline]
pub(crate) fn starts_word(text: &str, i: usize) -> (bool, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        (ASCII_CLASS[usize::from(b)] & WORD != 0, 1)
    } else {
        let c = text[i..].chars().next().unwrap_or(' ');
        (is_word_char(c) || is_joiner(c), c.len_utf8())
    }
}

/// A word of the text, with its [`crate::trie::word_head`] if it is all
/// ASCII and followed by the end or an ASCII byte.
#[derive(Clone, Copy)]
pub(crate) struct TextWord {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) head: Option<u64>,
}

/// The end of the word starting at `i` (word characters and joiners), the
/// [`WordFilter`] hash of its folded form, whether it starts with an ASCII
/// capital and has a lower-case letter (what makes it [`super::filter::Shape::Mixed`]),
/// and its head (see [`TextWord`]).
#[inline(always)]
pub(crate) fn word_at(text: &str, i: usize) -> (usize, u64, bool, Option<u64>) {
    let bytes = text.as_bytes();
    let mut j = i;
    let mut head = None;
    // Most words are ASCII, shorter than eight bytes and followed by an
    // ASCII byte: one load and no loop settles them.
    if let Some(chunk) = bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let x = u64::from_le_bytes(*chunk);
        let stop = !swar::word_lanes(x) & swar::HIGH;
        let n = stop.trailing_zeros() / 8;
        if stop == 0 {
            // Eight word bytes: the loop below goes on after them.
            (j, head) = (i + 8, Some(x));
        } else if n > 0 && (x >> (8 * n)) & 0x80 == 0 {
            let word = x & swar::first_lanes(n);
            let h = WordHash {
                acc: (word | 0x2020_2020_2020_2020) & swar::first_lanes(n),
                n,
            };
            // Only a capitalised word's other letters choose its shape.
            let lower = (x as u8).is_ascii_uppercase() && swar::between(word, b'a', b'z') != 0;
            return (i + n as usize, h.finish(), lower, Some(h.acc));
        }
    }
    // The rest: eight bytes at a time, find the first that is no word
    // character; near the end of the text, one byte at a time.
    while let Some(chunk) = bytes.get(j..j + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        head.get_or_insert(x);
        let run = (!swar::word_lanes(x) & swar::HIGH).trailing_zeros() / 8;
        j += run as usize;
        if run < 8 {
            break;
        }
    }
    if bytes.len() - j < 8 {
        while bytes
            .get(j)
            .is_some_and(|&b| ASCII_CLASS[usize::from(b)] & WORD != 0)
        {
            j += 1;
        }
    }
    if j == i || bytes.get(j).is_some_and(|&b| b >= 0x80) {
        let (end, hash, lower) = word_at_folded(text, i);
        return (end, hash, lower, None);
    }
    // Only a capitalised word is read again for a lower-case letter.
    let word = &bytes[i..j];
    let lower = word[0].is_ascii_uppercase() && word.iter().any(u8::is_ascii_lowercase);
    let n = (j - i).min(8);
    let head = head.unwrap_or_else(|| {
        bytes[i..i + n]
            .iter()
            .rev()
            .fold(0, |acc, &b| acc << 8 | u64::from(b))
    });
    let h = WordHash {
        acc: (head | 0x2020_2020_2020_2020) & swar::first_lanes(n as u32),
        n: (j - i) as u32,
    };
    (j, h.finish(), lower, Some(h.acc))
}

/// Eight bytes at once in one `u64` (lane `k` is byte `k`, little-endian).
pub(crate) mod swar {
    /// The high bit of every lane.
    pub(super) const HIGH: u64 = 0x8080_8080_8080_8080;

    const fn lanes(b: u8) -> u64 {
        b as u64 * 0x0101_0101_0101_0101
    }

    /// The high bit of each lane of `x` (lanes below 0x80) from `lo` to
    /// `hi`: no sum carries into the next lane.
    #[inline]
    pub(super) fn between(x: u64, lo: u8, hi: u8) -> u64 {
        (x + lanes(0x80 - lo)) & !(x + lanes(0x7f - hi)) & HIGH
    }

    /// The high bit of each lane that is an ASCII word character (letter,
    /// digit, `_`).
    #[inline]
    pub(crate) fn word_lanes(x: u64) -> u64 {
        let ascii = !x & HIGH;
        let x7 = x & !HIGH;
        let word = between(x7 | lanes(0x20), b'a', b'z')
            | between(x7, b'0', b'9')
            | between(x7, b'_', b'_');
        word & ascii
    }

    /// Every bit of the first `n` lanes (`n` up to 8), without a branch:
    /// word lengths vary too much to predict one.
    #[inline]
    pub(super) fn first_lanes(n: u32) -> u64 {
        let bits = 8 * n.min(8);
        (1u64 << (bits & 63)).wrapping_sub(1) | u64::from(bits >> 6).wrapping_neg()
    }
}

/// [`word_at`] for words with non-ASCII characters (out of line, so that
/// the ASCII path stays small).
#[cold]
#[inline(never)]
pub(crate) fn word_at_folded(text: &str, i: usize) -> (usize, u64, bool) {
    let bytes = text.as_bytes();
    let mut h = WordFilter::start();
    let mut has_lower = false;
    // Whether the word is in a script written without spaces.
    let mut unspaced = None;
    let mut j = i;
    while j < bytes.len() {
        let b = bytes[j];
        if b < 0x80 {
            if ASCII_CLASS[usize::from(b)] & WORD == 0 || unspaced == Some(true) {
                break;
            }
            unspaced = Some(false);
            has_lower |= b.is_ascii_lowercase();
            h.push(b);
            j += 1;
            continue;
        }
        let c = text[j..].chars().next().unwrap_or(' ');
        let w = c.len_utf8();
        if is_word_char(c) {
            if *unspaced.get_or_insert(is_unspaced(c)) != is_unspaced(c) {
                break;
            }
            has_lower |= c.is_lowercase();
            let mut f = FoldCursor::new(&text[j..j + w], 0);
            while let Some(fb) = f.next_byte() {
                h.push(fb.byte);
            }
        } else if !is_joiner(c) {
            break;
        }
        j += w;
    }
    (j, h.finish(), has_lower && bytes[i].is_ascii_uppercase())
}

/// Whether `c` belongs to a script written without spaces between words:
/// Han ideographs, kana, Thai, Lao, Khmer, Myanmar.
pub(crate) fn is_unspaced(c: char) -> bool {
    matches!(c,
        '\u{0e00}'..='\u{0eff}'
        | '\u{1000}'..='\u{109f}'
        | '\u{1780}'..='\u{17ff}'
        | '\u{3040}'..='\u{30ff}'
        | '\u{3400}'..='\u{4dbf}'
        | '\u{4e00}'..='\u{9fff}'
        | '\u{f900}'..='\u{faff}'
        | '\u{20000}'..='\u{3134f}')
}

/// True when no word character touches `pos` on both sides: letters, digits,
/// combining marks and `_` continue a word; spaces, punctuation (including
/// apostrophes, so "Russia's" splits, and hyphens, so "U.S.-led" splits) and
/// the ends of the text break it. So does a change between a script written
/// without spaces (Chinese, Japanese) and any other ("在Russia的").
#[inline]
pub(crate) fn is_boundary(text: &str, pos: usize) -> bool {
    let bytes = text.as_bytes();
    if let (Some(&b), Some(&a)) = (bytes.get(pos.wrapping_sub(1)), bytes.get(pos)) {
        if b < 0x80 && a < 0x80 {
            return ASCII_CLASS[usize::from(b)] & ASCII_CLASS[usize::from(a)] & WORD == 0;
        }
    }
    is_boundary_unicode(text, pos)
}

/// [`is_boundary`] where a neighbour is not ASCII or is missing.
#[inline(never)]
pub(crate) fn is_boundary_unicode(text: &str, pos: usize) -> bool {
    let before = text[..pos].chars().next_back();
    let after = text[pos..].chars().next();
    match (before, after) {
        (Some(b), Some(a)) => {
            !(is_word_char(b) && is_word_char(a)) || is_unspaced(b) != is_unspaced(a)
        }
        _ => true,
    }
}

/// A word without its possessive ending, and whether it had one.
pub(crate) fn strip_possessive(tok: &str) -> (&str, bool) {
    for suffix in ["'s", "’s"] {
        if let Some(w) = tok.strip_suffix(suffix) {
            return (w, true);
        }
    }
    (tok, false)
}

pub(crate) fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}
