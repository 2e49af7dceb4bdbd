//! The admin API's operations endpoints through real HTTP: `/metrics`
//! parsed by the Prometheus project's own parser (PyPI prometheus-client in
//! the test venv), and `/tenants/{name}/logs`.

mod support;

use std::process::Command;

use bytes::Bytes;
use mayfly_server::config::LimitOverrides;
use serde_json::Value;
use support::{config_for, guest, repo_root, tenants_dir, TestServer};

const TOKEN: &str = "metrics-test";

/// Every sample of the exposition, as the real parser read it.
fn parse(exposition: &str) -> Vec<Value> {
    let python = repo_root().join(".venv/bin/python");
    let file = tempfile::NamedTempFile::new().expect("temp file");
    std::fs::write(file.path(), exposition).expect("write exposition");
    let output = Command::new(&python)
        .arg(repo_root().join("tests/python/parse_metrics.py"))
        .arg(file.path())
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "{} cannot run ({e}): run the tests with `bash tests/run.sh`, which creates .venv",
                python.display()
            )
        });
    assert!(
        output.status.success(),
        "the Prometheus parser refused /metrics: {}\n{exposition}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("sample JSON"))
        .collect()
}

/// The value of the one sample `name` with exactly these `labels`.
fn value(samples: &[Value], name: &str, labels: &[(&str, &str)]) -> Option<f64> {
    let found: Vec<f64> = samples
        .iter()
        .filter(|s| s["name"] == name)
        .filter(|s| {
            let have = s["labels"].as_object().map_or(0, |m| m.len());
            have == labels.len() && labels.iter().all(|(k, v)| s["labels"][k] == *v)
        })
        .filter_map(|s| s["value"].as_f64())
        .collect();
    assert!(
        found.len() <= 1,
        "{name} {labels:?} appears {} times",
        found.len()
    );
    found.first().copied()
}

async fn scrape(server: &TestServer) -> Vec<Value> {
    let reply = server
        .admin("GET", "/metrics", Some(TOKEN), Bytes::new())
        .await;
    assert_eq!(reply.status, 200, "{}", reply.text());
    let content_type = reply.headers["content-type"].to_str().unwrap_or("");
    assert!(
        content_type.starts_with("application/openmetrics-text"),
        "{content_type}"
    );
    parse(&reply.text())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_count_known_traffic_and_forget_removed_tenants() {
    let dir = tenants_dir(&[("hello.wat", guest("hello")), ("spin.wat", guest("spin"))]);
    let mut config = config_for(dir.path());
    config.admin.token = TOKEN.into();
    // Out of fuel quickly: the test is about counting, not waiting.
    let quick = LimitOverrides {
        fuel: Some(1_000_000),
        ..LimitOverrides::default()
    };
    config.tenant.insert("spin".into(), quick);
    let server = TestServer::start(config).await;

    let refused = server.admin("GET", "/metrics", None, Bytes::new()).await;
    assert_eq!(refused.status, 401, "the same token as every admin call");

    for _ in 0..10 {
        assert_eq!(server.get("/hello/").await.status, 200);
    }
    for _ in 0..3 {
        assert_eq!(server.get("/spin/").await.status, 504);
    }
    let samples = scrape(&server).await;
    let hello = [("tenant", "hello")];
    let spin = [("tenant", "spin")];
    let requests = "mayfly_requests_total";
    assert_eq!(
        value(&samples, requests, &[("tenant", "hello"), ("code", "200")]),
        Some(10.0)
    );
    assert_eq!(
        value(&samples, requests, &[("tenant", "spin"), ("code", "504")]),
        Some(3.0)
    );
    assert_eq!(
        value(&samples, requests, &[("tenant", "spin"), ("code", "200")]),
        None
    );
    let failures = "mayfly_request_failures_total";
    assert_eq!(
        value(&samples, failures, &[("tenant", "spin"), ("kind", "fuel")]),
        Some(3.0)
    );
    assert_eq!(
        value(&samples, failures, &[("tenant", "spin"), ("kind", "trap")]),
        Some(0.0)
    );
    assert_eq!(
        value(&samples, failures, &[("tenant", "hello"), ("kind", "fuel")]),
        Some(0.0)
    );
    for histogram in [
        "mayfly_request_duration_seconds",
        "mayfly_sandbox_lifecycle_seconds",
        "mayfly_fuel_per_request",
    ] {
        let count = format!("{histogram}_count");
        assert_eq!(value(&samples, &count, &hello), Some(10.0), "{histogram}");
        assert_eq!(value(&samples, &count, &spin), Some(3.0), "{histogram}");
        let all = [("tenant", "hello"), ("le", "+Inf")];
        assert_eq!(
            value(&samples, &format!("{histogram}_bucket"), &all),
            Some(10.0)
        );
    }
    // An out-of-fuel request counts its whole budget.
    assert_eq!(
        value(&samples, "mayfly_fuel_per_request_sum", &spin),
        Some(3_000_000.0)
    );
    assert_eq!(value(&samples, "mayfly_tenant_slow", &spin), Some(1.0));
    assert_eq!(value(&samples, "mayfly_tenant_slow", &hello), Some(0.0));
    assert_eq!(
        value(&samples, "mayfly_tenant_in_flight", &hello),
        Some(0.0)
    );
    assert_eq!(value(&samples, "mayfly_tenant_version", &hello), Some(1.0));
    assert_eq!(
        value(&samples, "mayfly_tenant_loads_total", &hello),
        Some(1.0)
    );
    assert_eq!(
        value(
            &samples,
            "mayfly_tenant_load_duration_seconds_count",
            &hello
        ),
        Some(1.0)
    );
    assert_eq!(value(&samples, "mayfly_pool_slots", &[]), Some(16.0));
    assert_eq!(value(&samples, "mayfly_pool_slots_in_use", &[]), Some(0.0));
    // The test client opens a connection per call and the server may not
    // have seen the earlier ones close yet: at least the scrape's own.
    let admin_open = value(
        &samples,
        "mayfly_connections_open",
        &[("listener", "admin")],
    );
    assert!(admin_open.is_some_and(|n| n >= 1.0), "{admin_open:?}");
    assert!(value(
        &samples,
        "mayfly_connections_open",
        &[("listener", "public")]
    )
    .is_some());
    let build = [
        ("version", env!("CARGO_PKG_VERSION")),
        ("wasmtime", mayfly_sandbox::WASMTIME_VERSION),
    ];
    assert_eq!(value(&samples, "mayfly_build_info", &build), Some(1.0));
    // Bounded labels: nothing carries a path or a request id.
    for sample in &samples {
        let labels = sample["labels"].as_object().expect("labels");
        for key in labels.keys() {
            assert!(
                ["tenant", "code", "kind", "le", "listener", "version", "wasmtime"]
                    .contains(&key.as_str()),
                "unexpected label {key} in {sample}"
            );
        }
    }

    let deleted = server
        .admin("DELETE", "/tenants/spin", Some(TOKEN), Bytes::new())
        .await;
    assert_eq!(deleted.status, 200, "{}", deleted.text());
    let samples = scrape(&server).await;
    assert!(
        !samples.iter().any(|s| s["labels"]["tenant"] == "spin"),
        "a removed tenant leaves the metrics"
    );
    assert_eq!(
        value(&samples, requests, &[("tenant", "hello"), ("code", "200")]),
        Some(10.0)
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tenant_logs_keep_the_last_guest_lines_with_request_ids() {
    let dir = tenants_dir(&[("wasi.wat", guest("wasi"))]);
    let mut config = config_for(dir.path());
    config.admin.token = TOKEN.into();
    config.log.guest_lines = 2;
    let server = TestServer::start(config).await;
    let mut ids = Vec::new();
    for _ in 0..3 {
        let reply = server.get("/wasi/").await;
        assert_eq!(reply.status, 200);
        let id = reply.headers["x-request-id"]
            .to_str()
            .expect("id")
            .to_string();
        ids.push(id);
    }
    let reply = server
        .admin("GET", "/tenants/wasi/logs", Some(TOKEN), Bytes::new())
        .await;
    assert_eq!(reply.status, 200, "{}", reply.text());
    let logs = reply.json();
    assert_eq!(logs["capacity"], 2);
    let lines = logs["lines"].as_array().expect("lines");
    // The ring keeps the newest two, oldest first.
    let got: Vec<&str> = lines
        .iter()
        .filter_map(|l| l["request_id"].as_str())
        .collect();
    assert_eq!(got, [ids[1].as_str(), ids[2].as_str()]);
    for line in lines {
        assert_eq!(line["text"], "hello from wasi");
        assert_eq!(line["level"], "info");
        assert!(
            line["time"].as_str().is_some_and(|t| t.ends_with('Z')),
            "{line}"
        );
    }
    let missing = server
        .admin("GET", "/tenants/nope/logs", Some(TOKEN), Bytes::new())
        .await;
    assert_eq!(missing.status, 404);
    let refused = server
        .admin("GET", "/tenants/wasi/logs", None, Bytes::new())
        .await;
    assert_eq!(refused.status, 401);
    server.stop().await;
}
