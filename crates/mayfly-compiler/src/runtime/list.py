# Lists {TAG_LIST, len, cap, items} and tuples {TAG_TUPLE, len, items...}
# (the List and Tuple records); items are i64 values, 8 bytes each.


def list_of(n: i32) -> i32:
    p = alloc(List.SIZE)
    List.tag[p] = TAG_LIST
    List.len[p] = n
    cap = n
    if cap < 4:
        cap = 4
    List.cap[p] = cap
    List.items[p] = alloc(8 * cap)
    return p


def list_new() -> i64:
    return u64(list_of(0))


def tuple_of(n: i32) -> i32:
    if NAMEDTUPLE:
        # With the class word of namedtuple.py.
        return nt_tuple_of(n)
    p = alloc(Tuple.SIZE + 8 * n)
    Tuple.tag[p] = TAG_TUPLE
    Tuple.len[p] = n
    return p


def items_of(v: i64) -> i32:
    # Address of the items of a list or tuple.
    # A deque's items are where a list's are.
    p = i32(v)
    if load32(p) == TAG_TUPLE:
        return Tuple.items[p]
    return List.items[p]


def list_append(l: i64, x: i64) -> None:
    p = i32(l)
    n = List.len[p]
    cap = List.cap[p]
    if n == cap:
        items = List.items[p]
        if items + 8 * cap == heap:
            alloc(8 * cap)
        else:
            nitems = alloc(16 * cap)
            memcopy(nitems, items, 8 * n)
            List.items[p] = nitems
        List.cap[p] = cap * 2
    store64(List.items[p] + 8 * n, x)
    List.len[p] = n + 1


def is_list_or_deque(v: i64) -> i32:
    # The methods a list and a deque share that only read or move items
    # (reverse, count, index) take either.
    t = typeof(v)
    if COLLECTIONS and t == TAG_DEQUE:
        return 1
    return t == TAG_LIST


def m_append(l: i64, x: i64) -> i64:
    if COLLECTIONS and typeof(l) == TAG_DEQUE:
        dq_push(l, x, 0)
        return NONE
    if typeof(l) != TAG_LIST:
        return no_method(l, "append")
    list_append(l, x)
    return NONE


def descr_check(v: i64, tag: i32, ty: i32, name: i32) -> i64:
    # `str.lower(x)`: x must be a str (CPython's TypeError otherwise).
    # Returns v, or 0 with the error pending.
    if typeof(v) == tag:
        return v
    s = sb_new(64)
    sb_str(s, "descriptor '")
    sb_str(s, name)
    sb_str(s, "' for '")
    sb_str(s, ty)
    sb_str(s, "' objects doesn't apply to a '")
    sb_str(s, type_name(v))
    sb_str(s, "' object")
    raise_(EXC_TYPE, sb_done(s))
    return 0


def no_method(v: i64, name: i32) -> i64:
    if typeof(v) == TAG_BYTES:
        return bytes_unsupported(v, name)
    return attr_missing(v, name)


def attr_missing(v: i64, name: i32) -> i64:
    # CPython's AttributeError "'T' object has no attribute 'name'", for
    # bytes too (no_method says of bytes that mayfly lacks the method).
    s = sb_new(48)
    sb_byte(s, 39)
    sb_str(s, type_name(v))
    sb_str(s, "' object has no attribute '")
    sb_str(s, name)
    sb_byte(s, 39)
    raise_(EXC_ATTR, sb_done(s))
    return 0


def seq_len(v: i64) -> i32:
    # A list's or tuple's length: one field (off::SEQ_LEN).
    return List.len[i32(v)]


def list_concat(a: i64, b: i64) -> i64:
    na = seq_len(a)
    nb = seq_len(b)
    r = list_of(na + nb)
    memcopy(List.items[r], items_of(a), 8 * na)
    memcopy(List.items[r] + 8 * na, items_of(b), 8 * nb)
    return u64(r)


def tuple_concat(a: i64, b: i64) -> i64:
    na = seq_len(a)
    nb = seq_len(b)
    r = tuple_of(na + nb)
    memcopy(Tuple.items[r], items_of(a), 8 * na)
    memcopy(Tuple.items[r] + 8 * na, items_of(b), 8 * nb)
    return u64(r)


def list_repeat(l: i64, k: i32) -> i64:
    n = seq_len(l)
    r = list_of(n * k)
    i = 0
    while i < k:
        memcopy(List.items[r] + 8 * n * i, items_of(l), 8 * n)
        i += 1
    return u64(r)


def seq_eq(a: i64, b: i64) -> i32:
    n = seq_len(a)
    if n != seq_len(b):
        return 0
    pa = items_of(a)
    pb = items_of(b)
    i = 0
    while i < n:
        if eq(load64(pa + 8 * i), load64(pb + 8 * i)) == 0:
            return 0
        i += 1
    return 1


def seq_cmp(a: i64, b: i64, op: i32) -> i32:
    na = seq_len(a)
    nb = seq_len(b)
    pa = items_of(a)
    pb = items_of(b)
    i = 0
    while i < na and i < nb:
        x = load64(pa + 8 * i)
        y = load64(pb + 8 * i)
        if eq(x, y) == 0:
            return cmp(x, y, op)
        i += 1
    if na < nb:
        return -1
    return na > nb


def norm_index(i: i64, n: i32, what: i32) -> i32:
    # Python index → offset, or -1 after raising IndexError.
    if i < 0:
        i = i + i64(n)
    if i < 0 or i >= i64(n):
        s = sb_new(32)
        sb_str(s, what)
        sb_str(s, " index out of range")
        raise_(EXC_INDEX, sb_done(s))
        return -1
    return i32(i)


def seq_of(v: i64) -> i64:
    # v itself if a list or tuple, else a new list of its items (0 after
    # raising): for readers of the items that need no copy.
    t = typeof(v)
    if t == TAG_TUPLE or t == TAG_LIST:
        return v
    return list_from(v)


def unpack_scalar_error(v: i64) -> i32:
    # Unpacking a number, None or a function: CPython's own words, not
    # iter()'s "'int' object is not iterable". 1 when raised.
    t = typeof(v)
    if num_kind(v) != 0 or t == T_NONE or t == TAG_FUNC or t == TAG_BUILTIN:
        s = sb_new(48)
        sb_str(s, "cannot unpack non-iterable ")
        sb_str(s, type_name(v))
        sb_str(s, " object")
        raise_(EXC_TYPE, sb_done(s))
        return 1
    return 0


def unpack(v: i64, n: i32) -> i32:
    if unpack_scalar_error(v):
        return static_(512)
    v = seq_of(v)
    if v == 0:
        return 0
    got = seq_len(v)
    if got != n:
        s = sb_new(48)
        if got > n:
            sb_str(s, "too many values to unpack (expected ")
        else:
            sb_str(s, "not enough values to unpack (expected ")
        sb_int(s, i64(n))
        if got < n:
            sb_str(s, ", got ")
            sb_int(s, i64(got))
        sb_str(s, ")")
        raise_(EXC_VALUE, sb_done(s))
        return static_(512)
    # Read as a tuple (front/stmt.rs loads off::TUPLE_ITEMS + 8 * i): the
    # address whose Tuple.items are v's items.
    return items_of(v) - Tuple.SIZE


def unpack_star(v: i64, before: i32, after: i32) -> i32:
    if unpack_scalar_error(v):
        return static_(512)
    l = list_from(v)
    if l == 0:
        return static_(512)
    n = seq_len(l)
    if n < before + after:
        s = sb_new(48)
        sb_str(s, "not enough values to unpack (expected at least ")
        sb_int(s, i64(before + after))
        sb_str(s, ", got ")
        sb_int(s, i64(n))
        sb_str(s, ")")
        raise_(EXC_VALUE, sb_done(s))
        return static_(512)
    r = tuple_of(before + 1 + after)
    src = items_of(l)
    memcopy(Tuple.items[r], src, 8 * before)
    mid = n - before - after
    m = list_of(mid)
    memcopy(List.items[m], src + 8 * before, 8 * mid)
    store64(Tuple.items[r] + 8 * before, u64(m))
    memcopy(Tuple.items[r] + 8 * (before + 1), src + 8 * (before + mid), 8 * after)
    return r


def list_from(v: i64) -> i64:
    if v == 0:
        return list_new()
    # Sources of known length are copied or counted out directly, not
    # stepped through next_ one item at a time.
    t = typeof(v)
    if t == TAG_LIST or t == TAG_TUPLE:
        n = seq_len(v)
        p = list_of(n)
        memcopy(List.items[p], items_of(v), 8 * n)
        return u64(p)
    if t == TAG_RANGE:
        m = range_len(v)
        q = list_of(m)
        x = Range.start[i32(v)]
        step = Range.step[i32(v)]
        dst = List.items[q]
        j = 0
        while j < m:
            store64(dst + 8 * j, mkint(x))
            x += step
            j += 1
        return u64(q)
    r = list_new()
    it = iter_(v)
    if it == 0:
        return 0
    while 1:
        x = next_(it)
        if x == 0:
            break
        list_append(r, x)
    if exc != 0:
        return 0
    return r


def tuple_from(v: i64) -> i64:
    if v == 0:
        return u64(tuple_of(0))
    if typeof(v) == TAG_TUPLE:
        if NAMEDTUPLE:
            # tuple(p) of a named tuple is a plain tuple.
            if nt_cls(v) != 0:
                n = Tuple.len[i32(v)]
                r = tuple_of(n)
                memcopy(Tuple.items[r], Tuple.items[i32(v)], 8 * n)
                return u64(r)
        return v
    l = list_from(v)
    if l == 0:
        return 0
    n = seq_len(l)
    r = tuple_of(n)
    memcopy(Tuple.items[r], items_of(l), 8 * n)
    return u64(r)
