# collections.namedtuple and typing.NamedTuple. A named tuple is a
# Tuple record like any other (so indexing, unpacking, ==, <, hash, len,
# iteration, slicing, + and json treat it as the tuple it is) whose class
# word, the i64 after its items, holds its class; tuple_of writes 0 there
# for every tuple when the program has named tuples (NAMEDTUPLE).
#
# The class is a user class (Type) with flag CLS_NAMEDTUPLE, inherited
# by its subclasses; the class namespace holds _fields, _field_defaults,
# __match_args__ and the methods the compiler puts there (front/
# namedtuple.rs): __repr__ (nt_repr), _asdict, _replace and the
# classmethod _make. Type.fields holds the fields in dataclass.py's form
# (name, default or 0, 0, flags), so that the arguments of a call are
# bound by dc_bind with CPython's messages.

CLS_NAMEDTUPLE = 4


def nt_tuple_of(n: i32) -> i32:
    # tuple_of in a program with named tuples: the class word is 0, a
    # plain tuple.
    p = alloc(Tuple.SIZE + 8 * n + 8)
    Tuple.tag[p] = TAG_TUPLE
    Tuple.len[p] = n
    store64(Tuple.items[p] + 8 * n, 0)
    return p


def nt_cls(v: i64) -> i32:
    # The class of tuple v, 0 for a plain tuple.
    p = i32(v)
    return i32(load64(Tuple.items[p] + 8 * Tuple.len[p]))


def is_named(v: i64) -> i32:
    return typeof(v) == TAG_TUPLE and nt_cls(v) != 0


def nt_base(c: i32) -> i32:
    # The class in c's method resolution order that has the fields.
    mro = Type.mro[c]
    i = 0
    while i < Tuple.len[mro]:
        b = i32(load64(Tuple.items[mro] + 8 * i))
        if Type.flags[b] & CLS_NAMEDTUPLE and Type.fields[b] != 0:
            return b
        i += 1
    return c


def nt_class(name: i32, names: i64, defaults: i64) -> i64:
    # namedtuple(name, field_names, defaults=...): the compiler has
    # checked the names; the defaults are the last fields'.
    c = class_new(name, u64(tuple_of(0)))
    nf = Tuple.len[i32(names)]
    nd = 0
    d = 0
    if defaults != NONE and defaults != 0:
        d = i32(tuple_from(defaults))
        if d == 0:
            return 0
        nd = Tuple.len[d]
        if nd > nf:
            raise_(EXC_TYPE, "Got more default values than field names")
            return 0
    dflt = i64(0)
    i = 0
    while i < nf:
        dflt = 0
        if i >= nf - nd:
            dflt = load64(Tuple.items[d] + 8 * (i - (nf - nd)))
        dc_field(c, i32(load64(Tuple.items[i32(names)] + 8 * i)), dflt, 0, DC_INIT | DC_REPR | DC_COMPARE)
        i += 1
    return c


def nt_done(c: i64, typed: i32) -> None:
    # After the fields (dc_field, in order): the namespace CPython's
    # namedtuple makes. `typed`: a typing.NamedTuple class body, whose
    # defaults must come last.
    p = i32(c)
    own = Type.fields[p]
    fs = tuple_of(0)
    if own != 0:
        fs = i32(tuple_from(u64(own)))
    Type.fields[p] = fs
    Type.flags[p] = Type.flags[p] | CLS_NAMEDTUPLE
    nf = Tuple.len[fs]
    names = tuple_of(nf)
    dflts = dict_new()
    seen = 0
    i = 0
    while i < nf:
        f = i32(load64(Tuple.items[fs] + 8 * i))
        name = load64(Tuple.items[f])
        store64(Tuple.items[names] + 8 * i, name)
        d = load64(Tuple.items[f] + 8)
        if d != 0:
            dict_set(dflts, name, d)
            seen = f
        elif typed != 0 and seen != 0:
            s = sb_new(64)
            sb_str(s, "Non-default namedtuple field ")
            sb_str(s, i32(name))
            sb_str(s, " cannot follow default field")
            if Tuple.len[i32(dict_keys_tuple(dflts))] > 1:
                sb_byte(s, 115)
            sb_byte(s, 32)
            nt_join(s, dict_keys_tuple(dflts))
            raise_(EXC_TYPE, sb_done(s))
            return
        i += 1
    dict_set(Type.dict[p], u64("_fields"), u64(names))
    dict_set(Type.dict[p], u64("_field_defaults"), dflts)
    dict_set(Type.dict[p], u64("__match_args__"), u64(names))
    class_version += 1


def dict_keys_tuple(d: i64) -> i64:
    return tuple_from(list_from(d))


def nt_join(s: i32, t: i64) -> None:
    # a, b, c
    i = 0
    while i < Tuple.len[i32(t)]:
        if i > 0:
            sb_str(s, ", ")
        sb_str(s, i32(load64(Tuple.items[i32(t)] + 8 * i)))
        i += 1


def nt_check(c: i32) -> None:
    # A special method of a namedtuple class body that a tuple operation
    # would ignore (the tuple's own ==, <, hash, len, iteration are used)
    # is refused when the class is made, rather than silently skipped.
    d = Type.dict[c]
    ents = Dict.entries[i32(d)]
    i = 0
    while i < Dict.used[i32(d)]:
        k = Entry.key[ents + Entry.SIZE * i]
        if k != 0 and nt_refused(i32(k)):
            s = sb_new(64)
            sb_str(s, "defining ")
            sb_str(s, i32(k))
            sb_str(s, " in a namedtuple class is not supported: mayfly uses the tuple's own")
            raise_(EXC_NOT_IMPLEMENTED, sb_done(s))
            return
        i += 1


def nt_refused(k: i32) -> i32:
    n = Str.nbytes[k]
    if n < 5 or load8(Str.data[k]) != 95 or load8(Str.data[k] + 1) != 95:
        return 0
    if load8(Str.data[k] + n - 1) != 95 or load8(Str.data[k] + n - 2) != 95:
        return 0
    if str_eq(k, "__repr__") or str_eq(k, "__str__") or str_eq(k, "__init__"):
        return 0
    if str_eq(k, "__slots__") or str_eq(k, "__match_args__") or str_eq(k, "__doc__"):
        return 0
    if str_eq(k, "__module__") or str_eq(k, "__qualname__") or str_eq(k, "__getnewargs__"):
        return 0
    return 1


def nt_new(c: i32, args: i32, npos: i32, names: i32) -> i64:
    # C(*args, **kw) for a namedtuple class: the tuple of its fields'
    # values, then a def __init__ of the class, if any, called with the
    # same arguments (as type.__call__ does after __new__).
    b = nt_base(c)
    fs = Type.fields[b]
    nf = Tuple.len[fs]
    nk = 0
    if names != 0:
        nk = Tuple.len[names]
    a = alloc(8 * (npos + nk) + 8)
    store64(a, u64(c))
    memcopy(a + 8, args, 8 * (npos + nk))
    vals = dc_bind(b, fs, a, npos + 1, names, ".__new__")
    if vals == 0:
        return 0
    t = tuple_of(nf)
    memcopy(Tuple.items[t], vals, 8 * nf)
    store64(Tuple.items[t] + 8 * nf, u64(c))
    init = type_lookup(c, u64("__init__"))
    if init != 0 and typeof(init) == TAG_FUNC:
        store64(a, u64(t))
        r = call_kw(init, a, npos + 1, names)
        if exc != 0:
            return 0
        if r != NONE:
            raise_(EXC_TYPE, "__init__() should return None")
            return 0
    return u64(t)


def nt_field(o: i64, name: i32) -> i64:
    # The value of field `name` of named tuple o, 0 if it has none.
    fs = Type.fields[nt_base(nt_cls(o))]
    i = 0
    while i < Tuple.len[fs]:
        if str_eq(i32(load64(Tuple.items[i32(load64(Tuple.items[fs] + 8 * i))])), name):
            return load64(Tuple.items[i32(o)] + 8 * i)
        i += 1
    return 0


def nt_setattr(o: i64, name: i32, deleting: i32) -> None:
    # o.name = v or del o.name: a field is read-only, and a named tuple
    # has no attribute dict (CPython's subclasses without __slots__ = ()
    # have one; mayfly's do not, which the message says).
    c = nt_cls(o)
    if nt_field(o, name) != 0:
        s = sb_new(32)
        if deleting:
            sb_str(s, "can't delete attribute")
        else:
            sb_str(s, "can't set attribute")
        raise_(EXC_ATTR, sb_done(s))
        return
    if nt_base(c) != c and deleting == 0:
        s = sb_new(64)
        sb_str(s, "mayfly: instances of a namedtuple subclass have no attribute dict (setting '")
        sb_str(s, name)
        sb_str(s, "')")
        raise_(EXC_ATTR, sb_done(s))
        return
    attr_error(o, u64(name))


def nt_arity(o: i64, what: i32, n: i32, want: i32) -> i32:
    # 1 (TypeError raised) when a generated method got n positional
    # arguments instead of want (self included).
    if n == want:
        return 0
    s = sb_new(64)
    sb_str(s, Type.name[nt_base(class_of(o))])
    sb_str(s, what)
    sb_str(s, "() takes ")
    sb_int(s, i64(want))
    sb_str(s, " positional argument")
    if want != 1:
        sb_byte(s, 115)
    sb_str(s, " but ")
    sb_int(s, i64(n))
    sb_str(s, " were given")
    raise_(EXC_TYPE, sb_done(s))
    return 1


def nt_repr(env: i32, args: i32, n: i32) -> i64:
    # Point(x=1, y=2), named by the object's own class.
    o = load64(args)
    if nt_arity(o, ".__repr__", n, 1):
        return 0
    fs = Type.fields[nt_base(nt_cls(o))]
    b = sb_new(32)
    sb_str(b, Type.name[nt_cls(o)])
    sb_byte(b, 40)
    i = 0
    while i < Tuple.len[fs]:
        if i > 0:
            sb_str(b, ", ")
        sb_str(b, i32(load64(Tuple.items[i32(load64(Tuple.items[fs] + 8 * i))])))
        sb_byte(b, 61)
        repr_into(b, load64(Tuple.items[i32(o)] + 8 * i))
        i += 1
    sb_byte(b, 41)
    return u64(sb_done(b))


def nt_asdict(env: i32, args: i32, n: i32) -> i64:
    o = load64(args)
    if nt_arity(o, "._asdict", n, 1):
        return 0
    fs = Type.fields[nt_base(nt_cls(o))]
    d = dict_new()
    i = 0
    while i < Tuple.len[fs]:
        dict_set(d, load64(Tuple.items[i32(load64(Tuple.items[fs] + 8 * i))]), load64(Tuple.items[i32(o)] + 8 * i))
        i += 1
    return d


def nt_replace(env: i32, args: i32, n: i32) -> i64:
    # p._replace(**changes): a new tuple of p's class.
    names = kw_names
    kw_names = 0
    nk = 0
    if names != 0:
        nk = Tuple.len[names]
    o = load64(args)
    if nt_arity(o, "._replace", n - nk, 1):
        return 0
    c = nt_cls(o)
    fs = Type.fields[nt_base(c)]
    nf = Tuple.len[fs]
    t = tuple_of(nf)
    memcopy(Tuple.items[t], Tuple.items[i32(o)], 8 * nf)
    store64(Tuple.items[t] + 8 * nf, u64(c))
    bad = list_new()
    j = 0
    while j < nk:
        name = i32(load64(Tuple.items[names] + 8 * j))
        i = 0
        while i < nf and str_eq(i32(load64(Tuple.items[i32(load64(Tuple.items[fs] + 8 * i))])), name) == 0:
            i += 1
        if i == nf:
            list_append(bad, u64(name))
        else:
            store64(Tuple.items[t] + 8 * i, load64(args + 8 * (1 + j)))
        j += 1
    if seq_len(bad) > 0:
        s = sb_new(64)
        sb_str(s, "Got unexpected field names: ")
        repr_into(s, bad)
        raise_(EXC_VALUE, sb_done(s))
        return 0
    return u64(t)


def nt_make(env: i32, args: i32, n: i32) -> i64:
    # C._make(iterable), a classmethod: args[0] is the class.
    c = i32(load64(args))
    if n != 2:
        s = sb_new(64)
        sb_str(s, Type.name[nt_base(c)])
        sb_str(s, "._make() takes 2 positional arguments but ")
        sb_int(s, i64(n))
        sb_str(s, " were given")
        raise_(EXC_TYPE, sb_done(s))
        return 0
    l = list_from(load64(args + 8))
    if l == 0:
        return 0
    nf = Tuple.len[Type.fields[nt_base(c)]]
    if seq_len(l) != nf:
        s = sb_new(48)
        sb_str(s, "Expected ")
        sb_int(s, i64(nf))
        sb_str(s, " arguments, got ")
        sb_int(s, i64(seq_len(l)))
        raise_(EXC_TYPE, sb_done(s))
        return 0
    t = tuple_of(nf)
    memcopy(Tuple.items[t], items_of(l), 8 * nf)
    store64(Tuple.items[t] + 8 * nf, u64(c))
    return u64(t)
