//! Pre-initialisation: run a module's init once and bake the resulting
//! memory and globals into a new module, so every request starts from the
//! initialised state for free (the idea of wasmtime-wizer, and of Drogon's
//! "fork from an initialised master").
//!
//! Two rewrites of the module's binary:
//! 1. [`instrument`] exports every mutable global, so the host can read
//!    them after init (a module's globals are otherwise invisible to it).
//! 2. [`bake`] writes the observed values back as the globals' initial
//!    values, replaces the active data segments with the memory contents,
//!    sets the memory's minimum size to its size after init, and removes the
//!    init exports so they cannot run again.
//!
//! Only the first defined memory and numeric globals are captured; tables
//! and passive data segments are left as they were (guest-sdk/ABI.md says
//! init must not change them).

use wasm_encoder::reencode::{Reencode, RoundtripReencoder};
use wasm_encoder::{
    ConstExpr, DataSection, ExportSection, GlobalSection, MemorySection, Module, RawSection,
};
use wasmparser::{DataKind, Parser, Payload};

use crate::error::LoadError;

/// Exports that run initialisation; removed from the baked module.
pub(crate) const INIT_EXPORTS: [&str; 2] = ["_initialize", "mayfly_init"];

/// Prefix of the exports [`instrument`] adds; the suffix is the global index.
pub(crate) const GLOBAL_EXPORT_PREFIX: &str = "__mayfly_snapshot_global_";

/// Zero runs at least this long split a data segment: fewer bytes in the
/// image without a segment per stray zero.
const ZERO_GAP: usize = 64;

/// A global's value after initialisation.
#[derive(Debug, Clone, Copy)]
pub(crate) enum GlobalValue {
    I32(i32),
    I64(i64),
    F32(u32),
    F64(u64),
    V128(u128),
}

fn invalid(err: impl std::fmt::Display) -> LoadError {
    LoadError::Invalid(err.to_string())
}

/// The module with every mutable, numeric, defined global exported as
/// `__mayfly_snapshot_global_N`.
pub(crate) fn instrument(wasm: &[u8]) -> Result<Vec<u8>, LoadError> {
    let mut imported_globals = 0u32;
    let mut mutable: Vec<u32> = Vec::new();
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.map_err(invalid)? {
            Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    if matches!(import.map_err(invalid)?.ty, wasmparser::TypeRef::Global(_)) {
                        imported_globals += 1;
                    }
                }
            }
            Payload::GlobalSection(reader) => {
                for (i, global) in reader.into_iter().enumerate() {
                    let ty = global.map_err(invalid)?.ty;
                    if ty.mutable && !matches!(ty.content_type, wasmparser::ValType::Ref(_)) {
                        mutable.push(imported_globals + i as u32);
                    }
                }
            }
            _ => {}
        }
    }

    rewrite(wasm, |section, module| {
        let Section::Export(reader) = section else {
            return Ok(false);
        };
        let mut exports = ExportSection::new();
        for export in reader.clone() {
            let export = export.map_err(invalid)?;
            exports.export(
                export.name,
                RoundtripReencoder
                    .export_kind(export.kind)
                    .map_err(invalid)?,
                export.index,
            );
        }
        for index in &mutable {
            let name = format!("{GLOBAL_EXPORT_PREFIX}{index}");
            exports.export(&name, wasm_encoder::ExportKind::Global, *index);
        }
        module.section(&exports);
        Ok(true)
    })
}

/// The original module with `memory` and `globals` (by global index) as its
/// initial state and the init exports removed.
pub(crate) fn bake(
    wasm: &[u8],
    memory: &[u8],
    globals: &[(u32, GlobalValue)],
) -> Result<Vec<u8>, LoadError> {
    let has_data_section = Parser::new(0)
        .parse_all(wasm)
        .any(|p| matches!(p, Ok(Payload::DataSection(_))));
    let image_segments = nonzero_runs(memory).len() as u32;
    let mut imported_globals = 0u32;
    let mut data_emitted = false;
    rewrite(wasm, |section, module| match section {
        Section::Import(reader) => {
            for import in reader.clone().into_imports() {
                if matches!(import.map_err(invalid)?.ty, wasmparser::TypeRef::Global(_)) {
                    imported_globals += 1;
                }
            }
            Ok(false)
        }
        Section::Memory(reader) => {
            let mut memories = MemorySection::new();
            for (i, ty) in reader.clone().into_iter().enumerate() {
                let mut ty = RoundtripReencoder
                    .memory_type(ty.map_err(invalid)?)
                    .map_err(invalid)?;
                if i == 0 {
                    let page = 1u64 << ty.page_size_log2.unwrap_or(16);
                    ty.minimum = memory.len() as u64 / page;
                }
                memories.memory(ty);
            }
            module.section(&memories);
            Ok(true)
        }
        Section::Global(reader) => {
            let mut section = GlobalSection::new();
            for (i, global) in reader.clone().into_iter().enumerate() {
                let global = global.map_err(invalid)?;
                let index = imported_globals + i as u32;
                let ty = RoundtripReencoder.global_type(global.ty).map_err(invalid)?;
                let init = match globals.iter().find(|(g, _)| *g == index) {
                    Some((_, value)) => const_expr(*value),
                    None => RoundtripReencoder
                        .const_expr(global.init_expr)
                        .map_err(invalid)?,
                };
                section.global(ty, &init);
            }
            module.section(&section);
            Ok(true)
        }
        Section::Export(reader) => {
            let mut exports = ExportSection::new();
            for export in reader.clone() {
                let export = export.map_err(invalid)?;
                if !INIT_EXPORTS.contains(&export.name) {
                    exports.export(
                        export.name,
                        RoundtripReencoder
                            .export_kind(export.kind)
                            .map_err(invalid)?,
                        export.index,
                    );
                }
            }
            module.section(&exports);
            Ok(true)
        }
        Section::DataCount(count) => {
            // The original segments keep their indices; the image follows them.
            module.section(&wasm_encoder::DataCountSection {
                count: count + image_segments,
            });
            Ok(true)
        }
        Section::Data(reader) => {
            module.section(&data_section(Some(reader), memory)?);
            data_emitted = true;
            Ok(true)
        }
        Section::AfterCode => {
            if !has_data_section && !data_emitted {
                module.section(&data_section(None, memory)?);
                data_emitted = true;
            }
            Ok(false)
        }
    })
}

fn const_expr(value: GlobalValue) -> ConstExpr {
    match value {
        GlobalValue::I32(v) => ConstExpr::i32_const(v),
        GlobalValue::I64(v) => ConstExpr::i64_const(v),
        GlobalValue::F32(bits) => ConstExpr::f32_const(wasm_encoder::Ieee32::new(bits)),
        GlobalValue::F64(bits) => ConstExpr::f64_const(wasm_encoder::Ieee64::new(bits)),
        GlobalValue::V128(bits) => ConstExpr::v128_const(bits as i128),
    }
}

/// The original passive segments (active ones emptied, so every data index
/// keeps its meaning), followed by the memory image as active segments.
fn data_section(
    original: Option<&wasmparser::DataSectionReader<'_>>,
    memory: &[u8],
) -> Result<DataSection, LoadError> {
    let mut section = DataSection::new();
    if let Some(reader) = original {
        for data in reader.clone() {
            let data = data.map_err(invalid)?;
            match data.kind {
                DataKind::Passive => {
                    section.passive(data.data.iter().copied());
                }
                DataKind::Active { memory_index, .. } => {
                    section.active(memory_index, &ConstExpr::i32_const(0), []);
                }
            }
        }
    }
    for (offset, bytes) in nonzero_runs(memory) {
        section.active(
            0,
            &ConstExpr::i32_const(offset as i32),
            bytes.iter().copied(),
        );
    }
    Ok(section)
}

/// `(offset, bytes)` for each stretch of memory worth storing.
fn nonzero_runs(memory: &[u8]) -> Vec<(usize, &[u8])> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < memory.len() {
        if memory[i] == 0 {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1; // one past the last non-zero byte of the run
        let mut j = end;
        while j < memory.len() && j - end < ZERO_GAP {
            if memory[j] != 0 {
                end = j + 1;
            }
            j += 1;
        }
        runs.push((start, &memory[start..end]));
        i = j;
    }
    runs
}

/// The sections `rewrite` hands to its callback.
enum Section<'a, 'r> {
    Import(&'r wasmparser::ImportSectionReader<'a>),
    Memory(&'r wasmparser::MemorySectionReader<'a>),
    Global(&'r wasmparser::GlobalSectionReader<'a>),
    Export(&'r wasmparser::ExportSectionReader<'a>),
    DataCount(u32),
    Data(&'r wasmparser::DataSectionReader<'a>),
    /// Called once the code section has been copied (or at the end of a
    /// module without code): the place for a data section the module lacks.
    AfterCode,
}

/// Copies `wasm` section by section; `edit` may emit a replacement for a
/// section (returning true) or let it be copied as is (false).
fn rewrite(
    wasm: &[u8],
    mut edit: impl FnMut(Section<'_, '_>, &mut Module) -> Result<bool, LoadError>,
) -> Result<Vec<u8>, LoadError> {
    let mut module = Module::new();
    for payload in Parser::new(0).parse_all(wasm) {
        let payload = payload.map_err(invalid)?;
        let replaced = match &payload {
            Payload::ImportSection(r) => edit(Section::Import(r), &mut module)?,
            Payload::MemorySection(r) => edit(Section::Memory(r), &mut module)?,
            Payload::GlobalSection(r) => edit(Section::Global(r), &mut module)?,
            Payload::ExportSection(r) => edit(Section::Export(r), &mut module)?,
            Payload::DataCountSection { count, .. } => {
                edit(Section::DataCount(*count), &mut module)?
            }
            Payload::DataSection(r) => edit(Section::Data(r), &mut module)?,
            Payload::End(_) => edit(Section::AfterCode, &mut module)?,
            _ => false,
        };
        if !replaced {
            if let Some((id, range)) = payload.as_section() {
                module.section(&RawSection {
                    id,
                    data: &wasm[range],
                });
            }
        }
        if matches!(payload, Payload::CodeSectionStart { .. }) {
            edit(Section::AfterCode, &mut module)?;
        }
    }
    Ok(module.finish())
}
