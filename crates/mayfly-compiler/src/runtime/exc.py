# Exceptions. An exception is {TAG_EXC, kind, arg value, line, function}.
# With no enclosing try anywhere on the stack (try_depth == 0) a raise
# logs the traceback and traps at once: the host answers 500. Inside a
# try it is stored in `exc` and every caller checks `exc` after a call.

exc: i64 = 0
try_depth: i32 = 0

EXC_EXCEPTION = 1
EXC_ZERODIV = 3
EXC_OVERFLOW = 4
EXC_KEY = 6
EXC_INDEX = 7
EXC_VALUE = 8
EXC_TYPE = 9
EXC_NAME = 10
EXC_UNBOUND = 11
EXC_ASSERT = 12
EXC_ATTR = 14
EXC_MEMORY = 15


def exc_parent(k: i32) -> i32:
    if k == 3 or k == 4:
        return 2
    if k == 6 or k == 7:
        return 5
    if k == 11:
        return 10
    if k == 16 or k == 17:
        return 13
    if k == 18 or k == 19:
        return 8
    if k == 20:
        return 19
    if k == 1:
        return 0
    return 1


def exc_name(k: i32) -> i32:
    if k == 1:
        return "Exception"
    if k == 2:
        return "ArithmeticError"
    if k == 3:
        return "ZeroDivisionError"
    if k == 4:
        return "OverflowError"
    if k == 5:
        return "LookupError"
    if k == 6:
        return "KeyError"
    if k == 7:
        return "IndexError"
    if k == 8:
        return "ValueError"
    if k == 9:
        return "TypeError"
    if k == 10:
        return "NameError"
    if k == 11:
        return "UnboundLocalError"
    if k == 12:
        return "AssertionError"
    if k == 13:
        return "RuntimeError"
    if k == 14:
        return "AttributeError"
    if k == 15:
        return "MemoryError"
    if k == 16:
        return "NotImplementedError"
    if k == 17:
        return "RecursionError"
    if k == 19:
        return "UnicodeError"
    if k == 20:
        return "UnicodeDecodeError"
    return "JSONDecodeError"


def exc_matches(k: i32, target: i32) -> i32:
    while k != 0:
        if k == target:
            return 1
        k = exc_parent(k)
    return 0


def exc_new(k: i32, arg: i64) -> i64:
    e = alloc(24)
    store32(e, TAG_EXC)
    store32(e + 4, k)
    store64(e + 8, arg)
    store32(e + 16, loc_line)
    store32(e + 20, loc_func)
    return u64(e)


def raise_(k: i32, msg: i32) -> None:
    arg: i64 = 0
    if msg != 0:
        arg = u64(msg)
    raise_obj(exc_new(k, arg))


def raise_val(k: i32, arg: i64) -> None:
    raise_obj(exc_new(k, arg))


def raise_obj(e: i64) -> None:
    if try_depth == 0:
        traceback(e)
    exc = e


def exc_str(e: i64) -> i32:
    # str(exception): the message; KeyError shows the repr of its key.
    p = i32(e)
    arg = load64(p + 8)
    if arg == 0:
        return ""
    if load32(p + 4) == EXC_KEY:
        return repr_(arg)
    return str_(arg)


def traceback(e: i64) -> None:
    p = i32(e)
    b = sb_new(128)
    sb_str(b, "Traceback (most recent call last):\n  File \"")
    sb_str(b, src_file)
    sb_str(b, "\", line ")
    sb_int(b, i64(load32(p + 16)))
    sb_str(b, ", in ")
    f = load32(p + 20)
    if f == 0:
        f = "<module>"
    sb_str(b, f)
    sb_byte(b, 10)
    sb_str(b, exc_name(load32(p + 4)))
    m = exc_str(e)
    if load32(m + 4) != 0:
        sb_str(b, ": ")
        sb_str(b, m)
    log_str(4, sb_done(b))
    unreachable()


def type_error(msg: i32) -> i64:
    raise_(EXC_TYPE, msg)
    return 0


def op_error(op: i32, a: i64, b: i64) -> i64:
    # TypeError: unsupported operand type(s) for +: 'int' and 'str'
    s = sb_new(64)
    sb_str(s, "unsupported operand type(s) for ")
    sb_str(s, op)
    sb_str(s, ": '")
    sb_str(s, type_name(a))
    sb_str(s, "' and '")
    sb_str(s, type_name(b))
    sb_byte(s, 39)
    raise_(EXC_TYPE, sb_done(s))
    return 0


def type_name(v: i64) -> i32:
    t = typeof(v)
    if t == T_INT or t == TAG_BIG:
        return "int"
    if t == T_NONE:
        return "NoneType"
    if t == T_BOOL:
        return "bool"
    if t == TAG_STR:
        return "str"
    if t == TAG_BYTES:
        return "bytes"
    if t == TAG_FLOAT:
        return "float"
    if t == TAG_LIST:
        return "list"
    if t == TAG_TUPLE:
        return "tuple"
    if t == TAG_DICT:
        return "dict"
    if t == TAG_FUNC:
        return "function"
    if t == TAG_RANGE:
        return "range"
    if t == TAG_EXC:
        return exc_name(load32(i32(v) + 4))
    if t == TAG_VIEW:
        k = load32(i32(v) + 4)
        if k == 0:
            return "dict_keys"
        if k == 1:
            return "dict_values"
        return "dict_items"
    if t == TAG_CLASS:
        return "type"
    if t == TAG_BUILTIN:
        if load32(i32(v) + 8) == 1:
            return "type"
        return "builtin_function_or_method"
    if t == TAG_REQ:
        return "Request"
    if t == TAG_HEADERS:
        return "Headers"
    return "iterator"


def is_exc_class(v: i64) -> i32:
    return typeof(v) == TAG_CLASS


def exc_class(k: i32) -> i64:
    p = alloc(8)
    store32(p, TAG_CLASS)
    store32(p + 4, k)
    return u64(p)


def exc_match(e: i64, t: i64) -> i32:
    k = load32(i32(e) + 4)
    tt = typeof(t)
    if tt == TAG_CLASS:
        return exc_matches(k, load32(i32(t) + 4))
    if tt == TAG_TUPLE:
        p = i32(t)
        n = load32(p + 4)
        i = 0
        while i < n:
            if exc_match(e, load64(p + 8 + 8 * i)):
                return 1
            i += 1
        return 0
    raise_(EXC_TYPE, "catching classes that do not inherit from BaseException is not allowed")
    return 0


def raise_value(v: i64) -> None:
    t = typeof(v)
    if t == TAG_EXC:
        store32(i32(v) + 16, loc_line)
        store32(i32(v) + 20, loc_func)
        raise_obj(v)
    elif t == TAG_CLASS:
        raise_obj(exc_new(load32(i32(v) + 4), 0))
    else:
        raise_(EXC_TYPE, "exceptions must derive from BaseException")


def raise_arg(arg: i64, k: i32) -> None:
    raise_obj(exc_new(k, arg))


def uncaught() -> None:
    traceback(exc)
