//! Acronyms defined in the text: "Full Name (ACR)" and "ACR (Full Name)".

use super::heads::TREATY_HEADS;
use super::lexicon::FUNCTION_WORDS;
use super::state::{Cursor, Defined, Definition, Resolution, Resolved};
use crate::entity::EntityRef;
use crate::kind::EntityKind;
use crate::mention::How;
use crate::scan::words::floor_char_boundary;
use crate::scan::{is_boundary, FormRole, Matcher};

/// Finds definitions and returns them as (acronym, defined at, entity).
///
/// * A mention right before "(ACR)" defines ACR.
/// * "ACR (Full Name)" where the parentheses hold exactly one mention
///   defines ACR, and ACR itself becomes a mention.
/// * Capitalised words right before "(ACR)" whose initials spell ACR, and
///   that the gazetteer does not know, become a new organization (or
///   treaty) with no id.
///
/// Nothing is looked for unless the scan saw a `paren`.
pub(crate) fn define(text: &str, matcher: &Matcher, paren: bool, res: &mut Resolution) {
    if !paren {
        return;
    }
    res.sort();
    let (mut removed, mut added) = res.buffers();
    let bytes = text.as_bytes();
    let mut cursor = Cursor::default();
    for open in memchr::memchr_iter(b'(', bytes) {
        let Some(close) = memchr::memchr(b')', &bytes[open..(open + 64).min(bytes.len())]) else {
            continue;
        };
        let close = open + close;
        let inner = text[open + 1..close].trim();
        let inner_start =
            open + 1 + (text[open + 1..close].len() - text[open + 1..close].trim_start().len());
        let inner_span = (inner_start, inner_start + inner.len());
        let k = cursor.first_ending_after(&res.mentions, open.saturating_sub(4));
        let before = text[..open].trim_end_matches([' ', '\u{a0}']);
        if is_acronym(inner) {
            // "Full Name (ACR)": a mention ending right before.
            let prev = res.mentions[..res.mentions.len().min(k + 4)]
                .iter()
                .rev()
                .find(|r| r.end <= open);
            let prev = prev.filter(|r| r.end == before.len() && r.role != FormRole::Short);
            // The words the acronym spells, ending right before it.
            let spelled = spelled_name(text, before.len(), inner);
            let defines = |r: &super::Resolved| match spelled {
                // Spelled by the mention's own words.
                Some(s) => s >= r.start,
                // Not spelled (a foreign or loose acronym: "Social
                // Democratic Party of Austria (SPÖ)"): only an organization
                // or treaty may take it, and only when the acronym is no
                // name of another entity ("UNITED NATIONS (AP)").
                None => {
                    matches!(
                        res.kind(matcher, r),
                        EntityKind::Organization | EntityKind::Treaty
                    ) && !res.mentions[k..]
                        .iter()
                        .take_while(|m| m.start <= inner_span.0)
                        .any(|m| (m.start, m.end) == inner_span)
                }
            };
            if let Some(r) =
                prev.filter(|r| defines(r) || names_same(&res.mentions[k..], inner_span, r.entity))
            {
                res.defined.push(Definition {
                    word: inner_span,
                    at: open,
                    entity: r.entity,
                    what: Defined::Acronym,
                });
                continue;
            }
            // An unknown full name spelled by the acronym, which may extend
            // a shorter known name ("New Democratic Party (NDP)").
            if let Some(s) = spelled {
                let covered: Vec<usize> = (0..res.mentions.len())
                    .skip(k.saturating_sub(8))
                    .take_while(|&j| res.mentions[j].start < before.len())
                    .filter(|&j| res.mentions[j].end > s)
                    .collect();
                // Only descriptive words (a state, a nationality, a place)
                // may already be mentions inside the name.
                let descriptive = covered.iter().all(|&j| {
                    let r = &res.mentions[j];
                    r.start >= s
                        && (matches!(
                            res.kind(matcher, r),
                            EntityKind::State | EntityKind::Nationality | EntityKind::Location
                        ) || (r.start > s && r.end == before.len()))
                });
                if descriptive {
                    let name = &text[s..before.len()];
                    let last = name.rsplit(' ').next().unwrap_or("").to_lowercase();
                    let kind = if TREATY_HEADS.contains(&last.as_str()) {
                        EntityKind::Treaty
                    } else {
                        EntityKind::Organization
                    };
                    let r = res.new_local(text, (s, before.len()), kind, How::Acronym);
                    removed.extend(covered);
                    res.defined.push(Definition {
                        word: inner_span,
                        at: open,
                        entity: r.entity,
                        what: Defined::Acronym,
                    });
                    added.push(r);
                }
            }
            continue;
        }
        // "ACR (Full Name)": the parentheses hold exactly one mention.
        let acr_start =
            before.rfind(|c: char| !(c.is_alphanumeric() || matches!(c, '&' | '.' | '-')));
        let acr_start = acr_start.map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
        let acr = &before[acr_start..];
        if !is_acronym(acr) || !is_boundary(text, acr_start) {
            continue;
        }
        let full = res
            .mentions
            .iter()
            .skip(k)
            .take(8)
            .find(|r| r.start == inner_start && r.end == inner_start + inner.len());
        let acr_span = (acr_start, before.len());
        if let Some(r) = full.filter(|r| {
            r.role != FormRole::Short
                && (spells(text, (r.start, r.end), acr)
                    || names_same(&res.mentions[k.saturating_sub(4)..], acr_span, r.entity))
        }) {
            let entity = r.entity;
            res.defined.push(Definition {
                word: (acr_start, before.len()),
                at: acr_start,
                entity,
                what: Defined::Acronym,
            });
        }
    }
    res.replace(removed, added);
}

/// Whether the capitalised words of `text[start..end]`, or its last words,
/// spell the acronym `acr` with their initials: "(Reuters)" after a place
/// defines nothing, "(AP)" after a country does not make AP that country.
fn spells(text: &str, (start, end): (usize, usize), acr: &str) -> bool {
    spelled_name(text, end, acr).is_some_and(|s| s >= start)
}

/// Whether one of `mentions` (sorted) spans exactly `span` and can stand
/// for `entity`: an acronym the gazetteer already gives the entity.
fn names_same(mentions: &[Resolved], span: (usize, usize), entity: EntityRef) -> bool {
    mentions.iter().take_while(|r| r.start <= span.0).any(|r| {
        (r.start, r.end) == span
            && (r.entity == entity || entity.known().is_some_and(|e| r.others.contains(&e)))
    })
}

/// The start of the capitalised words ending at `end` whose initials spell
/// `acr` (function words may sit between them, and may or may not count).
fn spelled_name(text: &str, end: usize, acr: &str) -> Option<usize> {
    let letters: String = acr
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_uppercase)
        .collect();
    if letters.len() < 2 {
        return None;
    }
    // Up to twelve words back.
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut pos = end;
    let head = &text[floor_char_boundary(text, end.saturating_sub(200))..end];
    for w in head.rsplit(' ').take(12) {
        pos -= w.len();
        words.push((pos, w));
        pos = pos.saturating_sub(1);
    }
    for take in 1..=words.len() {
        let span = &words[..take];
        let (s, first) = span[take - 1];
        // A name may open a parenthesis or a quotation: "(American ...)".
        let trimmed = first.trim_start_matches(|c: char| !c.is_alphanumeric());
        let s = s + (first.len() - trimmed.len());
        if !trimmed.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let mut ok = true;
        let mut with_fn = String::new();
        let mut without_fn = String::new();
        for &(_, w) in span.iter().rev() {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            let Some(c) = w.chars().next() else {
                ok = false;
                break;
            };
            if c.is_uppercase() {
                // Hyphenated capitals count each part: "Hayat Tahrir al-Sham".
                for part in w.split('-') {
                    if let Some(p) = part.chars().next().filter(|p| p.is_uppercase()) {
                        with_fn.push(p);
                        without_fn.push(p);
                    }
                }
            } else if let Some(p) = w
                .strip_prefix("al-")
                .or_else(|| w.strip_prefix("el-"))
                .and_then(|rest| rest.chars().next())
                .filter(|p| p.is_uppercase())
            {
                with_fn.push(p);
                without_fn.push(p);
            } else if FUNCTION_WORDS.contains(&w) {
                with_fn.extend(c.to_uppercase());
            } else {
                ok = false;
                break;
            }
        }
        if ok && (without_fn == letters || with_fn == letters) {
            return Some(s);
        }
    }
    None
}

/// Two to ten characters, starting with an upper-case letter, at least two
/// upper-case letters or digits, and only letters, digits, '&', '.' or '-'.
pub(crate) fn is_acronym(s: &str) -> bool {
    let n = s.chars().count();
    (2..=10).contains(&n)
        && s.chars().next().is_some_and(|c| c.is_uppercase())
        && s.chars()
            .filter(|c| c.is_uppercase() || c.is_ascii_digit())
            .count()
            >= 2
        && s.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '&' | '.' | '-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronym_shapes() {
        for ok in ["CCP", "UNHCR", "G7", "PLA-N", "AT&T", "U.S."] {
            assert!(is_acronym(ok), "{ok}");
        }
        for bad in ["C", "Ccp", "ccp", "the CCP", "ABCDEFGHIJK", "1990"] {
            assert!(!is_acronym(bad), "{bad}");
        }
    }

    #[test]
    fn spelled_names() {
        let t = "fighters of the Qarzan Liberation Front (QLF)";
        let end = t.find(" (").unwrap();
        assert_eq!(
            spelled_name(t, end, "QLF").map(|s| &t[s..end]),
            Some("Qarzan Liberation Front")
        );
        let t = "the Union of South American Nations (UNASUR)";
        let end = t.find(" (").unwrap();
        assert_eq!(spelled_name(t, end, "USAN"), Some(4));
        let t = "talks with Hayat Tahrir al-Sham (HTS)";
        let end = t.find(" (").unwrap();
        assert_eq!(
            spelled_name(t, end, "HTS").map(|s| &t[s..end]),
            Some("Hayat Tahrir al-Sham")
        );
        assert_eq!(spelled_name("the big idea (BI)", 12, "BI"), None);
        // The name may open a parenthesis.
        let t = "AAAS (American Association for the Advancement of Science)";
        assert_eq!(spelled_name(t, t.len() - 1, "AAAS"), Some(6));
        // A place or an agency spells no acronym of the other.
        let t = "WASHINGTON (Reuters)";
        assert!(!spells(t, (12, 19), "WASHINGTON"));
        let t = "KYIV, Ukraine (AP)";
        assert!(!spells(t, (6, 13), "AP"));
    }
}
