//! A place that is also a given name, next to a capitalised name, is part
//! of a person's name ("Chad Smith", "Michael Jordan"), not a place.

use super::given::GivenNames;
use super::lexicon::{lists, NOT_NAME, ORG_WORD};
use super::state::Resolution;
use crate::kind::EntityKind;
use crate::scan::{FormRole, Matcher};

/// A one-word state, place or organization that is also a given
/// name ("Chad", "Jordan", "Georgia") is dropped when a capitalised word
/// that no mention covers follows it ("Chad Smith"), or a known given name
/// precedes it ("Michael Jordan"): it is part of a person's name.
pub(crate) fn drop_name_parts(
    text: &str,
    ctx: &GivenNames,
    matcher: &Matcher,
    res: &mut Resolution,
) {
    if res.mentions.is_empty() {
        return;
    }
    // The mentions to drop, in order (most texts have none).
    let (mut dropped, added) = res.buffers();
    for (i, r) in res.mentions.iter().enumerate() {
        let Some(e) = r.entity.known().filter(|_| r.role != FormRole::Short) else {
            continue;
        };
        let kind = matcher.info[e as usize].kind;
        // The mentions here are the gazetteer's, each spelled as one of its
        // entity's forms folds: an entity none of whose forms is a given
        // name has no mention that is one.
        if kind == EntityKind::Person || !ctx.is_name_like(e) {
            continue;
        }
        let word = &text[r.start..r.end];
        if word.contains(' ') || !ctx.is_name_or_name_like(word) {
            continue;
        }
        let next_start = res.mentions.get(i + 1).map(|m| m.start);
        let after = next_word(text, r.end);
        let followed = after.is_some_and(|(s, w)| {
            Some(s) != next_start
                && w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().any(char::is_lowercase)
                && lists(w) & (NOT_NAME | ORG_WORD) == 0
        });
        let prev_end = i.checked_sub(1).map(|j| res.mentions[j].end);
        let before = prev_word(text, r.start);
        let preceded = before.is_some_and(|(e, w)| {
            Some(e) != prev_end
                && w.chars().next().is_some_and(char::is_uppercase)
                && ctx.is_name_or_name_like(w)
        });
        // In a headline, capitalised words say nothing.
        if (followed || preceded) && !in_headline(text, r.start) {
            dropped.push(i);
        }
    }
    res.replace(dropped, added);
}

/// Whether the line around `pos` reads like a headline: at least four
/// words, most of them capitalised.
fn in_headline(text: &str, pos: usize) -> bool {
    // Look at most 300 bytes each way: a longer line is no headline.
    let bytes = text.as_bytes();
    let lo = pos.saturating_sub(300);
    let start = match memchr::memrchr(b'\n', &bytes[lo..pos]) {
        Some(i) => lo + i + 1,
        None if lo == 0 => 0,
        None => return false,
    };
    let hi = (pos + 300).min(text.len());
    let end = match memchr::memchr(b'\n', &bytes[pos..hi]) {
        Some(i) => pos + i,
        None if hi == text.len() => text.len(),
        None => return false,
    };
    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return false;
    }
    let (mut words, mut caps) = (0, 0);
    for w in text[start..end].split_whitespace() {
        words += 1;
        caps += usize::from(w.chars().next().is_some_and(char::is_uppercase));
    }
    words >= 4 && caps * 10 >= words * 8
}

/// The word after one space at `pos`: (its start, the word).
fn next_word(text: &str, pos: usize) -> Option<(usize, &str)> {
    let rest = text[pos..].strip_prefix(' ')?;
    let s = pos + 1;
    let w = rest
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .next()?;
    (!w.is_empty()).then_some((s, w))
}

/// The word before one space at `pos`: (its end, the word).
fn prev_word(text: &str, pos: usize) -> Option<(usize, &str)> {
    let before = text[..pos].strip_suffix(' ')?;
    let w = before.rsplit(|c: char| !c.is_alphanumeric()).next()?;
    (!w.is_empty()).then_some((before.len(), w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_around() {
        assert_eq!(next_word("Chad Smith", 4), Some((5, "Smith")));
        assert_eq!(prev_word("Michael Jordan", 8), Some((7, "Michael")));
        assert_eq!(next_word("Chad, Smith", 4), None);
    }
}
