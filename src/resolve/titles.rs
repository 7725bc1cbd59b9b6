//! Office titles that introduce people: a capitalised name after a title
//! ("Foreign Minister Jan Novak") is a person even when no gazetteer knows
//! it, and its surname links later.

use foldhash::HashSet;
use unicode_segmentation::UnicodeSegmentation;

use super::lexicon::{is_honorific, lists, NOT_NAME, ORG_WORD, PARTICLE};
use super::state::{Cursor, Resolution, Resolved};
use crate::entity::EntityRef;
use crate::fold::{starts_with_capital, ASCII_CLASS, WORD};
use crate::kind::EntityKind;
use crate::mention::How;
use crate::scan::words::strip_possessive;
use crate::scan::{Candidate, FormRole, Matcher};

/// Whether an office title ends right before `pos` (spaces between).
#[cfg(test)]
fn title_before(text: &str, titles: &[(usize, usize)], pos: usize) -> bool {
    title_ending_before(text, titles, pos).is_some()
}

/// The office title that ends right before `pos` (spaces between), if any.
pub(crate) fn title_ending_before(
    text: &str,
    titles: &[(usize, usize)],
    pos: usize,
) -> Option<(usize, usize)> {
    let gap = text[..pos].trim_end_matches([' ', '\u{a0}']);
    if gap.len() == pos || pos - gap.len() > 3 {
        return None;
    }
    let i = titles.binary_search_by_key(&gap.len(), |t| t.1).ok()?;
    Some(titles[i])
}

/// Where a name after a title ending at `at` would start: after one to
/// three bytes of spaces, at a capital.
pub(crate) fn name_start(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let skipped = rest.len() - rest.trim_start_matches([' ', '\u{a0}']).len();
    if skipped == 0 || skipped > 3 {
        return None;
    }
    let start = at + skipped;
    // A name starts with a capital; most titles are followed by other words.
    starts_with_capital(text.get(start..)?).then_some(start)
}

/// [`name_at`] after a title ending at `at` (see [`name_start`]).
#[cfg(test)]
fn name_after(text: &str, at: usize) -> Option<((usize, usize), (usize, usize))> {
    name_at(text, name_start(text, at)?)
}

/// The capitalised name starting at byte `start`: its span, and the span
/// of its last word. Stops at a possessive, punctuation other than a
/// hyphen or an initial's full stop, an organization word, or five words.
fn name_at(text: &str, start: usize) -> Option<((usize, usize), (usize, usize))> {
    let window =
        &text[start..crate::scan::words::floor_char_boundary(text, (start + 160).min(text.len()))];
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut pending_particle: Option<(usize, usize)> = None;
    let mut expect_word = true;
    let mut hyphen = false;
    for (i, tok) in word_bounds(window) {
        let (s, e) = (start + i, start + i + tok.len());
        let first = tok.chars().next().unwrap_or(' ');
        if expect_word {
            if first.is_uppercase() {
                let (word, possessive) = strip_possessive(tok);
                let listed = lists(word);
                if (words.is_empty() && listed & NOT_NAME != 0)
                    || listed & ORG_WORD != 0
                    || (word.len() > 1 && word.len() <= 5 && !word.chars().any(char::is_lowercase))
                {
                    break;
                }
                if let Some(p) = pending_particle.take() {
                    words.push(p);
                }
                match words.last_mut() {
                    // "Kilroy-Silk" is one surname.
                    Some(last) if hyphen && last.1 + 1 == s => last.1 = s + word.len(),
                    _ => words.push((s, s + word.len())),
                }
                if possessive || words.len() >= 5 {
                    break;
                }
                expect_word = false;
            } else if !words.is_empty() && lists(tok) & PARTICLE != 0 {
                pending_particle = Some((s, e));
                expect_word = false;
            } else {
                break;
            }
        } else if tok == " " || tok == "-" {
            expect_word = true;
            hyphen = tok == "-";
        } else if tok == "."
            && words
                .last()
                .is_some_and(|&(ws, we)| we - ws == 1 && we == s)
        {
            // An initial: "George W. Bush".
            words.last_mut().expect("checked").1 = e;
        } else {
            break;
        }
    }
    // A particle must be followed by a word.
    let first = *words.first()?;
    let last = *words.last()?;
    Some(((first.0, last.1), last))
}

/// The pieces of `s` between Unicode word boundaries (UAX #29), with their
/// offsets. ASCII text, nearly all of it in news, is cut by the rules as
/// they apply to ASCII, without the Unicode tables.
fn word_bounds(s: &str) -> WordBounds<'_> {
    if s.is_ascii() {
        WordBounds::Ascii(s, 0)
    } else {
        WordBounds::Unicode(s.split_word_bound_indices())
    }
}

/// The iterator of [`word_bounds`].
enum WordBounds<'a> {
    /// The text and the offset of the next piece.
    Ascii(&'a str, usize),
    Unicode(unicode_segmentation::UWordBoundIndices<'a>),
}

impl<'a> Iterator for WordBounds<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        let (s, i) = match self {
            WordBounds::Unicode(it) => return it.next(),
            WordBounds::Ascii(s, i) => (*s, i),
        };
        let b = s.as_bytes();
        let start = *i;
        let c = *b.get(start)?;
        let word = |x: u8| ASCII_CLASS[usize::from(x)] & WORD != 0;
        let mut j = start + 1;
        if c == b'\r' && b.get(j) == Some(&b'\n') {
            j += 1;
        } else if c == b' ' {
            while b.get(j) == Some(&b' ') {
                j += 1;
            }
        } else if word(c) {
            while let Some(&n) = b.get(j) {
                if word(n) {
                    j += 1;
                    continue;
                }
                // "U.S", "O'Brien", "a:b" (letters around . ' :) and
                // "1,000", "3.5" (digits around , ; . ').
                let (p, after) = (b[j - 1], b.get(j + 1).copied().unwrap_or(0));
                let letters = p.is_ascii_alphabetic()
                    && after.is_ascii_alphabetic()
                    && matches!(n, b'.' | b'\'' | b':');
                let digits = p.is_ascii_digit()
                    && after.is_ascii_digit()
                    && matches!(n, b'.' | b'\'' | b',' | b';');
                if letters || digits {
                    j += 2;
                } else {
                    break;
                }
            }
        }
        *i = j;
        Some((start, &s[start..j]))
    }
}

/// Pass 2a: a capitalised name after an office title is a person. A name the
/// gazetteer knows is already a mention; a single word that is the partial
/// name of several gazetteer people ("Premier Li") stays unresolved;
/// otherwise a local person is added, and its surname (the last word) links
/// later uses. Returns the surnames as (word, defined at, entity).
pub(crate) fn introduce_people(
    text: &str,
    matcher: &Matcher,
    titles: &[(usize, usize)],
    cands: &[Candidate],
    res: &mut Resolution,
) {
    if titles.is_empty() {
        return;
    }
    res.sort();
    let (removed, mut added) = res.buffers();
    let mut cursor = Cursor::default();
    let mut named = NamedBefore::default();
    let mut last_end = 0;
    for &(ts, te) in titles {
        if ts < last_end {
            continue; // a title word inside a name just taken ("Lord Falconer")
        }
        let Some(start) = name_start(text, te) else {
            continue;
        };
        let k = cursor.first_ending_after(&res.mentions, start);
        // The gazetteer knows the name (most titles come before known
        // people), or something inside it.
        if k < res.mentions.len() && res.mentions[k].start <= start {
            continue;
        }
        let Some(((s, e), (ls, le))) = name_at(text, start) else {
            continue;
        };
        if k < res.mentions.len() && res.mentions[k].start < e {
            continue;
        }
        let partial_of = cands
            .binary_search_by(|c| c.start.cmp(&s).then(e.cmp(&c.end)))
            .ok()
            .map(|i| matcher.targets(cands[i].pattern))
            .filter(|ts| ts.iter().any(|t| t.role == FormRole::Short));
        // After an honorific ("Mr Galloway"), the gazetteer's bearers of
        // the surname are only candidates; after an office title they are
        // left to the office ("Premier Li").
        let others: Vec<u32> = match partial_of {
            Some(targets) if is_honorific(&text[ts..te]) => {
                let mut people: Vec<u32> = targets
                    .iter()
                    .filter(|t| t.role == FormRole::Short)
                    .map(|t| t.entity)
                    .collect();
                people.dedup();
                people
            }
            Some(_) => continue,
            None => Vec::new(),
        };
        last_end = e;
        // "Foreign Minister Lavrov ... Mr Lavrov": a bearer the document
        // already named is the one meant.
        let earlier = if others.is_empty() {
            None
        } else if k <= FEW_MENTIONS {
            // Few mentions before: a walk costs less than the set.
            others.iter().copied().find(|&p| {
                res.mentions[..k]
                    .iter()
                    .any(|m| m.entity == EntityRef::Known(p))
            })
        } else {
            named.extend_to(&res.mentions, k);
            others.iter().copied().find(|p| named.people.contains(p))
        };
        if let Some(p) = earlier {
            added.push(Resolved {
                start: s,
                end: e,
                entity: EntityRef::Known(p),
                role: FormRole::Short,
                others: Vec::new(),
                // A person the document names in full still wins (see
                // `link`): like any title's guess.
                how: How::Title,
                linked: true,
            });
            continue;
        }
        let mut r = res.new_local(text, (s, e), EntityKind::Person, How::Title);
        r.others = others;
        if le > ls && ls > s {
            res.define_surname((ls, le), e, r.entity);
        }
        added.push(r);
    }
    res.replace(removed, added);
}

/// Up to this many mentions before a title, whether the document named a
/// bearer of its surname is asked of them one by one; past it, of
/// [`NamedBefore`].
const FEW_MENTIONS: usize = 64;

/// The known entities of the first mentions of a document (sorted), grown
/// as a cursor moves on, so that asking whether the document named someone
/// before a point costs no walk over all the mentions before it.
#[derive(Default)]
struct NamedBefore {
    /// The known entities of `mentions[..upto]`.
    people: HashSet<u32>,
    upto: usize,
}

impl NamedBefore {
    /// Takes in the known entities of `mentions[..k]` (`k` never falls).
    fn extend_to(&mut self, mentions: &[Resolved], k: usize) {
        for m in mentions.get(self.upto..k).unwrap_or(&[]) {
            if let EntityRef::Known(p) = m.entity {
                self.people.insert(p);
            }
        }
        self.upto = self.upto.max(k);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(text: &str, at: usize) -> Option<&str> {
        name_after(text, at).map(|((s, e), _)| &text[s..e])
    }

    #[test]
    fn names_after_titles() {
        assert_eq!(name("President Jan Novak said", 9), Some("Jan Novak"));
        assert_eq!(
            name("General Abu Mohammed al-Jolani's men", 7),
            Some("Abu Mohammed al-Jolani")
        );
        assert_eq!(
            name("President George W. Bush spoke", 9),
            Some("George W. Bush")
        );
        let t = "Mr Robert Kilroy-Silk left";
        let ((_, _), (ls, le)) = name_after(t, 2).unwrap();
        assert_eq!(&t[ls..le], "Kilroy-Silk");
        assert_eq!(name("Minister Erdoğan’s plan", 8), Some("Erdoğan"));
        assert_eq!(name("General Assembly voted", 7), None);
        assert_eq!(name("President NATO", 9), None);
        assert_eq!(name("the president said", 13), None);
        assert_eq!(name("President The", 9), None);
        assert_eq!(name("President ", 9), None);
        assert_eq!(
            name("President \u{c9}mile Loubet", 9),
            Some("\u{c9}mile Loubet")
        );
    }

    #[test]
    fn ascii_word_bounds_follow_unicode_segmentation() {
        // Every class of ASCII character, in random strings.
        let alphabet = b"aZ09_ .':,;\"-\r\n\t\x0b!(";
        let mut state = 0x9e37_79b9u32;
        for len in 0..4000 {
            let text: String = (0..len % 24)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 17;
                    state ^= state << 5;
                    char::from(alphabet[state as usize % alphabet.len()])
                })
                .collect();
            let ours: Vec<(usize, &str)> = word_bounds(&text).collect();
            let theirs: Vec<(usize, &str)> = text.split_word_bound_indices().collect();
            assert_eq!(ours, theirs, "{text:?}");
        }
        for text in [
            "U.S. Army",
            "O'Brien's",
            "1,000.5 km",
            "a:b c",
            "George W. Bush",
            "x\r\ny  z",
        ] {
            let ours: Vec<(usize, &str)> = word_bounds(text).collect();
            let theirs: Vec<(usize, &str)> = text.split_word_bound_indices().collect();
            assert_eq!(ours, theirs, "{text:?}");
        }
    }

    #[test]
    fn titles_right_before() {
        let t = "Foreign Minister  Lavrov";
        assert!(title_before(t, &[(0, 16)], 18));
        assert!(!title_before(t, &[(0, 7)], 18));
        assert!(!title_before("Lavrov", &[], 0));
    }
}
