//! Helpers shared by the integration tests.

use std::io::Write;

/// Says why a test does not run. Written straight to the process's stderr,
/// which the test harness does not capture, so the reason shows in the
/// output of `cargo test` even though the test passes.
pub fn skip(reason: std::fmt::Arguments<'_>) {
    let _ = writeln!(std::io::stderr(), "skipping: {reason}");
}
