//! The run-time entity table: what resolution and output read of each
//! entity of the compiled gazetteer.

use std::sync::Arc;

use crate::compiled::EntityRec;
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

/// The entities as the extractor needs them at run time: the compiled
/// records, read where decoding put them, and the shared strings their
/// mentions carry, made when an entity is first found (most never are, so
/// start-up makes none).
#[derive(Debug, Default)]
pub(crate) struct Entities {
    recs: Vec<EntityRec>,
    shared: Vec<std::sync::OnceLock<Box<Shared>>>,
}

/// The kind of an entity, whether it has partial names and a QID, and its
/// country as a number (0: none; equal numbers, equal countries).
#[derive(Clone, Copy, Debug)]
pub(crate) struct EntityInfo {
    pub(crate) kind: EntityKind,
    pub(crate) has_shorts: bool,
    pub(crate) has_wikidata: bool,
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

impl Entities {
    /// The entities as compiled.
    pub(crate) fn new(recs: Vec<EntityRec>) -> Entities {
        let shared = std::iter::repeat_with(std::sync::OnceLock::new)
            .take(recs.len())
            .collect();
        Entities { recs, shared }
    }

    /// The number of entities.
    pub(crate) fn len(&self) -> usize {
        self.recs.len()
    }

    /// Patterns of entity `e`'s partial names (a person's).
    pub(crate) fn shorts(&self, e: u32) -> &[u32] {
        self.recs.get(e as usize).map_or(&[], |r| &r.shorts)
    }

    /// Entity `e`'s canonical name ("" for no such entity).
    pub(crate) fn name(&self, e: u32) -> &str {
        self.recs.get(e as usize).map_or("", |r| &r.name)
    }

    /// Whether entity `e` held an office on day `day` (a day number).
    pub(crate) fn in_office_on(&self, e: u32, day: i32) -> bool {
        self.recs
            .get(e as usize)
            .is_some_and(|r| r.terms.iter().any(|&(a, b)| a <= day && day <= b))
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
