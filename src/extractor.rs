//! The extractor and its builder.

use std::path::PathBuf;
use std::sync::Arc;

use crate::date::Date;
use crate::dateline::DocumentDay;
use crate::entity::EntityRef;
use crate::error::Error;
use crate::gazetteer::{Entry, Gazetteer};
use crate::kind::EntityKind;
use crate::mention::Mention;
use crate::resolve::{resolve, GivenNames, Resolution};
use crate::scan::{Matcher, Scan};

/// The buffers of one extraction: the scan and the resolution.
type Scratch = (Scan, Resolution);

thread_local! {
    /// Each thread's buffers, kept from one text to the next: most texts
    /// are short, and allocating the buffers again for each was a large
    /// part of their cost.
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

/// Texts longer than this, in bytes, leave no buffers behind, so that a
/// thread that once read a huge text does not hold its memory.
const KEEP_SCRATCH: usize = 1 << 20;

/// Finds geopolitical mentions in text.
///
/// An extractor is immutable once built, cheap to clone (clones share the
/// compiled gazetteer) and `Send + Sync`, so one instance can serve many
/// threads.
///
/// ```
/// use geopol::{EntityKind, Extractor};
///
/// let ex = Extractor::builtin();
/// let text = "Putin met Xi Jinping in Moscow.";
/// let mentions = ex.extract(text);
/// let moscow = mentions.iter().find(|m| m.text == "Moscow").unwrap();
/// assert_eq!(moscow.kind, EntityKind::Location);
/// assert_eq!(moscow.country.as_deref(), Some("RUS"));
/// ```
#[derive(Clone, Debug)]
pub struct Extractor {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    matcher: Matcher,
    given: GivenNames,
    evidence: bool,
    /// Which mentions the output keeps (the resolution is always that of
    /// the whole gazetteer).
    filter: Filter,
    /// The active gazetteer; with the built-in data it is parsed (and
    /// `added` merged into it) only when asked for.
    gazetteer: std::sync::OnceLock<Gazetteer>,
    /// The user entries joined to the built-in data.
    added: Gazetteer,
    kinds: Option<Vec<EntityKind>>,
}

impl Extractor {
    /// An extractor over the built-in world gazetteer (feature `builtin`).
    ///
    /// The gazetteer is compiled once per process, on first use; later calls
    /// return a clone that shares it.
    #[cfg(feature = "builtin")]
    pub fn builtin() -> Extractor {
        static BUILTIN: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
        BUILTIN
            .get_or_init(|| {
                Extractor::builder()
                    .build()
                    .unwrap_or_else(|e| panic!("built-in gazetteer does not compile: {e}"))
            })
            .clone()
    }

    /// A builder to choose gazetteers and kinds.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }

    /// The compiled gazetteer.
    pub(crate) fn matcher(&self) -> &Matcher {
        &self.inner.matcher
    }

    /// The active gazetteer: every entry this extractor can report, after
    /// merging and kind restriction.
    pub fn gazetteer(&self) -> &Gazetteer {
        self.inner.gazetteer.get_or_init(|| {
            #[cfg(feature = "builtin")]
            let mut g = Gazetteer::builtin();
            #[cfg(not(feature = "builtin"))]
            let mut g = Gazetteer::default();
            g.extend(self.inner.added.clone());
            restrict(&mut g, &self.inner.kinds);
            g
        })
    }

    /// The entry with id `id` in the active gazetteer: its name, kind,
    /// country, Wikidata QID, category and roles.
    ///
    /// The first lookup reads the gazetteer and indexes it (for the
    /// built-in data, well under a second, once per process); every lookup
    /// after it takes constant time.
    ///
    /// ```
    /// let ex = geopol::Extractor::builtin();
    /// let text = "Putin spoke in Moscow.";
    /// for m in ex.extract(text) {
    ///     let entry = ex.entry(&m).expect("a gazetteer mention has an entry");
    ///     assert_eq!(entry.wikidata, m.wikidata.as_deref().map(String::from));
    /// }
    /// let russia = ex.entity_by_wikidata("Q159").unwrap();
    /// assert_eq!(russia.name, "Russia");
    /// assert_eq!(ex.entity(&russia.id).unwrap().wikidata.as_deref(), Some("Q159"));
    /// ```
    pub fn entity(&self, id: &str) -> Option<&Entry> {
        self.gazetteer().get(id)
    }

    /// The entry of the active gazetteer whose Wikidata item id is `qid`
    /// ("Q159"). Constant time after the first lookup, as
    /// [`Extractor::entity`].
    pub fn entity_by_wikidata(&self, qid: &str) -> Option<&Entry> {
        self.gazetteer().get_by_wikidata(qid)
    }

    /// The gazetteer entry a mention stands for (for a nationality, its
    /// state's entry), with its category and roles; `None` for a name no
    /// gazetteer knows. Constant time after the first lookup, as
    /// [`Extractor::entity`].
    pub fn entry(&self, mention: &Mention) -> Option<&Entry> {
        self.entity(mention.id.as_deref()?)
    }

    /// Finds the mentions in `text`, sorted by start and non-overlapping.
    /// When the text opens with a wire dateline that gives a date
    /// ("BEIJING, March 1, 2023 —", "MOSCOW, Jan. 20, 2025 (Reuters) -"),
    /// it is read on that date, as by [`Extractor::extract_on`].
    ///
    /// Any `&str` is valid input; the result may be empty.
    pub fn extract(&self, text: &str) -> Vec<Mention> {
        self.extract_dated(text, None)
    }

    /// Finds the mentions in `text`, a document of `date`: an office named
    /// without its holder ("the Chinese foreign minister", "NATO's
    /// secretary general") is the person who held it on that date, and a
    /// surname that several known people share ("Trudeau", "Bush") names
    /// the one who held an office then, with the others in `candidates`.
    /// Otherwise the same as [`Extractor::extract`]; `date` wins over a
    /// dateline's.
    ///
    /// ```
    /// use geopol::{Date, Extractor};
    ///
    /// let ex = Extractor::builtin();
    /// let text = "Trudeau met the premiers in Ottawa.";
    /// let then = ex.extract_on(text, "1975-06-01".parse::<Date>()?);
    /// assert_eq!(then[0].id.as_deref(), Some("person:pierre-trudeau"));
    /// let now = ex.extract_on(text, "2018-06-01".parse::<Date>()?);
    /// assert_eq!(now[0].id.as_deref(), Some("person:justin-trudeau"));
    /// # Ok::<(), geopol::ParseDateError>(())
    /// ```
    pub fn extract_on(&self, text: &str, date: Date) -> Vec<Mention> {
        self.extract_dated(text, Some(date))
    }

    /// [`Extractor::extract`] on a document of `date`, if given (else of its
    /// dateline's date, if any).
    fn extract_dated(&self, text: &str, date: Option<Date>) -> Vec<Mention> {
        // The thread's buffers, if they are free (not while the thread is
        // being torn down).
        let reused = SCRATCH.try_with(|cell| {
            let mut scratch = cell.try_borrow_mut().ok()?;
            Some(self.extract_with(text, date, &mut scratch))
        });
        match reused {
            Ok(Some(mentions)) => mentions,
            _ => self.extract_with(text, date, &mut Scratch::default()),
        }
    }

    /// [`Extractor::extract_dated`] with the buffers `scan` and `res`.
    fn extract_with(
        &self,
        text: &str,
        date: Option<Date>,
        (scan, res): &mut Scratch,
    ) -> Vec<Mention> {
        let matcher = &self.inner.matcher;
        matcher.scan_into(text, scan);
        let evidence = self.inner.evidence;
        let day = DocumentDay::new(text, date);
        resolve(text, matcher, &self.inner.given, scan, evidence, &day, res);
        let ascii = scan.ascii;
        // A huge text's buffers go as soon as they have been read.
        let huge = text.len() > KEEP_SCRATCH;
        if huge {
            *scan = Scan::default();
            res.release_passes();
        }
        let mentions = to_mentions(text, ascii, matcher, res, evidence, &self.inner.filter);
        if huge {
            *res = Resolution::default();
        }
        mentions
    }
}

impl Extractor {
    /// Finds the mentions of many texts on `threads` threads (0: one per
    /// available core), returning them in the order of `texts`: the same
    /// result as calling [`Extractor::extract`] on each text in turn.
    ///
    /// The mentions are dropped by whichever thread holds the result; to
    /// turn them into something else (JSON, counts, rows) on the threads
    /// that found them, use [`Extractor::extract_batch_with`].
    ///
    /// ```
    /// let ex = geopol::Extractor::builtin();
    /// let docs = ["Talks in Moscow.", "", "NATO and the U.S. met."];
    /// let all = ex.extract_batch(&docs, 2);
    /// assert_eq!(all.len(), 3);
    /// assert_eq!(all[0][0].text, "Moscow");
    /// assert!(all[1].is_empty());
    /// assert_eq!(all[2][1].text, "U.S.");
    /// ```
    pub fn extract_batch<S: AsRef<str> + Sync>(
        &self,
        texts: &[S],
        threads: usize,
    ) -> Vec<Vec<Mention>> {
        self.extract_batch_with(texts, threads, |_, mentions| mentions)
    }

    /// Like [`Extractor::extract_batch`], but calls `f` with the index of
    /// each text and its mentions on the thread that found them, and
    /// returns what `f` returns, in the order of `texts`.
    ///
    /// Work done in `f`, such as writing JSON or keeping only some
    /// mentions, runs in parallel with the extraction of other texts, and
    /// the mentions `f` does not keep are freed there too, not later on
    /// the caller's thread.
    ///
    /// ```
    /// let ex = geopol::Extractor::builtin();
    /// let docs = ["Talks in Moscow.", "NATO and the U.S. met."];
    /// let lines = ex.extract_batch_with(&docs, 2, |i, mentions| {
    ///     let names: Vec<&str> = mentions.iter().map(|m| &*m.name).collect();
    ///     format!("{i}: {}", names.join(", "))
    /// });
    /// assert_eq!(lines[0], "0: Moscow");
    /// assert_eq!(lines[1], "1: North Atlantic Treaty Organization, United States");
    /// ```
    pub fn extract_batch_with<S, R, F>(&self, texts: &[S], threads: usize, f: F) -> Vec<R>
    where
        S: AsRef<str> + Sync,
        R: Send,
        F: Fn(usize, Vec<Mention>) -> R + Sync,
    {
        self.batch(texts, |t| (t.as_ref(), None), threads, f)
    }

    /// Like [`Extractor::extract_batch`], each text read on its date, as
    /// by [`Extractor::extract_on`] (`None`: the date of its dateline, if
    /// it has one).
    ///
    /// ```
    /// use geopol::{Date, Extractor};
    ///
    /// let ex = Extractor::builtin();
    /// let text = "Trudeau met the premiers.";
    /// let dateline = "OTTAWA, June 1, 1975 - Trudeau met the premiers.";
    /// let docs = [
    ///     (text, Some("2018-06-01".parse::<Date>()?)),
    ///     (dateline, None),
    /// ];
    /// let all = ex.extract_batch_on(&docs, 2);
    /// assert_eq!(all[0][0].id.as_deref(), Some("person:justin-trudeau"));
    /// let trudeau = all[1].iter().find(|m| m.text == "Trudeau").unwrap();
    /// assert_eq!(trudeau.id.as_deref(), Some("person:pierre-trudeau"));
    /// # Ok::<(), geopol::ParseDateError>(())
    /// ```
    pub fn extract_batch_on<S: AsRef<str> + Sync>(
        &self,
        docs: &[(S, Option<Date>)],
        threads: usize,
    ) -> Vec<Vec<Mention>> {
        self.batch(docs, |(t, d)| (t.as_ref(), *d), threads, |_, m| m)
    }

    /// The batch functions: `doc` gives each item's text and date.
    fn batch<D, R, F>(
        &self,
        docs: &[D],
        doc: impl Fn(&D) -> (&str, Option<Date>) + Sync,
        threads: usize,
        f: F,
    ) -> Vec<R>
    where
        D: Sync,
        R: Send,
        F: Fn(usize, Vec<Mention>) -> R + Sync,
    {
        let threads = if threads == 0 {
            std::thread::available_parallelism().map_or(1, usize::from)
        } else {
            threads
        }
        .min(docs.len());
        let one = |(i, d): (usize, &D)| {
            let (text, date) = doc(d);
            f(i, self.extract_dated(text, date))
        };
        if threads <= 1 {
            return docs.iter().enumerate().map(one).collect();
        }
        // Threads take the next text as they finish one, so long and short
        // texts spread evenly. The calling thread is one of them: its
        // buffers are warm from earlier texts, and one thread fewer starts.
        let next = std::sync::atomic::AtomicUsize::new(0);
        let work = || {
            let mut mine = Vec::new();
            loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(item) = docs.get(i) else {
                    return mine;
                };
                mine.push((i, one((i, item))));
            }
        };
        let done: Vec<Vec<(usize, R)>> = std::thread::scope(|scope| {
            let workers: Vec<_> = (1..threads).map(|_| scope.spawn(work)).collect();
            let mut done = vec![work()];
            done.extend(
                workers
                    .into_iter()
                    .map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e))),
            );
            done
        });
        // Every index was taken by exactly one thread, and each thread's
        // list is in order: a stable sort merges the lists.
        let mut done: Vec<(usize, R)> = done.into_iter().flatten().collect();
        done.sort_by_key(|&(i, _)| i);
        done.into_iter().map(|(_, result)| result).collect()
    }
}

#[cfg(feature = "builtin")]
impl Default for Extractor {
    /// The same as [`Extractor::builtin`].
    fn default() -> Extractor {
        Extractor::builtin()
    }
}

/// Which resolved mentions an extractor reports.
#[derive(Clone, Copy, Debug)]
struct Filter {
    /// Bit `k` set when mentions of the kind of rank `k` are kept.
    kinds: u8,
    /// Whether mentions of entities no gazetteer knows are kept.
    guesses: bool,
}

impl Filter {
    /// The bits of every kind.
    const ALL_KINDS: u8 = (1 << EntityKind::ALL.len()) - 1;

    /// Whether the filter keeps everything.
    fn keeps_all(&self) -> bool {
        self.guesses && self.kinds == Filter::ALL_KINDS
    }
}

/// The mentions `res` resolved in `text` that `filter` keeps, with
/// character offsets counted from the bytes where the scan found the text
/// `ascii`.
fn to_mentions(
    text: &str,
    ascii: bool,
    matcher: &Matcher,
    res: &Resolution,
    evidence: bool,
    filter: &Filter,
) -> Vec<Mention> {
    // In ASCII text, characters are bytes.
    let count = |s: &str| if ascii { s.len() } else { s.chars().count() };
    let (mut byte, mut chars) = (0usize, 0usize);
    let all = filter.keeps_all();
    // One pass that writes each mention in place.
    res.mentions
        .iter()
        .filter(|r| {
            all || ((filter.guesses || r.entity.known().is_some())
                && filter.kinds & (1 << res.kind(matcher, r).rank()) != 0)
        })
        .map(|r| {
            chars += count(&text[byte..r.start]);
            let char_start = chars;
            chars += count(&text[r.start..r.end]);
            byte = r.end;
            let kind = res.kind(matcher, r);
            let known = r.entity.known().and_then(|e| matcher.entities.shared(e));
            let (id, name, country, wikidata, category) = match (known, r.entity) {
                (Some(s), _) => (
                    Some(s.id.clone()),
                    s.name.clone(),
                    s.country.clone(),
                    s.wikidata.clone().filter(|_| r.linked),
                    s.category.clone(),
                ),
                (None, EntityRef::Local(i)) => {
                    (None, res.locals[i as usize].name.clone(), None, None, None)
                }
                // Every known entity is in the table; should one not be,
                // the words stand for themselves.
                (None, EntityRef::Known(_)) => {
                    (None, Arc::from(&text[r.start..r.end]), None, None, None)
                }
            };
            // Most mentions have no other candidate.
            let candidates = if r.others.is_empty() {
                Vec::new()
            } else {
                r.others
                    .iter()
                    .filter_map(|&o| matcher.entities.shared(o).map(|s| s.id.clone()))
                    .collect()
            };
            Mention {
                start: r.start,
                end: r.end,
                char_start,
                char_end: chars,
                text: text[r.start..r.end].to_string(),
                kind,
                id,
                wikidata,
                name,
                country,
                category,
                candidates,
                how: evidence.then_some(r.how),
            }
        })
        .collect()
}

/// Configures and builds an [`Extractor`].
///
/// By default the builder uses the built-in gazetteer (when the `builtin`
/// feature is on) and all kinds. User gazetteers are added after it; an
/// entry whose id is already present replaces the earlier entry.
///
/// ```
/// use geopol::{EntityKind, Entry, Extractor, Gazetteer};
///
/// let mine = Gazetteer::from_entries([
///     Entry::new("org:acme-front", EntityKind::Organization, "Acme Front")
///         .alias("AF")
///         .country("RUS"),
/// ])?;
/// let ex = Extractor::builder()
///     .builtin(false)
///     .gazetteer(mine)
///     .build()?;
/// let m = ex.extract("Fighters of the Acme Front advanced.");
/// assert_eq!(m[0].id.as_deref(), Some("org:acme-front"));
///
/// let states_only = Extractor::builder().kinds([EntityKind::State]).build()?;
/// assert!(states_only.extract("Chinese troops in China").iter().all(|m| m.kind == EntityKind::State));
/// # Ok::<(), geopol::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct ExtractorBuilder {
    builtin: bool,
    evidence: bool,
    guesses: bool,
    sources: Vec<Source>,
    kinds: Option<Vec<EntityKind>>,
}

#[derive(Clone, Debug)]
enum Source {
    Loaded(Gazetteer),
    Path(PathBuf),
}

impl Default for ExtractorBuilder {
    fn default() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }
}

impl ExtractorBuilder {
    /// A builder with the default configuration.
    pub fn new() -> ExtractorBuilder {
        ExtractorBuilder {
            builtin: cfg!(feature = "builtin"),
            evidence: false,
            guesses: true,
            sources: Vec::new(),
            kinds: None,
        }
    }

    /// Whether to include the built-in gazetteer (default: true when the
    /// `builtin` feature is on; without the feature, `true` has no effect).
    pub fn builtin(&mut self, yes: bool) -> &mut ExtractorBuilder {
        self.builtin = yes;
        self
    }

    /// Whether each mention says how it was found, in [`Mention::how`]
    /// (default: false).
    ///
    /// ```
    /// use geopol::{Extractor, How};
    ///
    /// let ex = Extractor::builder().evidence(true).build()?;
    /// let m = ex.extract("Wang Yi arrived. Wang left.");
    /// assert_eq!(m[0].how, Some(How::Exact));
    /// assert_eq!(m[1].how, Some(How::Partial));
    /// # Ok::<(), geopol::Error>(())
    /// ```
    pub fn evidence(&mut self, yes: bool) -> &mut ExtractorBuilder {
        self.evidence = yes;
        self
    }

    /// Adds a gazetteer.
    ///
    /// An entry whose id an earlier gazetteer (or the built-in one) has
    /// takes its place. With the built-in gazetteer, the entries join its
    /// tables, compiled when the crate was built, without compiling those
    /// again: the extractor is what compiling everything together gives,
    /// in a small part of the time.
    pub fn gazetteer(&mut self, gazetteer: Gazetteer) -> &mut ExtractorBuilder {
        self.sources.push(Source::Loaded(gazetteer));
        self
    }

    /// Adds a gazetteer file, read by [`build`](ExtractorBuilder::build).
    pub fn gazetteer_path(&mut self, path: impl Into<PathBuf>) -> &mut ExtractorBuilder {
        self.sources.push(Source::Path(path.into()));
        self
    }

    /// Reports only these kinds of mention (default: all).
    ///
    /// The text is resolved as by an extractor of every kind, and the
    /// mentions of other kinds are left out of the result: the output is
    /// exactly the full output without them, with the same spans, ids and
    /// candidates. So a known person keeps their id when organizations are
    /// left out, and a word that the full extractor reads as part of a
    /// longer name of another kind ("Anbar" in "Anbar Province") is not
    /// reported on its own.
    ///
    /// ```
    /// use geopol::{EntityKind, Extractor};
    ///
    /// let text = "Chinese troops in China; NATO and Joe Biden.";
    /// let all = Extractor::builtin().extract(text);
    /// let some = Extractor::builder()
    ///     .kinds([EntityKind::State, EntityKind::Person])
    ///     .build()?
    ///     .extract(text);
    /// let filtered: Vec<_> = all
    ///     .into_iter()
    ///     .filter(|m| matches!(m.kind, EntityKind::State | EntityKind::Person))
    ///     .collect();
    /// assert_eq!(some, filtered);
    /// assert_eq!(some[1].id.as_deref(), Some("person:joe-biden"));
    /// # Ok::<(), geopol::Error>(())
    /// ```
    pub fn kinds<I: IntoIterator<Item = EntityKind>>(&mut self, kinds: I) -> &mut ExtractorBuilder {
        self.kinds = Some(kinds.into_iter().collect());
        self
    }

    /// Whether to report names that no gazetteer entry backs (default:
    /// true).
    ///
    /// With `false` every mention has an `id`: the names, aliases and
    /// nationality adjectives of the gazetteers, the partial names of
    /// their people ("Putin" after "Vladimir Putin") and the acronyms the
    /// text defines for their organizations. Names that only the rules
    /// find (a capitalised name after an office title, "Working Families
    /// Party", an acronym spelled by unknown words, a dateline city no
    /// gazetteer lists) are left out. As with [`kinds`], the text is
    /// resolved in full and the output is exactly the full output without
    /// the mentions whose `id` is null.
    ///
    /// ```
    /// use geopol::Extractor;
    ///
    /// let text = "Foreign Minister Jan Qorvak met Vladimir Putin. Putin and Qorvak spoke.";
    /// let ex = Extractor::builder().guesses(false).build()?;
    /// let found: Vec<_> = ex.extract(text).into_iter().map(|m| m.text).collect();
    /// assert_eq!(found, ["Vladimir Putin", "Putin"]);
    /// # Ok::<(), geopol::Error>(())
    /// ```
    ///
    /// [`kinds`]: ExtractorBuilder::kinds
    pub fn guesses(&mut self, yes: bool) -> &mut ExtractorBuilder {
        self.guesses = yes;
        self
    }

    /// Builds the extractor.
    ///
    /// # Errors
    ///
    /// A gazetteer file that cannot be read or has a bad line (the error
    /// names the file and line), or a gazetteer too large to compile.
    pub fn build(&self) -> Result<Extractor, Error> {
        let kinds = self.kinds.clone();
        let filter = Filter {
            kinds: EntityKind::ALL
                .iter()
                .filter(|k| kinds.as_ref().is_none_or(|ks| ks.contains(k)))
                .fold(0, |m, k| m | (1 << k.rank())),
            guesses: self.guesses,
        };
        let mut added = Gazetteer::default();
        for source in &self.sources {
            match source {
                Source::Loaded(g) => added.extend(g.clone()),
                Source::Path(p) => added.extend(Gazetteer::from_path(p)?),
            }
        }
        #[cfg(feature = "builtin")]
        if self.builtin {
            // The tables and trie compiled at build time, with the user
            // entries joined to them; the merged gazetteer is read only
            // when asked for.
            let matcher = Matcher::builtin_with(added.entries()).map_err(Error::build)?;
            return Ok(self.extractor(matcher, std::sync::OnceLock::new(), added, filter));
        }
        let matcher = Matcher::from_entries(added.entries()).map_err(Error::build)?;
        restrict(&mut added, &self.kinds);
        Ok(self.extractor(matcher, added.into(), Gazetteer::default(), filter))
    }

    /// The extractor of `matcher`, with the gazetteer of its entries (or
    /// the user entries to merge into the built-in one when asked for).
    fn extractor(
        &self,
        matcher: Matcher,
        gazetteer: std::sync::OnceLock<Gazetteer>,
        added: Gazetteer,
        filter: Filter,
    ) -> Extractor {
        let inner = Inner {
            given: GivenNames::new(&matcher),
            evidence: self.evidence,
            filter,
            matcher,
            gazetteer,
            added,
            kinds: self.kinds.clone(),
        };
        Extractor {
            inner: Arc::new(inner),
        }
    }
}

/// Keeps the entries that can yield one of `kinds` (states also yield
/// nationalities).
fn restrict(g: &mut Gazetteer, kinds: &Option<Vec<EntityKind>>) {
    if let Some(ks) = kinds {
        g.retain(|e| {
            ks.contains(&e.kind)
                || (e.kind == EntityKind::State && ks.contains(&EntityKind::Nationality))
        });
    }
}
