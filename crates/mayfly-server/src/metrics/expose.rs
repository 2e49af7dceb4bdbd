//! `GET /metrics`: the atomics of `metrics` and the registry's state,
//! written at scrape time by the `prometheus-client` text encoder
//! (OpenMetrics text, which Prometheus reads natively). Every family is
//! described once and gets one sample per tenant in the registry at that
//! moment, so a removed tenant's series end with it.

use std::sync::atomic::Ordering;
use std::sync::Arc;

use prometheus_client::collector::Collector;
use prometheus_client::encoding::{DescriptorEncoder, MetricEncoder, NoLabelSet};
use prometheus_client::metrics::MetricType;
use prometheus_client::registry::{Registry, Unit};

use super::{status_label, FailureKind, Histogram};
use crate::entry::TenantEntry;
use crate::service::App;

pub const CONTENT_TYPE: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";

type Fmt = Result<(), std::fmt::Error>;

/// Name, help, unit, the divisor from stored to reported values, and which
/// of a tenant's histograms.
type HistogramFamily = (
    &'static str,
    &'static str,
    Option<Unit>,
    f64,
    fn(&TenantEntry) -> &Histogram,
);

/// Name, help and a tenant's value.
type GaugeFamily = (&'static str, &'static str, fn(&TenantEntry) -> i64);

/// The whole exposition for `app`.
pub fn encode(app: &Arc<App>) -> Result<String, std::fmt::Error> {
    let mut registry = Registry::default();
    registry.register_collector(Box::new(Scrape(app.clone())));
    let mut text = String::new();
    prometheus_client::encoding::text::encode(&mut text, &registry)?;
    Ok(text)
}

struct Scrape(Arc<App>);

impl std::fmt::Debug for Scrape {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Scrape")
    }
}

impl Collector for Scrape {
    fn encode(&self, mut encoder: DescriptorEncoder) -> Fmt {
        let app = &self.0;
        // One snapshot of the registry for every family of this scrape.
        let tenants: Vec<Arc<TenantEntry>> = app
            .registry
            .names()
            .iter()
            .filter_map(|name| app.registry.get(name))
            .collect();
        encode_server(app, &mut encoder)?;
        encode_tenant_counts(&tenants, &mut encoder)?;
        encode_tenant_histograms(&tenants, &mut encoder)?;
        encode_tenant_state(&tenants, &mut encoder)
    }
}

fn counter(encoder: &mut MetricEncoder, value: u64) -> Fmt {
    encoder.encode_counter::<NoLabelSet, u64, u64>(&value, None)
}

fn gauge(encoder: &mut MetricEncoder, value: i64) -> Fmt {
    encoder.encode_gauge(&value)
}

fn histogram(encoder: &mut MetricEncoder, histogram: &Histogram, scale: f64) -> Fmt {
    let (sum, count, buckets) = histogram.snapshot(scale);
    encoder.encode_histogram::<NoLabelSet>(sum, count, &buckets, None)
}

fn encode_server(app: &App, encoder: &mut DescriptorEncoder) -> Fmt {
    let mut build = encoder.encode_descriptor(
        "mayfly_build_info",
        "Always 1; the labels give mayfly's and wasmtime's versions",
        None,
        MetricType::Gauge,
    )?;
    let labels = [
        ("version", env!("CARGO_PKG_VERSION")),
        ("wasmtime", mayfly_sandbox::WASMTIME_VERSION),
    ];
    gauge(&mut build.encode_family(&labels)?, 1)?;

    let slots = app.sandbox.settings().instances;
    gauge(
        &mut encoder.encode_descriptor(
            "mayfly_pool_slots_in_use",
            "Pooling-allocator instance slots held by requests now",
            None,
            MetricType::Gauge,
        )?,
        app.sandbox.slots_in_use() as i64,
    )?;
    gauge(
        &mut encoder.encode_descriptor(
            "mayfly_pool_slots",
            "Instance slots in the pool (pool.instances)",
            None,
            MetricType::Gauge,
        )?,
        i64::from(slots),
    )?;

    gauge(
        &mut encoder.encode_descriptor(
            "mayfly_tenants_pending",
            "Tenant names queued for loading or loading now (startup, rescans, changes)",
            None,
            MetricType::Gauge,
        )?,
        app.pending_loads() as i64,
    )?;
    encode_cache(app, encoder)?;

    let listeners = [
        ("public", &app.metrics.public),
        ("admin", &app.metrics.admin),
    ];
    let mut open = encoder.encode_descriptor(
        "mayfly_connections_open",
        "Open connections by listener",
        None,
        MetricType::Gauge,
    )?;
    for (name, counts) in listeners {
        let value = counts.open.load(Ordering::Relaxed);
        gauge(&mut open.encode_family(&[("listener", name)])?, value)?;
    }
    let mut waited = encoder.encode_descriptor(
        "mayfly_connections_at_cap",
        "Accepts that found max_connections open and waited for a close \
         (new clients wait in the listen backlog; mayfly refuses none itself)",
        None,
        MetricType::Counter,
    )?;
    for (name, counts) in listeners {
        let value = counts.waited_at_cap.load(Ordering::Relaxed);
        counter(&mut waited.encode_family(&[("listener", name)])?, value)?;
    }
    counter(
        &mut encoder.encode_descriptor(
            "mayfly_load_failures",
            "Failed tenant loads of any name, also of names that never loaded",
            None,
            MetricType::Counter,
        )?,
        app.metrics.load_failures.load(Ordering::Relaxed),
    )
}

fn encode_cache(app: &App, encoder: &mut DescriptorEncoder) -> Fmt {
    let Some(cache) = &app.cache else {
        return Ok(());
    };
    let mut loads = encoder.encode_descriptor(
        "mayfly_compile_cache_loads",
        "Tenant loads by how they got their module: hit (from the cache), \
         stored (compiled, then cached), unstored (compiled, not cached)",
        None,
        MetricType::Counter,
    )?;
    for (i, result) in ["hit", "stored", "unstored"].into_iter().enumerate() {
        let value = app.metrics.cache_results[i].load(Ordering::Relaxed);
        counter(&mut loads.encode_family(&[("result", result)])?, value)?;
    }
    counter(
        &mut encoder.encode_descriptor(
            "mayfly_compile_cache_discarded",
            "Cache entries found corrupt, foreign or not the server's own, removed and rebuilt",
            None,
            MetricType::Counter,
        )?,
        cache.discarded(),
    )?;
    let (entries, bytes) = cache.usage();
    gauge(
        &mut encoder.encode_descriptor(
            "mayfly_compile_cache_bytes",
            "Bytes of entries in the compile cache (bounded by cache.max_bytes)",
            None,
            MetricType::Gauge,
        )?,
        bytes as i64,
    )?;
    gauge(
        &mut encoder.encode_descriptor(
            "mayfly_compile_cache_entries",
            "Entries in the compile cache",
            None,
            MetricType::Gauge,
        )?,
        entries as i64,
    )
}

fn encode_tenant_counts(tenants: &[Arc<TenantEntry>], encoder: &mut DescriptorEncoder) -> Fmt {
    let mut requests = encoder.encode_descriptor(
        "mayfly_requests",
        "Responses by status code (codes outside a fixed table count under their class, e.g. 2xx)",
        None,
        MetricType::Counter,
    )?;
    for entry in tenants {
        for (slot, count) in entry.metrics.responses() {
            let code = status_label(slot);
            let labels = [("tenant", entry.name()), ("code", code.as_str())];
            counter(&mut requests.encode_family(&labels)?, count)?;
        }
    }
    let mut failures = encoder.encode_descriptor(
        "mayfly_request_failures",
        "Requests the server answered for the guest, by kind",
        None,
        MetricType::Counter,
    )?;
    for entry in tenants {
        for kind in FailureKind::ALL {
            let labels = [("tenant", entry.name()), ("kind", kind.as_str())];
            let count = entry.metrics.failures(kind);
            counter(&mut failures.encode_family(&labels)?, count)?;
        }
    }
    for (name, help, ok) in [
        (
            "mayfly_tenant_loads",
            "Successful loads (first load and reloads)",
            true,
        ),
        (
            "mayfly_tenant_load_failures",
            "Failed reloads (the previous version kept serving)",
            false,
        ),
    ] {
        let mut family = encoder.encode_descriptor(name, help, None, MetricType::Counter)?;
        for entry in tenants {
            let m = &entry.metrics;
            let count = if ok { &m.loads } else { &m.load_failures };
            let labels = [("tenant", entry.name())];
            counter(
                &mut family.encode_family(&labels)?,
                count.load(Ordering::Relaxed),
            )?;
        }
    }
    Ok(())
}

fn encode_tenant_histograms(tenants: &[Arc<TenantEntry>], encoder: &mut DescriptorEncoder) -> Fmt {
    let families: [HistogramFamily; 4] = [
        (
            "mayfly_request_duration",
            "Request head read to response handed to hyper",
            Some(Unit::Seconds),
            1e9,
            |e| &e.metrics.request_duration,
        ),
        (
            "mayfly_sandbox_lifecycle",
            "Sandbox::handle: new Store, instance, guest run, response out, drop",
            Some(Unit::Seconds),
            1e9,
            |e| &e.metrics.lifecycle,
        ),
        (
            "mayfly_fuel_per_request",
            "Fuel used by a request (an out-of-fuel request counts its whole budget)",
            None,
            1.0,
            |e| &e.metrics.fuel,
        ),
        (
            "mayfly_tenant_load_duration",
            "Time to read, compile, pre-initialise and validate a tenant",
            Some(Unit::Seconds),
            1e9,
            |e| &e.metrics.load_duration,
        ),
    ];
    for (name, help, unit, scale, pick) in families {
        let mut family =
            encoder.encode_descriptor(name, help, unit.as_ref(), MetricType::Histogram)?;
        for entry in tenants {
            let labels = [("tenant", entry.name())];
            histogram(&mut family.encode_family(&labels)?, pick(entry), scale)?;
        }
    }
    Ok(())
}

fn encode_tenant_state(tenants: &[Arc<TenantEntry>], encoder: &mut DescriptorEncoder) -> Fmt {
    let families: [GaugeFamily; 3] = [
        (
            "mayfly_tenant_in_flight",
            "Requests of the current version entered and not yet answered",
            |e| i64::from(e.in_flight()),
        ),
        (
            "mayfly_tenant_slow",
            "1 if the tenant's requests run in the slow lane (off the request workers)",
            |e| i64::from(e.is_slow()),
        ),
        (
            "mayfly_tenant_version",
            "Version now serving: 1 for the first load, +1 per replacement",
            |e| i64::try_from(e.version).unwrap_or(i64::MAX),
        ),
    ];
    for (name, help, value) in families {
        let mut family = encoder.encode_descriptor(name, help, None, MetricType::Gauge)?;
        for entry in tenants {
            let labels = [("tenant", entry.name())];
            gauge(&mut family.encode_family(&labels)?, value(entry))?;
        }
    }
    Ok(())
}
