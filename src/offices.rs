//! Offices: which role titles name the same office ("Foreign Minister",
//! "Foreign Secretary" of the UK and "Secretary of State" of the US are
//! each their state's foreign minister), and the phrases news uses for an
//! office without naming its holder ("the Chinese foreign minister",
//! "NATO's secretary general"). Read from `gazetteers/builtin/offices.tsv`,
//! which the generator writes; shared with the build script, which records
//! each term's office in the compiled tables.

use foldhash::HashMap;

/// The office table of the built-in data.
pub(crate) const OFFICES_TSV: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/gazetteers/builtin/offices.tsv"
));

/// An office number: an index into [`Offices::names`].
pub(crate) type Office = u16;

/// A state as its ISO 3166-1 alpha-3 code in bytes, or zeros for none (an
/// office of an organization).
pub(crate) type CountryCode = [u8; 3];

/// No state.
pub(crate) const NO_COUNTRY: CountryCode = [0; 3];

/// A country code from text: three ASCII capitals, else [`NO_COUNTRY`].
pub(crate) fn country_code(c: Option<&str>) -> CountryCode {
    match c.map(str::as_bytes) {
        Some(&[a, b, c]) if [a, b, c].iter().all(u8::is_ascii_uppercase) => [a, b, c],
        _ => NO_COUNTRY,
    }
}

/// Who an office phrase can belong to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Owner {
    /// A state, by code.
    State(CountryCode),
    /// An organization, by id; with a code, the office is that state's
    /// ("the Kremlin spokesman" is Russia's).
    Organization(String, Option<CountryCode>),
}

/// The owner of an office named in a text: a state by code, or an
/// organization by id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum OwnerRef<'a> {
    State(CountryCode),
    Organization(&'a str),
}

/// One reading of an office phrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PhraseOffice {
    pub(crate) office: Office,
    /// Empty: any state.
    pub(crate) owners: Vec<Owner>,
}

/// The rest of a role title held for a time ("Acting President",
/// "Interim President": "President"), if it is one.
pub(crate) fn acting_title(title: &str) -> Option<&str> {
    title
        .strip_prefix("Acting ")
        .or_else(|| title.strip_prefix("Interim "))
}

/// A role title's office, and the exceptions by country (`None`: no office
/// there).
type TitleOffice = (Option<Office>, Vec<(CountryCode, Option<Office>)>);

/// The office table.
#[derive(Debug, Default)]
pub(crate) struct Offices {
    names: Vec<String>,
    /// Role title to its office.
    titles: HashMap<String, TitleOffice>,
    /// Role title to the office "title: King | Queen" that lists it
    /// (a "title: ..." office of the phrases).
    exact_titles: HashMap<String, Office>,
    /// Phrase, lower case, to its readings.
    phrases: HashMap<String, Vec<PhraseOffice>>,
}

impl Offices {
    /// The table of the built-in data, read on first use.
    pub(crate) fn builtin() -> &'static Offices {
        static OFFICES: std::sync::OnceLock<Offices> = std::sync::OnceLock::new();
        OFFICES.get_or_init(|| {
            Offices::parse(OFFICES_TSV)
                .unwrap_or_else(|e| panic!("gazetteers/builtin/offices.tsv: {e}"))
        })
    }

    /// Reads the table: `title` rows (role title, office, exceptions) and
    /// `phrase` rows (phrase, office, owners); see the file's header.
    pub(crate) fn parse(text: &str) -> Result<Offices, String> {
        let mut o = Offices::default();
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = |why: &str| format!("line {}: {why}", n + 1);
            let cols: Vec<&str> = line.split('\t').collect();
            let [kind, text, office, rest] = cols[..] else {
                return Err(bad("expected four columns"));
            };
            match kind {
                "title" => {
                    let main = o.office(office);
                    let mut except = Vec::new();
                    for part in rest.split(", ").filter(|p| !p.is_empty()) {
                        let (c, x) = part
                            .split_once('=')
                            .ok_or_else(|| bad("bad exception (expected ISO3=office)"))?;
                        except.push((country_code(Some(c)), o.office(x)));
                    }
                    o.titles.insert(text.to_string(), (main, except));
                }
                "phrase" => {
                    let office = o.office(office).ok_or_else(|| bad("no office"))?;
                    if let Some(titles) = o.names[office as usize].strip_prefix("title: ") {
                        let titles: Vec<String> = titles.split(" | ").map(str::to_string).collect();
                        for title in titles {
                            o.exact_titles.insert(title, office);
                        }
                    }
                    let mut owners = Vec::new();
                    for w in rest.split(", ").filter(|p| !p.is_empty()) {
                        owners.push(match w.split_once('=') {
                            _ if !w.starts_with("org:") => Owner::State(country_code(Some(w))),
                            Some((id, c)) => {
                                Owner::Organization(id.to_string(), Some(country_code(Some(c))))
                            }
                            None => Owner::Organization(w.to_string(), None),
                        });
                    }
                    o.phrases
                        .entry(text.to_lowercase())
                        .or_default()
                        .push(PhraseOffice { office, owners });
                }
                _ => return Err(bad("the first column is neither title nor phrase")),
            }
        }
        Ok(o)
    }

    /// The number of office `name`, added if new; `None` for "-".
    fn office(&mut self, name: &str) -> Option<Office> {
        if name == "-" {
            return None;
        }
        let i = match self.names.iter().position(|n| n == name) {
            Some(i) => i,
            None => {
                self.names.push(name.to_string());
                self.names.len() - 1
            }
        };
        Office::try_from(i).ok()
    }

    /// The office a role of `title` held for `country` is, if any: a title
    /// of the table, or else the office of the role title itself ("title:
    /// Kremlin Press Secretary"), or else that of the title without
    /// "Acting" or "Interim", or else a phrase for one of that state's
    /// offices ("Minister of Foreign Affairs", "foreign secretary" of the
    /// UK).
    pub(crate) fn of_title(&self, title: &str, country: CountryCode) -> Option<Office> {
        let Some((main, except)) = self.titles.get(title) else {
            if let Some(&o) = self.exact_titles.get(title) {
                return Some(o);
            }
            // "Acting Secretary of Defense" holds the office for a time.
            if let Some(rest) = acting_title(title) {
                return self.of_title(rest, country);
            }
            if country == NO_COUNTRY {
                return None;
            }
            return self
                .fit(self.phrase(title), OwnerRef::State(country))
                .map(|(o, _)| o);
        };
        match except.iter().find(|(c, _)| *c == country) {
            Some(&(_, x)) => x,
            None => *main,
        }
    }

    /// The office "title: `title`" when the phrases name one and it is not
    /// already the title's office ([`Offices::of_title`]): the holders of a
    /// role title that is one kind of a wider office ("King", a head of
    /// state).
    pub(crate) fn exact_title(&self, title: &str, country: CountryCode) -> Option<Office> {
        let o = *self.exact_titles.get(title)?;
        (self.of_title(title, country) != Some(o)).then_some(o)
    }

    /// The readings of an office phrase (any case).
    pub(crate) fn phrase(&self, phrase: &str) -> &[PhraseOffice] {
        let phrase = phrase.trim();
        // Most titles are short and ASCII: lower-cased on the stack.
        let mut buf = [0u8; 48];
        let key = match buf.get_mut(..phrase.len()) {
            Some(b) if phrase.is_ascii() => {
                b.copy_from_slice(phrase.as_bytes());
                b.make_ascii_lowercase();
                std::str::from_utf8(b).ok()
            }
            _ => None,
        };
        let found = match key {
            Some(k) => self.phrases.get(k),
            None => self.phrases.get(phrase.to_lowercase().as_str()),
        };
        found.map_or(&[], Vec::as_slice)
    }

    /// The office one of `readings` (of a phrase) names for `owner`, and
    /// the state whose holders answer ([`NO_COUNTRY`] for an
    /// organization's office): a phrase without owners fits every state.
    pub(crate) fn fit<'p>(
        &self,
        readings: impl IntoIterator<Item = &'p PhraseOffice>,
        owner: OwnerRef<'_>,
    ) -> Option<(Office, CountryCode)> {
        readings.into_iter().find_map(|p| match owner {
            OwnerRef::State(code) => {
                let fits = if p.owners.is_empty() {
                    !self.is_organization(p.office)
                } else {
                    p.owners.contains(&Owner::State(code))
                };
                fits.then_some((p.office, code))
            }
            OwnerRef::Organization(id) => p.owners.iter().find_map(|o| match o {
                Owner::Organization(org, country) if org == id => {
                    if self.is_organization(p.office) {
                        Some((p.office, NO_COUNTRY))
                    } else {
                        Some((p.office, (*country)?))
                    }
                }
                _ => None,
            }),
        })
    }

    /// The office whose table name is `name` (any case: "head of state",
    /// "defence minister"), for a state `owner`, or for the organization
    /// that owns it in a phrase row; the state whose holders answer as in
    /// [`Offices::fit`].
    pub(crate) fn named(&self, name: &str, owner: OwnerRef<'_>) -> Option<(Office, CountryCode)> {
        let name = name.trim();
        let o = self
            .names
            .iter()
            .position(|n| n.eq_ignore_ascii_case(name))?;
        let o = Office::try_from(o).ok()?;
        match owner {
            OwnerRef::State(code) => (!self.is_organization(o)).then_some((o, code)),
            OwnerRef::Organization(_) => {
                let readings = self.phrases.values().flatten().filter(|p| p.office == o);
                self.fit(readings, owner)
            }
        }
    }

    /// The name of office `o` ("foreign minister", "organization: NATO
    /// secretary general").
    pub(crate) fn name(&self, o: Office) -> &str {
        self.names.get(usize::from(o)).map_or("", String::as_str)
    }

    /// Whether office `o` belongs to an international organization, one
    /// for the world, whatever the holder's country.
    pub(crate) fn is_organization(&self, o: Office) -> bool {
        self.name(o).starts_with("organization: ")
    }

    /// The offices, by number.
    #[cfg(test)]
    pub(crate) fn names(&self) -> &[String] {
        &self.names
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_phrases_meet() {
        let o = Offices::builtin();
        let fm = o.of_title("Foreign Minister", *b"CHN").unwrap();
        assert_eq!(o.name(fm), "foreign minister");
        assert_eq!(o.of_title("Foreign Secretary", *b"GBR"), Some(fm));
        assert_eq!(o.of_title("Secretary of State", *b"USA"), Some(fm));
        // India's Foreign Secretary is a civil servant.
        assert_eq!(o.of_title("Foreign Secretary", *b"IND"), None);
        // Titles the table does not list meet through the phrases.
        assert_eq!(o.of_title("Minister of Foreign Affairs", *b"RUR"), Some(fm));
        assert_eq!(o.of_title("Minister of Foreign Affairs", NO_COUNTRY), None);
        assert!(o.phrase("Foreign Minister").iter().any(|p| p.office == fm));
        let sg = o.phrase("secretary-general");
        assert!(sg.iter().all(|p| o.is_organization(p.office)));
        assert!(sg
            .iter()
            .any(|p| p.owners == [Owner::Organization("org:united-nations".into(), None)]));
        assert!(o.phrase("no such office").is_empty());
    }

    #[test]
    fn bad_tables_are_errors() {
        assert!(Offices::parse("title\tKing\n").is_err());
        assert!(Offices::parse("other\tKing\thead of state\t\n").is_err());
        assert!(Offices::parse("title\tKing\thead of state\tGBR\n").is_err());
        let o = Offices::parse("title\tKing\thead of state\t\n").unwrap();
        assert_eq!(o.names(), ["head of state"]);
        assert_eq!(country_code(Some("usa")), NO_COUNTRY);
    }
}
