# Calls through values (call_value, call1, arity errors) and builtins
# used as values (`key=len`, `f = str`): static objects
# {TAG_BUILTIN, table slot, kind (0 function, 1 class), type code, name}
# laid out like a function object where call_value reads it, so a call
# goes through the dispatcher to an entry the compiler generates per
# builtin (front/builtin_values.rs). These helpers are what the entries
# of the variadic builtins call.


def builtin_arity(f: i32, n: i32, lo: i32, hi: i32) -> None:
    # TypeError: divmod() takes exactly 2 arguments (1 given)
    s = sb_new(64)
    sb_str(s, Builtin.name[f])
    if lo == hi:
        sb_str(s, "() takes exactly ")
        sb_int(s, i64(lo))
    elif n < lo:
        sb_str(s, "() takes at least ")
        sb_int(s, i64(lo))
    else:
        sb_str(s, "() takes at most ")
        sb_int(s, i64(hi))
    sb_str(s, " arguments (")
    sb_int(s, i64(n))
    sb_str(s, " given)")
    raise_(EXC_TYPE, sb_done(s))


def args_tuple(args: i32, n: i32) -> i64:
    t = tuple_of(n)
    memcopy(Tuple.items[t], args, 8 * n)
    return u64(t)


def bv_print(args: i32, n: i32) -> i64:
    print_(args_tuple(args, n), 0, 2)
    return NONE


def bv_zip(args: i32, n: i32) -> i64:
    return zip_(args_tuple(args, n))


def bv_minmax(args: i32, n: i32, is_max: i32) -> i64:
    if n == 1:
        return minmax(load64(args), 0, 0, is_max)
    return minmax(args_tuple(args, n), 0, 0, is_max)


def isinstance_v(v: i64, c: i64) -> i64:
    r = isinstance_code(v, c)
    if r < 0:
        return 0
    return mkbool(r)


def isinstance_code(v: i64, c: i64) -> i32:
    t = typeof(c)
    if t == TAG_BUILTIN and Builtin.kind[i32(c)] == 1:
        return isinstance_(v, Builtin.type[i32(c)])
    if t == TAG_CLASS:
        return isinstance_(v, EXC_CLASS_BASE + Class.kind[i32(c)])
    if t == TAG_TYPE:
        return isinstance_user(v, i32(c))
    if t == TAG_TUPLE:
        n = seq_len(c)
        i = 0
        while i < n:
            r = isinstance_code(v, load64(Tuple.items[i32(c)] + 8 * i))
            if r != 0:
                return r
            i += 1
        return 0
    raise_(EXC_TYPE, "isinstance() arg 2 must be a type, a tuple of types, or a union")
    return -1


def arity_error(f: i32, n: i32) -> None:
    # CPython's words: f() missing 1 required positional argument: 'a',
    # or f() takes from 1 to 2 positional arguments but 3 were given.
    np = Func.nparams[f]
    lo = np - Func.ndefaults[f]
    if n < lo:
        full = alloc(8 * np)
        memfill(full, 0, 8 * np)
        memfill(full, 1, 8 * n)
        missing_error(f, full, lo, lo - n)
        return
    s = sb_new(64)
    sb_str(s, Func.name[f])
    sb_str(s, "() takes ")
    if lo != np:
        sb_str(s, "from ")
        sb_int(s, i64(lo))
        sb_str(s, " to ")
    sb_int(s, i64(np))
    sb_str(s, " positional argument")
    if np != 1:
        sb_byte(s, 115)
    sb_str(s, " but ")
    sb_int(s, i64(n))
    if n == 1:
        sb_str(s, " was given")
    else:
        sb_str(s, " were given")
    raise_(EXC_TYPE, sb_done(s))


def call_value(f: i64, args: i32, n: i32) -> i64:
    t = typeof(f)
    if t == TAG_FUNC or t == TAG_BUILTIN:
        p = i32(f)
        # Func.slot is Builtin.slot (layout test builtins_call_like_functions).
        return call_ind(p, args, n, Func.slot[p])
    if t == TAG_CLASS:
        if n == 0:
            return exc_new(Class.kind[i32(f)], 0)
        return exc_new(Class.kind[i32(f)], load64(args))
    if t == TAG_BOUND:
        a = alloc(8 * n + 8)
        store64(a, Bound.self[i32(f)])
        memcopy(a + 8, args, 8 * n)
        return call_value(Bound.func[i32(f)], a, n + 1)
    if t == TAG_TYPE:
        return instantiate(i32(f), args, n, 0)
    if t == TAG_INST:
        c = special(f, "__call__")
        if c != 0:
            a = alloc(8 * n + 8)
            store64(a, f)
            memcopy(a + 8, args, 8 * n)
            return call_value(c, a, n + 1)
    if t == TAG_DESC and Desc.kind[i32(f)] == DESC_STATIC:
        return call_value(Desc.get[i32(f)], args, n)
    object_type_error(f, "' object is not callable")
    return 0


def bound_new(f: i64, self_: i64) -> i64:
    # A method bound to its object: a user method read from an instance,
    # or a builtin type's (`xs.append` as a value).
    b = alloc(Bound.SIZE)
    Bound.tag[b] = TAG_BOUND
    Bound.func[b] = f
    Bound.self[b] = self_
    return u64(b)


def call1(f: i64, x: i64) -> i64:
    a = alloc(8)
    store64(a, x)
    return call_value(f, a, 1)


def is_user_obj(v: i64) -> i32:
    # An instance of a user class, an exception or a class: its
    # attributes and methods are looked up by name (attrs.py).
    t = typeof(v)
    if NATIVES and is_native(v):
        return 1
    return t == TAG_INST or t == TAG_TYPE or t == TAG_EXC


def has_user_attr(v: i64, name: i32) -> i32:
    # Is v.name looked up by name (attrs.py) rather than as a builtin
    # type's method? A named tuple's own fields and class attributes
    # are; its other names are tuple's (count, index).
    if NAMEDTUPLE:
        if typeof(v) == TAG_TUPLE:
            c = nt_cls(v)
            return c != 0 and (nt_field(v, name) != 0 or type_lookup(c, u64(name)) != 0)
    return is_user_obj(v)


def callable_v(v: i64) -> i64:
    t = typeof(v)
    if t == TAG_FUNC or t == TAG_BUILTIN or t == TAG_BOUND or t == TAG_TYPE or t == TAG_CLASS:
        return TRUE
    if t == TAG_INST:
        return mkbool(special(v, "__call__") != 0)
    return FALSE
