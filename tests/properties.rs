//! Property tests: any text gives valid, sorted, non-overlapping mentions
//! whose offsets slice the input, and the same input gives the same output.

use geopol::{Date, Extractor, Mention};
use proptest::prelude::*;

fn check(ex: &Extractor, text: &str) -> Result<Vec<Mention>, TestCaseError> {
    check_with(text, |t| ex.extract(t))
}

/// [`check`] of any extraction `extract`.
fn check_with(
    text: &str,
    extract: impl Fn(&str) -> Vec<Mention>,
) -> Result<Vec<Mention>, TestCaseError> {
    let ms = extract(text);
    let mut prev_end = 0;
    for m in &ms {
        prop_assert!(m.start < m.end, "empty span {m:?}");
        prop_assert!(m.start >= prev_end, "unsorted or overlapping {m:?}");
        prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        prop_assert_eq!(&text[m.start..m.end], m.text.as_str());
        prop_assert_eq!(m.char_start, text[..m.start].chars().count());
        prop_assert_eq!(m.char_end, text[..m.end].chars().count());
        prev_end = m.end;
    }
    prop_assert_eq!(&ms, &extract(text));
    Ok(ms)
}

/// Entity names and tricky characters glued together at random.
fn tricky() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Russia",
        "President ",
        "Lord ",
        "Mr ",
        "spokesman ",
        "Jan ",
        "Novak",
        "Qarzan Liberation Front ",
        "(QLF)",
        "(WHO)",
        "WHO",
        "Georgia",
        "Chad ",
        "Smith",
        "Atlanta",
        "CHINA",
        "LET US",
        "al-",
        "O'",
        "Chairman Lord Falconer",
        "U.S.",
        "US",
        "us",
        "Putin",
        "Vladimir Putin",
        "Wang Yi",
        "Wang",
        "New START",
        "START",
        "Chinese Communist Party (CCP)",
        "CCP",
        "Erdoğan",
        "Türkiye",
        "Côte d’Ivoire",
        "'s",
        "’s",
        "-",
        "–",
        "(",
        ")",
        " ",
        "\u{a0}",
        "\n",
        "\u{2028}",
        "\u{200d}",
        "\u{200b}",
        "\u{ad}",
        "\u{301}",
        "\u{202e}",
        "\u{fe0f}",
        "👍🏽",
        "🇷🇺",
        "ß",
        "İ",
        "ﬁ",
        "中国",
        "Россия",
        "Москва",
        "روسيا",
        "\u{2029}",
        "\u{2066}",
        "\u{2069}",
        "\u{200e}",
        "\u{200f}",
        "\u{feff}",
        "\u{2060}",
        "\u{200c}",
        "👩\u{200d}👩\u{200d}👧",
        "\t",
        "\r\n",
        ".",
        "\"",
        "“",
        "”",
        "a",
        "1",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

/// Office phrases, their owners, the words that stop them and datelines,
/// glued at random with tricky characters.
fn dated() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "2023-03-01 ",
        "BEIJING, March 1, 2023 \u{2014} ",
        "MOSCOW, Jan. 20, 2025 (Reuters) - ",
        "The ",
        "the ",
        "Chinese ",
        "China",
        "'s ",
        "\u{2019}s ",
        "foreign minister",
        "Foreign Minister",
        "foreign ministers",
        " of ",
        "of the ",
        "former ",
        "ex-",
        "Kremlin ",
        "spokesman",
        "foreign ministry ",
        "NATO",
        "secretary general",
        "Saudi ",
        "king",
        "Scotland",
        "premier",
        "Wang Yi",
        "Qin",
        " said. ",
        "\n",
        "\u{a0}",
        "\u{301}",
        "é",
        "中国",
        " ",
    ]);
    prop::collection::vec(pieces, 0..30).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn dated_role_phrases_are_safe(text in dated()) {
        let ex = Extractor::builtin();
        check(&ex, &text)?;
        let on: Date = "2023-03-01".parse().unwrap();
        check_with(&text, |t| ex.extract_on(t, on))?;
    }

    #[test]
    fn arbitrary_unicode_is_safe(text in any::<String>()) {
        check(&Extractor::builtin(), &text)?;
    }

    #[test]
    fn names_glued_to_odd_characters_are_safe(text in tricky()) {
        check(&Extractor::builtin(), &text)?;
    }
}

/// A name glued to a character that cannot be part of a word (spaces of
/// every kind, line and paragraph separators, bidi controls, emoji, flags,
/// quotes, dashes) or that vanishes inside words (joiners, soft hyphen,
/// byte-order mark) is still found, and exactly.
#[test]
fn names_glued_to_separators_are_found() {
    let ex = Extractor::builtin();
    for glue in [
        " ",
        "\u{a0}",
        "\u{2009}",
        "\u{3000}",
        "\t",
        "\n",
        "\r\n",
        "\u{2028}",
        "\u{2029}",
        "\u{200b}",
        "\u{200e}",
        "\u{200f}",
        "\u{202a}",
        "\u{202e}",
        "\u{2066}",
        "\u{2069}",
        "👍🏽",
        "🇷🇺",
        "👩\u{200d}👩\u{200d}👧",
        "“",
        "”",
        "«",
        "—",
        "–",
        "(",
        ")",
        "/",
        "\u{200d}",
        "\u{200c}",
        "\u{ad}",
        "\u{2060}",
        "\u{feff}",
        "中",
        "の",
        "ไทย",
    ] {
        let text = format!("{glue}Russia{glue}");
        let ms = check(&ex, &text).unwrap();
        let found: Vec<&str> = ms.iter().map(|m| m.text.as_str()).collect();
        assert!(found.contains(&"Russia"), "{glue:?}: {found:?}");
    }
    // A combining mark or a letter continues the word: no "Russia" there.
    for glued in ["Russia\u{301}", "xRussia", "Russiax", "Russia\u{5d0}"] {
        let ms = ex.extract(glued);
        assert!(ms.iter().all(|m| m.text != "Russia"), "{glued:?}: {ms:?}");
    }
}

#[test]
fn long_runs_are_safe() {
    let ex = Extractor::builtin();
    for text in [
        "(".repeat(100_000),
        "x".repeat(300_000),
        "Putin ".repeat(20_000),
        "U.S.".repeat(20_000),
        "\u{301}".repeat(50_000),
        format!("{}Russia{}", " ".repeat(1 << 20), "\u{a0}".repeat(1 << 19)),
    ] {
        let ms = ex.extract(&text);
        for m in &ms {
            assert_eq!(&text[m.start..m.end], m.text);
        }
    }
}

#[test]
fn long_texts_lose_and_split_no_mention() {
    // A text of several MiB: every mention is found once, whole.
    let ex = Extractor::builtin();
    let unit = "Talks between Russia and Vladimir Putin's envoys. ";
    let text = unit.repeat((3 << 20) / unit.len());
    let ms = ex.extract(&text);
    let n = text.matches("Russia").count() + text.matches("Vladimir Putin").count();
    assert_eq!(ms.len(), n);
}
