# Integers of any size: the Long record (TAG_LONG), sign and magnitude in
# u32 digits, base 2**32, least significant first. Every int inside i64
# stays a small int or a Big, so the fast paths of ops.py never meet a
# Long: one is made only where an i64 result would overflow, and lg_done
# turns every result that fits back into a small int or Big. A Long is
# therefore never equal to an i64 int, and is never zero.
#
# Functions named mag_* work on magnitudes (Long records, sign ignored,
# leading zero digits allowed) and return fresh records; long_* take and
# give values (any int: small, Big, bool or Long). The clauses `if LONGS:`
# elsewhere in the runtime are compiled only into programs that can make
# a Long (front/bigint.rs decides), so the others pay nothing for this.


def lg_new(n: i32) -> i32:
    # A zero magnitude with room for n digits (at least one).
    if n < 1:
        n = 1
    p = alloc(Long.SIZE + 4 * n)
    Long.tag[p] = TAG_LONG
    Long.ndigits[p] = n
    memfill(Long.digits[p], 0, 4 * n)
    return p


def lg_dig(p: i32, i: i32) -> i64:
    return u64(load32(Long.digits[p] + 4 * i))


def lg_neg(p: i32) -> i32:
    return Long.ndigits[p] < 0


def lg_len(p: i32) -> i32:
    # The number of digits without leading zeros.
    n = Long.ndigits[p]
    if n < 0:
        n = 0 - n
    while n > 0 and load32(Long.digits[p] + 4 * (n - 1)) == 0:
        n -= 1
    return n


def lg_of(v: i64) -> i32:
    # Any int value as a Long record: v itself if it is one, else a fresh
    # two-digit record.
    if typeof(v) == TAG_LONG:
        return i32(v)
    x = intval(v)
    p = lg_new(2)
    u = x
    if x < 0:
        # 0 - x wraps for -2**63 to 2**63, which is right read unsigned.
        u = 0 - x
        Long.ndigits[p] = -2
    store32(Long.digits[p], i32(u))
    store32(Long.digits[p] + 4, i32(shru(u, i64(32))))
    return p


def lg_done(p: i32, neg: i32) -> i64:
    # The int whose magnitude is p and sign neg: a small int or Big when
    # it fits i64, else p, normalized (no leading zeros, signed count).
    n = lg_len(p)
    if n == 0:
        return 1
    if n <= 2:
        u = lg_dig(p, 0)
        if n == 2:
            u = u | (lg_dig(p, 1) << i64(32))
        if u >= 0:
            if neg:
                return mkint(0 - u)
            return mkint(u)
        if neg and u == -9223372036854775807 - 1:
            return mkint(u)
    if neg:
        Long.ndigits[p] = 0 - n
    else:
        Long.ndigits[p] = n
    return u64(p)


def mag_copy(p: i32, n: i32) -> i32:
    # The magnitude of p in a fresh record of n digits (n >= lg_len(p)).
    r = lg_new(n)
    m = lg_len(p)
    memcopy(Long.digits[r], Long.digits[p], 4 * m)
    return r


def mag_cmp(a: i32, b: i32) -> i32:
    na = lg_len(a)
    nb = lg_len(b)
    if na != nb:
        if na < nb:
            return -1
        return 1
    i = na - 1
    while i >= 0:
        x = lg_dig(a, i)
        y = lg_dig(b, i)
        if x != y:
            if x < y:
                return -1
            return 1
        i -= 1
    return 0


def mag_add(a: i32, b: i32) -> i32:
    na = lg_len(a)
    nb = lg_len(b)
    if na < nb:
        t = a
        a = b
        b = t
        k = na
        na = nb
        nb = k
    r = lg_new(na + 1)
    carry: i64 = 0
    i = 0
    while i < na:
        s = lg_dig(a, i) + carry
        if i < nb:
            s = s + lg_dig(b, i)
        store32(Long.digits[r] + 4 * i, i32(s))
        carry = shru(s, i64(32))
        i += 1
    store32(Long.digits[r] + 4 * na, i32(carry))
    return r


def mag_sub(a: i32, b: i32) -> i32:
    # |a| - |b| for |a| >= |b|.
    na = lg_len(a)
    nb = lg_len(b)
    r = lg_new(na)
    borrow: i64 = 0
    i = 0
    while i < na:
        s = lg_dig(a, i) - borrow
        if i < nb:
            s = s - lg_dig(b, i)
        borrow = 0
        if s < 0:
            s = s + (i64(1) << i64(32))
            borrow = 1
        store32(Long.digits[r] + 4 * i, i32(s))
        i += 1
    return r


def mag_mul(a: i32, b: i32) -> i32:
    # Schoolbook: digit * digit + digit + carry stays below 2**64.
    na = lg_len(a)
    nb = lg_len(b)
    r = lg_new(na + nb)
    i = 0
    while i < na:
        x = lg_dig(a, i)
        if x != 0:
            q = Long.digits[r] + 4 * i
            carry: i64 = 0
            j = 0
            while j < nb:
                t = x * lg_dig(b, j) + u64(load32(q + 4 * j)) + carry
                store32(q + 4 * j, i32(t))
                carry = shru(t, i64(32))
                j += 1
            store32(q + 4 * nb, i32(carry))
        i += 1
    return r


def mag_mul_add1(p: i32, k: i64, add: i64) -> None:
    # p = p * k + add in place, for k, add < 2**32; the caller made room
    # for the carry (the top digit of p must be free).
    n = Long.ndigits[p]
    carry = add
    i = 0
    while i < n:
        t = lg_dig(p, i) * k + carry
        store32(Long.digits[p] + 4 * i, i32(t))
        carry = shru(t, i64(32))
        i += 1


def long_addsub(a: i64, b: i64, sub: i32) -> i64:
    # a + b, or a - b when sub is 1.
    pa = lg_of(a)
    pb = lg_of(b)
    na = lg_neg(pa)
    nb = lg_neg(pb) ^ sub
    if na == nb:
        return lg_done(mag_add(pa, pb), na)
    if mag_cmp(pa, pb) >= 0:
        return lg_done(mag_sub(pa, pb), na)
    return lg_done(mag_sub(pb, pa), nb)


def long_mul(a: i64, b: i64) -> i64:
    pa = lg_of(a)
    pb = lg_of(b)
    return lg_done(mag_mul(pa, pb), lg_neg(pa) ^ lg_neg(pb))


def long_neg(a: i64) -> i64:
    p = lg_of(a)
    return lg_done(mag_copy(p, lg_len(p)), lg_neg(p) == 0)


def long_abs(a: i64) -> i64:
    p = lg_of(a)
    return lg_done(mag_copy(p, lg_len(p)), 0)


def long_cmp(a: i64, b: i64) -> i32:
    # -1, 0 or 1 for any two ints.
    pa = lg_of(a)
    pb = lg_of(b)
    sa = lg_neg(pa) and lg_len(pa) != 0
    sb = lg_neg(pb) and lg_len(pb) != 0
    if sa != sb:
        if sa:
            return -1
        return 1
    c = mag_cmp(pa, pb)
    if sa:
        return 0 - c
    return c


def is_long(v: i64) -> i32:
    return ((v & 1) == 0) and v >= 8 and load32(i32(v)) == TAG_LONG


def index_size_error() -> i64:
    # A subscript beyond i64: CPython converts it with IndexError as the
    # error (elsewhere, as a count or a size, it is OverflowError).
    raise_(EXC_INDEX, "cannot fit 'int' into an index-sized integer")
    return 0


def long_index_error() -> i64:
    # An int beyond i64 where the runtime needs a machine integer (an
    # index, a count, a code point): CPython's OverflowError for C sizes.
    raise_(EXC_OVERFLOW, "cannot fit 'int' into an index-sized integer")
    return 0
