# Ints of any size (runtime/long.py) to and from text, and their hash.
# Decimal conversions in either direction are quadratic, as CPython's
# are; CPython 3.11 therefore refuses those of more than 4300 digits
# (sys.get_int_max_str_digits()), and so does mayfly, with its messages.
# Power-of-two bases (hex, oct, bin) have no limit there either.

MAX_STR_DIGITS = 4300


def too_many_digits() -> None:
    raise_(EXC_VALUE, "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")


def long_dec_into(b: i32, v: i64) -> None:
    # The decimal form of the Long v, appended to the str builder b.
    p = i32(v)
    n = lg_len(p)
    # 2**(32 * (n - 1)) has more than 4300 digits from n = 448 on: refuse
    # before the quadratic work, as CPython does.
    if n > 448:
        too_many_digits()
        return
    t = mag_copy(p, n)
    # Base 10**9 chunks, least significant first; a u32 digit holds at
    # most 9.64 decimal digits, so n + n / 8 + 2 chunks are enough.
    chunks = alloc(4 * (n + n / 8 + 2))
    nc = 0
    while n > 0:
        r: i64 = 0
        i = n - 1
        while i >= 0:
            x = (r << i64(32)) | lg_dig(t, i)
            qd = divu(x, 1000000000)
            store32(Long.digits[t] + 4 * i, i32(qd))
            r = x - qd * 1000000000
            i -= 1
        store32(chunks + 4 * nc, i32(r))
        nc += 1
        while n > 0 and load32(Long.digits[t] + 4 * (n - 1)) == 0:
            n -= 1
    top = i64(load32(chunks + 4 * (nc - 1)))
    ndig = 9 * (nc - 1)
    while top > 0:
        ndig += 1
        top = top / 10
    if ndig > MAX_STR_DIGITS:
        too_many_digits()
        return
    if lg_neg(p):
        sb_byte(b, 45)
    sb_int(b, i64(load32(chunks + 4 * (nc - 1))))
    buf = static_(9)
    i = nc - 2
    while i >= 0:
        c = load32(chunks + 4 * i)
        k = 8
        while k >= 0:
            store8(buf + k, 48 + c % 10)
            c = c / 10
            k -= 1
        sb_bytes(b, buf, 9)
        i -= 1


def long_radix_into(b: i32, v: i64, shift: i32) -> None:
    # The digits of |v| in base 2**shift (1, 3 or 4), most significant
    # first, without sign or prefix.
    p = i32(v)
    nbits = mag_bitlen(p)
    nd = (nbits + shift - 1) / shift
    i = nd - 1
    while i >= 0:
        d = i32(mag_bits(p, i * shift, shift))
        if d < 10:
            sb_byte(b, 48 + d)
        else:
            sb_byte(b, 87 + d)
        i -= 1


def long_radix(v: i64, shift: i32, prefix: i32) -> i64:
    # hex(), oct() and bin() of a Long.
    b = sb_new(32)
    if lg_neg(i32(v)):
        sb_byte(b, 45)
    sb_str(b, prefix)
    long_radix_into(b, v, shift)
    return u64(sb_done(b))


def mag_bitlen(p: i32) -> i32:
    n = lg_len(p)
    if n == 0:
        return 0
    return 32 * n - clz(load32(Long.digits[p] + 4 * (n - 1)))


def mag_bits(p: i32, start: i32, count: i32) -> i64:
    # Bits start .. start + count - 1 of |p| (count <= 53), as an int.
    n = lg_len(p)
    w = start >> 5
    off = i64(start & 31)
    x: i64 = 0
    if w < n:
        x = shru(lg_dig(p, w), off)
    if w + 1 < n:
        x = x | (lg_dig(p, w + 1) << (32 - off))
    if w + 2 < n and off > 11:
        x = x | (lg_dig(p, w + 2) << (64 - off))
    return x & ((i64(1) << i64(count)) - 1)


def long_parse(v: i64, p: i32, i: i32, n: i32, b: i64, neg: i32) -> i64:
    # int(s, b) for digits p[i:n] that do not fit i64 (int.py checked the
    # sign and prefix and found the digits valid up to where i64 ran out);
    # 0 for the caller's ValueError when a later character is not a digit.
    ndig = 0
    k = i
    while k < n:
        c = load8(p + k)
        if c != 95:
            ndig += 1
        k += 1
    if b != 2 and b != 4 and b != 8 and b != 16 and b != 32 and ndig > MAX_STR_DIGITS:
        e = sb_new(64)
        sb_str(e, "Exceeds the limit (4300 digits) for integer string conversion: value has ")
        sb_int(e, i64(ndig))
        sb_str(e, " digits; use sys.set_int_max_str_digits() to increase the limit")
        raise_(EXC_VALUE, sb_done(e))
        return 0
    # Each digit adds at most 6 bits (base 36).
    acc = lg_new((ndig * 6) / 32 + 2)
    chunk: i64 = 0
    scale: i64 = 1
    prev_digit = 0
    while i < n:
        c = load8(p + i)
        d = 99
        if c >= 48 and c <= 57:
            d = c - 48
        elif c >= 97 and c <= 122:
            d = c - 87
        elif c >= 65 and c <= 90:
            d = c - 55
        elif c == 95 and prev_digit and i + 1 < n:
            prev_digit = 0
            i += 1
            continue
        if i64(d) >= b:
            return 0
        # Digits are gathered into one chunk below 2**32 (nine decimal
        # ones) and the chunk multiplied in: a ninth of the digit loops.
        chunk = chunk * b + i64(d)
        scale = scale * b
        if scale * b >= 4294967296:
            mag_mul_add1(acc, scale, chunk)
            chunk = 0
            scale = 1
        prev_digit = 1
        i += 1
    if prev_digit == 0:
        return 0
    if scale > 1:
        mag_mul_add1(acc, scale, chunk)
    return lg_done(acc, neg)


def long_hash(v: i64) -> i64:
    # CPython's hash of an int: |v| modulo the prime 2**61 - 1 (HASH_P),
    # with v's sign, -1 becoming -2.
    p = i32(v)
    h: i64 = 0
    i = lg_len(p) - 1
    while i >= 0:
        # h * 2**32 modulo 2**61 - 1 is a 61-bit rotation of h.
        h = ((h << i64(32)) & 2305843009213693951) | shru(h, i64(29))
        h = h + lg_dig(p, i)
        if h >= 2305843009213693951:
            h -= 2305843009213693951
        i -= 1
    if lg_neg(p):
        h = 0 - h
    if h == -1:
        return -2
    return h
