//! Mentions: what extraction returns.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::kind::EntityKind;

/// How a mention was found, reported when the extractor is built with
/// [`ExtractorBuilder::evidence`](crate::ExtractorBuilder::evidence).
///
/// In JSON: `"exact"`, `"folded"`, `"partial"`, `"title"`, `"acronym"`,
/// `"context"`, `"shape"`, `"given"`, `"cue"`, `"wire"`, `"date"`, `"role"`.
///
/// `"shape"`, `"given"`, `"cue"` and `"wire"` are guesses: names no gazetteer
/// knows, with no id, each from one family of evidence, so callers can keep
/// or drop each family ([`ExtractorBuilder::guesses`](crate::ExtractorBuilder::guesses)
/// turns them all off).
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
    /// Minister Jan Qorvak").
    Title,
    /// An acronym defined in the text ("Chinese Communist Party (CCP)"), or
    /// the full name introduced by such a definition.
    Acronym,
    /// One of several entities with this surface form, chosen because the
    /// rest of the document talks about its state.
    Context,
    /// A name no gazetteer knows, recognised by its shape: capitalised
    /// words ending in a head noun ("Working Families Party", "Meech Lake
    /// Accord", "Kent Valley"), or joined by "for" after "the" ("the
    /// Campaign for Tobacco-Free Kids").
    Shape,
    /// A person no gazetteer knows, whose name starts with a known given
    /// name ("Geraldine Ferraro", "Liberal Party of Canada Frank Oliver").
    Given,
    /// A name no gazetteer knows, typed by the words around it: a person
    /// after a word for a person ("candidate Sarkis Assadourian"), in
    /// apposition ("X, a lobbyist"), before "(born" or listed with a
    /// person; a place before a comma and a known state or region ("in
    /// Debden, England") or after "the town of", "north of" or "near".
    Cue,
    /// A name no gazetteer knows, read from the conventions of wire copy:
    /// a dateline's city ("KHERSON, Ukraine (AP) —") or credit
    /// ("(Kathimerini)"), a photographer in a photo credit ("AP
    /// Photo/Efrem Lukatsky", "Mandel Ngan/AFP").
    Wire,
    /// One of several people with this name or surname, chosen because
    /// that person held an office on the document's date
    /// ([`Extractor::extract_on`](crate::Extractor::extract_on)).
    Date,
    /// The holder of an office named without a name ("the Chinese foreign
    /// minister", "NATO's secretary general") on the document's date.
    Role,
}

impl How {
    /// Every value, in the order declared.
    pub const ALL: [How; 12] = [
        How::Exact,
        How::Folded,
        How::Partial,
        How::Title,
        How::Acronym,
        How::Context,
        How::Shape,
        How::Given,
        How::Cue,
        How::Wire,
        How::Date,
        How::Role,
    ];

    /// The name used in JSON (`"exact"`, `"given"`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            How::Exact => "exact",
            How::Folded => "folded",
            How::Partial => "partial",
            How::Title => "title",
            How::Acronym => "acronym",
            How::Context => "context",
            How::Shape => "shape",
            How::Given => "given",
            How::Cue => "cue",
            How::Wire => "wire",
            How::Date => "date",
            How::Role => "role",
        }
    }
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
    /// The entity's Wikidata item id ("Q159"), when the gazetteer knows
    /// it; a nationality carries its state's (left out of JSON when
    /// unknown). It is also left out, the mention and its id staying, where
    /// a place or state is likely part of a longer name no gazetteer knows
    /// ("Ohio" in "Ohio State", "U.S." in "U.S. Department of Education")
    /// or a team ("England beat Samoa" in sports copy), so that a QID in
    /// the output is a link worth joining on. [`Extractor::entity_by_wikidata`](crate::Extractor::entity_by_wikidata)
    /// finds the entry again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wikidata: Option<Arc<str>>,
    /// The entity's canonical name (for a nationality, its state's name).
    pub name: Arc<str>,
    /// ISO 3166-1 alpha-3 code of the associated state, when there is one.
    pub country: Option<Arc<str>>,
    /// The entity's finer type (`capital`, `party`, `central-bank`, ...),
    /// when the gazetteer gives one; for a nationality, its state's (left
    /// out of JSON when unknown). The whole entry, roles included, is
    /// [`Extractor::entry`](crate::Extractor::entry).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Arc<str>>,
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
    fn how_names_are_the_json_names() {
        for h in How::ALL {
            assert_eq!(
                serde_json::to_string(&h).unwrap(),
                format!("\"{}\"", h.as_str())
            );
        }
    }

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
