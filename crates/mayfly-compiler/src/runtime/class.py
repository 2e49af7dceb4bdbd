# User classes: class objects (the Type record), their method resolution
# order, instances (Inst), attribute lookup and assignment, method calls,
# bound methods and super(). Special methods (__repr__, __eq__, ...) are
# in dunder.py. An instance of a class deriving from a builtin exception
# is an Exc record with its class in Exc.cls, so that raise, except and
# tracebacks treat it as the exception it is.
#
# This file and dunder.py are linked only into programs that define a
# class (the Linker's `classes` switch): the hooks other files place on
# their TAG_INST paths compile to `unreachable` otherwise, since no such
# value can exist.

# Builtin.kind of a method the runtime provides (dataclass.py).
BUILTIN_METHOD = 2
# Type.flags
CLS_FROZEN = 1
# A class of the datetime prelude (src/datetime): messages and its repr
# name it datetime.NAME, as CPython's C types are named.
CLS_DATETIME = 2

# Desc.kind
DESC_STATIC = 1
DESC_CLASS = 2
DESC_PROPERTY = 3


def class_new(name: i32, bases: i64) -> i64:
    # `class name(*bases)`: bases is a tuple of user classes and builtin
    # exception classes (the compiler drops `object`).
    c = alloc(Type.SIZE)
    Type.tag[c] = TAG_TYPE
    Type.name[c] = name
    Type.bases[c] = i32(bases)
    Type.dict[c] = dict_new()
    Type.exc_kind[c] = 0
    Type.flags[c] = 0
    Type.fields[c] = 0
    Type.root[c] = shape_new(0, 0, -1)
    Type.hint[c] = 0
    Type.abstract[c] = 0
    bt = i32(bases)
    n = Tuple.len[bt]
    nuser = 0
    i = 0
    while i < n:
        b = load64(Tuple.items[bt] + 8 * i)
        tb = typeof(b)
        k = 0
        if tb == TAG_TYPE:
            nuser += 1
            k = Type.exc_kind[i32(b)]
            if NAMEDTUPLE:
                # A subclass of a named tuple class makes named tuples.
                Type.flags[c] = Type.flags[c] | (Type.flags[i32(b)] & CLS_NAMEDTUPLE)
            if ENUMS:
                Type.flags[c] = Type.flags[c] | (Type.flags[i32(b)] & CLS_ENUM)
            if ABCS:
                Type.flags[c] = Type.flags[c] | (Type.flags[i32(b)] & CLS_ABC)
        elif tb == TAG_CLASS:
            k = Class.kind[i32(b)]
        else:
            object_type_error(b, "' object is not a class: only classes can be bases")
            return 0
        if k != 0:
            have = Type.exc_kind[c]
            if have == 0 or exc_matches(k, have):
                Type.exc_kind[c] = k
            elif exc_matches(have, k) == 0:
                raise_(EXC_TYPE, "a class with two unrelated builtin exception bases is not supported")
                return 0
        i += 1
    user = tuple_of(nuser)
    j = 0
    i = 0
    while i < n:
        b = load64(Tuple.items[bt] + 8 * i)
        if typeof(b) == TAG_TYPE:
            store64(Tuple.items[user] + 8 * j, b)
            j += 1
        i += 1
    Type.mro[c] = c3_mro(c, user)
    return u64(c)


def c3_mro(c: i32, bases: i32) -> i32:
    # C3 linearisation: c, then the merge of its bases' orders and the
    # list of the bases, each step taking the first head that is in no
    # other sequence's tail.
    nb = Tuple.len[bases]
    nseq = nb + 1
    seqs = alloc(4 * nseq)
    heads = alloc(4 * nseq)
    i = 0
    while i < nb:
        store32(seqs + 4 * i, Type.mro[i32(load64(Tuple.items[bases] + 8 * i))])
        store32(heads + 4 * i, 0)
        i += 1
    store32(seqs + 4 * nb, bases)
    store32(heads + 4 * nb, 0)
    out = list_new()
    list_append(out, u64(c))
    while 1:
        found: i64 = 0
        left = 0
        i = 0
        while i < nseq and found == 0:
            s = load32(seqs + 4 * i)
            h = load32(heads + 4 * i)
            if h < Tuple.len[s]:
                left = 1
                cand = load64(Tuple.items[s] + 8 * h)
                if in_some_tail(seqs, heads, nseq, cand) == 0:
                    found = cand
            i += 1
        if left == 0:
            return i32(tuple_from(out))
        if found == 0:
            mro_error(bases)
            return bases
        list_append(out, found)
        i = 0
        while i < nseq:
            s = load32(seqs + 4 * i)
            h = load32(heads + 4 * i)
            if h < Tuple.len[s] and load64(Tuple.items[s] + 8 * h) == found:
                store32(heads + 4 * i, h + 1)
            i += 1


def in_some_tail(seqs: i32, heads: i32, nseq: i32, cand: i64) -> i32:
    i = 0
    while i < nseq:
        s = load32(seqs + 4 * i)
        k = load32(heads + 4 * i) + 1
        while k < Tuple.len[s]:
            if load64(Tuple.items[s] + 8 * k) == cand:
                return 1
            k += 1
        i += 1
    return 0


def mro_error(bases: i32) -> None:
    s = sb_new(96)
    sb_str(s, "Cannot create a consistent method resolution\norder (MRO) for bases ")
    i = 0
    while i < Tuple.len[bases]:
        if i > 0:
            sb_str(s, ", ")
        sb_str(s, Type.name[i32(load64(Tuple.items[bases] + 8 * i))])
        i += 1
    raise_(EXC_TYPE, sb_done(s))


def class_set(c: i64, name: i32, v: i64) -> None:
    # A store of the class body.
    if ENUMS:
        if Type.flags[i32(c)] & CLS_ENUM:
            if en_redefined(i32(c), name, v):
                return
    class_store(i32(c), name, v)


def class_store(c: i32, name: i32, v: i64) -> None:
    # A store into a class namespace. The attribute caches (attrs.py) go
    # stale when a function or descriptor is stored or replaced, or a
    # name is new to the class; a data attribute updated in place (a
    # counter) keeps the method caches valid.
    d = Type.dict[c]
    e = dict_lookup(d, u64(name))
    class_version += 1
    if e == 0 or is_cached_kind(Entry.value[e]) or is_cached_kind(v):
        method_version += 1
    dict_set(d, u64(name), v)


def is_cached_kind(v: i64) -> i32:
    t = typeof(v)
    return t == TAG_FUNC or t == TAG_DESC or t == TAG_BUILTIN


def class_of_datetime(c: i64) -> i64:
    # Marks a class of the datetime prelude (front/class.rs calls it).
    Type.flags[i32(c)] = Type.flags[i32(c)] | CLS_DATETIME
    return c


def class_module(c: i32) -> i32:
    # The module prefix of class c's name: "datetime.", "string." or
    # "__tenant__.".
    if DATETIME:
        if Type.flags[c] & CLS_DATETIME:
            return "datetime."
    if Type.flags[c] & CLS_STRING:
        return "string."
    if ABCS:
        if Type.flags[c] & CLS_ABC_BASE:
            return "abc."
    return "__tenant__."


def dt_has_strftime(v: i64) -> i32:
    # Is v a date, time or datetime of the datetime prelude, whose
    # __format__ is strftime (CPython's)?
    c = Inst.cls[i32(v)]
    if Type.flags[c] & CLS_DATETIME:
        return type_lookup(c, u64("strftime")) != 0
    return 0


def dt_format(v: i64, spec: i32) -> i32:
    # format(v, spec) of such a value: v.strftime(spec).
    args = alloc(16)
    store64(args, v)
    store64(args + 8, u64(spec))
    r = call_method(v, "strftime", args, 2)
    if r == 0:
        return ""
    return i32(r)


def class_done(c: i64) -> i64:
    # After the class body: a class that defines __eq__ but not __hash__
    # gets __hash__ = None (its instances are unhashable), as in CPython.
    d = Type.dict[i32(c)]
    if INITSUB:
        # The bases' __init_subclass__ (an implicit classmethod), called
        # with the new class, as type.__new__ does.
        f = super_lookup(c, c, "__init_subclass__")
        if f != 0:
            if typeof(f) == TAG_DESC and Desc.kind[i32(f)] == DESC_CLASS:
                f = Desc.get[i32(f)]
            call1(f, c)
            if exc != 0:
                return 0
    if NAMEDTUPLE:
        if Type.flags[i32(c)] & CLS_NAMEDTUPLE:
            nt_check(i32(c))
            return c
    if dict_lookup(d, u64("__eq__")) != 0 and dict_lookup(d, u64("__hash__")) == 0:
        dict_set(d, u64("__hash__"), NONE)
    if ENUMS:
        if Type.flags[i32(c)] & CLS_ENUM:
            en_done(i32(c))
    if ABCS:
        if Type.flags[i32(c)] & CLS_ABC:
            abc_done(i32(c))
    return c


def class_body_get(c: i64, name: i32) -> i64:
    # A name the class body bound earlier, read by the class body.
    e = dict_lookup(Type.dict[i32(c)], u64(name))
    if e == 0:
        raise_(EXC_NAME, str_concat(str_concat("name '", name), "' is not defined"))
        return 0
    return Entry.value[e]


def class_of(o: i64) -> i32:
    # The user class of an instance (or user exception); 0 for any other value.
    t = typeof(o)
    if t == TAG_INST:
        return Inst.cls[i32(o)]
    if t == TAG_EXC:
        return Exc.cls[i32(o)]
    if NAMEDTUPLE:
        if t == TAG_TUPLE:
            return nt_cls(o)
    return 0


def desc_new(kind: i32, f: i64) -> i64:
    # staticmethod(f), classmethod(f), property(f).
    d = alloc(Desc.SIZE)
    Desc.tag[d] = TAG_DESC
    Desc.kind[d] = kind
    Desc.get[d] = f
    Desc.set[d] = 0
    Desc.deleter[d] = 0
    return u64(d)


def property_with(p: i64, which: i32, f: i64) -> i64:
    # prop.setter(f) (which 1) and prop.deleter(f) (which 2): a copy.
    if is_property(p) == 0:
        object_type_error(p, "' object is not a property")
        return 0
    q = alloc(Desc.SIZE)
    memcopy(q, i32(p), Desc.SIZE)
    if which == 1:
        Desc.set[q] = f
    else:
        Desc.deleter[q] = f
    return u64(q)


def instantiate(c: i32, args: i32, npos: i32, names: i32) -> i64:
    # C(*args): a new instance, then C.__init__ with it first. names is
    # the tuple of keyword names (0 for none) whose values follow the
    # npos positional ones in args.
    if NAMEDTUPLE:
        if Type.flags[c] & CLS_NAMEDTUPLE:
            return nt_new(c, args, npos, names)
    if ENUMS:
        if Type.flags[c] & CLS_ENUM:
            return en_call(c, args, npos, names)
    if ABCS:
        if Type.flags[c] & CLS_ABC:
            if abc_check(c):
                return 0
    if NEWS:
        nw = type_lookup(c, u64("__new__"))
        if nw != 0:
            return new_instantiate(c, nw, args, npos, names)
    k = Type.exc_kind[c]
    o: i64 = 0
    if k != 0:
        o = exc_new(k, args_tuple(args, npos))
        Exc.cls[i32(o)] = c
    else:
        o = inst_new(c)
    init = type_lookup(c, u64("__init__"))
    nk = 0
    if names != 0:
        nk = Tuple.len[names]
    if init == 0:
        if (npos > 0 and k == 0) or nk > 0:
            s = sb_new(48)
            sb_str(s, Type.name[c])
            sb_str(s, "() takes no arguments")
            raise_(EXC_TYPE, sb_done(s))
            return 0
        return o
    a = alloc(8 * (npos + nk) + 8)
    store64(a, o)
    memcopy(a + 8, args, 8 * (npos + nk))
    return init_done(call_kw(init, a, npos + 1, names), o)


def init_done(r: i64, o: i64) -> i64:
    # o once its __init__ returned r: CPython's TypeError unless r is None.
    if exc != 0:
        return 0
    if r != NONE:
        s = sb_new(48)
        sb_str(s, "__init__() should return None, not '")
        sb_str(s, type_name(r))
        sb_byte(s, 39)
        raise_(EXC_TYPE, sb_done(s))
        return 0
    return o


def isinstance_user(v: i64, c: i32) -> i32:
    k = class_of(v)
    if k == 0:
        return 0
    return is_subclass(k, c)


def is_subclass(k: i32, c: i32) -> i32:
    mro = Type.mro[k]
    n = Tuple.len[mro]
    i = 0
    while i < n:
        if i32(load64(Tuple.items[mro] + 8 * i)) == c:
            return 1
        i += 1
    return 0


def attr_name_arg(name: i64) -> i32:
    # The name argument of getattr() & co.: a str, or TypeError.
    if typeof(name) != TAG_STR:
        object_type_error(name, "' object is not a valid attribute name (a str is)")
        return 0
    return i32(name)


def getattr_v(o: i64, name: i64, dflt: i64) -> i64:
    n = attr_name_arg(name)
    if n == 0:
        return 0
    # Inside a try: an AttributeError from a __getattr__ is handled here.
    try_depth += 1
    v = getattr_or0(o, name)
    try_depth -= 1
    if v != 0:
        return v
    if exc != 0:
        # An AttributeError from a __getattr__ means "no attribute".
        if dflt == 0 or exc_matches(Exc.kind[i32(exc)], EXC_ATTR) == 0:
            return 0
        exc = 0
    if dflt != 0:
        return dflt
    return attr_error(o, name)


def hasattr_v(o: i64, name: i64) -> i64:
    n = attr_name_arg(name)
    if n == 0:
        return 0
    try_depth += 1
    v = getattr_or0(o, name)
    try_depth -= 1
    if exc != 0:
        if exc_matches(Exc.kind[i32(exc)], EXC_ATTR) == 0:
            return 0
        exc = 0
        return FALSE
    return mkbool(v != 0)


def setattr_v(o: i64, name: i64, v: i64) -> i64:
    n = attr_name_arg(name)
    if n != 0:
        setattr_(o, n, v)
    return NONE


def delattr_v(o: i64, name: i64) -> i64:
    n = attr_name_arg(name)
    if n != 0:
        delattr_(o, n)
    return NONE


def issubclass_v(k: i64, c: i64) -> i64:
    # issubclass(k, c): user classes by their order, builtin exception
    # classes by their hierarchy (a user class deriving from one too),
    # builtin types by type (bool is an int); c may be a tuple.
    tc = typeof(c)
    if tc == TAG_TUPLE:
        n = Tuple.len[i32(c)]
        i = 0
        while i < n:
            r = issubclass_v(k, load64(Tuple.items[i32(c)] + 8 * i))
            if r != FALSE:
                return r
            i += 1
        return FALSE
    tk = typeof(k)
    k_builtin = tk == TAG_BUILTIN and Builtin.kind[i32(k)] == 1
    if tk != TAG_TYPE and tk != TAG_CLASS and k_builtin == 0:
        raise_(EXC_TYPE, "issubclass() arg 1 must be a class")
        return 0
    c_builtin = tc == TAG_BUILTIN and Builtin.kind[i32(c)] == 1
    if tc != TAG_TYPE and tc != TAG_CLASS and c_builtin == 0:
        raise_(EXC_TYPE, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
        return 0
    if tk == TAG_TYPE:
        if tc == TAG_TYPE:
            return mkbool(is_subclass(i32(k), i32(c)))
        if tc == TAG_CLASS:
            e = Type.exc_kind[i32(k)]
            return mkbool(e != 0 and exc_matches(e, Class.kind[i32(c)]))
        return FALSE
    if tk == TAG_CLASS:
        if tc == TAG_CLASS:
            return mkbool(exc_matches(Class.kind[i32(k)], Class.kind[i32(c)]))
        return FALSE
    if c_builtin == 0:
        return FALSE
    a = Builtin.type[i32(k)]
    b = Builtin.type[i32(c)]
    return mkbool(a == b or (b == TYPE_ANY_INT and a == T_BOOL))
