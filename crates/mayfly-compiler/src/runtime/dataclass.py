# @dataclass: the fields of a class (Type.fields, a tuple of Field
# tuples: name, default value, default_factory, flags; 0 for an absent
# default or factory) and the methods generated from them, provided by
# the runtime as Builtin objects of kind BUILTIN_METHOD that the compiler
# puts in the class namespace (front/dataclass.rs): __init__, __repr__,
# __eq__, the orderings and __hash__.

# Field flags
DC_INIT = 1
DC_REPR = 2
DC_COMPARE = 4

# The NotImplemented singleton (a static object): set by the compiler.
notimpl: i64 = 0


def dc_field(c: i64, name: i32, dflt: i64, factory: i64, flags: i32) -> None:
    # One field of the class body, in order (a list until dc_done).
    p = i32(c)
    if Type.fields[p] == 0:
        Type.fields[p] = i32(list_new())
    f = tuple_of(4)
    store64(Tuple.items[f], u64(name))
    store64(Tuple.items[f] + 8, dflt)
    store64(Tuple.items[f] + 16, factory)
    store64(Tuple.items[f] + 24, mkint(i64(flags)))
    list_append(u64(Type.fields[p]), u64(f))


def dc_done(c: i64, frozen: i32, match_args: i32) -> None:
    # The fields of the bases (in reverse method resolution order) come
    # first; a field of the class itself that a base has keeps the base's
    # place. Then the checks CPython makes when the class is created, and
    # __match_args__ (the __init__ fields, for class patterns) unless the
    # class body sets it.
    p = i32(c)
    own = Type.fields[p]
    all = list_new()
    mro = Type.mro[p]
    i = Tuple.len[mro] - 1
    while i >= 1:
        b = i32(load64(Tuple.items[mro] + 8 * i))
        if Type.fields[b] != 0:
            dc_merge(all, u64(Type.fields[b]))
        i -= 1
    if own != 0:
        dc_merge(all, u64(own))
    Type.fields[p] = i32(tuple_from(all))
    if frozen != 0:
        Type.flags[p] = Type.flags[p] | CLS_FROZEN
    fs = Type.fields[p]
    seen_default = 0
    i = 0
    while i < Tuple.len[fs]:
        f = i32(load64(Tuple.items[fs] + 8 * i))
        d = load64(Tuple.items[f] + 8)
        t = typeof(d)
        if d != 0 and (t == TAG_LIST or t == TAG_DICT):
            s = sb_new(64)
            sb_str(s, "mutable default <class '")
            sb_str(s, type_name(d))
            sb_str(s, "'> for field ")
            sb_str(s, i32(load64(Tuple.items[f])))
            sb_str(s, " is not allowed: use default_factory")
            raise_(EXC_VALUE, sb_done(s))
            return
        if dc_flags(f) & DC_INIT:
            if d != 0 or load64(Tuple.items[f] + 16) != 0:
                seen_default = 1
            elif seen_default != 0:
                s = sb_new(64)
                sb_str(s, "non-default argument '")
                sb_str(s, i32(load64(Tuple.items[f])))
                sb_str(s, "' follows default argument")
                raise_(EXC_TYPE, sb_done(s))
                return
        i += 1
    if match_args != 0 and dict_lookup(Type.dict[p], u64("__match_args__")) == 0:
        names = list_new()
        i = 0
        while i < Tuple.len[fs]:
            f = i32(load64(Tuple.items[fs] + 8 * i))
            if dc_flags(f) & DC_INIT:
                list_append(names, load64(Tuple.items[f]))
            i += 1
        dict_set(Type.dict[p], u64("__match_args__"), tuple_from(names))
        class_version += 1


def dc_merge(all: i64, fields: i64) -> None:
    # Appends each field of `fields` (a list or tuple) to the list `all`,
    # replacing in place one of the same name.
    src = items_of(fields)
    n = seq_len(fields)
    i = 0
    while i < n:
        f = load64(src + 8 * i)
        name = i32(load64(Tuple.items[i32(f)]))
        items = items_of(all)
        j = 0
        while j < seq_len(all) and str_eq(i32(load64(Tuple.items[i32(load64(items + 8 * j))])), name) == 0:
            j += 1
        if j < seq_len(all):
            store64(items + 8 * j, f)
        else:
            list_append(all, f)
        i += 1


def dc_flags(f: i32) -> i32:
    return i32(intval(load64(Tuple.items[f] + 24)))


def dc_fields(o: i64) -> i32:
    # The fields tuple of the nearest dataclass in o's class's order.
    mro = Type.mro[class_of(o)]
    i = 0
    while i < Tuple.len[mro]:
        fs = Type.fields[i32(load64(Tuple.items[mro] + 8 * i))]
        if fs != 0:
            return fs
        i += 1
    return tuple_of(0)


def dc_values(o: i64, flag: i32) -> i64:
    # The tuple of o's values of the fields with `flag`.
    fs = dc_fields(o)
    out = list_new()
    i = 0
    while i < Tuple.len[fs]:
        f = i32(load64(Tuple.items[fs] + 8 * i))
        if dc_flags(f) & flag:
            list_append(out, getattr_(o, i32(load64(Tuple.items[f]))))
        i += 1
    return tuple_from(out)


def is_frozen(c: i32) -> i32:
    mro = Type.mro[c]
    i = 0
    while i < Tuple.len[mro]:
        if Type.flags[i32(load64(Tuple.items[mro] + 8 * i))] & CLS_FROZEN:
            return 1
        i += 1
    return 0


def frozen_error(name: i32, what: i32) -> None:
    s = sb_new(48)
    sb_str(s, "cannot ")
    sb_str(s, what)
    sb_str(s, " field '")
    sb_str(s, name)
    sb_byte(s, 39)
    raise_(EXC_FROZEN, sb_done(s))


def dc_init(env: i32, args: i32, n: i32) -> i64:
    # The generated __init__(self, *fields): positional and keyword
    # arguments (kw_names) bound to the init fields, defaults and
    # factories for the rest, then __post_init__.
    names = kw_names
    kw_names = 0
    nk = 0
    if names != 0:
        nk = Tuple.len[names]
    o = load64(args)
    c = class_of(o)
    fs = dc_fields(o)
    nf = Tuple.len[fs]
    vals = dc_bind(c, fs, args, n - nk, names, ".__init__")
    if vals == 0:
        return 0
    i = 0
    while i < nf:
        v = load64(vals + 8 * i)
        if v != 0:
            name = i32(load64(Tuple.items[i32(load64(Tuple.items[fs] + 8 * i))]))
            if typeof(o) == TAG_INST:
                inst_set(i32(o), name, v)
            else:
                dict_set(exc_attrs(o, 1), u64(name), v)
        i += 1
    post = special(o, "__post_init__")
    if post != 0:
        call1(post, o)
    return NONE


def dc_bind(c: i32, fs: i32, args: i32, npos: i32, names: i32, what: i32) -> i32:
    # The values of the fields fs (an array, 0 where a field without init
    # gets none) for a call of c's `what` (".__init__", a namedtuple's
    # ".__new__") with args[0] its self or class, npos positional
    # arguments in all and the keyword ones (names) after them; 0 with
    # CPython's TypeError raised.
    nk = 0
    if names != 0:
        nk = Tuple.len[names]
    nf = Tuple.len[fs]
    vals = alloc(8 * nf + 8)
    memfill(vals, 0, 8 * nf + 8)
    ninit = 0
    nreq = 0
    pos = 1
    i = 0
    while i < nf:
        f = i32(load64(Tuple.items[fs] + 8 * i))
        if dc_flags(f) & DC_INIT:
            ninit += 1
            if load64(Tuple.items[f] + 8) == 0 and load64(Tuple.items[f] + 16) == 0:
                nreq += 1
            if pos < npos:
                store64(vals + 8 * i, load64(args + 8 * pos))
                pos += 1
        i += 1
    if npos > ninit + 1:
        s = sb_new(64)
        sb_str(s, Type.name[c])
        sb_str(s, what)
        sb_str(s, "() takes ")
        if nreq != ninit:
            sb_str(s, "from ")
            sb_int(s, i64(nreq + 1))
            sb_str(s, " to ")
        sb_int(s, i64(ninit + 1))
        sb_str(s, " positional argument")
        if ninit != 0:
            sb_byte(s, 115)
        sb_str(s, " but ")
        sb_int(s, i64(npos))
        sb_str(s, " were given")
        raise_(EXC_TYPE, sb_done(s))
        return 0
    j = 0
    while j < nk:
        name = i32(load64(Tuple.items[names] + 8 * j))
        i = 0
        while i < nf and (dc_flags(i32(load64(Tuple.items[fs] + 8 * i))) & DC_INIT == 0 or str_eq(i32(load64(Tuple.items[i32(load64(Tuple.items[fs] + 8 * i))])), name) == 0):
            i += 1
        if i == nf:
            dc_arg_error(c, what, "() got an unexpected keyword argument '", name)
            return 0
        if load64(vals + 8 * i) != 0:
            dc_arg_error(c, what, "() got multiple values for argument '", name)
            return 0
        store64(vals + 8 * i, load64(args + 8 * (npos + j)))
        j += 1
    missing = list_new()
    i = 0
    while i < nf:
        f = i32(load64(Tuple.items[fs] + 8 * i))
        if load64(vals + 8 * i) == 0:
            if load64(Tuple.items[f] + 8) != 0:
                store64(vals + 8 * i, load64(Tuple.items[f] + 8))
            elif load64(Tuple.items[f] + 16) != 0:
                store64(vals + 8 * i, call_value(load64(Tuple.items[f] + 16), 0, 0))
                if exc != 0:
                    return 0
            elif dc_flags(f) & DC_INIT:
                list_append(missing, load64(Tuple.items[f]))
        i += 1
    if seq_len(missing) > 0:
        dc_missing(c, what, missing)
        return 0
    return vals


def dc_arg_error(c: i32, fn: i32, what: i32, name: i32) -> None:
    s = sb_new(64)
    sb_str(s, Type.name[c])
    sb_str(s, fn)
    sb_str(s, what)
    sb_str(s, name)
    sb_byte(s, 39)
    raise_(EXC_TYPE, sb_done(s))


def dc_missing(c: i32, fn: i32, missing: i64) -> None:
    # C.__init__() missing 2 required positional arguments: 'a' and 'b'
    n = seq_len(missing)
    s = sb_new(64)
    sb_str(s, Type.name[c])
    sb_str(s, fn)
    sb_str(s, "() ")
    sb_missing_count(s, n)
    i = 0
    while i < n:
        sb_list_item(s, i32(load64(items_of(missing) + 8 * i)), i, n)
        i += 1
    raise_(EXC_TYPE, sb_done(s))


def dc_repr(env: i32, args: i32, n: i32) -> i64:
    o = load64(args)
    fs = dc_fields(o)
    b = sb_new(32)
    sb_str(b, Type.name[class_of(o)])
    sb_byte(b, 40)
    first = 1
    i = 0
    while i < Tuple.len[fs]:
        f = i32(load64(Tuple.items[fs] + 8 * i))
        if dc_flags(f) & DC_REPR:
            if first == 0:
                sb_str(b, ", ")
            first = 0
            name = i32(load64(Tuple.items[f]))
            sb_str(b, name)
            sb_byte(b, 61)
            repr_into(b, getattr_(o, name))
        i += 1
    sb_byte(b, 41)
    return u64(sb_done(b))


def dc_same_class(args: i32) -> i32:
    a = load64(args)
    b = load64(args + 8)
    return class_of(b) == class_of(a) and typeof(b) == typeof(a)


def dc_eq(env: i32, args: i32, n: i32) -> i64:
    if dc_same_class(args) == 0:
        return notimpl
    return mkbool(eq(dc_values(load64(args), DC_COMPARE), dc_values(load64(args + 8), DC_COMPARE)))


def dc_order(args: i32, op: i32) -> i64:
    if dc_same_class(args) == 0:
        return notimpl
    a = dc_values(load64(args), DC_COMPARE)
    b = dc_values(load64(args + 8), DC_COMPARE)
    if str_eq(op, "<"):
        return mkbool(lt(a, b))
    if str_eq(op, "<="):
        return mkbool(le(a, b))
    if str_eq(op, ">"):
        return mkbool(gt(a, b))
    return mkbool(ge(a, b))


def dc_lt(env: i32, args: i32, n: i32) -> i64:
    return dc_order(args, "<")


def dc_le(env: i32, args: i32, n: i32) -> i64:
    return dc_order(args, "<=")


def dc_gt(env: i32, args: i32, n: i32) -> i64:
    return dc_order(args, ">")


def dc_ge(env: i32, args: i32, n: i32) -> i64:
    return dc_order(args, ">=")


def dc_hash(env: i32, args: i32, n: i32) -> i64:
    return mkint(hash_(dc_values(load64(args), DC_COMPARE)))


def dc_asdict_or_none(o: i64) -> i64:
    # A dataclass instance's fields as a new dict (name: value, in field
    # order), else None: Flask's jsonify serialises a dataclass as
    # dataclasses.asdict does (flask/prelude/app.py _flask_jsonable).
    if typeof(o) != TAG_INST:
        return NONE
    mro = Type.mro[class_of(o)]
    fs = 0
    i = 0
    while i < Tuple.len[mro] and fs == 0:
        fs = Type.fields[i32(load64(Tuple.items[mro] + 8 * i))]
        i += 1
    if fs == 0:
        return NONE
    d = dict_new()
    i = 0
    while i < Tuple.len[fs]:
        name = load64(Tuple.items[i32(load64(Tuple.items[fs] + 8 * i))])
        v = getattr_(o, i32(name))
        if exc != 0:
            return 0
        dict_set(d, name, v)
        i += 1
    return d
