//! The `mayfly` binary as a child process: `mayfly serve` on 127.0.0.1:0,
//! its addresses read from its log, and its later log lines handed to the
//! test through a channel.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use super::repo_root;

pub const MAYFLY: &str = env!("CARGO_BIN_EXE_mayfly");

/// Starts `mayfly serve` on 127.0.0.1:0 (admin API too) and returns the
/// child and the public and admin addresses it logged.
pub fn spawn_server(
    dir: &std::path::Path,
    config: Option<&std::path::Path>,
) -> (Server, String, String) {
    let (child, addr, admin, _log) = spawn_server_logged(dir, config, &[]);
    (child, addr, admin)
}

/// `spawn_server` with `extra` arguments after `serve`, and the server's
/// log lines from after startup.
pub fn spawn_server_logged(
    dir: &std::path::Path,
    config: Option<&std::path::Path>,
    extra: &[&str],
) -> (Server, String, String, ServerLog) {
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
        .args(extra)
        .current_dir(repo_root())
        .stderr(Stdio::piped());
    // The compile cache defaults to $XDG_CACHE_HOME/mayfly: point it at a
    // temp dir that lives as long as the child, never the real ~/.cache.
    let cache_home = tempfile::tempdir().expect("cache temp dir");
    command.env("XDG_CACHE_HOME", cache_home.path());
    if let Some(config) = config {
        command.arg("--config").arg(config);
    }
    let mut child = Server {
        child: command.spawn().expect("spawn mayfly serve"),
        _cache_home: cache_home,
    };
    let mut stderr = BufReader::new(child.stderr.take().expect("stderr"));
    let (mut addr, mut admin) = (None, None);
    // Lines before the addresses (tenants loading at startup) are kept for
    // the test as well.
    let mut early = Vec::new();
    for _ in 0..50 {
        let mut line = String::new();
        if stderr.read_line(&mut line).unwrap_or(0) == 0 {
            break;
        }
        early.push(line.trim_end().to_string());
        let logged = line
            .split("http://")
            .nth(1)
            .and_then(|rest| rest.split(|c: char| c.is_whitespace() || c == '"').next())
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
    wait_loaded(&admin);
    // Keep draining stderr so the server never blocks on a full pipe; the
    // lines go to the test while it listens.
    let (lines, log) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in stderr.lines() {
            let Ok(line) = line else { break };
            let _ = lines.send(line);
        }
    });
    let log = ServerLog {
        early: std::cell::RefCell::new(early.into()),
        lines: log,
    };
    (child, addr, admin, log)
}

/// The server's log: the lines read while waiting for its addresses, then
/// the rest as they come.
pub struct ServerLog {
    early: std::cell::RefCell<std::collections::VecDeque<String>>,
    lines: Receiver<String>,
}

impl ServerLog {
    /// The first line not yet taken that satisfies `wanted`; panics with the
    /// lines seen if none comes within 20 s.
    pub fn wait_for(&self, wanted: impl Fn(&str) -> bool) -> String {
        let mut lines = self.until(wanted);
        lines.pop().unwrap_or_default()
    }

    /// Every line not yet taken up to and including the first that
    /// satisfies `wanted` (the last one returned); panics with the lines
    /// seen if none comes within 20 s.
    pub fn until(&self, wanted: impl Fn(&str) -> bool) -> Vec<String> {
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut seen = Vec::new();
        loop {
            let next = match self.early.borrow_mut().pop_front() {
                Some(line) => Ok(line),
                None => self
                    .lines
                    .recv_timeout(deadline.saturating_duration_since(Instant::now())),
            };
            match next {
                Ok(line) => {
                    let done = wanted(&line);
                    seen.push(line);
                    if done {
                        return seen;
                    }
                }
                Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => {
                    panic!("no such log line; saw:\n{}", seen.join("\n"))
                }
            }
        }
    }
}

/// The server's process, killed if a test fails before it exits: a server
/// left running would keep the test's stderr pipe open and hang the caller.
pub struct Server {
    child: std::process::Child,
    /// Its XDG_CACHE_HOME, removed after the child is gone.
    _cache_home: tempfile::TempDir,
}

impl std::ops::Deref for Server {
    type Target = std::process::Child;
    fn deref(&self) -> &std::process::Child {
        &self.child
    }
}

impl std::ops::DerefMut for Server {
    fn deref_mut(&mut self) -> &mut std::process::Child {
        &mut self.child
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Polls the admin API's /healthz until no tenant load is pending: the
/// server answers before its tenants are all loaded.
pub fn wait_loaded(admin: &str) {
    let started = Instant::now();
    loop {
        let reply = get(admin, "/healthz");
        let body = reply.split("\r\n\r\n").nth(1).unwrap_or("");
        let health: serde_json::Value = serde_json::from_str(body).unwrap_or_default();
        if health["pending"] == 0 {
            return;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "tenants still loading: {reply}"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
}

pub fn get(addr: &str, path: &str) -> String {
    request(addr, &format!("GET {path}"), "")
}

/// `line` is the method and target; `headers` extra header lines, each
/// ending in CRLF. Returns the whole response as text.
pub fn request(addr: &str, line: &str, headers: &str) -> String {
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

/// The value of header `name` in a raw response.
pub fn header<'a>(reply: &'a str, name: &str) -> Option<&'a str> {
    let head = reply.split("\r\n\r\n").next()?;
    head.lines().skip(1).find_map(|line| {
        let (key, value) = line.split_once(':')?;
        key.eq_ignore_ascii_case(name).then(|| value.trim())
    })
}

/// The name (`comm`) and nice value of every thread of process `pid`,
/// from /proc/PID/task/TID/stat (field 19 is the thread's nice value).
pub fn thread_nice_values(pid: u32) -> Vec<(String, i32)> {
    let tasks = std::fs::read_dir(format!("/proc/{pid}/task")).expect("/proc");
    let mut threads = Vec::new();
    for task in tasks {
        let task = task.expect("task").path();
        let comm = std::fs::read_to_string(task.join("comm")).unwrap_or_default();
        let stat = std::fs::read_to_string(task.join("stat")).unwrap_or_default();
        // Fields after the parenthesised name, which may hold spaces.
        let fields: Vec<&str> = stat
            .rsplit_once(')')
            .map(|(_, rest)| rest.split_whitespace().collect())
            .unwrap_or_default();
        // A thread that ended between the listing and the read has none.
        if let Some(nice) = fields.get(16).and_then(|n| n.parse().ok()) {
            threads.push((comm.trim().to_string(), nice));
        }
    }
    threads
}
