//! mayfly.toml: what it holds and how it is read. config/mayfly.toml in the
//! repository documents every key with its default and the reasoning.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use mayfly_sandbox::{Limits, PoolSettings};

use crate::router::RouteSpec;

#[derive(Debug, Clone, Default, serde::Deserialize, serde::Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub server: ServerSettings,
    pub admin: AdminSettings,
    pub log: LogSettings,
    pub cache: CacheSettings,
    pub loader: LoaderSettings,
    pub limits: Limits,
    pub pool: PoolSettings,
    /// Per-tenant overrides of `limits`, keyed by tenant name.
    pub tenant: BTreeMap<String, LimitOverrides>,
    pub route: Vec<RouteSpec>,
}

#[derive(Debug, Clone, serde::Deserialize, serde::Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct ServerSettings {
    pub listen: SocketAddr,
    pub tenants_dir: PathBuf,
    /// Path of the built-in hello route with no sandbox; empty turns it off.
    pub vanilla_path: String,
    /// Largest request body accepted, in bytes (413 beyond).
    pub max_body_bytes: u64,
    /// Seconds a client may take to send the request head.
    pub header_read_timeout_secs: u64,
    /// Seconds in-flight requests get to finish on shutdown.
    pub drain_timeout_secs: u64,
    /// Reload tenants when their files change.
    pub watch: bool,
    /// Open connections at most; the next accept waits for one to close.
    pub max_connections: usize,
    /// Listen backlog of the public and admin listeners.
    pub listen_backlog: u32,
    /// Largest request head (request line and headers), in bytes (431 beyond).
    pub max_header_bytes: usize,
    /// Requests one tenant may have in flight; 0 means a quarter of the pool.
    pub tenant_max_in_flight: u32,
    /// A tenant whose request burned this much fuel (or ran out of fuel or
    /// time) is "slow": its next requests run on the blocking thread pool,
    /// in the slow lane, instead of on a request worker.
    pub slow_request_fuel: u64,
    /// A tenant version whose fuel budget per request is above this starts
    /// in the slow lane, before any request of it ran: one of its requests
    /// could hold a request worker longer than is acceptable.
    pub inline_max_fuel: u64,
    /// Slow-tenant requests running at once, across all tenants; 0 means
    /// half the CPU cores (at least 1).
    pub slow_lane_threads: usize,
}

#[derive(Debug, Clone, serde::Deserialize, serde::Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct AdminSettings {
    /// Serve the admin API at all.
    pub enabled: bool,
    /// Its own listener, never the public one.
    pub listen: SocketAddr,
    /// Bearer token; MAYFLY_ADMIN_TOKEN overrides it. Empty: every call but
    /// /healthz is refused.
    #[serde(skip_serializing)]
    pub token: String,
    /// Largest upload accepted, in bytes (413 beyond).
    pub max_upload_bytes: u64,
    /// Open admin connections at most; more wait in the backlog.
    pub max_connections: usize,
    /// Nice value of the admin thread (0..=19): how far below the public
    /// workers the kernel schedules admin work.
    pub nice: i32,
}

#[derive(Debug, Clone, serde::Deserialize, serde::Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct LogSettings {
    /// How log lines are written: `text` for people, `json` (one object a
    /// line) for log shippers. `mayfly serve --log-format` overrides it.
    pub format: LogFormat,
    /// One `mayfly::access` line per request.
    pub access: bool,
    /// Keep the query string in the access log's path (it may hold
    /// tokens or personal data, so it is left out by default).
    pub access_query: bool,
    /// Guest output lines kept per tenant for `GET /tenants/{name}/logs`;
    /// 0 keeps none.
    pub guest_lines: usize,
}

/// The tenant loaders (`crate::load_pool`).
#[derive(Debug, Clone, serde::Deserialize, serde::Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct LoaderSettings {
    /// Loader threads; 0 means one per core.
    pub threads: usize,
    /// Their nice value (0..=19), and that of the compiler's threads.
    pub nice: i32,
}

impl Default for LoaderSettings {
    fn default() -> Self {
        LoaderSettings {
            threads: 0,
            nice: 10,
        }
    }
}

/// The compile cache (`crate::cache`); config/mayfly.toml explains each key.
#[derive(Debug, Clone, serde::Deserialize, serde::Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct CacheSettings {
    /// Use the cache at all.
    pub enabled: bool,
    /// Where; empty means `$XDG_CACHE_HOME/mayfly`, else `~/.cache/mayfly`.
    pub dir: PathBuf,
    /// Bytes of entries kept at most; the least recently used go first.
    pub max_bytes: u64,
}

impl Default for CacheSettings {
    fn default() -> Self {
        CacheSettings {
            enabled: true,
            dir: PathBuf::new(),
            max_bytes: 4 << 30,
        }
    }
}

impl CacheSettings {
    /// The directory to use: `dir`, else the XDG base directory rule
    /// (`$XDG_CACHE_HOME` if set and absolute, else `$HOME/.cache`) with
    /// `mayfly` under it; None with neither variable set.
    pub fn resolved_dir(&self) -> Option<PathBuf> {
        if !self.dir.as_os_str().is_empty() {
            return Some(self.dir.clone());
        }
        let from_env = |var: &str| {
            std::env::var_os(var)
                .map(PathBuf::from)
                .filter(|p| p.is_absolute())
        };
        from_env("XDG_CACHE_HOME")
            .or_else(|| from_env("HOME").map(|home| home.join(".cache")))
            .map(|base| base.join("mayfly"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    #[default]
    Text,
    Json,
}

impl Default for LogSettings {
    fn default() -> Self {
        LogSettings {
            format: LogFormat::Text,
            access: true,
            access_query: false,
            guest_lines: 200,
        }
    }
}

impl Default for AdminSettings {
    fn default() -> Self {
        AdminSettings {
            enabled: true,
            listen: SocketAddr::from(([127, 0, 0, 1], 8081)),
            token: String::new(),
            max_upload_bytes: 16 << 20,
            max_connections: 16,
            nice: 10,
        }
    }
}

impl Default for ServerSettings {
    fn default() -> Self {
        ServerSettings {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            tenants_dir: PathBuf::from("tenants"),
            vanilla_path: "/vanilla".into(),
            max_body_bytes: 1 << 20,
            header_read_timeout_secs: 10,
            drain_timeout_secs: 10,
            watch: true,
            max_connections: 16384,
            listen_backlog: 4096,
            max_header_bytes: 64 << 10,
            tenant_max_in_flight: 0,
            slow_request_fuel: 5_000_000,
            // ~70 ms of the slowest-burning loop measured (config/mayfly.toml).
            inline_max_fuel: 150_000_000,
            slow_lane_threads: 0,
        }
    }
}

/// Any subset of [`Limits`]; unset keys keep the global value.
#[derive(Debug, Clone, Copy, Default, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct LimitOverrides {
    pub fuel: Option<u64>,
    pub memory_bytes: Option<u64>,
    pub deadline_ms: Option<u64>,
    pub max_response_bytes: Option<u64>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Parse { path: PathBuf, message: String },
    #[error("{0}")]
    Invalid(String),
}

impl Config {
    /// Reads and checks a config file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_owned(),
            source,
        })?;
        let mut config: Config = toml::from_str(&text).map_err(|e| ConfigError::Parse {
            path: path.to_owned(),
            message: e.to_string(),
        })?;
        config.settle()?;
        Ok(config)
    }

    /// Checks cross-key rules and derives what follows from the keys: the
    /// pool must hold the largest memory any tenant may use.
    pub fn settle(&mut self) -> Result<(), ConfigError> {
        for name in self.tenant.keys() {
            if !crate::names::is_valid_tenant_name(name) {
                return Err(ConfigError::Invalid(format!(
                    "[tenant.{name}]: not a valid tenant name"
                )));
            }
        }
        let largest = self
            .tenant
            .keys()
            .map(|name| self.limits_for(name).memory_bytes)
            .chain([self.limits.memory_bytes])
            .max()
            .unwrap_or(0);
        self.pool.max_memory_bytes = self.pool.max_memory_bytes.max(largest);
        if self.server.tenant_max_in_flight == 0 {
            self.server.tenant_max_in_flight = (self.pool.instances / 4).max(1);
        }
        if self.server.slow_lane_threads == 0 {
            let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
            self.server.slow_lane_threads = (cores / 2).max(1);
        }
        // hyper refuses buffers under 8 KiB.
        self.server.max_header_bytes = self.server.max_header_bytes.max(8192);
        if let Ok(token) = std::env::var("MAYFLY_ADMIN_TOKEN") {
            if !token.is_empty() {
                self.admin.token = token;
            }
        }
        if !(0..=19).contains(&self.loader.nice) {
            return Err(ConfigError::Invalid(
                "loader.nice must be 0..=19 (a lower priority only)".into(),
            ));
        }
        if !(0..=19).contains(&self.admin.nice) {
            return Err(ConfigError::Invalid(
                "admin.nice must be 0..=19 (a lower priority only)".into(),
            ));
        }
        if !self.server.vanilla_path.is_empty() && !self.server.vanilla_path.starts_with('/') {
            return Err(ConfigError::Invalid(
                "server.vanilla_path must start with `/` or be empty".into(),
            ));
        }
        Ok(())
    }

    /// The global limits with `[tenant.NAME]` applied.
    pub fn limits_for(&self, tenant: &str) -> Limits {
        let base = self.limits;
        let Some(o) = self.tenant.get(tenant) else {
            return base;
        };
        Limits {
            fuel: o.fuel.unwrap_or(base.fuel),
            memory_bytes: o.memory_bytes.unwrap_or(base.memory_bytes),
            deadline_ms: o.deadline_ms.unwrap_or(base.deadline_ms),
            max_response_bytes: o.max_response_bytes.unwrap_or(base.max_response_bytes),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_config_parses_and_matches_the_defaults_it_documents() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../config/mayfly.toml");
        let config = Config::load(&path).expect("config/mayfly.toml");
        let defaults = Config::default();
        assert_eq!(config.limits, defaults.limits);
        assert_eq!(
            config.server.slow_request_fuel,
            defaults.server.slow_request_fuel
        );
        assert_eq!(
            config.server.inline_max_fuel,
            defaults.server.inline_max_fuel
        );
        assert!(
            config.limits.fuel <= config.server.inline_max_fuel,
            "with the shipped limits a tenant starts inline"
        );
        assert_eq!(config.server.listen, defaults.server.listen);
        assert_eq!(config.pool.instances, defaults.pool.instances);
        assert_eq!(config.admin.max_connections, defaults.admin.max_connections);
        assert_eq!(config.admin.nice, defaults.admin.nice);
        assert_eq!(config.log.format, defaults.log.format);
        assert_eq!(config.log.access, defaults.log.access);
        assert_eq!(config.log.access_query, defaults.log.access_query);
        assert_eq!(config.log.guest_lines, defaults.log.guest_lines);
        assert_eq!(config.cache.enabled, defaults.cache.enabled);
        assert_eq!(config.loader.threads, defaults.loader.threads);
        assert_eq!(config.loader.nice, defaults.loader.nice);
        assert_eq!(config.cache.dir, defaults.cache.dir);
        assert_eq!(config.cache.max_bytes, defaults.cache.max_bytes);
    }

    #[test]
    fn overrides_apply_per_tenant_and_raise_the_pool() {
        let mut config: Config = toml::from_str(
            "[tenant.big]\nmemory_bytes = 67108864\n[tenant.quick]\ndeadline_ms = 5\n",
        )
        .expect("toml");
        config.settle().expect("valid");
        assert_eq!(config.limits_for("big").memory_bytes, 64 << 20);
        assert_eq!(config.limits_for("big").fuel, Limits::default().fuel);
        assert_eq!(config.limits_for("quick").deadline_ms, 5);
        assert_eq!(config.pool.max_memory_bytes, 64 << 20);
    }

    #[test]
    fn unknown_keys_are_errors() {
        assert!(toml::from_str::<Config>("[limits]\nfeul = 1\n").is_err());
    }
}
