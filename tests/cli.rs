//! The `extract` example as users run it. `cargo test --all-targets` builds
//! the example next to the test binaries; the tests skip with a note when it
//! is not there (e.g. `cargo test --test cli` alone).

mod common;

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const MINI: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/mini.jsonl");

fn run(args: &[&str], stdin: &[u8]) -> Option<Output> {
    let mut child = Command::new(common::example_bin("extract")?)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Written beside the reading of the output, which may fill the pipe
    // first; a run that stops at a bad line need not read all of it.
    let mut input = child.stdin.take().unwrap();
    let stdin = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        if let Err(e) = input.write_all(&stdin) {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
        }
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    Some(out)
}

fn temp(name: &str, data: &[u8]) -> PathBuf {
    let dir = common::scratch_dir("cli");
    let path = dir.join(name);
    std::fs::write(&path, data).unwrap();
    path
}

/// The JSON lines of a run that must succeed (its stderr in the failure
/// message), or `None` where the example is not built.
fn ok_lines(args: &[&str], stdin: &[u8]) -> Option<Vec<serde_json::Value>> {
    let out = run(args, stdin)?;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(lines(&out))
}

fn lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn one_file_prints_mentions() {
    let f = temp(
        "one.txt",
        "Russia’s envoy met Wang Yi in Moscow.".as_bytes(),
    );
    let Some(ls) = ok_lines(
        &["--no-builtin", "--gazetteer", MINI, f.to_str().unwrap()],
        b"",
    ) else {
        return;
    };
    assert_eq!(ls.len(), 3);
    assert_eq!(ls[0]["text"], "Russia");
    assert_eq!(ls[0]["kind"], "state");
    assert_eq!(ls[0]["id"], "Q159");
    assert_eq!(ls[2]["start"], 32);
    assert_eq!(ls[2]["char_start"], 30);
    assert!(ls[0].get("file").is_none());
}

#[test]
fn several_files_add_file_field() {
    let a = temp("a.txt", b"Russia");
    let b = temp("b.txt", b"Moscow");
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let Some(out) = run(&["--no-builtin", "--gazetteer", MINI, a, b], b"") else {
        return;
    };
    let ls = lines(&out);
    assert_eq!(ls.len(), 2);
    assert_eq!(ls[0]["file"], a);
    assert_eq!(ls[1]["file"], b);
    assert_eq!(ls[1]["id"], "loc:moscow");
}

#[test]
fn jsonl_echoes_ids_in_order() {
    let input = b"{\"id\": 7, \"text\": \"Russia\"}\n\n{\"id\": \"x\", \"text\": \"nothing\"}\n{\"id\": [1], \"text\": \"Moscow and Kyiv\"}\n";
    let Some(ls) = ok_lines(
        &["--no-builtin", "--gazetteer", MINI, "--jsonl", "-"],
        input,
    ) else {
        return;
    };
    assert_eq!(ls.len(), 3);
    assert_eq!(ls[0]["id"], 7);
    assert_eq!(ls[0]["mentions"][0]["text"], "Russia");
    assert_eq!(ls[1]["id"], "x");
    assert_eq!(ls[1]["mentions"].as_array().unwrap().len(), 0);
    assert_eq!(ls[2]["id"], serde_json::json!([1]));
    assert_eq!(ls[2]["mentions"].as_array().unwrap().len(), 2);
}

#[test]
fn malformed_jsonl_line_fails_with_line_number() {
    let f = temp(
        "bad.jsonl",
        b"{\"id\": 1, \"text\": \"Russia\"}\n{\"id\": 2}\n",
    );
    let path = f.to_str().unwrap();
    let Some(out) = run(&["--no-builtin", "--gazetteer", MINI, "--jsonl", path], b"") else {
        return;
    };
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("{path}:2:")), "{err}");
    // What was written before the bad line is complete JSON Lines.
    assert_eq!(lines(&out).len(), 1);
}

#[test]
fn invalid_utf8_file_fails_with_position() {
    let f = temp("latin1.txt", b"Moscow\nS\xe3o Paulo\n");
    let path = f.to_str().unwrap();
    let Some(out) = run(&["--no-builtin", "--gazetteer", MINI, path], b"") else {
        return;
    };
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("{path}:2: invalid UTF-8 at byte offset 8")),
        "{err}"
    );
}

#[test]
fn bad_gazetteer_names_file_and_line() {
    let g = temp(
        "g.jsonl",
        b"{\"id\": \"a\", \"kind\": \"person\", \"name\": \"A B\"}\n{\"id\": \"b\"}\n",
    );
    let gp = g.to_str().unwrap();
    let Some(out) = run(
        &["--no-builtin", "--gazetteer", gp, "--dump-gazetteer"],
        b"",
    ) else {
        return;
    };
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("{gp}:2: missing required field \"kind\"")),
        "{err}"
    );
}

#[test]
fn dump_gazetteer_loads_back() {
    let Some(out) = run(
        &["--no-builtin", "--gazetteer", MINI, "--dump-gazetteer"],
        b"",
    ) else {
        return;
    };
    assert!(out.status.success());
    let dumped = temp("dump.jsonl", &out.stdout);
    let a = geopol::Gazetteer::from_path(MINI).unwrap();
    let b = geopol::Gazetteer::from_path(&dumped).unwrap();
    assert_eq!(a.entries(), b.entries());
}

#[test]
fn usage_errors_exit_2() {
    for args in [&[][..], &["--bogus"][..], &["--jsonl"][..]] {
        let Some(out) = run(args, b"") else { return };
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        // One line and a hint, not the whole help.
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        let lines: Vec<&str> = err.lines().collect();
        assert_eq!(lines.len(), 2, "{err}");
        assert!(lines[0].starts_with("extract: "), "{err}");
        assert_eq!(lines[1], "hint: extract --help lists the options");
    }
}

#[test]
fn evidence_flag_adds_how() {
    let f = temp("ev.txt", b"Sergei Lavrov met. Lavrov left.");
    let path = f.to_str().unwrap();
    let Some(plain) = run(&["--no-builtin", "--gazetteer", MINI, path], b"") else {
        return;
    };
    assert!(lines(&plain).iter().all(|m| m.get("how").is_none()));
    let Some(out) = run(
        &["--no-builtin", "--gazetteer", MINI, "--evidence", path],
        b"",
    ) else {
        return;
    };
    let ls = lines(&out);
    assert_eq!(ls[0]["how"], "exact");
    assert_eq!(ls[1]["how"], "partial");
}

#[test]
fn skip_bad_lines_reports_counts_and_goes_on() {
    let input = b"{\"id\": 1, \"text\": \"Moscow\"}\n{\"id\": 2, \"text\": \nnot json\n\xff\xfe\n{\"id\": 3, \"text\": \"Moscow and Moscow\"}\n";
    // Without the flag: the first document is written, then the run stops
    // at line 2 with status 1; what was written is valid JSON Lines.
    let Some(out) = run(
        &["--no-builtin", "--gazetteer", MINI, "--jsonl", "-"],
        input,
    ) else {
        return;
    };
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("<stdin>:2: "));
    let ls = lines(&out);
    assert_eq!(ls.len(), 1);
    assert_eq!(ls[0]["id"], 1);
    // With it: each bad line is reported, the count comes last, the good
    // documents all come out in order, and the status is 0.
    let Some(out) = run(
        &[
            "--no-builtin",
            "--gazetteer",
            MINI,
            "--skip-bad-lines",
            "--jsonl",
            "-",
        ],
        input,
    ) else {
        return;
    };
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    for line in [2, 3, 4] {
        assert!(err.contains(&format!("<stdin>:{line}: ")), "{err}");
    }
    assert!(err.contains("invalid UTF-8 at byte 0 of the line"), "{err}");
    assert!(err.trim_end().ends_with("skipped 3 bad lines"), "{err}");
    let ids: Vec<_> = lines(&out).iter().map(|l| l["id"].clone()).collect();
    assert_eq!(ids, [1, 3]);
}

#[test]
fn skip_bad_lines_skips_bad_files() {
    let good = temp("good.txt", b"Moscow");
    let bad = temp("bad.txt", b"Moscow \xff");
    let (g, b) = (good.to_str().unwrap(), bad.to_str().unwrap());
    let Some(out) = run(
        &[
            "--no-builtin",
            "--gazetteer",
            MINI,
            "--skip-bad-lines",
            b,
            g,
        ],
        b"",
    ) else {
        return;
    };
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("{b}:1: invalid UTF-8 at byte offset 7")),
        "{err}"
    );
    assert!(err.trim_end().ends_with("skipped 1 bad file"), "{err}");
    let ls = lines(&out);
    assert_eq!(ls.len(), 1);
    assert_eq!(ls[0]["file"], g);
}

#[test]
fn threads_keep_input_order() {
    let mut input = Vec::new();
    for i in 0..600 {
        let text = if i % 3 == 0 { "Moscow" } else { "nothing here" };
        input.extend_from_slice(format!("{{\"id\": {i}, \"text\": \"{text}\"}}\n").as_bytes());
    }
    let args = ["--no-builtin", "--gazetteer", MINI, "--jsonl", "-"];
    let Some(one) = run(&args, &input) else {
        return;
    };
    let Some(two) = run(&[&args[..], &["--threads", "2"]].concat(), &input) else {
        return;
    };
    assert!(one.status.success() && two.status.success());
    assert_eq!(one.stdout, two.stdout);
    let ids: Vec<u64> = lines(&two)
        .iter()
        .map(|l| l["id"].as_u64().unwrap())
        .collect();
    assert_eq!(ids, (0..600).collect::<Vec<_>>());
    let Some(bad) = run(&[&args[..], &["--threads", "x"]].concat(), b"") else {
        return;
    };
    assert_eq!(bad.status.code(), Some(2));
}

/// Runs `args` with 1, 2 and 3 threads and checks that all give the same
/// status, output and messages; returns the one-thread run.
fn same_on_threads(args: &[&str], stdin: &[u8]) -> Option<Output> {
    let one = run(&[args, &["--threads", "1"]].concat(), stdin)?;
    for threads in ["2", "3"] {
        let many = run(&[args, &["--threads", threads]].concat(), stdin)?;
        assert_eq!(many.status.code(), one.status.code(), "{threads} threads");
        assert!(many.stdout == one.stdout, "{threads} threads: other output");
        assert_eq!(
            String::from_utf8_lossy(&many.stderr),
            String::from_utf8_lossy(&one.stderr),
            "{threads} threads"
        );
    }
    Some(one)
}

#[test]
fn threads_stop_and_skip_where_one_thread_does() {
    // Over a megabyte, so that the input goes to the threads in several
    // pieces, with bad lines early, between pieces and late.
    let mut input = Vec::new();
    for i in 0..6_000 {
        match i {
            // A slow piece, which other threads overtake.
            5 => input.extend_from_slice(
                format!("{{\"id\": 5, \"text\": \"{}\"}}\n", "plain words ".repeat(300_000)).as_bytes(),
            ),
            17 | 2_500 | 5_990 => input.extend_from_slice(b"{\"id\": 1, \"text\": \n"),
            1_200 => input.extend_from_slice(b"\xff\n"),
            _ => input.extend_from_slice(
                format!("{{\"id\": {i}, \"text\": \"Talks in Moscow and Kyiv, line {i} of a long file full of words.\"}}\n").as_bytes(),
            ),
        }
    }
    let f = temp("many.jsonl", &input);
    let path = f.to_str().unwrap();
    let base = ["--no-builtin", "--gazetteer", MINI];
    for (from, stdin) in [(path, &b""[..]), ("-", &input[..])] {
        let args = [&base[..], &["--jsonl", from]].concat();
        let Some(stopped) = same_on_threads(&args, stdin) else {
            return;
        };
        assert_eq!(stopped.status.code(), Some(1));
        assert_eq!(lines(&stopped).len(), 17);
        assert_eq!(lines(&stopped)[5]["id"], 5);
        let args = [&args[..], &["--skip-bad-lines"]].concat();
        let Some(skipped) = same_on_threads(&args, stdin) else {
            return;
        };
        assert!(skipped.status.success());
        let ls = lines(&skipped);
        assert_eq!(ls.len(), 5_996);
        assert_eq!(ls[5_995]["id"], 5_999);
        assert_eq!(ls[5_995]["mentions"].as_array().unwrap().len(), 2);
        let err = String::from_utf8_lossy(&skipped.stderr);
        assert!(err.trim_end().ends_with("skipped 4 bad lines"), "{err}");
    }
    // Files: one per piece, a bad one in the middle.
    let mut files = Vec::new();
    for i in 0..40 {
        let text = match i {
            21 => b"Moscow \xff".to_vec(),
            // A slow file, which other threads overtake.
            3 => "plain words ".repeat(300_000).into_bytes(),
            _ => b"Moscow, then Kyiv.".to_vec(),
        };
        files.push(temp(&format!("part{i}.txt"), &text));
    }
    let files: Vec<&str> = files.iter().map(|f| f.to_str().unwrap()).collect();
    let args = [&base[..], &files[..]].concat();
    let Some(stopped) = same_on_threads(&args, b"") else {
        return;
    };
    assert_eq!(stopped.status.code(), Some(1));
    assert_eq!(lines(&stopped).len(), 40);
    let args = [&args[..], &["--skip-bad-lines"]].concat();
    let Some(skipped) = same_on_threads(&args, b"") else {
        return;
    };
    assert!(skipped.status.success());
    assert_eq!(lines(&skipped).len(), 76);
    // A read that fails (a directory) stops the run with the reason.
    let dir = f.parent().unwrap().to_str().unwrap();
    let Some(failed) = same_on_threads(&[&base[..], &["--jsonl", dir]].concat(), b"") else {
        return;
    };
    assert_eq!(failed.status.code(), Some(1));
    let err = String::from_utf8_lossy(&failed.stderr);
    assert!(err.starts_with(&format!("extract: {dir}: ")), "{err}");
}

/// The person mentions of the one `--jsonl` line of `out`, as (text, id).
fn people(line: &serde_json::Value) -> Vec<(String, String)> {
    line["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["kind"] == "person")
        .map(|m| {
            let id = m["id"].as_str().unwrap_or("").to_string();
            (m["text"].as_str().unwrap().to_string(), id)
        })
        .collect()
}

#[test]
fn dates_name_office_holders() {
    let text = "The Chinese foreign minister arrived.";
    let input = format!(
        "{{\"id\": 1, \"text\": \"{text}\", \"date\": \"2023-03-01\"}}\n\
         {{\"id\": 2, \"text\": \"{text}\", \"date\": \"2023-09-01\"}}\n\
         {{\"id\": 3, \"text\": \"{text}\"}}\n\
         {{\"id\": 4, \"text\": \"BEIJING, March 1, 2023 \u{2014} {text}\"}}\n"
    );
    let Some(ls) = ok_lines(&["--jsonl", "-"], input.as_bytes()) else {
        return;
    };
    let qin = (
        "Chinese foreign minister".to_string(),
        "person:qin-gang".to_string(),
    );
    let wang = (
        "Chinese foreign minister".to_string(),
        "person:wang-yi".to_string(),
    );
    assert_eq!(people(&ls[0]), std::slice::from_ref(&qin));
    assert_eq!(people(&ls[1]), [wang]);
    // No date, no holder: the phrase keeps only its nationality.
    assert_eq!(people(&ls[2]), []);
    // The dateline's date.
    assert_eq!(people(&ls[3]), std::slice::from_ref(&qin));

    // --date reads every text on that day; a line's own date wins.
    let Some(out) = run(&["--date", "2023-09-01", "--jsonl", "-"], input.as_bytes()) else {
        return;
    };
    let ls = lines(&out);
    assert_eq!(people(&ls[0]), [qin]);
    assert_eq!(people(&ls[2])[0].1, "person:wang-yi");
}

#[test]
fn bad_dates_are_bad_lines_and_usage_errors() {
    let input = b"{\"id\": 1, \"text\": \"Russia\", \"date\": \"2023-02-30\"}\n{\"id\": 2, \"text\": \"China\", \"date\": 20230301}\n{\"id\": 3, \"text\": \"Iran\"}\n";
    let f = temp("dates.jsonl", input);
    let path = f.to_str().unwrap();
    let Some(out) = run(&["--jsonl", path], b"") else {
        return;
    };
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("{path}:1:")), "{err}");
    assert!(lines(&out).is_empty());

    let Some(out) = run(&["--skip-bad-lines", "--jsonl", path], b"") else {
        return;
    };
    assert_eq!(out.status.code(), Some(0));
    let ls = lines(&out);
    assert_eq!(ls.len(), 1);
    assert_eq!(ls[0]["id"], 3);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("{path}:2:")), "{err}");

    for date in ["2023-13-01", "yesterday", ""] {
        let Some(out) = run(&["--date", date, "--jsonl", "-"], b"") else {
            return;
        };
        assert_eq!(out.status.code(), Some(2), "{date:?}");
    }
}

#[test]
fn who_prints_the_holders() {
    let Some(ls) = ok_lines(
        &[
            "--who",
            "foreign minister",
            "--country",
            "CHN",
            "--date",
            "2023-03-01",
        ],
        b"",
    ) else {
        return;
    };
    assert_eq!(ls.len(), 1);
    assert_eq!(ls[0]["office"], "foreign minister");
    assert_eq!(ls[0]["owner"], "CHN");
    assert_eq!(ls[0]["date"], "2023-03-01");
    let holders = ls[0]["holders"].as_array().unwrap();
    assert_eq!(holders.len(), 1);
    assert_eq!(holders[0]["id"], "person:qin-gang");
    assert_eq!(holders[0]["start"], "2022-12-30");

    // An organization by name, an office by its name in the table.
    let Some(out) = run(
        &[
            "--who",
            "secretary general",
            "--country",
            "NATO",
            "--date",
            "2019-01-01",
        ],
        b"",
    ) else {
        return;
    };
    assert_eq!(lines(&out)[0]["holders"][0]["name"], "Jens Stoltenberg");
    let Some(out) = run(
        &[
            "--who",
            "head of state",
            "--country",
            "FRA",
            "--date",
            "2019-01-01",
        ],
        b"",
    ) else {
        return;
    };
    assert_eq!(lines(&out)[0]["holders"][0]["name"], "Emmanuel Macron");

    // Unknown owner or office, or a missing --date: an error, exit 2.
    for args in [
        &[
            "--who",
            "foreign minister",
            "--country",
            "Ruritania",
            "--date",
            "2023-03-01",
        ][..],
        &[
            "--who",
            "court jester",
            "--country",
            "CHN",
            "--date",
            "2023-03-01",
        ][..],
        &["--who", "foreign minister", "--country", "CHN"][..],
    ] {
        let Some(out) = run(args, b"") else { return };
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
    }
}
