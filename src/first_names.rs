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
    for name in names {
        if let Some(first) = name.split_whitespace().next() {
            if first.chars().count() > 2 && !first.ends_with('.') {
                *counts.entry(fold_str(first)).or_default() += 1;
            }
        }
    }
    let mut given: Vec<String> = counts
        .into_iter()
        .filter(|(w, n)| *n >= 2 && !NOT_GIVEN.contains(&w.as_str()))
        .map(|(w, _)| w)
        .collect();
    given.sort_unstable();
    given
}
