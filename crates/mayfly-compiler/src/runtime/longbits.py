# Bit operations on ints of any size (runtime/long.py), with Python's
# semantics: & | ^ as if on infinite two's complement, >> rounding toward
# minus infinity, << exact.


def mag_shl(p: i32, k: i32) -> i32:
    # |p| * 2**k as a fresh magnitude, k >= 0.
    n = lg_len(p)
    w = k >> 5
    s = i64(k & 31)
    r = lg_new(n + w + 1)
    carry: i64 = 0
    i = 0
    while i < n:
        x = lg_dig(p, i)
        store32(Long.digits[r] + 4 * (i + w), i32((x << s) | carry))
        carry = shru(x, 32 - s)
        if s == 0:
            carry = 0
        i += 1
    store32(Long.digits[r] + 4 * (n + w), i32(carry))
    return r


def mag_shr(p: i32, k: i32) -> i32:
    # |p| // 2**k as a fresh magnitude, k >= 0.
    n = lg_len(p)
    w = k >> 5
    s = i64(k & 31)
    if w >= n:
        return lg_new(1)
    r = lg_new(n - w)
    i = w
    while i < n:
        x = shru(lg_dig(p, i), s)
        if i + 1 < n:
            x = x | (lg_dig(p, i + 1) << (32 - s))
        store32(Long.digits[r] + 4 * (i - w), i32(x))
        i += 1
    return r


def long_lshift(a: i64, n: i64) -> i64:
    if n > 2147483647:
        raise_(EXC_OVERFLOW, "too many digits in integer")
        return 0
    p = lg_of(a)
    return lg_done(mag_shl(p, i32(n)), lg_neg(p))


def long_rshift(a: i64, n: i64) -> i64:
    p = lg_of(a)
    if n > 2147483647:
        n = 2147483647
    k = i32(n)
    r = mag_shr(p, k)
    if lg_neg(p) and lg_len(p) != 0:
        # Toward minus infinity: a negative number that lost set bits
        # moves one further down.
        if mag_any_below(p, k) or mag_bitlen(p) <= k:
            r = mag_add(r, lg_of(3))
        return lg_done(r, 1)
    return lg_done(r, 0)


def lg_twos(p: i32, n: i32) -> i32:
    # The low n digits of p in two's complement (a negative p as
    # 2**(32n) - |p|), n greater than the digits of |p|.
    r = mag_copy(p, n)
    if lg_neg(p):
        carry: i64 = 1
        i = 0
        while i < n:
            t = (lg_dig(r, i) ^ 4294967295) + carry
            store32(Long.digits[r] + 4 * i, i32(t))
            carry = shru(t, i64(32))
            i += 1
    return r


def long_bitop(op: i32, a: i64, b: i64) -> i64:
    # a & b (op 0), a | b (1), a ^ b (2) for ints of any size.
    pa = lg_of(a)
    pb = lg_of(b)
    n = lg_len(pa)
    if lg_len(pb) > n:
        n = lg_len(pb)
    n += 1
    ta = lg_twos(pa, n)
    tb = lg_twos(pb, n)
    sa = lg_neg(pa) and lg_len(pa) != 0
    sb = lg_neg(pb) and lg_len(pb) != 0
    neg = 0
    if op == 0:
        neg = sa and sb
    elif op == 1:
        neg = sa or sb
    else:
        neg = sa != sb
    i = 0
    while i < n:
        x = load32(Long.digits[ta] + 4 * i)
        y = load32(Long.digits[tb] + 4 * i)
        z = x ^ y
        if op == 0:
            z = x & y
        elif op == 1:
            z = x | y
        store32(Long.digits[ta] + 4 * i, z)
        i += 1
    if neg:
        # Back from two's complement: |r| = 2**(32n) - r.
        Long.ndigits[ta] = 0 - n
        ta = lg_twos(ta, n)
    return lg_done(ta, neg)


def m_bit_length(v: i64) -> i64:
    # int.bit_length(): the bits of |v| without leading zeros.
    if (num_kind(v) & 1) == 0:
        return no_method(v, "bit_length")
    if LONGS and typeof(v) == TAG_LONG:
        return mkint(i64(mag_bitlen(i32(v))))
    x = intval(v)
    if x < 0:
        x = 0 - x
    if x == 0:
        return mkint(0)
    # 0 - x of -2**63 wraps to itself, whose 64 bits clz reads unsigned.
    return mkint(64 - clz(x))
