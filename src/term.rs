//! Terms of office as the compiled tables keep them: the days, the office
//! (see [`crate::offices`]) and the state it was held for.

use crate::gazetteer::Role;
use crate::offices::{acting_title, country_code, CountryCode, Office, Offices};

/// A term of office: the days it lasted, as first and last day numbers
/// (see [`crate::gazetteer::Role::office_days`]), the days on which it was
/// surely held, and, when its title names an office of [`crate::offices`],
/// that office and the state it was held for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Term {
    pub(crate) first: i32,
    pub(crate) last: i32,
    /// The office, if the table knows the title and the term has sure
    /// days.
    pub(crate) office: Option<Office>,
    /// A narrower office the role also is, named by its title alone ("title:
    /// King" beside "head of state"; see [`Offices::exact_title`]).
    pub(crate) title_office: Option<Office>,
    /// The role's state ([`crate::offices::NO_COUNTRY`] when none).
    pub(crate) country: CountryCode,
    /// The first and last day on which the holder surely held the office
    /// (see [`Term::of_role`]); first after last when there is none.
    pub(crate) sure: (i32, i32),
    /// Whether the role held the office for a time ("Acting President",
    /// "Interim President").
    pub(crate) acting: bool,
}

/// Days an approximate term's dates may be off by: the longest handover
/// on which the generator settles two sources' dates (HANDOVER_DAYS in
/// gazetteers/gen/officeholders.py).
pub(crate) const APPROXIMATE_DAYS: i32 = 92;

impl Term {
    /// The term of a role, or `None` for a role that names no office.
    ///
    /// Its sure days run from the last day its start can be ("2003-03":
    /// March 31) to the first day its end, or else the last day a source
    /// saw the holder in office, can be ("2008": January 1), or on with no
    /// end at all; an approximate term loses [`APPROXIMATE_DAYS`] at each
    /// dated end. A role without a start has none. Its office is recorded
    /// only when it has sure days: on them, it answers who held the office.
    pub(crate) fn of_role(r: &Role) -> Option<Term> {
        let (first, last) = r.office_days()?;
        let country = country_code(r.country.as_deref());
        let range = |d: &Option<String>| d.as_deref().and_then(crate::date::day_range);
        let sure = (|| {
            let mut from = range(&r.start)?.1;
            let mut to = match (&r.end, &r.last_seen) {
                (Some(_), _) => range(&r.end)?.0,
                (None, Some(_)) => range(&r.last_seen)?.0,
                (None, None) => i32::MAX,
            };
            if r.approximate {
                from = from.saturating_add(APPROXIMATE_DAYS);
                if to != i32::MAX {
                    to = to.saturating_sub(APPROXIMATE_DAYS);
                }
            }
            (from <= to).then_some((from, to))
        })();
        let offices = Offices::builtin();
        Some(Term {
            first,
            last,
            office: sure.and_then(|_| offices.of_title(&r.title, country)),
            title_office: sure.and_then(|_| offices.exact_title(&r.title, country)),
            country,
            sure: sure.unwrap_or((0, -1)),
            acting: acting_title(&r.title).is_some(),
        })
    }

    /// The days on which the term surely names its holder, if any.
    pub(crate) fn sure_days(&self) -> Option<(i32, i32)> {
        (self.sure.0 <= self.sure.1).then_some(self.sure)
    }

    /// The size of a term in the compiled tables.
    pub(crate) const BYTES: usize = 24;

    /// The term as the compiled tables keep it: first and last day, office
    /// and title office (`u16::MAX`: none; office numbers are below it),
    /// country, first and last sure day, acting; little-endian.
    pub(crate) fn to_bytes(self) -> [u8; Term::BYTES] {
        let mut b = [0; Term::BYTES];
        b[0..4].copy_from_slice(&self.first.to_le_bytes());
        b[4..8].copy_from_slice(&self.last.to_le_bytes());
        b[8..10].copy_from_slice(&self.office.unwrap_or(u16::MAX).to_le_bytes());
        b[10..12].copy_from_slice(&self.title_office.unwrap_or(u16::MAX).to_le_bytes());
        b[12..15].copy_from_slice(&self.country);
        b[15..19].copy_from_slice(&self.sure.0.to_le_bytes());
        b[19..23].copy_from_slice(&self.sure.1.to_le_bytes());
        b[23] = u8::from(self.acting);
        b
    }

    /// The term [`Term::to_bytes`] wrote.
    pub(crate) fn from_bytes(b: [u8; Term::BYTES]) -> Term {
        let office = |i: usize| {
            let o = u16::from_le_bytes([b[i], b[i + 1]]);
            (o != u16::MAX).then_some(o)
        };
        let int = |i: usize| i32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
        Term {
            first: int(0),
            last: int(4),
            office: office(8),
            title_office: office(10),
            country: [b[12], b[13], b[14]],
            sure: (int(15), int(19)),
            acting: b[23] != 0,
        }
    }
}
