# `import sys` (front/sysmod.rs): the recursion limit a program sets and
# reads back, and writes to sys.stdout / sys.stderr, which go to the
# tenant log (a line per write, as print's output).

# recursion_limit lives in exc.py, which tb_push checks it against.


def sys_setrecursionlimit(n: i64) -> i64:
    if num_kind(n) != 1:
        object_type_error(n, "' object cannot be interpreted as an integer")
        return 0
    if intval(n) < 1:
        raise_(EXC_VALUE, "recursion limit must be greater or equal than 1")
        return 0
    recursion_limit = intval(n)
    return NONE


def sys_getrecursionlimit() -> i64:
    return mkint(recursion_limit)


def sys_write(s: i64, level: i32) -> i64:
    # The number of characters written, as TextIOWrapper.write; a
    # trailing newline ends the log line rather than adding an empty one.
    if typeof(s) != TAG_STR:
        raise_(EXC_TYPE, str_concat("write() argument must be str, not ", type_name(s)))
        return 0
    p = i32(s)
    n = Str.nbytes[p]
    if n > 0 and load8(Str.data[p] + n - 1) == 10:
        n -= 1
    if n > 0:
        log(level, Str.data[p], n)
    return mkint(i64(Str.nchars[p]))
