//! Any bytes as a gazetteer file: an error naming the line, or a gazetteer
//! that compiles and extracts without panicking.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match geopol::Gazetteer::from_reader(data, "fuzz.jsonl") {
        Err(e) => {
            assert_eq!(e.file(), Some("fuzz.jsonl"));
            assert!(e.line().is_some());
            assert!(!e.reason().is_empty());
        }
        Ok(g) => {
            let names: Vec<String> = g.entries().iter().map(|e| e.name.clone()).collect();
            let ex = geopol::Extractor::builder()
                .builtin(false)
                .gazetteer(g)
                .build()
                .expect("a gazetteer that parses compiles");
            let text = names.join(", and ");
            for m in ex.extract(&text) {
                assert_eq!(&text[m.start..m.end], m.text);
            }
        }
    }
});
