# range as a sequence beyond len, indexing and iteration: ==, slicing
# (a range again), index and count, all by arithmetic for an int, as
# CPython's rangeobject does (no walk over the items).


def range_eq(a: i64, b: i64) -> i32:
    # Equal when they give the same items: same length, and the same
    # start (length > 0) and step (length > 1).
    n = range_len(a)
    if n != range_len(b):
        return 0
    if n == 0:
        return 1
    if Range.start[i32(a)] != Range.start[i32(b)]:
        return 0
    return n == 1 or Range.step[i32(a)] == Range.step[i32(b)]


def range_slice(v: i64, a: i64, z: i64, step: i64) -> i64:
    # r[a:z:step], the bounds already clamped by getslice.
    p = i32(v)
    r = alloc(Range.SIZE)
    Range.tag[r] = TAG_RANGE
    Range.start[r] = Range.start[p] + a * Range.step[p]
    Range.stop[r] = Range.start[p] + z * Range.step[p]
    Range.step[r] = Range.step[p] * step
    return u64(r)


def range_find(v: i64, x: i64) -> i64:
    # The index of x in range v, -1 if absent (x compared with == for
    # anything but an int, as CPython's generic search).
    p = i32(v)
    n = range_len(v)
    if num_kind(x) == 1 and typeof(x) != TAG_BIG:
        d = intval(x) - Range.start[p]
        s = Range.step[p]
        if d % s != 0:
            return -1
        at = d / s
        if at < 0 or at >= i64(n):
            return -1
        return at
    j = 0
    while j < n:
        if eq(mkint(Range.start[p] + i64(j) * Range.step[p]), x):
            return i64(j)
        if exc != 0:
            return -1
        j += 1
    return -1


def range_index(v: i64, x: i64) -> i64:
    i = range_find(v, x)
    if exc != 0:
        return 0
    if i < 0:
        raise_(EXC_VALUE, str_concat(repr_(x), " is not in range"))
        return 0
    return mkint(i)


def range_count(v: i64, x: i64) -> i64:
    i = range_find(v, x)
    if exc != 0:
        return 0
    if i < 0:
        return mkint(0)
    return mkint(1)
