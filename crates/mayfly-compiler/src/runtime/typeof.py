# type(x) and the __name__ of functions and classes. type() gives the
# same static class objects the names int, str ... evaluate to (the
# compiler passes their table), so `type(x) is float` holds as in CPython.
# TYPE_ORDER in front/builtins.rs says which slot holds which class.


def type_(v: i64, table: i32) -> i64:
    t = typeof(v)
    i = -1
    if t == T_INT or t == TAG_BIG or t == TAG_LONG:
        i = 0
    elif t == T_BOOL:
        i = 1
    elif t == TAG_FLOAT:
        i = 2
    elif t == TAG_STR:
        i = 3
    elif t == TAG_LIST:
        i = 4
    elif t == TAG_TUPLE:
        i = 5
        if NAMEDTUPLE:
            if nt_cls(v) != 0:
                return u64(nt_cls(v))
    elif t == TAG_DICT:
        i = 6
        if COLLECTIONS and is_collection(v):
            # No class object for Counter and defaultdict: refused below.
            i = -1
    elif t == TAG_RANGE:
        i = 7
    elif SETS and t == TAG_SET:
        i = 8
    elif SETS and t == TAG_FROZENSET:
        i = 9
    if i >= 0:
        return load64(table + 8 * i)
    if t == TAG_EXC:
        if Exc.cls[i32(v)] != 0:
            return u64(Exc.cls[i32(v)])
        return exc_class(Exc.kind[i32(v)])
    if t == TAG_INST:
        return u64(Inst.cls[i32(v)])
    s = sb_new(64)
    sb_str(s, "type() of a ")
    sb_str(s, type_name(v))
    sb_str(s, " value is not supported")
    raise_(EXC_NOT_IMPLEMENTED, sb_done(s))
    return 0


def attr___name__(v: i64) -> i64:
    if NATIVES and is_native(v):
        return getattr_(v, "__name__")
    t = typeof(v)
    if t == TAG_BUILTIN:
        return u64(Builtin.name[i32(v)])
    if t == TAG_FUNC:
        return u64(short_name(Func.name[i32(v)]))
    if t == TAG_BOUND:
        return attr___name__(Bound.func[i32(v)])
    if t == TAG_CLASS:
        return u64(exc_name(Class.kind[i32(v)]))
    if t == TAG_TYPE:
        return u64(Type.name[i32(v)])
    return no_method(v, "__name__")


def short_name(q: i32) -> i32:
    # A method's function object is named by its qualified name (C.m, as
    # CPython's messages say); __name__ is the part after the last dot.
    n = Str.nbytes[q]
    i = n - 1
    while i >= 0 and load8(Str.data[q] + i) != 46:
        i -= 1
    if i < 0:
        return q
    return str_from(Str.data[q] + i + 1, n - i - 1)
