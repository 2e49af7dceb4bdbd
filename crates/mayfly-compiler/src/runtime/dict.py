# Insertion-ordered dicts: {TAG_DICT, len, used, cap, entries, index, mask}
# entries are (hash, key, value) triples in insertion order (key 0 marks a
# deleted one); index is an open-addressing table of entry numbers + 1.


def dict_new() -> i64:
    d = alloc(32)
    store32(d, TAG_DICT)
    store32(d + 4, 0)
    store32(d + 8, 0)
    store32(d + 12, 4)
    store32(d + 16, alloc(96))
    ix = alloc(32)
    memfill(ix, 0, 32)
    store32(d + 20, ix)
    store32(d + 24, 7)
    return u64(d)


def dict_find(d: i32, k: i64, h: i64) -> i32:
    # Index slot address holding k's entry, or of the empty slot to use.
    mask = load32(d + 24)
    ix = load32(d + 20)
    ents = load32(d + 16)
    i = i32(h ^ (h >> 29)) & mask
    while 1:
        slot = ix + 4 * i
        e = load32(slot)
        if e == 0:
            return slot
        ep = ents + 24 * (e - 1)
        if load64(ep) == h:
            ek = load64(ep + 8)
            if ek != 0:
                if ek == k or eq(ek, k):
                    return slot
        i = (i + 1) & mask


def dict_lookup(dv: i64, k: i64) -> i32:
    # Address of k's entry, 0 if absent.
    d = i32(dv)
    h = hash_(k)
    if exc != 0:
        return 0
    e = load32(dict_find(d, k, h))
    if e == 0:
        return 0
    return load32(d + 16) + 24 * (e - 1)


def dict_set(dv: i64, k: i64, v: i64) -> None:
    d = i32(dv)
    h = hash_(k)
    if exc != 0:
        return
    slot = dict_find(d, k, h)
    e = load32(slot)
    if e != 0:
        store64(load32(d + 16) + 24 * (e - 1) + 16, v)
        return
    used = load32(d + 8)
    if used == load32(d + 12) or (used + 1) * 3 > (load32(d + 24) + 1) * 2:
        dict_grow(d)
        slot = dict_find(d, k, h)
    ep = load32(d + 16) + 24 * used
    store64(ep, h)
    store64(ep + 8, k)
    store64(ep + 16, v)
    store32(slot, used + 1)
    store32(d + 8, used + 1)
    store32(d + 4, load32(d + 4) + 1)


def dict_grow(d: i32) -> None:
    # Compacts the entries and rebuilds the index at twice the size.
    n = load32(d + 4)
    cap = n * 2 + 4
    old = load32(d + 16)
    used = load32(d + 8)
    ents = alloc(24 * cap)
    j = 0
    i = 0
    while i < used:
        ep = old + 24 * i
        if load64(ep + 8) != 0:
            memcopy(ents + 24 * j, ep, 24)
            j += 1
        i += 1
    size = 8
    while size * 2 < cap * 3:
        size = size * 2
    ix = alloc(4 * size)
    memfill(ix, 0, 4 * size)
    store32(d + 16, ents)
    store32(d + 20, ix)
    store32(d + 24, size - 1)
    store32(d + 12, cap)
    store32(d + 8, j)
    i = 0
    while i < j:
        h = load64(ents + 24 * i)
        slot = dict_find(d, load64(ents + 24 * i + 8), h)
        store32(slot, i + 1)
        i += 1


def dict_del(dv: i64, k: i64) -> i32:
    ep = dict_lookup(dv, k)
    if ep == 0:
        return 0
    store64(ep + 8, 0)
    d = i32(dv)
    store32(d + 4, load32(d + 4) - 1)
    return 1


def key_error(k: i64) -> i64:
    raise_val(EXC_KEY, k)
    return 0


def dict_eq(a: i64, b: i64) -> i32:
    if load32(i32(a) + 4) != load32(i32(b) + 4):
        return 0
    d = i32(a)
    ents = load32(d + 16)
    used = load32(d + 8)
    i = 0
    while i < used:
        ep = ents + 24 * i
        k = load64(ep + 8)
        if k != 0:
            o = dict_lookup(b, k)
            if o == 0:
                return 0
            if eq(load64(ep + 16), load64(o + 16)) == 0:
                return 0
        i += 1
    return 1


def dict_copy(v: i64) -> i64:
    r = dict_new()
    d = i32(v)
    ents = load32(d + 16)
    used = load32(d + 8)
    i = 0
    while i < used:
        ep = ents + 24 * i
        if load64(ep + 8) != 0:
            dict_set(r, load64(ep + 8), load64(ep + 16))
        i += 1
    return r


def dict_from(v: i64) -> i64:
    if v == 0:
        return dict_new()
    if typeof(v) == TAG_DICT:
        return dict_copy(v)
    r = dict_new()
    it = iter_(v)
    if it == 0:
        return 0
    i = 0
    while 1:
        x = next_(it)
        if x == 0:
            break
        t = typeof(x)
        if t != TAG_TUPLE and t != TAG_LIST and t != TAG_STR and t != TAG_BYTES and t != TAG_ITER and t != TAG_VIEW and t != TAG_RANGE and t != TAG_DICT:
            s = sb_new(64)
            sb_str(s, "cannot convert dictionary update sequence element #")
            sb_int(s, i64(i))
            sb_str(s, " to a sequence")
            raise_(EXC_TYPE, sb_done(s))
            return 0
        kv = list_from(x)
        if kv == 0:
            return 0
        if seq_len(kv) != 2:
            s2 = sb_new(64)
            sb_str(s2, "dictionary update sequence element #")
            sb_int(s2, i64(i))
            sb_str(s2, " has length ")
            sb_int(s2, i64(seq_len(kv)))
            sb_str(s2, "; 2 is required")
            raise_(EXC_VALUE, sb_done(s2))
            return 0
        dict_set(r, load64(items_of(kv)), load64(items_of(kv) + 8))
        i += 1
    if exc != 0:
        return 0
    return r


def m_get(v: i64, k: i64, dflt: i64) -> i64:
    if dflt == 0:
        dflt = NONE
    t = typeof(v)
    if t == TAG_HEADERS:
        return header_get(k, dflt)
    if t != TAG_DICT:
        return no_method(v, "get")
    ep = dict_lookup(v, k)
    if ep == 0:
        return dflt
    return load64(ep + 16)


def dict_view(v: i64, kind: i32, name: i32) -> i64:
    if typeof(v) != TAG_DICT:
        return no_method(v, name)
    p = alloc(16)
    store32(p, TAG_VIEW)
    store32(p + 4, kind)
    store32(p + 8, i32(v))
    return u64(p)


def m_keys(v: i64) -> i64:
    return dict_view(v, 0, "keys")


def m_values(v: i64) -> i64:
    return dict_view(v, 1, "values")


def m_items(v: i64) -> i64:
    return dict_view(v, 2, "items")


def m_setdefault(v: i64, k: i64, dflt: i64) -> i64:
    if typeof(v) != TAG_DICT:
        return no_method(v, "setdefault")
    if dflt == 0:
        dflt = NONE
    ep = dict_lookup(v, k)
    if ep != 0:
        return load64(ep + 16)
    dict_set(v, k, dflt)
    return dflt


def m_update(v: i64, o: i64) -> i64:
    if typeof(v) != TAG_DICT:
        return no_method(v, "update")
    src = dict_from(o)
    if src == 0:
        return 0
    d = i32(src)
    ents = load32(d + 16)
    used = load32(d + 8)
    i = 0
    while i < used:
        ep = ents + 24 * i
        if load64(ep + 8) != 0:
            dict_set(v, load64(ep + 8), load64(ep + 16))
        i += 1
    return NONE


def m_copy(v: i64) -> i64:
    t = typeof(v)
    if t == TAG_DICT:
        return dict_copy(v)
    if t == TAG_LIST:
        return list_from(v)
    return no_method(v, "copy")


def m_pop(v: i64, a: i64, b: i64) -> i64:
    t = typeof(v)
    if t == TAG_DICT:
        if a == 0:
            raise_(EXC_TYPE, "pop expected at least 1 argument, got 0")
            return 0
        ep = dict_lookup(v, a)
        if ep == 0:
            if b != 0:
                return b
            return key_error(a)
        r = load64(ep + 16)
        dict_del(v, a)
        return r
    if t == TAG_LIST:
        n = seq_len(v)
        if n == 0:
            raise_(EXC_INDEX, "pop from empty list")
            return 0
        i = n - 1
        if a != 0:
            i = norm_index(intval(a), n, "pop")
            if i < 0:
                return 0
        items = items_of(v)
        r2 = load64(items + 8 * i)
        memcopy(items + 8 * i, items + 8 * i + 8, 8 * (n - i - 1))
        store32(i32(v) + 4, n - 1)
        return r2
    return no_method(v, "pop")
