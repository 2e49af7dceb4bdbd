//! The last lines of guest output per tenant, for
//! `GET /tenants/{name}/logs`: an operator sees what a tenant printed
//! without access to the server's log. A bounded ring per tenant, shared by
//! its versions like its metrics.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::SystemTime;

use mayfly_sandbox::GuestLog;

/// At most this many bytes of one line are kept; a guest may write up to
/// 64 KiB of log per request, and the ring holds lines, not bytes.
const MAX_LINE_BYTES: usize = 1024;

pub struct GuestLine {
    pub time: SystemTime,
    pub request_id: u64,
    pub level: &'static str,
    pub text: String,
}

/// A ring of at most `capacity` lines. The lock is taken only when a guest
/// writes output (never on a request that prints nothing) and by the admin
/// API; it is held for a push or a copy.
pub struct GuestLines {
    capacity: usize,
    lines: Mutex<VecDeque<GuestLine>>,
}

impl GuestLines {
    pub fn new(capacity: usize) -> GuestLines {
        GuestLines {
            capacity,
            lines: Mutex::new(VecDeque::new()),
        }
    }

    /// The kept lines, oldest first, as the admin API returns them.
    pub fn to_json(&self) -> serde_json::Value {
        let lines = self.lines.lock().unwrap_or_else(|p| p.into_inner());
        let lines: Vec<serde_json::Value> = lines
            .iter()
            .map(|line| {
                serde_json::json!({
                    "time": humantime::format_rfc3339_millis(line.time).to_string(),
                    "request_id": crate::response::request_id_hex(line.request_id),
                    "level": line.level,
                    "text": line.text,
                })
            })
            .collect();
        serde_json::json!({ "capacity": self.capacity, "lines": lines })
    }
}

fn level_name(level: i32) -> &'static str {
    match level {
        0 => "trace",
        1 => "debug",
        3 => "warn",
        4 => "error",
        _ => "info",
    }
}

impl GuestLog for GuestLines {
    fn line(&self, request_id: u64, level: i32, text: &str) {
        if self.capacity == 0 {
            return;
        }
        let mut end = text.len().min(MAX_LINE_BYTES);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let line = GuestLine {
            time: SystemTime::now(),
            request_id,
            level: level_name(level),
            text: text[..end].to_string(),
        };
        let mut lines = self.lines.lock().unwrap_or_else(|p| p.into_inner());
        if lines.len() == self.capacity {
            lines.pop_front();
        }
        lines.push_back(line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_newest_lines_and_cuts_long_ones() {
        let ring = GuestLines::new(2);
        ring.line(1, 2, "one");
        ring.line(2, 3, "two");
        ring.line(3, 2, &"é".repeat(1000));
        let json = ring.to_json();
        let lines = json["lines"].as_array().expect("lines");
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0]["text"], "two");
        assert_eq!(lines[0]["level"], "warn");
        assert_eq!(lines[0]["request_id"], "0000000000000002");
        assert_eq!(lines[1]["text"].as_str().map(str::len), Some(1024));
    }

    #[test]
    fn capacity_zero_keeps_nothing() {
        let ring = GuestLines::new(0);
        ring.line(1, 2, "one");
        assert_eq!(ring.to_json()["lines"].as_array().map(Vec::len), Some(0));
    }
}
