//! Loading a tenant: validate, check the guest ABI, pre-initialise, and
//! resolve everything a request needs once, so a request does no lookups.

use std::sync::Arc;
use std::time::{Duration, Instant};

use wasmtime::{Extern, InstancePre, Module, ModuleExport, Store, Val};

use crate::engine::Sandbox;
use crate::error::LoadError;
use crate::host::HostState;
use crate::limits::Limits;
use crate::shape::Shape;
use crate::snapshot::{self, GlobalValue, GLOBAL_EXPORT_PREFIX, INIT_EXPORTS};

const WASI_MODULE: &str = "wasi_snapshot_preview1";

/// A loaded tenant program: compiled, pre-initialised and linked. Shared by
/// every request (behind an Arc) until a reload replaces it.
pub struct Tenant {
    pub(crate) name: Arc<str>,
    pub(crate) pre: InstancePre<HostState>,
    pub(crate) memory: ModuleExport,
    pub(crate) handle: ModuleExport,
    pub(crate) limits: Limits,
    pub(crate) uses_wasi: bool,
    /// Receives the guest's output lines besides the tracing log (the
    /// server keeps the last ones per tenant for the admin API).
    pub(crate) guest_log: Option<Arc<dyn GuestLog>>,
    image_bytes: usize,
}

/// A second destination for guest output. Called on the request's thread
/// with each line as it is written, so it must be quick and must not block.
pub trait GuestLog: Send + Sync {
    /// `level` is the guest's: 0 trace, 1 debug, 2 info, 3 warn, 4 error
    /// (WASI stdout is 2, stderr 3).
    fn line(&self, request_id: u64, level: i32, text: &str);
}

impl std::fmt::Debug for Tenant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tenant")
            .field("name", &self.name)
            .field("limits", &self.limits)
            .field("uses_wasi", &self.uses_wasi)
            .finish()
    }
}

impl Tenant {
    pub fn name(&self) -> &str {
        &self.name
    }
    pub fn limits(&self) -> &Limits {
        &self.limits
    }
    pub fn uses_wasi(&self) -> bool {
        self.uses_wasi
    }
    /// Sends this tenant's guest output to `log` as well as to tracing.
    pub fn set_guest_log(&mut self, log: Arc<dyn GuestLog>) {
        self.guest_log = Some(log);
    }
    /// Size of the module after pre-initialisation, in bytes.
    pub fn image_bytes(&self) -> usize {
        self.image_bytes
    }
    /// The final (pre-initialised) module as wasmtime's serialized machine
    /// code, for a compile cache; [`Sandbox::load_precompiled_file`] maps it.
    pub fn serialize(&self) -> Result<Vec<u8>, LoadError> {
        self.pre
            .module()
            .serialize()
            .map_err(|e| LoadError::Invalid(format!("cannot serialize the module: {e:#}")))
    }
}

impl Sandbox {
    /// Loads `bytes` (a Wasm binary or WAT text) as tenant `name`.
    pub fn load(&self, name: &str, bytes: &[u8], limits: Limits) -> Result<Tenant, LoadError> {
        let started = Instant::now();
        let wasm = wat::parse_bytes(bytes).map_err(|e| LoadError::Invalid(e.to_string()))?;
        self.check_memory_limit(&limits)?;
        // The ABI is checked on the module as parsed: the only Cranelift
        // compile of a module without init is the one it is served from,
        // and one with init is compiled for init; the baked module's
        // compile then finds every function in the code memo (code_memo.rs).
        Module::validate(&self.engine, &wasm).map_err(|e| LoadError::Invalid(format!("{e:#}")))?;
        let shape = Shape::read(&wasm)?;
        shape.check_exports()?;
        let uses_wasi = shape.imports.iter().any(|(m, _)| m == WASI_MODULE);
        for (module, import) in &shape.imports {
            if module != "mayfly" && module != WASI_MODULE {
                return Err(LoadError::Abi(format!(
                    "imports {module}::{import}; only `mayfly` and `{WASI_MODULE}` imports are provided"
                )));
            }
        }
        let validated = started.elapsed();
        let name: Arc<str> = name.into();
        let has_init = INIT_EXPORTS.iter().any(|e| shape.export(e).is_some());
        let memo_before = self.code_memo_stats();
        let (module, image_bytes, phases) = if has_init {
            let (baked, phases) = self.preinitialise(&wasm, limits, uses_wasi)?;
            // `run` relies on this for the module it instantiates.
            Shape::read(&baked)?.check_exports()?;
            (self.compile(&baked)?, baked.len(), phases)
        } else {
            (self.compile(&wasm)?, wasm.len(), InitPhases::default())
        };
        let memo = self.code_memo_stats();
        // What a load costs, phase by phase (issue 17's measurements).
        tracing::debug!(
            tenant = %name,
            validate_us = validated.as_micros() as u64,
            init_compile_us = phases.compile.as_micros() as u64,
            init_run_us = phases.run.as_micros() as u64,
            bake_us = phases.bake.as_micros() as u64,
            compile_us = (started.elapsed() - validated - phases.total()).as_micros() as u64,
            functions_compiled = memo.misses - memo_before.misses,
            functions_reused = memo.hits - memo_before.hits,
            "load phases"
        );
        self.link(name, module, limits, uses_wasi, image_bytes)
    }

    /// Loads a module that [`Tenant::serialize`] produced, from a file that
    /// starts with it, skipping the compile and the init run (its result is
    /// in the module already). The file is mapped, not read: the machine
    /// code stays file-backed, shared with the page cache, and only the
    /// pages a request runs become resident.
    ///
    /// # Safety
    ///
    /// `file` holds machine code that will run: it must be the unaltered
    /// output of [`Tenant::serialize`] from a trusted source, and must not
    /// be written while the tenant lives (a mapping sees later writes).
    /// wasmtime's own check refuses the output of another wasmtime version
    /// or engine configuration, but cannot tell forged code from real.
    pub unsafe fn load_precompiled_file(
        &self,
        name: &str,
        file: std::fs::File,
        image_bytes: usize,
        limits: Limits,
    ) -> Result<Tenant, LoadError> {
        self.check_memory_limit(&limits)?;
        // SAFETY: passed on to the caller (see above).
        let module = unsafe { Module::deserialize_open_file(&self.engine, file) }
            .map_err(|e| LoadError::Invalid(format!("{e:#}")))?;
        let uses_wasi = module.imports().any(|i| i.module() == WASI_MODULE);
        self.link(name.into(), module, limits, uses_wasi, image_bytes)
    }

    fn check_memory_limit(&self, limits: &Limits) -> Result<(), LoadError> {
        if limits.memory_bytes > self.settings.max_memory_bytes {
            return Err(LoadError::Abi(format!(
                "memory limit {} exceeds the pool's max_memory_bytes {}",
                limits.memory_bytes, self.settings.max_memory_bytes
            )));
        }
        Ok(())
    }

    /// Resolves what every request needs from the final module and tries
    /// one instantiation.
    fn link(
        &self,
        name: Arc<str>,
        module: Module,
        limits: Limits,
        uses_wasi: bool,
        image_bytes: usize,
    ) -> Result<Tenant, LoadError> {
        let pre = self
            .linker
            .instantiate_pre(&module)
            .map_err(|e| LoadError::Abi(format!("{e:#}")))?;
        let export = |n: &str| {
            module
                .get_export_index(n)
                .ok_or_else(|| LoadError::Abi(format!("missing export `{n}`")))
        };
        let tenant = Tenant {
            name,
            memory: export("memory")?,
            handle: export("mayfly_handle")?,
            pre,
            limits,
            uses_wasi,
            guest_log: None,
            image_bytes,
        };
        // One trial instantiation finds what only instantiation can: an
        // image bigger than the memory limit, a table too big for the pool.
        let mut store = self.new_store(&tenant, None, 0, &limits);
        tenant
            .pre
            .instantiate(&mut store)
            .map_err(|e| LoadError::Abi(format!("cannot be instantiated: {e:#}")))?;
        Ok(tenant)
    }

    fn compile(&self, wasm: &[u8]) -> Result<Module, LoadError> {
        Module::new(&self.engine, wasm).map_err(|e| LoadError::Invalid(format!("{e:#}")))
    }

    /// Runs the module's init exports once and returns the module with the
    /// resulting state baked in (see `snapshot`).
    fn preinitialise(
        &self,
        wasm: &[u8],
        limits: Limits,
        uses_wasi: bool,
    ) -> Result<(Vec<u8>, InitPhases), LoadError> {
        let started = Instant::now();
        let instrumented = self.compile(&snapshot::instrument(wasm)?)?;
        let compiled = started.elapsed();
        let pre = self
            .linker
            .instantiate_pre(&instrumented)
            .map_err(|e| LoadError::Abi(format!("{e:#}")))?;
        let init_limits = limits.for_init();
        let state = HostState::new(
            None,
            0,
            None,
            limits.memory_bytes,
            limits.max_response_bytes,
            uses_wasi,
        );
        let mut store = Store::new(&self.engine, state);
        self.apply_limits(&mut store, &init_limits);
        let init_failed =
            |e: wasmtime::Error| LoadError::Init(crate::run::classify(e, &init_limits).to_string());
        let instance = pre.instantiate(&mut store).map_err(init_failed)?;
        let Some(memory) = instance.get_memory(&mut store, "memory") else {
            return Err(LoadError::Abi("missing memory export `memory`".into()));
        };
        store.data_mut().memory = Some(memory);
        for export in INIT_EXPORTS {
            if let Some(init) = instance.get_func(&mut store, export) {
                let init = init
                    .typed::<(), ()>(&store)
                    .map_err(|_| LoadError::Abi(format!("`{export}` must have type () -> ()")))?;
                let result = init.call(&mut store, ());
                store.data_mut().flush_wasi_output();
                result.map_err(init_failed)?;
            }
        }
        let mut globals = Vec::new();
        for export in instrumented.exports() {
            let Some(index) = export.name().strip_prefix(GLOBAL_EXPORT_PREFIX) else {
                continue;
            };
            let index: u32 = index
                .parse()
                .map_err(|_| LoadError::Abi("bad global export".into()))?;
            let Some(global) = instance.get_global(&mut store, export.name()) else {
                continue;
            };
            let value = match global.get(&mut store) {
                Val::I32(v) => GlobalValue::I32(v),
                Val::I64(v) => GlobalValue::I64(v),
                Val::F32(v) => GlobalValue::F32(v),
                Val::F64(v) => GlobalValue::F64(v),
                Val::V128(v) => GlobalValue::V128(v.as_u128()),
                _ => continue,
            };
            globals.push((index, value));
        }
        let ran = started.elapsed();
        let baked = snapshot::bake(wasm, memory.data(&store), &globals)?;
        let phases = InitPhases {
            compile: compiled,
            run: ran - compiled,
            bake: started.elapsed() - ran,
        };
        Ok((baked, phases))
    }
}

/// Where the time of a pre-initialisation went (for the load log).
#[derive(Default)]
struct InitPhases {
    compile: Duration,
    run: Duration,
    bake: Duration,
}

impl InitPhases {
    fn total(&self) -> Duration {
        self.compile + self.run + self.bake
    }
}

/// The exported function or memory at a resolved export index.
pub(crate) fn extern_at(
    instance: &wasmtime::Instance,
    store: &mut Store<HostState>,
    export: &ModuleExport,
) -> Option<Extern> {
    instance.get_module_export(store, export)
}
