//! The page of `geopol html` in a real browser: headless Chromium loads it
//! from a file; the marks, the table and the text it shows are checked.
//! `tests/browser.sh` installs Chromium (Debian's package) and runs this.

mod common;

use std::process::Command;

use common::text_of;

#[test]
#[ignore = "needs chromium: tests/browser.sh installs it and runs this"]
fn the_page_in_a_real_browser() {
    let dir = common::scratch_dir("browser");
    let article = "KYIV, March 1, 2023 \u{2014} The Chinese foreign minister met \
                   Volodymyr Zelensky & <NATO> officials.\n\nZelensky said \"no\" to \
                   the U.S. plan; Moscow was silent.";
    let file = dir.join("article.txt");
    std::fs::write(&file, article).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_geopol"))
        .arg("html")
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
    let page = dir.join("page.html");
    std::fs::write(&page, &out.stdout).unwrap();
    let url = format!("file://{}", page.display());
    let browser = |args: &[&str]| {
        let out = Command::new("chromium")
            .args(["--headless", "--no-sandbox", "--disable-gpu"])
            .args(args)
            .arg(&url)
            .output()
            .expect("chromium runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    // The document as the browser built it.
    let dom = browser(&["--dump-dom"]);
    let start = dom.find("<div class=\"text\">").expect("the text") + 18;
    let shown = &dom[start..start + dom[start..].find("</div>").unwrap()];
    assert_eq!(text_of(shown), article);
    let marks: Vec<&str> = shown.split("<mark ").skip(1).collect();
    let kinds: Vec<&str> = marks
        .iter()
        .map(|m| &m[m.find("data-kind=\"").unwrap() + 11..])
        .map(|m| &m[..m.find('"').unwrap()])
        .collect();
    assert_eq!(
        kinds,
        [
            "location",
            "person",
            "person",
            "organization",
            "person",
            "state",
            "location"
        ],
        "{shown}"
    );
    assert!(
        marks[1].contains("data-id=\"person:qin-gang\""),
        "{}",
        marks[1]
    );
    let table = &dom[dom.find("<table id=\"entities\">").expect("the table")..];
    let table = &table[..table.find("</table>").unwrap()];
    let rows = table.matches("<tr>").count();
    assert_eq!(rows, 1 + 6, "{table}");
    assert!(
        table.contains("Volodymyr Zelensky</td><td>person</td>"),
        "{table}"
    );
    // A screenshot is drawn.
    let shot = dir.join("page.png");
    browser(&[
        &format!("--screenshot={}", shot.display()),
        "--window-size=1000,700",
    ]);
    let png = std::fs::read(&shot).unwrap();
    assert!(png.starts_with(b"\x89PNG"));
    std::fs::remove_dir_all(&dir).unwrap();
}
