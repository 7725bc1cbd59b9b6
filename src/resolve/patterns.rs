//! Names no gazetteer knows, recognised by their shape: a run of
//! capitalised words ending in an organization, treaty or place head noun
//! ("Working Families Party", "Meech Lake Accord", "Anbar Province"), or
//! starting with a known given name ("Geraldine Ferraro"). They become
//! mentions with no id.

use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::{
    is_joiner_or_particle, lists, JOINER_LEN, LOCATION_HEAD, NOT_NAME, NOT_PERSON_HEAD, ORG_HEAD,
    ORG_WORD, PARTICLE, TREATY_HEAD,
};
use super::names::{strip_possessive, Context};
use super::{Definition, Resolution};
use crate::fold::{is_word_or_joiner, starts_with_capital};
use crate::kind::EntityKind;
use crate::mention::How;
use crate::scan::{starts_word, word_at, FormRole, Matcher};

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
/// [`crate::scan::Scan::cue`]).
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

/// Runs of capitalised words: capitalised words with single spaces and
/// joiners between them ([`joins`]), of two or more words, ending on a
/// capitalised word. Words are joined across one inner apostrophe or hyphen
/// ("Kilroy-Silk's"), and such a joined word is capitalised when its first
/// part is.
///
/// The runs are read from the capitalised words the scan noted, not from
/// every word: what lies between two capitalised words either is one space,
/// or spaces and joiners, or breaks the run.
#[derive(Debug, Default)]
pub(crate) struct Runs {
    /// The words of every run, in order.
    words: Vec<Word>,
    /// Where each run ends in `words`.
    ends: Vec<u32>,
}

impl Runs {
    /// Finds the runs of `text` from its capitalised words (the scan's
    /// words that start with a capital, as byte spans, in order).
    pub(crate) fn read(&mut self, text: &str, capitals: &[Word]) {
        self.words.clear();
        self.ends.clear();
        if capitals.len() < 2 {
            return;
        }
        let bytes = text.as_bytes();
        // Where the run being read starts in `words`.
        let mut run = 0;
        for &(start, end) in capitals {
            // The second part of a joined word belongs to the first: the
            // byte before it is a hyphen, an apostrophe or the last byte
            // of a closing quote.
            if start > 0
                && matches!(bytes[start - 1], b'\'' | b'-' | 0x99)
                && joined_at(text, start)
            {
                continue;
            }
            let end = match bytes.get(end) {
                Some(b'\'' | b'-' | 0xe2) => joined_end(text, end),
                _ => end,
            };
            if let Some(&(_, pe)) = self.words.last().filter(|_| self.words.len() > run) {
                if pe < start
                    && bytes[pe] == b' '
                    && (start == pe + 1 || self.joiners(text, (pe + 1, start)))
                {
                    self.words.push((start, end));
                    continue;
                }
                self.close(run);
            }
            run = self.words.len();
            self.words.push((start, end));
        }
        self.close(run);
    }

    /// Whether `text[at..start]` is joiners ([`joins`]) each followed by
    /// one space, after the last word read; if so, they are added to the
    /// run.
    fn joiners(&mut self, text: &str, (mut at, start): (usize, usize)) -> bool {
        let bytes = text.as_bytes();
        if bytes[start - 1] != b' ' {
            return false;
        }
        let n = self.words.len();
        let (ps, pe) = self.words[n - 1];
        // The word before the last is only read after "of" or "for", which
        // the last word, a capitalised one, is not.
        let (mut head, mut prev) = ("", &text[ps..pe]);
        while at < start {
            // Joiners are short lower-case words.
            let e = match bytes[at..start]
                .iter()
                .take(JOINER_LEN + 1)
                .position(|&b| b == b' ')
            {
                Some(0) | None => break,
                Some(len) => at + len,
            };
            let w = &text[at..e];
            if !joins(head, prev, w) {
                break;
            }
            self.words.push((at, e));
            (head, prev) = (prev, w);
            at = e + 1;
        }
        if at < start {
            self.words.truncate(n);
            return false;
        }
        true
    }

    /// Ends the run that starts at `run` in `words`: it is kept if it has
    /// two words or more.
    fn close(&mut self, run: usize) {
        match self.words.len() - run {
            0 => {}
            1 => self.words.truncate(run),
            _ => self.ends.push(self.words.len() as u32),
        }
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
}

/// The width of the apostrophe or hyphen at `i` that joins two words, if
/// one is there.
fn joiner_width(text: &str, i: usize) -> Option<usize> {
    let bytes = text.as_bytes().get(i..)?;
    match bytes.first()? {
        b'\'' | b'-' => Some(1),
        _ if bytes.starts_with("\u{2019}".as_bytes()) => Some(3),
        _ => None,
    }
}

/// Whether the word starting at `start` is the second part of a joined
/// word: right after an apostrophe or hyphen that ends a word.
fn joined_at(text: &str, start: usize) -> bool {
    [1, 3].into_iter().any(|w| {
        start > w
            && text.is_char_boundary(start - w)
            && joiner_width(text, start - w) == Some(w)
            && text[..start - w]
                .chars()
                .next_back()
                .is_some_and(is_word_or_joiner)
    })
}

/// The end of the joined word whose first part ends at `end` (out of
/// line: most words join none).
#[inline(never)]
fn joined_end(text: &str, mut end: usize) -> usize {
    while let Some(w) = joiner_width(text, end) {
        if end + w >= text.len() || !starts_word(text, end + w).0 {
            break;
        }
        end = word_at(text, end + w).0;
    }
    end
}

/// Adds shape-recognised names that do not collide with what earlier
/// passes found, and the surnames of new people to [`Resolution::defined`].
pub(crate) fn recognise(
    text: &str,
    capitals: &[Word],
    ctx: &Context,
    matcher: &Matcher,
    res: &mut Resolution,
) {
    let mut runs = std::mem::take(&mut res.runs);
    runs.read(text, capitals);
    if !runs.is_empty() {
        recognise_runs(text, &runs, ctx, matcher, res);
    }
    res.runs = runs;
}

/// [`recognise`] for the runs found.
fn recognise_runs(text: &str, runs: &Runs, ctx: &Context, matcher: &Matcher, res: &mut Resolution) {
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
            .any(|x| matches!(word(x + 1), "of" | "for") && lists(word(x)) & ORG_HEAD != 0);
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
        // nationality, a place, a generic name) may be replaced; anything
        // else wins.
        while k < res.mentions.len() && res.mentions[k].end <= s {
            k += 1;
        }
        // The mentions inside go to `removed` unless the run is blocked.
        let inside = removed.len();
        let mut blocked = false;
        let mut m = k;
        while m < res.mentions.len() && res.mentions[m].start < e {
            let r = &res.mentions[m];
            // A generic name ("Senate") inside a longer run is not yet a
            // name: it stands only where the document names its state.
            let descriptive = (r.role == FormRole::Generic && (r.start, r.end) != (s, e))
                || matches!(
                    res.kind(matcher, r),
                    EntityKind::State | EntityKind::Nationality | EntityKind::Location
                );
            // A known name that ends the run (its head) wins: "Soviet Union";
            // after an inner head it is the qualifier: "Party of Australia".
            if r.start < s
                || (r.end >= e && !inner_head && r.role != FormRole::Generic)
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
            res.defined.push(Definition {
                word: surname,
                at: e,
                entity: r.entity,
                how: How::Title,
            });
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

    /// The runs as a reader of every word finds them: the definition that
    /// [`Runs::read`] computes from the capitalised words alone.
    fn runs_word_by_word(text: &str) -> Vec<Vec<Word>> {
        // The scan's words, and whether each starts with a capital.
        let mut words = Vec::new();
        let mut i = 0;
        while i < text.len() {
            let (word, width) = starts_word(text, i);
            if word {
                let end = word_at(text, i).0;
                words.push(((i, end), starts_with_capital(&text[i..])));
                i = end;
            } else {
                i += width;
            }
        }
        // Joined words ("Kilroy-Silk's"), capitalised as their first part.
        let mut joined: Vec<(Word, bool)> = Vec::new();
        for (w, capital) in words {
            match joined.last_mut() {
                Some(((_, e), _))
                    if (w.0 == *e + 1 && matches!(&text[*e..w.0], "'" | "-"))
                        || &text[*e..w.0] == "\u{2019}" =>
                {
                    *e = w.1
                }
                _ => joined.push((w, capital)),
            }
        }
        let mut runs = Vec::new();
        let mut run: Vec<Word> = Vec::new();
        let mut last_cap = 0;
        let close = |run: &mut Vec<Word>, last_cap: usize, runs: &mut Vec<Vec<Word>>| {
            if last_cap >= 1 {
                runs.push(run[..=last_cap].to_vec());
            }
            run.clear();
        };
        for (w, capital) in joined {
            if let Some(&(ps, pe)) = run.last() {
                if w.0 == pe + 1 && &text[pe..w.0] == " " {
                    if capital {
                        run.push(w);
                        last_cap = run.len() - 1;
                        continue;
                    }
                    let head = run
                        .len()
                        .checked_sub(2)
                        .map_or("", |h| &text[run[h].0..run[h].1]);
                    if joins(head, &text[ps..pe], &text[w.0..w.1]) {
                        run.push(w);
                        continue;
                    }
                }
                close(&mut run, last_cap, &mut runs);
                last_cap = 0;
            }
            if capital {
                run.push(w);
                last_cap = 0;
            }
        }
        close(&mut run, last_cap, &mut runs);
        runs
    }

    #[test]
    fn runs_of_capitalised_words() {
        let m = Matcher::from_entries(&[]).unwrap();
        let t = "Kilroy-Silk\u{2019}s Party of the Regions met; \u{d6}laf Zorg, said Mr X of Y and Bank of the Z";
        let mut runs = Runs::default();
        runs.read(t, &m.scan_text(t).capitals);
        let runs: Vec<Vec<&str>> = runs
            .iter()
            .map(|r| r.iter().map(|&(s, e)| &t[s..e]).collect())
            .collect();
        assert_eq!(
            runs,
            [
                vec!["Kilroy-Silk\u{2019}s", "Party", "of", "the", "Regions"],
                vec!["\u{d6}laf", "Zorg"],
                vec!["Mr", "X", "of", "Y"],
            ]
        );
    }

    #[test]
    fn runs_from_capitals_are_runs_of_words() {
        let m = Matcher::from_entries(&[]).unwrap();
        let pieces = [
            "Party",
            "Union",
            "Kilroy",
            "Silk",
            "Zorg",
            "Mr",
            "X",
            "\u{d6}laf",
            "\u{c9}ric",
            "of",
            "for",
            "the",
            "van",
            "de",
            "al",
            "and",
            "said",
            "s",
            "qaeda",
            "2004",
            "G8",
            "\u{4e2d}\u{56fd}",
            "caf\u{e9}",
            "\u{ad}",
            "\u{200d}Putin",
            "_x",
        ];
        let seps = [
            " ", " ", " ", "  ", "-", "'", "\u{2019}", ", ", ". ", "\n", "\u{a0}", "", " (", ") ",
            "--", "-'",
        ];
        let mut next = crate::testing::picker();
        let mut found = 0;
        for _ in 0..20_000 {
            let mut t = String::new();
            for _ in 0..next(12) {
                t.push_str(pieces[next(pieces.len())]);
                t.push_str(seps[next(seps.len())]);
            }
            let want = runs_word_by_word(&t);
            let mut runs = Runs::default();
            runs.read(&t, &m.scan_text(&t).capitals);
            let got: Vec<Vec<Word>> = runs.iter().map(<[Word]>::to_vec).collect();
            assert_eq!(got, want, "{t:?}");
            found += got.len();
        }
        assert!(found > 2_000, "{found}");
    }

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
        let empty = Matcher::from_entries(&[]).unwrap();
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
