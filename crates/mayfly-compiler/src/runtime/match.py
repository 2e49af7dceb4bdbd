# The tests of the match statement's patterns (front/match_stmt.rs):
# which subjects a sequence or mapping pattern takes, lookups that fail
# quietly instead of raising, and the __match_args__ of class patterns,
# with CPython's TypeErrors.


def match_seq(s: i64, n: i32, star: i32) -> i32:
    # A sequence pattern of n fixed items (at least n with a star): a
    # list, tuple or range of that length. str and bytes are sequences
    # that CPython's patterns deliberately do not take.
    t = typeof(s)
    m = 0
    if t == TAG_LIST or t == TAG_TUPLE:
        m = seq_len(s)
    elif t == TAG_RANGE:
        m = range_len(s)
    else:
        return 0
    if star != 0:
        return m >= n
    return m == n


def match_star(s: i64, lo: i32, tail: i32) -> i64:
    # The list a starred name of a sequence pattern captures: the items
    # between the lo fixed ones before it and the tail ones after it.
    if typeof(s) == TAG_RANGE:
        s = list_from(s)
    n = seq_len(s) - lo - tail
    p = list_of(n)
    memcopy(List.items[p], items_of(s) + 8 * lo, 8 * n)
    return u64(p)


def match_map(s: i64, n: i32) -> i32:
    # A mapping pattern of n keys: a dict (Counter and defaultdict are
    # dicts) with at least n items.
    if typeof(s) != TAG_DICT:
        return 0
    return i32(len_(s) >> 1) >= n


def match_key(s: i64, k: i64) -> i64:
    # The value at key k, 0 when absent: CPython looks keys up with get(),
    # so a defaultdict's factory is not called.
    ep = dict_lookup(s, k)
    if ep == 0:
        return 0
    return Entry.value[ep]


def match_class(s: i64, c: i64) -> i32:
    # isinstance(s, c) for a class pattern `c(...)`.
    t = typeof(c)
    if (t == TAG_BUILTIN and Builtin.kind[i32(c)] == 1) or t == TAG_CLASS or t == TAG_TYPE:
        return isinstance_code(s, c)
    raise_(EXC_TYPE, "called match pattern must be a type")
    return 0


def match_self(c: i64) -> i32:
    # The builtin classes whose one positional sub-pattern matches the
    # subject itself (`case int(n)`).
    if typeof(c) != TAG_BUILTIN:
        return 0
    k = Builtin.type[i32(c)]
    if k == TYPE_ANY_INT or k == T_BOOL or k == TAG_FLOAT or k == TAG_STR or k == TAG_BYTES:
        return 1
    return k == TAG_LIST or k == TAG_TUPLE or k == TAG_DICT or k == TAG_SET or k == TAG_FROZENSET


def match_args(c: i64, n: i32) -> i64:
    # The names of n positional sub-patterns, c.__match_args__ (checked
    # as CPython checks it), or 0 for a class that matches its one
    # positional sub-pattern against the subject itself.
    allowed = 0
    ma = i64(0)
    if match_self(c) != 0:
        if n == 1:
            return 0
        allowed = 1
    elif typeof(c) == TAG_TYPE:
        ma = getattr_or0(c, u64("__match_args__"))
        if exc != 0:
            return 0
    if ma != 0:
        if typeof(ma) != TAG_TUPLE:
            s = sb_new(64)
            sb_str(s, i32(attr___name__(c)))
            sb_str(s, ".__match_args__ must be a tuple (got ")
            sb_str(s, type_name(ma))
            sb_byte(s, 41)
            raise_(EXC_TYPE, sb_done(s))
            return 0
        allowed = seq_len(ma)
    if n > allowed:
        s = sb_new(64)
        sb_str(s, i32(attr___name__(c)))
        sb_str(s, "() accepts ")
        sb_int(s, i64(allowed))
        sb_str(s, " positional sub-pattern")
        if allowed != 1:
            sb_byte(s, 115)
        sb_str(s, " (")
        sb_int(s, i64(n))
        sb_str(s, " given)")
        raise_(EXC_TYPE, sb_done(s))
        return 0
    i = 0
    while i < n:
        name = load64(Tuple.items[i32(ma)] + 8 * i)
        if typeof(name) != TAG_STR:
            s = sb_new(64)
            sb_str(s, "__match_args__ elements must be strings (got ")
            sb_str(s, type_name(name))
            sb_byte(s, 41)
            raise_(EXC_TYPE, sb_done(s))
            return 0
        match_dup(c, ma, i, name)
        if exc != 0:
            return 0
        i += 1
    return ma


def match_dup(c: i64, ma: i64, n: i32, name: i64) -> None:
    # TypeError when `name` is among the first n names of __match_args__:
    # one attribute given two sub-patterns.
    if ma == 0:
        return
    i = 0
    while i < n:
        if str_eq(i32(load64(Tuple.items[i32(ma)] + 8 * i)), i32(name)):
            s = sb_new(64)
            sb_str(s, i32(attr___name__(c)))
            sb_str(s, "() got multiple sub-patterns for attribute ")
            sb_str(s, repr_(name))
            raise_(EXC_TYPE, sb_done(s))
            return
        i += 1


def match_attr(s: i64, name: i64) -> i64:
    # s.name for a class pattern's sub-pattern, 0 when s has no such
    # attribute (the pattern fails; CPython swallows the AttributeError,
    # a __getattr__'s too).
    try_depth += 1
    v = getattr_or0(s, name)
    try_depth -= 1
    if exc != 0:
        if exc_matches(Exc.kind[i32(exc)], EXC_ATTR) == 0:
            return 0
        exc = 0
        return 0
    return v
