//! `import uuid`: UUID, uuid3, uuid4 and uuid5 as stdmod table rows
//! (runtime/uuid.py), the NAMESPACE_* UUIDs and the variant strings as
//! values, and the attributes of UUID objects (runtime/uuidattr.py;
//! known to the compiler only in a program that imports uuid). uuid1 and
//! getnode (a MAC address and the clock), SafeUUID, is_safe and UUID as
//! a value (isinstance, subclassing) are refused as compile errors by
//! stdmod's "is not supported".

use super::fx::{Fx, R};
use super::stdmod::StdFunc;
use super::Gen;
use wasm_encoder::Instruction as I;

pub(super) const FUNCS: &[StdFunc] = &[
    (
        "uuid",
        "UUID",
        "uuid_UUID",
        &["hex", "bytes", "bytes_le", "fields", "int", "version"],
        0,
        6,
    ),
    ("uuid", "uuid4", "uuid_uuid4", &[], 0, 0),
    ("uuid", "uuid3", "uuid_uuid3", &["namespace", "name"], 2, 2),
    ("uuid", "uuid5", "uuid_uuid5", &["namespace", "name"], 2, 2),
];

/// The NAMESPACE_* UUIDs by the last hex digit of their time_low
/// (runtime uuid_ns).
const NAMESPACES: &[(&str, i32)] = &[
    ("NAMESPACE_DNS", 0),
    ("NAMESPACE_URL", 1),
    ("NAMESPACE_OID", 2),
    ("NAMESPACE_X500", 4),
];

/// The variant constants, CPython 3.11's strs.
const VARIANTS: &[(&str, &str)] = &[
    ("RESERVED_NCS", "reserved for NCS compatibility"),
    ("RFC_4122", "specified in RFC 4122"),
    ("RESERVED_MICROSOFT", "reserved for Microsoft compatibility"),
    ("RESERVED_FUTURE", "reserved for future definition"),
];

/// Attributes of UUID objects read through runtime attr_NAME.
const UUID_ATTRS: &[&str] = &[
    "hex",
    "int",
    "bytes",
    "bytes_le",
    "urn",
    "version",
    "variant",
    "fields",
    "time_low",
    "time_mid",
    "time_hi_version",
    "clock_seq_hi_variant",
    "clock_seq_low",
    "node",
    "time",
    "clock_seq",
];

/// Is `name` an attribute read through runtime attr_NAME here?
pub fn is_uuid_attr(g: &Gen, name: &str) -> bool {
    g.l.uuid && UUID_ATTRS.contains(&name)
}

/// Is `name` a constant of uuid (for `from uuid import name`)?
pub fn has_value(name: &str) -> bool {
    NAMESPACES.iter().any(|n| n.0 == name) || VARIANTS.iter().any(|v| v.0 == name)
}

impl Fx {
    /// `uuid.NAME` as a value: a namespace UUID or a variant str. False
    /// for other names.
    pub(super) fn uuid_value(&mut self, g: &mut Gen, name: &str) -> R<bool> {
        if let Some((_, k)) = NAMESPACES.iter().find(|n| n.0 == name) {
            self.emit(I::I32Const(*k));
            self.call_rt(g, "uuid_ns")?;
            return Ok(true);
        }
        if let Some((_, v)) = VARIANTS.iter().find(|n| n.0 == name) {
            let at = g.m.str_const(v);
            self.emit(I::I64Const(at as i64));
            return Ok(true);
        }
        Ok(false)
    }
}
