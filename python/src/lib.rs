//! The Python bindings of geopol: an `Extractor` whose mentions carry
//! Python `str` indices, batches that run without the GIL, and errors that
//! are Python exceptions (a panic too: nothing takes the interpreter down).

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;

use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};

pyo3::create_exception!(
    geopol,
    GazetteerError,
    PyValueError,
    "A gazetteer that cannot be read: its message is `file:line: reason`, \
     and its attributes `file`, `line` (None when the file as a whole is at \
     fault) and `reason` say the same."
);

/// One entity mention found in a text.
///
/// `start` and `end` are indices into the Python `str` given, end
/// exclusive, so `text[m.start:m.end] == m.text`; `byte_start` and
/// `byte_end` are the same span in the text's UTF-8 bytes. The fields are
/// made Python objects when read, not before.
#[pyclass(module = "geopol", frozen, eq)]
#[derive(Clone, Debug, PartialEq)]
struct Mention {
    inner: geopol::Mention,
}

impl Mention {
    fn new(inner: geopol::Mention) -> Mention {
        Mention { inner }
    }
}

#[pymethods]
impl Mention {
    /// The start as an index of the `str` (the library's `char_start`).
    #[getter(start)]
    fn char_start(&self) -> usize {
        self.inner.char_start
    }

    /// The end as an index of the `str` (the library's `char_end`).
    #[getter(end)]
    fn char_end(&self) -> usize {
        self.inner.char_end
    }

    #[getter]
    fn byte_start(&self) -> usize {
        self.inner.start
    }

    #[getter]
    fn byte_end(&self) -> usize {
        self.inner.end
    }

    #[getter]
    fn text(&self) -> &str {
        &self.inner.text
    }

    /// As in the JSON output: "person", "state", "nationality",
    /// "organization", "treaty" or "location".
    #[getter]
    fn kind(&self) -> &'static str {
        self.inner.kind.as_str()
    }

    #[getter]
    fn id(&self) -> Option<&str> {
        self.inner.id.as_deref()
    }

    #[getter]
    fn name(&self) -> &str {
        &self.inner.name
    }

    #[getter]
    fn country(&self) -> Option<&str> {
        self.inner.country.as_deref()
    }

    #[getter]
    fn wikidata(&self) -> Option<&str> {
        self.inner.wikidata.as_deref()
    }

    #[getter]
    fn category(&self) -> Option<&str> {
        self.inner.category.as_deref()
    }

    #[getter]
    fn candidates(&self) -> Vec<&str> {
        self.inner.candidates.iter().map(|c| &**c).collect()
    }

    #[getter]
    fn how(&self) -> Option<&'static str> {
        self.inner.how.map(geopol::How::as_str)
    }
    /// The mention as a dict of JSON values, every field present (`None`
    /// or `[]` where there is nothing to say).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("start", self.char_start())?;
        d.set_item("end", self.char_end())?;
        d.set_item("byte_start", self.byte_start())?;
        d.set_item("byte_end", self.byte_end())?;
        d.set_item("text", self.text())?;
        d.set_item("kind", self.kind())?;
        d.set_item("id", self.id())?;
        d.set_item("name", self.name())?;
        d.set_item("country", self.country())?;
        d.set_item("wikidata", self.wikidata())?;
        d.set_item("category", self.category())?;
        d.set_item("candidates", self.candidates())?;
        d.set_item("how", self.how())?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        // Strings as Python writes them.
        let r = |s: Option<&str>| -> PyResult<String> {
            match s {
                Some(s) => Ok(PyString::new(py, s).repr()?.to_string()),
                None => Ok("None".to_string()),
            }
        };
        Ok(format!(
            "Mention(start={}, end={}, text={}, kind={}, id={}, name={})",
            self.char_start(),
            self.char_end(),
            r(Some(self.text()))?,
            r(Some(self.kind()))?,
            r(self.id())?,
            r(Some(self.name()))?,
        ))
    }
}

/// A date of a document: a `str` "YYYY-MM-DD", or a `datetime.date` (a
/// `datetime.datetime` counts by its date).
fn date_of(value: &Bound<'_, PyAny>) -> PyResult<geopol::Date> {
    if let Ok(s) = value.cast::<PyString>() {
        let s = s.to_cow()?;
        return s
            .parse::<geopol::Date>()
            .map_err(|e| PyValueError::new_err(e.to_string()));
    }
    let part = |name: &str| -> PyResult<i64> { value.getattr(name)?.extract() };
    match (part("year"), part("month"), part("day")) {
        (Ok(y), Ok(m), Ok(d)) => i32::try_from(y)
            .ok()
            .zip(u32::try_from(m).ok())
            .zip(u32::try_from(d).ok())
            .and_then(|((y, m), d)| geopol::Date::new(y, m, d))
            .ok_or_else(|| PyValueError::new_err(format!("bad date {y}-{m}-{d}"))),
        _ => Err(PyTypeError::new_err(format!(
            "a date must be a str \"YYYY-MM-DD\" or a datetime.date, not {}",
            value.get_type().name()?
        ))),
    }
}

/// `f()`, with a panic turned into a Python `RuntimeError`.
fn guarded<T>(f: impl FnOnce() -> T) -> PyResult<T> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|panic| {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        PyRuntimeError::new_err(format!("geopol: internal error: {what}"))
    })
}

/// A text argument: a `str`, else a `TypeError` naming what came instead.
fn text_of<'a>(text: &'a Bound<'_, PyAny>) -> PyResult<&'a Bound<'a, PyString>> {
    text.cast::<PyString>().map_err(|_| {
        let got = text
            .get_type()
            .name()
            .map_or_else(|_| "?".to_string(), |n| n.to_string());
        PyTypeError::new_err(format!("text must be str, not {got}"))
    })
}

/// Finds geopolitical entities in English text.
#[pyclass(module = "geopol", frozen)]
struct Extractor {
    inner: geopol::Extractor,
}

#[pymethods]
impl Extractor {
    #[new]
    #[pyo3(signature = (gazetteers = None, builtin = true, kinds = None, guesses = true, evidence = false))]
    fn new(
        py: Python<'_>,
        gazetteers: Option<Vec<PathBuf>>,
        builtin: bool,
        kinds: Option<Vec<String>>,
        guesses: bool,
        evidence: bool,
    ) -> PyResult<Extractor> {
        let mut builder = geopol::Extractor::builder();
        builder.builtin(builtin).guesses(guesses).evidence(evidence);
        for path in gazetteers.unwrap_or_default() {
            builder.gazetteer_path(path);
        }
        if let Some(kinds) = kinds {
            let kinds = kinds
                .iter()
                .map(|k| k.parse::<geopol::EntityKind>())
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| PyValueError::new_err(e.to_string()))?;
            builder.kinds(kinds);
        }
        let built = py.detach(|| guarded(|| builder.build()))?;
        let inner = built.map_err(|e| gazetteer_error(py, &e))?;
        Ok(Extractor { inner })
    }

    /// The mentions of `text` (a `str`), in order; with `date` (a `str`
    /// "YYYY-MM-DD" or a `datetime.date`), offices named without a name
    /// are their holders on that day.
    #[pyo3(signature = (text, date = None))]
    fn extract(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        date: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Vec<Mention>> {
        // Borrowed where the ABI allows, copied on Python 3.9.
        let text = text_of(text)?.to_cow()?;
        let text: &str = &text;
        let date = date.filter(|d| !d.is_none()).map(date_of).transpose()?;
        let found = py.detach(|| {
            guarded(|| match date {
                Some(d) => self.inner.extract_on(text, d),
                None => self.inner.extract(text),
            })
        })?;
        Ok(found.into_iter().map(Mention::new).collect())
    }

    /// The mentions of each text, in the order of `texts`, found on
    /// `threads` threads (0: one per core) without the GIL; `dates`, if
    /// given, has one date (or None) per text.
    #[pyo3(signature = (texts, threads = 0, dates = None))]
    fn extract_batch(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        threads: usize,
        dates: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Vec<Vec<Mention>>> {
        if texts.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "texts must be a sequence of str, not a str",
            ));
        }
        let items: Vec<Bound<'_, PyAny>> = texts.try_iter()?.collect::<PyResult<_>>()?;
        let mut docs: Vec<(std::borrow::Cow<'_, str>, Option<geopol::Date>)> =
            Vec::with_capacity(items.len());
        for item in &items {
            docs.push((text_of(item)?.to_cow()?, None));
        }
        if let Some(dates) = dates.filter(|d| !d.is_none()) {
            let dates: Vec<Bound<'_, PyAny>> = dates.try_iter()?.collect::<PyResult<_>>()?;
            if dates.len() != docs.len() {
                return Err(PyValueError::new_err(format!(
                    "{} dates for {} texts",
                    dates.len(),
                    docs.len()
                )));
            }
            for (doc, date) in docs.iter_mut().zip(&dates) {
                if !date.is_none() {
                    doc.1 = Some(date_of(date)?);
                }
            }
        }
        let found = py.detach(|| guarded(|| self.inner.extract_batch_on(&docs, threads)))?;
        Ok(found
            .into_iter()
            .map(|ms| ms.into_iter().map(Mention::new).collect())
            .collect())
    }

    /// The number of mentions of each text, found as by `extract_batch`
    /// but with no `Mention` made: the Rust library's own speed, for
    /// `bench.py`.
    #[pyo3(signature = (texts, threads = 0))]
    fn _count_batch(
        &self,
        py: Python<'_>,
        texts: Vec<Bound<'_, PyString>>,
        threads: usize,
    ) -> PyResult<Vec<usize>> {
        let texts = texts
            .iter()
            .map(|t| t.to_cow())
            .collect::<PyResult<Vec<_>>>()?;
        py.detach(|| {
            guarded(|| {
                self.inner
                    .extract_batch_with(&texts, threads, |_, m| m.len())
            })
        })
    }

    fn __repr__(&self) -> String {
        format!("Extractor({} entries)", self.inner.gazetteer().len())
    }
}

/// A [`GazetteerError`] (or a `ValueError` when no file is at fault) from a
/// build error.
fn gazetteer_error(py: Python<'_>, e: &geopol::Error) -> PyErr {
    let Some(file) = e.file() else {
        return PyValueError::new_err(e.to_string());
    };
    let err = GazetteerError::new_err(e.to_string());
    let value = err.value(py);
    let attrs = [
        value.setattr("file", file),
        value.setattr("line", e.line()),
        value.setattr("reason", e.reason()),
    ];
    match attrs.into_iter().find_map(Result::err) {
        Some(failed) => failed,
        None => err,
    }
}

#[pymodule]
fn _geopol(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Extractor>()?;
    m.add_class::<Mention>()?;
    m.add("GazetteerError", m.py().get_type::<GazetteerError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
