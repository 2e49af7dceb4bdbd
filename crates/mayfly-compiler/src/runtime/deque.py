# collections.deque: a Deque record laid out as a List (len, cap and items
# at the List's offsets), so items_of, seq_len, iteration, ==, <, `in`,
# index reads and list(d) treat it as one. `lead` counts the free slots
# before items: popleft moves items forward and appendleft back into
# them, both O(1) as CPython's. A full buffer is copied into one with
# free room on both sides. maxlen is -1 for None. Reached only through
# `if COLLECTIONS:` hooks and the deque methods.


def deque_(it: i64, maxlen: i64) -> i64:
    m = -1
    if maxlen != 0 and maxlen != NONE:
        if num_kind(maxlen) != 1:
            raise_(EXC_TYPE, "an integer is required")
            return 0
        if intval(maxlen) < 0:
            raise_(EXC_VALUE, "maxlen must be non-negative")
            return 0
        m = i32(intval(maxlen))
    p = alloc(Deque.SIZE)
    Deque.tag[p] = TAG_DEQUE
    Deque.len[p] = 0
    Deque.cap[p] = 8
    Deque.items[p] = alloc(64)
    Deque.lead[p] = 0
    Deque.maxlen[p] = m
    d = u64(p)
    if it != 0 and it != NONE:
        if dq_extend(d, it, 0) == 0:
            return 0
    return d


def dq_grow(p: i32) -> None:
    # A new buffer twice the size with the items in its middle.
    n = Deque.len[p]
    total = 2 * n + 8
    lead = (total - n) / 2
    buf = alloc(8 * total)
    memcopy(buf + 8 * lead, Deque.items[p], 8 * n)
    Deque.items[p] = buf + 8 * lead
    Deque.lead[p] = lead
    Deque.cap[p] = total - lead


def dq_push(d: i64, x: i64, left: i32) -> None:
    # append (left 0) and appendleft (1); a full bounded deque drops an
    # item from the other end.
    p = i32(d)
    m = Deque.maxlen[p]
    if m == 0:
        return
    if Deque.len[p] == m:
        if left:
            Deque.len[p] = m - 1
        else:
            dq_take(p, 1)
    if left:
        if Deque.lead[p] == 0:
            dq_grow(p)
        Deque.items[p] = Deque.items[p] - 8
        Deque.lead[p] = Deque.lead[p] - 1
        Deque.cap[p] = Deque.cap[p] + 1
        store64(Deque.items[p], x)
    else:
        if Deque.len[p] == Deque.cap[p]:
            dq_grow(p)
        store64(Deque.items[p] + 8 * Deque.len[p], x)
    Deque.len[p] = Deque.len[p] + 1


def dq_take(p: i32, left: i32) -> i64:
    # pop (left 0) and popleft (1) of a deque known not to be empty.
    n = Deque.len[p] - 1
    Deque.len[p] = n
    if left == 0:
        return load64(Deque.items[p] + 8 * n)
    x = load64(Deque.items[p])
    Deque.items[p] = Deque.items[p] + 8
    Deque.lead[p] = Deque.lead[p] + 1
    Deque.cap[p] = Deque.cap[p] - 1
    return x


def dq_pop(d: i64, left: i32) -> i64:
    if Deque.len[i32(d)] == 0:
        raise_(EXC_INDEX, "pop from an empty deque")
        return 0
    return dq_take(i32(d), left)


def dq_extend(d: i64, src: i64, left: i32) -> i64:
    # extend and extendleft: a deque extended by itself takes a copy.
    if src == d:
        src = list_from(src)
    it = iter_(src)
    if it == 0:
        return 0
    while 1:
        x = next_(it)
        if x == 0:
            if exc != 0:
                return 0
            return NONE
        dq_push(d, x, left)


def dq_rotate(d: i64, k: i64) -> i64:
    # rotate(k): k steps to the right (negative: to the left).
    if num_kind(k) != 1:
        object_type_error(k, "' object cannot be interpreted as an integer")
        return 0
    p = i32(d)
    n = Deque.len[p]
    if n <= 1:
        return NONE
    s = i32(intval(k) % i64(n))
    if s < 0:
        s += n
    if s == 0:
        return NONE
    old = Deque.items[p]
    copy = alloc(8 * n)
    memcopy(copy, old, 8 * n)
    i = 0
    while i < n:
        store64(old + 8 * ((i + s) % n), load64(copy + 8 * i))
        i += 1
    return NONE


def dq_find(d: i64, x: i64, lo: i32, hi: i32) -> i32:
    # The first index in [lo, hi) holding a value equal to x, else -1.
    p = i32(d)
    i = lo
    while i < hi and i < Deque.len[p]:
        y = load64(Deque.items[p] + 8 * i)
        if y == x or eq(y, x):
            return i
        if exc != 0:
            return -1
        i += 1
    return -1


def dq_count(d: i64, x: i64, extra: i64) -> i64:
    if extra != 0:
        raise_(EXC_TYPE, "deque.count() takes exactly one argument (2 given)")
        return 0
    c = 0
    p = i32(d)
    i = 0
    while i < Deque.len[p]:
        y = load64(Deque.items[p] + 8 * i)
        if y == x or eq(y, x):
            c += 1
        if exc != 0:
            return 0
        i += 1
    return mkint(i64(c))


def dq_not_found(x: i64) -> i64:
    raise_(EXC_VALUE, str_concat(repr_(x), " is not in deque"))
    return 0


def dq_index(d: i64, x: i64, start: i64, stop: i64) -> i64:
    n = Deque.len[i32(d)]
    lo = 0
    hi = n
    if start != 0:
        lo = dq_bound(start, n)
    if stop != 0:
        hi = dq_bound(stop, n)
    if exc != 0:
        return 0
    i = dq_find(d, x, lo, hi)
    if i < 0:
        if exc != 0:
            return 0
        return dq_not_found(x)
    return mkint(i64(i))


def dq_bound(v: i64, n: i32) -> i32:
    # A start or stop of index(): negative counts from the end, clamped.
    if num_kind(v) != 1:
        object_type_error(v, "' object cannot be interpreted as an integer")
        return 0
    i = intval(v)
    if i < 0:
        i += i64(n)
        if i < 0:
            i = 0
    if i > i64(n):
        i = i64(n)
    return i32(i)


def dq_remove(d: i64, x: i64) -> i64:
    i = dq_find(d, x, 0, Deque.len[i32(d)])
    if i < 0:
        if exc != 0:
            return 0
        return dq_not_found(x)
    dq_delete(i32(d), i)
    return NONE


def dq_delete(p: i32, i: i32) -> None:
    n = Deque.len[p]
    a = Deque.items[p]
    memcopy(a + 8 * i, a + 8 * i + 8, 8 * (n - i - 1))
    Deque.len[p] = n - 1


def dq_insert(d: i64, k: i64, x: i64) -> i64:
    p = i32(d)
    n = Deque.len[p]
    if n == Deque.maxlen[p]:
        raise_(EXC_INDEX, "deque already at its maximum size")
        return 0
    if num_kind(k) != 1:
        object_type_error(k, "' object cannot be interpreted as an integer")
        return 0
    i = dq_bound(k, n)
    dq_push(d, x, 0)
    a = Deque.items[p]
    memcopy(a + 8 * i + 8, a + 8 * i, 8 * (n - i))
    store64(a + 8 * i, x)
    return NONE


def dq_copy(d: i64) -> i64:
    c = deque_(0, 0)
    Deque.maxlen[i32(c)] = Deque.maxlen[i32(d)]
    dq_extend(c, d, 0)
    return c


def dq_concat(a: i64, b: i64) -> i64:
    if typeof(b) != TAG_DEQUE:
        s = sb_new(64)
        sb_str(s, 'can only concatenate deque (not "')
        sb_str(s, type_name(b))
        sb_str(s, '") to deque')
        raise_(EXC_TYPE, sb_done(s))
        return 0
    c = dq_copy(a)
    dq_extend(c, b, 0)
    return c


def dq_repeat(d: i64, k: i32) -> i64:
    # d * k: a new deque (bounded as d) of k copies of the items.
    c = dq_copy(d)
    Deque.len[i32(c)] = 0
    i = 0
    while i < k:
        dq_extend(c, d, 0)
        i += 1
    return c


def dq_index_of(d: i64, k: i64) -> i32:
    # The item index for d[k], or -1 with IndexError or TypeError raised.
    if (num_kind(k) & 1) == 0:
        s = sb_new(64)
        sb_str(s, "sequence index must be integer, not '")
        sb_str(s, type_name(k))
        sb_byte(s, 39)
        raise_(EXC_TYPE, sb_done(s))
        return -1
    return norm_index(intval(k), Deque.len[i32(d)], "deque")


def dq_repr_into(b: i32, d: i64) -> None:
    # deque([1, 2]) and deque([1], maxlen=3).
    p = i32(d)
    sb_str(b, "deque([")
    i = 0
    while i < Deque.len[p]:
        if i > 0:
            sb_str(b, ", ")
        repr_into(b, load64(Deque.items[p] + 8 * i))
        i += 1
    sb_str(b, "]")
    if Deque.maxlen[p] >= 0:
        sb_str(b, ", maxlen=")
        sb_int(b, i64(Deque.maxlen[p]))
    sb_str(b, ")")


def m_appendleft(d: i64, x: i64) -> i64:
    if typeof(d) != TAG_DEQUE:
        return no_method(d, "appendleft")
    dq_push(d, x, 1)
    return NONE


def m_popleft(d: i64) -> i64:
    if typeof(d) != TAG_DEQUE:
        return no_method(d, "popleft")
    return dq_pop(d, 1)


def m_extendleft(d: i64, it: i64) -> i64:
    if typeof(d) != TAG_DEQUE:
        return no_method(d, "extendleft")
    return dq_extend(d, it, 1)


def m_rotate(d: i64, k: i64) -> i64:
    if typeof(d) != TAG_DEQUE:
        return no_method(d, "rotate")
    if k == 0:
        k = mkint(1)
    return dq_rotate(d, k)


def attr_maxlen(v: i64) -> i64:
    if typeof(v) != TAG_DEQUE:
        return no_method(v, "maxlen")
    m = Deque.maxlen[i32(v)]
    if m < 0:
        return NONE
    return mkint(i64(m))
