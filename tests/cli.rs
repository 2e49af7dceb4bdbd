//! The `mayfly` binary as a user runs it.

mod support;

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};

use support::{guest, repo_root, tenants_dir};

const MAYFLY: &str = env!("CARGO_BIN_EXE_mayfly");

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
    let mut child = Command::new(MAYFLY)
        .args(["serve", "--listen", "127.0.0.1:0", "--tenants"])
        .arg(dir.path())
        .current_dir(repo_root())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn mayfly serve");
    let mut stderr = BufReader::new(child.stderr.take().expect("stderr"));
    let mut addr = None;
    for _ in 0..50 {
        let mut line = String::new();
        if stderr.read_line(&mut line).unwrap_or(0) == 0 {
            break;
        }
        if let Some(rest) = line.split("listening on http://").nth(1) {
            addr = rest.split_whitespace().next().map(str::to_string);
            break;
        }
    }
    let addr = addr.expect("the server logs its address");
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
