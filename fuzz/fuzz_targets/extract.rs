//! Any text: no panic, offsets on char boundaries that slice to the
//! mention's text, char offsets that count characters, mentions sorted and
//! apart, the same result twice.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let ex = geopol::Extractor::builtin();
    let mentions = ex.extract(&text);
    let mut end = 0;
    for m in &mentions {
        assert!(m.start >= end && m.start < m.end && m.end <= text.len());
        assert_eq!(&text[m.start..m.end], m.text);
        assert_eq!(text[..m.start].chars().count(), m.char_start);
        assert_eq!(m.char_end - m.char_start, m.text.chars().count());
        end = m.end;
    }
    assert_eq!(ex.extract(&text), mentions);
});
