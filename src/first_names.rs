//! Given names from a gazetteer's own people: the first names that
//! several of them share ("Vladimir", "Abdul"), which the name rules read
//! beside the crate's list of given names.
//!
//! This module is shared with the build script.

use std::collections::HashMap;

use crate::fold::fold_str;

/// First words that are not given names although several people in the
/// gazetteers start with them ("Grand Duke", "Prime Minister").
const NOT_GIVEN: &[&str] = &[
    "grand",
    "man",
    "law",
    "sale",
    "premier",
    "prime",
    "royal",
    "great",
    "general",
    "saint",
    "san",
    "santa",
    "new",
    "north",
    "south",
    "east",
    "west",
    "upper",
    "lower",
    "king",
    "queen",
    "prince",
    "princess",
    "sheikh",
    "emir",
    "sultan",
    "lord",
    "lady",
    "sir",
    "dame",
    "father",
    "mother",
    "brother",
    "sister",
    "imam",
    "mullah",
    "ayatollah",
    "crown",
    "grand",
    "big",
    "come",
];

/// The folded first names of at least two of `names` (people's names), so
/// that one odd entry does not make "Grand" or "Sale" a given name; sorted.
pub(crate) fn shared_first_names<'a>(names: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut counts: HashMap<String, u32> = HashMap::new();
    for first in names.filter_map(first_name) {
        *counts.entry(fold_str(first)).or_default() += 1;
    }
    let mut given: Vec<String> = counts
        .into_iter()
        .filter(|(w, n)| *n >= 2 && !NOT_GIVEN.contains(&w.as_str()))
        .map(|(w, _)| w)
        .collect();
    given.sort_unstable();
    given
}

/// For [`shared_first_names`] of `names` when only the first names of
/// `changed` (people's names added or taken away) can have changed: each
/// folded first name of `changed`, with whether it is now shared. Only the
/// few names that start like one of them are folded.
pub(crate) fn recount_first_names<'a>(
    names: impl Iterator<Item = &'a str>,
    changed: impl Iterator<Item = &'a str>,
) -> HashMap<String, bool> {
    let mut counts: HashMap<String, u32> = changed
        .filter_map(first_name)
        .map(|f| (fold_str(f), 0))
        .collect();
    // The first folded byte of each changed name; a first name of another
    // first byte cannot fold to one of them (an ASCII byte folds to its
    // lower case).
    let mut starts = [false; 128];
    for f in counts.keys() {
        if let Some(&b) = f.as_bytes().first().filter(|b| b.is_ascii()) {
            starts[usize::from(b)] = true;
        }
    }
    for name in names {
        let b = name.as_bytes().first().copied().unwrap_or(0);
        if b.is_ascii() && !starts[usize::from(b.to_ascii_lowercase())] {
            continue;
        }
        if let Some(n) = first_name(name).and_then(|f| counts.get_mut(&fold_str(f))) {
            *n += 1;
        }
    }
    (counts.into_iter())
        .map(|(w, n)| {
            let shared = n >= 2 && !NOT_GIVEN.contains(&w.as_str());
            (w, shared)
        })
        .collect()
}

/// The first word of a person's name, if it can be a given name: longer
/// than two characters and no initial.
fn first_name(name: &str) -> Option<&str> {
    let first = name.split_whitespace().next()?;
    (first.chars().count() > 2 && !first.ends_with('.')).then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_names_are_counted_again() {
        let after = [
            "Jan Novak",
            "Abdul Rahman",
            "Olaf Dahl",
            "Olaf Berg",
            "Ana Lee",
            "Émile Zola",
        ];
        // "Olaf" gains a second person, one "Jan" of two is taken away, "Ana"
        // and "Émile" are new.
        let changed = [
            "Olaf Berg",
            "Jan Kowalski",
            "Ana Lee",
            "Émile Zola",
            "J. Doe",
        ];
        let mut now: Vec<(String, bool)> =
            recount_first_names(after.iter().copied(), changed.iter().copied())
                .into_iter()
                .collect();
        now.sort();
        let expected = [
            ("ana", false),
            ("emile", false),
            ("jan", false),
            ("olaf", true),
        ];
        assert_eq!(now, expected.map(|(w, s)| (w.to_string(), s)));
    }
}
