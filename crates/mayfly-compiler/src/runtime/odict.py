# collections.OrderedDict: a dict (TAG_DICT) with Dict.factory set to
# ORDERED_FACTORY, so everything a dict does it does; it adds
# move_to_end, popitem(last=False), order-sensitive == between two of
# them and its own repr. dict.popitem and dict.fromkeys live here too:
# popitem is the same walk from either end.

ORDERED_FACTORY = 2


def ordereddict_(init: i64) -> i64:
    d = dict_new()
    Dict.factory[i32(d)] = ORDERED_FACTORY
    if init != 0 and init != NONE:
        if m_update(d, init) == 0:
            return 0
    return d


def is_odict(v: i64) -> i32:
    if COLLECTIONS:
        return typeof(v) == TAG_DICT and Dict.factory[i32(v)] == ORDERED_FACTORY
    return 0


def odict_eq(a: i64, b: i64) -> i32:
    # Two OrderedDicts are equal only with their items in the same order.
    if Dict.len[i32(a)] != Dict.len[i32(b)]:
        return 0
    x = i32(m_items(a))
    y = i32(m_items(b))
    ia = iter_(u64(x))
    ib = iter_(u64(y))
    while 1:
        p = next_(ia)
        if p == 0:
            return exc == 0
        q = next_(ib)
        if q == 0 or eq(p, q) == 0:
            return 0


def dict_end(d: i32, last: i32) -> i32:
    # The first or last live entry's address; 0 when empty.
    ents = Dict.entries[d]
    used = Dict.used[d]
    i = 0
    step = 1
    if last:
        i = used - 1
        step = -1
    while i >= 0 and i < used:
        ep = ents + Entry.SIZE * i
        if Entry.key[ep] != 0:
            return ep
        i += step
    return 0


def m_popitem(v: i64, last: i64) -> i64:
    if typeof(v) != TAG_DICT:
        return no_method(v, "popitem")
    d = i32(v)
    od = is_odict(v)
    if last != 0 and od == 0:
        raise_(EXC_TYPE, "dict.popitem() takes no arguments (1 given)")
        return 0
    from_end = last == 0 or truthy(last)
    ep = dict_end(d, from_end)
    if ep == 0:
        if od:
            raise_(EXC_KEY, "dictionary is empty")
        else:
            raise_(EXC_KEY, "popitem(): dictionary is empty")
        return 0
    t = tuple_of(2)
    store64(Tuple.items[t], Entry.key[ep])
    store64(Tuple.items[t] + 8, Entry.value[ep])
    Entry.key[ep] = 0
    Dict.len[d] -= 1
    return u64(t)


def m_move_to_end(v: i64, k: i64, last: i64) -> i64:
    if is_odict(v) == 0:
        return no_method(v, "move_to_end")
    ep = dict_lookup(v, k)
    if ep == 0:
        if exc != 0:
            return 0
        return key_error(k)
    # The key object kept is the stored one, as CPython keeps it.
    key = Entry.key[ep]
    val = Entry.value[ep]
    if last == 0 or truthy(last):
        dict_del(v, key)
        dict_set(v, key, val)
        return NONE
    # To the front: the entries again with k first.
    rest = m_items(v)
    items = list_from(rest)
    d = i32(v)
    keep = Dict.factory[d]
    fresh = i32(dict_new())
    memcopy(d, fresh, Dict.SIZE)
    Dict.factory[d] = keep
    dict_set(v, key, val)
    n = seq_len(items)
    i = 0
    while i < n:
        t = i32(load64(items_of(items) + 8 * i))
        kk = load64(Tuple.items[t])
        if kk != key:
            dict_set(v, kk, load64(Tuple.items[t] + 8))
        i += 1
    return NONE


def dict_fromkeys(src: i64, value: i64) -> i64:
    # dict.fromkeys(iterable, value=None): every key maps to the one value.
    if value == 0:
        value = NONE
    it = iter_(src)
    if it == 0:
        return 0
    d = dict_new()
    while 1:
        k = next_(it)
        if k == 0:
            break
        dict_set(d, k, value)
        if exc != 0:
            return 0
    if exc != 0:
        return 0
    return d


def odict_repr_into(b: i32, v: i64) -> None:
    # OrderedDict([('a', 1), ('b', 2)]), OrderedDict() when empty (3.11).
    sb_str(b, "OrderedDict(")
    if Dict.len[i32(v)] != 0:
        repr_into(b, list_from(m_items(v)))
    sb_byte(b, 41)


def dict_or(a: i64, b: i64) -> i64:
    # d1 | d2 (3.9): a new dict of a's kind with b's items over a's. 0
    # when the operands are not two dicts (or a Counter, whose | is
    # another operation): or_ goes on to its other cases.
    if typeof(a) != TAG_DICT or typeof(b) != TAG_DICT:
        return 0
    if COLLECTIONS and Dict.factory[i32(a)] == COUNTER_FACTORY:
        return 0
    r = m_copy(a)
    m_update(r, b)
    return r


def dict_ior(a: i64, b: i64) -> i64:
    # d |= x: update in place with any mapping or iterable of pairs.
    if typeof(a) == TAG_DICT:
        if COLLECTIONS and Dict.factory[i32(a)] == COUNTER_FACTORY:
            return or_(a, b)
        if m_update(a, b) == 0:
            return 0
        return a
    return or_(a, b)


def dict_merge_into(d: i64, m: i64) -> i64:
    # `{**m, ...}`: m's items into the display's dict d, in order; m must
    # be a dict (CPython's TypeError otherwise).
    if typeof(m) != TAG_DICT:
        object_type_error(m, "' object is not a mapping")
        return 0
    return m_update(d, m)
