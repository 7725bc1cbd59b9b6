//! The run-time entity table: what resolution and output read of each
//! entity of the compiled gazetteer.

use std::sync::Arc;

use std::collections::HashMap;

use crate::compiled::EntityRec;
use crate::kind::EntityKind;
use crate::offices::{CountryCode, Office, Offices, NO_COUNTRY};

/// An entity a mention stands for: one of the compiled gazetteer, by its
/// index in the matcher's table, or one the document introduced (a name no
/// gazetteer knows), by its index among the document's local entities.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum EntityRef {
    Known(u32),
    Local(u32),
}

impl EntityRef {
    /// The gazetteer entity, if it is one.
    pub(crate) fn known(self) -> Option<u32> {
        match self {
            EntityRef::Known(e) => Some(e),
            EntityRef::Local(_) => None,
        }
    }
}

/// The entities as the extractor needs them at run time: the compiled
/// records, read where decoding put them, and the shared strings their
/// mentions carry, made when an entity is first found (most never are, so
/// start-up makes none).
#[derive(Debug, Default)]
pub(crate) struct Entities {
    recs: Vec<EntityRec>,
    shared: Vec<std::sync::OnceLock<Box<Shared>>>,
    /// The terms of the offices of [`Offices`], by office and state, made
    /// when a document first asks who held one.
    holders: std::sync::OnceLock<HolderIndex>,
}

/// Terms of office by office and state ([`NO_COUNTRY`] for an
/// organization's office), sorted by first sure day.
type HolderIndex = HashMap<(Office, CountryCode), Vec<HeldTerm>>;

/// A term of an office as [`Entities::terms_of`] gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct HeldTerm {
    /// The entity who held it.
    pub(crate) holder: u32,
    /// The first and last day on which it surely names its holder.
    pub(crate) sure: (i32, i32),
    /// The first and last day as the data gives them.
    pub(crate) days: (i32, i32),
    /// Whether it held the office for a time (an acting holder).
    pub(crate) acting: bool,
}

/// The kind of an entity, whether it has partial names and a QID, whether
/// it is a town (found only where the text shows a place), and its country
/// as a number (0: none; equal numbers, equal countries).
#[derive(Clone, Copy, Debug)]
pub(crate) struct EntityInfo {
    pub(crate) kind: EntityKind,
    pub(crate) has_shorts: bool,
    pub(crate) has_wikidata: bool,
    pub(crate) town: bool,
    pub(crate) country: u16,
}

/// The category of a location found only where the words around it show a
/// place (see [`crate::resolve`]'s greedy pass).
pub(crate) const TOWN: &str = "town";

impl EntityInfo {
    /// The information of each of `recs`, in order.
    pub(crate) fn of_all(recs: &[EntityRec]) -> Vec<EntityInfo> {
        let mut countries: foldhash::HashMap<&str, u16> = Default::default();
        recs.iter()
            .map(|e| EntityInfo {
                kind: EntityKind::ALL[usize::from(e.kind).min(5)],
                has_shorts: !e.shorts.is_empty(),
                has_wikidata: e.wikidata.is_some(),
                town: e.category.as_deref() == Some(TOWN)
                    && EntityKind::ALL.get(usize::from(e.kind)) == Some(&EntityKind::Location),
                country: e.country.as_deref().map_or(0, |c| {
                    let next = countries.len() as u16 + 1;
                    *countries.entry(c).or_insert(next)
                }),
            })
            .collect()
    }
}

/// Id, name, country, QID and category of an entity, shared by its
/// mentions.
#[derive(Debug, Clone)]
pub(crate) struct Shared {
    pub(crate) id: Arc<str>,
    pub(crate) name: Arc<str>,
    pub(crate) country: Option<Arc<str>>,
    pub(crate) wikidata: Option<Arc<str>>,
    pub(crate) category: Option<Arc<str>>,
}

impl Entities {
    /// The entities as compiled.
    pub(crate) fn new(recs: Vec<EntityRec>) -> Entities {
        let shared = std::iter::repeat_with(std::sync::OnceLock::new)
            .take(recs.len())
            .collect();
        Entities {
            recs,
            shared,
            holders: std::sync::OnceLock::new(),
        }
    }

    /// The terms of office `office` of state `country` ([`NO_COUNTRY`] for
    /// an organization's office), by first sure day; a term
    /// answers only on its sure days (see [`crate::term::Term::sure_days`]).
    pub(crate) fn terms_of(&self, office: Office, country: CountryCode) -> &[HeldTerm] {
        let index = self.holders.get_or_init(|| {
            let offices = Offices::builtin();
            let mut index = HolderIndex::default();
            for (e, r) in self.recs.iter().enumerate() {
                for t in &r.terms {
                    let Some(sure) = t.sure_days() else {
                        continue;
                    };
                    for o in [t.office, t.title_office].into_iter().flatten() {
                        let c = if offices.is_organization(o) {
                            NO_COUNTRY
                        } else {
                            t.country
                        };
                        index.entry((o, c)).or_default().push(HeldTerm {
                            holder: e as u32,
                            sure,
                            days: (t.first, t.last),
                            acting: t.acting,
                        });
                    }
                }
            }
            for list in index.values_mut() {
                list.sort_unstable_by_key(|t| (t.sure.0, t.holder));
                list.dedup();
            }
            index
        });
        index.get(&(office, country)).map_or(&[], Vec::as_slice)
    }

    /// The terms of office `office` of `country` that surely include day
    /// `day`, as [`Entities::terms_of`] gives them. On the day of a
    /// handover, when one term ends and another starts, the one that
    /// starts holds it.
    pub(crate) fn terms_on(&self, office: Office, country: CountryCode, day: i32) -> Vec<HeldTerm> {
        let mut on: Vec<HeldTerm> = self
            .terms_of(office, country)
            .iter()
            .copied()
            .filter(|t| t.sure.0 <= day && day <= t.sure.1)
            .collect();
        if on.iter().any(|t| t.sure.0 == day) {
            on.retain(|t| !(t.sure.1 == day && t.sure.0 != day));
        }
        on
    }

    /// The people who held office `office` of `country` on day `day`, each
    /// once (see [`Entities::terms_on`]); with `acting_only`, only those who
    /// held it for a time ("Acting President").
    pub(crate) fn holders_on(
        &self,
        office: Office,
        country: CountryCode,
        day: i32,
        acting_only: bool,
    ) -> Vec<u32> {
        let mut people: Vec<u32> = self
            .terms_on(office, country, day)
            .into_iter()
            .filter(|t| t.acting || !acting_only)
            .map(|t| t.holder)
            .collect();
        people.sort_unstable();
        people.dedup();
        people
    }

    /// The number of entities.
    pub(crate) fn len(&self) -> usize {
        self.recs.len()
    }

    /// Patterns of entity `e`'s partial names (a person's).
    pub(crate) fn shorts(&self, e: u32) -> &[u32] {
        self.recs.get(e as usize).map_or(&[], |r| &r.shorts)
    }

    /// Entity `e`'s id ("" for no such entity).
    pub(crate) fn id(&self, e: u32) -> &str {
        self.recs.get(e as usize).map_or("", |r| &r.id)
    }

    /// Entity `e`'s country, if it has one.
    pub(crate) fn country(&self, e: u32) -> Option<&str> {
        self.recs.get(e as usize)?.country.as_deref()
    }

    /// Entity `e`'s category, if it has one.
    pub(crate) fn category(&self, e: u32) -> Option<&str> {
        self.recs.get(e as usize)?.category.as_deref()
    }

    /// Entity `e`'s canonical name ("" for no such entity).
    pub(crate) fn name(&self, e: u32) -> &str {
        self.recs.get(e as usize).map_or("", |r| &r.name)
    }

    /// Whether entity `e` held an office on day `day` (a day number).
    pub(crate) fn in_office_on(&self, e: u32, day: i32) -> bool {
        self.recs
            .get(e as usize)
            .is_some_and(|r| r.terms.iter().any(|t| t.first <= day && day <= t.last))
    }

    /// Entity `e`'s id, name, country, QID and category as shared strings,
    /// or `None` for no such entity.
    pub(crate) fn shared(&self, e: u32) -> Option<&Shared> {
        let r = self.recs.get(e as usize)?;
        let cell = self.shared.get(e as usize)?;
        Some(cell.get_or_init(|| {
            Box::new(Shared {
                id: Arc::from(&*r.id),
                name: Arc::from(&*r.name),
                country: r.country.as_deref().map(Arc::from),
                wikidata: r.wikidata.as_deref().map(Arc::from),
                category: r.category.as_deref().map(Arc::from),
            })
        }))
    }
}
