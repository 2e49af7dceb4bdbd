# Slice assignment and deletion on lists, as CPython: xs[a:b] = it takes
# any iterable (read to the end first, so xs[:] = xs works) and may grow
# or shrink the list; an extended slice (step other than 1) needs exactly
# as many items as it selects; del xs[a:b:c] removes what the slice
# selects.


def slice_step(st: i64) -> i64:
    # The slice's step (1 for None); 0 with ValueError raised for 0.
    if st == NONE:
        return 1
    step = index_arg(st)
    if step == 0 and exc == 0:
        raise_(EXC_VALUE, "slice step cannot be zero")
    return step


def slice_count(a: i64, z: i64, step: i64) -> i64:
    # How many indices range(a, z, step) has.
    if step > 0 and a < z:
        return (z - a + step - 1) / step
    if step < 0 and a > z:
        return (a - z - step - 1) / (0 - step)
    return 0


def list_resize(l: i64, n: i32) -> None:
    # Sets the length to n, growing the item store (doubling) if needed.
    p = i32(l)
    cap = List.cap[p]
    if n > cap:
        while cap < n:
            cap = cap * 2
        items = alloc(8 * cap)
        memcopy(items, List.items[p], 8 * List.len[p])
        List.items[p] = items
        List.cap[p] = cap
    List.len[p] = n


def setslice(o: i64, lo: i64, hi: i64, st: i64, v: i64) -> None:
    if typeof(o) != TAG_LIST:
        object_type_error(o, "' object does not support item assignment")
        return
    step = slice_step(st)
    if exc != 0:
        return
    t = typeof(v)
    if num_kind(v) != 0 or t == T_NONE or t == TAG_FUNC or t == TAG_BUILTIN:
        # CPython's words, not iter()'s "'int' object is not iterable".
        if step == 1:
            raise_(EXC_TYPE, "can only assign an iterable")
        else:
            raise_(EXC_TYPE, "must assign iterable to extended slice")
        return
    src = list_from(v)
    if src == 0:
        return
    n = i64(seq_len(o))
    m = seq_len(src)
    a = slice_start(lo, n, step)
    z = slice_stop(hi, n, step)
    if exc != 0:
        return
    if step == 1:
        if z < a:
            z = a
        old = i32(z - a)
        tail = i32(n - z)
        list_resize(o, i32(n) - old + m)
        p = items_of(o)
        memcopy(p + 8 * (i32(a) + m), p + 8 * i32(z), 8 * tail)
        memcopy(p + 8 * i32(a), items_of(src), 8 * m)
        return
    count = slice_count(a, z, step)
    if i64(m) != count:
        s = sb_new(80)
        sb_str(s, "attempt to assign sequence of size ")
        sb_int(s, i64(m))
        sb_str(s, " to extended slice of size ")
        sb_int(s, count)
        raise_(EXC_VALUE, sb_done(s))
        return
    p2 = items_of(o)
    q = items_of(src)
    i = 0
    while i < m:
        store64(p2 + 8 * i32(a + step * i64(i)), load64(q + 8 * i))
        i += 1


def delslice(o: i64, lo: i64, hi: i64, st: i64) -> None:
    if typeof(o) != TAG_LIST:
        object_type_error(o, "' object does not support item deletion")
        return
    step = slice_step(st)
    if exc != 0:
        return
    n = i64(seq_len(o))
    a = slice_start(lo, n, step)
    z = slice_stop(hi, n, step)
    if exc != 0:
        return
    count = slice_count(a, z, step)
    if count == 0:
        return
    # Walk the slice upwards whatever its direction: first, last, stride.
    first = a
    stride = step
    if step < 0:
        first = a + step * (count - 1)
        stride = 0 - step
    p = items_of(o)
    w = i32(first)
    r = i32(first)
    k: i64 = 0
    while r < i32(n):
        if k < count and i64(r) == first + stride * k:
            k += 1
        else:
            store64(p + 8 * w, load64(p + 8 * r))
            w += 1
        r += 1
    List.len[i32(o)] = w
