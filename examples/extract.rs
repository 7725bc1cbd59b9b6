//! Prints the geopolitical mentions of texts as JSON Lines: the `geopol
//! extract` command, run as an example (its code is the command's).
//!
//! ```text
//! cargo run --release --example extract -- FILE...
//! cargo run --release --example extract -- --help
//! ```

#[path = "../src/bin/geopol/extract/mod.rs"]
mod extract;

fn main() -> std::process::ExitCode {
    extract::main("extract", std::env::args().skip(1).collect())
}
