//! The kinds of entity and mention. Shared with the build script, which
//! compiles the built-in gazetteer.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// The type of a mention.
///
/// Gazetteer entries have every kind but [`EntityKind::Nationality`]: a
/// nationality adjective or noun ("Chinese", "Britons") is listed in its
/// state's `demonyms` and yields a `Nationality` mention that carries the
/// state's id.
///
/// In JSON a kind is written in lower case (`"person"`, `"state"`, ...).
///
/// ```
/// use geopol::EntityKind;
///
/// assert_eq!("treaty".parse::<EntityKind>().unwrap(), EntityKind::Treaty);
/// assert_eq!(EntityKind::Nationality.as_str(), "nationality");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum EntityKind {
    /// A person: heads of state and government, ministers, spokespeople,
    /// commanders, militant and opposition leaders.
    Person,
    /// A state: sovereign, observer, partially recognised, historical, or a
    /// dependent territory with its own ISO 3166-1 code.
    State,
    /// A nationality adjective or noun, linked to its state.
    Nationality,
    /// An organization: IGOs and their organs, seats of power used as
    /// metonyms, ministries, parties, armed forces and groups, news agencies.
    Organization,
    /// A treaty, agreement, accord or deal.
    Treaty,
    /// A place that is not a state: capitals, cities, regions, seas.
    Location,
}

impl EntityKind {
    /// Every kind, in the order used to break ties between entities that
    /// share a surface form (earlier wins).
    pub const ALL: [EntityKind; 6] = [
        EntityKind::State,
        EntityKind::Nationality,
        EntityKind::Organization,
        EntityKind::Treaty,
        EntityKind::Person,
        EntityKind::Location,
    ];

    /// The kind's name in lower case, as in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::State => "state",
            EntityKind::Nationality => "nationality",
            EntityKind::Organization => "organization",
            EntityKind::Treaty => "treaty",
            EntityKind::Location => "location",
        }
    }

    /// The kind's position in [`EntityKind::ALL`]: its code in compiled
    /// tables and kind masks, and its rank when entities that share a
    /// surface form are compared (lower wins).
    pub(crate) const fn rank(self) -> u8 {
        match self {
            EntityKind::State => 0,
            EntityKind::Nationality => 1,
            EntityKind::Organization => 2,
            EntityKind::Treaty => 3,
            EntityKind::Person => 4,
            EntityKind::Location => 5,
        }
    }
}

impl fmt::Display for EntityKind {
    /// The kind's name, padded as the format asks (`{:<12}`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// The error returned when parsing an unknown kind name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseKindError(String);

impl fmt::Display for ParseKindError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown kind {:?} (expected person, state, nationality, \
             organization, treaty or location)",
            self.0
        )
    }
}

impl std::error::Error for ParseKindError {}

impl FromStr for EntityKind {
    type Err = ParseKindError;

    fn from_str(s: &str) -> Result<EntityKind, ParseKindError> {
        Ok(match s {
            "person" => EntityKind::Person,
            "state" => EntityKind::State,
            "nationality" => EntityKind::Nationality,
            "organization" => EntityKind::Organization,
            "treaty" => EntityKind::Treaty,
            "location" => EntityKind::Location,
            _ => return Err(ParseKindError(s.to_string())),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_pads_as_the_format_asks() {
        assert_eq!(format!("{:<12}|", EntityKind::State), "state       |");
        assert_eq!(format!("{:>8}", EntityKind::Person), "  person");
        assert_eq!(EntityKind::Treaty.to_string(), "treaty");
    }

    #[test]
    fn ranks_are_positions_in_all() {
        for (i, k) in EntityKind::ALL.iter().enumerate() {
            assert_eq!(usize::from(k.rank()), i);
        }
    }
}
