# Attributes of user objects. An instance keeps its attribute values in
# an array of slots; its shape (the Shape record) says which name is in
# which slot. Instances given the same attributes in the same order share
# a shape, so a compiled attribute site caches (shape -> slot) in its
# AttrCache and reads or writes the slot with two compares: no lookup by
# name on the common path. A method call site caches (shape -> the
# class's function) the same way. Caches are valid while method_version
# is unchanged: it moves whenever a function or descriptor is stored in a
# class namespace after the class is made, or a name new to a class is,
# so a cached method or "no property of this name" cannot go stale. A
# user exception (an Exc) keeps its attributes in a dict instead.

method_version: i32 = 1
class_version: i32 = 1


def shape_new(parent: i32, name: i32, index: i32) -> i32:
    s = alloc(Shape.SIZE)
    Shape.parent[s] = parent
    Shape.name[s] = name
    Shape.index[s] = index
    Shape.children[s] = 0
    Shape.sibling[s] = 0
    return s


def shape_find(sh: i32, name: i32) -> i32:
    # The slot of name in shape sh, -1 if it has none.
    while Shape.parent[sh] != 0:
        n = Shape.name[sh]
        if n == name or str_eq(n, name):
            return Shape.index[sh]
        sh = Shape.parent[sh]
    return -1


def shape_add(sh: i32, name: i32) -> i32:
    # The shape sh plus name (shared: made once per parent and name).
    c = Shape.children[sh]
    while c != 0:
        n = Shape.name[c]
        if n == name or str_eq(n, name):
            return c
        c = Shape.sibling[c]
    c = shape_new(sh, name, Shape.index[sh] + 1)
    Shape.sibling[c] = Shape.children[sh]
    Shape.children[sh] = c
    return c


def inst_new(c: i32) -> i64:
    p = alloc(Inst.SIZE)
    Inst.tag[p] = TAG_INST
    Inst.cls[p] = c
    Inst.shape[p] = Type.root[c]
    n = Type.hint[c]
    Inst.cap[p] = n
    Inst.slots[p] = 0
    if n > 0:
        Inst.slots[p] = alloc(8 * n)
    return u64(p)


def inst_get(p: i32, name: i32) -> i64:
    i = shape_find(Inst.shape[p], name)
    if i < 0:
        return 0
    return load64(Inst.slots[p] + 8 * i)


def inst_set(p: i32, name: i32, v: i64) -> None:
    i = shape_find(Inst.shape[p], name)
    if i < 0:
        sh = shape_add(Inst.shape[p], name)
        i = Shape.index[sh]
        if i >= Inst.cap[p]:
            inst_grow(p, i + 1)
        Inst.shape[p] = sh
    store64(Inst.slots[p] + 8 * i, v)


def inst_grow(p: i32, need: i32) -> None:
    # Room for `need` slots (doubling); the class remembers the size so
    # that its next instances start with it.
    cap = Inst.cap[p] * 2
    if cap < need:
        cap = need
    if cap < 4:
        cap = 4
    s = alloc(8 * cap)
    memcopy(s, Inst.slots[p], 8 * Inst.cap[p])
    Inst.slots[p] = s
    Inst.cap[p] = cap
    c = Inst.cls[p]
    if Type.hint[c] < need:
        Type.hint[c] = need


def exc_attrs(o: i64, make: i32) -> i64:
    # The attribute dict of a user exception, made on first use when `make`.
    p = i32(o)
    d = Exc.dict[p]
    if d == 0 and make != 0:
        d = dict_new()
        Exc.dict[p] = d
    return d


def own_attr(o: i64, name: i32) -> i64:
    # The value o itself holds for name (not its class's), 0 if none.
    if typeof(o) == TAG_INST:
        return inst_get(i32(o), name)
    if NAMEDTUPLE:
        if typeof(o) == TAG_TUPLE:
            return nt_field(o, name)
    d = exc_attrs(o, 0)
    if d == 0:
        return 0
    e = dict_lookup(d, u64(name))
    if e == 0:
        return 0
    return Entry.value[e]


def type_lookup(c: i32, name: i64) -> i64:
    # name in the namespaces of c's method resolution order, 0 if absent,
    # through a small cache valid while class_version is unchanged.
    n = i32(name)
    e = static_(6144) + TypeCache.SIZE * ((shru(c ^ n, 3) ^ shru(n, 9)) & 255)
    if TypeCache.cls[e] == c and TypeCache.name[e] == n and TypeCache.version[e] == class_version:
        return TypeCache.value[e]
    v = mro_lookup(c, name)
    TypeCache.cls[e] = c
    TypeCache.name[e] = n
    TypeCache.version[e] = class_version
    TypeCache.value[e] = v
    return v


def mro_lookup(c: i32, name: i64) -> i64:
    mro = Type.mro[c]
    n = Tuple.len[mro]
    i = 0
    while i < n:
        e = dict_lookup(Type.dict[i32(load64(Tuple.items[mro] + 8 * i))], name)
        if e != 0:
            return Entry.value[e]
        i += 1
    return 0


def is_method_func(v: i64) -> i32:
    # A function (user code, or a method the runtime provides: Builtin
    # kind BUILTIN_METHOD) that binds its instance when read from one.
    t = typeof(v)
    if t == TAG_FUNC:
        return 1
    if NATIVES and is_native(v):
        return native_binds(v)
    return t == TAG_BUILTIN and Builtin.kind[i32(v)] == BUILTIN_METHOD


def is_property(v: i64) -> i32:
    if v == 0 or typeof(v) != TAG_DESC:
        return 0
    return Desc.kind[i32(v)] == DESC_PROPERTY


def bind(v: i64, o: i64, c: i32) -> i64:
    # What `o.name` gives for a class attribute v found on c.
    if is_method_func(v):
        return bound_new(v, o)
    if typeof(v) == TAG_DESC:
        k = Desc.kind[i32(v)]
        if k == DESC_STATIC:
            return Desc.get[i32(v)]
        if k == DESC_CLASS:
            return bound_new(Desc.get[i32(v)], u64(c))
        return property_get(v, o)
    return v


def property_get(v: i64, o: i64) -> i64:
    g = Desc.get[i32(v)]
    if g == 0:
        raise_(EXC_ATTR, "unreadable attribute")
        return 0
    return call1(g, o)


def getattr_or0(o: i64, name: i64) -> i64:
    # o.name, or 0 when there is no such attribute (nothing raised).
    c = class_of(o)
    if c != 0:
        v = type_lookup(c, name)
        if is_property(v):
            return property_get(v, o)
        a = own_attr(o, i32(name))
        if a != 0:
            return a
        if v != 0:
            return bind(v, o, c)
        if str_eq(i32(name), "__class__"):
            return u64(c)
        if typeof(o) == TAG_EXC:
            ea = exc_attr(o, name)
            if ea != 0:
                return ea
        # Normal lookup failed: the class's __getattr__ (which may raise
        # AttributeError itself), as CPython's slot_tp_getattr_hook.
        g = type_lookup(c, u64("__getattr__"))
        if g != 0:
            return call2(g, o, name)
        return 0
    t = typeof(o)
    if t == TAG_TYPE:
        v = type_lookup(i32(o), name)
        if v != 0:
            if typeof(v) == TAG_DESC:
                k = Desc.kind[i32(v)]
                if k == DESC_STATIC:
                    return Desc.get[i32(v)]
                if k == DESC_CLASS:
                    return bound_new(Desc.get[i32(v)], o)
            return v
        if str_eq(i32(name), "__name__"):
            return u64(Type.name[i32(o)])
        return 0
    if t == TAG_EXC:
        return exc_attr(o, name)
    if t == TAG_BOUND:
        if str_eq(i32(name), "__self__"):
            return Bound.self[i32(o)]
        if str_eq(i32(name), "__func__"):
            return Bound.func[i32(o)]
        return getattr_or0(Bound.func[i32(o)], name)
    if NATIVES and is_native(o):
        return native_attr(o, name)
    if t == TAG_FUNC:
        a = func_attr_get(o, name)
        if a != 0:
            return a
    if str_eq(i32(name), "__name__"):
        if t == TAG_FUNC or t == TAG_BUILTIN or t == TAG_CLASS:
            return attr___name__(o)
    return 0


def exc_attr(e: i64, name: i64) -> i64:
    # args, __context__, __cause__ and __suppress_context__ of any
    # exception.
    p = i32(e)
    n = i32(name)
    if str_eq(n, "args"):
        a = Exc.arg[p]
        if Exc.cls[p] != 0 or Exc.many[p] != 0:
            return a
        if a == 0:
            return u64(tuple_of(0))
        t1 = tuple_of(1)
        store64(Tuple.items[t1], a)
        return u64(t1)
    if str_eq(n, "__context__"):
        if Exc.context[p] == 0:
            return NONE
        return u64(Exc.context[p])
    if str_eq(n, "__cause__"):
        if Exc.cause[p] == 0:
            return NONE
        return u64(Exc.cause[p])
    if str_eq(n, "__suppress_context__"):
        return mkbool(Exc.suppress[p])
    if str_eq(n, "value") and exc_matches(Exc.kind[p], EXC_STOP_ITERATION):
        # StopIteration.value: its first argument (a generator's return
        # value), None without one.
        a = Exc.arg[p]
        if Exc.cls[p] != 0 or Exc.many[p] != 0:
            if Tuple.len[i32(a)] == 0:
                return NONE
            return load64(Tuple.items[i32(a)])
        if a == 0:
            return NONE
        return a
    return 0


def attr_error(o: i64, name: i64) -> i64:
    # AttributeError: 'C' object has no attribute 'x'
    s = sb_new(64)
    if typeof(o) == TAG_TYPE:
        sb_str(s, "type object '")
        sb_str(s, Type.name[i32(o)])
        sb_byte(s, 39)
    else:
        sb_byte(s, 39)
        sb_str(s, type_name(o))
        sb_str(s, "' object")
    sb_str(s, " has no attribute '")
    sb_str(s, i32(name))
    sb_byte(s, 39)
    raise_(EXC_ATTR, sb_done(s))
    return 0


def getattr_(o: i64, name: i32) -> i64:
    v = getattr_or0(o, u64(name))
    if v == 0 and exc == 0:
        return attr_error(o, u64(name))
    return v


def getattr_ic(o: i64, name: i32, ic: i32) -> i64:
    # o.name at a compiled site with inline cache ic.
    if typeof(o) == TAG_INST:
        p = i32(o)
        if Inst.shape[p] == AttrCache.shape[ic] and AttrCache.version[ic] == method_version:
            i = AttrCache.index[ic]
            if i >= 0:
                v = load64(Inst.slots[p] + 8 * i)
                if v != 0:
                    return v
            else:
                return bound_new(AttrCache.value[ic], o)
        v = getattr_(o, name)
        if exc == 0:
            cache_read(p, name, ic)
        return v
    return getattr_(o, name)


def cache_read(p: i32, name: i32, ic: i32) -> None:
    # Fills ic after a read of p.name: the slot holding it, or the class
    # function it is (when the instance has no such attribute).
    c = Inst.cls[p]
    v = type_lookup(c, u64(name))
    if is_property(v):
        return
    sh = Inst.shape[p]
    i = shape_find(sh, name)
    if i >= 0:
        if load64(Inst.slots[p] + 8 * i) == 0:
            return
    elif v == 0 or typeof(v) != TAG_FUNC:
        return
    AttrCache.shape[ic] = sh
    AttrCache.version[ic] = method_version
    AttrCache.index[ic] = i
    AttrCache.next[ic] = 0
    AttrCache.value[ic] = v


def call_method(o: i64, name: i32, args: i32, n: i32) -> i64:
    # o.name(*args[1:n]); args[0] is o. A function found on the class is
    # called with the array as it is, without a bound method.
    c = class_of(o)
    if c != 0:
        v = type_lookup(c, u64(name))
        if v != 0 and is_method_func(v) and own_attr(o, name) == 0:
            return call_value(v, args, n)
        a = getattr_(o, name)
        if a == 0:
            return 0
        return call_value(a, args + 8, n - 1)
    if typeof(o) == TAG_TYPE:
        v = type_lookup(i32(o), u64(name))
        if v != 0 and typeof(v) == TAG_DESC and Desc.kind[i32(v)] == DESC_CLASS:
            return call_value(Desc.get[i32(v)], args, n)
    a = getattr_(o, name)
    if a == 0:
        return 0
    return call_value(a, args + 8, n - 1)


def call_method_ic(o: i64, name: i32, args: i32, n: i32, ic: i32) -> i64:
    # o.name(...) at a compiled site with inline cache ic: a cached
    # function of the class is called through its table slot directly.
    if typeof(o) == TAG_INST:
        p = i32(o)
        if Inst.shape[p] == AttrCache.shape[ic] and AttrCache.version[ic] == method_version:
            if AttrCache.index[ic] < 0:
                f = i32(AttrCache.value[ic])
                return call_ind(f, args, n, Func.slot[f])
        c = Inst.cls[p]
        v = type_lookup(c, u64(name))
        if v != 0 and typeof(v) == TAG_FUNC and shape_find(Inst.shape[p], name) < 0:
            AttrCache.shape[ic] = Inst.shape[p]
            AttrCache.version[ic] = method_version
            AttrCache.index[ic] = -1
            AttrCache.next[ic] = 0
            AttrCache.value[ic] = v
            return call_value(v, args, n)
    return call_method(o, name, args, n)
