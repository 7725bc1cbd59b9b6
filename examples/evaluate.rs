//! Scores the extractor against gold-annotated corpora: the `geopol
//! evaluate` command, run as an example (its code is the command's).
//!
//! ```text
//! cargo run --release --example evaluate -- FILE.jsonl...
//! cargo run --release --example evaluate -- --help
//! ```

#[path = "../src/bin/geopol/evaluate/mod.rs"]
mod evaluate;

fn main() -> std::process::ExitCode {
    evaluate::main("evaluate", std::env::args().skip(1).collect())
}
