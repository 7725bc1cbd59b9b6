//! The run-time entity table: what resolution and output read of each
//! entity of the compiled gazetteer.

use std::sync::Arc;

use crate::compiled::Str;
use crate::kind::EntityKind;

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

/// An entity as the extractor needs it at run time.
#[derive(Debug)]
pub(crate) struct Entity {
    id: Str,
    name: Str,
    country: Option<Str>,
    wikidata: Option<Str>,
    category: Option<Str>,
    /// Patterns of this person's partial names.
    pub(crate) shorts: Vec<u32>,
    /// The days this person held an office, as (first, last) day numbers.
    terms: Vec<(i32, i32)>,
    /// Shared copies of id, name, country, QID and category for mentions, made when the
    /// entity is first found (most never are, so start-up makes none).
    shared: std::sync::OnceLock<Shared>,
}

/// The kind of an entity, whether it has partial names, and its country
/// as a number (0: none; equal numbers, equal countries).
#[derive(Clone, Copy, Debug)]
pub(crate) struct EntityInfo {
    pub(crate) kind: EntityKind,
    pub(crate) has_shorts: bool,
    pub(crate) country: u16,
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

impl Entity {
    /// An entity as compiled.
    pub(crate) fn new(rec: crate::compiled::EntityRec) -> Entity {
        let crate::compiled::EntityRec {
            id,
            name,
            country,
            wikidata,
            category,
            shorts,
            terms,
            ..
        } = rec;
        Entity {
            id,
            name,
            country,
            wikidata,
            category,
            shorts,
            terms,
            shared: std::sync::OnceLock::new(),
        }
    }

    /// Whether the entity held an office on day `day` (a day number).
    pub(crate) fn in_office_on(&self, day: i32) -> bool {
        self.terms.iter().any(|&(a, b)| a <= day && day <= b)
    }

    /// Id, name, country, QID and category as shared strings.
    pub(crate) fn shared(&self) -> &Shared {
        self.shared.get_or_init(|| Shared {
            id: Arc::from(&*self.id),
            name: Arc::from(&*self.name),
            country: self.country.as_deref().map(Arc::from),
            wikidata: self.wikidata.as_deref().map(Arc::from),
            category: self.category.as_deref().map(Arc::from),
        })
    }
}
