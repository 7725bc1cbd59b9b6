//! Helpers shared by the unit tests.

/// A small deterministic generator for tests that build many texts:
/// each call `next(n)` gives a number below `n`, the same sequence
/// every run.
pub(crate) fn picker() -> impl FnMut(usize) -> usize {
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    move |n| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    }
}
