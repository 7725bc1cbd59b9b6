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

    fn in_text(&self, text: &str) -> bool {
        match self {
            Cues::Packed(s) => s.find(text).is_some(),
            Cues::Each(f) => f.iter().any(|f| f.find(text.as_bytes()).is_some()),
        }
    }
}

static DOCUMENT_CUES: LazyLock<Cues> = LazyLock::new(|| {
    aho_corasick::packed::Config::new()
        .builder()
        .extend(CUE_WORDS)
        .build()
        .map_or_else(Cues::each, Cues::Packed)
});

/// Adds numbered documents ("Security Council Resolution 2254", "Executive
/// Order 13582") and states' constitutions as treaties with no id; mentions
/// inside them (the Security Council, Turkey) are part of the document's
/// name. Nothing is looked for unless the scan saw a `cue` (see
/// [`crate::scan::Scan::cue`]).
pub(crate) fn numbered(text: &str, matcher: &Matcher, cue: bool, res: &mut Resolution) {
    if !cue || !DOCUMENT_CUES.in_text(text) {
        return;
    }
    let mut found: Vec<(usize, usize)> = NUMBERED_DOCUMENTS
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .collect();
    if text.contains("constitution") {
        res.sort();
        for c in STATE_CONSTITUTIONS.captures_iter(text) {
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
