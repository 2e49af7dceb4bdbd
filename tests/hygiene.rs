//! Bad files dropped into the tenants dir (issue 17, loader hygiene), on a
//! real server: bad names are logged once with the rule they break, `_` is
//! a tenant name character everywhere, symlinks out of the dir are refused,
//! and a file that is not a tenant source never has its content quoted.

mod support;

use std::process::Command;

use bytes::Bytes;
use support::process::{get, spawn_server_logged, MAYFLY};
use support::{config_for, tenants_dir, text_guest, TestServer};

/// Publishes `file` into `dir` the safe way (temp file, then rename).
fn publish(dir: &std::path::Path, file: &str, bytes: &[u8]) {
    let temp = dir.join(format!(".{file}.tmp"));
    std::fs::write(&temp, bytes).expect("write temp");
    std::fs::rename(&temp, dir.join(file)).expect("rename");
}

fn loaded(line: &str, tenant: &str) -> bool {
    line.contains("loaded") && line.contains(&format!("\"{tenant}\""))
}

#[test]
fn a_bad_file_name_is_logged_once_with_its_rule_and_underscores_are_served() {
    let dir = tenants_dir(&[
        ("Upper Case.wat", text_guest("upper", 0)),
        ("my_app.wat", text_guest("mine", 0)),
    ]);
    let (_child, addr, _, log) = spawn_server_logged(dir.path(), None, &[]);
    assert!(get(&addr, "/my_app/").ends_with("\r\n\r\nmine"));

    // Touch the bad file again, then drop a good one: the watcher handles
    // events in order, so by the time `later` has loaded, any second
    // warning about the bad name would have been logged before it.
    publish(dir.path(), "Upper Case.wat", &text_guest("again", 0));
    publish(dir.path(), "later.wat", &text_guest("later", 0));
    let lines = log.until(|l| loaded(l, "later"));
    let warnings: Vec<&String> = lines
        .iter()
        .filter(|l| l.contains("Upper Case.wat"))
        .collect();
    assert_eq!(warnings.len(), 1, "{lines:#?}");
    assert!(
        warnings[0].contains("not a tenant")
            && warnings[0].contains("starts with a lowercase letter or a digit"),
        "{}",
        warnings[0]
    );
    assert!(get(&addr, "/later/").ends_with("\r\n\r\nlater"));
}

#[test]
fn symlinks_out_of_the_dir_are_refused_and_foreign_content_is_never_quoted() {
    let outside = tempfile::tempdir().expect("temp dir");
    let secret = "root:x:0:0:outside-secret-line:/root:/bin/bash";
    let secret_path = outside.path().join("passwd");
    std::fs::write(&secret_path, format!("{secret}\n")).expect("write secret");
    let junk = "junk:x:1:1:junk-secret-line";
    let dir = tenants_dir(&[
        (".real.wat", text_guest("inside", 0)),
        ("junk.wat", format!("{junk}\n").into_bytes()),
    ]);
    std::os::unix::fs::symlink(&secret_path, dir.path().join("evil.wat")).expect("symlink");
    // A symlink that stays inside the dir is an ordinary way to publish.
    std::os::unix::fs::symlink(".real.wat", dir.path().join("inside.wat")).expect("symlink");
    let (_child, addr, _, log) = spawn_server_logged(dir.path(), None, &[]);

    assert!(get(&addr, "/inside/").ends_with("\r\n\r\ninside"));
    assert!(get(&addr, "/evil/").starts_with("HTTP/1.1 404"));
    assert!(get(&addr, "/junk/").starts_with("HTTP/1.1 404"));

    // A reload event for the symlink is refused again, never followed.
    let _ = std::fs::remove_file(dir.path().join("evil.wat"));
    std::os::unix::fs::symlink(&secret_path, dir.path().join("evil.wat")).expect("symlink");
    publish(dir.path(), "marker.wat", &text_guest("marker", 0));
    let lines = log.until(|l| loaded(l, "marker"));
    let refusals = lines
        .iter()
        .filter(|l| l.contains("evil.wat") && l.contains("outside the tenants dir"))
        .count();
    assert!(refusals >= 1, "{lines:#?}");
    assert!(
        lines
            .iter()
            .any(|l| l.contains("junk.wat") && l.contains("is not WAT text")),
        "{lines:#?}"
    );
    for line in &lines {
        assert!(
            !line.contains("outside-secret-line") && !line.contains("junk-secret-line"),
            "quoted a file that is not a tenant source: {line}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_admin_api_takes_underscored_names_and_states_the_rule_for_bad_ones() {
    let dir = tenants_dir(&[]);
    let mut config = config_for(dir.path());
    config.admin.token = "t".into();
    let server = TestServer::start(config).await;
    let put = |name: &'static str| {
        server.admin(
            "PUT",
            name,
            Some("t"),
            Bytes::from(text_guest("uploaded", 0)),
        )
    };
    assert_eq!(put("/tenants/user_api").await.status, 201);
    assert_eq!(server.get("/user_api/").await.text(), "uploaded");
    assert!(dir.path().join("user_api.wat").is_file());
    let refused = put("/tenants/User_Api").await;
    assert_eq!(refused.status, 400);
    assert!(
        refused.text().contains("[a-z0-9][a-z0-9_-]{0,62}"),
        "{}",
        refused.text()
    );
    server.stop().await;
}

#[test]
fn deploy_takes_an_underscored_file_name_and_refuses_a_bad_one_locally() {
    let dir = tenants_dir(&[]);
    let files = tempfile::tempdir().expect("temp dir");
    let config = files.path().join("mayfly.toml");
    std::fs::write(&config, "[admin]\ntoken = \"t\"\n").expect("config");
    let (_child, addr, admin, _log) = spawn_server_logged(dir.path(), Some(&config), &[]);
    let deploy = |file: &str| {
        let path = files.path().join(file);
        std::fs::write(&path, text_guest("deployed", 0)).expect("write");
        Command::new(MAYFLY)
            .arg("deploy")
            .arg(&path)
            .args(["--admin", &format!("http://{admin}"), "--token", "t"])
            .output()
            .expect("run mayfly deploy")
    };
    let output = deploy("my_app.wat");
    assert!(output.status.success(), "{output:?}");
    assert!(get(&addr, "/my_app/").ends_with("\r\n\r\ndeployed"));

    let output = deploy("My App.wat");
    assert!(!output.status.success(), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("not a tenant name"), "{stderr}");
}
