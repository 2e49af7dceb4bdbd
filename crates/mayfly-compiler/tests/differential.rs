//! Differential tests: every program in tests/python/corpus is run by
//! CPython (through guest-sdk/python/mayfly.py) and compiled + run here;
//! the printed responses (the `mayfly call` format) must be identical.
//! Programs that raise must give 500 on both sides.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn reason(code: u32) -> &'static str {
    match code {
        200 => "OK",
        201 => "Created",
        404 => "Not Found",
        500 => "Internal Server Error",
        _ => "",
    }
}

fn mayfly_side(src: &str, file: &str, path: &str) -> Result<Vec<u8>, String> {
    let wasm = mayfly_compiler::compile(src, file).map_err(|e| e.to_string())?;
    let out = common::run(&wasm, common::get(path)).map_err(|e| e.to_string())?;
    if out.trapped {
        return Ok(b"HTTP/1.1 500 Internal Server Error\n".to_vec());
    }
    let s = out.state;
    let mut head = format!("HTTP/1.1 {} {}\n", s.status, reason(s.status));
    for (k, v) in &s.headers {
        head.push_str(&format!("{k}: {v}\n"));
    }
    head.push_str(&format!("content-length: {}\n\n", s.body.len()));
    let mut bytes = head.into_bytes();
    bytes.extend_from_slice(&s.body);
    Ok(bytes)
}

#[test]
fn corpus_matches_cpython() {
    let dir = root().join("tests/python/corpus");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let mut failures = Vec::new();
    for f in &files {
        let src = std::fs::read_to_string(f).unwrap();
        let path = src
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("# call: "))
            .unwrap_or("/")
            .to_string();
        let py = Command::new("python3")
            .arg(root().join("guest-sdk/python/mayfly.py"))
            .args(["call", f.to_str().unwrap(), &path])
            .output()
            .unwrap();
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        match mayfly_side(&src, &name, &path) {
            Ok(ours) if ours == py.stdout => {}
            Ok(ours) => failures.push(format!(
                "{name}:\n--- cpython\n{}\n--- mayfly\n{}",
                String::from_utf8_lossy(&py.stdout),
                String::from_utf8_lossy(&ours)
            )),
            Err(e) => failures.push(format!("{name}: {e}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}
