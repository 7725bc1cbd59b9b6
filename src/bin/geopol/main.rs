//! The `geopol` command: `geopol extract` and `geopol evaluate` (the same
//! code as the `extract` and `evaluate` examples), and `geopol gazetteer`.
//!
//! ```text
//! cargo install --path .
//! geopol extract article.txt
//! geopol evaluate gold.jsonl
//! ```

mod evaluate;
mod extract;
mod gazetteer;
mod html;

use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "\
usage: geopol extract [OPTIONS] FILE...     print the mentions of texts as JSON Lines
       geopol evaluate [OPTIONS] FILE.jsonl  score against gold-annotated corpora
       geopol html [OPTIONS] FILE... > page.html   the texts with their mentions marked, as one page
       geopol gazetteer check FILE...        check gazetteer files and count their entries
       geopol gazetteer dump [OPTIONS]       print the active gazetteer as JSON Lines
       geopol --version
       geopol help COMMAND                   the options of a command";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let command = args.next();
    let rest: Vec<String> = args.collect();
    match command.as_deref() {
        Some("extract") => extract::main("geopol extract", rest),
        Some("evaluate") => evaluate::main("geopol evaluate", rest),
        Some("gazetteer") => gazetteer::main(rest),
        Some("html") => html::main(rest),
        Some("help") => match rest.first().map(String::as_str) {
            Some("extract") => extract::main("geopol extract", vec!["--help".into()]),
            Some("evaluate") => evaluate::main("geopol evaluate", vec!["--help".into()]),
            Some("gazetteer") => gazetteer::main(vec!["--help".into()]),
            Some("html") => html::main(vec!["--help".into()]),
            _ => say(&mut std::io::stdout(), USAGE, ExitCode::SUCCESS),
        },
        Some("-h" | "--help") => say(&mut std::io::stdout(), USAGE, ExitCode::SUCCESS),
        Some("-V" | "--version") => {
            let version = format!("geopol {}", env!("CARGO_PKG_VERSION"));
            say(&mut std::io::stdout(), &version, ExitCode::SUCCESS)
        }
        Some(other) => {
            let msg = format!(
                "geopol: unknown command {other:?}\nhint: the commands are extract, \
                 evaluate, html and gazetteer; geopol --help lists them"
            );
            say(&mut std::io::stderr(), &msg, ExitCode::from(2))
        }
        None => say(&mut std::io::stderr(), USAGE, ExitCode::from(2)),
    }
}

/// Writes `text` and a line break to `out` (a closed pipe is no error)
/// and returns `code`.
fn say(out: &mut impl Write, text: &str, code: ExitCode) -> ExitCode {
    let _ = writeln!(out, "{text}");
    code
}
