//! The mayfly server: hyper/tokio, the router, the tenant registry and the
//! request service. Tenants run in `mayfly-sandbox`; Python sources are
//! compiled by `mayfly-compiler`.

pub mod access;
pub mod admin;
pub mod cache;
pub mod config;
pub mod entry;
pub mod guest_lines;
pub mod load_pool;
pub mod loader;
pub mod loading;
pub mod metrics;
pub mod names;
pub mod priority;
pub mod registry;
pub mod response;
pub mod router;
pub mod server;
pub mod service;
pub mod source;
pub mod start;
pub mod tenant_files;
pub mod watcher;

use std::sync::Arc;

use mayfly_sandbox::Sandbox;

pub use config::Config;
pub use registry::Registry;
pub use router::Router;
pub use service::App;
pub use start::{Server, StartError};

/// Builds everything `serve` needs from a settled config: the engine and
/// the router (its errors all reported), and starts loading the tenants
/// from disk in the background (`App::pending_loads` says how many are
/// left): the server answers each tenant as soon as it is loaded.
pub fn build_app(config: &Config) -> Result<Arc<App>, String> {
    let router = Router::new(&config.route).map_err(|errors| {
        let lines: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        format!("invalid routes in the config:\n  {}", lines.join("\n  "))
    })?;
    let sandbox = Sandbox::new(&config.pool).map_err(|e| e.to_string())?;
    let app = Arc::new(App::new(sandbox, router, config.clone()));
    // Not waited for: the receiver is dropped, the log says when it is done.
    drop(app.load_all_in_background());
    Ok(app)
}
