//! The `mayfly` binary as a user runs it.

mod support;

use std::io::{Read, Write};
use std::process::Command;

use support::process::{
    get, header, request, spawn_server, spawn_server_logged, thread_nice_values, MAYFLY,
};
use support::{guest, tenants_dir, text_guest};

#[test]
fn call_prints_the_response_like_curl() {
    let dir = tenants_dir(&[("echo.wat", guest("echo"))]);
    let output = Command::new(MAYFLY)
        .args([
            "call",
            "echo.wat",
            "/p?q=1",
            "-X",
            "PUT",
            "-H",
            "X-Test: yes",
            "-d",
            "hi",
        ])
        .current_dir(dir.path())
        .output()
        .expect("run mayfly call");
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.starts_with("HTTP/1.1 201 Created\ncontent-type: text/plain\n"),
        "{stdout}"
    );
    assert!(
        stdout.ends_with("content-length: 17\n\nPUT /p?q=1 yes hi"),
        "{stdout}"
    );
}

#[test]
fn call_exits_non_zero_after_printing_a_sandbox_error() {
    let dir = tenants_dir(&[("spin.wat", guest("spin"))]);
    let output = Command::new(MAYFLY)
        .args(["call", "spin.wat"])
        .current_dir(dir.path())
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.starts_with("HTTP/1.1 504 Gateway Timeout\n"),
        "{stdout}"
    );
    assert!(stdout.contains("x-request-id: "), "{stdout}");
}

#[test]
fn serve_answers_on_the_address_it_logs() {
    let dir = tenants_dir(&[("hello.wat", guest("hello"))]);
    let (mut child, addr, _) = spawn_server(dir.path(), None);
    let mut stream = std::net::TcpStream::connect(&addr).expect("connect");
    stream
        .write_all(b"GET /hello/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .expect("send");
    let mut reply = String::new();
    stream.read_to_string(&mut reply).expect("read");
    assert!(reply.starts_with("HTTP/1.1 200 OK\r\n"), "{reply}");
    assert!(reply.ends_with("more and more ...\n"), "{reply}");
    // SIGINT: a graceful exit with status 0.
    Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill");
    let status = child.wait().expect("wait");
    assert!(status.success(), "{status:?}");
}

#[test]
fn sigterm_lets_requests_in_flight_finish_then_exits_0() {
    let dir = tenants_dir(&[("slow.wat", text_guest("finished", 4_000_000_000))]);
    let config = dir.path().join("mayfly.toml");
    std::fs::write(
        &config,
        "[admin]\ntoken = \"t\"\n[tenant.slow]\nfuel = 100000000000\ndeadline_ms = 20000\n",
    )
    .expect("config");
    let (mut child, addr, admin) = spawn_server(dir.path(), Some(&config));
    let in_flight = {
        let addr = addr.clone();
        std::thread::spawn(move || get(&addr, "/slow/"))
    };
    // Signal only once the request runs; a fixed sleep races a loaded CI
    // machine, where the signal could come before the request arrived.
    let started = std::time::Instant::now();
    loop {
        let info = request(&admin, "GET /tenants/slow", "Authorization: Bearer t\r\n");
        if info.contains("\"in_flight\": 1,") {
            break;
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(20),
            "the slow request never started: {info}"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill");
    let reply = in_flight.join().expect("request thread");
    assert!(reply.starts_with("HTTP/1.1 200 OK\r\n"), "{reply}");
    assert!(reply.ends_with("finished"), "{reply}");
    let status = child.wait().expect("wait");
    assert!(status.success(), "{status:?}");
    assert!(
        std::net::TcpStream::connect(&addr).is_err(),
        "the listener is closed"
    );
}

#[test]
fn the_admin_api_runs_on_its_own_lower_priority_thread() {
    let dir = tenants_dir(&[("hello.wat", guest("hello"))]);
    let config = dir.path().join("mayfly.toml");
    std::fs::write(&config, "[admin]\nnice = 7\n").expect("config");
    let (mut child, addr, admin) = spawn_server(dir.path(), Some(&config));
    assert!(get(&admin, "/healthz").starts_with("HTTP/1.1 200 OK\r\n"));
    let refused = get(&admin, "/tenants");
    assert!(refused.starts_with("HTTP/1.1 401 "), "{refused}");
    assert!(get(&addr, "/hello/").starts_with("HTTP/1.1 200 OK\r\n"));
    let mut admin_nice = None;
    for (comm, nice) in thread_nice_values(child.id()) {
        if comm == "mayfly-admin" {
            admin_nice = Some(nice);
        } else if comm.starts_with("tokio-runtime") {
            assert_eq!(nice, 0, "public workers keep their priority");
        }
    }
    assert_eq!(admin_nice, Some(7), "the admin thread runs at nice 7");
    Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(child.wait().expect("wait").success());
}

#[test]
fn version_names_mayfly_and_wasmtime() {
    let output = Command::new(MAYFLY).arg("--version").output().expect("run");
    assert!(output.status.success());
    let text = String::from_utf8_lossy(&output.stdout);
    let wanted = format!(
        "mayfly {} (wasmtime {})",
        env!("CARGO_PKG_VERSION"),
        mayfly_sandbox::WASMTIME_VERSION
    );
    assert_eq!(text.trim(), wanted);
}

/// The JSON log line that is an event under `target` and whose field (or
/// whose request span's field) `request_id` is `id`.
fn log_line_for(line: &str, target: &str, id: &str) -> Option<serde_json::Value> {
    let value: serde_json::Value = serde_json::from_str(line).ok()?;
    let in_span = value["spans"]
        .as_array()
        .is_some_and(|spans| spans.iter().any(|s| s["request_id"] == id));
    (value["target"] == target && (value["request_id"] == id || in_span)).then_some(value)
}

#[test]
fn the_access_log_line_is_found_by_the_response_header_id() {
    let dir = tenants_dir(&[("hello.wat", guest("hello")), ("spin.wat", guest("spin"))]);
    let config = dir.path().join("mayfly.toml");
    std::fs::write(&config, "[tenant.spin]\nfuel = 1000000\n").expect("config");
    let (_child, addr, _, log) =
        spawn_server_logged(dir.path(), Some(&config), &["--log-format", "json"]);

    let reply = get(&addr, "/hello/?token=secret");
    assert!(reply.starts_with("HTTP/1.1 200 OK\r\n"), "{reply}");
    let id = header(&reply, "x-request-id").expect("x-request-id");
    let body_len = reply.split("\r\n\r\n").nth(1).map_or(0, str::len);
    let line = log.wait_for(|l| log_line_for(l, "mayfly::access", id).is_some());
    let access = log_line_for(&line, "mayfly::access", id).expect("access line");
    assert_eq!(access["level"], "INFO", "{line}");
    assert_eq!(access["tenant"], "hello", "{line}");
    assert_eq!(access["method"], "GET", "{line}");
    // The query is left out unless `[log] access_query` asks for it.
    assert_eq!(access["path"], "/hello/", "{line}");
    assert_eq!(access["status"], 200, "{line}");
    assert_eq!(access["bytes"], body_len, "{line}");
    assert_eq!(access["failure"], "-", "{line}");
    assert!(access["duration_us"].is_u64(), "{line}");
    assert!(access["timestamp"].is_string(), "{line}");

    // A request the server ends: its warning and its access line both
    // carry the header's id, the warning through the request span.
    let reply = get(&addr, "/spin/");
    assert!(reply.starts_with("HTTP/1.1 504 "), "{reply}");
    let id = header(&reply, "x-request-id").expect("x-request-id");
    let line = log.wait_for(|l| log_line_for(l, "mayfly_server::service", id).is_some());
    let warning = log_line_for(&line, "mayfly_server::service", id).expect("warning");
    assert_eq!(warning["level"], "WARN", "{line}");
    assert_eq!(warning["spans"][0]["tenant"], "spin", "{line}");
    assert_eq!(warning["spans"][0]["route"], "default", "{line}");
    let line = log.wait_for(|l| log_line_for(l, "mayfly::access", id).is_some());
    let access = log_line_for(&line, "mayfly::access", id).expect("access line");
    assert_eq!(access["status"], 504, "{line}");
    assert_eq!(access["failure"], "fuel", "{line}");
}

#[test]
fn the_access_log_can_be_turned_off() {
    let dir = tenants_dir(&[("hello.wat", guest("hello"))]);
    let config = dir.path().join("mayfly.toml");
    std::fs::write(&config, "[log]\naccess = false\n").expect("config");
    let (child, addr, _, log) =
        spawn_server_logged(dir.path(), Some(&config), &["--log-format", "json"]);
    let reply = get(&addr, "/hello/");
    let id = header(&reply, "x-request-id").expect("id").to_string();
    // The shutdown's own lines come after any line about the request, so
    // reaching them without one shows there was none.
    Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill");
    let line = log.wait_for(|l| l.contains(&id) || l.contains("all connections closed"));
    assert!(line.contains("all connections closed"), "{line}");
}
