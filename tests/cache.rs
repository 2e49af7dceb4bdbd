//! The compile cache (issue 17 item 1) on a real `mayfly serve`: hits after
//! a restart, corrupt and foreign entries logged and rebuilt, stale entries
//! after a config change, the size bound, and a directory others may write
//! refused. Every server here gets its own cache dir in a temp dir.

mod support;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use support::process::{get, request, spawn_server_logged, Server, ServerLog};
use support::{guest, repo_root, tenants_dir, text_guest};

/// A config file for a server whose cache lives in `cache`, with `extra`
/// TOML after it; its admin token is "t".
fn config(at: &Path, cache: &Path, extra: &str) -> PathBuf {
    let path = at.join("mayfly.toml");
    let text = format!(
        "[admin]\ntoken = \"t\"\n[cache]\ndir = {:?}\n{extra}",
        cache.display().to_string()
    );
    std::fs::write(&path, text).expect("config");
    path
}

struct Running {
    _child: Server,
    addr: String,
    admin: String,
    log: ServerLog,
}

fn start(tenants: &Path, config: &Path) -> Running {
    let (child, addr, admin, log) = spawn_server_logged(tenants, Some(config), &[]);
    Running {
        _child: child,
        addr,
        admin,
        log,
    }
}

impl Running {
    /// How the tenant's current version got its module (admin API).
    fn cache_use(&self, tenant: &str) -> String {
        let reply = request(
            &self.admin,
            &format!("GET /tenants/{tenant}"),
            "Authorization: Bearer t\r\n",
        );
        let body = reply.split("\r\n\r\n").nth(1).unwrap_or("");
        let info: serde_json::Value =
            serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {reply}"));
        info["compile_cache"].as_str().unwrap_or("").to_string()
    }

    /// The value of the sample `name` (with its labels) in /metrics.
    fn metric(&self, name: &str) -> Option<f64> {
        let reply = request(&self.admin, "GET /metrics", "Authorization: Bearer t\r\n");
        let body = reply.split("\r\n\r\n").nth(1).unwrap_or("");
        body.lines().find_map(|line| {
            let value = line.strip_prefix(name)?.strip_prefix(' ')?;
            value.trim().parse().ok()
        })
    }

    fn body(&self, path: &str) -> String {
        let reply = get(&self.addr, path);
        assert!(reply.starts_with("HTTP/1.1 200"), "{path}: {reply}");
        reply.split("\r\n\r\n").nth(1).unwrap_or("").to_string()
    }
}

/// The cache's entries, by file name.
fn entries(cache: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(cache)
        .expect("cache dir")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "module"))
        .collect();
    files.sort();
    files
}

#[test]
fn a_restart_loads_every_tenant_from_the_cache_and_answers_the_same() {
    let hello = std::fs::read(repo_root().join("tenants/hello.py")).expect("hello.py");
    let dir = tenants_dir(&[("counter.wat", guest("counter")), ("hello.py", hello)]);
    let scratch = tempfile::tempdir().expect("temp dir");
    let cache = scratch.path().join("cache");
    let config = config(scratch.path(), &cache, "");

    let first = start(dir.path(), &config);
    assert_eq!(first.cache_use("counter"), "stored");
    assert_eq!(first.cache_use("hello"), "stored");
    assert_eq!(first.body("/counter/"), "1 1");
    let hello_body = first.body("/hello/");
    drop(first);
    assert_eq!(entries(&cache).len(), 2);
    // mayfly made the directory, private to its user.
    let mode = std::fs::metadata(&cache)
        .expect("stat")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o700);

    let second = start(dir.path(), &config);
    assert_eq!(second.cache_use("counter"), "hit");
    assert_eq!(second.cache_use("hello"), "hit");
    // The image init baked in survives the round trip through the cache.
    assert_eq!(second.body("/counter/"), "1 1");
    assert_eq!(second.body("/hello/"), hello_body);
    let loads = |result: &str| {
        second.metric(&format!(
            "mayfly_compile_cache_loads_total{{result=\"{result}\"}}"
        ))
    };
    assert_eq!((loads("hit"), loads("stored")), (Some(2.0), Some(0.0)));
    assert_eq!(second.metric("mayfly_compile_cache_entries"), Some(2.0));
    // A hit maps its entry (cache/artifact.rs): the tenants answer on
    // after the files are gone, as after an eviction.
    for entry in entries(&cache) {
        std::fs::remove_file(entry).expect("remove the entry");
    }
    assert_eq!(second.body("/counter/"), "1 1");
    assert_eq!(second.body("/hello/"), hello_body);
}

/// Rewrites the one entry in `cache` with `damage`, restarts, and checks
/// that the damage was logged, the entry rebuilt and the tenant served.
fn damaged_entry_is_rebuilt(damage: impl Fn(&mut Vec<u8>), logged: &str) {
    let dir = tenants_dir(&[("counter.wat", guest("counter"))]);
    let scratch = tempfile::tempdir().expect("temp dir");
    let cache = scratch.path().join("cache");
    let config = config(scratch.path(), &cache, "");
    drop(start(dir.path(), &config));
    let [entry] = entries(&cache).try_into().expect("one entry");
    let sound = std::fs::read(&entry).expect("read entry");
    let mut bytes = sound.clone();
    damage(&mut bytes);
    std::fs::write(&entry, &bytes).expect("damage entry");

    let server = start(dir.path(), &config);
    let lines = server.log.until(|l| l.contains("compile cache entry"));
    let warning = lines.last().cloned().unwrap_or_default();
    assert!(warning.contains(logged), "{warning}");
    assert!(warning.contains("rebuilding it"), "{warning}");
    assert_eq!(server.cache_use("counter"), "stored");
    assert_eq!(server.body("/counter/"), "1 1");
    assert_eq!(std::fs::read(&entry).expect("reread"), sound, "rebuilt");
    assert_eq!(
        server.metric("mayfly_compile_cache_discarded_total"),
        Some(1.0)
    );
}

#[test]
fn a_truncated_entry_is_logged_and_rebuilt() {
    damaged_entry_is_rebuilt(|bytes| bytes.truncate(bytes.len() / 2), "truncated");
}

#[test]
fn an_entry_with_flipped_bytes_is_logged_and_rebuilt() {
    damaged_entry_is_rebuilt(
        |bytes| {
            let middle = bytes.len() / 2;
            for b in &mut bytes[middle..middle + 16] {
                *b ^= 0xa5;
            }
        },
        "checksum mismatch",
    );
}

#[test]
fn a_foreign_entry_with_a_sound_checksum_is_refused_by_wasmtime_and_rebuilt() {
    // The format (cache/artifact.rs): module, then SHA-256 of the module
    // and the two length fields, image size, module length, magic. A
    // module wasmtime did not write, with a checksum that matches it,
    // stands for another build's output.
    damaged_entry_is_rebuilt(
        |bytes| {
            let module_len = bytes.len() - 56;
            let fields: Vec<u8> = bytes[module_len + 32..].to_vec();
            let forged: Vec<u8> = std::iter::repeat_n(0x7f, module_len).collect();
            let mut sum = Sha256::new();
            sum.update(&forged);
            sum.update(&fields[..16]);
            bytes.clear();
            bytes.extend(forged);
            bytes.extend(sum.finalize());
            bytes.extend(fields);
        },
        "was refused",
    );
}

#[test]
fn a_config_change_makes_the_old_entry_stale() {
    let dir = tenants_dir(&[("counter.wat", guest("counter"))]);
    let scratch = tempfile::tempdir().expect("temp dir");
    let cache = scratch.path().join("cache");
    drop(start(dir.path(), &config(scratch.path(), &cache, "")));
    assert_eq!(entries(&cache).len(), 1);

    // The engine's configuration changes the machine code.
    let inlining = config(scratch.path(), &cache, "[pool]\ncompiler_inlining = true\n");
    let server = start(dir.path(), &inlining);
    assert_eq!(server.cache_use("counter"), "stored");
    assert_eq!(server.body("/counter/"), "1 1");
    drop(server);
    assert_eq!(entries(&cache).len(), 2);

    // Init runs under the tenant's limits, so they are part of the key too.
    let limits = config(scratch.path(), &cache, "[tenant.counter]\nfuel = 1234567\n");
    let server = start(dir.path(), &limits);
    assert_eq!(server.cache_use("counter"), "stored");
    drop(server);
    assert_eq!(entries(&cache).len(), 3);

    // And going back finds the first entry again.
    let server = start(dir.path(), &config(scratch.path(), &cache, ""));
    assert_eq!(server.cache_use("counter"), "hit");
}

#[test]
fn the_cache_stays_under_max_bytes_by_evicting_entries() {
    let dir = tenants_dir(&[("a.wat", text_guest("a", 0))]);
    let scratch = tempfile::tempdir().expect("temp dir");
    let cache = scratch.path().join("cache");
    drop(start(dir.path(), &config(scratch.path(), &cache, "")));
    let one = std::fs::metadata(&entries(&cache)[0]).expect("stat").len();

    // Three tenants of the same size under a bound of two and a half.
    let max = one * 5 / 2;
    let dir = tenants_dir(&[
        ("b.wat", text_guest("b", 0)),
        ("c.wat", text_guest("c", 0)),
        ("d.wat", text_guest("d", 0)),
    ]);
    let bounded = config(scratch.path(), &cache, &format!("max_bytes = {max}\n"));
    let server = start(dir.path(), &bounded);
    for tenant in ["b", "c", "d"] {
        assert_eq!(server.body(&format!("/{tenant}/")), tenant);
    }
    let left = entries(&cache);
    let total: u64 = left
        .iter()
        .map(|p| std::fs::metadata(p).expect("stat").len())
        .sum();
    assert!(total <= max, "{total} bytes in the cache, bound {max}");
    assert_eq!(left.len(), 2, "{left:?}");
}

#[test]
fn a_cache_dir_others_may_write_is_refused() {
    let dir = tenants_dir(&[("counter.wat", guest("counter"))]);
    let scratch = tempfile::tempdir().expect("temp dir");
    let cache = scratch.path().join("cache");
    std::fs::create_dir(&cache).expect("mkdir");
    std::fs::set_permissions(&cache, std::fs::Permissions::from_mode(0o777)).expect("chmod");
    let server = start(dir.path(), &config(scratch.path(), &cache, ""));
    let lines = server.log.until(|l| l.contains("compile cache off"));
    let refusal = lines.last().cloned().unwrap_or_default();
    assert!(refusal.contains("writable by group or others"), "{refusal}");
    assert_eq!(server.cache_use("counter"), "off");
    assert_eq!(server.body("/counter/"), "1 1");
    assert!(entries(&cache).is_empty(), "nothing written");
}
