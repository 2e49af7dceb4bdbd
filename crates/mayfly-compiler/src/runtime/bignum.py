# Unsigned big integers for exact float <-> decimal conversion (float.py).
# Only the conversions need them, so they live in static buffers (no arena
# growth per float repr): layout {u32 used limbs, pad, u32 limbs[BN_CAP]},
# little-endian base 2**32. BN_CAP covers the worst case of parse_float:
# 800 significant digits scaled by 10**1125 and 2**1075 (about 7000 bits
# would be needed only beyond those clamps, which parse_float applies).

BN_CAP = 240


# Five buffers are enough for both conversions; each static_ call site
# reserves its own 8 + 4 * BN_CAP bytes.
def bn_a() -> i32:
    return static_(968)


def bn_b() -> i32:
    return static_(968)


def bn_c() -> i32:
    return static_(968)


def bn_d() -> i32:
    return static_(968)


def bn_e() -> i32:
    return static_(968)


def bn_zero(b: i32) -> None:
    store32(b, 0)


def bn_set(b: i32, v: i64) -> None:
    # v is treated as unsigned.
    store32(b + 8, i32(v))
    store32(b + 12, i32(shru(v, i64(32))))
    n = 2
    if shru(v, i64(32)) == 0:
        n = 1
        if v == 0:
            n = 0
    store32(b, n)


def bn_copy(d: i32, s: i32) -> None:
    n = load32(s)
    memcopy(d + 8, s + 8, n * 4)
    store32(d, n)


def bn_mul_small(b: i32, k: i64) -> None:
    bn_mul_add(b, k, i64(0))


def bn_mul_add(b: i32, k: i64, add: i64) -> None:
    # b = b * k + add for 0 <= k, add < 2**32: limb * k + carry fits in
    # 64 bits.
    n = load32(b)
    carry = add
    i = 0
    while i < n:
        t = u64(load32(b + 8 + i * 4)) * k + carry
        store32(b + 8 + i * 4, i32(t))
        carry = shru(t, i64(32))
        i += 1
    if carry != 0 and n < BN_CAP:
        store32(b + 8 + n * 4, i32(carry))
        store32(b, n + 1)


def bn_mul_pow10(b: i32, e: i32) -> None:
    while e >= 9:
        bn_mul_small(b, i64(1000000000))
        e -= 9
    if e > 0:
        k: i64 = 1
        while e > 0:
            k = k * 10
            e -= 1
        bn_mul_small(b, k)


def bn_shl(b: i32, bits: i32) -> None:
    n = load32(b)
    if n == 0:
        return
    words = bits >> 5
    sh = bits & 31
    # Move limbs up by `words`, highest first, then shift by `sh` bits.
    i = n - 1
    while i >= 0:
        store32(b + 8 + (i + words) * 4, load32(b + 8 + i * 4))
        i -= 1
    memfill(b + 8, 0, words * 4)
    n = n + words
    store32(b, n)
    if sh != 0:
        bn_mul_small(b, i64(1) << i64(sh))


def bn_cmp(a: i32, b: i32) -> i32:
    na = load32(a)
    nb = load32(b)
    if na != nb:
        if na < nb:
            return -1
        return 1
    i = na - 1
    while i >= 0:
        x = u64(load32(a + 8 + i * 4))
        y = u64(load32(b + 8 + i * 4))
        if x != y:
            if x < y:
                return -1
            return 1
        i -= 1
    return 0


def bn_add(d: i32, a: i32, b: i32) -> None:
    # d = a + b; d may be a or b.
    na = load32(a)
    nb = load32(b)
    n = na
    if nb > n:
        n = nb
    carry: i64 = 0
    i = 0
    while i < n:
        t = carry
        if i < na:
            t = t + u64(load32(a + 8 + i * 4))
        if i < nb:
            t = t + u64(load32(b + 8 + i * 4))
        store32(d + 8 + i * 4, i32(t))
        carry = shru(t, i64(32))
        i += 1
    if carry != 0:
        store32(d + 8 + n * 4, i32(carry))
        n += 1
    store32(d, n)


def bn_sub(a: i32, b: i32) -> None:
    # a -= b, requires a >= b.
    na = load32(a)
    nb = load32(b)
    borrow: i64 = 0
    i = 0
    while i < na:
        t = u64(load32(a + 8 + i * 4)) - borrow
        if i < nb:
            t = t - u64(load32(b + 8 + i * 4))
        borrow = 0
        if t < 0:
            t = t + (i64(1) << i64(32))
            borrow = 1
        store32(a + 8 + i * 4, i32(t))
        i += 1
    while na > 0 and load32(a + 8 + (na - 1) * 4) == 0:
        na -= 1
    store32(a, na)
