//! `geopol html FILE... > page.html`: one self-contained page (inline CSS
//! and script, nothing fetched) that shows each article verbatim with its
//! mentions marked and coloured by kind, a legend, a table of the entities
//! found with their counts, and, on hover or click, what is known of each.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::process::ExitCode;

use geopol::{Date, EntityKind, Extractor, Mention};

use crate::extract::input::read_text;
use crate::extract::parse_kinds;

const USAGE: &str = "\
usage: geopol html [OPTIONS] FILE... > page.html

Writes one self-contained HTML page (no network needed to view it): each
text verbatim, each mention a <mark> with data-kind and data-id, coloured
by kind; a legend; a table of the entities found with their counts; and,
on hover or click, a mention's name, id, country, Wikidata link, how it
was found and its candidates. FILE may be - for standard input.

options:
  --gazetteer FILE   add a gazetteer in JSON Lines (repeatable)
  --no-builtin       leave out the built-in gazetteer
  --kinds K,K...     mark only mentions of these kinds
  --no-guesses       mark only names a gazetteer knows
  --date YYYY-MM-DD  read every text on this date
  --lossy            read text that is not UTF-8 with U+FFFD for each invalid
                     sequence (a warning says so)
  -h, --help         print this help";

/// The colour of each kind, light enough to read black text on.
const COLOURS: [(EntityKind, &str); 6] = [
    (EntityKind::Person, "#ffd6a5"),
    (EntityKind::State, "#a0c4ff"),
    (EntityKind::Nationality, "#bdb2ff"),
    (EntityKind::Organization, "#caffbf"),
    (EntityKind::Treaty, "#ffadad"),
    (EntityKind::Location, "#9bf6ff"),
];

struct Options {
    files: Vec<String>,
    builder: geopol::ExtractorBuilder,
    date: Option<Date>,
    lossy: bool,
}

/// Runs `geopol html` with its arguments (without the program's name).
pub fn main(args: Vec<String>) -> ExitCode {
    let usage_error = |msg: String| {
        let _ = writeln!(
            io::stderr(),
            "geopol html: {msg}\nhint: geopol html --help lists the options"
        );
        ExitCode::from(2)
    };
    let opts = match parse_args(args) {
        Ok(Some(opts)) => opts,
        Ok(None) => {
            let _ = writeln!(io::stdout(), "{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(msg) => return usage_error(msg),
    };
    let fail = |msg: String| {
        let _ = writeln!(io::stderr(), "geopol html: {msg}");
        ExitCode::from(1)
    };
    let ex = match opts.builder.build() {
        Ok(ex) => ex,
        Err(e) => return fail(e.to_string()),
    };
    let mut docs = Vec::new();
    for path in &opts.files {
        let text = match read_text(path, opts.lossy) {
            Ok(text) => text,
            Err(e) => return fail(e),
        };
        let mentions = match opts.date {
            Some(d) => ex.extract_on(&text, d),
            None => ex.extract(&text),
        };
        docs.push((path.as_str(), text, mentions));
    }
    let page = page(&ex, &docs);
    match io::stdout().lock().write_all(page.as_bytes()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => fail(format!("cannot write: {e}")),
        _ => ExitCode::SUCCESS,
    }
}

/// The options, or `None` for `--help`.
fn parse_args(args: Vec<String>) -> Result<Option<Options>, String> {
    let mut builder = Extractor::builder();
    builder.evidence(true);
    let (mut files, mut date, mut lossy) = (Vec::new(), None, false);
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--gazetteer" => {
                builder.gazetteer_path(args.next().ok_or("--gazetteer needs a FILE")?);
            }
            "--no-builtin" => {
                builder.builtin(false);
            }
            "--no-guesses" => {
                builder.guesses(false);
            }
            "--lossy" => lossy = true,
            "--kinds" => {
                builder.kinds(parse_kinds(&args.next().unwrap_or_default())?);
            }
            "--date" => {
                let v = args.next().unwrap_or_default();
                date = Some(v.parse::<Date>().map_err(|e| format!("--date: {e}"))?);
            }
            s if s.starts_with('-') && s != "-" => return Err(format!("unknown option {s}")),
            _ => files.push(arg),
        }
    }
    if files.is_empty() {
        return Err("no input: give FILE... (- for standard input)".into());
    }
    Ok(Some(Options {
        files,
        builder,
        date,
        lossy,
    }))
}

/// `s` with the characters HTML gives a meaning escaped.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// What a mark's hover text says: name, kind, id, country, how, candidates.
fn title(m: &Mention) -> String {
    let mut t = format!("{} ({})", m.name, m.kind);
    for (label, value) in [
        ("id", m.id.as_deref()),
        ("Wikidata", m.wikidata.as_deref()),
        ("country", m.country.as_deref()),
    ] {
        if let Some(v) = value {
            let _ = write!(t, "\n{label}: {v}");
        }
    }
    if let Some(how) = m.how {
        let _ = write!(t, "\nhow: {}", how.as_str());
    }
    if !m.candidates.is_empty() {
        let c: Vec<&str> = m.candidates.iter().map(|c| &**c).collect();
        let _ = write!(t, "\ncandidates: {}", c.join(", "));
    }
    t
}

/// The whole page.
fn page(ex: &Extractor, docs: &[(&str, String, Vec<Mention>)]) -> String {
    let mut html = String::new();
    html.push_str(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>geopol: mentions</title>\n<style>\n\
         body { font: 16px/1.5 system-ui, sans-serif; margin: 2em auto; max-width: 60em; padding: 0 1em; }\n\
         .text { white-space: pre-wrap; border: 1px solid #ddd; padding: 1em; }\n\
         mark { border-radius: 3px; padding: 0 2px; cursor: pointer; }\n\
         table { border-collapse: collapse; margin: 1em 0; }\n\
         th, td { border: 1px solid #ddd; padding: 2px 8px; text-align: left; }\n\
         .legend span { margin-right: 1em; padding: 0 4px; border-radius: 3px; }\n\
         #info { position: fixed; right: 1em; bottom: 1em; background: #fff; border: 1px solid #999; \
         padding: .5em 1em; white-space: pre-wrap; max-width: 24em; display: none; }\n",
    );
    for (kind, colour) in COLOURS {
        let _ = writeln!(
            html,
            "mark[data-kind=\"{kind}\"], .legend .{kind} {{ background: {colour}; }}"
        );
    }
    html.push_str("</style>\n</head>\n<body>\n<h1>Mentions</h1>\n<p class=\"legend\">");
    for (kind, _) in COLOURS {
        let _ = write!(html, "<span class=\"{kind}\">{kind}</span>");
    }
    html.push_str("</p>\n");
    // The entities of every text, with their counts.
    let mut counts: BTreeMap<(String, &str, String), (usize, Option<String>)> = BTreeMap::new();
    for (path, text, mentions) in docs {
        let _ = write!(html, "<h2>{}</h2>\n<div class=\"text\">", escape(path));
        let mut at = 0;
        for m in mentions {
            html.push_str(&escape(&text[at..m.start]));
            let _ = write!(
                html,
                "<mark data-kind=\"{}\" data-id=\"{}\" title=\"{}\">{}</mark>",
                m.kind,
                escape(m.id.as_deref().unwrap_or("")),
                escape(&title(m)),
                escape(&m.text)
            );
            at = m.end;
            let key = (
                m.name.to_string(),
                m.kind.as_str(),
                m.id.as_deref().unwrap_or("").to_string(),
            );
            let entry = counts
                .entry(key)
                .or_insert((0, m.wikidata.as_deref().map(str::to_string)));
            entry.0 += 1;
        }
        html.push_str(&escape(&text[at..]));
        html.push_str("</div>\n");
    }
    let _ = writeln!(
        html,
        "<h2>Entities</h2>\n<table id=\"entities\">\n<tr><th>name</th><th>kind</th><th>id</th>\
         <th>Wikidata</th><th>mentions</th></tr>"
    );
    let mut rows: Vec<_> = counts.into_iter().collect();
    rows.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then_with(|| a.0.cmp(&b.0)));
    for ((name, kind, id), (n, qid)) in rows {
        let link = qid.map_or(String::new(), |q| {
            format!(
                "<a href=\"https://www.wikidata.org/wiki/{0}\">{0}</a>",
                escape(&q)
            )
        });
        let _ = writeln!(
            html,
            "<tr><td>{}</td><td>{kind}</td><td>{}</td><td>{link}</td><td>{n}</td></tr>",
            escape(&name),
            escape(&id)
        );
    }
    let _ = writeln!(
        html,
        "</table>\n<p>{} gazetteer entries; made by geopol {}.</p>\n<div id=\"info\"></div>\n<script>\n\
         document.addEventListener('click', function (e) {{\n\
           var info = document.getElementById('info');\n\
           var m = e.target.closest('mark');\n\
           if (!m) {{ info.style.display = 'none'; return; }}\n\
           info.textContent = m.title;\n\
           var q = /Wikidata: (Q[0-9]+)/.exec(m.title);\n\
           if (q) {{ var a = document.createElement('a'); a.href = 'https://www.wikidata.org/wiki/' + q[1];\n\
             a.textContent = '\\nOpen ' + q[1] + ' on Wikidata'; info.appendChild(a); }}\n\
           info.style.display = 'block';\n\
         }});\n</script>\n</body>\n</html>",
        ex.gazetteer().len(),
        env!("CARGO_PKG_VERSION")
    );
    html
}
