//! The progress line of a long `extract` run: on stderr, only when stderr
//! is a terminal (never in a pipe or a file) and `--quiet` is not given.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Counts documents and input bytes as they are read, and shows them; a
/// progress with no terminal to draw on counts nothing.
#[derive(Clone)]
pub(super) struct Progress {
    shown: Option<(ProgressBar, Arc<AtomicU64>)>,
}

impl Progress {
    /// A progress line for `total` bytes of input, if known (no ETA
    /// without it), unless `quiet` or stderr is no terminal.
    pub(super) fn new(total: Option<u64>, quiet: bool) -> Progress {
        if quiet || !std::io::stderr().is_terminal() {
            return Progress { shown: None };
        }
        let (bar, template) = match total {
            Some(n) => (
                ProgressBar::new(n),
                "{msg} documents, {bytes}/{total_bytes}, {bytes_per_sec}, ETA {eta}",
            ),
            None => (
                ProgressBar::no_length(),
                "{msg} documents, {bytes}, {bytes_per_sec}",
            ),
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style);
        }
        bar.set_draw_target(ProgressDrawTarget::stderr_with_hz(4));
        bar.set_message("0");
        bar.enable_steady_tick(Duration::from_millis(250));
        Progress {
            shown: Some((bar, Arc::new(AtomicU64::new(0)))),
        }
    }

    /// `documents` more documents of `bytes` bytes read.
    pub(super) fn read(&self, documents: u64, bytes: u64) {
        if let Some((bar, count)) = &self.shown {
            let n = count.fetch_add(documents, Ordering::Relaxed) + documents;
            bar.inc(bytes);
            bar.set_message(n.to_string());
        }
    }

    /// Clears the line at the end of the run.
    pub(super) fn finish(&self) {
        if let Some((bar, _)) = &self.shown {
            bar.finish_and_clear();
        }
    }
}
