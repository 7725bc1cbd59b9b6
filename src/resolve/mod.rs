//! From candidates to mentions, with the document as the unit of
//! resolution.
//!
//! The passes, in the order [`resolve`] runs them (a test checks this list
//! against the code), each linear in the number of candidates or in the
//! text. Each pass is a function of its own file; they share the mentions
//! chosen so far and the document's own entities in [`state`].
//!
//! 1. **Greedy** ([`greedy::greedy`]): candidates in text order; the
//!    leftmost-longest span with a usable target wins. A partial name
//!    ("Putin", "Wang") is usable after its person was named in full (the
//!    most recent one wins), or after an office title ("President Xi") when
//!    exactly one person has it; such a person's surname is then theirs. An acronym-like alias in a line of
//!    capitals, or next to an unknown word in capitals ("HELP US"), is a
//!    word. A town (a location of category `town`) stands only where the
//!    words around it show a place ("in Coventry", "Beverly Hills,
//!    Calif.", a list of places), or where the document showed it so
//!    before.
//! 2. **Names** ([`names::drop_name_parts`]): a first-name-like place
//!    ("Chad", "Jordan") next to a capitalised name is dropped.
//! 3. **Titles** ([`titles::introduce_people`]): a capitalised name after
//!    an office title is a person even when the gazetteer does not know it.
//!    After a form of address ("Mr Galloway") the gazetteer's people of
//!    that surname are only candidates: an honorific names no office.
//! 4. **Roles** ([`roles::name_holders`]): on a dated document, an office
//!    named with its state or organization and no name ("the Chinese
//!    foreign minister", "NATO's secretary general") is the person who held
//!    it that day.
//! 5. **Wire** ([`wire::resolve`]): a dateline's cities are places and its
//!    credit an organization; a byline's names are people; the name beside
//!    an organization in a photo credit is a person.
//! 6. **Acronyms** ([`acronyms::define`]): "Full Name (ACR)" and "ACR (Full
//!    Name)" define ACR for the rest of the document when the initials spell
//!    it (or the gazetteer gives it), introducing an unknown organization
//!    when the gazetteer does not know the full name.
//! 7. **Numbered documents** ([`numbered::numbered`]): "Resolution 2231",
//!    "Executive Order 13582", a state's constitution: treaties with no id.
//! 8. **Shapes** ([`shapes::recognise`]): capitalised words ending in an
//!    organization, treaty or place head noun, or starting with a known
//!    given name (also at the end of a longer run: "Liberal Party of
//!    Canada Frank Oliver"): an organization, treaty, place or person with
//!    no id. A known surname after another given name is another person
//!    ("Martin Ginsburg" after "Ruth Bader Ginsburg"); a one-word place or
//!    organization in the surname's place gives way ("Grover Cleveland").
//! 9. **People** ([`people::recognise`]): capitalised words that no
//!    mention touches are a person after a word for a person ("candidate
//!    Sarkis Assadourian"), before "(born", in apposition ("X, a
//!    lobbyist") or listed with a person.
//! 10. **Places** ([`places::recognise`]): capitalised words before a comma
//!     and a known state or region ("in Debden, England") or after "the
//!     town of", "north of" or "near": a place with no id.
//! 11. **Linking** ([`link::link`]): one scan for every later use of a
//!     defined acronym or of the surname of a person the text introduced.
//! 12. **Context** ([`context::choose_by_context`]): an ambiguous span
//!     takes the candidate whose state the rest of the document talks
//!     about; a generic name ("Parliament") stands only where the document
//!     names its state.
//! 13. **Abstain** ([`abstain::withhold_links`]): a place or state that is
//!     likely part of a longer unknown name ("Ohio State", "Duchess of
//!     Cambridge") or a team ("England beat Samoa" in sports copy) keeps
//!     its mention but not its QID.

mod abstain;
mod acronyms;
mod context;
mod cues;
mod given;
mod greedy;
mod heads;
mod lexicon;
mod link;
mod names;
mod numbered;
mod people;
mod places;
mod roles;
mod runs;
mod shapes;
mod state;
mod titles;
mod towns;
mod wire;

use crate::scan::{FormRole, Matcher, Scan};

pub(crate) use given::GivenNames;
pub(crate) use state::{Resolution, Resolved};

use crate::dateline::DocumentDay;

/// Resolves the candidates and titles of a scan into mentions, in `res`
/// (emptied first, its buffers reused). Only with `evidence` (mentions
/// report how they were found) is an exact match told from a folded one;
/// `day` is the document's date.
pub(crate) fn resolve(
    text: &str,
    matcher: &Matcher,
    ctx: &GivenNames,
    scan: &Scan,
    evidence: bool,
    day: &DocumentDay<'_>,
    res: &mut Resolution,
) {
    let (cands, titles) = (&scan.candidates[..], &scan.titles[..]);
    res.mentions.clear();
    res.locals.clear();
    res.defined.clear();
    res.mentions.reserve(cands.len());
    let capitals = &scan.capitals[..];
    greedy::greedy(
        text,
        matcher,
        (titles, capitals),
        cands,
        (evidence, day),
        res,
    );
    names::drop_name_parts(text, ctx, matcher, res);
    titles::introduce_people(text, matcher, titles, cands, res);
    roles::name_holders(text, matcher, titles, cands, day, res);
    wire::resolve(text, matcher, scan.slash, res);
    acronyms::define(text, matcher, scan.paren, res);
    numbered::numbered(text, matcher, scan.cue, res);
    shapes::recognise(text, (&scan.capitals, &scan.titles), ctx, matcher, res);
    people::recognise(text, matcher, res);
    places::recognise(text, &scan.capitals, matcher, res);
    // The last two passes have work only in some documents (words defined,
    // spans with several readings): their code stays off the common path.
    if !res.defined.is_empty() {
        link::link(text, &scan.capitals, res);
    }
    if res
        .mentions
        .iter()
        .any(|r| !r.others.is_empty() || r.role == FormRole::Generic)
    {
        context::choose_by_context(text, matcher, res);
    }
    // Every pass keeps mentions apart; this makes the guarantee local.
    let mut end = 0;
    res.mentions.retain(|r| {
        let keep = r.start >= end && r.start < r.end;
        if keep {
            end = r.end;
        }
        keep
    });
    abstain::withhold_links(text, matcher, &scan.capitals, &scan.titles, res);
}

#[cfg(test)]
mod tests {
    /// The passes the module doc lists, as `file::function`, in order.
    fn documented(source: &str) -> Vec<String> {
        source
            .lines()
            .take_while(|l| l.starts_with("//!"))
            .filter_map(|l| {
                let l = l.trim_start_matches("//!").trim_start();
                let number = l.split_once(". **")?.0;
                number.parse::<u32>().ok()?;
                let from = l.find("([`")? + 3;
                let to = from + l[from..].find("`]")?;
                Some(l[from..to].to_string())
            })
            .collect()
    }

    /// The passes `resolve` calls (`file::function(`), in order.
    fn called(source: &str) -> Vec<String> {
        let body = &source[source.find("pub(crate) fn resolve(").unwrap()..];
        let body = &body[..body.find("\n}\n").unwrap()];
        body.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .filter(|w| {
                w.matches("::").count() == 1
                    && w.starts_with(|c: char| c.is_ascii_lowercase())
                    && body.contains(&format!("{w}("))
            })
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn the_doc_lists_the_passes_in_the_order_they_run() {
        let source = include_str!("mod.rs");
        let listed = documented(source);
        assert_eq!(listed.len(), 13, "{listed:?}");
        assert_eq!(listed, called(source));
    }
}
