# math functions on ints of any size (runtime/long.py), written with the
# generic operators so that each step is exact whatever the size.


def big_gcd(a: i64, b: i64) -> i64:
    x = a
    y = b
    if long_sign(x) < 0:
        x = neg(x)
    if long_sign(y) < 0:
        y = neg(y)
    while long_sign(y) != 0:
        t = mod_(x, y)
        x = y
        y = t
    return x


def big_factorial(n: i64) -> i64:
    # The product in i64 while it fits, then in Longs; the small factors
    # are multiplied together first so that each Long step takes a
    # factor near 2**32 instead of one below n.
    r = mkint(1)
    i: i64 = 2
    while i <= n:
        f: i64 = 1
        while i <= n and f < 4294967296 / i:
            f = f * i
            i += 1
        r = mul(r, mkint(f))
        if exc != 0:
            return 0
    return r


def big_isqrt(v: i64) -> i64:
    # Newton's iteration from a power of two above the root; it decreases
    # to the floor of the square root.
    if long_sign(v) < 0:
        raise_(EXC_VALUE, "isqrt() argument must be nonnegative")
        return 0
    nb = mag_bitlen(i32(v))
    x = lshift(mkint(1), mkint(i64((nb + 1) / 2)))
    while 1:
        y = floordiv(add(x, floordiv(v, x)), mkint(2))
        if long_cmp(y, x) >= 0:
            return x
        x = y
    return x


def math_comb(n: i64, k: i64) -> i64:
    # n! / (k! (n - k)!), exact: each partial product of i factors is
    # divisible by i!.
    if math_int(n) == 0 or math_int(k) == 0:
        return 0
    if long_sign(n) < 0:
        raise_(EXC_VALUE, "n must be a non-negative integer")
        return 0
    if long_sign(k) < 0:
        raise_(EXC_VALUE, "k must be a non-negative integer")
        return 0
    if long_cmp(k, n) > 0:
        return mkint(0)
    m = sub(n, k)
    if long_cmp(m, k) < 0:
        k = m
    kk = intval(k)
    r = mkint(1)
    i: i64 = 1
    while i <= kk and exc == 0:
        r = floordiv(mul(r, add(sub(n, k), mkint(i))), mkint(i))
        i += 1
    return r


def math_perm(n: i64, k: i64) -> i64:
    # n! / (n - k)!; perm(n) is n!.
    if k == NONE:
        return math_factorial(n)
    if math_int(n) == 0 or math_int(k) == 0:
        return 0
    if long_sign(n) < 0:
        raise_(EXC_VALUE, "n must be a non-negative integer")
        return 0
    if long_sign(k) < 0:
        raise_(EXC_VALUE, "k must be a non-negative integer")
        return 0
    if long_cmp(k, n) > 0:
        return mkint(0)
    kk = intval(k)
    r = mkint(1)
    i: i64 = 0
    while i < kk and exc == 0:
        r = mul(r, sub(n, mkint(i)))
        i += 1
    return r
