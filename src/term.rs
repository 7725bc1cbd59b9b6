//! Terms of office as the compiled tables keep them: the days, the office
//! (see [`crate::offices`]) and the state it was held for.

use crate::gazetteer::Role;
use crate::offices::{country_code, CountryCode, Office, Offices};

/// A term of office: the days it lasted, as first and last day numbers
/// (see [`crate::gazetteer::Role::office_days`]), and, when its title names
/// an office of [`crate::offices`], that office and the state it was held
/// for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Term {
    pub(crate) first: i32,
    pub(crate) last: i32,
    /// The office, if the table knows the title.
    pub(crate) office: Option<Office>,
    /// The role's state ([`crate::offices::NO_COUNTRY`] when none).
    pub(crate) country: CountryCode,
}

impl Term {
    /// The term of a role, or `None` for a role that names no office. Its
    /// office is recorded only when the dates can answer who held it on a
    /// given day: a start to the day, an end to the day or none (still in
    /// office), and neither approximate.
    pub(crate) fn of_role(r: &Role) -> Option<Term> {
        let (first, last) = r.office_days()?;
        let country = country_code(r.country.as_deref());
        let to_the_day = |d: &Option<String>| d.as_deref().is_some_and(|d| d.len() == 10);
        let dated = to_the_day(&r.start)
            && (r.end.is_none() && r.last_seen.is_none() || to_the_day(&r.end))
            && !r.approximate;
        Some(Term {
            first,
            last,
            office: dated
                .then(|| Offices::builtin().of_title(&r.title, country))
                .flatten(),
            country,
        })
    }
}
