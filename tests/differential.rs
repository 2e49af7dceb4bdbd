//! Differential tests: every program in tests/python/corpus is run by
//! CPython (through guest-sdk/python/mayfly.py `call`) and by the real
//! `mayfly call` (compiler + the server's sandbox path); the printed
//! responses must be byte-identical once the `x-request-id` line (random
//! per run on the mayfly side, absent from the shim) is dropped. Programs
//! that raise give the sandbox's 500 on both sides.
//!
//! A program declares its requests in leading comment lines, one per line,
//! with the `mayfly call` arguments after the path:
//!
//! ```text
//! # call: /items/7?q=1 -X POST -H 'Content-Type: application/json' -d '{"a": 1}'
//! ```
//!
//! Without any, it gets one `GET /`. Every mismatch is collected and
//! reported at the end with both outputs, not just the first.

mod support;

use std::path::Path;
use std::process::{Command, Output};

use support::repo_root;

const MAYFLY: &str = env!("CARGO_BIN_EXE_mayfly");

/// The requests a program declares, each as `mayfly call` arguments.
fn requests(source: &str) -> Vec<Vec<String>> {
    let declared = support::calls::declared_requests(source);
    if declared.is_empty() {
        vec![vec!["/".to_string()]]
    } else {
        declared
    }
}

/// The response as printed, without the per-run `x-request-id` line.
fn without_request_id(stdout: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(stdout.len());
    let mut rest = stdout;
    // Only the head has lines to drop; the body is copied verbatim.
    while let Some(end) = rest.iter().position(|&b| b == b'\n') {
        let line = &rest[..=end];
        rest = &rest[end + 1..];
        if !line.starts_with(b"x-request-id: ") {
            out.extend_from_slice(line);
        }
        if line == b"\n" {
            break;
        }
    }
    out.extend_from_slice(rest);
    out
}

fn run(cmd: &mut Command) -> Output {
    cmd.current_dir(repo_root())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"))
}

/// One mismatch report (empty when both sides agree).
fn compare(file: &Path, args: &[String]) -> Option<String> {
    let python = run(Command::new("python3")
        .env("PYTHONHASHSEED", "0")
        .arg(repo_root().join("guest-sdk/python/mayfly.py"))
        .arg("call")
        .arg(file)
        .args(args));
    let mayfly = run(Command::new(MAYFLY).arg("call").arg(file).args(args));
    let ours = without_request_id(&mayfly.stdout);
    let same_exit = python.status.code() == mayfly.status.code();
    if ours == python.stdout && same_exit {
        return None;
    }
    Some(format!(
        "=== {} {}\n--- cpython (exit {:?})\n{}\n--- mayfly (exit {:?})\n{}\n--- mayfly stderr\n{}",
        file.display(),
        args.join(" "),
        python.status.code(),
        String::from_utf8_lossy(&python.stdout),
        mayfly.status.code(),
        String::from_utf8_lossy(&ours),
        String::from_utf8_lossy(&mayfly.stderr),
    ))
}

#[test]
fn corpus_matches_cpython() {
    let dir = repo_root().join("tests/python/corpus");
    let (programs, cases) = support::calls::corpus_cases(&dir, requests);
    let mut failures = support::calls::compare_all(&cases, |(f, args)| compare(f, args));
    if programs < 80 {
        failures.push(format!(
            "the corpus has only {programs} programs (issue 3 asks for 80)"
        ));
    }
    support::calls::assert_no_failures(&failures, cases.len());
}

#[test]
fn call_lines_are_split_like_a_shell() {
    assert_eq!(
        support::calls::shell_words(r#" /a?b=1 -H 'X-A: b c' -d '{"k": 1}'"#),
        ["/a?b=1", "-H", "X-A: b c", "-d", r#"{"k": 1}"#]
    );
}
