# math.fsum and statistics.fmean: Shewchuk's non-overlapping partials,
# as CPython's fsum keeps them (its overflow and inf/nan rules), and the
# correctly rounded sum they make.

# The state of a sum (fs_new):
FS_P = 0
FS_N = 4
FS_CAP = 8
FS_SPECIAL = 16
FS_INF = 24
FS_SIZE = 32

def fs_new() -> i32:
    a = alloc(FS_SIZE)
    store32(a + FS_P, alloc(8 * 32))
    store32(a + FS_N, 0)
    store32(a + FS_CAP, 32)
    storef(a + FS_SPECIAL, 0.0)
    storef(a + FS_INF, 0.0)
    return a


def fs_add(a: i32, v: i64) -> i32:
    # Adds item v (a real number) to the partials; 0 with an error.
    x = math_arg(v)
    if exc != 0:
        return 0
    xsave = x
    p = load32(a + FS_P)
    n = load32(a + FS_N)
    i = 0
    j = 0
    while j < n:
        y = loadf(p + 8 * j)
        if fabs(x) < fabs(y):
            t = x
            x = y
            y = t
        hi = x + y
        lo = y - (hi - x)
        if lo != 0.0:
            storef(p + 8 * i, lo)
            i += 1
        x = hi
        j += 1
    n = i
    if x != 0.0:
        if x - x != 0.0:
            # Not finite: an overflow of finite items, or an inf or nan.
            if xsave - xsave == 0.0:
                raise_(EXC_OVERFLOW, "intermediate overflow in fsum")
                return 0
            if xsave == xsave:
                storef(a + FS_INF, loadf(a + FS_INF) + xsave)
            storef(a + FS_SPECIAL, loadf(a + FS_SPECIAL) + xsave)
            n = 0
        else:
            if n >= load32(a + FS_CAP):
                q = alloc(16 * n)
                memcopy(q, p, 8 * n)
                store32(a + FS_P, q)
                store32(a + FS_CAP, 2 * n)
                p = q
            storef(p + 8 * n, x)
            n += 1
    store32(a + FS_N, n)
    return 1


def fs_total(a: i32) -> i64:
    # The correctly rounded sum of the partials (CPython's fsum end).
    sp = loadf(a + FS_SPECIAL)
    if sp != 0.0:
        inf = loadf(a + FS_INF)
        if inf != inf:
            raise_(EXC_VALUE, "-inf + inf in fsum")
            return 0
        return mkfloat(sp)
    p = load32(a + FS_P)
    n = load32(a + FS_N)
    hi = 0.0
    lo = 0.0
    if n > 0:
        n -= 1
        hi = loadf(p + 8 * n)
        while n > 0:
            x = hi
            n -= 1
            y = loadf(p + 8 * n)
            hi = x + y
            lo = y - (hi - x)
            if lo != 0.0:
                break
        if n > 0:
            below = loadf(p + 8 * (n - 1))
            if (lo < 0.0 and below < 0.0) or (lo > 0.0 and below > 0.0):
                y = lo * 2.0
                x = hi + y
                if y == x - hi:
                    hi = x
    return mkfloat(hi)


def math_fsum(data: i64) -> i64:
    it = iter_(data)
    if it == 0:
        return 0
    a = fs_new()
    while 1:
        x = next_(it)
        if x == 0:
            break
        if fs_add(a, x) == 0:
            return 0
    if exc != 0:
        return 0
    return fs_total(a)


def stat_fmean(data: i64, weights: i64) -> i64:
    # fsum(data) / len(data), or the weighted form.
    l = list_from(data)
    if l == 0:
        return 0
    n = List.len[i32(l)]
    if weights == 0 or weights == NONE:
        t = math_fsum(l)
        if t == 0:
            return 0
        if n == 0:
            return stat_error("fmean requires at least one data point")
        return mkfloat(Float.value[i32(t)] / f64(n))
    w = list_from(weights)
    if w == 0:
        return 0
    nw = List.len[i32(w)]
    a = fs_new()
    i = 0
    while i < n and i < nw:
        x = mul(load64(List.items[i32(l)] + 8 * i), load64(List.items[i32(w)] + 8 * i))
        if exc != 0:
            return 0
        if fs_add(a, x) == 0:
            return 0
        i += 1
    num = fs_total(a)
    if num == 0:
        return 0
    if n != nw:
        return stat_error("data and weights must be the same length")
    den = math_fsum(w)
    if den == 0:
        return 0
    if Float.value[i32(den)] == 0.0:
        return stat_error("sum of weights must be non-zero")
    return mkfloat(Float.value[i32(num)] / Float.value[i32(den)])
