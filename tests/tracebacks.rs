//! Tracebacks: every program in tests/python/tracebacks raises out of its
//! handler; the traceback `mayfly call` logs must list the same frames
//! (file, line, function, outermost first, recursion folded), exception
//! contexts and final line as CPython's, run through
//! guest-sdk/python/mayfly.py. CPython's extra lines are dropped before
//! comparing: the shim's own frames, the source lines and carets under
//! each frame, and blank lines.

mod support;

use std::path::Path;
use std::process::Command;

use support::repo_root;

const MAYFLY: &str = env!("CARGO_BIN_EXE_mayfly");

/// CPython's traceback (stderr of the shim) reduced to what mayfly logs.
fn cpython_lines(stderr: &str, program: &str) -> Vec<String> {
    stderr
        .lines()
        .filter(|l| {
            if let Some(rest) = l.strip_prefix("  File \"") {
                return rest.starts_with(program);
            }
            !l.is_empty() && (!l.starts_with(' ') || l.starts_with("  [Previous line"))
        })
        .map(str::to_string)
        .collect()
}

/// The traceback in mayfly's log: the message of the `guest` error event,
/// which ends where the next event's line starts. (The event has no fields
/// of its own: tenant and request id are in its span, before the message.)
fn mayfly_lines(stderr: &str) -> Vec<String> {
    let Some(start) = stderr.find("guest: Traceback") else {
        return Vec::new();
    };
    let text = &stderr[start + "guest: ".len()..];
    text.lines()
        .take_while(|l| !starts_with_timestamp(l))
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// A log line's start: `2026-12-01T22:37:38...`.
fn starts_with_timestamp(line: &str) -> bool {
    let b = line.as_bytes();
    b.len() > 11 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'-' && b[10] == b'T'
}

fn compare(file: &Path, args: &[String]) -> Option<String> {
    let program = file.strip_prefix(repo_root()).unwrap_or(file);
    let program = program.to_string_lossy().to_string();
    let run = |cmd: &mut Command| {
        cmd.current_dir(repo_root())
            .output()
            .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"))
    };
    let python = run(Command::new("python3")
        .arg("guest-sdk/python/mayfly.py")
        .arg("call")
        .arg(&program)
        .args(args));
    let mayfly = run(Command::new(MAYFLY).arg("call").arg(&program).args(args));
    let want = cpython_lines(&String::from_utf8_lossy(&python.stderr), &program);
    let got = mayfly_lines(&String::from_utf8_lossy(&mayfly.stderr));
    if want.is_empty() {
        return Some(format!("=== {program} {args:?}: CPython did not raise"));
    }
    (want != got).then(|| {
        format!(
            "=== {program} {}\n--- cpython\n{}\n--- mayfly\n{}",
            args.join(" "),
            want.join("\n"),
            got.join("\n")
        )
    })
}

#[test]
fn uncaught_exceptions_log_cpythons_traceback() {
    let dir = repo_root().join("tests/python/tracebacks");
    let (_, cases) = support::calls::corpus_cases(&dir, |src| {
        let declared = support::calls::declared_requests(src);
        if declared.is_empty() {
            vec![vec!["/".to_string()]]
        } else {
            declared
        }
    });
    let failures = support::calls::compare_all(&cases, |(f, args)| compare(f, args));
    support::calls::assert_no_failures(&failures, cases.len());
}
