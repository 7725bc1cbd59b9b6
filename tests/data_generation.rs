//! The committed built-in gazetteer and its data report are exactly what
//! the generator makes from ../shared/sources and the curated lists. Skips, with a printed reason,
//! when the sources or Python (with PyYAML) are not available.

mod common;

use std::path::Path;
use std::process::Command;

#[test]
#[ignore = "needs ../shared/sources beside the checkout, and python3 with PyYAML"]
fn committed_data_matches_generator() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sources = root.join("../shared/sources");
    assert!(sources.is_dir(), "{} is absent", sources.display());
    let probe = Command::new("python3").args(["-c", "import yaml"]).output();
    assert!(
        probe.is_ok_and(|o| o.status.success()),
        "python3 with PyYAML is not available"
    );
    let out = common::scratch_dir("gen");
    let reports = common::scratch_dir("report");
    let run = Command::new("python3")
        .arg(root.join("gazetteers/generate.py"))
        .arg("--sources")
        .arg(&sources)
        .arg("--out")
        .arg(&out)
        .arg("--report")
        .arg(reports.join("REPORT.md"))
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "generator failed:\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let committed = root.join("gazetteers/builtin");
    let mut names: Vec<_> = std::fs::read_dir(&committed)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    // The data report and the list of merged duplicates beside it.
    for report in ["REPORT.md", "reports/dedupe.json"] {
        let made = std::fs::read(reports.join(report)).unwrap();
        assert!(
            made == std::fs::read(root.join("gazetteers").join(report)).unwrap(),
            "gazetteers/{report} differs from the generator's; run python3 gazetteers/generate.py"
        );
    }
    std::fs::remove_dir_all(&reports).ok();
    let mut generated: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    generated.sort();
    assert_eq!(
        names, generated,
        "the generator writes a different set of files"
    );
    for name in names {
        let a = std::fs::read(committed.join(&name)).unwrap();
        let b = std::fs::read(out.join(&name)).unwrap();
        assert!(
            a == b,
            "gazetteers/builtin/{} differs from the generator's output; run python3 gazetteers/generate.py",
            name.to_string_lossy()
        );
    }
    std::fs::remove_dir_all(&out).ok();
}
