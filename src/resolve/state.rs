//! What the passes share: the mentions chosen so far, the entities the
//! document introduces, the words it defines, and buffers kept from one
//! document to the next.

use foldhash::HashMap;

use super::runs::Runs;
use crate::entity::EntityRef;
use crate::kind::EntityKind;
use crate::mention::How;
use crate::scan::{FormRole, Matcher};

/// A chosen span, before it is turned into a public mention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Resolved {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) entity: EntityRef,
    pub(crate) role: FormRole,
    /// Other entities of the gazetteer the span could stand for.
    pub(crate) others: Vec<u32>,
    pub(crate) how: How,
    /// False when the entity's QID is withheld ([`super::abstain`]).
    pub(crate) linked: bool,
}

/// An entity found in the document but not in any gazetteer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Local {
    /// The name as written, shared by the entity's mentions.
    pub(crate) name: std::sync::Arc<str>,
    pub(crate) kind: EntityKind,
}

/// The mentions of one document and its local entities.
#[derive(Debug, Default)]
pub(crate) struct Resolution {
    pub(crate) mentions: Vec<Resolved>,
    pub(crate) locals: Vec<Local>,
    /// Words defined for the rest of the document, in the order the passes
    /// define them: the surnames of people the text introduces and the
    /// acronyms it defines.
    pub(crate) defined: Vec<Definition>,
    /// Buffers the passes reuse from one document to the next: partial
    /// names of the people named so far ([`super::greedy`]), and the
    /// indices of mentions to remove and the mentions to add
    /// ([`Resolution::replace`]).
    pub(crate) named: HashMap<u32, u32>,
    spare: (Vec<usize>, Vec<Resolved>),
    /// The runs of capitalised words ([`super::shapes`]).
    pub(crate) runs: Runs,
    /// The names in the runs that may be people's, in order, noted by
    /// [`super::shapes`] for [`super::people`].
    pub(crate) cue_names: Vec<CueName>,
    /// The lists each word of the run being read is in, and whether it
    /// ends in a possessive ([`super::shapes`]).
    pub(crate) run_lists: Vec<(u16, bool)>,
}

/// A name that may be a person's: (start, end, surname, whether the words
/// around it show a person).
pub(crate) type CueName = (usize, usize, (usize, usize), bool);

/// A word defined for the rest of a document (see [`Resolution::defined`]).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Definition {
    /// The word, as a byte span of the text.
    pub(crate) word: (usize, usize),
    /// Where it is defined: uses before this offset do not link.
    pub(crate) at: usize,
    pub(crate) entity: EntityRef,
    pub(crate) what: Defined,
}

/// What a [`Definition`] defines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Defined {
    /// The surname of a person the text introduced ("Jan Novak" after a
    /// title, or by shape): its later uses are [`How::Partial`].
    Surname,
    /// An acronym the text defined ("Chinese Communist Party (CCP)"): its
    /// later uses are [`How::Acronym`].
    Acronym,
}

/// A position in the sorted mentions that only moves forward, for passes
/// that walk the text in order.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Cursor(usize);

impl Cursor {
    /// The index of the first of `mentions` (sorted) that ends after `pos`,
    /// moving on from the last position asked for.
    pub(crate) fn first_ending_after(&mut self, mentions: &[Resolved], pos: usize) -> usize {
        while self.0 < mentions.len() && mentions[self.0].end <= pos {
            self.0 += 1;
        }
        self.0
    }
}

impl Resolution {
    /// Defines the word at `word` (a byte span) as the surname of the
    /// person `entity` for the text after byte `at` ([`Defined::Surname`]).
    pub(crate) fn define_surname(&mut self, word: (usize, usize), at: usize, entity: EntityRef) {
        self.defined.push(Definition {
            word,
            at,
            entity,
            what: Defined::Surname,
        });
    }

    /// A new document-local entity named `text[start..end]`, and the
    /// mention of it spanning those bytes.
    pub(crate) fn new_local(
        &mut self,
        text: &str,
        (start, end): (usize, usize),
        kind: EntityKind,
        how: How,
    ) -> Resolved {
        self.locals.push(Local {
            name: std::sync::Arc::from(&text[start..end]),
            kind,
        });
        let entity = EntityRef::Local(self.locals.len() as u32 - 1);
        Resolved {
            start,
            end,
            entity,
            role: FormRole::Name,
            others: Vec::new(),
            how,
            linked: true,
        }
    }

    pub(crate) fn sort(&mut self) {
        self.mentions.sort_unstable_by_key(|r| (r.start, r.end));
    }

    /// Gives back the buffers of the passes, keeping the mentions and the
    /// local entities (for a huge text, before its mentions are built).
    pub(crate) fn release_passes(&mut self) {
        self.defined = Vec::new();
        self.named = HashMap::default();
        self.spare = Default::default();
        self.runs = Runs::default();
        self.cue_names = Vec::new();
        self.run_lists = Vec::new();
    }

    /// Empty buffers for [`Resolution::replace`]: indices of mentions to
    /// remove, and mentions to add.
    pub(crate) fn buffers(&mut self) -> (Vec<usize>, Vec<Resolved>) {
        std::mem::take(&mut self.spare)
    }

    /// Removes the mentions at the indices `removed` (into the sorted list)
    /// and adds `added`, keeping the list sorted. The buffers are kept for
    /// [`Resolution::buffers`].
    pub(crate) fn replace(&mut self, mut removed: Vec<usize>, mut added: Vec<Resolved>) {
        if !(removed.is_empty() && added.is_empty()) {
            removed.sort_unstable();
            removed.dedup();
            let mut idx = 0;
            self.mentions.retain(|_| {
                let keep = removed.binary_search(&idx).is_err();
                idx += 1;
                keep
            });
            self.mentions.append(&mut added);
            self.sort();
        }
        removed.clear();
        self.spare = (removed, added);
    }

    /// The kind of a mention's entity, gazetteer or local.
    pub(crate) fn kind(&self, matcher: &Matcher, r: &Resolved) -> EntityKind {
        match r.entity {
            EntityRef::Known(_) if r.role == FormRole::Demonym => EntityKind::Nationality,
            EntityRef::Known(e) => matcher.info[e as usize].kind,
            EntityRef::Local(i) => self.locals[i as usize].kind,
        }
    }
}
