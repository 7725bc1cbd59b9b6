//! Who held an office on a date: [`Extractor::office_holders`].

use std::fmt;
use std::sync::Arc;

use serde::Serialize;

use crate::date::Date;
use crate::extractor::Extractor;
use crate::kind::EntityKind;
use crate::offices::{country_code, Offices, OwnerRef};

/// One person who held an office on a date, with the term that covers it
/// (see [`Extractor::office_holders`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct OfficeHolder {
    /// The person's id in the gazetteer.
    pub id: Arc<str>,
    /// The person's canonical name.
    pub name: Arc<str>,
    /// The person's country (ISO 3166-1 alpha-3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<Arc<str>>,
    /// The person's Wikidata QID, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wikidata: Option<Arc<str>>,
    /// The office, as the office table names it: `"foreign minister"`,
    /// `"organization: NATO secretary general"`.
    pub office: String,
    /// The state (ISO alpha-3) or organization (gazetteer id) the office
    /// belongs to.
    pub owner: String,
    /// The first day of the term.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<Date>,
    /// The last day of the term; none while the data has it open.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<Date>,
}

/// Why [`Extractor::office_holders`] could not answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OfficeQueryError {
    /// The owner is neither a state code, nor an id, nor a name of a state
    /// or organization the extractor knows.
    UnknownOwner(String),
    /// The office is not a phrase of the office table for that owner.
    UnknownOffice {
        /// The office as asked for.
        office: String,
        /// The owner as asked for.
        owner: String,
    },
}

impl fmt::Display for OfficeQueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OfficeQueryError::UnknownOwner(o) => write!(
                f,
                "unknown owner {o:?}: give a state's ISO 3166-1 alpha-3 code (\"CHN\"), \
                 a gazetteer id, or the name of a state or organization (\"NATO\")"
            ),
            OfficeQueryError::UnknownOffice { office, owner } => write!(
                f,
                "no office {office:?} of {owner:?} in the office table (phrases such as \
                 \"foreign minister\", \"prime minister\", \"secretary general\"; README, \
                 \"Dates and roles\")"
            ),
        }
    }
}

impl std::error::Error for OfficeQueryError {}

impl Extractor {
    /// The people who held `office` of `owner` on `date`, each once with
    /// the term that covers the date, by start of term: usually one; none where the data has no holder on
    /// that day; several where it has more (two claimants, or an office
    /// with several holders such as a ministry's spokespeople).
    ///
    /// `office` is a phrase as news writes it ("foreign minister",
    /// "secretary of state", "secretary-general"), in any case. `owner` is a
    /// state's ISO 3166-1 alpha-3 code, a gazetteer id, or a name of a
    /// state or organization the extractor recognises ("China", "NATO").
    ///
    /// ```
    /// use geopol::{Date, Extractor};
    ///
    /// let ex = Extractor::builtin();
    /// let on = |d: &str| d.parse::<Date>().unwrap();
    /// let fm = ex.office_holders("CHN", "foreign minister", on("2023-03-01"))?;
    /// assert_eq!(&*fm[0].name, "Qin Gang");
    /// let sg = ex.office_holders("NATO", "secretary general", on("2019-01-01"))?;
    /// assert_eq!(&*sg[0].name, "Jens Stoltenberg");
    /// assert!(ex.office_holders("CHN", "court jester", on("2023-03-01")).is_err());
    /// # Ok::<(), geopol::OfficeQueryError>(())
    /// ```
    pub fn office_holders(
        &self,
        owner: &str,
        office: &str,
        date: Date,
    ) -> Result<Vec<OfficeHolder>, OfficeQueryError> {
        let matcher = self.matcher();
        let owner = owner.trim();
        let code = country_code(Some(owner));
        let owner_ref = if code != crate::offices::NO_COUNTRY {
            OwnerRef::State(code)
        } else {
            match self.owner_entry(owner) {
                Some(e) if e.kind == EntityKind::Organization => OwnerRef::Organization(&e.id),
                Some(e) => OwnerRef::State(country_code(e.country.as_deref())),
                None => return Err(OfficeQueryError::UnknownOwner(owner.to_string())),
            }
        };
        let offices = Offices::builtin();
        let (o, country) = offices
            .fit(offices.phrase(office), owner_ref)
            .or_else(|| offices.named(office, owner_ref))
            .ok_or_else(|| OfficeQueryError::UnknownOffice {
                office: office.to_string(),
                owner: owner.to_string(),
            })?;
        let owner_name = match owner_ref {
            OwnerRef::State(c) => String::from_utf8_lossy(&c).into_owned(),
            OwnerRef::Organization(id) => id.to_string(),
        };
        let mut out: Vec<OfficeHolder> = Vec::new();
        for t in matcher.entities.terms_on(o, country, date.days()) {
            let Some(s) = matcher.entities.shared(t.holder) else {
                continue;
            };
            let (start, end) = (Date::from_days(t.days.0), Date::from_days(t.days.1));
            // Sources that record a term once per cabinet give one person
            // several overlapping terms: they are one holder, over the
            // union of those terms (open when any of them is; from the earliest
            // known start).
            if let Some(h) = out.iter_mut().find(|h| h.id == s.id) {
                h.start = match (h.start, start) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                };
                h.end = h.end.zip(end).map(|(a, b)| a.max(b));
                continue;
            }
            out.push(OfficeHolder {
                id: s.id.clone(),
                name: s.name.clone(),
                country: s.country.clone(),
                wikidata: s.wikidata.clone(),
                office: offices.name(o).to_string(),
                owner: owner_name.clone(),
                start,
                end,
            });
        }
        Ok(out)
    }

    /// The state or organization `owner` names: a gazetteer id, or a name
    /// the extractor finds spanning the whole text.
    fn owner_entry(&self, owner: &str) -> Option<&crate::gazetteer::Entry> {
        let wanted = |e: &&crate::gazetteer::Entry| {
            matches!(e.kind, EntityKind::State | EntityKind::Organization)
        };
        if let Some(e) = self.entity(owner) {
            return Some(e).filter(wanted);
        }
        let ms = self.extract(owner);
        let [m] = &ms[..] else {
            return None;
        };
        if m.start != 0 || m.end != owner.len() {
            return None;
        }
        self.entity(m.id.as_deref()?).filter(wanted)
    }
}
