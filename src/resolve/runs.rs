//! Runs of capitalised words, read from the capitalised words the scan
//! noted: the raw material of the shape pass ([`super::shapes`]).

use super::lexicon::{is_joiner_or_particle, lists, JOINER_LEN, ORG_HEAD};
use crate::fold::is_word_or_joiner;
use crate::scan::{starts_word, word_at};

/// One word of the text: byte span.
pub(crate) type Word = (usize, usize);

/// Whether `word` continues a run after `prev` and, before it, `head`.
fn joins(head: &str, prev: &str, word: &str) -> bool {
    is_joiner_or_particle(word)
        || (word == "the" && matches!(prev, "of" | "for") && lists(head) & ORG_HEAD != 0)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::starts_with_capital;
    use crate::scan::Matcher;

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
        let t = "Kilroy-Silk\u{2019}s Party of the Regions met; \u{d6}laf Zorg, said Mr X of Y and Tower of the Z";
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
}
