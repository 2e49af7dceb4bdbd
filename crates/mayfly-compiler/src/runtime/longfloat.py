# Ints of any size meet floats: float(n) and n / m correctly rounded
# (half to even, as CPython), int(x) of a large float, and the exact
# comparison of an int with a float that CPython makes (no rounding of
# the int first: 2**53 + 1 != 2.0**53).

TWO52 = 4503599627370496
TWO53 = 9007199254740992


def mag_to_f64(p: i32, e: i32, sticky: i32) -> f64:
    # The double nearest |p| * 2**e, where sticky says that nonzero bits
    # below |p| were dropped; inf when it is 2**1024 or more.
    nbits = mag_bitlen(p)
    if nbits == 0:
        return 0.0
    # The exponent of the result's last mantissa bit, at least that of the
    # smallest subnormal.
    lsb = nbits + e - 53
    if lsb < -1074:
        lsb = -1074
    sh = lsb - e
    m: i64 = 0
    if sh <= 0:
        m = mag_bits(p, 0, 53) << i64(0 - sh)
    else:
        m = mag_bits(p, sh, 53)
        half = mag_bits(p, sh - 1, 1)
        if half != 0:
            if sticky == 0:
                sticky = mag_any_below(p, sh - 1)
            if sticky or (m & 1):
                m += 1
                if m == TWO53:
                    m = m >> i64(1)
                    lsb += 1
    if lsb > 971:
        return 1e308 * 10.0
    if m >= TWO52:
        return fbits((i64(lsb + 52 + 1023) << i64(52)) | (m - TWO52))
    return fbits(m)


def mag_any_below(p: i32, k: i32) -> i32:
    # Whether any of the bits 0 .. k - 1 of |p| is set.
    w = k >> 5
    n = lg_len(p)
    i = 0
    while i < w and i < n:
        if load32(Long.digits[p] + 4 * i) != 0:
            return 1
        i += 1
    if (k & 31) == 0 or w >= n:
        return 0
    return (lg_dig(p, w) & ((i64(1) << i64(k & 31)) - 1)) != 0


def long_to_float(v: i64) -> f64:
    p = i32(v)
    x = mag_to_f64(p, 0, 0)
    if x - x != 0.0:
        raise_(EXC_OVERFLOW, "int too large to convert to float")
        return 0.0
    if lg_neg(p):
        return 0.0 - x
    return x


def big_int(v: i64) -> i32:
    # An int that a double may not hold exactly (beyond 2**53 in size).
    if v & 1:
        x = v >> 1
        return x > TWO53 or x < 0 - TWO53
    t = typeof(v)
    if t == TAG_BIG:
        return 1
    return t == TAG_LONG


def int_truediv(a: i64, b: i64) -> i64:
    # a / b for ints, b != 0: the quotient correctly rounded, as CPython's.
    if big_int(a) == 0 and big_int(b) == 0:
        return mkfloat(f64(intval(a)) / f64(intval(b)))
    pa = lg_of(a)
    pb = lg_of(b)
    # Shift a left until the quotient has at least 55 bits: then the
    # remainder only decides the rounding of a tie (sticky).
    k = mag_bitlen(pb) - mag_bitlen(pa) + 55
    if k < 0:
        k = 0
    q = mag_divmod(mag_shl(pa, k), pb)
    x = mag_to_f64(q, 0 - k, lg_len(lg_remp) != 0)
    if x - x != 0.0:
        raise_(EXC_OVERFLOW, "integer division result too large for a float")
        return 0
    if lg_neg(pa) != lg_neg(pb):
        x = 0.0 - x
    return mkfloat(x)


def long_from_float(x: f64) -> i64:
    # int(x) for a finite x (truncated toward zero).
    t = ftrunc(x)
    if fabs(t) < 9.0e18:
        return mkint(i64(t))
    b = bits(t)
    e = i32(shru(b, i64(52)) & 2047) - 1075
    m = (b & (TWO52 - 1)) | TWO52
    return lg_done(mag_shl(lg_of(mkint(m)), e), t < 0.0)


def int_float_cmp(a: i64, x: f64) -> i32:
    # -1, 0 or 1 comparing the int a with the float x exactly; 2 if x is
    # a NaN (unordered).
    if x != x:
        return 2
    if x - x != 0.0:
        if x > 0.0:
            return -1
        return 1
    t = ftrunc(x)
    c = long_cmp(a, long_from_float(t))
    if c == 0:
        if x > t:
            return -1
        if x < t:
            return 1
    return c
