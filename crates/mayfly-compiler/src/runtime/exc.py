# Exceptions. An exception is {TAG_EXC, kind, arg value, line, function,
# traceback, context}; the context is the exception an except handler was
# handling (`handling`) when this one was raised. With no enclosing try anywhere on the stack (try_depth == 0)
# a raise logs the traceback and traps at once: the host answers 500.
# Inside a try it is stored in `exc` and every caller checks `exc` after a
# call; it then takes a copy of the frame stack, in case nothing catches it.
#
# The frame stack: one record {function name, line} per active Python
# call, pushed by each compiled function (tb_push) and popped on its way
# out; a record's line is where that function was when it made the next
# call (the innermost line is loc_line). It lives in the arena and grows
# by doubling; a name of -1 marks the host's request entry (no frame).

exc: i64 = 0
try_depth: i32 = 0
tb_base: i32 = 0
tb_sp: i32 = 0
tb_end: i32 = 0
handling: i64 = 0

# The EXC_* kinds, exc_parent(kind) and exc_name(kind) are generated from
# the layout table (layout.rs, EXCEPTIONS).


def exc_matches(k: i32, target: i32) -> i32:
    while k != 0:
        if k == target:
            return 1
        k = exc_parent(k)
    return 0


def exc_new(k: i32, arg: i64) -> i64:
    e = alloc(32)
    store32(e, TAG_EXC)
    store32(e + 4, k)
    store64(e + 8, arg)
    store32(e + 16, loc_line)
    store32(e + 20, loc_func)
    store32(e + 24, 0)
    store32(e + 28, 0)
    return u64(e)


def tb_push(f: i32) -> None:
    if tb_sp + 16 > tb_end:
        tb_grow()
    store32(tb_sp + 4, loc_line)
    tb_sp = tb_sp + 8
    store32(tb_sp, f)


def tb_grow() -> None:
    if tb_base == 0:
        # The bottom record: whoever runs now (module code, or the host's
        # request entry).
        tb_base = alloc(256)
        tb_end = tb_base + 256
        tb_sp = tb_base
        store32(tb_sp, loc_func)
        return
    n = tb_end - tb_base
    p = alloc(2 * n)
    memcopy(p, tb_base, n)
    tb_sp = p + (tb_sp - tb_base)
    tb_base = p
    tb_end = p + 2 * n


def in_context(e: i64, h: i64) -> i32:
    # e is h or in h's context chain (no cycles, as CPython ensures).
    n = 0
    while h != 0 and n < 64:
        if h == e:
            return 1
        h = u64(load32(i32(h) + 28))
        n += 1
    return 0


def tb_capture(e: i64) -> None:
    # Copies the records below the raising frame into the exception (the
    # raising frame is the exception's own line and function), as
    # {count, first shown, records}. Raised again (a bare raise), it shows
    # its whole path again, as CPython's traceback grows back while the
    # exception leaves the frames above the handler.
    p = i32(e)
    if load32(p + 24) != 0:
        store32(load32(p + 24) + 4, 0)
        return
    n = 0
    if tb_base != 0:
        n = (tb_sp - tb_base) / 8
    c = alloc(8 + 8 * n)
    store32(c, n)
    store32(c + 4, 0)
    memcopy(c + 8, tb_base, 8 * n)
    store32(p + 24, c)


def tb_caught(e: i64, off: i32) -> None:
    # Caught by the frame at byte offset off: like CPython's traceback it
    # now lists only the frames from there to the raise (what a context
    # exception shows).
    c = load32(i32(e) + 24)
    if c != 0:
        store32(c + 4, off / 8)


def raise_(k: i32, msg: i32) -> None:
    arg: i64 = 0
    if msg != 0:
        arg = u64(msg)
    raise_obj(exc_new(k, arg))


def raise_val(k: i32, arg: i64) -> None:
    raise_obj(exc_new(k, arg))


def raise_obj(e: i64) -> None:
    if handling != 0 and load32(i32(e) + 28) == 0 and in_context(e, handling) == 0:
        store32(i32(e) + 28, i32(handling))
    tb_capture(e)
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


def tb_frame(b: i32, f: i32, line: i32) -> None:
    if f == -1:
        return
    sb_str(b, "  File \"")
    sb_str(b, src_file)
    sb_str(b, "\", line ")
    sb_int(b, i64(line))
    sb_str(b, ", in ")
    if f == 0:
        f = "<module>"
    sb_str(b, f)
    sb_byte(b, 10)


def tb_frames(b: i32, recs: i32, n: i32, f: i32, line: i32) -> None:
    # Every record, outermost first, then the raising frame (f, line); a
    # frame repeated more than three times in a row is folded as CPython
    # does ("[Previous line repeated N more times]").
    same = 0
    i = 0
    while i <= n:
        cf = f
        cl = line
        if i < n:
            cf = load32(recs + 8 * i)
            cl = load32(recs + 8 * i + 4)
        if i > 0 and cf == load32(recs + 8 * i - 8) and cl == load32(recs + 8 * i - 4):
            same += 1
        else:
            tb_repeats(b, same)
            same = 0
        if same < 3:
            tb_frame(b, cf, cl)
        i += 1
    tb_repeats(b, same)


def tb_repeats(b: i32, same: i32) -> None:
    if same >= 3:
        sb_str(b, "  [Previous line repeated ")
        sb_int(b, i64(same - 2))
        sb_str(b, " more time")
        if same > 3:
            sb_byte(b, 115)
        sb_str(b, "]\n")


def traceback(e: i64) -> None:
    b = sb_new(128)
    tb_chain(b, e, 0)
    log_str(4, sb_done(b))
    unreachable()


def tb_chain(b: i32, e: i64, depth: i32) -> None:
    # The exception that was being handled when e was raised comes
    # first, as CPython prints its __context__.
    p = i32(e)
    ctx = load32(p + 28)
    if ctx != 0 and depth < 16:
        tb_chain(b, u64(ctx), depth + 1)
        sb_str(b, "\n\nDuring handling of the above exception, another exception occurred:\n\n")
    sb_str(b, "Traceback (most recent call last):\n")
    recs = load32(p + 24)
    if recs != 0:
        first = load32(recs + 4)
        tb_frames(b, recs + 8 + 8 * first, load32(recs) - first, load32(p + 20), load32(p + 16))
    elif tb_base != 0:
        tb_frames(b, tb_base, (tb_sp - tb_base) / 8, load32(p + 20), load32(p + 16))
    else:
        tb_frame(b, load32(p + 20), load32(p + 16))
    if load32(p + 4) == 18:
        sb_str(b, "json.decoder.")
    sb_str(b, exc_name(load32(p + 4)))
    m = exc_str(e)
    if load32(m + 4) != 0:
        sb_str(b, ": ")
        sb_str(b, m)


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


def object_type_error(v: i64, tail: i32) -> None:
    # Raises TypeError("'<type of v>" + tail), CPython's wording for an
    # operation a type does not support.
    s = sb_new(48)
    sb_byte(s, 39)
    sb_str(s, type_name(v))
    sb_str(s, tail)
    raise_(EXC_TYPE, sb_done(s))


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
