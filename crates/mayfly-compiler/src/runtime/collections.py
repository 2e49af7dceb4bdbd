# `import collections`: defaultdict and Counter, which are dicts (TAG_DICT,
# so everything a dict does they do: iteration, ==, json, dict(x)) with
# Dict.factory set: a defaultdict's default_factory, or COUNTER_FACTORY.
# The hooks in dict.py, str.py and exc.py are `if COLLECTIONS:` clauses,
# compiled only into programs that import collections.

# Never the address of an object: the arena starts past the image.
COUNTER_FACTORY = 1
# A defaultdict whose default_factory is None (a missing key is a
# KeyError, as in a dict, but it is still a defaultdict).
NONE_FACTORY = 3


def defaultdict_(factory: i64, init: i64) -> i64:
    f: i32 = NONE_FACTORY
    if factory != 0 and factory != NONE:
        if truthy(callable_v(factory)) == 0:
            raise_(EXC_TYPE, "first argument must be callable or None")
            return 0
        f = i32(factory)
    d = dict_new()
    if init != 0:
        if m_update(d, init) == 0:
            return 0
    Dict.factory[i32(d)] = f
    return d


def counter_(init: i64) -> i64:
    d = dict_new()
    Dict.factory[i32(d)] = COUNTER_FACTORY
    if init != 0 and init != NONE:
        if counter_update(d, init, 1) == 0:
            return 0
    return d


def dict_missing(d: i64, k: i64) -> i64:
    # d[k] for a key d lacks: a Counter says 0 (and keeps no entry); a
    # defaultdict stores and returns default_factory().
    f = Dict.factory[i32(d)]
    if f == COUNTER_FACTORY:
        return mkint(0)
    if f == ORDERED_FACTORY or f == NONE_FACTORY:
        return key_error(k)
    v = call_value(u64(f), 0, 0)
    if v == 0:
        return 0
    setitem(d, k, v)
    if exc != 0:
        return 0
    return v


def counter_update(c: i64, src: i64, sign: i64) -> i64:
    # update() (sign 1) and subtract() (-1): a mapping adds its counts,
    # any other iterable counts its items.
    if typeof(src) == TAG_DICT:
        d = i32(src)
        ents = Dict.entries[d]
        used = Dict.used[d]
        i = 0
        while i < used:
            ep = ents + Entry.SIZE * i
            if Entry.key[ep] != 0:
                if counter_add(c, Entry.key[ep], Entry.value[ep], sign) == 0:
                    return 0
            i += 1
        return NONE
    it = iter_(src)
    if it == 0:
        return 0
    while 1:
        x = next_(it)
        if x == 0:
            break
        if counter_add(c, x, mkint(1), sign) == 0:
            return 0
    if exc != 0:
        return 0
    return NONE


def counter_add(c: i64, k: i64, n: i64, sign: i64) -> i32:
    cur = mkint(0)
    ep = dict_lookup(c, k)
    if exc != 0:
        return 0
    if ep != 0:
        cur = Entry.value[ep]
    if sign < 0:
        v = sub(cur, n)
    else:
        v = add(cur, n)
    if v == 0:
        return 0
    setitem(c, k, v)
    return exc == 0


def counter_of(v: i64, name: i32) -> i32:
    if typeof(v) != TAG_DICT or Dict.factory[i32(v)] != COUNTER_FACTORY:
        no_method(v, name)
        return 0
    return i32(v)


def m_subtract(v: i64, src: i64) -> i64:
    if counter_of(v, "subtract") == 0:
        return 0
    if src == 0:
        return NONE
    return counter_update(v, src, -1)


def m_total(v: i64) -> i64:
    c = counter_of(v, "total")
    if c == 0:
        return 0
    t = mkint(0)
    ents = Dict.entries[c]
    used = Dict.used[c]
    i = 0
    while i < used:
        ep = ents + Entry.SIZE * i
        if Entry.key[ep] != 0:
            t = add(t, Entry.value[ep])
            if t == 0:
                return 0
        i += 1
    return t


def counter_sorted(c: i32) -> i32:
    # The (key, count) pairs, most common first, ties in insertion order
    # (a stable merge sort on the counts, descending).
    items = list_from(m_items(u64(c)))
    if items == 0:
        return 0
    n = seq_len(items)
    src = items_of(items)
    tmp = alloc(8 * n + 8)
    width = 1
    while width < n:
        lo = 0
        while lo < n:
            mid = lo + width
            hi = mid + width
            if mid > n:
                mid = n
            if hi > n:
                hi = n
            a = lo
            b = mid
            o = lo
            while a < mid or b < hi:
                take_b = 0
                if a >= mid:
                    take_b = 1
                elif b < hi:
                    # b first only when its count is strictly greater.
                    ca = load64(Tuple.items[i32(load64(src + 8 * a))] + 8)
                    cb = load64(Tuple.items[i32(load64(src + 8 * b))] + 8)
                    take_b = lt(ca, cb)
                    if exc != 0:
                        return 0
                if take_b != 0:
                    store64(tmp + 8 * o, load64(src + 8 * b))
                    b += 1
                else:
                    store64(tmp + 8 * o, load64(src + 8 * a))
                    a += 1
                o += 1
            lo = hi
        memcopy(src, tmp, 8 * n)
        width = width * 2
    return i32(items)


def m_most_common(v: i64, n: i64) -> i64:
    c = counter_of(v, "most_common")
    if c == 0:
        return 0
    items = counter_sorted(c)
    if items == 0:
        return 0
    if n == 0 or n == NONE:
        return u64(items)
    k = index_arg(n)
    if exc != 0:
        return 0
    if k < 0:
        k = 0
    return getslice(u64(items), NONE, mkint(k), NONE)


def m_elements(v: i64) -> i64:
    # Each key as many times as its count (counts below 1: none), in
    # insertion order; a list here, iterated like CPython's iterator.
    c = counter_of(v, "elements")
    if c == 0:
        return 0
    out = list_new()
    ents = Dict.entries[c]
    used = Dict.used[c]
    i = 0
    while i < used:
        ep = ents + Entry.SIZE * i
        if Entry.key[ep] != 0:
            m = index_arg(Entry.value[ep])
            if exc != 0:
                return 0
            while m > 0:
                list_append(out, Entry.key[ep])
                m -= 1
        i += 1
    return iter_(out)


def is_collection(v: i64) -> i32:
    return typeof(v) == TAG_DICT and Dict.factory[i32(v)] != 0


def collection_name(v: i64) -> i32:
    if Dict.factory[i32(v)] == COUNTER_FACTORY:
        return "Counter"
    if Dict.factory[i32(v)] == ORDERED_FACTORY:
        return "OrderedDict"
    return "defaultdict"


def collection_repr_into(b: i32, v: i64) -> None:
    # Counter({'a': 2, 'b': 1}) most common first, Counter() when empty;
    # defaultdict(<class 'list'>, {...}).
    d = i32(v)
    f = Dict.factory[d]
    if f == ORDERED_FACTORY:
        odict_repr_into(b, v)
        return
    if f == COUNTER_FACTORY:
        sb_str(b, "Counter(")
        if Dict.len[d] != 0:
            items = counter_sorted(d)
            if items == 0:
                return
            sb_byte(b, 123)
            n = seq_len(u64(items))
            i = 0
            while i < n:
                if i > 0:
                    sb_str(b, ", ")
                t = i32(load64(items_of(u64(items)) + 8 * i))
                repr_into(b, load64(Tuple.items[t]))
                sb_str(b, ": ")
                repr_into(b, load64(Tuple.items[t] + 8))
                i += 1
            sb_byte(b, 125)
        sb_byte(b, 41)
        return
    sb_str(b, "defaultdict(")
    if f == NONE_FACTORY:
        sb_str(b, "None")
    else:
        repr_into(b, u64(f))
    sb_str(b, ", ")
    plain = dict_copy(v)
    repr_into(b, plain)
    sb_byte(b, 41)


def is_defaultdict(v: i64) -> i32:
    if typeof(v) != TAG_DICT:
        return 0
    f = Dict.factory[i32(v)]
    return f != 0 and f != COUNTER_FACTORY and f != ORDERED_FACTORY


def attr_default_factory(v: i64) -> i64:
    if is_defaultdict(v) == 0:
        return no_method(v, "default_factory")
    f = Dict.factory[i32(v)]
    if f == NONE_FACTORY:
        return NONE
    return u64(f)


def set_default_factory(d: i64, v: i64) -> None:
    # `d.default_factory = v`. CPython takes any value (and fails when a
    # missing key calls it); a factory here is a callable or None.
    if v == NONE:
        Dict.factory[i32(d)] = NONE_FACTORY
        return
    if truthy(callable_v(v)) == 0:
        raise_(EXC_TYPE, "mayfly: a default_factory that is not callable or None is not supported")
        return
    Dict.factory[i32(d)] = i32(v)
