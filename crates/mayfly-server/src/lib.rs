//! The mayfly server: hyper/tokio, the router, the tenant registry and the
//! request service. Tenants run in `mayfly-sandbox`; Python sources are
//! compiled by `mayfly-compiler`.

pub mod access;
pub mod admin;
pub mod cache;
pub mod config;
pub mod entry;
pub mod guest_lines;
pub mod loader;
pub mod metrics;
pub mod names;
pub mod registry;
pub mod response;
pub mod router;
pub mod server;
pub mod service;
pub mod source;
pub mod tenant_files;
pub mod watcher;

use std::sync::Arc;

use mayfly_sandbox::Sandbox;

pub use config::Config;
pub use registry::Registry;
pub use router::Router;
pub use service::App;

/// Builds everything `serve` needs from a settled config: the engine, the
/// router (its errors all reported) and the tenants loaded from disk.
pub fn build_app(config: &Config) -> Result<Arc<App>, String> {
    let router = Router::new(&config.route).map_err(|errors| {
        let lines: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        format!("invalid routes in the config:\n  {}", lines.join("\n  "))
    })?;
    let sandbox = Sandbox::new(&config.pool).map_err(|e| e.to_string())?;
    let app = App::new(sandbox, router, config.clone());
    app.load_all();
    Ok(Arc::new(app))
}
