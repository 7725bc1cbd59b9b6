//! The conventions of wire copy: datelines ("KYIV, Ukraine (AP) —",
//! "BEIJING, March 1, 2023 (Xinhua) --", "BRUSSELS 2023-03-01") and
//! bylines ("By JOHN SMITH and JORDAN LEE") at the start of a line, and
//! photo credits ("AP Photo/Efrem Lukatsky", "Mandel Ngan/AFP via Getty
//! Images").
//!
//! A dateline's cities are places and its credit an organization, known to
//! a gazetteer or not; a byline's names are people, so a place-like word
//! inside one ("JORDAN") is no place, and a name there that no gazetteer
//! knows is a person; the name beside an organization in a photo credit is
//! a photographer's.

use super::lexicon::MONTHS;
use super::state::{Resolution, Resolved};
use crate::kind::EntityKind;
use crate::mention::How;
use crate::scan::words::floor_char_boundary;
use crate::scan::Matcher;

/// At most this many bytes of a line are read for a dateline.
const HEAD: usize = 160;

/// What a line starts with.
#[derive(Debug, Default, PartialEq, Eq)]
struct Dateline {
    /// The cities, as byte spans ("NEW DELHI", "ISLAMABAD").
    cities: Vec<(usize, usize)>,
    /// The credit inside parentheses ("Reuters"), if any.
    credit: Option<(usize, usize)>,
    /// Whether a credit or a date makes it certain: only then does a city
    /// no gazetteer knows become a place ("BREAKING -" is no dateline).
    certain: bool,
}

/// Finds datelines and bylines at line starts, and photo credits, and
/// resolves their names. Cheap: a line is read only when it starts with a
/// capital letter, and credits are looked for only when the scan saw a
/// `slash`, and then only where a "/" touches an organization.
pub(crate) fn resolve(text: &str, matcher: &Matcher, slash: bool, res: &mut Resolution) {
    lines(text, matcher, res);
    if slash {
        credits(text, matcher, res);
    }
}

/// Datelines and bylines.
fn lines(text: &str, matcher: &Matcher, res: &mut Resolution) {
    let bytes = text.as_bytes();
    let mut found: Vec<Dateline> = Vec::new();
    // The names of bylines, with their number of words.
    let mut bylines: Vec<((usize, usize), usize)> = Vec::new();
    let mut start = 0;
    while start < bytes.len() {
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i);
        let line = start;
        start = end + 1;
        // Skip the indentation of the line.
        let Some(s) = bytes[line..end]
            .iter()
            .take(8)
            .position(|&b| b != b' ' && b != b'\t')
            .map(|i| line + i)
        else {
            continue;
        };
        if !may_be_wire(&bytes[s..end]) {
            continue;
        }
        let head = &text[s..floor_char_boundary(text, end.min(s + HEAD))];
        if let Some(names) = byline(head) {
            bylines.extend(names.into_iter().map(|((a, b), w)| ((s + a, s + b), w)));
        } else if let Some(d) = dateline(head, end - s <= HEAD) {
            let shift = |(a, b): (usize, usize)| (s + a, s + b);
            found.push(Dateline {
                cities: d.cities.into_iter().map(shift).collect(),
                credit: d.credit.map(shift),
                certain: d.certain,
            });
        }
    }
    if found.is_empty() && bylines.is_empty() {
        return;
    }
    res.sort();
    let (mut removed, mut added) = res.buffers();
    for d in found.iter().filter(|d| d.certain) {
        let names = d.cities.iter().map(|&c| (c, EntityKind::Location));
        let credit = d.credit.map(|c| (c, EntityKind::Organization));
        for (span, kind) in names.chain(credit) {
            let inside = covered(&res.mentions, span);
            // A name the gazetteer knows under exactly this span stays
            // what it is ("UNITED NATIONS" is an organization).
            if inside
                .clone()
                .any(|j| (res.mentions[j].start, res.mentions[j].end) == span)
            {
                continue;
            }
            removed.extend(inside);
            added.push(res.new_local(text, span, kind, How::Wire));
        }
    }
    // A byline's names are people: places inside them are no places, and
    // a name of two words or more that no other mention covers is a
    // person no gazetteer knows.
    for &(span, words) in &bylines {
        let place = |j: &usize| {
            matches!(
                res.kind(matcher, &res.mentions[*j]),
                EntityKind::Location | EntityKind::State | EntityKind::Nationality
            )
        };
        let inside = covered(&res.mentions, span);
        let only_places = inside.clone().all(|j| place(&j));
        removed.extend(inside.filter(place));
        if words >= 2 && only_places {
            added.push(res.new_local(text, span, EntityKind::Person, How::Wire));
        }
    }
    res.replace(removed, added);
}

/// Photo credits: capitalised words joined by "/" to an organization
/// ("Mandel Ngan/AFP", "REUTERS/Majid Asgaripour", "AP Photo/Efrem
/// Lukatsky") are a person, when they are two to four words that no
/// mention touches and the credit stands apart: it opens a line, a
/// parenthesis or a sentence, or follows "by" or a colon, and ends the line,
/// the parenthesis or the sentence, or goes on with "/" or "via". So "the
/// Reuters/Ipsos Poll" gives no person.
fn credits(text: &str, matcher: &Matcher, res: &mut Resolution) {
    res.sort();
    let is_org = |r: &Resolved| res.kind(matcher, r) == EntityKind::Organization;
    let opens = |at: usize| {
        let before = text[..at].trim_end_matches(' ');
        before.is_empty()
            || before.ends_with(['(', '\n', '.', ':'])
            || (before.len() < at && before.ends_with(" by"))
    };
    let closes = |at: usize| {
        let after = &text[at..];
        after.is_empty()
            || after.starts_with([')', '/', '\n', ';'])
            || after.starts_with(" via ")
            || (after.starts_with(['.', ','])
                && after[1..].chars().next().is_none_or(char::is_whitespace))
    };
    let mut people: Vec<(usize, usize)> = Vec::new();
    for slash in memchr::memchr_iter(b'/', text.as_bytes()) {
        let i = res.mentions.partition_point(|r| r.end <= slash);
        // An organization right after: the name ends at the slash.
        if let Some(org) = res
            .mentions
            .get(i)
            .filter(|r| r.start == slash + 1 && is_org(r))
        {
            let head = &text[floor_char_boundary(text, slash.saturating_sub(64))..slash];
            // The run's first word follows a space, a line break or a "(".
            let start = head
                .char_indices()
                .filter(|&(j, _)| j == 0 || head[..j].ends_with([' ', '\n', '(']))
                .map(|(j, _)| j)
                .find(|&j| {
                    let (len, _, words) = name_run(&head[j..]);
                    len == head.len() - j && (2..=4).contains(&words)
                });
            if let Some(j) = start {
                let s = slash - (head.len() - j);
                if opens(s) && closes(org.end) {
                    people.push((s, slash));
                }
            }
        }
        // An organization (or "ORG Photo") right before: the name starts
        // after the slash.
        let before = &text[..slash];
        let org_end = before.strip_suffix(" Photo").map_or(slash, str::len);
        if let Some(org) = i
            .checked_sub(1)
            .map(|j| &res.mentions[j])
            .filter(|r| r.end == org_end && is_org(r))
        {
            let (len, _, words) = name_run(&text[slash + 1..]);
            if (2..=4).contains(&words) && opens(org.start) && closes(slash + 1 + len) {
                people.push((slash + 1, slash + 1 + len));
            }
        }
    }
    if people.is_empty() {
        return;
    }
    let (removed, mut added) = res.buffers();
    // The names come by start: one overlaps a name taken before it when it
    // starts before the end of the furthest-reaching one.
    let mut taken_until = 0;
    for span in people {
        if covered(&res.mentions, span).next().is_none() && span.0 >= taken_until {
            taken_until = span.1;
            added.push(res.new_local(text, span, EntityKind::Person, How::Wire));
        }
    }
    res.replace(removed, added);
}

/// Whether a line may open with a byline or a dateline: it starts with a
/// capital, and with "By ", a word in capitals, or (a dateline in mixed
/// case needs a credit or a date) a "(" or a digit soon after. Most lines
/// of prose fail at once.
fn may_be_wire(line: &[u8]) -> bool {
    match line {
        [a, b, ..] if a.is_ascii_uppercase() => {
            b.is_ascii_uppercase()
                || line.starts_with(b"By ")
                || line[..line.len().min(48)]
                    .iter()
                    .any(|&c| c == b'(' || c.is_ascii_digit())
        }
        _ => false,
    }
}

/// The indices of the (sorted) mentions that overlap `span`.
fn covered(
    mentions: &[Resolved],
    (s, e): (usize, usize),
) -> impl Iterator<Item = usize> + Clone + '_ {
    let first = mentions.partition_point(|r| r.end <= s);
    (first..mentions.len()).take_while(move |&j| mentions[j].start < e)
}

/// A word of a name in a dateline: a capital, then letters, digits, or
/// inner "'", ".", "-" ("ST.", "N'DJAMENA", "PORT-AU-PRINCE", "Tel").
fn name_word(s: &str) -> usize {
    let mut chars = s.char_indices();
    if !chars.next().is_some_and(|(_, c)| c.is_uppercase()) {
        return 0;
    }
    let end = s
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '.' | '-')))
        .map_or(s.len(), |(i, _)| i);
    // A trailing hyphen belongs to the dash after the name.
    s[..end].trim_end_matches('-').len()
}

/// The capitalised words at the start of `s`, one space between them, as
/// (length, written all in capitals, number of words). Lower-case
/// particles may join them ("Dar es Salaam", "Port of Spain").
fn name_run(s: &str) -> (usize, bool, usize) {
    let (mut len, mut caps, mut words) = (0, true, 0);
    let mut rest = s;
    loop {
        let w = name_word(rest);
        if w == 0 {
            break;
        }
        let word = &rest[..w];
        caps &= !word.chars().any(char::is_lowercase);
        words += 1;
        len = s.len() - rest.len() + w;
        rest = &rest[w..];
        let Some(next) = rest.strip_prefix(' ') else {
            break;
        };
        // "es", "of", "de", "al-": a particle followed by a capital.
        let particle = next
            .split_once(' ')
            .filter(|(p, after)| {
                matches!(
                    *p,
                    "es" | "of" | "de" | "del" | "la" | "el" | "al" | "da" | "do"
                ) && name_word(after) > 0
            })
            .map(|(p, _)| p.len() + 1);
        rest = &next[particle.unwrap_or(0)..];
        if words >= 4 {
            break;
        }
    }
    (len, caps && words > 0, words)
}

/// Whether `s` starts with a dash that follows a dateline ("—", "–", "-",
/// "--"), after optional spaces; returns its length with the spaces.
fn dash(s: &str) -> Option<usize> {
    let t = s.trim_start_matches(' ');
    let skipped = s.len() - t.len();
    ["--", "—", "–", "-"]
        .iter()
        .find(|d| t.starts_with(**d))
        .map(|d| skipped + d.len())
        // "-" must not open a word ("-based").
        .filter(|&l| !s[l..].starts_with(|c: char| c.is_alphanumeric()))
}

/// The length of a date at the start of `s`: "March 1", "Jan. 20, 2025",
/// "1 March", "2023-03-01".
fn date(s: &str) -> Option<usize> {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    // ISO: YYYY-MM-DD.
    let b = s.as_bytes();
    if b.len() >= 10
        && digits(s) == 4
        && b[4] == b'-'
        && digits(&s[5..]) == 2
        && b[7] == b'-'
        && digits(&s[8..]) == 2
    {
        return Some(10);
    }
    let month = |s: &str| {
        MONTHS.iter().find_map(|m| {
            let rest = s.strip_prefix(m)?;
            let rest_len = rest.len() - rest.trim_start_matches('.').len();
            (!rest[rest_len..].starts_with(|c: char| c.is_alphanumeric()))
                .then_some(m.len() + rest_len)
        })
    };
    let mut len = if let Some(m) = month(s) {
        // Month Day
        let d = digits(s[m..].trim_start_matches(' '));
        let sp = s[m..].len() - s[m..].trim_start_matches(' ').len();
        if !(1..=2).contains(&d) || sp != 1 {
            return None;
        }
        m + sp + d
    } else {
        // Day Month
        let d = digits(s);
        if !(1..=2).contains(&d) || !s[d..].starts_with(' ') {
            return None;
        }
        d + 1 + month(&s[d + 1..])?
    };
    // ", Year"
    if let Some(y) = s[len..].strip_prefix(", ") {
        if digits(y) == 4 {
            len += 2 + 4;
        }
    }
    Some(len)
}

/// A dateline at the start of `line` (which ends the line when `whole`).
///
/// The cities, optionally followed by ", " and places or a date and by a
/// credit in parentheses, end in a dash; or cities in capitals are
/// followed by a date that ends the line. A city in mixed case ("Kyiv,
/// Ukraine (AP) —") needs a credit or a date, so that ordinary sentences
/// ("Ukraine - the war") are never read as datelines.
fn dateline(line: &str, whole: bool) -> Option<Dateline> {
    let mut d = Dateline::default();
    let mut pos = 0;
    let mut all_caps = true;
    // CITY(/CITY)*
    loop {
        let (len, caps, _) = name_run(&line[pos..]);
        if len == 0
            || line[pos..pos + len]
                .chars()
                .filter(|c| c.is_alphabetic())
                .count()
                < 2
        {
            return None;
        }
        all_caps &= caps;
        d.cities.push((pos, pos + len));
        pos += len;
        match line[pos..].strip_prefix('/') {
            Some(_) if d.cities.len() < 4 => pos += 1,
            _ => break,
        }
    }
    let mut dated = false;
    // (", " PLACE | ", " DATE)*
    while let Some(rest) = line[pos..].strip_prefix(", ") {
        if let Some(l) = date(rest) {
            dated = true;
            pos += 2 + l;
            continue;
        }
        let (len, _, words) = name_run(rest);
        if len == 0 || words > 3 {
            return None;
        }
        pos += 2 + len;
    }
    // " DATE" ending the line: "BRUSSELS 2023-03-01".
    if all_caps && !dated {
        if let Some(rest) = line[pos..].strip_prefix(' ') {
            if let Some(l) = date(rest) {
                if whole && rest[l..].trim().is_empty() {
                    d.certain = true;
                    return Some(d);
                }
            }
        }
    }
    // " (Credit)": capitalised words, or one word ("dpa").
    if let Some(rest) = line[pos..].strip_prefix(" (") {
        let close = rest.find(')')?;
        let inner = &rest[..close];
        let (len, _, words) = name_run(inner);
        let word = (1..=12).contains(&inner.len()) && inner.chars().all(char::is_alphabetic);
        if !(len == inner.len() && words <= 4 || word) {
            return None;
        }
        d.credit = Some((pos + 2, pos + 2 + inner.len()));
        pos += 2 + close + 1;
    }
    d.certain = d.credit.is_some() || dated;
    (dash(&line[pos..]).is_some() && (all_caps || d.certain)).then_some(d)
}

/// The names of a byline ("By JOHN SMITH and JANE DOE"), as spans of
/// `line` with their number of words, when the rest of the line is
/// capitalised names joined by "and", "&" or commas.
fn byline(line: &str) -> Option<Vec<((usize, usize), usize)>> {
    let rest = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("BY "))?;
    let names = rest.trim_end();
    let mut found = Vec::new();
    let mut pos = 0;
    loop {
        let (len, _, words) = name_run(&names[pos..]);
        if len == 0 || words > 5 {
            return None;
        }
        found.push(((3 + pos, 3 + pos + len), words));
        pos += len;
        let tail = &names[pos..];
        let joint = [" and ", " AND ", " & ", ", and ", ", "]
            .iter()
            .find(|j| tail.starts_with(**j));
        match joint {
            Some(j) if found.len() < 6 => pos += j.len(),
            _ => break,
        }
    }
    (pos == names.len()).then_some(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cities(line: &str) -> Option<(Vec<&str>, Option<&str>)> {
        dateline(line, true).map(|d| {
            (
                d.cities.iter().map(|&(s, e)| &line[s..e]).collect(),
                d.credit.map(|(s, e)| &line[s..e]),
            )
        })
    }

    #[test]
    fn wire_datelines() {
        let cases: &[(&str, &[&str], Option<&str>)] = &[
            (
                "WASHINGTON (Reuters) - President",
                &["WASHINGTON"],
                Some("Reuters"),
            ),
            ("KYIV, Ukraine (AP) — Russian", &["KYIV"], Some("AP")),
            (
                "BEIJING, March 1, 2023 (Xinhua) -- China",
                &["BEIJING"],
                Some("Xinhua"),
            ),
            (
                "MOSCOW, Jan. 20, 2025 (Reuters) - The",
                &["MOSCOW"],
                Some("Reuters"),
            ),
            (
                "NEW DELHI/ISLAMABAD (Reuters) - India",
                &["NEW DELHI", "ISLAMABAD"],
                Some("Reuters"),
            ),
            (
                "GAZA CITY, Gaza Strip (AP) — Israeli",
                &["GAZA CITY"],
                Some("AP"),
            ),
            ("LONDON — Britain's", &["LONDON"], None),
            (
                "DAR ES SALAAM, Tanzania (AFP) -",
                &["DAR ES SALAAM"],
                Some("AFP"),
            ),
            ("BRUSSELS 2023-03-01", &["BRUSSELS"], None),
            ("Kyiv, Ukraine (AP) — Russian", &["Kyiv"], Some("AP")),
            ("Mariupol, March 3 — Shelling", &["Mariupol"], None),
            (
                "PORT-AU-PRINCE, Haiti (AP) —",
                &["PORT-AU-PRINCE"],
                Some("AP"),
            ),
            ("BERLIN (dpa) - Germany", &["BERLIN"], Some("dpa")),
        ];
        for (line, want, credit) in cases {
            let (got, c) = cities(line).unwrap_or_else(|| panic!("no dateline in {line:?}"));
            assert_eq!(&got, want, "{line}");
            assert_eq!(c, *credit, "{line}");
        }
    }

    #[test]
    fn sentences_are_no_datelines() {
        for line in [
            "Ukraine - the war goes on",
            "Russia, China and Iran met",
            "The Kremlin said",
            "President Biden (D) said",
            "US officials said",
            "A",
            "Sources in MOSCOW said",
            "Ukraine, Russia (and others) — talks",
            "President Biden (D) said",
            "NATO (North Atlantic Treaty Organization) said",
            "Kyiv - the capital",
        ] {
            assert_eq!(cities(line), None, "{line}");
        }
    }

    #[test]
    fn dates() {
        assert_eq!(date("March 1, 2023 (X)"), Some(13));
        assert_eq!(date("Jan. 20, 2025"), Some(13));
        assert_eq!(date("1 March"), Some(7));
        assert_eq!(date("2023-03-01"), Some(10));
        assert_eq!(date("Mayor"), None);
        assert_eq!(date("May"), None);
        assert_eq!(date("12345"), None);
    }

    #[test]
    fn bylines() {
        let line = "By JOHN SMITH and JORDAN LEE";
        let names = byline(line).unwrap();
        let names: Vec<&str> = names.iter().map(|&((s, e), _)| &line[s..e]).collect();
        assert_eq!(names, ["JOHN SMITH", "JORDAN LEE"]);
        let line = "By Jane Doe, Chad Brown and Ann Lee";
        assert!(byline(line).is_some());
        assert_eq!(byline("By the way, Jordan said"), None);
        assert_eq!(byline("By March the talks"), None);
    }
}
