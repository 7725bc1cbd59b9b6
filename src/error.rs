//! The crate's error type.

use std::fmt;

/// An error from loading a gazetteer or building an extractor.
///
/// Errors about gazetteer input name the file (or the name given to a
/// reader), the 1-based line and the reason, so that a bad line can be found
/// and fixed:
///
/// ```
/// use geopol::Gazetteer;
///
/// let data = "{\"id\": \"x\", \"kind\": \"planet\", \"name\": \"Mars\"}\n";
/// let err = Gazetteer::from_reader(data.as_bytes(), "mine.jsonl").unwrap_err();
/// assert_eq!(err.file(), Some("mine.jsonl"));
/// assert_eq!(err.line(), Some(1));
/// assert!(err.to_string().starts_with("mine.jsonl:1: unknown kind \"planet\""));
/// ```
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Debug)]
enum ErrorKind {
    /// The file could not be opened or read.
    Io {
        file: String,
        source: std::io::Error,
    },
    /// One line of a gazetteer is not a valid entry.
    Line {
        file: String,
        line: u64,
        reason: String,
    },
    /// The gazetteers as a whole cannot be built into an extractor.
    Build { reason: String },
}

impl Error {
    pub(crate) fn io(file: impl Into<String>, source: std::io::Error) -> Error {
        Error {
            kind: ErrorKind::Io {
                file: file.into(),
                source,
            },
        }
    }

    pub(crate) fn at_line(file: impl Into<String>, line: u64, reason: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Line {
                file: file.into(),
                line,
                reason: reason.into(),
            },
        }
    }

    pub(crate) fn build(reason: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Build {
                reason: reason.into(),
            },
        }
    }

    /// The file (or reader name) the error is about, if any.
    pub fn file(&self) -> Option<&str> {
        match &self.kind {
            ErrorKind::Io { file, .. } | ErrorKind::Line { file, .. } => Some(file),
            ErrorKind::Build { .. } => None,
        }
    }

    /// The 1-based line the error is about, if any.
    pub fn line(&self) -> Option<u64> {
        match &self.kind {
            ErrorKind::Line { line, .. } => Some(*line),
            _ => None,
        }
    }

    /// The reason, without the file and line prefix.
    pub fn reason(&self) -> String {
        match &self.kind {
            ErrorKind::Io { source, .. } => source.to_string(),
            ErrorKind::Line { reason, .. } | ErrorKind::Build { reason } => reason.clone(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Io { file, source } => write!(f, "{file}: {source}"),
            ErrorKind::Line { file, line, reason } => {
                write!(f, "{file}:{line}: {reason}")
            }
            ErrorKind::Build { reason } => f.write_str(reason),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_and_accessors() {
        let e = Error::at_line("g.jsonl", 7, "bad");
        assert_eq!(e.to_string(), "g.jsonl:7: bad");
        assert_eq!(
            (e.file(), e.line(), e.reason()),
            (Some("g.jsonl"), Some(7), "bad".into())
        );
        let e = Error::build("too big");
        assert_eq!((e.file(), e.line()), (None, None));
        let e = Error::io(
            "x",
            std::io::Error::new(std::io::ErrorKind::NotFound, "gone"),
        );
        assert_eq!(e.to_string(), "x: gone");
    }
}
