//! Flask diagnostics snapshots: each line of
//! tests/python/diagnostics/flask_cases.txt is a Flask app mayfly must
//! refuse at compile time (Flask would refuse it at import, or mayfly does
//! not implement it); the rendered errors must equal flask_expected.txt
//! (regenerate with MAYFLY_BLESS=1).

use std::path::Path;

#[test]
fn unsupported_flask_apps_render_code_frames() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/python/diagnostics");
    let cases = std::fs::read_to_string(dir.join("flask_cases.txt")).unwrap();
    let mut out = String::new();
    for (i, line) in cases.lines().enumerate() {
        let src = format!("{}\n", line.replace("\\n", "\n"));
        let name = format!("flask{:02}.py", i + 1);
        match mayfly_compiler::compile(&src, &name) {
            Ok(_) => panic!("{name} compiled: {line}"),
            Err(e) => out.push_str(&format!("{e}\n")),
        }
    }
    let expected_path = dir.join("flask_expected.txt");
    if std::env::var_os("MAYFLY_BLESS").is_some() {
        std::fs::write(&expected_path, &out).unwrap();
    }
    let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
    assert_eq!(out, expected);
}
