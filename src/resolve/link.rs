//! Linking: every later use of a defined acronym or surname links to its
//! entity, in one scan of the text.

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use foldhash::{HashMap, HashMapExt};

use super::state::{Cursor, Defined, Definition, Resolution, Resolved};
use crate::entity::EntityRef;
use crate::fold::starts_with_capital;
use crate::mention::How;
use crate::scan::{is_boundary, FormRole};

/// Every later use of a defined acronym (exact case) or of the surname of
/// a person the text introduced links to its entity, in one scan.
/// Called only when words are defined.
#[inline(never)]
pub(crate) fn link(text: &str, capitals: &[(usize, usize)], res: &mut Resolution) {
    if !may_be_used(text, capitals, &res.defined) {
        res.defined.clear();
        return;
    }
    let mut defs = std::mem::take(&mut res.defined);
    let word = |d: &Definition| &text[d.word.0..d.word.1];
    // By word, then where defined; surnames before acronyms defined at the
    // same place, and otherwise in the order the passes defined them.
    defs.sort_by(|a, b| {
        let key = |d: &Definition| (word(d), d.at, d.what);
        key(a).cmp(&key(b))
    });
    // The distinct words (sorted), and where each one's definitions start.
    let mut keys: Vec<&str> = Vec::new();
    let mut firsts: Vec<usize> = Vec::new();
    for (i, d) in defs.iter().enumerate() {
        if keys.last() != Some(&word(d)) {
            keys.push(word(d));
            firsts.push(i);
        }
    }
    firsts.push(defs.len());
    let uses = find_words(text, capitals, &keys);
    res.sort();
    let (removed, mut added) = res.buffers();
    let mut cursor = Cursor::default();
    for (s, e, key) in uses {
        // The latest definition at or before this use (binary search: a
        // document may define the same acronym many times).
        let list = &defs[firsts[key]..firsts[key + 1]];
        let i = list.partition_point(|d| d.at <= s);
        let Some(&Definition { entity, what, .. }) = i.checked_sub(1).map(|i| &list[i]) else {
            continue;
        };
        let k = cursor.first_ending_after(&res.mentions, s);
        if k < res.mentions.len() && res.mentions[k].start < e {
            let r = &mut res.mentions[k];
            // A definition in the text overrides the gazetteer for an
            // acronym spanning exactly the same words.
            if what == Defined::Acronym && r.start == s && r.end == e && r.entity != entity {
                let old = r.entity;
                r.entity = entity;
                r.role = FormRole::Alias;
                // The gazetteer's reading stays a candidate.
                r.others = match (old, entity) {
                    (EntityRef::Known(old), EntityRef::Known(_)) => vec![old],
                    _ => Vec::new(),
                };
                r.how = How::Acronym;
            }
            // A person the document itself named ("Michael Howard") beats
            // a gazetteer guess made from a title alone ("Mr Howard").
            if what == Defined::Surname && r.how == How::Title && r.start == s && r.end == e {
                r.entity = entity;
                r.role = FormRole::Alias;
                r.others = Vec::new();
                r.how = How::Partial;
            }
            continue;
        }
        let how = match what {
            Defined::Surname => How::Partial,
            Defined::Acronym => How::Acronym,
        };
        added.push(Resolved {
            start: s,
            end: e,
            entity,
            role: FormRole::Alias,
            others: Vec::new(),
            how,
            linked: true,
        });
    }
    res.replace(removed, added);
    defs.clear();
    res.defined = defs;
}

/// Whether a defined word may be used after its definition: false when
/// every word defined starts with a capital (surnames and acronyms nearly
/// always do) and no capitalised word after the first definition starts
/// with the first byte of one. Most short texts never name again the
/// person they introduce; this tells them so before any work.
fn may_be_used(text: &str, capitals: &[(usize, usize)], defs: &[Definition]) -> bool {
    let mut first_bytes = [0u64; 4];
    let mut from = usize::MAX;
    for d in defs {
        let word = &text[d.word.0..d.word.1];
        if !starts_with_capital(word) {
            return true;
        }
        let b = usize::from(word.as_bytes()[0]);
        first_bytes[b / 64] |= 1 << (b % 64);
        from = from.min(d.at);
    }
    let after = capitals.partition_point(|&(s, _)| s < from);
    capitals[after..].iter().any(|&(s, _)| {
        let b = usize::from(text.as_bytes()[s]);
        first_bytes[b / 64] & (1 << (b % 64)) != 0
    })
}

/// Past this many keys that start with a capital, [`find_words`] looks
/// words up by hash rather than comparing each with the keys that share its
/// first byte.
const MANY_KEYS: usize = 32;

/// Whole-word occurrences of `keys` (sorted) in `text` as (start, end, key
/// index), in order and without overlaps (leftmost-longest). A key that
/// starts with a capital (surnames, acronyms: nearly all) is tried only
/// where the scan saw a capitalised word start, so its cost is that of the
/// capitalised words, not of the text. Any other key is searched for with
/// a vectorised substring search, or, past a few dozen such keys, with one
/// Aho-Corasick automaton, so the cost stays linear in the text whatever
/// the number of keys.
fn find_words(
    text: &str,
    capitals: &[(usize, usize)],
    keys: &[&str],
) -> Vec<(usize, usize, usize)> {
    let mut found = Vec::new();
    // Keys that start with a capital are tried at the capitalised words
    // only; keys are sorted, so those starting with the word's first byte
    // are together.
    let capital_keys = keys.iter().filter(|k| starts_with_capital(k)).count();
    if capital_keys > MANY_KEYS {
        // Many keys (a document that introduces hundreds of people): look
        // each capitalised word's prefixes up, one per key length, so the
        // cost per word does not grow with the number of keys.
        let mut by_text: HashMap<&[u8], usize> = HashMap::with_capacity(capital_keys);
        let mut lengths: Vec<usize> = Vec::new();
        for (k, key) in keys
            .iter()
            .enumerate()
            .filter(|(_, k)| starts_with_capital(k))
        {
            by_text.insert(key.as_bytes(), k);
            lengths.push(key.len());
        }
        lengths.sort_unstable();
        lengths.dedup();
        for &(s, _) in capitals {
            let rest = &text.as_bytes()[s..];
            for &n in lengths.iter().take_while(|&&n| n <= rest.len()) {
                if let Some(&k) = by_text.get(&rest[..n]) {
                    found.push((s, s + n, k));
                }
            }
        }
    } else if capital_keys > 0 {
        // The keys that start with each byte (keys are sorted, so they are
        // together): one read tells most capitalised words there is none.
        let mut with_first = [(0u32, 0u32); 256];
        for (k, key) in keys.iter().enumerate() {
            let slot = &mut with_first[usize::from(key.as_bytes().first().copied().unwrap_or(0))];
            if slot.1 == 0 {
                slot.0 = k as u32;
            }
            slot.1 = k as u32 + 1;
        }
        for &(s, _) in capitals {
            let rest = &text.as_bytes()[s..];
            let (from, to) = with_first[usize::from(rest[0])];
            for (k, key) in keys
                .iter()
                .enumerate()
                .take(to as usize)
                .skip(from as usize)
            {
                if rest.starts_with(key.as_bytes()) {
                    found.push((s, s + key.len(), k));
                }
            }
        }
    }
    let others = || {
        keys.iter()
            .enumerate()
            .filter(|(_, k)| !k.is_empty() && !starts_with_capital(k))
    };
    if others().nth(32).is_some() {
        // Built for one search of one text: the automaton that is quickest
        // to build (a DFA takes longer to build than the search takes).
        let (ids, words): (Vec<usize>, Vec<&str>) = others().map(|(k, w)| (k, *w)).unzip();
        let ac = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::NoncontiguousNFA))
            .build(&words);
        if let Ok(ac) = ac {
            found.extend(
                ac.find_overlapping_iter(text)
                    .map(|m| (m.start(), m.end(), ids[m.pattern().as_usize()])),
            );
        }
    } else {
        for (k, key) in others() {
            for s in memchr::memmem::find_iter(text.as_bytes(), key.as_bytes()) {
                found.push((s, s + key.len(), k));
            }
        }
    }
    found.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut end = 0;
    found.retain(|&(s, e, _)| {
        let keep = s >= end && is_boundary(text, s) && is_boundary(text, e);
        if keep {
            end = e;
        }
        keep
    });
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn definitions_never_used_again_are_told_before_any_work() {
        let t = "Jan Novak spoke. Novak left; the al-Zorg met.";
        let caps = [(0, 3), (4, 9), (17, 22)];
        let def = |word: (usize, usize), at| Definition {
            word,
            at,
            entity: EntityRef::Local(0),
            what: Defined::Surname,
        };
        // "Novak" (defined at 9) is used at 17.
        assert!(may_be_used(t, &caps, &[def((4, 9), 9)]));
        // Defined after its last use: nothing to do.
        assert!(!may_be_used(t, &caps, &[def((4, 9), 23)]));
        // A word with no capital is searched for anywhere.
        assert!(may_be_used(t, &caps, &[def((33, 40), 40)]));
    }

    #[test]
    fn words_found_at_capitals_and_anywhere_else() {
        let t = "EU and anti-EU, NEU, EUR; al-Zorg met al-Zorgi";
        let caps = [(0, 2), (12, 14), (16, 19), (21, 24), (29, 33), (41, 46)];
        let keys = ["EU", "al-Zorg"];
        let found: Vec<&str> = find_words(t, &caps, &keys)
            .iter()
            .map(|&(s, e, _)| &t[s..e])
            .collect();
        assert_eq!(found, ["EU", "EU", "al-Zorg"]);
        assert!(find_words(t, &caps, &[""]).is_empty());
        // The words found with 40 keys `prefix{i}` and `more`, sorted.
        let with_many = |prefix: &str, more: &[&str]| -> Vec<&str> {
            let keys: Vec<String> = (0..40)
                .map(|i| format!("{prefix}{i}"))
                .chain(more.iter().map(|m| m.to_string()))
                .collect();
            let mut keys: Vec<&str> = keys.iter().map(String::as_str).collect();
            keys.sort_unstable();
            find_words(t, &caps, &keys)
                .iter()
                .map(|&(s, e, _)| &t[s..e])
                .collect()
        };
        // Many keys: one automaton, the same whole-word rule.
        assert_eq!(with_many("K", &["EU"]), ["EU", "EU"]);
        // Many capitalised keys: looked up by hash, the same answer.
        assert_eq!(with_many("EU", &["EU", "al-Zorg"]), ["EU", "EU", "al-Zorg"]);
    }
}
