//! Names no gazetteer knows, recognised by their shape: a run of
//! capitalised words ending in an organization, treaty or place head noun
//! ("Working Families Party", "Meech Lake Accord", "Anbar Province"), or
//! starting with a known given name ("Geraldine Ferraro"). They become
//! mentions with no id.

use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::{
    is_joiner_or_particle, lists, LOCATION_HEAD, NOT_NAME, NOT_PERSON_HEAD, ORG_HEAD, ORG_WORD,
    PARTICLE, TREATY_HEAD,
};
use super::names::{strip_possessive, Context};
use super::Resolution;
use crate::fold::starts_with_capital;
use crate::matcher::Matcher;
use crate::mention::{EntityKind, How};

/// Last words that make a capitalised run an organization.
pub(crate) const ORG_HEADS: &[&str] = &[
    "academy",
    "agency",
    "alliance",
    "army",
    "assembly",
    "association",
    "authority",
    "brigade",
    "brigades",
    "bureau",
    "caucus",
    "coalition",
    "college",
    "commission",
    "committee",
    "confederation",
    "congress",
    "corps",
    "council",
    "court",
    "department",
    "federation",
    "foundation",
    "front",
    "guard",
    "institute",
    "league",
    "militia",
    "ministry",
    "movement",
    "network",
    "organisation",
    "organization",
    "parliament",
    "party",
    "society",
    "tribunal",
    "union",
    "university",
];

/// Last words that make a capitalised run a place.
pub(crate) const LOCATION_HEADS: &[&str] = &[
    "bay",
    "canal",
    "coast",
    "county",
    "desert",
    "district",
    "governorate",
    "gulf",
    "island",
    "islands",
    "lake",
    "mountains",
    "oblast",
    "ocean",
    "peninsula",
    "plateau",
    "prefecture",
    "province",
    "region",
    "river",
    "sea",
    "strait",
    "valley",
];

/// Last words that make a capitalised run a treaty or law.
pub(crate) const TREATY_HEADS: &[&str] = &[
    "accord",
    "accords",
    "act",
    "agreement",
    "charter",
    "convention",
    "memorandum",
    "pact",
    "treaty",
];

/// Lower-case words allowed inside a run ("Union of South American Nations");
/// "the" only after an organization head and "of" or "for" ("Party of the
/// Regions", "Foundation for the Care of Victims"; not "Ray Marshall of the
/// Hendrix Foundation"). "and" never: "Canada and the United States
/// Congress" is no one name.
pub(crate) const JOINERS: &[&str] = &["of", "for", "on", "de", "du", "des", "la", "le", "in"];

/// Whether `word` continues a run after `prev` and, before it, `head`.
fn joins(head: &str, prev: &str, word: &str) -> bool {
    is_joiner_or_particle(word)
        || (word == "the" && matches!(prev, "of" | "for") && lists(head) & ORG_HEAD != 0)
}

/// Last words that make a capitalised run something other than a person
/// ("Davis Cup", "Sale Sharks", "William Hill").
pub(crate) const NOT_PERSON_HEADS: &[&str] = &[
    "airlines", "airways", "award", "awards", "bridge", "center", "centre", "city", "county",
    "cup", "festival", "games", "hall", "hill", "hotel", "island", "islands", "lake", "league",
    "lords", "open", "park", "prize", "river", "road", "sharks", "show", "slam", "slams", "square",
    "stadium", "station", "street", "trophy", "united", "utd", "valley",
];

/// One word of the text: byte span.
type Word = (usize, usize);

/// Cited documents: UN resolutions, US executive orders, codes of law and
/// constitutions.
static NUMBERED_DOCUMENTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // UN resolutions, numbered or not.
        r"(?-u:\b)(?:(?:UN|U\.N\.|United Nations)\s+)?(?:Security Council\s+|General Assembly\s+)?",
        r"(?:[Rr]esolutions?|UNSCR)\s+\d{2,4}(?:(?:\s*,\s*|\s+and\s+)\d{2,4})*(?-u:\b)",
        r"|(?-u:\b)(?:UN|U\.N\.|United Nations)?\s*Security Council [Rr]esolutions(?-u:\b)",
        // US executive orders.
        r"|(?-u:\b)Executive Order\s+\d{4,6}(?-u:\b)",
        // Codes of law and a capitalised Constitution.
        r"|(?-u:\b)(?:Criminal|Penal|Civil|Labou?r|Tax|Commercial) Code(?-u:\b)",
        r"|(?-u:\b)Constitution(?-u:\b)(?: of (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)*)?",
    ))
    .expect("the pattern compiles")
});

/// A state's constitution named through the state or its people: "Turkey's
/// constitution", "the Iraqi constitution", "Kenya's new constitution". The
/// first group is the word that must be a state or nationality mention.
static STATE_CONSTITUTIONS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // No leading boundary: the owner must be a mention, which
        // starts on one.
        r"(\p{Lu}\p{L}+)(?:['’]s)? ",
        r"(?:(?:new|interim|draft|federal|current|national|amended|transitional|post-war) )?",
        r"constitution(?-u:\b)",
    ))
    .expect("the pattern compiles")
});

/// Every document name contains one of these words; most texts contain
/// none, and looking for them is far cheaper than running the patterns.
const CUE_WORDS: [&str; 5] = ["esolution", "UNSCR", "Order", "Code", "onstitution"];

/// Searchers for [`CUE_WORDS`], made once: one SIMD pass for all five
/// where the CPU has one, else one substring search per word.
enum Cues {
    Packed(aho_corasick::packed::Searcher),
    Each(Box<[memchr::memmem::Finder<'static>; 5]>),
}

impl Cues {
    /// One substring search per word.
    fn each() -> Cues {
        Cues::Each(Box::new(CUE_WORDS.map(memchr::memmem::Finder::new)))
    }

    fn in_text(&self, text: &str) -> bool {
        match self {
            Cues::Packed(s) => s.find(text).is_some(),
            Cues::Each(f) => f.iter().any(|f| f.find(text.as_bytes()).is_some()),
        }
    }
}

static DOCUMENT_CUES: LazyLock<Cues> = LazyLock::new(|| {
    aho_corasick::packed::Config::new()
        .builder()
        .extend(CUE_WORDS)
        .build()
        .map_or_else(Cues::each, Cues::Packed)
});

/// Adds numbered documents ("Security Council Resolution 2254", "Executive
/// Order 13582") and states' constitutions as treaties with no id; mentions
/// inside them (the Security Council, Turkey) are part of the document's
/// name. Nothing is looked for unless the scan saw a `cue` (see
/// [`crate::matcher::Scan::cue`]).
pub(crate) fn numbered(text: &str, matcher: &Matcher, cue: bool, res: &mut Resolution) {
    let n = matcher.entities.len();
    if !cue || !DOCUMENT_CUES.in_text(text) {
        return;
    }
    let mut found: Vec<(usize, usize)> = NUMBERED_DOCUMENTS
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .collect();
    if text.contains("constitution") {
        res.sort();
        for c in STATE_CONSTITUTIONS.captures_iter(text) {
            let (Some(all), Some(owner)) = (c.get(0), c.get(1)) else {
                continue;
            };
            let k = res.mentions.partition_point(|r| r.start < owner.start());
            let by_state = res.mentions.get(k).is_some_and(|r| {
                r.start == owner.start()
                    && r.end == owner.end()
                    && matches!(
                        res.kind(matcher, r),
                        EntityKind::State | EntityKind::Nationality
                    )
            });
            if by_state {
                found.push((all.start(), all.end()));
            }
        }
        found.sort_unstable();
    }
    if found.is_empty() {
        return;
    }
    res.sort();
    let mut added = Vec::new();
    let mut removed = Vec::new();
    let mut k = 0; // first mention not ending before the current document
    for (s, e) in found {
        while k < res.mentions.len() && res.mentions[k].end <= s {
            k += 1;
        }
        let inside: Vec<usize> = (k..res.mentions.len())
            .take_while(|&j| res.mentions[j].start < e)
            .collect();
        // A mention crossing the edges of the document name wins.
        if inside
            .iter()
            .any(|&j| res.mentions[j].start < s || res.mentions[j].end > e)
        {
            continue;
        }
        removed.extend(inside);
        added.push(res.new_local(n, text, (s, e), EntityKind::Treaty, How::Shape));
    }
    res.replace(removed, added);
}

/// Runs of capitalised words, found as the scan reads the words: capitalised
/// words with single spaces and joiners between them ([`joins`]), of two or
/// more words, ending on a capitalised word. Words are joined across one
/// inner apostrophe or hyphen ("Kilroy-Silk's").
#[derive(Debug, Default)]
pub(crate) struct Runs {
    /// The words of every run, in order.
    words: Vec<Word>,
    /// Where each run ends in `words`.
    ends: Vec<u32>,
    /// The word being read, and whether it starts with a capital.
    word: Option<(Word, bool)>,
    /// The run being read, and the index of its last capitalised word.
    run: Vec<Word>,
    last_cap: usize,
}

impl Runs {
    /// Reads the next word of the text (a run of word characters).
    #[inline]
    pub(crate) fn push(&mut self, text: &str, (start, end): Word, capital: bool) {
        // Most words: lower-case, after a lower-case word, outside any run.
        // Whether or not they join, the word being read can neither start
        // nor continue a run, so it need not be read.
        if !capital && self.run.is_empty() && self.word.is_none_or(|(_, c)| !c) {
            self.word = Some(((start, end), false));
            return;
        }
        let bytes = text.as_bytes();
        if let Some(((_, e), _)) = &mut self.word {
            let joined = match start - *e {
                1 => matches!(bytes[*e], b'\'' | b'-'),
                3 => &bytes[*e..start] == "’".as_bytes(),
                _ => false,
            };
            if joined {
                *e = end;
                return;
            }
        }
        if let Some(word) = self.word.replace(((start, end), capital)) {
            self.read(text, word);
        }
    }

    /// Ends the text.
    pub(crate) fn finish(&mut self, text: &str) {
        if let Some(word) = self.word.take() {
            self.read(text, word);
        }
        self.close();
    }

    /// Empties the runs, keeping their buffers.
    pub(crate) fn clear(&mut self) {
        self.words.clear();
        self.ends.clear();
        self.word = None;
        self.run.clear();
        self.last_cap = 0;
    }

    /// Whether no run was found.
    pub(crate) fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Every run, as its words.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &[Word]> {
        let mut start = 0;
        self.ends.iter().map(move |&end| {
            let run = &self.words[start..end as usize];
            start = end as usize;
            run
        })
    }

    /// Reads one joined word.
    #[inline]
    fn read(&mut self, text: &str, (w, capital): (Word, bool)) {
        if let Some(&(ps, pe)) = self.run.last() {
            // One space, then a capitalised word or a joiner.
            if w.0 == pe + 1 && text.as_bytes()[pe] == b' ' {
                if capital {
                    self.run.push(w);
                    self.last_cap = self.run.len() - 1;
                    return;
                }
                let n = self.run.len();
                let head = n
                    .checked_sub(2)
                    .map_or("", |h| &text[self.run[h].0..self.run[h].1]);
                if joins(head, &text[ps..pe], &text[w.0..w.1]) {
                    self.run.push(w);
                    return;
                }
            }
            self.close();
        }
        if capital {
            self.run.push(w);
            self.last_cap = 0;
        }
    }

    /// Ends the run being read, keeping it up to its last capitalised word
    /// if that leaves two words or more.
    fn close(&mut self) {
        if self.last_cap >= 1 {
            self.words.extend_from_slice(&self.run[..=self.last_cap]);
            self.ends.push(self.words.len() as u32);
        }
        self.run.clear();
        self.last_cap = 0;
    }
}

/// Adds shape-recognised names that do not collide with what earlier
/// passes found, and the surnames of new people to [`Resolution::defined`].
pub(crate) fn recognise(
    text: &str,
    runs: &Runs,
    ctx: &Context,
    matcher: &Matcher,
    res: &mut Resolution,
) {
    if runs.is_empty() {
        return;
    }
    let n = matcher.entities.len();
    res.sort();
    let (mut removed, mut added) = res.buffers();
    let mut k = 0; // first mention not ending before the current run
    for ws in runs.iter() {
        let run_end = ws.len() - 1;
        let word = |x: usize| &text[ws[x].0..ws[x].1];
        // Leading words that start sentences are not part of a name, nor
        // is a leading possessive ("Wednesday's Champions League").
        let mut s_idx = 0;
        if let Some(p) = (s_idx..run_end)
            .rev()
            .find(|&x| strip_possessive(word(x)).1)
        {
            s_idx = p + 1;
        }
        while s_idx < run_end && lists(word(s_idx)) & NOT_NAME != 0 {
            s_idx += 1;
        }
        if s_idx >= run_end {
            continue; // fewer than two words
        }
        // The name from the first word to word `end`, possessive left out.
        let last_word = |end: usize| strip_possessive(word(end)).0;
        let span = |end: usize| (ws[s_idx].0, ws[end].0 + last_word(end).len());
        // "National Party of Australia", "National Organization for Women":
        // an organization head followed by "of" or "for" inside the run.
        let inner_head = (s_idx..run_end)
            .any(|x| lists(word(x)) & ORG_HEAD != 0 && matches!(word(x + 1), "of" | "for"));
        let last_lists = lists(last_word(run_end));
        let (kind, end) = if last_lists & ORG_HEAD != 0 || inner_head {
            (EntityKind::Organization, run_end)
        } else if last_lists & TREATY_HEAD != 0 {
            (EntityKind::Treaty, run_end)
        } else if last_lists & LOCATION_HEAD != 0 {
            (EntityKind::Location, run_end)
        } else {
            // A person: the capitalised words from the first, with name
            // particles between them ("Ludwig van Beethoven"), up to any
            // other joiner ("Andy Roddick in Friday's final").
            let mut end = s_idx;
            while end < run_end && {
                let w = word(end + 1);
                starts_with_capital(w) || lists(w) & PARTICLE != 0
            } {
                end += 1;
            }
            while end > s_idx && !starts_with_capital(word(end)) {
                end -= 1;
            }
            let (s, e) = span(end);
            // Any mention inside blocks a person (see below): look for one
            // before looking the given name up.
            while k < res.mentions.len() && res.mentions[k].end <= s {
                k += 1;
            }
            let covered = res.mentions.get(k).is_some_and(|r| r.start < e);
            if end > s_idx
                && end - s_idx <= 3
                && !covered
                && ctx.is_given_name(word(s_idx))
                && lists(last_word(end)) & (ORG_WORD | NOT_PERSON_HEAD) == 0
                && text[s..e].chars().any(char::is_lowercase)
            {
                (EntityKind::Person, end)
            } else {
                continue;
            }
        };
        let (s, e) = span(end);
        // Mentions inside the run: only descriptive ones (a state, a
        // nationality, a place) may be replaced; anything else wins.
        while k < res.mentions.len() && res.mentions[k].end <= s {
            k += 1;
        }
        // The mentions inside go to `removed` unless the run is blocked.
        let inside = removed.len();
        let mut blocked = false;
        let mut m = k;
        while m < res.mentions.len() && res.mentions[m].start < e {
            let r = &res.mentions[m];
            let descriptive = matches!(
                res.kind(matcher, r),
                EntityKind::State | EntityKind::Nationality | EntityKind::Location
            );
            // A known name that ends the run (its head) wins: "Soviet Union";
            // after an inner head it is the qualifier: "Party of Australia".
            if r.start < s
                || (r.end >= e && !inner_head)
                || !descriptive
                || kind == EntityKind::Person
            {
                blocked = true;
                break;
            }
            removed.push(m);
            m += 1;
        }
        if blocked {
            removed.truncate(inside);
            continue;
        }
        let r = res.new_local(n, text, (s, e), kind, How::Shape);
        if kind == EntityKind::Person {
            let surname = (ws[end].0, ws[end].0 + last_word(end).len());
            res.defined.push((surname, e, r.entity, How::Title));
        }
        added.push(r);
    }
    res.replace(removed, added);
}

impl Context {
    /// Whether `w` is a known given name (and not a place that is one).
    pub(crate) fn is_given_name(&self, w: &str) -> bool {
        // Three characters at least: bytes tell for ASCII.
        let long = if w.is_ascii() {
            w.len() >= 3
        } else {
            w.chars().count() >= 3
        };
        long && self.given_names.contains_word(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_searchers_agree() {
        let each = Cues::each();
        let texts = [
            "",
            "Code",
            "the Penal Code",
            "Resolution 242 was adopted",
            "a resolutio",
            "under UNSCR 1325.",
            "in order to",
            "Executive Order 13582",
            "the constitution",
            "Constitutio",
            "President Putin said on Tuesday that talks would go on in Moscow and Kyiv",
        ];
        for t in texts {
            let want = CUE_WORDS.iter().any(|c| t.contains(c));
            assert_eq!(each.in_text(t), want, "{t:?}");
            assert_eq!(DOCUMENT_CUES.in_text(t), want, "{t:?}");
        }
    }

    #[test]
    fn the_scan_sees_a_cue_wherever_a_document_can_be_named() {
        // The built-in gazetteer, where "UNSCR" is also an alias, and none.
        let ex = crate::Extractor::builtin();
        let empty = Matcher::from_entries(&[], crate::matcher::kind_mask(|_| true)).unwrap();
        for m in [ex.matcher(), &empty] {
            sees_cues(m);
        }
    }

    fn sees_cues(m: &Matcher) {
        let names = [
            "Resolution 1559",
            "resolutions 242 and 338",
            "UN Security Council resolutions",
            "UNSCR 1325",
            "Executive Order 13582",
            "the Penal Code",
            "Constitution of the Republic",
            "the Constitution",
            "Turkey's new constitution",
            "the Iraqi constitution",
        ];
        // Neighbours that keep or break an ASCII word boundary, some of
        // them non-ASCII.
        let around = [
            ("", ""),
            ("said ", "."),
            ("\u{201c}", "\u{201d}"),
            ("\u{e9}", ""),
            ("", "\u{e9}"),
            ("(", ")"),
            ("x", ""),
            ("", "_"),
            ("\u{a0}", "\u{a0}"),
            ("\u{4e2d}", ""),
        ];
        let mut seen = 0;
        for name in names {
            for (before, after) in around {
                for t in [
                    format!("{before}{name}{after}"),
                    format!("{before}{}{after}", name.replace(' ', "\u{a0}")),
                ] {
                    let found = NUMBERED_DOCUMENTS.is_match(&t) || STATE_CONSTITUTIONS.is_match(&t);
                    seen += usize::from(found);
                    assert!(!found || m.scan_text(&t).cue, "{t:?}");
                }
            }
        }
        assert!(seen > 100, "{seen}");
        // No cue in plain text, or in other spellings of the words.
        for t in [
            "President Putin said on Tuesday that talks would go on in Moscow.",
            "in order to keep the code secret",
            "ORDER, ORDER",
            "Resolute, orderly codes of the Orders",
        ] {
            assert!(!m.scan_text(t).cue, "{t:?}");
        }
    }
}
