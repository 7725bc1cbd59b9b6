//! Gazetteer hygiene: no matchable form of a built-in entry (name, alias,
//! demonym, short form or generic form) is a date ("21 June", "May 15"), a
//! number ("2003", "1,000", "Eleven") or a month or weekday name alone
//! ("May", "Sunday", "Sept."). A person's short form may be a month or a
//! weekday ("May" for Theresa May): it is active only after the full name.
//! A form with more words that merely contains a date or a month is fine
//! ("April 19 Movement", "May Day Movement").
//!
//! The generator (gazetteers/generate.py) enforces the same rule, with the
//! common-word clause on top; this test checks the committed files on its
//! own, with nothing but the files, so it always runs.

use std::path::Path;

use serde_json::Value;

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
const MONTH_ABBREVIATIONS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
const WEEKDAY_ABBREVIATIONS: [&str; 10] = [
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
];
/// Cardinal and ordinal number words, separated by spaces.
const NUMBER_WORDS: &str = "zero one two three four five six seven eight nine ten \
    eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty \
    thirty forty fifty sixty seventy eighty ninety hundred thousand million billion \
    trillion dozen first second third fourth fifth sixth seventh eighth ninth tenth \
    eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth \
    nineteenth twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth \
    ninetieth hundredth thousandth millionth billionth";

fn is_number_word(w: &str) -> bool {
    NUMBER_WORDS.split_whitespace().any(|n| n == w)
}

/// A month name or abbreviation, with or without a period ("June", "Sept.").
fn is_month(w: &str) -> bool {
    let w = w.strip_suffix('.').unwrap_or(w);
    MONTHS.contains(&w) || MONTH_ABBREVIATIONS.contains(&w)
}

fn is_weekday(w: &str) -> bool {
    let w = w.strip_suffix('.').unwrap_or(w);
    WEEKDAYS.contains(&w) || WEEKDAY_ABBREVIATIONS.contains(&w)
}

fn all_digits(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| c.is_ascii_digit())
}

/// A day of the month: "4", "21", "4th", "21st".
fn is_day(w: &str) -> bool {
    let w = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| w.strip_suffix(s))
        .unwrap_or(w);
    all_digits(w) && w.len() <= 2
}

/// A year: "2003", "98", "'98".
fn is_year(w: &str) -> bool {
    let w = w.strip_prefix('\'').unwrap_or(w);
    all_digits(w) && (w.len() == 2 || w.len() == 4)
}

/// Digits with or without separators ("2003", "1,000", "3.5", "21st").
fn is_digit_number(s: &str) -> bool {
    let s = s.strip_prefix(['+', '-']).unwrap_or(s);
    let s = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|x| s.strip_suffix(x))
        .unwrap_or(s);
    s.starts_with(|c: char| c.is_ascii_digit())
        && s.ends_with(|c: char| c.is_ascii_digit())
        && s.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '\'' | ' '))
}

fn is_date(s: &str) -> bool {
    let mut w: Vec<&str> = s
        .split_whitespace()
        .map(|w| w.trim_end_matches(','))
        .collect();
    if w.len() > 1 && is_weekday(w[0]) {
        w.remove(0);
    }
    if w.len() > 1 && w[1] == "of" {
        w.remove(1);
    }
    let numeric = |t: &str| {
        let parts: Vec<&str> = t.split(['-', '/', '.']).collect();
        parts.len() == 3 && parts.iter().all(|p| all_digits(p) && p.len() <= 4)
    };
    let decade = |t: &str| {
        let t = t.strip_prefix('\'').unwrap_or(t);
        t.strip_suffix('s')
            .is_some_and(|d| all_digits(d) && (d.len() == 2 || d.len() == 4))
    };
    match w.as_slice() {
        [d, m] | [d, m, _] if is_day(d) && is_month(m) => w.len() == 2 || is_year(w[2]),
        [m, d] | [m, d, _] if is_month(m) && is_day(d) => w.len() == 2 || is_year(w[2]),
        [m, y] => is_month(m) && is_year(y),
        [t] => numeric(t) || decade(t) || (t.starts_with('\'') && is_year(t)),
        _ => false,
    }
}

/// Why a form of an entry breaks the hygiene rule, or None. `role` is the
/// field it comes from: "name", "aliases", "demonyms", "short", "generic".
fn problem(text: &str, role: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    let s = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    let s = s.strip_prefix("the ").unwrap_or(&s);
    if is_date(s) {
        return Some("a date");
    }
    if is_digit_number(s) {
        return Some("a number");
    }
    let words: Vec<&str> = s.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    if words.iter().any(|w| *w != "and") && words.iter().all(|w| *w == "and" || is_number_word(w)) {
        return Some("a number");
    }
    // A month or weekday alone: the full name, "Sept", or an abbreviation
    // with a period ("Jan", "Sun" and "Mon" without one are names too).
    if role != "short" {
        let bare = s.strip_suffix('.').unwrap_or(s);
        let dotted = s.ends_with('.');
        if MONTHS.contains(&bare) || bare == "sept" || dotted && MONTH_ABBREVIATIONS.contains(&bare)
        {
            return Some("a month name alone");
        }
        if WEEKDAYS.contains(&bare) || dotted && WEEKDAY_ABBREVIATIONS.contains(&bare) {
            return Some("a weekday name alone");
        }
    }
    None
}

/// The matchable forms of one entry, with the field each comes from.
fn forms(e: &Value) -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    if let Some(n) = e.get("name").and_then(Value::as_str) {
        out.push((n.to_string(), "name"));
    }
    for field in ["aliases", "demonyms", "short", "generic"] {
        for a in e.get(field).and_then(Value::as_array).into_iter().flatten() {
            let t = a.as_str().or_else(|| a.get("text").and_then(Value::as_str));
            if let Some(t) = t {
                out.push((t.to_string(), field));
            }
        }
    }
    out
}

/// Every violation in a JSON Lines gazetteer, as "file: id: field 'form' is ...".
fn violations(file: &str, jsonl: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, line) in jsonl.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let e: Value =
            serde_json::from_str(line).unwrap_or_else(|err| panic!("{file}:{}: {err}", i + 1));
        let id = e.get("id").and_then(Value::as_str).unwrap_or("?");
        for (text, role) in forms(&e) {
            if let Some(p) = problem(&text, role) {
                out.push(format!("{file}: {id}: {role} {text:?} is {p}"));
            }
        }
    }
    out
}

#[test]
fn builtin_forms_are_no_dates_numbers_months_or_weekdays() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("gazetteers/builtin");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 6,
        "expected the built-in gazetteer files in {}",
        dir.display()
    );
    let mut all = Vec::new();
    let mut forms_seen = 0;
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        forms_seen += text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| forms(&serde_json::from_str(l).unwrap()).len())
            .sum::<usize>();
        all.extend(violations(&name, &text));
    }
    assert!(forms_seen > 10_000, "only {forms_seen} forms read");
    assert!(
        all.is_empty(),
        "{} built-in forms break the gazetteer hygiene rule (gazetteers/README.md, \"Hygiene\"):\n{}",
        all.len(),
        all.join("\n")
    );
}

#[test]
fn checker_flags_dates_numbers_months_and_weekdays() {
    for date in [
        "21 June",
        "May 15",
        "July 4",
        "4 July",
        "June 4th",
        "4th of July",
        "15 May 2003",
        "May 15, 2003",
        "Sept. 11",
        "May 98",
        "June 2003",
        "Sunday, June 4",
        "2003-05-15",
        "15/05/2003",
        "1990s",
        "'98",
    ] {
        assert_eq!(problem(date, "aliases"), Some("a date"), "{date}");
        assert_eq!(problem(date, "short"), Some("a date"), "{date}");
    }
    for number in [
        "2003",
        "1,000",
        "3.5",
        "21st",
        "Eleven",
        "Twenty-One",
        "five hundred",
        "ZERO",
    ] {
        assert_eq!(problem(number, "name"), Some("a number"), "{number}");
    }
    for month in ["May", "March", "Sept.", "Sept", "Jan.", "DECEMBER"] {
        assert_eq!(
            problem(month, "aliases"),
            Some("a month name alone"),
            "{month}"
        );
        assert_eq!(problem(month, "short"), None, "{month} as a short form");
    }
    for day in ["Sunday", "Mon.", "Friday"] {
        assert_eq!(
            problem(day, "generic"),
            Some("a weekday name alone"),
            "{day}"
        );
        assert_eq!(problem(day, "short"), None, "{day} as a short form");
    }
}

#[test]
fn checker_passes_names_that_merely_contain_a_date_or_a_number() {
    for ok in [
        "May Day Movement",
        "April 19 Movement",
        "March 23 Movement",
        "Revolutionary Organization 17 November",
        "Group of 77",
        "G7",
        "G-20",
        "M23",
        "France 24",
        "Theresa May",
        "Jan",
        "Sun",
        "Mon",
        "Augusto",
        "Marchand",
        "Sundaram",
        "One Nation",
        "Five Star Movement",
    ] {
        assert_eq!(problem(ok, "aliases"), None, "{ok}");
    }
}

#[test]
fn a_bad_entry_in_a_copy_is_reported_with_its_id_and_form() {
    let copy = concat!(
        r#"{"id": "org:nato", "kind": "organization", "name": "North Atlantic Treaty Organization", "aliases": ["NATO"]}"#,
        "\n",
        r#"{"id": "org:21-june", "kind": "organization", "name": "21 June", "aliases": [{"text": "21 June", "case": "capitalized"}]}"#,
        "\n",
        r#"{"id": "person:theresa-may", "kind": "person", "name": "Theresa May", "aliases": ["May"], "short": ["May"]}"#,
        "\n"
    );
    let v = violations("copy.jsonl", copy);
    assert_eq!(
        v,
        [
            r#"copy.jsonl: org:21-june: name "21 June" is a date"#,
            r#"copy.jsonl: org:21-june: aliases "21 June" is a date"#,
            r#"copy.jsonl: person:theresa-may: aliases "May" is a month name alone"#,
        ]
    );
}
