//! One request: a fresh Store, a fresh instance from the pool, the handler,
//! the response copied out, everything dropped.

use std::sync::atomic::{AtomicUsize, Ordering};

use wasmtime::{Extern, Store, Trap, TypedFunc};

use crate::engine::Sandbox;
use crate::error::{GuestFault, MemoryLimitHit, RequestError};
use crate::exchange::{GuestRequest, GuestResponse};
use crate::host::HostState;
use crate::limits::Limits;
use crate::tenant::{extern_at, Tenant};

impl Sandbox {
    /// Runs `request` on a brand-new instance of `tenant`. Nothing of the
    /// instance outlives this call.
    pub fn handle(
        &self,
        tenant: &Tenant,
        request: GuestRequest,
        request_id: u64,
    ) -> Result<GuestResponse, RequestError> {
        let limits = &tenant.limits;
        let _slot = SlotInUse::take(&self.slots_in_use);
        let mut store = self.new_store(tenant, Some(request), request_id, limits);
        let instance = tenant
            .pre
            .instantiate(&mut store)
            .map_err(|e| classify(e, limits))?;
        let Some(Extern::Memory(memory)) = extern_at(&instance, &mut store, &tenant.memory) else {
            return Err(RequestError::Instantiate("memory export missing".into()));
        };
        store.data_mut().memory = Some(memory);
        let Some(Extern::Func(handle)) = extern_at(&instance, &mut store, &tenant.handle) else {
            return Err(RequestError::Instantiate(
                "mayfly_handle export missing".into(),
            ));
        };
        // SAFETY: `Sandbox::load` checked that the tenant's final (baked)
        // module exports `mayfly_handle` as () -> (), which is what `typed`
        // would check here again on every request (~3% of a hello
        // lifecycle: it roots the function's type in the engine's registry).
        let handle = unsafe { TypedFunc::<(), ()>::new_unchecked(&store, handle) };
        let result = handle.call(&mut store, ());
        let fuel_used = limits.fuel.saturating_sub(store.get_fuel().unwrap_or(0));
        let state = store.data_mut();
        state.flush_wasi_output();
        let mut finish = || GuestResponse {
            fuel_used,
            ..std::mem::take(&mut state.response)
        };
        match result {
            Ok(()) => Ok(finish()),
            Err(err) => match err.downcast_ref::<wasmtime_wasi::I32Exit>() {
                // WASI proc_exit(0) ends the request normally.
                Some(exit) if exit.0 == 0 => Ok(finish()),
                Some(exit) => Err(RequestError::Trap(format!("proc_exit({})", exit.0))),
                None => Err(classify(err, limits)),
            },
        }
    }

    /// A Store for one request (or for init, with `request` None) with the
    /// tenant's limits applied.
    pub(crate) fn new_store(
        &self,
        tenant: &Tenant,
        request: Option<GuestRequest>,
        request_id: u64,
        limits: &Limits,
    ) -> Store<HostState> {
        let state = HostState::new(
            tenant.guest_log.clone(),
            request_id,
            request,
            limits.memory_bytes,
            limits.max_response_bytes,
            tenant.uses_wasi,
        );
        let mut store = Store::new(&self.engine, state);
        self.apply_limits(&mut store, limits);
        store
    }

    pub(crate) fn apply_limits(&self, store: &mut Store<HostState>, limits: &Limits) {
        store.limiter(|state| &mut state.limiter);
        // Fails only when fuel is not enabled, and engine_config enables it.
        let _ = store.set_fuel(limits.fuel);
        store.set_epoch_deadline(self.deadline_ticks(limits.deadline_ms));
    }
}

/// Counts a request in `Sandbox::slots_in_use` for as long as it lives;
/// declared before the Store so it is dropped after it, when the slot is
/// back in the pool.
struct SlotInUse<'a>(&'a AtomicUsize);

impl<'a> SlotInUse<'a> {
    fn take(count: &'a AtomicUsize) -> SlotInUse<'a> {
        count.fetch_add(1, Ordering::Relaxed);
        SlotInUse(count)
    }
}

impl Drop for SlotInUse<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

/// Which limit or trap an error from wasmtime stands for.
pub(crate) fn classify(err: wasmtime::Error, limits: &Limits) -> RequestError {
    if let Some(hit) = err.downcast_ref::<MemoryLimitHit>() {
        return RequestError::MemoryLimit {
            limit: hit.limit,
            wanted: hit.wanted,
        };
    }
    if err
        .downcast_ref::<wasmtime::PoolConcurrencyLimitError>()
        .is_some()
    {
        return RequestError::PoolExhausted;
    }
    if let Some(fault) = err.downcast_ref::<GuestFault>() {
        return RequestError::Trap(fault.0.clone());
    }
    match err.downcast_ref::<Trap>() {
        Some(Trap::OutOfFuel) => RequestError::OutOfFuel { fuel: limits.fuel },
        Some(Trap::Interrupt) => RequestError::Deadline {
            deadline_ms: limits.deadline_ms,
        },
        Some(_) => RequestError::Trap(format!("{err:?}")),
        None => RequestError::Instantiate(format!("{err:#}")),
    }
}
