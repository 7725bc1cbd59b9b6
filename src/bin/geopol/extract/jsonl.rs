//! The JSON Lines of `extract --jsonl`: input lines, output lines, and
//! the whole lines read at once.

use geopol::{Date, Mention};
use serde::{Deserialize, Serialize};

/// One input line.
#[derive(Deserialize)]
pub(super) struct InputDoc {
    /// Echoed in the output; without it, the output gives the line number.
    #[serde(default)]
    pub(super) id: Option<serde_json::Value>,
    pub(super) text: String,
    /// The document's date, `YYYY-MM-DD`, checked by [`parse_line`].
    #[serde(default)]
    pub(super) date: Option<String>,
}

/// One output line: the input's id if it had one, else its line number.
#[derive(Serialize)]
pub(super) struct OutputDoc<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) id: Option<&'a serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(super) line: Option<u64>,
    pub(super) mentions: &'a [Mention],
}

/// Whole lines of JSON Lines input.
pub(super) struct Lines {
    /// The number of the first line.
    pub(super) first: u64,
    pub(super) bytes: Vec<u8>,
    /// Where each line ends in `bytes`.
    pub(super) ends: Vec<usize>,
}

impl Lines {
    /// Each line with its number.
    pub(super) fn iter(&self) -> impl Iterator<Item = (u64, &[u8])> {
        let starts = std::iter::once(0).chain(self.ends.iter().copied());
        let spans = starts.zip(self.ends.iter().copied());
        (self.first..).zip(spans.map(|(start, end)| &self.bytes[start..end]))
    }
}

/// One input line of the input `name` as a document; `None` for a blank
/// line; a bad line is an error naming the input and the line. With
/// `lossy`, a line that is not UTF-8 is repaired (see
/// [`super::input::repaired`]) instead.
pub(super) fn parse_line(
    name: &str,
    lineno: u64,
    buf: &[u8],
    lossy: bool,
) -> Result<Option<InputDoc>, String> {
    let owned;
    let line = match std::str::from_utf8(buf) {
        Ok(line) => line,
        Err(_) if lossy => {
            owned = super::input::repaired(&format!("{name}:{lineno}"), buf);
            &owned
        }
        Err(e) => {
            return Err(format!(
                "{name}:{lineno}: invalid UTF-8 at byte {} of the line",
                e.valid_up_to()
            ))
        }
    };
    if line.trim().is_empty() {
        return Ok(None);
    }
    let doc: InputDoc = serde_json::from_str(line)
        .map_err(|e| format!("{name}:{lineno}: not a {{\"text\": ...}} object: {e}"))?;
    if let Some(d) = &doc.date {
        d.parse::<Date>()
            .map_err(|e| format!("{name}:{lineno}: \"date\": {e}"))?;
    }
    Ok(Some(doc))
}
