//! The sandbox: wasmtime Engine and pooling allocator, tenants, and the host
//! side of the mayfly guest ABI (guest-sdk/ABI.md). Every request gets a new
//! Store and a new instance, with fuel, a memory limit and an epoch deadline.
//! Knows nothing of hyper.

mod engine;
mod error;
mod exchange;
mod host;
mod limits;
mod run;
mod shape;
mod snapshot;
mod tenant;

pub use engine::Sandbox;
pub use error::{LoadError, RequestError};
pub use exchange::{GuestRequest, GuestResponse};
pub use limits::{Limits, PoolSettings};
pub use tenant::Tenant;
