# `import operator`: itemgetter, attrgetter and methodcaller objects, as
# Natives (native.py) reached through op_entry (the codes are
# front/ftmod.rs's: 200-202 the classes), and the helpers of the
# functions, which have an entry each (opfuncs.py).
#
# Native fields: itemgetter a the item (one) or the tuple of items, b
# the count; attrgetter a the tuple of dotted names split into tuples of
# names, b the count, c the names as given (repr); methodcaller a the
# name, b the args tuple, c the keywords dict.

OV_ITEMGETTER = 200
OV_ATTRGETTER = 201
OV_METHODCALLER = 202

OP_ITEMGETTER = 50
OP_ATTRGETTER = 51
OP_METHODCALLER = 52


def op_entry(env: i32, args: i32, n: i32) -> i64:
    names = kw_names
    kw_names = 0
    npos = n - native_nkw(names)
    ty = Native.type[env]
    if ty == OP_ITEMGETTER or ty == OP_ATTRGETTER or ty == OP_METHODCALLER:
        return getter_call(env, args, npos, names)
    if ty == OV_METHODCALLER:
        if npos < 1:
            raise_(EXC_TYPE, "methodcaller needs at least one argument, the method name")
            return 0
        if typeof(load64(args)) != TAG_STR:
            raise_(EXC_TYPE, "method name must be a string")
            return 0
        m = native_new(env, OP_METHODCALLER, "operator.methodcaller")
        Native.a[m] = load64(args)
        Native.b[m] = args_tuple(args + 8, npos - 1)
        kw = native_kwargs(args, npos, names)
        if kw == 0:
            kw = dict_new()
        Native.c[m] = kw
        return u64(m)
    if native_no_kw(names, Native.name[env]):
        return 0
    return getter_new(env, ty, args, npos)


def op_is_sequence(v: i64) -> i32:
    t = typeof(v)
    return t == TAG_STR or t == TAG_LIST or t == TAG_TUPLE or t == TAG_BYTES or t == TAG_INST or t == TAG_RANGE or t == TAG_DICT


def concat_(a: i64, b: i64) -> i64:
    # CPython's concat wants a sequence on the left (a type with
    # __getitem__), then is a + b.
    if op_is_sequence(a) == 0:
        object_type_error(a, "' object can't be concatenated")
        return 0
    return add(a, b)


def index_(a: i64) -> i64:
    t = typeof(a)
    if t == T_INT or t == TAG_BIG or t == TAG_LONG:
        return a
    if t == T_BOOL:
        return mkint(i64(a == TRUE))
    object_type_error(a, "' object cannot be interpreted as an integer")
    return 0


def count_of(a: i64, b: i64) -> i64:
    it = iter_(a)
    if it == 0:
        return 0
    n: i64 = 0
    while 1:
        x = next_(it)
        if x == 0:
            if exc != 0:
                return 0
            return mkint(n)
        if x == b or eq(x, b):
            n += 1
        if exc != 0:
            return 0
    return 0


def index_of(a: i64, b: i64) -> i64:
    it = iter_(a)
    if it == 0:
        return 0
    n: i64 = 0
    while 1:
        x = next_(it)
        if x == 0:
            if exc == 0:
                raise_(EXC_VALUE, "sequence.index(x): x not in sequence")
            return 0
        if x == b or eq(x, b):
            return mkint(n)
        if exc != 0:
            return 0
        n += 1
    return 0


def getter_new(env: i32, ty: i32, args: i32, npos: i32) -> i64:
    if ty == OV_ITEMGETTER:
        if native_arity("itemgetter", npos, 1, 2147483647):
            return 0
        g = native_new(env, OP_ITEMGETTER, "operator.itemgetter")
        Native.b[g] = i64(npos)
        if npos == 1:
            Native.a[g] = load64(args)
        else:
            Native.a[g] = args_tuple(args, npos)
        return u64(g)
    if native_arity("attrgetter", npos, 1, 2147483647):
        return 0
    parts = tuple_of(npos)
    i = 0
    while i < npos:
        s = load64(args + 8 * i)
        if typeof(s) != TAG_STR:
            raise_(EXC_TYPE, "attribute name must be a string")
            return 0
        store64(Tuple.items[parts] + 8 * i, tuple_from(m_split(s, str_const_dot(), 0)))
        i += 1
    g = native_new(env, OP_ATTRGETTER, "operator.attrgetter")
    Native.a[g] = u64(parts)
    Native.b[g] = i64(npos)
    Native.c[g] = args_tuple(args, npos)
    return u64(g)


def str_const_dot() -> i64:
    return u64(".")


def attr_chain(o: i64, names: i64) -> i64:
    t = i32(names)
    i = 0
    while i < Tuple.len[t]:
        o = getattr_(o, i32(load64(Tuple.items[t] + 8 * i)))
        if o == 0:
            return 0
        i += 1
    return o


def getter_call(g: i32, args: i32, npos: i32, names: i32) -> i64:
    ty = Native.type[g]
    if ty == OP_METHODCALLER:
        if native_no_kw(names, "methodcaller") or native_arity("methodcaller", npos, 1, 1):
            return 0
        f = getattr_(load64(args), i32(Native.a[g]))
        if f == 0:
            return 0
        return call_dyn(f, Native.b[g], Native.c[g])
    what = "itemgetter"
    if ty == OP_ATTRGETTER:
        what = "attrgetter"
    if native_no_kw(names, what) or native_arity(what, npos, 1, 1):
        return 0
    o = load64(args)
    n = i32(Native.b[g])
    if ty == OP_ITEMGETTER and n == 1:
        return getitem(o, Native.a[g])
    if ty == OP_ATTRGETTER and n == 1:
        return attr_chain(o, load64(Tuple.items[i32(Native.a[g])]))
    r = tuple_of(n)
    i = 0
    while i < n:
        k = load64(Tuple.items[i32(Native.a[g])] + 8 * i)
        v: i64 = 0
        if ty == OP_ITEMGETTER:
            v = getitem(o, k)
        else:
            v = attr_chain(o, k)
        if v == 0:
            return 0
        store64(Tuple.items[r] + 8 * i, v)
        i += 1
    return u64(r)


def op_repr_into(b: i32, p: i32) -> i32:
    # operator.itemgetter(1, 'a'), operator.attrgetter('x.y'),
    # operator.methodcaller('m', 1, k=2); 1 when written.
    ty = Native.type[p]
    sb_str(b, Native.name[p])
    sb_byte(b, 40)
    if ty == OP_METHODCALLER:
        repr_into(b, Native.a[p])
        repr_items(b, i32(Native.b[p]), 1)
        d = i32(Native.c[p])
        i = 0
        while i < Dict.used[d]:
            ep = Dict.entries[d] + Entry.SIZE * i
            if Entry.key[ep] != 0:
                sb_str(b, ", ")
                sb_str(b, i32(Entry.key[ep]))
                sb_byte(b, 61)
                repr_into(b, Entry.value[ep])
            i += 1
    elif ty == OP_ATTRGETTER:
        repr_items(b, i32(Native.c[p]), 0)
    elif Native.b[p] == 1:
        repr_into(b, Native.a[p])
    else:
        repr_items(b, i32(Native.a[p]), 0)
    sb_byte(b, 41)
    return 1


def repr_items(b: i32, t: i32, lead: i32) -> None:
    i = 0
    while i < Tuple.len[t]:
        if i > 0 or lead != 0:
            sb_str(b, ", ")
        repr_into(b, load64(Tuple.items[t] + 8 * i))
        i += 1
