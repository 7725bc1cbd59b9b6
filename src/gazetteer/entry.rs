//! One entity of a gazetteer, as users build it in code and as the format
//! reader gives it: [`Entry`], its surface forms ([`Alias`]) with their
//! [`CasePolicy`], and the offices ([`Role`]) a person holds. Shared with
//! the build script.

use serde::{Deserialize, Serialize};

use crate::kind::EntityKind;

/// How the letter case of an alias must match the text.
///
/// Diacritics, quotes, dashes and whitespace are folded under every policy.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum CasePolicy {
    /// The default: any letter case, except that each word of the alias
    /// written in capitals with at most five letters (an acronym such as
    /// "US", "U.S.", "WHO", "NATO", or the "START" of "New START") must be in
    /// capitals in the text. So "Vladimir Putin" matches "VLADIMIR PUTIN"
    /// and "vladimir putin", while "US" never matches "us" and "New START"
    /// never matches "new start".
    #[default]
    Auto,
    /// Any letter case at all, acronyms included.
    Fold,
    /// Exactly the case written in the gazetteer: "Xi" but not "XI" or "xi".
    Exact,
    /// Every word that starts with a capital in the alias starts with a
    /// capital in the text: "Turkey" but not "turkey", "We Believe" but not
    /// "We believe". Acronym words keep their capitals as under
    /// [`CasePolicy::Auto`].
    Capitalized,
}

impl CasePolicy {
    /// The policy's name, as written in gazetteer files.
    pub fn as_str(self) -> &'static str {
        match self {
            CasePolicy::Auto => "auto",
            CasePolicy::Fold => "fold",
            CasePolicy::Exact => "exact",
            CasePolicy::Capitalized => "capitalized",
        }
    }
}

/// One surface form of an entity, with an optional case policy.
///
/// In JSON an alias is a plain string, or an object
/// `{"text": "Turkey", "case": "capitalized"}`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Alias {
    /// The surface form.
    pub text: String,
    /// The case policy; `None` means [`CasePolicy::Auto`].
    pub case: Option<CasePolicy>,
}

impl Alias {
    /// An alias with the default case policy.
    pub fn new(text: impl Into<String>) -> Alias {
        Alias {
            text: text.into(),
            case: None,
        }
    }

    /// An alias with an explicit case policy.
    pub fn with_case(text: impl Into<String>, case: CasePolicy) -> Alias {
        Alias {
            text: text.into(),
            case: Some(case),
        }
    }

    /// The policy in force: the explicit one, or [`CasePolicy::Auto`].
    pub fn policy(&self) -> CasePolicy {
        self.case.unwrap_or_default()
    }
}

impl From<&str> for Alias {
    fn from(s: &str) -> Alias {
        Alias::new(s)
    }
}

impl From<String> for Alias {
    fn from(s: String) -> Alias {
        Alias::new(s)
    }
}

/// An office a person holds or held, with where the record comes from and
/// how far its dates can be trusted.
///
/// ```
/// use geopol::Role;
///
/// let json = r#"{"title": "Foreign Minister", "country": "CHN", "start": "2013",
///                "last_seen": "2014-01-15", "source": "phoenix"}"#;
/// let role: Role = serde_json::from_str(json).unwrap();
/// assert!(role.office && role.end.is_none());
/// assert_eq!(role.last_seen.as_deref(), Some("2014-01-15"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    /// The office title, e.g. "President", "Foreign Minister".
    pub title: String,
    /// ISO 3166-1 alpha-3 of the state the office belongs to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Start date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// End date; `None` while in office or when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// For a role with no `end` from a source that stopped being updated:
    /// the last date the person is known to have held it. The role is
    /// never taken as held after this date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<String>,
    /// Whether `start` is the start of the current term (as the Factbook
    /// gives it), not of the time in office.
    #[serde(default, skip_serializing_if = "is_false")]
    pub term_start: bool,
    /// Whether the dates are approximate or synthetic.
    #[serde(default, skip_serializing_if = "is_false")]
    pub approximate: bool,
    /// Whether the title names an office (false for "Government official",
    /// "Elite"): only roles that do answer who holds an office.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub office: bool,
    /// Where the role comes from: `phoenix`, `factbook`, `curated`...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_true(b: &bool) -> bool {
    *b
}

fn yes() -> bool {
    true
}

impl Default for Role {
    fn default() -> Role {
        Role {
            title: String::new(),
            country: None,
            start: None,
            end: None,
            last_seen: None,
            term_start: false,
            approximate: false,
            office: true,
            source: None,
        }
    }
}

impl Role {
    /// The days the office was held, as day numbers (from the first day of
    /// `start` to the last of `end`, or of `last_seen` when there is no
    /// end; open on a side with no date), or `None` for a role that names
    /// no office. Dates that do not parse count as missing.
    pub(crate) fn office_days(&self) -> Option<(i32, i32)> {
        if !self.office {
            return None;
        }
        let day = |d: &Option<String>| d.as_deref().and_then(crate::date::day_range);
        let from = day(&self.start).map_or(i32::MIN, |(a, _)| a);
        let to = day(&self.end)
            .or_else(|| day(&self.last_seen))
            .map_or(i32::MAX, |(_, b)| b);
        Some((from, to))
    }
}

/// One entity of a gazetteer.
///
/// ```
/// use geopol::{EntityKind, Entry};
///
/// let e = Entry::new("org:acme-militia", EntityKind::Organization, "Acme Militia")
///     .alias("AM")
///     .country("RUS");
/// assert_eq!(e.aliases[0].text, "AM");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Entry {
    /// Stable unique id.
    pub id: String,
    /// The entity's kind (never [`EntityKind::Nationality`]).
    pub kind: EntityKind,
    /// Canonical name; also matched in the text.
    pub name: String,
    /// Wikidata item id ("Q159"), when known. For a state, the item of the
    /// country a news reader means (Denmark is Q35, not the realm); its
    /// nationality mentions carry it too.
    pub wikidata: Option<String>,
    /// Other surface forms, matched anywhere.
    pub aliases: Vec<Alias>,
    /// For a state: nationality adjectives and nouns.
    pub demonyms: Vec<Alias>,
    /// For a person: partial names matched only after the person was named
    /// in full earlier in the same document.
    pub short: Vec<Alias>,
    /// Generic names ("Congress", "Parliament") that stand for the entity
    /// only in a document that talks about its state (its `country`, which
    /// an entry with generic names must have). Several entries may share
    /// one: "Congress" is the Indian National Congress in a document about
    /// India, and another claimant, or nothing, elsewhere.
    pub generic: Vec<Alias>,
    /// ISO 3166-1 alpha-3 of the associated state.
    pub country: Option<String>,
    /// Finer type, such as `capital` or `news-agency`.
    pub category: Option<String>,
    /// Case policy for every surface form of the entry (name included) that
    /// does not set its own; `None` means [`CasePolicy::Auto`].
    pub case: Option<CasePolicy>,
    /// Offices held (persons).
    pub roles: Vec<Role>,
    /// Provenance of the entry.
    pub sources: Vec<String>,
}

impl Entry {
    /// A new entry with no aliases.
    pub fn new(id: impl Into<String>, kind: EntityKind, name: impl Into<String>) -> Entry {
        Entry {
            id: id.into(),
            kind,
            name: name.into(),
            wikidata: None,
            aliases: Vec::new(),
            demonyms: Vec::new(),
            short: Vec::new(),
            generic: Vec::new(),
            country: None,
            category: None,
            case: None,
            roles: Vec::new(),
            sources: Vec::new(),
        }
    }

    /// Adds an alias (builder style).
    pub fn alias(mut self, alias: impl Into<Alias>) -> Entry {
        self.aliases.push(alias.into());
        self
    }

    /// Adds a demonym (builder style; states only).
    pub fn demonym(mut self, demonym: impl Into<Alias>) -> Entry {
        self.demonyms.push(demonym.into());
        self
    }

    /// Adds a partial name (builder style; persons only).
    pub fn short(mut self, short: impl Into<Alias>) -> Entry {
        self.short.push(short.into());
        self
    }

    /// Adds a generic name (builder style; the entry needs a country).
    ///
    /// ```
    /// use geopol::{EntityKind, Entry, Extractor, Gazetteer};
    ///
    /// let rada = Entry::new("org:qarzan-assembly", EntityKind::Organization, "Qarzan Assembly")
    ///     .generic("Assembly")
    ///     .country("UKR");
    /// let ex = Extractor::builder().gazetteer(Gazetteer::from_entries([rada])?).build()?;
    /// // In a document about Ukraine, "Assembly" is the Qarzan Assembly...
    /// let m = ex.extract("The Assembly met in Kyiv, Ukraine.");
    /// assert_eq!(m[0].id.as_deref(), Some("org:qarzan-assembly"));
    /// // ...and with nothing to say which state, it is no mention at all.
    /// assert!(ex.extract("The Assembly met.").is_empty());
    /// # Ok::<(), geopol::Error>(())
    /// ```
    pub fn generic(mut self, generic: impl Into<Alias>) -> Entry {
        self.generic.push(generic.into());
        self
    }

    /// Sets the Wikidata item id (builder style), such as `"Q159"`;
    /// checked when the entry goes into a gazetteer.
    pub fn wikidata(mut self, qid: impl Into<String>) -> Entry {
        self.wikidata = Some(qid.into());
        self
    }

    /// Sets the associated state (builder style).
    pub fn country(mut self, alpha3: impl Into<String>) -> Entry {
        self.country = Some(alpha3.into());
        self
    }
}
