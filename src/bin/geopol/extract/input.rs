//! Reading the text files given to `extract`.

use std::fs::File;
use std::io::{Read, Write};

/// Text that is not UTF-8, where `--lossy` asks for it: each invalid
/// sequence replaced by U+FFFD, with a warning on stderr that names
/// `what` (a file, or a file and line) and says that offsets refer to the
/// repaired text.
pub(crate) fn repaired(what: &str, bytes: &[u8]) -> String {
    let _ = writeln!(
        std::io::stderr(),
        "{what}: warning: invalid UTF-8 replaced by U+FFFD; offsets refer to the repaired text"
    );
    String::from_utf8_lossy(bytes).into_owned()
}

/// A plain UTF-8 text file (`-`: standard input, all of it), or an error
/// naming the file, the line and the byte offset of the first invalid
/// byte; with `lossy`, invalid UTF-8 is [`repaired`] instead.
pub(crate) fn read_text(path: &str, lossy: bool) -> Result<String, String> {
    let mut bytes = Vec::new();
    let read = if path == "-" {
        std::io::stdin().lock().read_to_end(&mut bytes)
    } else {
        File::open(path).and_then(|mut f| f.read_to_end(&mut bytes))
    };
    read.map_err(|e| format!("{path}: {e}"))?;
    if lossy && std::str::from_utf8(&bytes).is_err() {
        return Ok(repaired(path, &bytes));
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        format!("{path}:{line}: invalid UTF-8 at byte offset {at}")
    })
}
