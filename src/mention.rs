//! Mentions: what extraction returns.

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

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

    /// Rank used to break ties (lower wins).
    pub(crate) fn rank(self) -> u8 {
        EntityKind::ALL.iter().position(|&k| k == self).unwrap_or(0) as u8
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
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

/// How a mention was found, reported when the extractor is built with
/// [`ExtractorBuilder::evidence`](crate::ExtractorBuilder::evidence).
///
/// In JSON: `"exact"`, `"folded"`, `"partial"`, `"title"`, `"acronym"`,
/// `"context"`, `"shape"`, `"wire"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum How {
    /// A gazetteer name or alias, written exactly as in the gazetteer.
    Exact,
    /// A gazetteer name or alias after folding case, diacritics or
    /// typography.
    Folded,
    /// A partial name (surname) of a person named in full earlier in the
    /// document.
    Partial,
    /// A name introduced by an office title ("President Xi", "Foreign
    /// Minister Jan Novak").
    Title,
    /// An acronym defined in the text ("Chinese Communist Party (CCP)"), or
    /// the full name introduced by such a definition.
    Acronym,
    /// One of several entities with this surface form, chosen because the
    /// rest of the document talks about its state.
    Context,
    /// A name no gazetteer knows, recognised by its shape: capitalised
    /// words ending in a head noun ("Working Families Party", "Meech Lake
    /// Accord") or starting with a known given name ("Geraldine Ferraro").
    Shape,
    /// A name no gazetteer knows, read from the conventions of wire copy:
    /// a dateline's city ("KHERSON, Ukraine (AP) —") or credit
    /// ("(Kathimerini)"), a photographer in a photo credit ("AP
    /// Photo/Efrem Lukatsky", "Mandel Ngan/AFP").
    Wire,
}

/// One entity mention found in a text.
///
/// `start` and `end` are UTF-8 byte offsets into the text given to
/// [`Extractor::extract`](crate::Extractor::extract), end exclusive, always
/// on character boundaries, so `&text[m.start..m.end] == m.text`.
/// `char_start` and `char_end` are the same span counted in Unicode scalar
/// values, for callers in languages that index strings by character.
///
/// ```
/// let ex = geopol::Extractor::builtin();
/// let text = "Talks in Moscow: Russia’s position";
/// for m in ex.extract(text) {
///     assert_eq!(&text[m.start..m.end], m.text);
///     assert_eq!(text.chars().take(m.char_start).count(), m.char_start);
/// }
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Character offset of the first character.
    pub char_start: usize,
    /// Character offset one past the last character.
    pub char_end: usize,
    /// The mention as written in the text.
    pub text: String,
    /// What the mention is.
    pub kind: EntityKind,
    /// The entity's stable id (a Wikidata QID for states, a slug such as
    /// `person:vladimir-putin` otherwise). `None` for an entity found in the
    /// text but not in any gazetteer.
    pub id: Option<Arc<str>>,
    /// The entity's canonical name (for a nationality, its state's name).
    pub name: Arc<str>,
    /// ISO 3166-1 alpha-3 code of the associated state, when there is one.
    pub country: Option<Arc<str>>,
    /// Ids of other entities the same words could refer to, most likely
    /// first; empty (and left out of JSON) when there is no doubt.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<Arc<str>>,
    /// How the mention was found; `None` unless the extractor was built
    /// with evidence on (and then left out of JSON).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how: Option<How>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_names_round_trip() {
        for k in EntityKind::ALL {
            assert_eq!(k.as_str().parse::<EntityKind>(), Ok(k));
            assert_eq!(serde_json::to_string(&k).unwrap(), format!("\"{k}\""));
        }
        assert!("Country".parse::<EntityKind>().is_err());
    }

    #[test]
    fn states_outrank_locations() {
        assert!(EntityKind::State.rank() < EntityKind::Location.rank());
    }
}
