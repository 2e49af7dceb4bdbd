//! Case mapping against CPython over every code point: a compiled program
//! maps each character with lower/upper/title/swapcase/capitalize/casefold
//! (and asks isidentifier first and after a letter) (alone
//! and in the contexts title and the final sigma rule look at) and the
//! result must equal python3's for the same program. The tables are
//! generated from CPython 3.11 (tools/gen_case_tables.py); a python3 of
//! another Unicode version fails the test, saying so.

mod common;

use std::process::Command;

const PROGRAM: &str = r#"
def case_forms(lo, hi):
    parts = []
    for c in range(lo, hi):
        if 55296 <= c < 57344:
            continue
        ch = chr(c)
        parts.append(ch.lower() + ch.upper() + ch.title() + ch.swapcase() + ch.casefold())
        parts.append(str(int(ch.isidentifier())) + str(int(("a" + ch).isidentifier())))
        parts.append((ch + "x").capitalize() + ("a" + ch).title() + ("A" + ch + "\u03a3").lower())
    return "".join(parts)


def on_client_request():
    return case_forms(128, 1114112)
"#;

fn python(code: &str) -> Option<Vec<u8>> {
    let out = Command::new("python3").arg("-c").arg(code).output().ok()?;
    out.status.success().then_some(out.stdout)
}

#[test]
fn every_code_point_maps_like_cpython() {
    // The reference must be there and be the Unicode the tables are: a
    // missing or other python3 fails, with what to do, rather than skip.
    let version = python("import unicodedata; print(unicodedata.unidata_version, end='')")
        .expect("python3 is needed as the reference: apt-get install python3");
    assert_eq!(
        String::from_utf8_lossy(&version),
        "14.0.0",
        "the case tables are Unicode 14.0.0: run the tests with CPython 3.11 as python3"
    );
    let expected = python(&format!(
        "import sys\n{PROGRAM}\nsys.stdout.buffer.write(on_client_request().encode())"
    ))
    .expect("python3 runs the program");
    assert!(expected.len() > 10_000_000, "{} bytes", expected.len());
    let wasm = mayfly_compiler::compile(PROGRAM, "case.py").expect("compiles");
    let out = common::run(&wasm, common::get("/")).unwrap();
    assert!(!out.trapped, "{:?}", out.state.logs);
    let got = out.state.body;
    if got != expected {
        let at = got
            .iter()
            .zip(&expected)
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        let from = at.saturating_sub(40);
        panic!(
            "differs at byte {at}:\n cpython {}\n mayfly  {}",
            String::from_utf8_lossy(&expected[from..(at + 40).min(expected.len())]),
            String::from_utf8_lossy(&got[from..(at + 40).min(got.len())])
        );
    }
}
