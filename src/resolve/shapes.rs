//! Names no gazetteer knows, recognised by their shape: a run of
//! capitalised words ending in an organization, treaty or place head noun
//! ("Working Families Party", "Meech Lake Accord", "Anbar Province"; also
//! before a joiner the run goes on with: "Foo Institute in Washington"),
//! joined by "for" after "the" ("the Campaign for Tobacco-Free Kids"), or
//! starting with a known given name ("Geraldine Ferraro"; also closing a
//! longer run: "Liberal Party of Canada Frank Oliver"). They become
//! mentions with no id (`how` "shape", or "given" for a person).

use super::given::GivenNames;
use super::lexicon::{
    lists, JOINER, LOCATION_HEAD, NOBLE, NOT_IN_NAME, NOT_NAME, NOT_PERSON_HEAD, ORG_HEAD,
    ORG_WORD, PARTICLE, TREATY_HEAD,
};
use super::people;
use super::runs::{Runs, Word};
use super::state::{Cursor, Resolution, Resolved};
use crate::fold::starts_with_capital;
use crate::kind::EntityKind;
use crate::mention::How;
use crate::scan::words::strip_possessive;
use crate::scan::{FormRole, Matcher};

/// Adds shape-recognised names that do not collide with what earlier
/// passes found, and the surnames of new people to [`Resolution::defined`].
///
/// In the same walk over the runs, the names the words around them may
/// show to be people's are noted for [`super::people`], in
/// [`Resolution::cue_names`].
pub(crate) fn recognise(
    text: &str,
    (capitals, titles): (&[Word], &[Word]),
    ctx: &GivenNames,
    matcher: &Matcher,
    res: &mut Resolution,
) {
    res.cue_names.clear();
    let mut runs = std::mem::take(&mut res.runs);
    runs.read(text, capitals);
    if !runs.is_empty() {
        recognise_runs(text, (&runs, titles), ctx, matcher, res);
    }
    res.runs = runs;
}

/// [`recognise`] for the runs found.
fn recognise_runs(
    text: &str,
    (runs, titles): (&Runs, &[Word]),
    ctx: &GivenNames,
    matcher: &Matcher,
    res: &mut Resolution,
) {
    res.sort();
    let (mut removed, mut added) = res.buffers();
    let mut cue_names = std::mem::take(&mut res.cue_names);
    let (mut cursor, mut people_cursor) = (Cursor::default(), Cursor::default());
    let mut bits = std::mem::take(&mut res.run_lists);
    for ws in runs.iter() {
        let run_end = ws.len() - 1;
        if run_end == 0 {
            continue; // one word
        }
        // A run one mention spans whole ("Tony Blair") has nothing to add.
        let k = cursor.first_ending_after(&res.mentions, ws[0].0);
        if res
            .mentions
            .get(k)
            .is_some_and(|r| r.start <= ws[0].0 && r.end >= ws[run_end].1)
        {
            continue;
        }
        let taken_from = added.len();
        read_run(
            Run::new(text, ws, &mut bits),
            ctx,
            matcher,
            res,
            &mut cursor,
            (&mut removed, &mut added),
        );
        let taken = &added[taken_from..];
        let context = (titles, ctx, &mut people_cursor);
        if let Some(name) = people::cue_name(text, ws, context, res, taken) {
            cue_names.push(name);
        }
    }
    res.replace(removed, added);
    res.cue_names = cue_names;
    res.run_lists = bits;
}

/// Reads one run of capitalised words, adding the name it holds, if any,
/// to `added` (and the mentions it replaces to `removed`).
fn read_run(
    run: Run<'_>,
    ctx: &GivenNames,
    matcher: &Matcher,
    res: &mut Resolution,
    cursor: &mut Cursor,
    (removed, added): (&mut Vec<usize>, &mut Vec<Resolved>),
) {
    let (text, ws) = (run.text, run.ws);
    let run_end = ws.len() - 1;
    let word = |x: usize| run.word(x);
    // Leading words that start sentences are not part of a name, nor
    // is a leading possessive ("Wednesday's Champions League").
    let mut s_idx = 0;
    if let Some(p) = (s_idx..run_end)
        .rev()
        .find(|&x| strip_possessive(word(x)).1)
    {
        s_idx = p + 1;
    }
    while s_idx < run_end && run.lists(s_idx) & NOT_NAME != 0 {
        s_idx += 1;
    }
    if s_idx >= run_end {
        return; // fewer than two words
    }
    // "National Party of Australia", "National Organization for Women":
    // an organization head followed by "of" or "for" inside the run.
    let inner_head = (s_idx..run_end)
        .any(|x| matches!(word(x + 1), "of" | "for") && run.lists(x) & ORG_HEAD != 0);
    let last_lists = run.last_lists(run_end);
    // "the Campaign for Tobacco-Free Kids", "Centre for Policy
    // Studies": capitalised words joined by "for" after "the", or with
    // a word of bodies before "for", name a body ("Reid for Murphy" is
    // a substitution).
    let for_at = (s_idx..run_end.saturating_sub(1)).find(|&x| word(x + 1) == "for");
    let for_body = for_at.is_some_and(|f| {
        let before = &text.as_bytes()[..ws[s_idx].0];
        let the = before.len() >= 4 && before[before.len() - 4..].eq_ignore_ascii_case(b"the ");
        // A head before "for" ends the name ("London Stock Exchange"),
        // and "the MP for Grantham" names a seat.
        run.lists(f) & (ORG_HEAD | NOT_PERSON_HEAD) == 0
            && (the || (s_idx..=f).any(|x| run.lists(x) & ORG_WORD != 0))
    }) && !ctx.is_given_name(word(s_idx));
    let reading = if last_lists & ORG_HEAD != 0 || inner_head || for_body {
        Some((EntityKind::Organization, run_end))
    } else if last_lists & TREATY_HEAD != 0 {
        Some((EntityKind::Treaty, run_end))
    } else if last_lists & LOCATION_HEAD != 0 {
        Some((EntityKind::Location, run_end))
    } else {
        person_end(&run, s_idx, ctx, matcher, res, cursor).map(|end| (EntityKind::Person, end))
    };
    if let Some((kind, end)) = reading {
        let inner_head = inner_head && kind != EntityKind::Person;
        let name = (kind, s_idx, end, inner_head);
        let buffers = (&mut *removed, &mut *added);
        if take_name(&run, name, matcher, res, cursor, buffers) {
            return;
        }
    }
    // A name ending in a head before a joiner the run goes on with:
    // "Foo Enterprise Institute" in "Foo Enterprise Institute in
    // Washington".
    let head_kind = |x: usize| {
        let l = run.last_lists(x);
        if l & ORG_HEAD != 0 {
            Some(EntityKind::Organization)
        } else if l & TREATY_HEAD != 0 {
            Some(EntityKind::Treaty)
        } else if l & LOCATION_HEAD != 0 {
            Some(EntityKind::Location)
        } else {
            None
        }
    };
    let prefix = (s_idx + 1..run_end).rev().find_map(|x| {
        let joined = run.lists(x + 1) & JOINER != 0 && !starts_with_capital(word(x + 1));
        joined.then(|| head_kind(x).map(|k| (k, x))).flatten()
    });
    if let Some((kind, end)) = prefix {
        let inner_head = (s_idx..end)
            .any(|x| matches!(word(x + 1), "of" | "for") && run.lists(x) & ORG_HEAD != 0);
        let name = (kind, s_idx, end, inner_head);
        let buffers = (&mut *removed, &mut *added);
        if take_name(&run, name, matcher, res, cursor, buffers) {
            return;
        }
    }
    // A person's name closing a run no other reading took: "Liberal
    // Party of Canada Frank Oliver", "Incumbent Republican Jim
    // Broyhill", "Fine Gael TD Mary Flaherty".
    // The name has two to four words: its given name is one of the last
    // four but one, and starts with a capital and a small letter.
    let tail = (run_end.saturating_sub(3).max(s_idx + 1)..run_end).find(|&p| {
        let w = word(p).as_bytes();
        w.len() > 2
            && (w[0] >= 0x80 || (w[0].is_ascii_uppercase() && w[1].is_ascii_lowercase()))
            && ctx.is_given_name(word(p))
    });
    if let Some(p) = tail {
        if let Some(end) = person_end(&run, p, ctx, matcher, res, cursor) {
            if end == run_end {
                let name = (EntityKind::Person, p, end, false);
                let buffers = (&mut *removed, &mut *added);
                take_name(&run, name, matcher, res, cursor, buffers);
            }
        }
    }
}

/// The words of a run of capitalised words in the text, with the word
/// lists of each (looked up once: the readings ask about each word
/// several times).
struct Run<'a> {
    text: &'a str,
    ws: &'a [Word],
    /// For each word, the lists it is in with a possessive left out, and
    /// whether it had one.
    bits: &'a [(u16, bool)],
}

impl<'a> Run<'a> {
    /// The run of words `ws`, its word lists read into `bits`.
    fn new(text: &'a str, ws: &'a [Word], bits: &'a mut Vec<(u16, bool)>) -> Run<'a> {
        bits.clear();
        bits.extend(ws.iter().map(|&(s, e)| {
            let (w, possessive) = strip_possessive(&text[s..e]);
            (lists(w), possessive)
        }));
        Run { text, ws, bits }
    }

    /// The lists word `x` is in: none with a possessive ("Party's"), as
    /// [`lists`] finds for a word that is not letters alone.
    fn lists(&self, x: usize) -> u16 {
        match self.bits[x] {
            (_, true) => 0,
            (l, false) => l,
        }
    }

    /// The lists word `x` is in, possessive left out.
    fn last_lists(&self, x: usize) -> u16 {
        self.bits[x].0
    }

    /// Word `x`.
    fn word(&self, x: usize) -> &str {
        &self.text[self.ws[x].0..self.ws[x].1]
    }

    /// Word `x` with a possessive left out.
    fn last_word(&self, x: usize) -> &str {
        strip_possessive(self.word(x)).0
    }

    /// The bytes of the words from `from` to `end`, possessive left out.
    fn span(&self, from: usize, end: usize) -> (usize, usize) {
        (self.ws[from].0, self.ws[end].0 + self.last_word(end).len())
    }
}

/// The last word of a person's name starting at word `from` of the run,
/// if one does: a known given name, then one to three capitalised words,
/// with name particles between them ("Ludwig van Beethoven"), up to any
/// other joiner ("Andy Roddick in Friday's final") or a title of nobility
/// ("Kate, Duchess of Cambridge"; but "Gary Baron"). A mention inside
/// blocks it, unless it is a person's surname the document named before
/// (see [`other_bearer`]) or a one-word place, organization or nationality
/// in the surname's place ("Grover Cleveland", "Michael Bloomberg", "Bill
/// English"). No word after the first is a function word ("Oscar The
/// Aviator").
fn person_end(
    run: &Run<'_>,
    from: usize,
    ctx: &GivenNames,
    matcher: &Matcher,
    res: &Resolution,
    cursor: &mut Cursor,
) -> Option<usize> {
    let run_end = run.ws.len() - 1;
    let word = |x: usize| run.word(x);
    let mut end = from;
    let titled = |x: usize| run.lists(x) & NOBLE != 0 && x < run_end && word(x + 1) == "of";
    while end < run_end && {
        let w = word(end + 1);
        (starts_with_capital(w) || run.lists(end + 1) & PARTICLE != 0) && !titled(end + 1)
    } {
        end += 1;
    }
    while end > from && !starts_with_capital(word(end)) {
        end -= 1;
    }
    if end == from || end - from > 3 {
        return None;
    }
    let (s, e) = run.span(from, end);
    let k = cursor.first_ending_after(&res.mentions, s);
    let blocked = res.mentions[k..]
        .iter()
        .take_while(|r| r.start < e)
        .any(|r| !in_surname_place(run.text, matcher, res, r, (s, e), word(from)));
    // The given name last: its lookup costs the most.
    let fits = !blocked
        && (from..=end).all(|x| run.lists(x) & NOT_IN_NAME == 0)
        && run.last_lists(end) & (ORG_WORD | NOT_PERSON_HEAD) == 0
        && run.text[s..e].chars().any(char::is_lowercase)
        && ctx.is_given_name(word(from));
    fits.then_some(end)
}

/// Whether mention `r` inside the person's name (`s`, `e`) whose first
/// word is `given` gives way to it: another bearer of the surname (see
/// [`other_bearer`]), or a one-word gazetteer name of a place, an
/// organization or a nationality (not a plural) after the given name.
fn in_surname_place(
    text: &str,
    matcher: &Matcher,
    res: &Resolution,
    r: &Resolved,
    (s, e): (usize, usize),
    given: &str,
) -> bool {
    other_bearer(matcher, r, (s, e), given)
        || (r.start > s
            && r.end <= e
            && matches!(r.how, How::Exact | How::Folded)
            && !text[r.start..r.end].contains(' ')
            && match res.kind(matcher, r) {
                EntityKind::Location | EntityKind::Organization => true,
                // "Bill English", not "Roma Czechs".
                EntityKind::Nationality => !text[..r.end].ends_with('s'),
                _ => false,
            })
}

/// Adds the name of `kind` from word `from` to word `end` of the run,
/// unless a mention inside blocks it: only descriptive ones (a state, a
/// nationality, a place, a generic name) may be replaced, and, in a
/// person's name, those [`in_surname_place`]; anything else wins. The
/// mentions replaced go to `removed`, the new one to `added`, with the
/// surname of a new person to [`Resolution::defined`]. Whether the name
/// was added.
fn take_name(
    run: &Run<'_>,
    (kind, from, end, inner_head): (EntityKind, usize, usize, bool),
    matcher: &Matcher,
    res: &mut Resolution,
    cursor: &mut Cursor,
    (removed, added): (&mut Vec<usize>, &mut Vec<Resolved>),
) -> bool {
    let (s, e) = run.span(from, end);
    let k = cursor.first_ending_after(&res.mentions, s);
    let inside = removed.len();
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
        let replaced = if kind == EntityKind::Person {
            in_surname_place(run.text, matcher, res, r, (s, e), run.word(from))
        } else {
            // A known name that ends the run (its head) wins: "Soviet
            // Union"; after an inner head it is the qualifier: "Party of
            // Australia".
            r.start >= s && (r.end < e || inner_head || r.role == FormRole::Generic) && descriptive
        };
        if !replaced {
            removed.truncate(inside);
            return false;
        }
        removed.push(m);
        m += 1;
    }
    let how = if kind == EntityKind::Person {
        How::Given
    } else {
        How::Shape
    };
    let r = res.new_local(run.text, (s, e), kind, how);
    if kind == EntityKind::Person {
        let surname = (run.ws[end].0, run.ws[end].0 + run.last_word(end).len());
        res.define_surname(surname, e, r.entity);
    }
    added.push(r);
    true
}

/// Whether mention `r`, the last word of the run of a person's name (`s`,
/// `e`) whose first word is `given`, is the surname of another person of
/// the document: "Martin Ginsburg" after "Ruth Bader Ginsburg" is a person
/// of his own, not a partial name ("Ruth Ginsburg" is hers).
fn other_bearer(matcher: &Matcher, r: &Resolved, (s, e): (usize, usize), given: &str) -> bool {
    r.how == How::Partial
        && r.start > s
        && r.end == e
        && r.entity.known().is_some_and(|p| {
            let first = matcher.entities.name(p).split(' ').next().unwrap_or("");
            !first.eq_ignore_ascii_case(given)
        })
}
