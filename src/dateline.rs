//! The date of a document from its dateline, for a text given without one:
//! "BEIJING, March 1, 2023 —", "MOSCOW, Jan. 20, 2025 (Reuters) -",
//! "KYIV, 3 April 2024 /", "2023-03-01".

use std::cell::OnceCell;

use crate::date::Date;

/// A document's date as a day number: the date given, or else, read on the
/// first question (most documents never ask), its dateline's.
#[derive(Debug)]
pub(crate) struct DocumentDay<'a> {
    text: &'a str,
    day: OnceCell<Option<i32>>,
}

impl<'a> DocumentDay<'a> {
    /// The day of `text`: `date` if given, else its dateline's.
    pub(crate) fn new(text: &'a str, date: Option<Date>) -> DocumentDay<'a> {
        let day = OnceCell::new();
        if let Some(d) = date {
            let _ = day.set(Some(d.days()));
        }
        DocumentDay { text, day }
    }

    /// The day number, if the document has a date.
    pub(crate) fn get(&self) -> Option<i32> {
        *self
            .day
            .get_or_init(|| dateline_date(self.text).map(Date::days))
    }
}

/// How far into the text a dateline is looked for, in bytes.
const HEAD: usize = 300;
/// How long the words before a dateline's date on its line may be ("NEW
/// YORK, N.Y., " and the like), in bytes.
const PLACE: usize = 80;

/// Searchers for the first two digits of a year of this era, made once.
static CENTURIES: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 2]> =
    std::sync::LazyLock::new(|| [b"20", b"19"].map(memchr::memmem::Finder::new));

/// The date of the text's dateline: a date in the first [`HEAD`] bytes
/// that starts its line or follows a place name on it, and ends it or is
/// followed by a dateline's punctuation ("(Reuters)", "—", "-", "/", ":"),
/// or an ISO date that starts its line ("2023-03-01 The minister said").
/// Dates in the running text ("talks on March 1, 2023, ended") are not
/// datelines.
pub(crate) fn dateline_date(text: &str) -> Option<Date> {
    let mut end = text.len().min(HEAD);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let b = head.as_bytes();
    // Every date has a year of this era: a cheap search finds the few
    // places to look at.
    for century in CENTURIES.iter() {
        for y in century.find_iter(b) {
            let year_end = y + 4;
            if year_end > b.len()
                || !b[y..year_end].iter().all(u8::is_ascii_digit)
                || y > 0 && b[y - 1].is_ascii_alphanumeric()
            {
                continue;
            }
            let Some((start, stop, date)) = date_at(head, y) else {
                continue;
            };
            let iso = head.as_bytes().get(start + 4) == Some(&b'-');
            if in_dateline(head, start, stop, iso) {
                return Some(date);
            }
        }
    }
    None
}

/// The date whose year starts at byte `y`, as (start, end, date): ISO
/// ("2023-03-01"), month first ("March 1, 2023", "Jan. 20 2025") or day
/// first ("3 April 2024").
fn date_at(head: &str, y: usize) -> Option<(usize, usize, Date)> {
    let b = head.as_bytes();
    let year: i32 = head[y..y + 4].parse().ok()?;
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|c| c.is_ascii_digit());
    // ISO.
    if let Some(rest) = head.get(y + 4..y + 10) {
        let r = rest.as_bytes();
        if r[0] == b'-' && r[3] == b'-' && digits(&rest[1..3]) && digits(&rest[4..6]) {
            let end = y + 10;
            if b.get(end).is_none_or(|c| !c.is_ascii_alphanumeric()) {
                let (m, d) = (rest[1..3].parse().ok()?, rest[4..6].parse().ok()?);
                return Some((y, end, Date::new(year, m, d)?));
            }
        }
    }
    if b.get(y + 4).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    // The words before the year: "March 1," or "1 March".
    let before = head[..y].trim_end_matches(' ');
    let before = before
        .strip_suffix(',')
        .unwrap_or(before)
        .trim_end_matches(' ');
    let (w2_start, w2) = last_word(before);
    let (w1_start, w1) = last_word(before[..w2_start].trim_end_matches(' '));
    let (month, day) = if digits(w2) {
        (month(w1)?, w2)
    } else if digits(w1) {
        (month(w2)?, w1)
    } else {
        return None;
    };
    let date = Date::new(year, month, day.parse().ok()?)?;
    Some((w1_start, y + 4, date))
}

/// The last space-separated word of `s` and where it starts.
fn last_word(s: &str) -> (usize, &str) {
    let start = s.rfind(' ').map_or(0, |i| i + 1);
    (start, &s[start..])
}

/// The month a word names: "March", "Mar.", "Sept." (any case).
fn month(w: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let w = w.strip_suffix('.').unwrap_or(w).to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    let i = MONTHS
        .iter()
        .position(|m| *m == w || m.get(..3) == Some(&w) || w == "sept" && *m == "september")?;
    Some(i as u32 + 1)
}

/// Whether the date at `start..stop` stands where a dateline's does: at
/// the start of its line or after a short place name and a comma, and at
/// the end of its line or before a dateline's punctuation; an `iso` date
/// at the start of its line is one whatever follows.
fn in_dateline(head: &str, start: usize, stop: usize, iso: bool) -> bool {
    let line_start = head[..start].rfind('\n').map_or(0, |i| i + 1);
    let before = head[line_start..start].trim_end_matches(' ');
    let placed = before.is_empty()
        || before.len() <= PLACE
            && (before.ends_with(',') || before.ends_with("--") || before.ends_with('\u{2014}'))
            && before.chars().next().is_some_and(char::is_uppercase);
    if iso && before.is_empty() {
        return true;
    }
    let after = head[stop..].trim_start_matches([' ', '\u{a0}']);
    let closed = after.is_empty()
        || after.starts_with(['\n', '\r', '(', '-', '\u{2013}', '\u{2014}', '/', ':', '|']);
    placed && closed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<Date> {
        Some(s.parse().unwrap())
    }

    #[test]
    fn wire_datelines() {
        let cases = [
            ("BEIJING, March 1, 2023 \u{2014} China said", "2023-03-01"),
            ("MOSCOW, Jan. 20, 2025 (Reuters) - Russia", "2025-01-20"),
            ("KYIV, 3 April 2024 / Ukraine", "2024-04-03"),
            ("2023-03-01\nTalks opened.", "2023-03-01"),
            ("2023-03-01 The Chinese foreign minister said", "2023-03-01"),
            ("Talks end\nWASHINGTON, Sept. 9, 2019 -- The", "2019-09-09"),
            ("PARIS, France, May 5, 2021 (AFP) - ", "2021-05-05"),
            ("June 30, 2010\n\nThe minister said", "2010-06-30"),
        ];
        for (text, want) in cases {
            assert_eq!(dateline_date(text), d(want), "{text:?}");
        }
    }

    #[test]
    fn dates_in_running_text_are_not_datelines() {
        for text in [
            "Talks that opened on March 1, 2023, ended.",
            "The minister said the 2023-03-01 deadline stands.",
            "March 1, 2023 talks ended.",
            "In 2023 the talks ended.",
            "BEIJING, Feb. 30, 2023 \u{2014} no such day",
            "",
            "\u{e9}\u{e9}\u{e9}2023-03-01",
            "2023-03-01x",
        ] {
            assert_eq!(dateline_date(text), None, "{text:?}");
        }
        // Only the head of the text is read.
        let late = format!("{}\nMOSCOW, Jan. 20, 2025 (Reuters) -", "x ".repeat(200));
        assert_eq!(dateline_date(&late), None);
    }
}
