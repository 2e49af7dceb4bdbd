# The data model for instances of user classes: what repr, str, ==, <,
# hash, len, truth, iteration, indexing, `in`, the arithmetic operators
# and calls do with a special method (__repr__, __eq__, ...) found on
# the instance's class. The generic paths in ops.py, str.py, iter.py ...
# call these on a TAG_INST value (or a user exception), so a program
# without classes never links them (see class.py).


# rich() results besides 0 and 1.
RICH_NONE = 2
RICH_RAISED = 3


def special(v: i64, name: i32) -> i64:
    # The special method `name` of v's class (looked up on the class, as
    # CPython does), 0 if none.
    c = class_of(v)
    if c == 0:
        return 0
    return type_lookup(c, u64(name))


def call2(f: i64, a: i64, b: i64) -> i64:
    p = alloc(16)
    store64(p, a)
    store64(p + 8, b)
    return call_value(f, p, 2)


def is_notimpl(v: i64) -> i32:
    if (v & 1) != 0 or v < 8:
        return 0
    return load32(i32(v)) == TAG_NOTIMPL


def str_result(r: i64, what: i32) -> i32:
    # The str a __str__/__repr__ returned; TypeError for anything else.
    if exc != 0:
        return ""
    if typeof(r) != TAG_STR:
        s = sb_new(48)
        sb_str(s, what)
        sb_str(s, " returned non-string (type ")
        sb_str(s, type_name(r))
        sb_byte(s, 41)
        raise_(EXC_TYPE, sb_done(s))
        return ""
    return i32(r)


def inst_repr_into(b: i32, v: i64) -> None:
    f = special(v, "__repr__")
    if f != 0:
        sb_str(b, str_result(call1(f, v), "__repr__"))
        return
    base_repr_into(b, v)


def base_repr_into(b: i32, o: i64) -> None:
    # object.__repr__: <__tenant__.C object at 0x...> with the object's
    # address in the sandbox's memory; a user exception as C('arg', ...).
    c = class_of(o)
    if typeof(o) == TAG_EXC:
        sb_str(b, Type.name[c])
        a = Exc.arg[i32(o)]
        if typeof(a) == TAG_TUPLE and Tuple.len[i32(a)] != 1:
            repr_into(b, a)
        else:
            sb_byte(b, 40)
            if typeof(a) == TAG_TUPLE:
                repr_into(b, load64(Tuple.items[i32(a)]))
            sb_byte(b, 41)
        return
    sb_byte(b, 60)
    sb_str(b, class_module(c))
    sb_str(b, Type.name[c])
    sb_str(b, " object at ")
    sb_hex_addr(b, i32(o))
    sb_byte(b, 62)


def inst_str(v: i64) -> i32:
    f = special(v, "__str__")
    if f != 0:
        return str_result(call1(f, v), "__str__")
    return base_str(v)


def base_str(o: i64) -> i32:
    # object.__str__ is repr (a user __repr__ included); an exception's
    # is its message.
    if typeof(o) == TAG_EXC:
        a = Exc.arg[i32(o)]
        if typeof(a) != TAG_TUPLE:
            return ""
        n = Tuple.len[i32(a)]
        if n == 0:
            return ""
        if n == 1:
            x = load64(Tuple.items[i32(a)])
            if Exc.kind[i32(o)] == EXC_KEY:
                return repr_(x)
            return str_(x)
        return repr_(a)
    b = sb_new(32)
    inst_repr_into(b, o)
    return sb_done(b)


def inst_truthy(v: i64) -> i32:
    f = special(v, "__bool__")
    if f != 0:
        r = call1(f, v)
        if exc != 0:
            return 0
        if typeof(r) != T_BOOL:
            s = sb_new(48)
            sb_str(s, "__bool__ should return bool, returned ")
            sb_str(s, type_name(r))
            raise_(EXC_TYPE, sb_done(s))
            return 0
        return r == TRUE
    f = special(v, "__len__")
    if f != 0:
        return intval(inst_len(v)) != 0
    return 1


def inst_len(v: i64) -> i64:
    f = special(v, "__len__")
    if f == 0:
        s = sb_new(32)
        sb_str(s, "object of type '")
        sb_str(s, type_name(v))
        sb_str(s, "' has no len()")
        raise_(EXC_TYPE, sb_done(s))
        return 0
    r = call1(f, v)
    if exc != 0:
        return 0
    if num_kind(r) != 1 or typeof(r) == T_BOOL:
        object_type_error(r, "' object cannot be interpreted as an integer")
        return 0
    if intval(r) < 0:
        raise_(EXC_VALUE, "__len__() should return >= 0")
        return 0
    return r


def rich(f: i64, x: i64, y: i64) -> i32:
    # x.f(y) for a comparison method f (0 if the class has none): 1 or 0
    # by the truth of its result, RICH_NONE when it is missing or
    # returned NotImplemented, RICH_RAISED when it raised.
    if f == 0:
        return RICH_NONE
    r = call2(f, x, y)
    if exc != 0:
        return RICH_RAISED
    if is_notimpl(r):
        return RICH_NONE
    return truthy(r)


def inst_eq(a: i64, b: i64) -> i32:
    # a.__eq__(b), then the reflected b.__eq__(a), then identity.
    r = rich(special(a, "__eq__"), a, b)
    if r == RICH_NONE:
        r = rich(special(b, "__eq__"), b, a)
    if r == RICH_NONE:
        return a == b
    return r == 1


def inst_ne(a: i64, b: i64) -> i32:
    r = rich(special(a, "__ne__"), a, b)
    if r == RICH_NONE:
        return inst_eq(a, b) == 0
    return r == 1


def inst_cmp(a: i64, b: i64, op: i32) -> i32:
    # An ordering of two values one of which is an instance, in cmp()'s
    # convention: -1 makes < and <= true, 1 makes > and >= true.
    fwd = "__ge__"
    refl = "__le__"
    want = 1
    if str_eq(op, "<"):
        fwd = "__lt__"
        refl = "__gt__"
        want = -1
    elif str_eq(op, "<="):
        fwd = "__le__"
        refl = "__ge__"
        want = -1
    elif str_eq(op, ">"):
        fwd = "__gt__"
        refl = "__lt__"
    r = rich(special(a, fwd), a, b)
    if r == RICH_NONE:
        r = rich(special(b, refl), b, a)
    if r == RICH_NONE:
        return order_error(op, a, b)
    if r == RICH_RAISED:
        return 2
    if r == 1:
        return want
    return 0 - want


def inst_hash(v: i64) -> i64:
    f = special(v, "__hash__")
    if f == NONE:
        return unhashable(v)
    if f == 0:
        return v >> 4
    r = call1(f, v)
    if exc != 0:
        return 0
    if num_kind(r) != 1:
        raise_(EXC_TYPE, "__hash__ method should return an integer")
        return 0
    return hash_(r)


def inst_getitem(o: i64, k: i64) -> i64:
    f = special(o, "__getitem__")
    if f == 0:
        object_type_error(o, "' object is not subscriptable")
        return 0
    return call2(f, o, k)


def inst_setitem(o: i64, k: i64, v: i64) -> None:
    f = special(o, "__setitem__")
    if f == 0:
        object_type_error(o, "' object does not support item assignment")
        return
    a = alloc(24)
    store64(a, o)
    store64(a + 8, k)
    store64(a + 16, v)
    call_value(f, a, 3)


def inst_delitem(o: i64, k: i64) -> None:
    f = special(o, "__delitem__")
    if f == 0:
        object_type_error(o, "' object doesn't support item deletion")
        return
    call2(f, o, k)


def inst_contains(x: i64, c: i64) -> i32:
    f = special(c, "__contains__")
    if f != 0:
        r = call2(f, c, x)
        if exc != 0:
            return 0
        return truthy(r)
    if special(c, "__iter__") == 0 and special(c, "__getitem__") == 0:
        object_type_error(c, "' object is not iterable")
        return 0
    it = iter_(c)
    while it != 0 and exc == 0:
        y = next_(it)
        if y == 0:
            return 0
        if y == x or eq(y, x):
            return 1
    return 0


def inst_iter(v: i64) -> i64:
    f = special(v, "__iter__")
    if f == 0:
        if special(v, "__getitem__") != 0:
            # The old sequence protocol: v[0], v[1], ... until IndexError.
            return mk_iter(IT_GETITEM, v, 0)
        object_type_error(v, "' object is not iterable")
        return 0
    r = call1(f, v)
    if exc != 0:
        return 0
    if typeof(r) == TAG_ITER or typeof(r) == TAG_GEN:
        return r
    if special(r, "__next__") == 0:
        s = sb_new(48)
        sb_str(s, "iter() returned non-iterator of type '")
        sb_str(s, type_name(r))
        sb_byte(s, 39)
        raise_(EXC_TYPE, sb_done(s))
        return 0
    return mk_iter(IT_USER, r, 0)


def user_next(o: i64) -> i64:
    # o.__next__(); 0 at the end (StopIteration). The call runs as inside
    # a try, so that StopIteration is caught here rather than ending the
    # request; any other exception goes on as raised.
    f = special(o, "__next__")
    if f == 0:
        object_type_error(o, "' object is not an iterator")
        return 0
    try_depth += 1
    r = call1(f, o)
    try_depth -= 1
    if exc != 0:
        if Exc.kind[i32(exc)] == EXC_STOP_ITERATION:
            exc = 0
            return 0
        if try_depth == 0:
            traceback(exc)
        return 0
    return r


def getitem_next(it: i32) -> i64:
    # The next item of an IT_GETITEM iterator; 0 at IndexError (or
    # StopIteration), which ends it.
    o = Iter.src[it]
    i = Iter.i[it]
    Iter.i[it] = i + 1
    try_depth += 1
    r = call2(special(o, "__getitem__"), o, mkint(i64(i)))
    try_depth -= 1
    if exc != 0:
        k = Exc.kind[i32(exc)]
        if k == EXC_INDEX or k == EXC_STOP_ITERATION:
            exc = 0
            return 0
        if try_depth == 0:
            traceback(exc)
        return 0
    return r


def binop_name(op: i32, reflected: i32) -> i32:
    # The special method of a binary operator (op as op_error names it).
    f = 0
    r = 0
    if str_eq(op, "+"):
        f = "__add__"
        r = "__radd__"
    elif str_eq(op, "-"):
        f = "__sub__"
        r = "__rsub__"
    elif str_eq(op, "*"):
        f = "__mul__"
        r = "__rmul__"
    elif str_eq(op, "/"):
        f = "__truediv__"
        r = "__rtruediv__"
    elif str_eq(op, "//"):
        f = "__floordiv__"
        r = "__rfloordiv__"
    elif str_eq(op, "%"):
        f = "__mod__"
        r = "__rmod__"
    elif str_eq(op, "** or pow()"):
        f = "__pow__"
        r = "__rpow__"
    elif str_eq(op, "<<"):
        f = "__lshift__"
        r = "__rlshift__"
    elif str_eq(op, ">>"):
        f = "__rshift__"
        r = "__rrshift__"
    elif str_eq(op, "&"):
        f = "__and__"
        r = "__rand__"
    elif str_eq(op, "|"):
        f = "__or__"
        r = "__ror__"
    elif str_eq(op, "^"):
        f = "__xor__"
        r = "__rxor__"
    elif str_eq(op, "@"):
        f = "__matmul__"
        r = "__rmatmul__"
    if reflected != 0:
        return r
    return f


def user_binop(op: i32, a: i64, b: i64) -> i64:
    # a OP b with an instance on either side: a.__op__(b), then
    # b.__rop__(a); TypeError when both are missing or NotImplemented.
    name = binop_name(op, 0)
    if name != 0:
        f = special(a, name)
        if f != 0:
            r = call2(f, a, b)
            if exc != 0:
                return 0
            if is_notimpl(r) == 0:
                return r
        f = special(b, binop_name(op, 1))
        if f != 0:
            r = call2(f, b, a)
            if exc != 0:
                return 0
            if is_notimpl(r) == 0:
                return r
    return op_type_error(op, a, b)


def user_iadd(a: i64, b: i64) -> i64:
    f = special(a, "__iadd__")
    if f != 0:
        r = call2(f, a, b)
        if exc != 0:
            return 0
        if is_notimpl(r) == 0:
            return r
    return user_binop("+", a, b)


def inst_unary(v: i64, name: i32, msg: i32) -> i64:
    # -v, +v, ~v, abs(v): the special method, else TypeError(msg + type).
    f = special(v, name)
    if f == 0:
        raise_(EXC_TYPE, str_concat(msg, str_concat(type_name(v), "'")))
        return 0
    return call1(f, v)


def with_enter(m: i64) -> i64:
    # `with m`: m's __enter__() (both methods must exist, or TypeError).
    en = special(m, "__enter__")
    if en == 0 or special(m, "__exit__") == 0:
        object_type_error(m, "' object does not support the context manager protocol")
        return 0
    return call1(en, m)


def with_exit(m: i64, e: i64) -> i32:
    # m.__exit__(type, value, None) for the exception e, or with three
    # Nones (e == 0); true when it suppresses e. The traceback argument
    # is None: mayfly has no traceback objects.
    a = alloc(32)
    store64(a, m)
    if e == 0:
        store64(a + 8, NONE)
        store64(a + 16, NONE)
    else:
        c = Exc.cls[i32(e)]
        if c != 0:
            store64(a + 8, u64(c))
        else:
            store64(a + 8, exc_class(Exc.kind[i32(e)]))
        store64(a + 16, e)
    store64(a + 24, NONE)
    r = call_value(special(m, "__exit__"), a, 4)
    if exc != 0 or e == 0:
        return 0
    return truthy(r)
