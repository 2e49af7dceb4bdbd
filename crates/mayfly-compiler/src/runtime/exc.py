# Exceptions. An exception (the Exc record) is {TAG_EXC, kind, arg value,
# line, function, traceback, context}; the context is the exception an except handler was
# handling (`handling`) when this one was raised. With no enclosing try anywhere on the stack (try_depth == 0)
# a raise logs the traceback and traps at once: the host answers 500.
# Inside a try it is stored in `exc` and every caller checks `exc` after a
# call; it then takes a copy of the frame stack, in case nothing catches it.
#
# The frame stack: one Frame record {function name, line} per active Python
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
# sys.setrecursionlimit's value (CPython's default): how many Python
# frames may be active at once.
recursion_limit: i64 = 1000

# The EXC_* kinds, exc_parent(kind) and exc_name(kind) are generated from
# the layout table (layout.rs, EXCEPTIONS).


def exc_matches(k: i32, target: i32) -> i32:
    while k != 0:
        if k == target:
            return 1
        k = exc_parent(k)
    return 0


def exc_new(k: i32, arg: i64) -> i64:
    e = alloc(Exc.SIZE)
    Exc.tag[e] = TAG_EXC
    Exc.kind[e] = k
    Exc.arg[e] = arg
    Exc.line[e] = loc_line
    Exc.func[e] = loc_func
    Exc.traceback[e] = 0
    Exc.context[e] = 0
    Exc.cls[e] = 0
    Exc.dict[e] = 0
    Exc.cause[e] = 0
    Exc.suppress[e] = 0
    Exc.many[e] = 0
    return u64(e)


def exc_new_args(k: i32, args: i32, n: i32) -> i64:
    # A builtin exception of n > 1 arguments: their tuple is its arg.
    e = exc_new(k, args_tuple(args, n))
    Exc.many[i32(e)] = 1
    return e


def tb_push(f: i32) -> i32:
    # 1 when the call goes past the recursion limit: RecursionError is
    # raised (inside a try the function then leaves through its exit).
    # The frame is pushed either way, as the exit pops it.
    if tb_sp + 2 * Frame.SIZE > tb_end:
        tb_grow()
    Frame.line[tb_sp] = loc_line
    tb_sp = tb_sp + Frame.SIZE
    Frame.func[tb_sp] = f
    if i64(tb_sp - tb_base) > recursion_limit * Frame.SIZE:
        raise_(EXC_RECURSION, "maximum recursion depth exceeded")
        return 1
    return 0


def tb_grow() -> None:
    if tb_base == 0:
        # The bottom record: whoever runs now (module code, or the host's
        # request entry).
        tb_base = alloc(256)
        tb_end = tb_base + 256
        tb_sp = tb_base
        Frame.func[tb_sp] = loc_func
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
        h = u64(Exc.context[i32(h)])
        n += 1
    return 0


def tb_capture(e: i64) -> None:
    # Copies the records below the raising frame into the exception (the
    # raising frame is the exception's own line and function), as
    # a Traceback {count, first shown, records}. Raised again (a bare raise), it shows
    # its whole path again, as CPython's traceback grows back while the
    # exception leaves the frames above the handler.
    p = i32(e)
    if Exc.traceback[p] != 0:
        Traceback.first[Exc.traceback[p]] = 0
        return
    n = 0
    if tb_base != 0:
        n = (tb_sp - tb_base) / Frame.SIZE
    c = alloc(Traceback.SIZE + Frame.SIZE * n)
    Traceback.count[c] = n
    Traceback.first[c] = 0
    memcopy(Traceback.frames[c], tb_base, Frame.SIZE * n)
    Exc.traceback[p] = c


def tb_caught(e: i64, off: i32) -> None:
    # Caught by the frame at byte offset off: like CPython's traceback it
    # now lists only the frames from there to the raise (what a context
    # exception shows).
    c = Exc.traceback[i32(e)]
    if c != 0:
        Traceback.first[c] = off / Frame.SIZE


def raise_(k: i32, msg: i32) -> None:
    arg: i64 = 0
    if msg != 0:
        arg = u64(msg)
    raise_obj(exc_new(k, arg))


def raise_val(k: i32, arg: i64) -> None:
    raise_obj(exc_new(k, arg))


def raise_obj(e: i64) -> None:
    if handling != 0 and Exc.context[i32(e)] == 0 and in_context(e, handling) == 0:
        Exc.context[i32(e)] = i32(handling)
    tb_capture(e)
    if try_depth == 0:
        traceback(e)
    exc = e


def exc_str(e: i64) -> i32:
    # str(exception): the message; KeyError shows the repr of its key.
    p = i32(e)
    if Exc.cls[p] != 0:
        return inst_str(e)
    arg = Exc.arg[p]
    if arg == 0:
        return ""
    if Exc.kind[p] == EXC_KEY and Exc.many[p] == 0:
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
            cf = Frame.func[recs + Frame.SIZE * i]
            cl = Frame.line[recs + Frame.SIZE * i]
        prev = recs + Frame.SIZE * (i - 1)
        if i > 0 and cf == Frame.func[prev] and cl == Frame.line[prev]:
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
    # A `raise ... from` cause comes first instead, and `from` hides the
    # context.
    p = i32(e)
    ctx = Exc.context[p]
    if Exc.cause[p] != 0 and depth < 16:
        tb_chain(b, u64(Exc.cause[p]), depth + 1)
        sb_str(b, "\n\nThe above exception was the direct cause of the following exception:\n\n")
    elif ctx != 0 and Exc.suppress[p] == 0 and depth < 16:
        tb_chain(b, u64(ctx), depth + 1)
        sb_str(b, "\n\nDuring handling of the above exception, another exception occurred:\n\n")
    sb_str(b, "Traceback (most recent call last):\n")
    recs = Exc.traceback[p]
    if recs != 0:
        first = Traceback.first[recs]
        frames = Traceback.frames[recs] + Frame.SIZE * first
        tb_frames(b, frames, Traceback.count[recs] - first, Exc.func[p], Exc.line[p])
    elif tb_base != 0:
        tb_frames(b, tb_base, (tb_sp - tb_base) / Frame.SIZE, Exc.func[p], Exc.line[p])
    else:
        tb_frame(b, Exc.func[p], Exc.line[p])
    if Exc.kind[p] == EXC_JSON_DECODE:
        sb_str(b, "json.decoder.")
    if Exc.kind[p] == EXC_BINASCII:
        sb_str(b, "binascii.")
    if RE and Exc.kind[p] == EXC_RE_ERROR:
        sb_str(b, "re.")
    if STRUCT and Exc.kind[p] == EXC_STRUCT_ERROR:
        sb_str(b, "struct.")
    if STATS and Exc.kind[p] == EXC_STATISTICS:
        sb_str(b, "statistics.")
    if Exc.cls[p] != 0:
        sb_str(b, "__tenant__.")
        sb_str(b, Type.name[Exc.cls[p]])
    else:
        sb_str(b, exc_name(Exc.kind[p]))
    m = exc_str(e)
    if Str.nbytes[m] != 0:
        sb_str(b, ": ")
        sb_str(b, m)


def type_error(msg: i32) -> i64:
    raise_(EXC_TYPE, msg)
    return 0


def op_error(op: i32, a: i64, b: i64) -> i64:
    # A binary operator the builtin types do not have: an instance's
    # special method, or TypeError.
    if typeof(a) == TAG_INST or typeof(b) == TAG_INST:
        return user_binop(op, a, b)
    if COLLECTIONS and (is_collection(a) or is_collection(b)):
        return type_error("Counter and defaultdict operators are not supported by mayfly")
    return op_type_error(op, a, b)


def op_type_error(op: i32, a: i64, b: i64) -> i64:
    # TypeError: unsupported operand type(s) for +: 'int' and 'str'
    if str_eq(op, "*"):
        # A sequence times an instance with __index__ repeats (after the
        # instance's __rmul__ / __mul__, as CPython tries them first).
        if is_sequence(a):
            if CLASSES:
                if typeof(b) == TAG_INST:
                    nb = inst_index(b)
                    if nb != 0 or exc != 0:
                        return repeat(a, nb, a)
            return seq_mul_error(b)
        if is_sequence(b):
            if CLASSES:
                if typeof(a) == TAG_INST:
                    na = inst_index(a)
                    if na != 0 or exc != 0:
                        return repeat(b, na, a)
            return seq_mul_error(a)
    ta = typeof(a)
    if str_eq(op, "+") and (ta == TAG_STR or ta == TAG_LIST or ta == TAG_TUPLE):
        # CPython's sequence concatenation names the sequence type.
        s = sb_new(64)
        sb_str(s, "can only concatenate ")
        sb_str(s, type_name(a))
        sb_str(s, ' (not "')
        sb_str(s, type_name(b))
        sb_str(s, '") to ')
        sb_str(s, type_name(a))
        raise_(EXC_TYPE, sb_done(s))
        return 0
    raise_(EXC_TYPE, op_error_text(op, a, b, 0))
    return 0


def op_error_text(op: i32, a: i64, b: i64, inplace: i32) -> i32:
    # "unsupported operand type(s) for +: 'int' and 'str'", or for +=
    # (pow's "** or pow()" then as **=).
    s = sb_new(64)
    sb_str(s, "unsupported operand type(s) for ")
    if inplace:
        if str_eq(op, "** or pow()"):
            sb_str(s, "**")
        else:
            sb_str(s, op)
        sb_byte(s, 61)
    else:
        sb_str(s, op)
    sb_str(s, ": '")
    sb_str(s, type_name(a))
    sb_str(s, "' and '")
    sb_str(s, type_name(b))
    sb_byte(s, 39)
    return sb_done(s)


def is_sequence(v: i64) -> i32:
    t = typeof(v)
    return t == TAG_STR or t == TAG_BYTES or t == TAG_LIST or t == TAG_TUPLE


def seq_mul_error(other: i64) -> i64:
    s = sb_new(48)
    sb_str(s, "can't multiply sequence by non-int of type '")
    sb_str(s, type_name(other))
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


def object_type_error_pre(v: i64, head: i32) -> None:
    # Raises TypeError(head + "<type of v>'").
    s = sb_new(64)
    sb_str(s, head)
    sb_str(s, type_name(v))
    sb_byte(s, 39)
    raise_(EXC_TYPE, sb_done(s))


def type_name(v: i64) -> i32:
    t = typeof(v)
    if t == T_INT or t == TAG_BIG or t == TAG_LONG:
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
        if NAMEDTUPLE:
            if nt_cls(v) != 0:
                return Type.name[nt_cls(v)]
        return "tuple"
    if COLLECTIONS and t == TAG_DEQUE:
        return "collections.deque"
    if t == TAG_DICT:
        if COLLECTIONS and Dict.factory[i32(v)] != 0:
            return collection_name(v)
        return "dict"
    if SETS and t == TAG_SET:
        return "set"
    if SETS and t == TAG_FROZENSET:
        return "frozenset"
    if t == TAG_FUNC:
        return "function"
    if t == TAG_RANGE:
        return "range"
    if RANDOM and t == TAG_RANDOM:
        return "Random"
    if RE and t == TAG_RE_PATTERN:
        return "re.Pattern"
    if RE and t == TAG_RE_MATCH:
        return "re.Match"
    if HASHLIB and t == TAG_HASH:
        return "_hashlib.HASH"
    if HASHLIB and t == TAG_HMAC:
        return "HMAC"
    if URLPARSE and t == TAG_URL_RESULT:
        return us_type_name(v)
    if UUID and t == TAG_UUID:
        return "UUID"
    if t == TAG_INST:
        c = Inst.cls[i32(v)]
        if DATETIME:
            if Type.flags[c] & CLS_DATETIME:
                return str_concat("datetime.", Type.name[c])
        return Type.name[c]
    if t == TAG_EXC:
        if Exc.cls[i32(v)] != 0:
            return Type.name[Exc.cls[i32(v)]]
        return exc_name(Exc.kind[i32(v)])
    if t == TAG_TYPE:
        return "type"
    if t == TAG_BOUND:
        return "method"
    if t == TAG_GEN:
        return "generator"
    if t == TAG_NOTIMPL:
        return "NotImplementedType"
    if t == TAG_TYPEVAR:
        return "TypeVar"
    if t == TAG_DESC:
        k = Desc.kind[i32(v)]
        if k == DESC_STATIC:
            return "staticmethod"
        if k == DESC_CLASS:
            return "classmethod"
        return "property"
    if t == TAG_VIEW:
        k = View.kind[i32(v)]
        if k == 0:
            return "dict_keys"
        if k == 1:
            return "dict_values"
        return "dict_items"
    if t == TAG_CLASS:
        return "type"
    if NATIVES and is_native(v):
        return native_type_name(v)
    if t == TAG_BUILTIN:
        if Builtin.kind[i32(v)] == 1:
            return "type"
        return "builtin_function_or_method"
    if t == TAG_REQ:
        return "Request"
    if t == TAG_HEADERS:
        return "Headers"
    if t == TAG_ITER and (Iter.kind[i32(v)] == IT_MAP or Iter.kind[i32(v)] == IT_FILTER):
        return lazy_iter_name(v)
    return "iterator"


def is_exc_class(v: i64) -> i32:
    return typeof(v) == TAG_CLASS


def exc_class(k: i32) -> i64:
    # One class object per kind, made on first use, so that naming a class
    # twice or type(e) gives the same object (`type(e) is KeyError`). 32
    # slots: the layout test keeps the kinds below 32.
    p = static_(256) + Class.SIZE * k
    if Class.tag[p] == 0:
        Class.tag[p] = TAG_CLASS
        Class.kind[p] = k
    return u64(p)


def exc_match(e: i64, t: i64) -> i32:
    k = Exc.kind[i32(e)]
    tt = typeof(t)
    if tt == TAG_CLASS:
        return exc_matches(k, Class.kind[i32(t)])
    if tt == TAG_TYPE and Type.exc_kind[i32(t)] != 0:
        c = Exc.cls[i32(e)]
        return c != 0 and is_subclass(c, i32(t))
    if tt == TAG_TUPLE:
        p = i32(t)
        n = Tuple.len[p]
        i = 0
        while i < n:
            if exc_match(e, load64(Tuple.items[p] + 8 * i)):
                return 1
            i += 1
        return 0
    raise_(EXC_TYPE, "catching classes that do not inherit from BaseException is not allowed")
    return 0


def raise_value(v: i64) -> None:
    e = exc_value(v, "exceptions must derive from BaseException")
    if e != 0:
        raise_obj(e)


def exc_value(v: i64, msg: i32) -> i64:
    # The exception `raise v` raises: v itself (here, now) or a new
    # instance of the class v; TypeError(msg) for anything else.
    t = typeof(v)
    if t == TAG_EXC:
        Exc.line[i32(v)] = loc_line
        Exc.func[i32(v)] = loc_func
        return v
    if t == TAG_CLASS:
        return exc_new(Class.kind[i32(v)], 0)
    if t == TAG_TYPE and Type.exc_kind[i32(v)] != 0:
        return instantiate(i32(v), 0, 0, 0)
    raise_(EXC_TYPE, msg)
    return 0


def raise_from(v: i64, cause: i64) -> None:
    # raise v from cause (None: no cause, and no context printed).
    e = exc_value(v, "exceptions must derive from BaseException")
    if e == 0:
        return
    c: i64 = 0
    if typeof(cause) == TAG_EXC:
        c = cause  # keeps where it was raised
    elif cause != NONE:
        c = exc_value(cause, "exception causes must derive from BaseException")
        if c == 0:
            return
    Exc.cause[i32(e)] = i32(c)
    Exc.suppress[i32(e)] = 1
    raise_obj(e)


def raise_arg(arg: i64, k: i32) -> None:
    raise_obj(exc_new(k, arg))


def uncaught() -> None:
    traceback(exc)
