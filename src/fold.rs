//! Text folding: case, diacritics, typography and whitespace, with the span
//! of the original character behind every folded byte.
//!
//! Gazetteer forms are folded whole ([`fold_str`]); text is folded lazily by
//! the matcher's trie walks ([`FoldCursor`]), one definition for both, so
//! "Erdoğan" equals "Erdogan", "Côte d’Ivoire" equals "cote d'ivoire" and
//! "Vladimir\u{a0}\nPutin" equals "vladimir putin", and a match maps back to a
//! span of the original text that starts and ends on character boundaries.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Folds a text lazily from a position, one folded byte at a time: a trie
/// walk from a word start reads only the few bytes it needs.
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

    /// A cursor at `pos` that goes on from a fold whose last byte was a
    /// space when `after_space` (so further whitespace folds to nothing).
    pub(crate) fn resume(text: &'a str, pos: usize, after_space: bool) -> FoldCursor<'a> {
        FoldCursor {
            last_space: after_space,
            ..FoldCursor::new(text, pos)
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
            if b < 0x80 && ASCII_CLASS[usize::from(b)] & SPACE == 0 {
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
                if ASCII_CLASS[usize::from(b)] & SPACE != 0 {
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
    if plain_ascii(s) {
        return s.to_ascii_lowercase();
    }
    fold_with_cursor(s)
}

/// Whether `s` folds to nothing (is empty, or only whitespace and
/// characters folding ignores), without making the folded string when it
/// is plain ASCII.
pub(crate) fn folds_to_nothing(s: &str) -> bool {
    if plain_ascii(s) {
        return s.is_empty();
    }
    fold_with_cursor(s).is_empty()
}

/// Whether `s` is ASCII with no whitespace but single spaces between other
/// characters, which folding only lower-cases (most names and aliases).
fn plain_ascii(s: &str) -> bool {
    let b = s.as_bytes();
    b.first() != Some(&b' ')
        && b.last() != Some(&b' ')
        && b.iter()
            .all(|&c| c < 0x80 && (c == b' ' || ASCII_CLASS[usize::from(c)] & SPACE == 0))
        && !b.windows(2).any(|w| w == b"  ")
}

/// [`fold_str`], character by character.
fn fold_with_cursor(s: &str) -> String {
    let mut bytes = Vec::with_capacity(s.len());
    let mut cursor = FoldCursor::new(s, 0);
    while let Some(b) = cursor.next_byte() {
        bytes.push(b.byte);
    }
    // The cursor gives whole characters' encodings, so this cannot fail.
    String::from_utf8(bytes)
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// Folds typography only (whitespace, quotes, dashes, invisible characters),
/// keeping case and diacritics. Used to compare exact-case aliases.
pub(crate) fn typo_fold(s: &str) -> String {
    if plain_ascii(s) && !s.contains('`') {
        return s.to_string();
    }
    typo_fold_chars(s)
}

/// [`typo_fold`], character by character.
fn typo_fold_chars(s: &str) -> String {
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

/// [`ASCII_CLASS`] bit: a word character (ASCII letter, digit, `_`).
pub(crate) const WORD: u8 = 1;
/// [`ASCII_CLASS`] bit: an ASCII lower-case letter.
pub(crate) const LOWER: u8 = 2;
/// [`ASCII_CLASS`] bit: ASCII whitespace, which folds to one space a run.
pub(crate) const SPACE: u8 = 4;

/// The class bits of every byte: 0 for bytes of non-ASCII characters, whose
/// class needs the whole character.
pub(crate) static ASCII_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() || c == b'_' {
            t[b] |= WORD;
        }
        if c.is_ascii_lowercase() {
            t[b] |= LOWER;
        }
        if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
            t[b] |= SPACE;
        }
        b += 1;
    }
    t
};

/// Whether `s` starts with a capital letter (an ASCII one is checked on its
/// byte).
#[inline]
pub(crate) fn starts_with_capital(s: &str) -> bool {
    match s.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => s.chars().next().is_some_and(char::is_uppercase),
    }
}

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
    // edge spaces) folds to itself. One pass: a space must follow a
    // printable byte, and the last byte must be one.
    let mut after_printable = false;
    let mut plain = true;
    for &c in s.as_bytes() {
        if (0x21..0x7f).contains(&c) {
            after_printable = true;
        } else if c == b' ' && after_printable {
            after_printable = false;
        } else {
            plain = false;
            break;
        }
    }
    if plain && (after_printable || s.is_empty()) {
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

/// Whether `c` starts or continues a word of the scan: a word character or
/// a joiner.
pub(crate) fn is_word_or_joiner(c: char) -> bool {
    if c.is_ascii() {
        ASCII_CLASS[c as usize] & WORD != 0
    } else {
        is_word_char(c) || is_joiner(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ascii_shortcut_folds_as_the_characters_do() {
        // Every string of up to four of these bytes.
        let alphabet = b"aZ9 .'`-\t\n&";
        let mut strings = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = (strings.iter())
                .flat_map(|s| alphabet.iter().map(move |&b| format!("{s}{}", b as char)))
                .collect();
            strings.extend(longer);
        }
        strings.sort();
        strings.dedup();
        assert!(strings.len() > 16_000);
        for s in &strings {
            assert_eq!(fold_str(s), fold_with_cursor(s), "{s:?}");
            assert_eq!(folds_to_nothing(s), fold_with_cursor(s).is_empty(), "{s:?}");
            assert_eq!(typo_fold(s), typo_fold_chars(s), "{s:?}");
        }
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
            assert_eq!(fold_str(input), want, "input {input:?}");
        }
    }

    #[test]
    fn typo_eq_agrees_with_typo_fold() {
        for s in [
            "",
            " ",
            "a",
            "New York",
            "New  York",
            " New York",
            "New York ",
            "New\tYork",
            "New\u{a0}York",
            "C\u{f4}te d\u{2019}Ivoire",
            "U.S.",
            "a b c",
            "\u{7f}",
        ] {
            for folded in [s.to_string(), typo_fold(s), "New York".to_string()] {
                assert_eq!(
                    typo_eq(s, &folded),
                    typo_fold(s) == folded,
                    "{s:?} {folded:?}"
                );
            }
        }
    }

    #[test]
    fn spans_are_the_original_characters() {
        let s = "Erdoğan’s  Türkiye";
        let mut c = FoldCursor::new(s, 14);
        let mut spans = Vec::new();
        while let Some(b) = c.next_byte() {
            assert!(s.is_char_boundary(b.span.0) && s.is_char_boundary(b.span.1));
            spans.push((b.byte, b.span, b.last));
        }
        assert_eq!(spans[1], (b'u', (15, 17), true)); // "ü" folds to one byte
        assert_eq!(&s[spans[0].1 .0..spans.last().unwrap().1 .1], "Türkiye");
        // "ß" gives two bytes from one character: only the second is last.
        let mut c = FoldCursor::new("ß", 0);
        assert_eq!(c.next_byte().map(|b| (b.byte, b.last)), Some((b's', false)));
        assert_eq!(c.next_byte().map(|b| (b.byte, b.last)), Some((b's', true)));
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

/// `fold_str` against tests/data/fold_parity.tsv, the cases the gazetteer
/// generator's `fold` (gazetteers/gen/fold.py) is checked on too, so that
/// the generator compares strings as the matcher does.
#[cfg(test)]
mod parity_tests {
    use super::fold_str;

    const PARITY: &str = include_str!("../tests/data/fold_parity.tsv");

    /// A column of the file as the string it stands for: `\t`, `\n`, `\\`
    /// and `\u{HEX}` are escapes.
    fn unescape(s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            match chars.next() {
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some('\\') => out.push('\\'),
                Some('u') => {
                    assert_eq!(chars.next(), Some('{'), "bad \\u escape in {s:?}");
                    let hex: String = chars.by_ref().take_while(|&c| c != '}').collect();
                    let cp = u32::from_str_radix(&hex, 16)
                        .unwrap_or_else(|_| panic!("bad \\u{{{hex}}} in {s:?}"));
                    out.push(char::from_u32(cp).unwrap_or_else(|| panic!("bad code point {hex}")));
                }
                other => panic!("unknown escape \\{other:?} in {s:?}"),
            }
        }
        out
    }

    #[test]
    fn fold_str_gives_the_parity_file_outputs() {
        let mut cases = 0;
        for (i, line) in PARITY.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 2, "line {}: expected input<TAB>output", i + 1);
            let (input, want) = (unescape(cols[0]), unescape(cols[1]));
            assert_eq!(fold_str(&input), want, "line {}: input {input:?}", i + 1);
            cases += 1;
        }
        assert!(cases >= 40, "only {cases} cases");
    }

    #[test]
    fn unescape_reads_the_escapes() {
        assert_eq!(
            unescape(r"a\tb\nc\\d\u{a0}e\u{1F600}"),
            "a\tb\nc\\d\u{a0}e\u{1F600}"
        );
    }
}
