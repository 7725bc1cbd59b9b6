//! The output formats of `extract` other than JSON Lines: TSV (a mention a
//! line), CoNLL (a BIO tag a token) and brat standoff (`.ann`).

use std::fmt::Write as _;

use geopol::Mention;
use unicode_segmentation::UnicodeSegmentation;

/// An output format of `--format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Format {
    Jsonl,
    Tsv,
    Conll,
    Brat,
}

impl std::str::FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Format, String> {
        match s {
            "jsonl" => Ok(Format::Jsonl),
            "tsv" => Ok(Format::Tsv),
            "conll" => Ok(Format::Conll),
            "brat" => Ok(Format::Brat),
            _ => Err(format!(
                "unknown format {s:?} (expected jsonl, tsv, conll or brat)"
            )),
        }
    }
}

/// The header line of the TSV format.
pub(super) const TSV_HEADER: &str =
    "source\tstart\tend\tchar_start\tchar_end\tkind\tid\tname\ttext\n";

/// Writes the `mentions` of `text`, which came from `source` (a file's
/// path, or a `--jsonl` line's id or number), in `format` to `out`; JSON
/// Lines, which carry more than these formats, are written by the caller,
/// and nothing is written for them here.
pub(super) fn write(
    format: Format,
    source: &str,
    text: &str,
    mentions: &[Mention],
    out: &mut String,
) {
    match format {
        Format::Tsv => tsv(source, mentions, out),
        Format::Conll => conll(source, text, mentions, out),
        Format::Brat => brat(mentions, out),
        Format::Jsonl => {}
    }
}

/// A field of a TSV line: tabs and line breaks as spaces.
fn field(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

fn tsv(source: &str, mentions: &[Mention], out: &mut String) {
    for m in mentions {
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            field(source),
            m.start,
            m.end,
            m.char_start,
            m.char_end,
            m.kind,
            m.id.as_deref().unwrap_or(""),
            field(&m.name),
            field(&m.text)
        );
    }
}

/// CoNLL: `-DOCSTART- source`, then each word of the text (Unicode word
/// boundaries, spaces left out) with a tag, `B-KIND` on a mention's first
/// word, `I-KIND` on the others, `O` outside; a blank line at each line
/// break of the text and after the document.
fn conll(source: &str, text: &str, mentions: &[Mention], out: &mut String) {
    let _ = writeln!(out, "-DOCSTART- {}\n", field(source));
    let mut next = 0; // the first mention not yet ended
    let mut blank = true;
    for (start, word) in text.split_word_bound_indices() {
        if word.trim().is_empty() {
            if word.contains('\n') && !blank {
                out.push('\n');
                blank = true;
            }
            continue;
        }
        while mentions.get(next).is_some_and(|m| m.end <= start) {
            next += 1;
        }
        let tag = match mentions.get(next) {
            Some(m) if m.start <= start => {
                let kind = m.kind.as_str().to_uppercase();
                if start == m.start {
                    format!("B-{kind}")
                } else {
                    format!("I-{kind}")
                }
            }
            // A mention that starts inside this word ("U.S.-led").
            Some(m) if m.start < start + word.len() => {
                format!("B-{}", m.kind.as_str().to_uppercase())
            }
            _ => "O".to_string(),
        };
        let _ = writeln!(out, "{word}\t{tag}");
        blank = false;
    }
    if !blank {
        out.push('\n');
    }
}

/// brat standoff: `T1\tKIND start end\ttext` a mention, with character
/// offsets, as brat counts them.
fn brat(mentions: &[Mention], out: &mut String) {
    for (i, m) in mentions.iter().enumerate() {
        let _ = writeln!(
            out,
            "T{}\t{} {} {}\t{}",
            i + 1,
            m.kind.as_str().to_uppercase(),
            m.char_start,
            m.char_end,
            field(&m.text)
        );
    }
}
