# statistics (mean, fmean, median, median_low, median_high, mode,
# multimode, variance, pvariance, stdev, pstdev) and math.fsum, as
# CPython 3.11's, for ints, bools and floats.
#
# CPython sums exactly with Fractions. Here every int and float has the
# exact value num / 2**k (a float is its mantissa over a power of two),
# so an exact sum is one big int over the largest 2**k seen, and a mean
# or a variance is one division of big ints, which rounds correctly as
# CPython's Fraction-to-float conversion does. A non-finite float makes
# the result the float sum of the non-finite items, as CPython's partials
# do. stdev's square root is CPython's: the correctly rounded square root
# of the exact fraction in lowest terms (round-to-odd integer root with
# 109 bits, then one division).

# The exact sum of a pass over the data (sx_collect), a record:
SX_N = 0
# the sum of the squares (variance), over 4**k
SX_M = 8
# the power of two under SX_N (a machine int)
SX_K = 16
# how many items (a machine int)
SX_CNT = 24
# the float sum of the non-finite items
SX_SPECIAL = 32
# 1: a float was seen (the result is a float); 2: a non-finite one
SX_FLAGS = 40
SX_SIZE = 48

def stat_error(msg: i32) -> i64:
    raise_(EXC_STATISTICS, msg)
    return 0


def sx_ratio(x: i64, out: i32) -> i32:
    # x's exact value as (numerator value, k) at out; 1 an int, 2 a
    # finite float, 3 a non-finite float, 0 with CPython's TypeError.
    kind = num_kind(x)
    if kind == 1 or kind == 3:
        store64(out, x)
        if x == TRUE or x == FALSE:
            store64(out, mkint(intval(x)))
        store64(out + 8, 0)
        return 1
    if kind == 2:
        f = Float.value[i32(x)]
        if f != f or f - f != 0.0:
            return 3
        b = bits(f)
        e = (b >> 52) & 2047
        mant = b & 4503599627370495
        ex: i64 = -1074
        if e != 0:
            mant = mant | 4503599627370496
            ex = e - 1075
        if mant == 0:
            ex = 0
        while mant != 0 and (mant & 1) == 0 and ex < 0:
            mant = mant >> 1
            ex += 1
        if b < 0:
            mant = 0 - mant
        num = mkint(mant)
        if ex > 0:
            num = lshift(num, mkint(ex))
            ex = 0
        store64(out, num)
        store64(out + 8, 0 - ex)
        return 2
    s = sb_new(64)
    sb_str(s, "can't convert type '")
    sb_str(s, type_name(x))
    sb_str(s, "' to numerator/denominator")
    raise_(EXC_TYPE, sb_done(s))
    return 0


def sx_add(st: i32, num: i64, k: i64, squares: i32) -> None:
    # Adds num / 2**k to the sum (and its square to the squares).
    have = load64(st + SX_K)
    if k > have:
        store64(st + SX_N, lshift(load64(st + SX_N), mkint(k - have)))
        if squares:
            store64(st + SX_M, lshift(load64(st + SX_M), mkint(2 * (k - have))))
        store64(st + SX_K, k)
        have = k
    a = num
    if k < have:
        a = lshift(num, mkint(have - k))
    store64(st + SX_N, add(load64(st + SX_N), a))
    if squares:
        store64(st + SX_M, add(load64(st + SX_M), mul(a, a)))


def sx_collect(data: i64, c: i64, squares: i32) -> i32:
    # One pass over data: the exact sum of its items (of (x - c)**2 when
    # c is not 0), and of their squares when asked; 0 with an error.
    st = alloc(SX_SIZE)
    store64(st + SX_N, mkint(0))
    store64(st + SX_M, mkint(0))
    store64(st + SX_K, 0)
    store64(st + SX_CNT, 0)
    storef(st + SX_SPECIAL, 0.0)
    store32(st + SX_FLAGS, 0)
    it = iter_(data)
    if it == 0:
        return 0
    r = alloc(16)
    while 1:
        x = next_(it)
        if x == 0:
            break
        if c != 0:
            d = sub(x, c)
            if exc != 0:
                return 0
            x = mul(d, d)
            if exc != 0:
                return 0
        kind = sx_ratio(x, r)
        if kind == 0:
            return 0
        store64(st + SX_CNT, load64(st + SX_CNT) + 1)
        if kind >= 2:
            store32(st + SX_FLAGS, load32(st + SX_FLAGS) | 1)
        if kind == 3:
            store32(st + SX_FLAGS, load32(st + SX_FLAGS) | 2)
            storef(st + SX_SPECIAL, loadf(st + SX_SPECIAL) + Float.value[i32(x)])
        else:
            sx_add(st, load64(r), load64(r + 8), squares)
        if exc != 0:
            return 0
    if exc != 0:
        return 0
    return st


def sx_convert(num: i64, den: i64, is_float: i32) -> i64:
    # _convert(Fraction(num, den), T): a float unless T is int and the
    # fraction is whole.
    if is_float == 0:
        r = mod_(num, den)
        if exc != 0:
            return 0
        if r == mkint(0):
            return floordiv(num, den)
    return truediv(num, den)


def stat_mean(data: i64) -> i64:
    st = sx_collect(data, 0, 0)
    if st == 0:
        return 0
    n = load64(st + SX_CNT)
    if n < 1:
        return stat_error("mean requires at least one data point")
    if load32(st + SX_FLAGS) & 2:
        return mkfloat(loadf(st + SX_SPECIAL) / f64(n))
    den = lshift(mkint(n), mkint(load64(st + SX_K)))
    return sx_convert(load64(st + SX_N), den, load32(st + SX_FLAGS) & 1)


def sx_spread(data: i64, c: i64, sample: i32, what: i32) -> i32:
    # The exact sum of squared deviations over n - 1 (sample) or n, for
    # variance, pvariance, stdev and pstdev: a record whose SX_N is the
    # numerator and SX_M the denominator (SX_FLAGS as sx_collect's; with
    # bit 2 SX_SPECIAL is the result's float); 0 with an error.
    given = c != 0 and c != NONE
    cc: i64 = 0
    if given:
        cc = c
    st = sx_collect(data, cc, given == 0)
    if st == 0:
        return 0
    n = load64(st + SX_CNT)
    if n < i64(1 + sample):
        s = sb_new(64)
        sb_str(s, what)
        if sample:
            sb_str(s, " requires at least two data points")
        else:
            sb_str(s, " requires at least one data point")
        raise_(EXC_STATISTICS, sb_done(s))
        return 0
    div = n - i64(sample)
    if load32(st + SX_FLAGS) & 2:
        storef(st + SX_SPECIAL, loadf(st + SX_SPECIAL) / f64(div))
        return st
    k = load64(st + SX_K)
    if given:
        # _sum of the squares: their sum over 2**k, over div.
        store64(st + SX_M, lshift(mkint(div), mkint(k)))
        return st
    # (n * sxx - sx * sx) / n over div, sxx over 4**k.
    sx = load64(st + SX_N)
    v = sub(mul(mkint(n), load64(st + SX_M)), mul(sx, sx))
    store64(st + SX_N, v)
    store64(st + SX_M, lshift(mul(mkint(n), mkint(div)), mkint(2 * k)))
    if exc != 0:
        return 0
    return st


def stat_var(data: i64, c: i64, sample: i32, what: i32) -> i64:
    st = sx_spread(data, c, sample, what)
    if st == 0:
        return 0
    if load32(st + SX_FLAGS) & 2:
        return mkfloat(loadf(st + SX_SPECIAL))
    return sx_convert(load64(st + SX_N), load64(st + SX_M), load32(st + SX_FLAGS) & 1)


def stat_std(data: i64, c: i64, sample: i32, what: i32) -> i64:
    st = sx_spread(data, c, sample, what)
    if st == 0:
        return 0
    if load32(st + SX_FLAGS) & 2:
        # CPython reads .numerator of the float variance.
        raise_(EXC_ATTR, "'float' object has no attribute 'numerator'")
        return 0
    return sqrt_of_frac(load64(st + SX_N), load64(st + SX_M))


def isqrt_rto(n: i64, m: i64) -> i64:
    # The integer square root of n / m, rounded to odd.
    a = math_isqrt(floordiv(n, m))
    if exc != 0:
        return 0
    if eq(mul(mul(a, a), m), n) == 0:
        a = or_(a, mkint(1))
    return a


def sqrt_of_frac(n0: i64, m0: i64) -> i64:
    # sqrt(n0 / m0) as a float, correctly rounded.
    g = math_gcd(n0, m0)
    n = floordiv(n0, g)
    m = floordiv(m0, g)
    if exc != 0:
        return 0
    q = (intval(m_bit_length(n)) - intval(m_bit_length(m)) - 109) >> 1
    if q >= 0:
        num = lshift(isqrt_rto(n, lshift(m, mkint(2 * q))), mkint(q))
        return truediv(num, mkint(1))
    num = isqrt_rto(lshift(n, mkint(0 - 2 * q)), m)
    return truediv(num, lshift(mkint(1), mkint(0 - q)))


def stat_variance(data: i64, xbar: i64) -> i64:
    return stat_var(data, xbar, 1, "variance")


def stat_pvariance(data: i64, mu: i64) -> i64:
    return stat_var(data, mu, 0, "pvariance")


def stat_stdev(data: i64, xbar: i64) -> i64:
    return stat_std(data, xbar, 1, "stdev")


def stat_pstdev(data: i64, mu: i64) -> i64:
    return stat_std(data, mu, 0, "pstdev")


def stat_sorted(data: i64) -> i64:
    # sorted(data); 0 with an error, or with StatisticsError for no data.
    l = sorted_(data, 0, 0)
    if l == 0:
        return 0
    if List.len[i32(l)] == 0:
        return stat_error("no median for empty data")
    return l


def stat_median(data: i64) -> i64:
    l = stat_sorted(data)
    if l == 0:
        return 0
    n = List.len[i32(l)]
    p = List.items[i32(l)]
    if n & 1:
        return load64(p + 8 * (n >> 1))
    s = add(load64(p + 8 * ((n >> 1) - 1)), load64(p + 8 * (n >> 1)))
    if exc != 0:
        return 0
    return truediv(s, mkint(2))


def stat_median_low(data: i64) -> i64:
    l = stat_sorted(data)
    if l == 0:
        return 0
    n = List.len[i32(l)]
    i = n >> 1
    if (n & 1) == 0:
        i -= 1
    return load64(List.items[i32(l)] + 8 * i)


def stat_median_high(data: i64) -> i64:
    l = stat_sorted(data)
    if l == 0:
        return 0
    n = List.len[i32(l)]
    return load64(List.items[i32(l)] + 8 * (n >> 1))


def stat_counts(data: i64) -> i64:
    # Counter(iter(data)): each distinct item (dict equality) and how many
    # times it came, in first-seen order.
    it = iter_(data)
    if it == 0:
        return 0
    c = dict_new()
    while 1:
        x = next_(it)
        if x == 0:
            break
        e = dict_lookup(c, x)
        if exc != 0:
            return 0
        if e != 0:
            Entry.value[e] = Entry.value[e] + 2
        else:
            dict_set(c, x, mkint(1))
            if exc != 0:
                return 0
    if exc != 0:
        return 0
    return c


def stat_mode(data: i64) -> i64:
    c = stat_counts(data)
    if c == 0:
        return 0
    best: i64 = 0
    most: i64 = 0
    it = iter_(c)
    while 1:
        k = next_(it)
        if k == 0:
            break
        n = intval(Entry.value[dict_lookup(c, k)])
        if n > most:
            most = n
            best = k
    if best == 0:
        return stat_error("no mode for empty data")
    return best


def stat_multimode(data: i64) -> i64:
    c = stat_counts(data)
    if c == 0:
        return 0
    most: i64 = 0
    it = iter_(c)
    while 1:
        k = next_(it)
        if k == 0:
            break
        n = intval(Entry.value[dict_lookup(c, k)])
        if n > most:
            most = n
    out = list_new()
    it = iter_(c)
    while 1:
        k = next_(it)
        if k == 0:
            break
        if intval(Entry.value[dict_lookup(c, k)]) == most:
            list_append(out, k)
    return out
