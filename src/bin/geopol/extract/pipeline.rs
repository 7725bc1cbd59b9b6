//! The pipeline of `extract`: input read on one thread, extracted on
//! several, written in input order on the calling thread.

use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::{self, TryRecvError};
use std::sync::{Arc, Mutex, PoisonError};

/// At most this many pieces of input per thread are read ahead of the
/// output, so memory stays bounded whatever the size of the input.
const AHEAD: usize = 4;

/// Runs `work` on each piece of input `read` returns (until `None`), on
/// `threads` threads (0: one per core), and passes the results to `write` in
/// the order the pieces were read; `write` gets `None` whenever no result is
/// ready (time to flush an interactive output).
///
/// One more thread reads and the calling thread writes, so that reading,
/// parsing and writing JSON scale with extraction; with one thread,
/// everything runs on the calling thread. Stops at the first error `write`
/// returns: threads still reading or working then end with the process. A
/// thread that panics (the panic hook reports it) stops the run with
/// `internal_error()`.
pub(super) fn in_order<I, R, E>(
    threads: usize,
    mut read: impl FnMut() -> Option<I> + Send + 'static,
    work: impl Fn(I) -> R + Send + Sync + 'static,
    mut write: impl FnMut(Option<R>) -> Result<(), E>,
    internal_error: impl Fn() -> E,
) -> Result<(), E>
where
    I: Send + 'static,
    R: Send + 'static,
{
    let threads = if threads == 0 {
        std::thread::available_parallelism().map_or(1, usize::from)
    } else {
        threads
    };
    if threads <= 1 {
        while let Some(piece) = read() {
            write(Some(work(piece)))?;
            write(None)?;
        }
        return Ok(());
    }
    let ahead = AHEAD * threads;
    let (todo, pieces) = mpsc::sync_channel::<(usize, I)>(ahead);
    let (done, results) = mpsc::channel::<(usize, Option<R>)>();
    // A token per piece that may be read before its result is written.
    let (free, tokens) = mpsc::sync_channel::<()>(ahead);
    for _ in 0..ahead {
        let _ = free.send(());
    }
    let reader = std::thread::spawn(move || {
        let mut seq = 0;
        while tokens.recv().is_ok() {
            let Some(piece) = read() else { return };
            if todo.send((seq, piece)).is_err() {
                return;
            }
            seq += 1;
        }
    });
    let pieces = Arc::new(Mutex::new(pieces));
    let work = Arc::new(work);
    for _ in 0..threads {
        let (pieces, work, done) = (Arc::clone(&pieces), Arc::clone(&work), done.clone());
        std::thread::spawn(move || loop {
            let next = pieces.lock().unwrap_or_else(PoisonError::into_inner).recv();
            let Ok((seq, piece)) = next else { return };
            // A panic is reported by the hook; the writer then stops.
            let result = panic::catch_unwind(AssertUnwindSafe(|| work(piece))).ok();
            if done.send((seq, result)).is_err() {
                return;
            }
        });
    }
    drop(done);
    let mut early = BTreeMap::new();
    let mut turn = 0;
    loop {
        let (seq, result) = match results.try_recv() {
            Ok(next) => next,
            Err(TryRecvError::Empty) => {
                write(None)?;
                match results.recv() {
                    Ok(next) => next,
                    Err(_) => break,
                }
            }
            Err(TryRecvError::Disconnected) => break,
        };
        early.insert(seq, result);
        while let Some(result) = early.remove(&turn) {
            write(Some(result.ok_or_else(&internal_error)?))?;
            turn += 1;
            let _ = free.send(());
        }
    }
    // Every worker has stopped, so the reader has too: at the end of the
    // input, or with a panic, which must not pass for the end.
    match reader.join() {
        Ok(()) if early.is_empty() => Ok(()),
        _ => Err(internal_error()),
    }
}
