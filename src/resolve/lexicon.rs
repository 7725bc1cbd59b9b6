//! The word lists the resolve passes share, and an index of them (with the
//! head nouns of [`super::heads`]) that the shape and name passes read in
//! one lookup instead of a search per list.
//!
//! Lookups ignore ASCII case; a word longer than [`MAX_LEN`] bytes or with
//! a non-ASCII byte is in no list (every listed word is short ASCII).

use super::cues::{PERSON_NOUNS, PERSON_OPENERS};
use super::heads::{LOCATION_HEADS, NOT_PERSON_HEADS, ORG_HEADS, TREATY_HEADS};

/// Words that start sentences or phrases, never names.
pub(crate) const NOT_NAME: u16 = 1 << 0;
/// Words that make a capitalised phrase an organization or office.
pub(crate) const ORG_WORD: u16 = 1 << 1;
/// Last words that make a capitalised run an organization.
pub(crate) const ORG_HEAD: u16 = 1 << 2;
/// Capitalised words that, twice in a document, make it sports copy, where
/// a country's name is its team.
pub(crate) const SPORTS: &[&str] = &[
    "championship",
    "championships",
    "cricket",
    "cup",
    "cups",
    "fifa",
    "football",
    "nba",
    "nfl",
    "olympic",
    "olympics",
    "premiership",
    "rugby",
    "soccer",
    "uefa",
    "wimbledon",
];

/// Words between two teams ("Alabama versus Florida State", "England v
/// Wales").
pub(crate) const VERSUSES: &[&str] = &["v", "versus", "vs"];

/// Last words that make a capitalised run a place.
pub(crate) const LOCATION_HEAD: u16 = 1 << 3;
/// Last words that make a capitalised run a treaty or law.
pub(crate) const TREATY_HEAD: u16 = 1 << 4;
/// Last words that make a capitalised run something other than a person.
pub(crate) const NOT_PERSON_HEAD: u16 = 1 << 5;
/// Lower-case words allowed inside a run.
pub(crate) const JOINER: u16 = 1 << 6;
/// Name particles.
pub(crate) const PARTICLE: u16 = 1 << 7;
/// Capitalised words of sports copy.
pub(crate) const SPORT: u16 = 1 << 8;
/// Words between two teams.
pub(crate) const VERSUS: u16 = 1 << 9;
/// Titles of nobility and of religious office.
pub(crate) const NOBLE: u16 = 1 << 10;
/// Forms of address.
pub(crate) const HONORIFIC: u16 = 1 << 11;
/// Words never inside a person's name, even capitalised.
pub(crate) const NOT_IN_NAME: u16 = 1 << 12;
/// Lower-case words for a person, before a name ("candidate X").
pub(crate) const PERSON_NOUN: u16 = 1 << 13;
/// Capitalised words that open a run before a person's name ("Democrat").
pub(crate) const PERSON_OPENER: u16 = 1 << 14;

/// Whether a title is a form of address ("Mr", "Dr."), not an office.
pub(crate) fn is_honorific(title: &str) -> bool {
    lists(title.trim_end_matches('.')) & HONORIFIC != 0
}

/// Forms of address, which say nothing of a person's office ("Mr Baron"
/// is not whichever politician is called Baron). Listed without a full
/// stop.
pub(crate) const HONORIFICS: &[&str] = &[
    "dame", "dr", "madam", "miss", "mister", "mr", "mrs", "ms", "sir",
];

/// Titles of nobility and of religious office, named with a place ("the
/// Duchess of Cambridge", "the Bishop of Durham") and never part of a
/// person's name itself ("Kate, Duchess of Cambridge").
pub(crate) const NOBLE_TITLES: &[&str] = &[
    "archbishop",
    "baron",
    "baroness",
    "bishop",
    "countess",
    "duchess",
    "duke",
    "earl",
    "marchioness",
    "marquess",
    "marquis",
    "prince",
    "princess",
    "viscount",
    "viscountess",
];

/// The longest word a list may hold, in bytes.
pub(crate) const MAX_LEN: usize = 16;

const SLOT_BITS: u32 = 10;

/// Every list and its bit.
const LISTS: [(&[&str], u16); 15] = [
    (NOT_NAMES, NOT_NAME),
    (ORG_WORDS, ORG_WORD),
    (ORG_HEADS, ORG_HEAD),
    (LOCATION_HEADS, LOCATION_HEAD),
    (TREATY_HEADS, TREATY_HEAD),
    (NOT_PERSON_HEADS, NOT_PERSON_HEAD),
    (JOINERS, JOINER),
    (PARTICLES, PARTICLE),
    (SPORTS, SPORT),
    (VERSUSES, VERSUS),
    (NOBLE_TITLES, NOBLE),
    (HONORIFICS, HONORIFIC),
    (NOT_IN_NAMES, NOT_IN_NAME),
    (PERSON_NOUNS, PERSON_NOUN),
    (PERSON_OPENERS, PERSON_OPENER),
];

/// An open-addressing table from packed lower-case words (0: empty slot)
/// to list bits, made at compile time.
static TABLE: ([u128; 1 << SLOT_BITS], [u16; 1 << SLOT_BITS]) = {
    let mut keys = [0u128; 1 << SLOT_BITS];
    let mut bits = [0u16; 1 << SLOT_BITS];
    let mut l = 0;
    while l < LISTS.len() {
        let (list, bit) = LISTS[l];
        let mut i = 0;
        while i < list.len() {
            // A word that cannot be packed could never be found: the unit
            // test checks that none is listed.
            if let Some(key) = pack(list[i].as_bytes()) {
                let mut at = slot(key);
                while keys[at] != 0 && keys[at] != key {
                    at = (at + 1) & ((1 << SLOT_BITS) - 1);
                }
                keys[at] = key;
                bits[at] |= bit;
            }
            i += 1;
        }
        l += 1;
    }
    (keys, bits)
};

/// A word of 1 to [`MAX_LEN`] ASCII bytes as a number, lower-cased: setting
/// bit 5 lower-cases letters and maps no other byte onto a letter, and
/// listed words are lower-case letters only (a test checks), so no word is
/// found that is not listed.
#[inline]
const fn pack(w: &[u8]) -> Option<u128> {
    if w.is_empty() || w.len() > MAX_LEN {
        return None;
    }
    let mut key = 0u128;
    let mut i = 0;
    while i < w.len() {
        if w[i] >= 0x80 {
            return None;
        }
        key |= ((w[i] | 0x20) as u128) << (8 * i);
        i += 1;
    }
    Some(key)
}

#[inline]
const fn slot(key: u128) -> usize {
    let h =
        ((key as u64) ^ ((key >> 64) as u64).rotate_left(29)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (h >> (64 - SLOT_BITS)) as usize
}

/// [`pack`] sixteen bytes at a time, for lookups.
#[inline]
fn pack_fast(w: &[u8]) -> Option<u128> {
    if w.is_empty() || w.len() > MAX_LEN {
        return None;
    }
    let mut buf = [0u8; MAX_LEN];
    buf[..w.len()].copy_from_slice(w);
    let x = u128::from_le_bytes(buf);
    if x & (u128::MAX / 0xff * 0x80) != 0 {
        return None; // a byte that is not ASCII
    }
    // Bit 5 in the word's bytes only: the padding stays zero.
    let used = u128::MAX >> (8 * (MAX_LEN - w.len()));
    Some(x | (u128::MAX / 0xff * 0x20) & used)
}

/// The lists `w` is in, in any ASCII case, as bits.
#[inline]
pub(crate) fn lists(w: &str) -> u16 {
    let Some(key) = pack_fast(w.as_bytes()) else {
        return 0;
    };
    let mut i = slot(key);
    loop {
        let k = TABLE.0[i];
        if k == key {
            return TABLE.1[i];
        }
        if k == 0 {
            return 0;
        }
        i = (i + 1) & ((1 << SLOT_BITS) - 1);
    }
}

/// The length of the longest word of `list`.
const fn longest(list: &[&str]) -> usize {
    let mut i = 0;
    let mut n = 0;
    while i < list.len() {
        if list[i].len() > n {
            n = list[i].len();
        }
        i += 1;
    }
    n
}

/// The longest joiner or particle: longer words need no lookup.
pub(crate) const JOINER_LEN: usize = {
    let (j, p) = (longest(JOINERS), longest(PARTICLES));
    if j > p {
        j
    } else {
        p
    }
};

// Joiners and particles are packed whole into a `u64`.
const _: () = assert!(JOINER_LEN <= 8);

/// Up to eight bytes as a number, exactly.
const fn pack_exact(w: &[u8]) -> u64 {
    let mut key = 0u64;
    let mut i = 0;
    while i < w.len() && i < 8 {
        key |= (w[i] as u64) << (8 * i);
        i += 1;
    }
    key
}

/// Every joiner and particle, packed: a word is one when it equals one of
/// these numbers (and is at most [`JOINER_LEN`] bytes long).
static JOINER_KEYS: [u64; JOINERS.len() + PARTICLES.len()] = {
    let mut keys = [0u64; JOINERS.len() + PARTICLES.len()];
    let mut i = 0;
    while i < JOINERS.len() {
        keys[i] = pack_exact(JOINERS[i].as_bytes());
        i += 1;
    }
    let mut j = 0;
    while j < PARTICLES.len() {
        keys[i + j] = pack_exact(PARTICLES[j].as_bytes());
        j += 1;
    }
    keys
};

/// Whether `w` is a joiner or a name particle, in lower case as listed.
#[inline]
pub(crate) fn is_joiner_or_particle(w: &str) -> bool {
    let b = w.as_bytes();
    if b.is_empty() || b.len() > JOINER_LEN {
        return false;
    }
    let key = pack_exact(b);
    JOINER_KEYS.contains(&key)
}

// The lists.

/// Place and state names that are also common given names: next to a
/// capitalised name they are part of a person's name ("Chad Smith").
pub(crate) const NAME_LIKE_PLACES: &[&str] = &[
    "chad",
    "jordan",
    "georgia",
    "israel",
    "india",
    "victoria",
    "sofia",
    "florence",
    "madison",
    "austin",
    "charlotte",
    "lincoln",
    "chelsea",
    "paris",
    "sydney",
    "virginia",
    "carolina",
    "dakota",
    "regina",
    "adelaide",
    "eugene",
    "jackson",
    "houston",
    "aurora",
    "salem",
];

/// Capitalised words that start sentences or phrases, never names.
pub(crate) const NOT_NAMES: &[&str] = &[
    "a",
    "after",
    "also",
    "an",
    "and",
    "april",
    "at",
    "august",
    "before",
    "but",
    "chairman",
    "chancellor",
    "chief",
    "december",
    "deputy",
    "director",
    "dr",
    "election",
    "elections",
    "executive",
    "february",
    "for",
    "friday",
    "general",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "his",
    "however",
    "i",
    "in",
    "is",
    "it",
    "its",
    "january",
    "july",
    "june",
    "labour",
    "leader",
    "lord",
    "march",
    "may",
    "meanwhile",
    "minister",
    "monday",
    "mr",
    "mrs",
    "ms",
    "my",
    "november",
    "october",
    "of",
    "on",
    "or",
    "our",
    "president",
    "prime",
    "said",
    "saturday",
    "says",
    "secretary",
    "september",
    "she",
    "sir",
    "sunday",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "thursday",
    "to",
    "tory",
    "tuesday",
    "was",
    "we",
    "wednesday",
    "when",
    "where",
    "which",
    "while",
    "who",
    "will",
    "workers",
    "would",
    "you",
    "your",
];

/// Words that make a capitalised phrase an organization or office, not a
/// person ("General Assembly", "President's Office").
pub(crate) const ORG_WORDS: &[&str] = &[
    "administration",
    "affairs",
    "agency",
    "airport",
    "army",
    "assembly",
    "association",
    "authority",
    "bank",
    "brigade",
    "cabinet",
    "club",
    "command",
    "commission",
    "committee",
    "company",
    "congress",
    "corporation",
    "corps",
    "council",
    "court",
    "daily",
    "defence",
    "defense",
    "department",
    "division",
    "electric",
    "federation",
    "forces",
    "foreign",
    "foundation",
    "fund",
    "government",
    "group",
    "guard",
    "hospital",
    "house",
    "institute",
    "kingdom",
    "league",
    "minister",
    "ministry",
    "motors",
    "navy",
    "news",
    "office",
    "organisation",
    "organization",
    "parliament",
    "party",
    "police",
    "post",
    "press",
    "radio",
    "republic",
    "school",
    "secretary",
    "security",
    "senate",
    "service",
    "staff",
    "state",
    "states",
    "street",
    "television",
    "times",
    "union",
    "university",
];

/// Name particles allowed inside a name when a capitalised word follows.
pub(crate) const PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "bint", "abu", "de", "da", "das", "do", "dos", "del", "della", "di",
    "du", "la", "le", "van", "von", "der", "den", "ter", "ten", "y", "ould",
];

/// Lower-case words allowed inside a run ("Union of South American Nations");
/// "the" only after an organization head and "of" or "for" ("Party of the
/// Regions", "Foundation for the Care of Victims"; not "Ray Marshall of the
/// Hendrix Foundation"). "and" never: "Canada and the United States
/// Congress" is no one name.
pub(crate) const JOINERS: &[&str] = &["of", "for", "on", "de", "du", "des", "la", "le", "in"];

/// Words never inside a person's name, even capitalised: the function
/// words of titles of works and slogans ("Oscar The Aviator", "Are You
/// Lonesome Tonight").
pub(crate) const NOT_IN_NAMES: &[&str] = &[
    "a", "all", "an", "and", "are", "at", "be", "by", "can", "could", "did", "do", "does", "for",
    "from", "had", "has", "have", "how", "i", "in", "is", "it", "me", "my", "no", "not", "of",
    "on", "or", "our", "should", "that", "the", "these", "this", "those", "to", "us", "was", "we",
    "were", "what", "when", "where", "who", "why", "will", "with", "would", "you", "your",
];

/// Lower-case words allowed inside a full name ("Union of South American
/// Nations").
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "of", "the", "for", "and", "on", "in", "de", "du", "des", "la", "le", "to",
];

/// Month names and their wire abbreviations, as they open a date.
pub(crate) const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_word_is_found() {
        for (list, bit) in LISTS {
            for w in list {
                // Only lower-case letters: no other byte packs onto them.
                assert!(
                    w.len() <= MAX_LEN && w.bytes().all(|b| b.is_ascii_lowercase()),
                    "{w:?} cannot be listed"
                );
                assert!(lists(w) & bit != 0, "{w:?}");
                assert!(lists(&w.to_ascii_uppercase()) & bit != 0, "{w:?}");
                if bit & (JOINER | PARTICLE) != 0 {
                    assert!(is_joiner_or_particle(w), "{w:?}");
                }
            }
        }
    }

    #[test]
    fn both_packings_agree() {
        for w in [
            "",
            "a",
            "Of",
            "PARTY",
            "administrations",
            "administrationsx",
            "Münster",
            "@[`{",
            "x\u{7f}",
        ] {
            assert_eq!(pack_fast(w.as_bytes()), pack(w.as_bytes()), "{w:?}");
        }
        for n in 0..=MAX_LEN + 1 {
            let w = "Q".repeat(n);
            assert_eq!(pack_fast(w.as_bytes()), pack(w.as_bytes()), "{w:?}");
        }
    }

    #[test]
    fn other_words_are_not() {
        assert_eq!(lists("Partyx"), 0);
        assert_eq!(lists("part"), 0);
        assert_eq!(lists(""), 0);
        assert_eq!(lists("Münster"), 0);
        assert_eq!(lists("administrationsx"), 0);
        // Bit 5 maps "@" to "`" and "[" to "{", no letters.
        assert_eq!(lists("[of"), 0);
        assert_eq!(lists("@"), 0);
        assert!(lists("Of") & JOINER != 0 && !is_joiner_or_particle("Of"));
        assert!(!is_joiner_or_particle("the") && !is_joiner_or_particle("party"));
        assert!(
            !is_joiner_or_particle("")
                && !is_joiner_or_particle("o")
                && !is_joiner_or_particle("ofx")
        );
        assert_eq!(lists("Party") & (ORG_HEAD | ORG_WORD), ORG_HEAD | ORG_WORD);
    }
}
