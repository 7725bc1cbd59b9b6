//! Text folding: case, diacritics, typography and whitespace, with a map back
//! to byte offsets in the original text.
//!
//! The matcher searches a folded copy of the text so that "Erdoğan" equals
//! "Erdogan", "Côte d’Ivoire" equals "cote d'ivoire" and "Vladimir\u{a0}\nPutin"
//! equals "vladimir putin". Every folded byte remembers the original byte
//! offset of the character it came from, so a match in the folded text maps
//! back to a span of the original text that starts and ends on character
//! boundaries.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// A folded copy of a text plus, for every folded byte, the byte offset in
/// the original text of the character that produced it.
#[derive(Debug, Default)]
pub(crate) struct Folded {
    pub(crate) text: String,
    /// `map.len() == text.len() + 1`; the last entry is the length of the
    /// folded chunk. Offsets are relative to `base`, so chunks of at most
    /// 4 GiB fit whatever the size of the whole text.
    pub(crate) map: Vec<u32>,
    /// Where the folded chunk starts in the original text.
    pub(crate) base: usize,
}

impl Folded {
    /// Folds `original[base..base + chunk.len()]` where `chunk` is that slice
    /// (at most `u32::MAX` bytes).
    pub(crate) fn fold_into(&mut self, chunk: &str, base: usize) {
        debug_assert!(u32::try_from(chunk.len()).is_ok());
        self.text.clear();
        self.map.clear();
        self.base = base;
        self.text.reserve(chunk.len());
        self.map.reserve(chunk.len() + 1);
        let mut last_space = false;
        let bytes = chunk.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // Runs of printable ASCII with single spaces fold byte by byte:
            // copied, then lower-cased in place.
            let mut run = i;
            let mut space = last_space;
            while run < bytes.len() {
                let b = bytes[run];
                if b == b' ' && !space {
                    space = true;
                } else if (0x21..0x7f).contains(&b) {
                    space = false;
                } else {
                    break;
                }
                run += 1;
            }
            if run > i {
                let from = self.text.len();
                self.text.push_str(&chunk[i..run]);
                self.text[from..].make_ascii_lowercase();
                self.map.extend(i as u32..run as u32);
                last_space = space;
                i = run;
                if i == bytes.len() {
                    break;
                }
            }
            let b = bytes[i];
            let at = i as u32;
            if b < 0x80 {
                if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
                    if !last_space {
                        self.text.push(' ');
                        self.map.push(at);
                        last_space = true;
                    }
                } else {
                    self.text.push(b.to_ascii_lowercase() as char);
                    self.map.push(at);
                    last_space = false;
                }
                i += 1;
                continue;
            }
            // Non-ASCII: decode one char. `chunk` is a &str so this cannot
            // fail, and `i` is always on a char boundary.
            let c = chunk[i..].chars().next().unwrap_or('\u{fffd}');
            let width = c.len_utf8();
            match classify(c) {
                Class::Space => {
                    if !last_space {
                        self.text.push(' ');
                        self.map.push(at);
                        last_space = true;
                    }
                }
                Class::Ignore => {}
                Class::Ascii(s) => {
                    for ch in s.chars() {
                        self.text.push(ch);
                        self.map.push(at);
                    }
                    last_space = false;
                }
                Class::Letter => {
                    let text = &mut self.text;
                    let map = &mut self.map;
                    for lc in c.to_lowercase() {
                        decompose_canonical(lc, |d| {
                            if !is_combining_mark(d) {
                                text.push(d);
                                for _ in 0..d.len_utf8() {
                                    map.push(at);
                                }
                            }
                        });
                    }
                    last_space = false;
                }
            }
            i += width;
        }
        self.map.push(bytes.len() as u32);
    }
}

/// Folds a text lazily from a position, one folded byte at a time, exactly
/// as [`Folded::fold_into`] would fold it from there: a trie walk from a
/// word start reads only the few bytes it needs.
pub(crate) struct FoldCursor<'a> {
    text: &'a str,
    /// The next character of `text` to fold.
    pos: usize,
    last_space: bool,
    /// Folded bytes of the current character, `at..len` still to give: at
    /// most three lower-case characters without their combining marks.
    buf: [u8; 16],
    len: usize,
    at: usize,
    /// The current character's span in `text`.
    span: (usize, usize),
}

/// One folded byte and where it comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct FoldedByte {
    pub(crate) byte: u8,
    /// Span of the original character that produced it.
    pub(crate) span: (usize, usize),
    /// Whether it is the last byte that character produced.
    pub(crate) last: bool,
}

impl<'a> FoldCursor<'a> {
    /// A cursor at `pos`, which must be a char boundary of `text`.
    pub(crate) fn new(text: &'a str, pos: usize) -> FoldCursor<'a> {
        FoldCursor {
            text,
            pos,
            last_space: false,
            buf: [0; 16],
            len: 0,
            at: 0,
            span: (pos, pos),
        }
    }

    fn put(&mut self, s: &[u8]) {
        let n = s.len().min(self.buf.len() - self.len);
        self.buf[self.len..self.len + n].copy_from_slice(&s[..n]);
        self.len += n;
    }

    /// The next folded byte.
    #[inline]
    pub(crate) fn next_byte(&mut self) -> Option<FoldedByte> {
        loop {
            if self.at < self.len {
                let byte = self.buf[self.at];
                self.at += 1;
                return Some(FoldedByte {
                    byte,
                    span: self.span,
                    last: self.at == self.len,
                });
            }
            let b = *self.text.as_bytes().get(self.pos)?;
            self.len = 0;
            self.at = 0;
            let start = self.pos;
            if b < 0x80 && !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
                self.pos += 1;
                self.last_space = false;
                self.span = (start, self.pos);
                return Some(FoldedByte {
                    byte: b.to_ascii_lowercase(),
                    span: self.span,
                    last: true,
                });
            }
            if b < 0x80 {
                self.pos += 1;
                self.span = (start, self.pos);
                if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
                    if !self.last_space {
                        self.last_space = true;
                        self.put(b" ");
                    }
                } else {
                    self.last_space = false;
                    self.put(&[b.to_ascii_lowercase()]);
                }
                continue;
            }
            let c = self.text[start..].chars().next().unwrap_or(' ');
            self.pos += c.len_utf8();
            self.span = (start, self.pos);
            match classify(c) {
                Class::Space => {
                    if !self.last_space {
                        self.last_space = true;
                        self.put(b" ");
                    }
                }
                Class::Ignore => {}
                Class::Ascii(s) => {
                    self.last_space = false;
                    self.put(s.as_bytes());
                }
                Class::Letter => {
                    self.last_space = false;
                    let mut tmp = [0u8; 4];
                    for lc in c.to_lowercase() {
                        decompose_canonical(lc, |d| {
                            if !is_combining_mark(d) {
                                let s = d.encode_utf8(&mut tmp).as_bytes();
                                let n = s.len().min(16 - self.len);
                                self.buf[self.len..self.len + n].copy_from_slice(&s[..n]);
                                self.len += n;
                            }
                        });
                    }
                }
            }
        }
    }
}

/// Whether `c` vanishes in folding but keeps a word together (soft hyphen,
/// zero-width joiners, word joiner, byte-order mark); the zero-width space
/// separates words.
pub(crate) fn is_joiner(c: char) -> bool {
    matches!(
        c,
        '\u{00ad}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}'
    )
}

enum Class {
    Space,
    Ignore,
    Ascii(&'static str),
    Letter,
}

fn classify(c: char) -> Class {
    match c {
        '\u{00ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' => {
            Class::Ignore
        }
        c if c.is_whitespace() => Class::Space,
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '\u{02bc}'
        | '\u{00b4}' | '\u{0060}' => Class::Ascii("'"),
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' | '\u{00ab}'
        | '\u{00bb}' => Class::Ascii("\""),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}' => {
            Class::Ascii("-")
        }
        'ø' | 'Ø' => Class::Ascii("o"),
        'ł' | 'Ł' => Class::Ascii("l"),
        'đ' | 'Đ' | 'ð' | 'Ð' => Class::Ascii("d"),
        'ħ' | 'Ħ' => Class::Ascii("h"),
        'ı' => Class::Ascii("i"),
        'ß' | 'ẞ' => Class::Ascii("ss"),
        'æ' | 'Æ' => Class::Ascii("ae"),
        'œ' | 'Œ' => Class::Ascii("oe"),
        'þ' | 'Þ' => Class::Ascii("th"),
        _ => Class::Letter,
    }
}

/// Folds a gazetteer string (alias, name) the same way as text, trimmed.
pub(crate) fn fold_str(s: &str) -> String {
    let mut f = Folded::default();
    f.fold_into(s, 0);
    f.text.trim().to_string()
}

/// Folds typography only (whitespace, quotes, dashes, invisible characters),
/// keeping case and diacritics. Used to compare exact-case aliases.
pub(crate) fn typo_fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut last_space = false;
    for c in s.chars() {
        match classify(c) {
            Class::Space => {
                if !last_space {
                    out.push(' ');
                }
                last_space = true;
                continue;
            }
            Class::Ignore => continue,
            Class::Ascii(a) if matches!(a, "'" | "\"" | "-") => out.push_str(a),
            _ => out.push(c),
        }
        last_space = false;
    }
    out.trim().to_string()
}

/// For each ASCII byte, whether it is a word character (letter, digit, `_`).
pub(crate) static ASCII_WORD: [bool; 128] = {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric() || b == b'_' as usize;
        b += 1;
    }
    t
};

/// Folds a word for a set lookup without allocating when it is short
/// ASCII: lower-cased into `buf`; otherwise [`fold_str`] into `owned`.
pub(crate) fn fold_word<'a>(w: &'a str, buf: &'a mut [u8; 32], owned: &'a mut String) -> &'a str {
    if w.len() <= buf.len() && w.bytes().all(|b| (0x21..0x7f).contains(&b)) {
        let out = &mut buf[..w.len()];
        out.copy_from_slice(w.as_bytes());
        out.make_ascii_lowercase();
        std::str::from_utf8(out).unwrap_or_default()
    } else {
        *owned = fold_str(w);
        owned
    }
}

/// Whether `typo_fold(s) == folded`, without building the folded string.
pub(crate) fn typo_eq(s: &str, folded: &str) -> bool {
    // Plain text (no whitespace other than single spaces, no non-ASCII, no
    // edge spaces) folds to itself.
    let b = s.as_bytes();
    let plain = b.iter().all(|&c| (0x21..0x7f).contains(&c) || c == b' ')
        && !s.contains("  ")
        && !s.starts_with(' ')
        && !s.ends_with(' ');
    if plain {
        s == folded
    } else {
        typo_fold(s) == folded
    }
}

/// True when `c` belongs inside a word: letters, digits, combining marks and
/// connector punctuation. A gazetteer match must not have such a character
/// on either side.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || is_combining_mark(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_folds_like_a_copy() {
        for s in [
            "Mr RECEP\u{a0}TAYYIP  Erdoğan’s",
            "  Côte d’Ivoire\n\n\tİstanbul ß ﬁ ΐ Ǆ \u{ad}x\u{200b}y e\u{301}",
            "中国 Россия 👍🏽 \u{2028}",
        ] {
            let mut c = FoldCursor::new(s, 0);
            let mut bytes = Vec::new();
            while let Some(b) = c.next_byte() {
                bytes.push(b.byte);
            }
            assert_eq!(bytes, fold(s).text.as_bytes(), "{s:?}");
        }
    }

    fn fold(s: &str) -> Folded {
        let mut f = Folded::default();
        f.fold_into(s, 0);
        f
    }

    #[test]
    fn folds_case_diacritics_and_typography() {
        let cases = [
            ("Erdoğan", "erdogan"),
            ("Côte d’Ivoire", "cote d'ivoire"),
            ("Vladimir\u{a0}\n  Putin", "vladimir putin"),
            ("São Tomé", "sao tome"),
            ("Łódź", "lodz"),
            ("Straße", "strasse"),
            ("“no limits”", "\"no limits\""),
            ("Russia–Ukraine", "russia-ukraine"),
            ("Rus\u{ad}sia", "russia"),
            ("İstanbul", "istanbul"),
        ];
        for (input, want) in cases {
            assert_eq!(fold(input).text, want, "input {input:?}");
        }
    }

    #[test]
    fn map_points_to_char_starts() {
        let s = "Erdoğan’s  Türkiye";
        let f = fold(s);
        assert_eq!(f.map.len(), f.text.len() + 1);
        for &m in &f.map {
            assert!(s.is_char_boundary(m as usize));
        }
        let start = f.text.find("turkiye").unwrap();
        let end = start + "turkiye".len();
        assert_eq!(&s[f.map[start] as usize..f.map[end] as usize], "Türkiye");
    }

    #[test]
    fn typo_fold_keeps_case() {
        assert_eq!(typo_fold(" U.S.\u{a0} "), "U.S.");
        assert_eq!(typo_fold("Côte d’Ivoire"), "Côte d'Ivoire");
    }

    #[test]
    fn fold_str_trims() {
        assert_eq!(fold_str("  New   START "), "new start");
    }
}
