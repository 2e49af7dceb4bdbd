//! The table rows of `import base64` (runtime/base64.py): encoders and
//! decoders of bytes, found by stdmod's find_func after its own rows.

use super::stdmod::StdFunc;

pub(super) const FUNCS: &[StdFunc] = &[
    ("base64", "b64encode", "b64encode", &["s", "altchars"], 1, 2),
    (
        "base64",
        "b64decode",
        "b64decode",
        &["s", "altchars", "validate"],
        1,
        3,
    ),
    (
        "base64",
        "standard_b64encode",
        "standard_b64encode",
        &["s"],
        1,
        1,
    ),
    (
        "base64",
        "standard_b64decode",
        "standard_b64decode",
        &["s"],
        1,
        1,
    ),
    (
        "base64",
        "urlsafe_b64encode",
        "urlsafe_b64encode",
        &["s"],
        1,
        1,
    ),
    (
        "base64",
        "urlsafe_b64decode",
        "urlsafe_b64decode",
        &["s"],
        1,
        1,
    ),
    ("base64", "b16encode", "b16encode", &["s"], 1, 1),
    ("base64", "b16decode", "b16decode", &["s", "casefold"], 1, 2),
];
