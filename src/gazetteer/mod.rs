//! Gazetteers: the entities an extractor knows, and how to load them.
//!
//! A gazetteer file is JSON Lines, one entity per line, in the format
//! described in `gazetteers/README.md`:
//!
//! ```text
//! {"id": "person:vladimir-putin", "kind": "person", "name": "Vladimir Putin", "aliases": ["Vladimir Vladimirovich Putin"], "short": ["Putin"], "country": "RUS"}
//! ```

pub(crate) mod entry;
pub(crate) mod files;
pub(crate) mod format;

#[cfg(feature = "builtin")]
mod builtin;

pub use entry::{Alias, CasePolicy, Entry, Role};

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::sync::OnceLock;

use crate::error::Error;

/// A list of entities, loaded from JSON Lines or built in code.
///
/// ```
/// use geopol::Gazetteer;
///
/// let data = r#"{"id": "org:acme", "kind": "organization", "name": "Acme Front", "aliases": ["AF"]}"#;
/// let gaz = Gazetteer::from_reader(data.as_bytes(), "acme.jsonl")?;
/// assert_eq!(gaz.len(), 1);
/// # Ok::<(), geopol::Error>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    entries: Vec<Entry>,
    /// Positions by id and by QID, made on the first lookup.
    index: OnceLock<Index>,
}

/// Where each id and each QID is in a gazetteer's entries.
#[derive(Clone, Debug, Default)]
struct Index {
    by_id: HashMap<Box<str>, u32>,
    by_wikidata: HashMap<Box<str>, u32>,
}

impl Index {
    fn new(entries: &[Entry]) -> Index {
        let mut index = Index::default();
        for (i, e) in entries.iter().enumerate() {
            index.by_id.insert(e.id.as_str().into(), i as u32);
            if let Some(q) = &e.wikidata {
                // The entry loaded last wins, as it does for an id.
                index.by_wikidata.insert(q.as_str().into(), i as u32);
            }
        }
        index
    }
}

impl Gazetteer {
    /// The gazetteer embedded in the crate (feature `builtin`, on by default).
    ///
    /// It is parsed on each call; [`Extractor::builtin`] keeps a ready
    /// extractor instead.
    ///
    /// [`Extractor::builtin`]: crate::Extractor::builtin
    ///
    /// # Panics
    ///
    /// Only if the embedded data is invalid, which the test suite rules
    /// out.
    #[cfg(feature = "builtin")]
    pub fn builtin() -> Gazetteer {
        let mut gaz = Gazetteer::default();
        for (name, data) in files::BUILTIN_FILES.iter().zip(builtin::TEXTS) {
            let part = Gazetteer::from_reader(data.as_bytes(), name)
                .unwrap_or_else(|e| panic!("built-in gazetteer is invalid: {e}"));
            gaz.extend(part);
        }
        gaz
    }

    /// Reads JSON Lines from `reader`. `name` (usually the file name) is used
    /// in error messages.
    ///
    /// # Errors
    ///
    /// An error naming `name`, the line and the reason for the first bad
    /// line: invalid UTF-8 or JSON, a missing or empty required field, an
    /// unknown kind, a malformed country code, an empty or over-long alias,
    /// or an id already used on an earlier line.
    pub fn from_reader<R: Read>(reader: R, name: &str) -> Result<Gazetteer, Error> {
        let mut reader = BufReader::new(reader);
        let mut entries = Vec::new();
        let mut seen = std::collections::HashMap::new();
        let mut buf = Vec::new();
        let mut lineno = 0u64;
        loop {
            buf.clear();
            let n = reader
                .read_until(b'\n', &mut buf)
                .map_err(|e| Error::io(name, e))?;
            if n == 0 {
                break;
            }
            lineno += 1;
            let line = std::str::from_utf8(&buf).map_err(|e| {
                Error::at_line(
                    name,
                    lineno,
                    format!("invalid UTF-8 at byte {} of the line", e.valid_up_to()),
                )
            })?;
            let line = line.trim_start_matches('\u{feff}').trim();
            if line.is_empty() {
                continue;
            }
            let entry =
                format::parse_line(line).map_err(|reason| Error::at_line(name, lineno, reason))?;
            if let Some(first) = seen.insert(entry.id.clone(), lineno) {
                return Err(Error::at_line(
                    name,
                    lineno,
                    format!("duplicate id {:?} (first on line {first})", entry.id),
                ));
            }
            entries.push(entry);
        }
        Ok(Gazetteer {
            entries,
            index: OnceLock::new(),
        })
    }

    /// Reads a JSON Lines file.
    ///
    /// # Errors
    ///
    /// As [`Gazetteer::from_reader`], plus an error naming the path if it
    /// cannot be opened.
    pub fn from_path<P: AsRef<Path>>(path: P) -> Result<Gazetteer, Error> {
        let path = path.as_ref();
        let name = path.display().to_string();
        let file = File::open(path).map_err(|e| Error::io(&name, e))?;
        Gazetteer::from_reader(file, &name)
    }

    /// Builds a gazetteer from entries made in code, checked like file
    /// lines; errors name `<entries>` and the 1-based position.
    ///
    /// # Errors
    ///
    /// As [`Gazetteer::from_reader`].
    pub fn from_entries<I>(entries: I) -> Result<Gazetteer, Error>
    where
        I: IntoIterator<Item = Entry>,
    {
        let mut seen = std::collections::HashMap::new();
        let mut out = Vec::new();
        for (i, entry) in entries.into_iter().enumerate() {
            let line = i as u64 + 1;
            format::validate(&entry).map_err(|reason| Error::at_line("<entries>", line, reason))?;
            if let Some(first) = seen.insert(entry.id.clone(), line) {
                return Err(Error::at_line(
                    "<entries>",
                    line,
                    format!("duplicate id {:?} (first at entry {first})", entry.id),
                ));
            }
            out.push(entry);
        }
        Ok(Gazetteer {
            entries: out,
            index: OnceLock::new(),
        })
    }

    /// Adds the entries of `other`; an entry whose id is already present
    /// replaces the earlier one.
    pub fn extend(&mut self, other: Gazetteer) {
        if self.entries.is_empty() {
            // Ids are distinct in every gazetteer: nothing to replace.
            *self = other;
            return;
        }
        self.index = OnceLock::new();
        let mut index: std::collections::HashMap<String, usize> = self
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        for entry in other.entries {
            match index.get(&entry.id) {
                Some(&i) => self.entries[i] = entry,
                None => {
                    index.insert(entry.id.clone(), self.entries.len());
                    self.entries.push(entry);
                }
            }
        }
    }

    /// Keeps only the entries for which `keep` returns true.
    pub fn retain(&mut self, keep: impl FnMut(&Entry) -> bool) {
        self.index = OnceLock::new();
        self.entries.retain(keep);
    }

    /// The entry with id `id`.
    ///
    /// The first lookup indexes the gazetteer (a few milliseconds for the
    /// built-in data); every lookup after it takes constant time.
    ///
    /// ```
    /// use geopol::{EntityKind, Entry, Gazetteer};
    ///
    /// let gaz = Gazetteer::from_entries([
    ///     Entry::new("org:acme", EntityKind::Organization, "Acme Front").wikidata("Q4"),
    /// ])?;
    /// assert_eq!(gaz.get("org:acme").map(|e| e.name.as_str()), Some("Acme Front"));
    /// assert_eq!(gaz.get_by_wikidata("Q4").map(|e| e.id.as_str()), Some("org:acme"));
    /// assert!(gaz.get("org:nobody").is_none());
    /// # Ok::<(), geopol::Error>(())
    /// ```
    pub fn get(&self, id: &str) -> Option<&Entry> {
        let i = *self.index().by_id.get(id)?;
        self.entries.get(i as usize)
    }

    /// The entry whose Wikidata item id is `qid` ("Q159"). Should several
    /// entries have it, the one loaded last. Constant time, as
    /// [`Gazetteer::get`].
    pub fn get_by_wikidata(&self, qid: &str) -> Option<&Entry> {
        let i = *self.index().by_wikidata.get(qid)?;
        self.entries.get(i as usize)
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| Index::new(&self.entries))
    }

    /// The entries, in load order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Writes the gazetteer as JSON Lines, in the format it is read from.
    ///
    /// # Errors
    ///
    /// Any I/O error from `writer`.
    pub fn write_jsonl<W: Write>(&self, mut writer: W) -> std::io::Result<()> {
        for entry in &self.entries {
            writer.write_all(format::to_line(entry).as_bytes())?;
            writer.write_all(b"\n")?;
        }
        Ok(())
    }
}
