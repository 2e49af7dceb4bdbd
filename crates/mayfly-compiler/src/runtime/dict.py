# Insertion-ordered dicts (the Dict record): {TAG_DICT, len, used, cap,
# entries, index, mask}; entries are Entry records (hash, key, value) in insertion order (key 0 marks a
# deleted one); index is an open-addressing table of entry numbers + 1.


def dict_new() -> i64:
    # Room for 4 entries; an index of 8 u32 slots.
    d = alloc(Dict.SIZE)
    Dict.tag[d] = TAG_DICT
    Dict.len[d] = 0
    Dict.used[d] = 0
    Dict.cap[d] = 4
    Dict.entries[d] = alloc(4 * Entry.SIZE)
    ix = alloc(32)
    memfill(ix, 0, 32)
    Dict.index[d] = ix
    Dict.mask[d] = 7
    Dict.factory[d] = 0
    return u64(d)


def dict_find(d: i32, k: i64, h: i64) -> i32:
    # Index slot address holding k's entry, or of the empty slot to use.
    mask = Dict.mask[d]
    ix = Dict.index[d]
    ents = Dict.entries[d]
    i = i32(h ^ (h >> 29)) & mask
    # CPython's probe sequence: the unused high bits of the hash steer
    # it, so keys with consecutive hashes (dense ints hash to themselves)
    # do not form one run that every miss walks to its end, as linear
    # probing did (a memo dict of 1000 ints cost ~5,000 fuel a miss).
    perturb = h
    while 1:
        slot = ix + 4 * i
        e = load32(slot)
        if e == 0:
            return slot
        ep = ents + Entry.SIZE * (e - 1)
        if Entry.hash[ep] == h:
            ek = Entry.key[ep]
            if ek != 0:
                if ek == k or eq(ek, k):
                    return slot
        perturb = shru(perturb, i64(5))
        i = (i * 5 + i32(perturb) + 1) & mask


def dict_lookup(dv: i64, k: i64) -> i32:
    # Address of k's entry, 0 if absent.
    d = i32(dv)
    # A small int hashes to itself (hash_'s first case) without the call.
    h = k >> 1
    if (k & 1) == 0:
        h = hash_(k)
        if exc != 0:
            return 0
    e = load32(dict_find(d, k, h))
    if e == 0:
        return 0
    return Dict.entries[d] + Entry.SIZE * (e - 1)


def dict_set(dv: i64, k: i64, v: i64) -> None:
    d = i32(dv)
    h = k >> 1
    if (k & 1) == 0:
        h = hash_(k)
        if exc != 0:
            return
    slot = dict_find(d, k, h)
    e = load32(slot)
    if e != 0:
        Entry.value[Dict.entries[d] + Entry.SIZE * (e - 1)] = v
        return
    used = Dict.used[d]
    if used == Dict.cap[d] or (used + 1) * 3 > (Dict.mask[d] + 1) * 2:
        dict_grow(d)
        slot = dict_find(d, k, h)
    ep = Dict.entries[d] + Entry.SIZE * used
    Entry.hash[ep] = h
    Entry.key[ep] = k
    Entry.value[ep] = v
    store32(slot, used + 1)
    Dict.used[d] = used + 1
    Dict.len[d] += 1


def dict_grow(d: i32) -> None:
    # Compacts the entries and rebuilds the index at twice the size.
    n = Dict.len[d]
    cap = n * 2 + 4
    old = Dict.entries[d]
    used = Dict.used[d]
    ents = alloc(Entry.SIZE * cap)
    j = 0
    i = 0
    while i < used:
        ep = old + Entry.SIZE * i
        if Entry.key[ep] != 0:
            memcopy(ents + Entry.SIZE * j, ep, Entry.SIZE)
            j += 1
        i += 1
    size = 8
    while size * 2 < cap * 3:
        size = size * 2
    ix = alloc(4 * size)
    memfill(ix, 0, 4 * size)
    Dict.entries[d] = ents
    Dict.index[d] = ix
    Dict.mask[d] = size - 1
    Dict.cap[d] = cap
    Dict.used[d] = j
    i = 0
    while i < j:
        h = Entry.hash[ents + Entry.SIZE * i]
        slot = dict_find(d, Entry.key[ents + Entry.SIZE * i], h)
        store32(slot, i + 1)
        i += 1


def dict_del(dv: i64, k: i64) -> i32:
    ep = dict_lookup(dv, k)
    if ep == 0:
        return 0
    Entry.key[ep] = 0
    d = i32(dv)
    Dict.len[d] -= 1
    return 1


def key_error(k: i64) -> i64:
    raise_val(EXC_KEY, k)
    return 0


def dict_eq(a: i64, b: i64) -> i32:
    if Dict.len[i32(a)] != Dict.len[i32(b)]:
        return 0
    if COLLECTIONS and is_odict(a):
        if is_odict(b):
            return odict_eq(a, b)
    d = i32(a)
    ents = Dict.entries[d]
    used = Dict.used[d]
    i = 0
    while i < used:
        ep = ents + Entry.SIZE * i
        k = Entry.key[ep]
        if k != 0:
            o = dict_lookup(b, k)
            if o == 0:
                return 0
            if eq(Entry.value[ep], Entry.value[o]) == 0:
                return 0
        i += 1
    return 1


def dict_copy(v: i64) -> i64:
    r = dict_new()
    d = i32(v)
    ents = Dict.entries[d]
    used = Dict.used[d]
    i = 0
    while i < used:
        ep = ents + Entry.SIZE * i
        if Entry.key[ep] != 0:
            dict_set(r, Entry.key[ep], Entry.value[ep])
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
        if t != TAG_TUPLE and t != TAG_LIST and t != TAG_STR and t != TAG_BYTES and t != TAG_ITER and t != TAG_GEN and t != TAG_VIEW and t != TAG_RANGE and t != TAG_DICT:
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
    return Entry.value[ep]


def dict_view(v: i64, kind: i32, name: i32) -> i64:
    if typeof(v) != TAG_DICT:
        return no_method(v, name)
    p = alloc(View.SIZE)
    View.tag[p] = TAG_VIEW
    View.kind[p] = kind
    View.dict[p] = i32(v)
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
        return Entry.value[ep]
    dict_set(v, k, dflt)
    return dflt


def m_update(v: i64, o: i64) -> i64:
    if SETS and is_anyset(v):
        return set_update1(v, o)
    if HASHLIB and (typeof(v) == TAG_HASH or typeof(v) == TAG_HMAC):
        return hash_update(v, o)
    if typeof(v) != TAG_DICT:
        return no_method(v, "update")
    if COLLECTIONS and Dict.factory[i32(v)] == COUNTER_FACTORY:
        return counter_update(v, o, 1)
    src = dict_from(o)
    if src == 0:
        return 0
    d = i32(src)
    ents = Dict.entries[d]
    used = Dict.used[d]
    i = 0
    while i < used:
        ep = ents + Entry.SIZE * i
        if Entry.key[ep] != 0:
            dict_set(v, Entry.key[ep], Entry.value[ep])
        i += 1
    return NONE


def m_copy(v: i64) -> i64:
    t = typeof(v)
    if t == TAG_DICT:
        r = dict_copy(v)
        if COLLECTIONS:
            Dict.factory[i32(r)] = Dict.factory[i32(v)]
        return r
    if t == TAG_LIST:
        return list_from(v)
    if SETS and is_anyset(v):
        return set_copy_as(t, v)
    if COLLECTIONS and t == TAG_DEQUE:
        return dq_copy(v)
    if HASHLIB and (t == TAG_HASH or t == TAG_HMAC):
        return hash_copy_v(v)
    return no_method(v, "copy")


def m_pop(v: i64, a: i64, b: i64) -> i64:
    t = typeof(v)
    if COLLECTIONS and t == TAG_DEQUE:
        if a != 0:
            raise_(EXC_TYPE, "deque.pop() takes no arguments (1 given)")
            return 0
        return dq_pop(v, 0)
    if t == TAG_DICT:
        if a == 0:
            raise_(EXC_TYPE, "pop expected at least 1 argument, got 0")
            return 0
        ep = dict_lookup(v, a)
        if ep == 0:
            if b != 0:
                return b
            return key_error(a)
        r = Entry.value[ep]
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
        List.len[i32(v)] = n - 1
        return r2
    if SETS and t == TAG_SET:
        return set_pop(v, a, b)
    return no_method(v, "pop")
