//! Import statements: the modules a program can import are compiled in
//! (json, time, math, the stdmod modules); typing and dataclasses names
//! are compile-time only; `from mayfly import request`.

use super::fx::{Fx, R};
use super::Gen;
use ruff_python_ast as ast;
use ruff_text_size::Ranged;
use wasm_encoder::{Instruction as I, ValType};

impl Fx {
    pub(super) fn import(&mut self, g: &mut Gen, i: &ast::StmtImport) {
        for a in &i.names {
            if super::scope::is_typing_module(a.name.as_str()) {
                continue; // annotations only: see Scopes::typing_names
            }
            if a.name.as_str() == "dataclasses" && a.asname.is_none() {
                continue; // compile time only: Scopes::dataclass_names
            }
            let known = matches!(a.name.as_str(), "json" | "time" | "math" | "dataclasses")
                || super::stdmod::STD_MODULES.contains(&a.name.as_str());
            if let (true, Some(alias)) = (known, &a.asname) {
                g.error(
                    a.range(),
                    format!("`import {} as {alias}` is not supported: write `import {}` (or `from {} import ...`, which takes `as`)", a.name, a.name, a.name),
                );
                continue;
            }
            if a.name.as_str() == "zoneinfo" {
                g.error(a.range(), crate::datetime::ZONEINFO);
            } else if !known {
                g.error(a.range(), format!("import of '{}' is not supported (json, time, math, bisect, heapq, string, collections, itertools, functools, operator, random, re, secrets, sys, base64, hashlib, hmac, urllib.parse, uuid, html, struct, zlib, binascii, copy, textwrap, datetime, enum, typing, dataclasses and `from mayfly import request` are)", a.name));
            }
        }
    }

    pub(super) fn import_from(&mut self, g: &mut Gen, i: &ast::StmtImportFrom) -> R<()> {
        let module = i.module.as_ref().map(|m| m.as_str()).unwrap_or("");
        if module == "__future__" {
            for a in &i.names {
                super::never_run::future_feature(g, a);
            }
            return Ok(());
        }
        for a in &i.names {
            if super::scope::is_typing_module(module) && a.name.as_str() != "*" {
                continue; // annotations only: see Scopes::typing_names
            }
            if module == "dataclasses" {
                if !matches!(a.name.as_str(), "dataclass" | "field") {
                    g.error(
                        a.range(),
                        format!(
                            "dataclasses.{} is not supported (dataclass and field are)",
                            a.name
                        ),
                    );
                }
            } else if (matches!(module, "math" | "time")
                || super::stdmod::STD_MODULES.contains(&module))
                && a.name.as_str() != "*"
            {
                // Aliases of module.attr (Scopes::module_names), checked
                // where they are used.
                let n = a.asname.as_ref().unwrap_or(&a.name).to_string();
                if super::stdmod::STD_MODULES.contains(&module)
                    && !super::stdmod::has_name(module, a.name.as_str())
                {
                    g.error(a.range(), format!("{module}.{} is not supported (guest-sdk/LANGUAGE.md lists what {module} has)", a.name));
                }
                if g.global_slots.contains_key(&n) {
                    g.error(a.range(), format!("'{n}' is imported from {module} and also bound elsewhere; mayfly does not support rebinding it"));
                }
            } else if module == "mayfly" && a.name.as_str() == "request" {
                let f = g.rt("request_obj")?;
                self.emit(I::Call(f));
                let t = self.tmp(ValType::I64);
                self.emit(I::LocalSet(t));
                let name = a.asname.as_ref().unwrap_or(&a.name).to_string();
                self.emit(I::LocalGet(t));
                self.store_name(g, &name, a.range())?;
            } else if module == "zoneinfo" {
                g.error(a.range(), crate::datetime::ZONEINFO);
            } else {
                g.error(
                    a.range(),
                    format!("import of '{}' from '{module}' is not supported", a.name),
                );
            }
        }
        Ok(())
    }
}
