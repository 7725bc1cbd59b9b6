//! Reading the text files given to `extract`.

use std::fs::File;
use std::io::Read;

/// A plain UTF-8 text file (`-`: standard input, all of it), or an error
/// naming the file, the line and the byte offset of the first invalid
/// byte.
pub(super) fn read_text(path: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let read = if path == "-" {
        std::io::stdin().lock().read_to_end(&mut bytes)
    } else {
        File::open(path).and_then(|mut f| f.read_to_end(&mut bytes))
    };
    read.map_err(|e| format!("{path}: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        format!("{path}:{line}: invalid UTF-8 at byte offset {at}")
    })
}
