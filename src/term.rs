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
    /// A narrower office the role also is, named by its title alone ("title:
    /// King" beside "head of state"; see [`Offices::exact_title`]).
    pub(crate) title_office: Option<Office>,
    /// The role's state ([`crate::offices::NO_COUNTRY`] when none).
    pub(crate) country: CountryCode,
    /// Whether the data marks the term's dates approximate (a handover
    /// date the sources disagree on, or an end set at a successor's
    /// start): such a term names its holder only away from its ends (see
    /// [`Term::sure_days`]).
    pub(crate) approximate: bool,
}

/// Days an approximate term's dates may be off by: the longest handover
/// on which the generator settles two sources' dates (HANDOVER_DAYS in
/// gazetteers/gen/officeholders.py).
pub(crate) const APPROXIMATE_DAYS: i32 = 92;

impl Term {
    /// The term of a role, or `None` for a role that names no office. Its
    /// office is recorded only when the dates can answer who held it on a
    /// given day: a start to the day, and an end to the day, or else the
    /// last day a source saw the holder in office to the day, or neither
    /// (still in office).
    pub(crate) fn of_role(r: &Role) -> Option<Term> {
        let (first, last) = r.office_days()?;
        let country = country_code(r.country.as_deref());
        let to_the_day = |d: &Option<String>| d.as_deref().is_some_and(|d| d.len() == 10);
        // The last day: the end, else the last day a source saw the holder
        // in office, else none (still in office).
        let last_known = match (&r.end, &r.last_seen) {
            (Some(_), _) => to_the_day(&r.end),
            (None, Some(_)) => to_the_day(&r.last_seen),
            (None, None) => true,
        };
        let dated = to_the_day(&r.start) && last_known;
        let offices = Offices::builtin();
        Some(Term {
            first,
            last,
            office: dated.then(|| offices.of_title(&r.title, country)).flatten(),
            title_office: dated
                .then(|| offices.exact_title(&r.title, country))
                .flatten(),
            country,
            approximate: r.approximate,
        })
    }

    /// The days on which the term surely names its holder: all of them, or,
    /// for an approximate term, those [`APPROXIMATE_DAYS`] or more from
    /// either end (an open end stays open). `None` when no day is left.
    pub(crate) fn sure_days(&self) -> Option<(i32, i32)> {
        if !self.approximate {
            return Some((self.first, self.last));
        }
        let first = self.first.saturating_add(APPROXIMATE_DAYS);
        let last = if self.last == i32::MAX {
            i32::MAX
        } else {
            self.last.saturating_sub(APPROXIMATE_DAYS)
        };
        (first <= last).then_some((first, last))
    }

    /// The size of a term in the compiled tables.
    pub(crate) const BYTES: usize = 16;

    /// The term as the compiled tables keep it: first and last day, office
    /// and title office (`u16::MAX`: none; office numbers are below it),
    /// country, approximate; little-endian.
    pub(crate) fn to_bytes(self) -> [u8; Term::BYTES] {
        let mut b = [0; Term::BYTES];
        b[0..4].copy_from_slice(&self.first.to_le_bytes());
        b[4..8].copy_from_slice(&self.last.to_le_bytes());
        b[8..10].copy_from_slice(&self.office.unwrap_or(u16::MAX).to_le_bytes());
        b[10..12].copy_from_slice(&self.title_office.unwrap_or(u16::MAX).to_le_bytes());
        b[12..15].copy_from_slice(&self.country);
        b[15] = u8::from(self.approximate);
        b
    }

    /// The term [`Term::to_bytes`] wrote.
    pub(crate) fn from_bytes(b: [u8; Term::BYTES]) -> Term {
        let office = |i: usize| {
            let o = u16::from_le_bytes([b[i], b[i + 1]]);
            (o != u16::MAX).then_some(o)
        };
        Term {
            first: i32::from_le_bytes([b[0], b[1], b[2], b[3]]),
            last: i32::from_le_bytes([b[4], b[5], b[6], b[7]]),
            office: office(8),
            title_office: office(10),
            country: [b[12], b[13], b[14]],
            approximate: b[15] != 0,
        }
    }
}
