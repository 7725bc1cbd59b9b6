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
    let dir = common::scratch_dir("command");
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

/// The output of `geopol extract ARGS` with `stdin` as its input, which
/// must succeed.
fn extract_output(args: &[&str], stdin: &str) -> String {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_geopol"))
        .arg("extract")
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.as_bytes()).unwrap();
    drop(input);
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
}

/// [`extract_output`] as JSON lines.
fn extract_lines(args: &[&str], stdin: &str) -> Vec<serde_json::Value> {
    extract_output(args, stdin)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn standard_input_kinds_guesses_and_lines_without_ids() {
    let article = "The candidate Sarkis Assadourian met Vladimir Putin in Moscow.";
    let texts = |lines: &[serde_json::Value]| -> Vec<String> {
        lines.iter().map(|l| l["text"].to_string()).collect()
    };
    let all = extract_lines(&["-"], article);
    assert_eq!(
        texts(&all),
        ["\"Sarkis Assadourian\"", "\"Vladimir Putin\"", "\"Moscow\""]
    );
    let people = extract_lines(&["--kinds", "person", "-"], article);
    assert_eq!(
        texts(&people),
        ["\"Sarkis Assadourian\"", "\"Vladimir Putin\""]
    );
    let known = extract_lines(
        &["--no-guesses", "--kinds", "person,location", "-"],
        article,
    );
    assert_eq!(texts(&known), ["\"Vladimir Putin\"", "\"Moscow\""]);
    // A line's id is echoed; a line without one gives its line number.
    let input = "{\"text\": \"Moscow\"}\n\n{\"id\": \"b\", \"text\": \"Kyiv\"}\n{\"text\": \"\"}\n";
    let docs = extract_lines(&["--jsonl", "-"], input);
    assert_eq!(docs.len(), 3);
    assert_eq!(docs[0]["line"], 1);
    assert!(docs[0].get("id").is_none());
    assert_eq!(docs[1]["id"], "b");
    assert!(docs[1].get("line").is_none());
    assert_eq!(docs[2]["line"], 4);
    assert_eq!(docs[2]["mentions"], serde_json::json!([]));
    let out = geopol(&["extract", "--kinds", "planet", "-"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("unknown kind \"planet\""));
}

#[test]
fn tsv_conll_and_brat() {
    let text = "Talks in Moscow with Vladimir Putin.\nThe U.S. agreed.";
    let run = extract_output;
    let tsv = run(&["--format", "tsv", "-"], text);
    let rows: Vec<Vec<&str>> = tsv.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(
        rows[0],
        [
            "source",
            "start",
            "end",
            "char_start",
            "char_end",
            "kind",
            "id",
            "name",
            "text"
        ]
    );
    assert_eq!(
        rows[2],
        [
            "-",
            "21",
            "35",
            "21",
            "35",
            "person",
            "person:vladimir-putin",
            "Vladimir Putin",
            "Vladimir Putin"
        ]
    );
    assert_eq!(rows.len(), 4);
    // From --jsonl, the source is the id, or the line's number.
    let tsv = run(
        &["--format", "tsv", "--jsonl", "-"],
        "{\"id\": \"a\", \"text\": \"Kyiv\"}\n{\"text\": \"NATO\"}\n",
    );
    let sources: Vec<&str> = tsv
        .lines()
        .skip(1)
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    assert_eq!(sources, ["a", "2"]);
    let conll = run(&["--format", "conll", "-"], text);
    let tags: Vec<&str> = conll.lines().collect();
    assert_eq!(tags[0], "-DOCSTART- -");
    assert!(tags.contains(&"Vladimir\tB-PERSON"));
    assert!(tags.contains(&"Putin\tI-PERSON"));
    assert!(tags.contains(&"talks\tO") || tags.contains(&"Talks\tO"));
    // A blank line where the text breaks its line.
    let at = tags.iter().position(|t| *t == ".\tO").unwrap();
    assert_eq!(tags[at + 1], "");
    let brat = run(&["--format", "brat", "-"], text);
    assert_eq!(
        brat.lines().nth(1),
        Some("T2\tPERSON 21 35\tVladimir Putin")
    );
    // brat writes one document.
    let out = geopol(&["extract", "--format", "brat", "--jsonl", "-"]);
    assert_eq!(out.status.code(), Some(2));
    let out = geopol(&["extract", "--format", "xml", "-"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn lossy_repairs_invalid_utf8_and_says_so() {
    let dir = common::scratch_dir("lossy");
    let file = dir.join("bad.txt");
    std::fs::write(&file, b"Talks in \xff\xfe Moscow.").unwrap();
    let file = file.to_str().unwrap();
    let strict = geopol(&["extract", file]);
    assert_eq!(strict.status.code(), Some(1));
    assert!(text(&strict.stderr).contains("invalid UTF-8 at byte offset 9"));
    let out = geopol(&["extract", "--lossy", file]);
    assert!(out.status.success());
    assert!(text(&out.stderr).contains("offsets refer to the repaired text"));
    let m: serde_json::Value = serde_json::from_str(text(&out.stdout).trim()).unwrap();
    // Two bytes became two U+FFFD of three bytes each.
    let repaired = "Talks in \u{fffd}\u{fffd} Moscow.";
    let (s, e) = (
        m["start"].as_u64().unwrap() as usize,
        m["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&repaired[s..e], "Moscow");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn gazetteer_check_and_dump() {
    let dir = common::scratch_dir("gaz");
    let good = dir.join("good.jsonl");
    std::fs::write(
        &good,
        "{\"id\": \"org:qlf\", \"kind\": \"organization\", \"name\": \"Qarzan Liberation Front\", \
         \"aliases\": [\"QLF\"], \"wikidata\": \"Q1\"}\n\
         {\"id\": \"Q159\", \"kind\": \"state\", \"name\": \"Russia\"}\n",
    )
    .unwrap();
    let bad = dir.join("bad.jsonl");
    std::fs::write(
        &bad,
        "{\"id\": \"a\", \"kind\": \"state\", \"name\": \"A\"}\n{\"id\": \"x\"}\n",
    )
    .unwrap();
    let (good, bad) = (good.to_str().unwrap(), bad.to_str().unwrap());
    let out = geopol(&["gazetteer", "check", good]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = text(&out.stdout);
    assert!(
        report.contains(&format!(
            "{good}: 2 entries (1 state, 1 organization), 3 surface forms, 1 with a QID"
        )),
        "{report}"
    );
    assert!(
        report.contains("1 id replaces an earlier entry: Q159 (from the built-in data)"),
        "{report}"
    );
    let out = geopol(&["gazetteer", "check", good, bad]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).starts_with(&format!("{bad}:2: ")),
        "{}",
        text(&out.stderr)
    );
    let out = geopol(&["gazetteer", "dump", "--no-builtin", "--gazetteer", good]);
    assert!(out.status.success());
    let ids: Vec<String> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].to_string())
        .collect();
    assert_eq!(ids, ["\"org:qlf\"", "\"Q159\""]);
    // The dump of the built-in data loads back as a gazetteer.
    let out = geopol(&["gazetteer", "dump"]);
    let dumped = dir.join("dump.jsonl");
    std::fs::write(&dumped, &out.stdout).unwrap();
    let back = geopol::Gazetteer::from_path(&dumped).unwrap();
    assert_eq!(back.len(), geopol::Gazetteer::builtin().len());
    assert_eq!(geopol(&["gazetteer"]).status.code(), Some(2));
    assert_eq!(geopol(&["gazetteer", "check"]).status.code(), Some(2));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn no_progress_in_pipes_and_a_closed_stderr_is_no_crash() {
    // stderr is a pipe here: no progress line, nothing on it.
    let out = geopol(&["extract", "--jsonl", "-"]);
    assert!(out.status.success());
    assert_eq!(text(&out.stderr), "");
    // A usage error with stderr closed still exits with 2, not a panic's 101.
    let bin = env!("CARGO_BIN_EXE_geopol");
    for args in ["extract --bogus", "evaluate", "frobnicate", "gazetteer"] {
        let status = Command::new("sh")
            .arg("-c")
            .arg(format!("'{bin}' {args} 2>&-"))
            .status()
            .unwrap();
        assert_eq!(status.code(), Some(2), "{args}");
    }
}

#[test]
fn html_marks_the_text_verbatim() {
    let dir = common::scratch_dir("html");
    let file = dir.join("a.txt");
    let article = "Talks in Moscow with Vladimir Putin & <NATO>.\n\nPutin said \"no\" to the U.S.";
    std::fs::write(&file, article).unwrap();
    let out = geopol(&["html", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let page = text(&out.stdout);
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(
        !page.contains("http://") && !page.contains("src=\""),
        "fetches nothing"
    );
    // The text, without its marks, is the article.
    let body = &page[page.find("<div class=\"text\">").unwrap() + 18..];
    let body = &body[..body.find("</div>").unwrap()];
    assert_eq!(common::text_of(body), article);
    // Each mention a mark with its kind and id.
    let marks: Vec<&str> = body.split("<mark ").skip(1).collect();
    assert_eq!(marks.len(), 5, "{body}");
    assert!(marks[1].starts_with("data-kind=\"person\" data-id=\"person:vladimir-putin\""));
    // The table: Putin twice, with his Wikidata link.
    let putin_row = page
        .lines()
        .find(|l| l.starts_with("<tr><td>Vladimir Putin</td>"))
        .unwrap();
    assert!(putin_row.contains("wikidata.org/wiki/Q"), "{putin_row}");
    assert!(putin_row.ends_with("<td>2</td></tr>"), "{putin_row}");
    assert_eq!(geopol(&["html"]).status.code(), Some(2));
    std::fs::remove_dir_all(&dir).unwrap();
}
