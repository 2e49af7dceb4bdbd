//! Flask differential tests: every app in tests/python/flask is run by
//! real Flask (PyPI, in the repo's .venv, through its test client via
//! tests/python/flask_runner.py, which imports the app afresh for each
//! request) and by the real `mayfly call`. Compared: the status line,
//! Content-Type, Location, the Allow set (Werkzeug builds it from a set,
//! so its order varies between runs) and the body (except for HEAD, where
//! Flask's test client drops it as a server would on the wire).
//! Requests are declared with `# call:` lines as in tests/differential.rs.

mod support;

use std::path::Path;
use std::process::Command;

use support::repo_root;

const MAYFLY: &str = env!("CARGO_BIN_EXE_mayfly");

fn requests(source: &str) -> Vec<Vec<String>> {
    support::calls::declared_requests(source)
}

/// The compared projection of a printed response.
fn projection(stdout: &[u8], head_request: bool) -> String {
    let text = String::from_utf8_lossy(stdout);
    let (head, body) = text.split_once("\n\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    // The code only: reason phrases differ in case (Werkzeug "I'm a Teapot").
    let status: Vec<&str> = lines.next().unwrap_or("").split(' ').take(2).collect();
    let mut out = format!("{}\n", status.join(" "));
    let mut fields: Vec<String> = Vec::new();
    for l in lines {
        let Some((k, v)) = l.split_once(": ") else {
            continue;
        };
        match k {
            "content-type" | "location" => fields.push(format!("{k}: {v}")),
            "allow" => {
                let mut ms: Vec<&str> = v.split(", ").collect();
                ms.sort();
                fields.push(format!("allow: {}", ms.join(", ")));
            }
            _ => {}
        }
    }
    fields.sort();
    for f in fields {
        out.push_str(&f);
        out.push('\n');
    }
    out.push('\n');
    if !head_request {
        out.push_str(body);
    }
    out
}

fn compare(python: &Path, file: &Path, args: &[String]) -> Option<String> {
    let flask = Command::new(python)
        .arg(repo_root().join("tests/python/flask_runner.py"))
        .arg(file)
        .args(args)
        .current_dir(repo_root())
        .output()
        .expect("run flask_runner.py");
    let mayfly = Command::new(MAYFLY)
        .arg("call")
        .arg(file)
        .args(args)
        .current_dir(repo_root())
        .output()
        .expect("run mayfly call");
    let head = args.windows(2).any(|w| w[0] == "-X" && w[1] == "HEAD");
    let want = projection(&flask.stdout, head);
    let got = projection(&mayfly.stdout, head);
    if want == got && flask.status.success() {
        return None;
    }
    Some(format!(
        "=== {} {}\n--- flask\n{want}\n{}\n--- mayfly\n{got}\n{}",
        file.display(),
        args.join(" "),
        String::from_utf8_lossy(&flask.stderr),
        String::from_utf8_lossy(&mayfly.stderr),
    ))
}

#[test]
fn flask_apps_match_real_flask() {
    let python = repo_root().join(".venv/bin/python");
    let has_flask = Command::new(&python)
        .args(["-c", "import flask"])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        has_flask,
        "real Flask is needed as the reference and {} cannot import it: run the tests \
         with `bash tests/run.sh`, which creates the venv, or `python3 -m venv .venv && \
         .venv/bin/pip install -r tests/python/requirements.txt` in the repository root",
        python.display()
    );
    let dir = repo_root().join("tests/python/flask");
    let (programs, cases) = support::calls::corpus_cases(&dir, requests);
    let mut failures = support::calls::compare_all(&cases, |(f, a)| compare(&python, f, a));
    if programs < 30 {
        failures.push(format!("only {programs} Flask apps (issue 5 asks for 30)"));
    }
    support::calls::assert_no_failures(&failures, cases.len());
}
