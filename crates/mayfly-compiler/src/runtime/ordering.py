# functools.total_ordering: the comparison methods a class lacks, made
# from the one it defines as CPython's are (the root is the first of
# __lt__, __le__, __gt__, __ge__ the class has). Each added method is a
# Native of type FT_ORDER (a: the root's index, b: its own) in the
# class's dict; it binds its instance like a def (native_binds).

FT_ORDER = 9


def order_name(i: i32) -> i32:
    if i == 0:
        return "__lt__"
    if i == 1:
        return "__le__"
    if i == 2:
        return "__gt__"
    return "__ge__"


def total_ordering_(env: i32, cls: i64) -> i64:
    if typeof(cls) != TAG_TYPE:
        object_type_error(cls, "' object is not a class: functools.total_ordering needs one")
        return 0
    c = i32(cls)
    root = -1
    has = alloc(16)
    i = 0
    while i < 4:
        d = type_lookup(c, u64(order_name(i))) != 0
        store32(has + 4 * i, i32(d))
        if d and root < 0:
            root = i
        i += 1
    if root < 0:
        raise_(EXC_VALUE, "must define at least one ordering operation: < > <= >=")
        return 0
    i = 0
    while i < 4:
        if load32(has + 4 * i) == 0:
            m = native_new(env, FT_ORDER, "function")
            Native.a[m] = i64(root)
            Native.b[m] = i64(i)
            dict_set(Type.dict[c], u64(order_name(i)), u64(m))
        i += 1
    class_version += 1
    method_version += 1
    return cls


def order_call(m: i32, args: i32, npos: i32, names: i32) -> i64:
    if native_no_kw(names, order_name(i32(Native.b[m]))) or native_arity(order_name(i32(Native.b[m])), npos, 2, 2):
        return 0
    x = load64(args)
    y = load64(args + 8)
    root = i32(Native.a[m])
    own = i32(Native.b[m])
    f = type_lookup(class_of(x), u64(order_name(root)))
    if f == 0:
        object_type_error(x, "' object has no ordering method")
        return 0
    r = call2(f, x, y)
    if r == 0 or is_notimpl(r):
        return r
    t = truthy(r)
    if exc != 0:
        return 0
    # (root, own): lt/gt from each other are `not r and x != y`, le from
    # lt and ge from gt `r or x == y`, le/ge from each other `not r or
    # x == y`, lt from le and gt from ge `r and x != y`, the rest `not r`.
    pair = root * 4 + own
    if pair == 2 or pair == 8:
        if t:
            return FALSE
        return mkbool(ne(x, y))
    if pair == 1 or pair == 11:
        if t:
            return r
        return mkbool(eq(x, y))
    if pair == 7 or pair == 13:
        if t == 0:
            return TRUE
        return mkbool(eq(x, y))
    if pair == 4 or pair == 14:
        if t == 0:
            return r
        return mkbool(ne(x, y))
    return mkbool(t == 0)
