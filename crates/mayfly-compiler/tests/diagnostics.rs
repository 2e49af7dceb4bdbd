//! Diagnostics snapshots: each line of tests/python/diagnostics/cases.txt
//! is an invalid program; its rendered error must equal the checked-in
//! expected.txt (regenerate with MAYFLY_BLESS=1).

use std::path::Path;

#[test]
fn invalid_programs_render_code_frames() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/python/diagnostics");
    let cases = std::fs::read_to_string(dir.join("cases.txt")).unwrap();
    let mut out = String::new();
    let mut count = 0;
    for (i, line) in cases.lines().enumerate() {
        // Every case also defines a handler so only the construct is wrong.
        let src = format!(
            "{}\ndef on_client_request():\n    return 'x'\n",
            line.replace("\\n", "\n")
        );
        let name = format!("case{:02}.py", i + 1);
        match mayfly_compiler::compile(&src, &name) {
            Ok(_) => panic!("{name} compiled: {line}"),
            Err(e) => out.push_str(&format!("{e}\n")),
        }
        count += 1;
    }
    assert!(count >= 15);
    let expected_path = dir.join("expected.txt");
    if std::env::var_os("MAYFLY_BLESS").is_some() {
        std::fs::write(&expected_path, &out).unwrap();
    }
    let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
    assert_eq!(out, expected);
}
