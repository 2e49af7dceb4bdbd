//! The `mayfly` binary as a user runs it.

mod support;

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};

use support::{guest, repo_root, tenants_dir, text_guest};

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

/// Starts `mayfly serve` on 127.0.0.1:0 (admin API too) and returns the
/// child and the public and admin addresses it logged.
fn spawn_server(
    dir: &std::path::Path,
    config: Option<&std::path::Path>,
) -> (Server, String, String) {
    let mut command = Command::new(MAYFLY);
    command
        .args([
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--admin-listen",
            "127.0.0.1:0",
            "--tenants",
        ])
        .arg(dir)
        .current_dir(repo_root())
        .stderr(Stdio::piped());
    if let Some(config) = config {
        command.arg("--config").arg(config);
    }
    let mut child = Server(command.spawn().expect("spawn mayfly serve"));
    let mut stderr = BufReader::new(child.stderr.take().expect("stderr"));
    let (mut addr, mut admin) = (None, None);
    for _ in 0..50 {
        let mut line = String::new();
        if stderr.read_line(&mut line).unwrap_or(0) == 0 {
            break;
        }
        let logged = line
            .split("http://")
            .nth(1)
            .and_then(|rest| rest.split_whitespace().next())
            .map(str::to_string);
        // The public address is logged first, then the admin API's.
        if line.contains("admin API") {
            admin = logged;
            break;
        } else if line.contains("listening on http://") {
            addr = logged;
        }
    }
    let addr = addr.expect("the server logs its address");
    let admin = admin.expect("the server logs its admin address");
    // Keep draining stderr so the server never blocks on a full pipe.
    std::thread::spawn(move || std::io::copy(&mut stderr, &mut std::io::sink()));
    (child, addr, admin)
}

/// The server's process, killed if a test fails before it exits: a server
/// left running would keep the test's stderr pipe open and hang the caller.
struct Server(std::process::Child);

impl std::ops::Deref for Server {
    type Target = std::process::Child;
    fn deref(&self) -> &std::process::Child {
        &self.0
    }
}

impl std::ops::DerefMut for Server {
    fn deref_mut(&mut self) -> &mut std::process::Child {
        &mut self.0
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn get(addr: &str, path: &str) -> String {
    request(addr, &format!("GET {path}"), "")
}

/// `line` is the method and target; `headers` extra header lines, each
/// ending in CRLF.
fn request(addr: &str, line: &str, headers: &str) -> String {
    let mut stream = std::net::TcpStream::connect(addr).expect("connect");
    write!(
        stream,
        "{line} HTTP/1.1\r\nHost: x\r\n{headers}Connection: close\r\n\r\n"
    )
    .expect("send");
    let mut reply = String::new();
    stream.read_to_string(&mut reply).expect("read");
    reply
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
    // /proc/PID/task/TID/stat: field 19 is the thread's nice value.
    let mut admin_nice = None;
    let tasks = std::fs::read_dir(format!("/proc/{}/task", child.id())).expect("/proc");
    for task in tasks {
        let task = task.expect("task").path();
        let comm = std::fs::read_to_string(task.join("comm")).unwrap_or_default();
        let stat = std::fs::read_to_string(task.join("stat")).unwrap_or_default();
        // Fields after the parenthesised name, which may hold spaces.
        let fields: Vec<&str> = stat
            .rsplit_once(')')
            .map(|(_, rest)| rest.split_whitespace().collect())
            .unwrap_or_default();
        let nice: i32 = fields.get(16).and_then(|n| n.parse().ok()).expect("nice");
        if comm.trim() == "mayfly-admin" {
            admin_nice = Some(nice);
        } else if comm.trim().starts_with("tokio-runtime") {
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
