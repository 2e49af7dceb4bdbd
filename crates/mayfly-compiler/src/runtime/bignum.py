# Unsigned big integers for exact float <-> decimal conversion (float.py).
# Only the conversions need them, so they live in static buffers (no arena
# growth per float repr): the Bignum record {used limbs, pad, limbs}, with
# BN_CAP u32 limbs, little-endian base 2**32. BN_CAP covers the worst case
# of parse_float: 800 significant digits scaled by 10**1125 and 2**1075 (about 7000 bits
# would be needed only beyond those clamps, which parse_float applies).

BN_CAP = 240


# Five buffers are enough for both conversions; each static_ call site
# reserves its own Bignum.SIZE + 4 * BN_CAP bytes (968).
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
    Bignum.used[b] = 0


def bn_set(b: i32, v: i64) -> None:
    # v is treated as unsigned.
    store32(Bignum.limbs[b], i32(v))
    store32(Bignum.limbs[b] + 4, i32(shru(v, i64(32))))
    n = 2
    if shru(v, i64(32)) == 0:
        n = 1
        if v == 0:
            n = 0
    Bignum.used[b] = n


def bn_copy(d: i32, s: i32) -> None:
    n = Bignum.used[s]
    memcopy(Bignum.limbs[d], Bignum.limbs[s], n * 4)
    Bignum.used[d] = n


def bn_mul_small(b: i32, k: i64) -> None:
    bn_mul_add(b, k, i64(0))


def bn_mul_add(b: i32, k: i64, add: i64) -> None:
    # b = b * k + add for 0 <= k, add < 2**32: limb * k + carry fits in
    # 64 bits.
    n = Bignum.used[b]
    carry = add
    i = 0
    while i < n:
        t = u64(load32(Bignum.limbs[b] + i * 4)) * k + carry
        store32(Bignum.limbs[b] + i * 4, i32(t))
        carry = shru(t, i64(32))
        i += 1
    if carry != 0 and n < BN_CAP:
        store32(Bignum.limbs[b] + n * 4, i32(carry))
        Bignum.used[b] = n + 1


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
    n = Bignum.used[b]
    if n == 0:
        return
    words = bits >> 5
    sh = bits & 31
    # Move limbs up by `words`, highest first, then shift by `sh` bits.
    i = n - 1
    while i >= 0:
        store32(Bignum.limbs[b] + (i + words) * 4, load32(Bignum.limbs[b] + i * 4))
        i -= 1
    memfill(Bignum.limbs[b], 0, words * 4)
    n = n + words
    Bignum.used[b] = n
    if sh != 0:
        bn_mul_small(b, i64(1) << i64(sh))


def bn_cmp(a: i32, b: i32) -> i32:
    na = Bignum.used[a]
    nb = Bignum.used[b]
    if na != nb:
        if na < nb:
            return -1
        return 1
    i = na - 1
    while i >= 0:
        x = u64(load32(Bignum.limbs[a] + i * 4))
        y = u64(load32(Bignum.limbs[b] + i * 4))
        if x != y:
            if x < y:
                return -1
            return 1
        i -= 1
    return 0


def bn_add(d: i32, a: i32, b: i32) -> None:
    # d = a + b; d may be a or b.
    na = Bignum.used[a]
    nb = Bignum.used[b]
    n = na
    if nb > n:
        n = nb
    carry: i64 = 0
    i = 0
    while i < n:
        t = carry
        if i < na:
            t = t + u64(load32(Bignum.limbs[a] + i * 4))
        if i < nb:
            t = t + u64(load32(Bignum.limbs[b] + i * 4))
        store32(Bignum.limbs[d] + i * 4, i32(t))
        carry = shru(t, i64(32))
        i += 1
    if carry != 0:
        store32(Bignum.limbs[d] + n * 4, i32(carry))
        n += 1
    Bignum.used[d] = n


def bn_sub(a: i32, b: i32) -> None:
    # a -= b, requires a >= b.
    na = Bignum.used[a]
    nb = Bignum.used[b]
    borrow: i64 = 0
    i = 0
    while i < na:
        t = u64(load32(Bignum.limbs[a] + i * 4)) - borrow
        if i < nb:
            t = t - u64(load32(Bignum.limbs[b] + i * 4))
        borrow = 0
        if t < 0:
            t = t + (i64(1) << i64(32))
            borrow = 1
        store32(Bignum.limbs[a] + i * 4, i32(t))
        i += 1
    while na > 0 and load32(Bignum.limbs[a] + (na - 1) * 4) == 0:
        na -= 1
    Bignum.used[a] = na
