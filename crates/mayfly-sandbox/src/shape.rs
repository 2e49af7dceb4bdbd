//! What a module imports and exports, read with wasmparser. Loading checks
//! the guest ABI on this instead of on a compiled `Module`: compiling is
//! Cranelift's whole job and the most expensive step of a load, and a
//! module with an init export is compiled again after its snapshot anyway,
//! so the compile the checks once took was thrown away.

use wasmparser::{CompositeInnerType, ExternalKind, Parser, Payload, TypeRef};

use crate::error::LoadError;

/// The parts of a module the ABI checks look at.
#[derive(Debug, Default)]
pub(crate) struct Shape {
    /// (module, name) of every import, in order.
    pub imports: Vec<(String, String)>,
    /// Every export by name, with what it is.
    pub exports: Vec<(String, Export)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Export {
    /// A function with this many parameters and results.
    Func {
        params: usize,
        results: usize,
    },
    Memory,
    Other,
}

impl Shape {
    /// Reads `wasm`, which must already be valid (`Module::validate`).
    pub fn read(wasm: &[u8]) -> Result<Shape, LoadError> {
        let bad = |e: wasmparser::BinaryReaderError| LoadError::Invalid(e.to_string());
        let mut shape = Shape::default();
        // (params, results) of each type; None for non-function types.
        let mut types: Vec<Option<(usize, usize)>> = Vec::new();
        // The type index of each function, imported ones first.
        let mut funcs: Vec<u32> = Vec::new();
        for payload in Parser::new(0).parse_all(wasm) {
            match payload.map_err(bad)? {
                Payload::TypeSection(reader) => {
                    for group in reader {
                        for ty in group.map_err(bad)?.into_types() {
                            types.push(match &ty.composite_type.inner {
                                CompositeInnerType::Func(f) => {
                                    Some((f.params().len(), f.results().len()))
                                }
                                _ => None,
                            });
                        }
                    }
                }
                Payload::ImportSection(reader) => {
                    for import in reader.into_imports() {
                        let import = import.map_err(bad)?;
                        if let TypeRef::Func(t) = import.ty {
                            funcs.push(t);
                        }
                        shape
                            .imports
                            .push((import.module.to_string(), import.name.to_string()));
                    }
                }
                Payload::FunctionSection(reader) => {
                    for t in reader {
                        funcs.push(t.map_err(bad)?);
                    }
                }
                Payload::ExportSection(reader) => {
                    for export in reader {
                        let export = export.map_err(bad)?;
                        let kind = match export.kind {
                            ExternalKind::Func => funcs
                                .get(export.index as usize)
                                .and_then(|t| types.get(*t as usize).copied().flatten())
                                .map_or(Export::Other, |(params, results)| Export::Func {
                                    params,
                                    results,
                                }),
                            ExternalKind::Memory => Export::Memory,
                            _ => Export::Other,
                        };
                        shape.exports.push((export.name.to_string(), kind));
                    }
                }
                _ => {}
            }
        }
        Ok(shape)
    }

    pub fn export(&self, name: &str) -> Option<Export> {
        self.exports
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, kind)| *kind)
    }

    /// `memory` and `mayfly_handle` exported with the ABI's types, and the
    /// optional init exports, when present, of type () -> ().
    pub fn check_exports(&self) -> Result<(), LoadError> {
        match self.export("memory") {
            Some(Export::Memory) => {}
            Some(_) => return Err(LoadError::Abi("export `memory` is not a memory".into())),
            None => return Err(LoadError::Abi("missing export `memory`".into())),
        }
        for (name, required) in [
            ("mayfly_handle", true),
            ("mayfly_init", false),
            ("_initialize", false),
        ] {
            match self.export(name) {
                Some(Export::Func {
                    params: 0,
                    results: 0,
                }) => {}
                Some(_) => {
                    return Err(LoadError::Abi(format!(
                        "export `{name}` must be a function () -> ()"
                    )))
                }
                None if required => return Err(LoadError::Abi(format!("missing export `{name}`"))),
                None => {}
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(wat: &str) -> Shape {
        Shape::read(&wat::parse_str(wat).unwrap()).unwrap()
    }

    #[test]
    fn reads_imports_and_export_types_through_imported_functions() {
        let s = shape(
            r#"(module
                (type $log (func (param i32 i32)))
                (import "mayfly" "log" (func (type $log)))
                (import "env" "m" (memory 1))
                (func $h)
                (func $two (param i32) (result i32) local.get 0)
                (export "mayfly_handle" (func $h))
                (export "two" (func $two))
                (export "log_again" (func 0))
                (export "memory" (memory 0)))"#,
        );
        assert_eq!(
            s.imports,
            vec![("mayfly".into(), "log".into()), ("env".into(), "m".into())]
        );
        assert_eq!(
            s.export("mayfly_handle"),
            Some(Export::Func {
                params: 0,
                results: 0
            })
        );
        assert_eq!(
            s.export("two"),
            Some(Export::Func {
                params: 1,
                results: 1
            })
        );
        assert_eq!(
            s.export("log_again"),
            Some(Export::Func {
                params: 2,
                results: 0
            })
        );
        assert_eq!(s.export("memory"), Some(Export::Memory));
        s.check_exports().unwrap();
    }

    #[test]
    fn a_handler_of_the_wrong_type_is_refused() {
        let s = shape(
            r#"(module (memory (export "memory") 1)
                (func (export "mayfly_handle") (param i32)))"#,
        );
        let err = s.check_exports().unwrap_err().to_string();
        assert!(
            err.contains("`mayfly_handle` must be a function () -> ()"),
            "{err}"
        );
    }
}
