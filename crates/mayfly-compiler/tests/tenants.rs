//! The shipped tenants compile, validate, stay small and answer right.

mod common;

fn compile_file(path: &str) -> Vec<u8> {
    let src =
        std::fs::read_to_string(format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let t = std::time::Instant::now();
    match mayfly_compiler::compile(&src, path) {
        Ok(w) => {
            eprintln!(
                "{path}: {} bytes in {:?} (debug build)",
                w.len(),
                t.elapsed()
            );
            w
        }
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn hello_answers_the_seed_page() {
    let wasm = compile_file("tenants/hello.py");
    assert!(wasm.len() < 32 * 1024, "hello.wasm is {} bytes", wasm.len());
    let out = common::run(&wasm, common::get("/")).unwrap();
    assert!(!out.trapped, "{:?}", out.state.logs);
    assert_eq!(out.state.logs, vec![(2, "Hello from Python".to_string())]);
    assert_eq!(
        out.state.headers,
        vec![("content-type".to_string(), "text/plain".to_string())]
    );
    assert_eq!(
        String::from_utf8(out.state.body).unwrap(),
        "\tthis is a very\n\tlong string if I had the\n\tenergy to type more and more ...\n"
    );
}

#[test]
fn clientbench_answers_its_three_routes() {
    let wasm = compile_file("tenants/clientbench.py");
    let out = common::run(&wasm, common::get("/ping")).unwrap();
    assert!(!out.trapped, "{:?}", out.state.logs);
    assert_eq!(out.state.body, b"pong");
    let out = common::run(&wasm, common::get("/bigger")).unwrap();
    assert!(!out.trapped, "{:?}", out.state.logs);
    assert_eq!(out.state.headers[0].1, "application/json");
    assert!(
        (560..=620).contains(&out.state.body.len()),
        "{}",
        out.state.body.len()
    );
    let out = common::run(&wasm, common::get("/length/1000")).unwrap();
    assert!(!out.trapped, "{:?}", out.state.logs);
    assert_eq!(out.state.body.len(), 1000);
    assert_eq!(out.state.headers[0].1, "application/octet-stream");
    let out = common::run(&wasm, common::get("/nope")).unwrap();
    assert_eq!(out.state.status, 404);
}
