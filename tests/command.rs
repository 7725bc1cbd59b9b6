//! The `geopol` command, run as built: its subcommands are the examples'
//! code under another name.

mod common;

use std::process::{Command, Output};

fn geopol(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_geopol"))
        .args(args)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[test]
fn version_and_help() {
    let out = geopol(&["--version"]);
    assert!(out.status.success());
    assert_eq!(
        text(&out.stdout).trim(),
        format!("geopol {}", env!("CARGO_PKG_VERSION"))
    );
    let out = geopol(&["--help"]);
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("geopol extract"));
    let out = geopol(&["help", "extract"]);
    assert!(out.status.success());
    assert!(text(&out.stdout).starts_with("usage: geopol extract [OPTIONS] FILE..."));
}

#[test]
fn extract_is_the_example_under_another_name() {
    let dir = std::env::temp_dir().join(format!("geopol-command-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("a.txt");
    std::fs::write(&file, "Talks in Moscow with Vladimir Putin.").unwrap();
    let file = file.to_str().unwrap();
    let out = geopol(&["extract", file]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let lines: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<&str> = lines.iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["loc:moscow", "person:vladimir-putin"]);
    if let Some(example) = common::example_bin("extract") {
        let same = Command::new(example).arg(file).output().unwrap();
        assert_eq!(same.stdout, out.stdout);
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn usage_errors_exit_2_with_the_command_named() {
    let out = geopol(&["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.starts_with("geopol: unknown command \"frobnicate\""),
        "{err}"
    );
    assert!(err.contains("hint:"), "{err}");
    let out = geopol(&[]);
    assert_eq!(out.status.code(), Some(2));
    let out = geopol(&["extract", "--bogus"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).starts_with("geopol extract: unknown option --bogus"));
    let out = geopol(&["evaluate"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).starts_with("geopol evaluate: no gold file given"));
}
