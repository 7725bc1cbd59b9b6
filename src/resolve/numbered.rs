//! Numbered documents: "Security Council Resolution 2254", "Executive Order
//! 13582", "Turkey's constitution", as treaties with no id.

use std::sync::LazyLock;

use regex::Regex;

use super::state::{Cursor, Resolution};
use crate::kind::EntityKind;
use crate::mention::How;
use crate::scan::Matcher;

/// Cited documents: UN resolutions, US executive orders, codes of law and
/// constitutions.
static NUMBERED_DOCUMENTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // UN resolutions, numbered or not.
        r"(?-u:\b)(?:(?:UN|U\.N\.|United Nations)\s+)?(?:Security Council\s+|General Assembly\s+)?",
        r"(?:[Rr]esolutions?|UNSCR)\s+\d{2,4}(?:(?:\s*,\s*|\s+and\s+)\d{2,4})*(?-u:\b)",
        r"|(?-u:\b)(?:UN|U\.N\.|United Nations)?\s*Security Council [Rr]esolutions(?-u:\b)",
        // US executive orders.
        r"|(?-u:\b)Executive Order\s+\d{4,6}(?-u:\b)",
        // Codes of law and a capitalised Constitution.
        r"|(?-u:\b)(?:Criminal|Penal|Civil|Labou?r|Tax|Commercial) Code(?-u:\b)",
        r"|(?-u:\b)Constitution(?-u:\b)(?: of (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)*)?",
    ))
    .expect("the pattern compiles")
});

/// A state's constitution named through the state or its people: "Turkey's
/// constitution", "the Iraqi constitution", "Kenya's new constitution". The
/// first group is the word that must be a state or nationality mention.
static STATE_CONSTITUTIONS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // No leading boundary: the owner must be a mention, which
        // starts on one.
        r"(\p{Lu}\p{L}+)(?:['’]s)? ",
        r"(?:(?:new|interim|draft|federal|current|national|amended|transitional|post-war) )?",
        r"constitution(?-u:\b)",
    ))
    .expect("the pattern compiles")
});

/// Every document name contains one of these words; most texts contain
/// none, and looking for them is far cheaper than running the patterns.
const CUE_WORDS: [&str; 5] = ["esolution", "UNSCR", "Order", "Code", "onstitution"];

/// Searchers for [`CUE_WORDS`], made once: one SIMD pass for all five
/// where the CPU has one, else one substring search per word.
enum Cues {
    Packed(aho_corasick::packed::Searcher),
    Each(Box<[memchr::memmem::Finder<'static>; 5]>),
}

impl Cues {
    /// One substring search per word.
    fn each() -> Cues {
        Cues::Each(Box::new(CUE_WORDS.map(memchr::memmem::Finder::new)))
    }

    #[cfg(test)]
    fn in_text(&self, text: &str) -> bool {
        !self.windows(text).is_empty()
    }

    /// The stretches of `text` that can hold a document's name: from
    /// [`BEFORE_CUE`] bytes before each cue word to [`AFTER_CUE`] bytes
    /// after it, widened to whitespace (or the text's ends) and merged, in
    /// order. A search that starts and ends in them finds what a search of
    /// the whole text finds, in a fraction of the text.
    fn windows(&self, text: &str) -> Vec<(usize, usize)> {
        let mut at: Vec<(usize, usize)> = match self {
            Cues::Packed(s) => s.find_iter(text).map(|m| (m.start(), m.end())).collect(),
            Cues::Each(f) => {
                let mut at: Vec<(usize, usize)> = f
                    .iter()
                    .flat_map(|f| {
                        f.find_iter(text.as_bytes())
                            .map(|s| (s, s + f.needle().len()))
                    })
                    .collect();
                at.sort_unstable();
                at
            }
        };
        let bytes = text.as_bytes();
        let mut windows: Vec<(usize, usize)> = Vec::with_capacity(at.len());
        for (s, e) in at.drain(..) {
            let from = s.saturating_sub(BEFORE_CUE);
            let start = bytes[..from]
                .iter()
                .rposition(u8::is_ascii_whitespace)
                .map_or(0, |i| i + 1);
            let to = (e + AFTER_CUE).min(bytes.len());
            let end = bytes[to..]
                .iter()
                .position(u8::is_ascii_whitespace)
                .map_or(bytes.len(), |i| to + i);
            match windows.last_mut() {
                Some(last) if start <= last.1 => last.1 = last.1.max(end),
                _ => windows.push((start, end)),
            }
        }
        windows
    }
}

/// How far before a cue word a document's name can start ("United Nations
/// Security Council Resolution"), in bytes.
const BEFORE_CUE: usize = 80;
/// How far after a cue word it can end ("Resolutions 242, 338 and 1397",
/// "Constitution of the Democratic Republic of ..."), in bytes.
const AFTER_CUE: usize = 160;

static DOCUMENT_CUES: LazyLock<Cues> = LazyLock::new(|| {
    aho_corasick::packed::Config::new()
        .builder()
        .extend(CUE_WORDS)
        .build()
        .map_or_else(Cues::each, Cues::Packed)
});

/// The spans of [`NUMBERED_DOCUMENTS`] in `windows` of `text` (see
/// [`Cues::windows`]): each window's text ends at whitespace or the text's
/// end, so a boundary there is the same as in the whole text, and the
/// search starts in it with the text before as context.
fn numbered_in(text: &str, windows: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for &(start, end) in windows {
        let hay = &text[..end];
        let mut at = start;
        while let Some(m) = NUMBERED_DOCUMENTS.find_at(hay, at) {
            found.push((m.start(), m.end()));
            // Every pattern matches one character at least.
            at = m.end();
            if at >= end {
                break;
            }
        }
    }
    found
}

/// Adds numbered documents ("Security Council Resolution 2254", "Executive
/// Order 13582") and states' constitutions as treaties with no id; mentions
/// inside them (the Security Council, Turkey) are part of the document's
/// name. Nothing is looked for unless the scan saw a `cue` (see
/// [`crate::scan::Scan::cue`]).
pub(crate) fn numbered(text: &str, matcher: &Matcher, cue: bool, res: &mut Resolution) {
    if !cue {
        return;
    }
    let windows = DOCUMENT_CUES.windows(text);
    if windows.is_empty() {
        return;
    }
    let mut found = numbered_in(text, &windows);
    if text.contains("constitution") {
        res.sort();
        let captures = windows.iter().flat_map(|&(start, end)| {
            let hay = &text[..end];
            let mut at = start;
            std::iter::from_fn(move || {
                if at >= end {
                    return None;
                }
                let c = STATE_CONSTITUTIONS.captures_at(hay, at)?;
                at = c.get(0)?.end();
                Some(c)
            })
        });
        for c in captures {
            let (Some(all), Some(owner)) = (c.get(0), c.get(1)) else {
                continue;
            };
            let k = res.mentions.partition_point(|r| r.start < owner.start());
            let by_state = res.mentions.get(k).is_some_and(|r| {
                r.start == owner.start()
                    && r.end == owner.end()
                    && matches!(
                        res.kind(matcher, r),
                        EntityKind::State | EntityKind::Nationality
                    )
            });
            if by_state {
                found.push((all.start(), all.end()));
            }
        }
        found.sort_unstable();
    }
    if found.is_empty() {
        return;
    }
    res.sort();
    let mut added = Vec::new();
    let mut removed = Vec::new();
    let mut cursor = Cursor::default();
    for (s, e) in found {
        let k = cursor.first_ending_after(&res.mentions, s);
        let inside: Vec<usize> = (k..res.mentions.len())
            .take_while(|&j| res.mentions[j].start < e)
            .collect();
        // A mention crossing the edges of the document name wins.
        if inside
            .iter()
            .any(|&j| res.mentions[j].start < s || res.mentions[j].end > e)
        {
            continue;
        }
        removed.extend(inside);
        added.push(res.new_local(text, (s, e), EntityKind::Treaty, How::Shape));
    }
    res.replace(removed, added);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_searchers_agree() {
        let each = Cues::each();
        let texts = [
            "",
            "Code",
            "the Penal Code",
            "Resolution 242 was adopted",
            "a resolutio",
            "under UNSCR 1325.",
            "in order to",
            "Executive Order 13582",
            "the constitution",
            "Constitutio",
            "President Putin said on Tuesday that talks would go on in Moscow and Kyiv",
        ];
        for t in texts {
            let want = CUE_WORDS.iter().any(|c| t.contains(c));
            assert_eq!(each.in_text(t), want, "{t:?}");
            assert_eq!(DOCUMENT_CUES.in_text(t), want, "{t:?}");
        }
    }

    #[test]
    fn a_search_of_the_windows_finds_what_a_search_of_the_text_finds() {
        let filler = "The talks in Geneva went on, and the order of the day was kept. ";
        let names = [
            "UN Security Council Resolution 2254",
            "resolutions 242, 338 and 1397",
            "UNSCR 1325",
            "Executive Order 13582",
            "the Penal Code",
            "the Constitution of the Republic of Korea",
            "a resolution to the dispute",
            "Code Pink",
            "\u{e9}Resolution 12",
        ];
        for (i, a) in names.iter().enumerate() {
            for b in &names[i..] {
                for n in [0, 1, 3] {
                    let t = format!("{a}. {}{b} {}{a}", filler.repeat(n), filler.repeat(3 - n));
                    let whole: Vec<(usize, usize)> = NUMBERED_DOCUMENTS
                        .find_iter(&t)
                        .map(|m| (m.start(), m.end()))
                        .collect();
                    for cues in [&*DOCUMENT_CUES, &Cues::each()] {
                        assert_eq!(numbered_in(&t, &cues.windows(&t)), whole, "{t:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn the_scan_sees_a_cue_wherever_a_document_can_be_named() {
        // The built-in gazetteer, where "UNSCR" is also an alias, and none.
        let builtin = Matcher::builtin();
        let empty = Matcher::from_entries(&[]).unwrap();
        for m in [&builtin, &empty] {
            sees_cues(m);
        }
    }

    fn sees_cues(m: &Matcher) {
        let names = [
            "Resolution 1559",
            "resolutions 242 and 338",
            "UN Security Council resolutions",
            "UNSCR 1325",
            "Executive Order 13582",
            "the Penal Code",
            "Constitution of the Republic",
            "the Constitution",
            "Turkey's new constitution",
            "the Iraqi constitution",
        ];
        // Neighbours that keep or break an ASCII word boundary, some of
        // them non-ASCII.
        let around = [
            ("", ""),
            ("said ", "."),
            ("\u{201c}", "\u{201d}"),
            ("\u{e9}", ""),
            ("", "\u{e9}"),
            ("(", ")"),
            ("x", ""),
            ("", "_"),
            ("\u{a0}", "\u{a0}"),
            ("\u{4e2d}", ""),
        ];
        let mut seen = 0;
        for name in names {
            for (before, after) in around {
                for t in [
                    format!("{before}{name}{after}"),
                    format!("{before}{}{after}", name.replace(' ', "\u{a0}")),
                ] {
                    let found = NUMBERED_DOCUMENTS.is_match(&t) || STATE_CONSTITUTIONS.is_match(&t);
                    seen += usize::from(found);
                    assert!(!found || m.scan_text(&t).cue, "{t:?}");
                }
            }
        }
        assert!(seen > 100, "{seen}");
        // No cue in plain text, or in other spellings of the words.
        for t in [
            "President Putin said on Tuesday that talks would go on in Moscow.",
            "in order to keep the code secret",
            "ORDER, ORDER",
            "Resolute, orderly codes of the Orders",
        ] {
            assert!(!m.scan_text(t).cue, "{t:?}");
        }
    }
}
