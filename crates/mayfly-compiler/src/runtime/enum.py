# enum.Enum, auto and unique. Enum is a user class (Type) made once by
# en_base with flag CLS_ENUM, which its subclasses inherit (class_new);
# its namespace holds the runtime methods the compiler passes in
# (front/enums.rs): __repr__, __str__, __hash__ and the properties name
# and value. What CPython's metaclass EnumType does is done by hooks on
# the class paths: class_done makes the members (en_done), calling the
# class looks a value up (en_call), and iteration, len, subscription and
# `in` of an enum class come here.
#
# A member is an instance (Inst) of its class with _value_ and _name_
# set, stored in the class namespace under its name. The class keeps
# CPython's bookkeeping under CPython's names: _member_names_ (a list),
# _member_map_ (name -> member, aliases included, also as __members__)
# and _value2member_map_.

CLS_ENUM = 8

# The Enum class, made on first use (at init: a class statement or an
# isinstance names it).
enum_base: i64 = 0
# The class of auto()'s placeholders.
enum_auto: i64 = 0


def en_base(repr_m: i64, str_m: i64, hash_m: i64, name_g: i64, value_g: i64) -> i64:
    if enum_base != 0:
        return enum_base
    c = class_new("Enum", u64(tuple_of(0)))
    Type.flags[i32(c)] = Type.flags[i32(c)] | CLS_ENUM
    class_store(i32(c), "__repr__", repr_m)
    class_store(i32(c), "__str__", str_m)
    class_store(i32(c), "__hash__", hash_m)
    class_store(i32(c), "name", desc_new(DESC_PROPERTY, name_g))
    class_store(i32(c), "value", desc_new(DESC_PROPERTY, value_g))
    class_store(i32(c), "_member_names_", list_new())
    class_store(i32(c), "_member_map_", dict_new())
    class_store(i32(c), "_value2member_map_", dict_new())
    enum_base = c
    return c


def en_auto() -> i64:
    # auto(): a placeholder that en_done replaces by the next value.
    if enum_auto == 0:
        enum_auto = class_new("auto", u64(tuple_of(0)))
    return inst_new(i32(enum_auto))


def is_enum_class(v: i64) -> i32:
    return typeof(v) == TAG_TYPE and (Type.flags[i32(v)] & CLS_ENUM) != 0


def is_enum_member(v: i64) -> i32:
    return typeof(v) == TAG_INST and (Type.flags[Inst.cls[i32(v)]] & CLS_ENUM) != 0


def en_attr(c: i32, name: i32) -> i64:
    e = dict_lookup(Type.dict[c], u64(name))
    if e == 0:
        return 0
    return Entry.value[e]


def en_is_member_name(c: i32, name: i32, v: i64) -> i32:
    # CPython's rule for a class-body name: dunders, _sunder_ names,
    # private names (_Class__x) and descriptors (functions, properties,
    # static and class methods) are not members.
    n = Str.nbytes[name]
    p = Str.data[name]
    if n >= 2 and load8(p) == 95 and load8(p + n - 1) == 95:
        return 0
    if en_private(Type.name[c], name):
        return 0
    t = typeof(v)
    if t == TAG_FUNC or t == TAG_DESC or is_method_func(v):
        return 0
    return 1


def en_private(cls: i32, name: i32) -> i32:
    # Is name `_Class__x`, a private name of class cls (leading
    # underscores of the class name dropped, as the compiler mangles)?
    q = Str.data[cls]
    nq = Str.nbytes[cls]
    while nq > 0 and load8(q) == 95:
        q += 1
        nq -= 1
    p = Str.data[name]
    n = Str.nbytes[name]
    if n < nq + 3 or load8(p) != 95:
        return 0
    i = 0
    while i < nq:
        if load8(p + 1 + i) != load8(q + i):
            return 0
        i += 1
    return load8(p + 1 + nq) == 95 and load8(p + 2 + nq) == 95


def en_redefined(c: i32, name: i32, v: i64) -> i32:
    # An enum body may not bind a member's name again, nor a name it
    # bound before to a member: CPython's TypeError (1 when raised).
    e = dict_lookup(Type.dict[c], u64(name))
    if e == 0:
        return 0
    old = Entry.value[e]
    if en_is_member_name(c, name, old) == 0 and en_is_member_name(c, name, v) == 0:
        return 0
    s = sb_new(48)
    repr_into(s, u64(name))
    sb_str(s, " already defined as ")
    repr_into(s, old)
    raise_(EXC_TYPE, sb_done(s))
    return 1


def en_done(c: i32) -> None:
    # After the class body: its member names become members, in order.
    d = Type.dict[c]
    cands = list_new()
    i = 0
    while i < Dict.used[i32(d)]:
        ep = Dict.entries[i32(d)] + Entry.SIZE * i
        k = Entry.key[ep]
        if k != 0 and en_is_member_name(c, i32(k), Entry.value[ep]):
            list_append(cands, k)
        i += 1
    if List.len[i32(cands)] > 0 and en_check_extend(c) == 0:
        return
    names = list_new()
    mmap = dict_new()
    vmap = dict_new()
    last = list_new()
    i = 0
    while i < List.len[i32(cands)]:
        name = i32(load64(List.items[i32(cands)] + 8 * i))
        v = en_attr(c, name)
        if enum_auto != 0 and typeof(v) == TAG_INST and Inst.cls[i32(v)] == i32(enum_auto):
            v = en_next_value(c, name, List.len[i32(names)], last)
            if exc != 0:
                return
        list_append(last, v)
        m = en_member(c, name, v)
        if m == 0:
            return
        canon = en_find_value(mmap, vmap, v)
        if exc != 0:
            return
        if canon == 0:
            canon = m
            list_append(names, u64(name))
            try_depth += 1
            dict_set(vmap, v, m)
            try_depth -= 1
            if exc != 0:
                # An unhashable value is found by == (en_find_value).
                exc = 0
        dict_set(mmap, u64(name), canon)
        class_store(c, name, canon)
        i += 1
    class_store(c, "_member_names_", names)
    class_store(c, "_member_map_", mmap)
    class_store(c, "__members__", mmap)
    class_store(c, "_value2member_map_", vmap)


def en_check_extend(c: i32) -> i32:
    # An enum with members cannot be subclassed (with members of its own).
    mro = Type.mro[c]
    i = 1
    while i < Tuple.len[mro]:
        b = i32(load64(Tuple.items[mro] + 8 * i))
        if Type.flags[b] & CLS_ENUM:
            ns = en_attr(b, "_member_names_")
            if ns != 0 and List.len[i32(ns)] > 0:
                s = sb_new(64)
                sb_str(s, "<enum '")
                sb_str(s, Type.name[c])
                sb_str(s, "'> cannot extend <enum '")
                sb_str(s, Type.name[b])
                sb_str(s, "'>")
                raise_(EXC_TYPE, sb_done(s))
                return 0
        i += 1
    return 1


def en_member(c: i32, name: i32, v: i64) -> i64:
    # The member: _value_ and _name_ set, then the class's __init__ (if
    # any) called with the value's items, or the value, as arguments.
    m = inst_new(c)
    inst_set(i32(m), "_value_", v)
    inst_set(i32(m), "_name_", u64(name))
    init = type_lookup(c, u64("__init__"))
    if init == 0:
        return m
    n = 1
    if typeof(v) == TAG_TUPLE:
        n = Tuple.len[i32(v)]
    a = alloc(8 * n + 8)
    store64(a, m)
    if typeof(v) == TAG_TUPLE:
        memcopy(a + 8, Tuple.items[i32(v)], 8 * n)
    else:
        store64(a + 8, v)
    call_value(init, a, n + 1)
    if exc != 0:
        return 0
    return m


def en_find_value(mmap: i64, vmap: i64, v: i64) -> i64:
    # The canonical member whose value is v (by hash, else by ==), or 0.
    try_depth += 1
    e = dict_lookup(vmap, v)
    try_depth -= 1
    if exc == 0:
        if e == 0:
            return 0
        return Entry.value[e]
    exc = 0
    i = 0
    while i < Dict.used[i32(mmap)]:
        ep = Dict.entries[i32(mmap)] + Entry.SIZE * i
        m = Entry.value[ep]
        if Entry.key[ep] != 0 and eq(inst_get(i32(m), "_value_"), v):
            return m
        if exc != 0:
            return 0
        i += 1
    return 0


def en_next_value(c: i32, name: i32, count: i32, last: i64) -> i64:
    # auto()'s value: the class's _generate_next_value_(name, start,
    # count, last_values) if it has one, else CPython's default: 1 at
    # first, then one more than the largest of the values so far (or,
    # when they are not all numbers, than the last number among them).
    g = type_lookup(c, u64("_generate_next_value_"))
    if g != 0:
        a = alloc(32)
        store64(a, u64(name))
        store64(a + 8, mkint(1))
        store64(a + 16, mkint(i64(count)))
        store64(a + 24, list_from(last))
        if typeof(g) == TAG_DESC:
            g = Desc.get[i32(g)]
        return call_value(g, a, 4)
    n = List.len[i32(last)]
    if n == 0:
        return mkint(1)
    best: i64 = 0
    ints = 1
    i = 0
    while i < n:
        x = load64(List.items[i32(last)] + 8 * i)
        if num_kind(x) != 1:
            ints = 0
        elif best == 0 or lt(best, x):
            best = x
        i += 1
    if ints:
        return add(best, mkint(1))
    i = n - 1
    while i >= 0:
        x = load64(List.items[i32(last)] + 8 * i)
        if num_kind(x) != 0:
            return add(x, mkint(1))
        i -= 1
    return mkint(1)


def en_call(c: i32, args: i32, npos: i32, names: i32) -> i64:
    # Color(value): the member with that value (or the value itself if it
    # is a member), else what the class's _missing_ returns, else
    # ValueError.
    if npos != 1 or names != 0:
        raise_(EXC_TYPE, "calling an Enum class with other than one positional argument (the functional API) is not supported")
        return 0
    v = load64(args)
    if isinstance_user(v, c):
        return v
    vmap = en_attr(c, "_value2member_map_")
    mmap = en_attr(c, "_member_map_")
    if vmap != 0:
        m = en_find_value(mmap, vmap, v)
        if exc != 0:
            return 0
        if m != 0:
            return m
    if mmap == 0 or Dict.len[i32(mmap)] == 0:
        s = sb_new(48)
        en_class_repr_into(s, c)
        sb_str(s, " has no members defined")
        raise_(EXC_TYPE, sb_done(s))
        return 0
    miss = type_lookup(c, u64("_missing_"))
    if miss != 0:
        f = bind(miss, u64(c), c)
        if exc != 0:
            return 0
        r = call1(f, v)
        if exc != 0:
            return 0
        if isinstance_user(r, c):
            return r
        if r != NONE:
            s = sb_new(64)
            sb_str(s, "error in ")
            sb_str(s, Type.name[c])
            sb_str(s, "._missing_: returned ")
            repr_into(s, r)
            sb_str(s, " instead of None or a valid member")
            raise_(EXC_TYPE, sb_done(s))
            return 0
    s = sb_new(48)
    repr_into(s, v)
    sb_str(s, " is not a valid ")
    sb_str(s, Type.name[c])
    raise_(EXC_VALUE, sb_done(s))
    return 0


def en_members(c: i64) -> i64:
    # The members of enum class c in definition order (aliases left out),
    # as a new list.
    out = list_new()
    ns = en_attr(i32(c), "_member_names_")
    if ns == 0:
        return out
    i = 0
    while i < List.len[i32(ns)]:
        list_append(out, en_attr(i32(c), i32(load64(List.items[i32(ns)] + 8 * i))))
        i += 1
    return out


# The hooks below are reached for enum classes only (the callers check
# is_enum_class, so another class gets their usual TypeError).


def en_iter(c: i64) -> i64:
    return iter_(en_members(c))


def en_len(c: i64) -> i64:
    return mkint(i64(List.len[i32(en_members(c))]))


def en_getitem(c: i64, k: i64) -> i64:
    # Color['RED']: the member (or alias) of that name.
    mmap = en_attr(i32(c), "_member_map_")
    e = dict_lookup(mmap, k)
    if exc != 0:
        return 0
    if e == 0:
        return key_error(k)
    return Entry.value[e]


def en_contains(x: i64, c: i64) -> i32:
    # `x in Color`: 3.11 takes members only (3.12 takes values too).
    if is_enum_member(x) == 0:
        s = sb_new(64)
        sb_str(s, "unsupported operand type(s) for 'in': '")
        sb_str(s, type_name(x))
        sb_str(s, "' and 'EnumType'")
        raise_(EXC_TYPE, sb_done(s))
        return 0
    if isinstance_user(x, i32(c)) == 0:
        return 0
    return dict_lookup(en_attr(i32(c), "_member_map_"), inst_get(i32(x), "_name_")) != 0


def en_class_repr_into(b: i32, c: i32) -> None:
    sb_str(b, "<enum '")
    sb_str(b, Type.name[c])
    sb_str(b, "'>")


def en_reassign(c: i32, name: i32) -> i32:
    # Color.RED = ...: a member is not reassigned (1 when refused).
    mmap = en_attr(c, "_member_map_")
    if mmap == 0 or dict_lookup(mmap, u64(name)) == 0:
        return 0
    s = sb_new(48)
    sb_str(s, "cannot reassign member '")
    sb_str(s, name)
    sb_byte(s, 39)
    raise_(EXC_ATTR, sb_done(s))
    return 1


def en_property_error(name: i32, what: i32) -> None:
    # Assigning or deleting a member's name or value.
    s = sb_new(48)
    sb_str(s, "<enum 'Enum'> cannot ")
    sb_str(s, what)
    sb_str(s, " attribute '")
    sb_str(s, name)
    sb_byte(s, 39)
    raise_(EXC_ATTR, sb_done(s))


def en_format(v: i64, spec: i32) -> i32:
    # format(member, spec) formats str(member), as 3.11's Enum.__format__.
    return format_(u64(str_(v)), spec)


def en_self(args: i32, n: i32, what: i32) -> i64:
    # A runtime method's instance: args[0] when it is an enum member.
    if n != 1 or is_enum_member(load64(args)) == 0:
        s = sb_new(48)
        sb_str(s, "descriptor '")
        sb_str(s, what)
        sb_str(s, "' needs one Enum member argument")
        raise_(EXC_TYPE, sb_done(s))
        return 0
    return load64(args)


def en_repr(env: i32, args: i32, n: i32) -> i64:
    # <Color.RED: 1>
    m = en_self(args, n, "__repr__")
    if m == 0:
        return 0
    b = sb_new(32)
    sb_str(b, "<")
    en_qualified_into(b, m)
    sb_str(b, ": ")
    repr_into(b, inst_get(i32(m), "_value_"))
    sb_byte(b, 62)
    return u64(sb_done(b))


def en_str(env: i32, args: i32, n: i32) -> i64:
    m = en_self(args, n, "__str__")
    if m == 0:
        return 0
    b = sb_new(32)
    en_qualified_into(b, m)
    return u64(sb_done(b))


def en_qualified_into(b: i32, m: i64) -> None:
    # Color.RED: str() of a member, and the head of its repr.
    sb_str(b, Type.name[Inst.cls[i32(m)]])
    sb_byte(b, 46)
    sb_str(b, i32(inst_get(i32(m), "_name_")))


def en_hash(env: i32, args: i32, n: i32) -> i64:
    # hash(self._name_), with CPython's str hash (PYTHONHASHSEED=0), so
    # that a set of members iterates in CPython's order.
    m = en_self(args, n, "__hash__")
    if m == 0:
        return 0
    return mkint(str_cpy_hash(i32(inst_get(i32(m), "_name_"))))


def en_name(env: i32, args: i32, n: i32) -> i64:
    m = en_self(args, n, "name")
    if m == 0:
        return 0
    return inst_get(i32(m), "_name_")


def en_value(env: i32, args: i32, n: i32) -> i64:
    m = en_self(args, n, "value")
    if m == 0:
        return 0
    return inst_get(i32(m), "_value_")


def en_unique(c: i64) -> i64:
    # @unique: ValueError naming every alias, as CPython's.
    if is_enum_class(c) == 0:
        object_type_error(c, "' object is not an Enum class (unique() takes one)")
        return 0
    mmap = en_attr(i32(c), "_member_map_")
    s = sb_new(64)
    found = 0
    i = 0
    while i < Dict.used[i32(mmap)]:
        ep = Dict.entries[i32(mmap)] + Entry.SIZE * i
        k = Entry.key[ep]
        m = Entry.value[ep]
        if k != 0 and str_eq(i32(k), i32(inst_get(i32(m), "_name_"))) == 0:
            if found:
                sb_str(s, ", ")
            sb_str(s, i32(k))
            sb_str(s, " -> ")
            sb_str(s, i32(inst_get(i32(m), "_name_")))
            found = 1
        i += 1
    if found:
        b = sb_new(64)
        sb_str(b, "duplicate values found in ")
        en_class_repr_into(b, i32(c))
        sb_str(b, ": ")
        sb_str(b, sb_done(s))
        raise_(EXC_VALUE, sb_done(b))
        return 0
    return c
