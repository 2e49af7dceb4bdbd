//! The names CPython 3.11 binds in its builtins module (`dir(builtins)`
//! without the dunder names). A name that is none of the program's own,
//! none of mayfly's builtins and none of these is a NameError in CPython
//! as well, so it compiles to a run-time NameError. One of these that
//! mayfly does not provide is a compile error instead: CPython would find
//! it, so a run-time NameError (perhaps swallowed by a bare `except:`)
//! would be a silent difference.

const CPYTHON_BUILTINS: &[&str] = &[
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BaseException",
    "BaseExceptionGroup",
    "BlockingIOError",
    "BrokenPipeError",
    "BufferError",
    "BytesWarning",
    "ChildProcessError",
    "ConnectionAbortedError",
    "ConnectionError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "DeprecationWarning",
    "EOFError",
    "Ellipsis",
    "EncodingWarning",
    "EnvironmentError",
    "Exception",
    "ExceptionGroup",
    "FileExistsError",
    "FileNotFoundError",
    "FloatingPointError",
    "FutureWarning",
    "GeneratorExit",
    "IOError",
    "ImportError",
    "ImportWarning",
    "IndentationError",
    "IndexError",
    "InterruptedError",
    "IsADirectoryError",
    "KeyError",
    "KeyboardInterrupt",
    "LookupError",
    "MemoryError",
    "ModuleNotFoundError",
    "NameError",
    "NotADirectoryError",
    "NotImplemented",
    "NotImplementedError",
    "OSError",
    "OverflowError",
    "PendingDeprecationWarning",
    "PermissionError",
    "ProcessLookupError",
    "RecursionError",
    "ReferenceError",
    "ResourceWarning",
    "RuntimeError",
    "RuntimeWarning",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SyntaxWarning",
    "SystemError",
    "SystemExit",
    "TabError",
    "TimeoutError",
    "TypeError",
    "UnboundLocalError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeError",
    "UnicodeTranslateError",
    "UnicodeWarning",
    "UserWarning",
    "ValueError",
    "Warning",
    "ZeroDivisionError",
    "abs",
    "aiter",
    "all",
    "anext",
    "any",
    "ascii",
    "bin",
    "bool",
    "breakpoint",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "compile",
    "complex",
    "copyright",
    "credits",
    "delattr",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "eval",
    "exec",
    "exit",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "help",
    "hex",
    "id",
    "input",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "license",
    "list",
    "locals",
    "map",
    "max",
    "memoryview",
    "min",
    "next",
    "object",
    "oct",
    "open",
    "ord",
    "pow",
    "print",
    "property",
    "quit",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "vars",
    "zip",
];

/// CPython's module-level names every module has.
const MODULE_DUNDERS: &[&str] = &[
    "__doc__",
    "__file__",
    "__builtins__",
    "__spec__",
    "__loader__",
    "__package__",
    "__debug__",
    "__import__",
    "__build_class__",
];

/// Attributes and methods of CPython's builtin types (str, bytes, list,
/// dict, set, int, float, functions, classes). In a program with classes
/// an attribute read no class defines is looked up at run time, as
/// CPython does; one of these names that mayfly's builtin types do not
/// have stays a compile error, since CPython would find it on a builtin
/// value where mayfly would raise AttributeError.
pub const BUILTIN_TYPE_ATTRS: &[&str] = &[
    "capitalize",
    "casefold",
    "center",
    "count",
    "encode",
    "endswith",
    "expandtabs",
    "find",
    "format",
    "format_map",
    "index",
    "isalnum",
    "isalpha",
    "isascii",
    "isdecimal",
    "isdigit",
    "isidentifier",
    "islower",
    "isnumeric",
    "isprintable",
    "isspace",
    "istitle",
    "isupper",
    "join",
    "ljust",
    "lower",
    "lstrip",
    "maketrans",
    "partition",
    "removeprefix",
    "removesuffix",
    "replace",
    "rfind",
    "rindex",
    "rjust",
    "rpartition",
    "rsplit",
    "rstrip",
    "split",
    "splitlines",
    "startswith",
    "strip",
    "swapcase",
    "title",
    "translate",
    "upper",
    "zfill",
    "decode",
    "hex",
    "fromhex",
    "append",
    "clear",
    "copy",
    "extend",
    "insert",
    "pop",
    "remove",
    "reverse",
    "sort",
    "fromkeys",
    "get",
    "items",
    "keys",
    "popitem",
    "setdefault",
    "update",
    "values",
    "add",
    "discard",
    "difference",
    "difference_update",
    "intersection",
    "intersection_update",
    "isdisjoint",
    "issubset",
    "issuperset",
    "symmetric_difference",
    "symmetric_difference_update",
    "union",
    "bit_length",
    "bit_count",
    "to_bytes",
    "from_bytes",
    "as_integer_ratio",
    "conjugate",
    "denominator",
    "numerator",
    "real",
    "imag",
    "is_integer",
    "__qualname__",
    "__doc__",
    "__module__",
    "__defaults__",
    "__code__",
    "__wrapped__",
    "__mro__",
    "__bases__",
    "__subclasses__",
    "__closure__",
    "__globals__",
    "__annotations__",
    "__kwdefaults__",
    "__self__",
    "__func__",
    "mro",
    "__traceback__",
    "with_traceback",
    "add_note",
    "__notes__",
];

/// The compile error for `name`, read as a builtin, when CPython has it
/// and mayfly does not; None when CPython would raise NameError too.
/// Whether CPython's builtins module binds `name`.
pub fn is_cpython_builtin(name: &str) -> bool {
    CPYTHON_BUILTINS.contains(&name)
}

pub fn unsupported_builtin(name: &str) -> Option<String> {
    if MODULE_DUNDERS.contains(&name) {
        return Some(format!("'{name}' is not supported"));
    }
    if !CPYTHON_BUILTINS.contains(&name) {
        return None;
    }
    let is_class = name.starts_with(|c: char| c.is_ascii_uppercase());
    Some(
        if is_class
            && (name.ends_with("Error")
                || name.ends_with("Exception")
                || name.ends_with("Warning")
                || name.ends_with("Exit")
                || name.ends_with("Interrupt")
                || name.ends_with("Iteration")
                || name.ends_with("Group"))
        {
            format!("the exception class '{name}' is not supported (guest-sdk/LANGUAGE.md lists the supported ones)")
        } else {
            format!("the builtin '{name}' is not supported (guest-sdk/LANGUAGE.md lists the supported builtins)")
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpython_names_are_refused_and_others_are_not() {
        assert!(unsupported_builtin("eval")
            .unwrap()
            .contains("builtin 'eval'"));
        assert!(unsupported_builtin("OSError")
            .unwrap()
            .contains("exception class"));
        assert!(unsupported_builtin("__file__").is_some());
        assert_eq!(unsupported_builtin("no_such_name"), None);
    }
}
