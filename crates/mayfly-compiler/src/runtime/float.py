# float repr: CPython's shortest round-trip form: the shortest digit
# string inside the rounding interval of the double, the closest one when
# several fit, ties to even - the same digits as David Gay's dtoa mode 0
# that CPython uses. Three ways to them, cheapest first: short_digits for
# decimals with up to 7 significant digits (98.5, 0.1), fast_digits
# (shortest.py, exact 128-bit arithmetic) for any other double from about
# 1e-10 to 1e18, and Burger & Dybvig's free-format algorithm on big
# integers (bignum.py, some twenty thousand Wasm instructions) for the
# rest. The layout is CPython's: fixed for 1e-4 <= |x| < 1e16, else
# exponent form. Parsing is in floatparse.py.


def pow10(e: i32) -> f64:
    # Powers up to 1e22 are exact doubles; larger ones compose (a few ulps
    # off, which the exact correction in parse_float absorbs).
    r = 1.0
    if e >= 0:
        while e >= 22:
            r = r * 1e22
            e -= 22
        while e > 0:
            r = r * 10.0
            e -= 1
        return r
    return 1.0 / pow10(0 - e)


def scaled(m: i64, e: i32) -> f64:
    # m * 10**e, dividing for negative exponents (more exact than * 1e-k).
    if e >= 0:
        return f64(m) * pow10(e)
    if e < -300:
        return (f64(m) / pow10(300)) / pow10(0 - e - 300)
    return f64(m) / pow10(0 - e)


def f_mant(x: f64) -> i64:
    # x = f_mant(x) * 2**f_exp(x) exactly, for finite x >= 0.
    bits = bits(x)
    frac = bits & 4503599627370495
    if (bits >> i64(52)) == 0:
        return frac
    return frac | 4503599627370496


def f_exp(x: f64) -> i32:
    be = i32(bits(x) >> i64(52))
    if be == 0:
        return -1074
    return be - 1075


def short_digits(x: f64, digits: i32) -> i32:
    # shortest_digits for the common floats that are a decimal with few
    # digits (98.5, 0.25, 1e-12): the smallest k such that some integer n
    # has n / 10**k == x, or 0 when there is none with x * 10**k < 1e7.
    # The bound keeps the loop short for the floats that need 17 digits,
    # which fast_digits takes. (Any bound up to 2**50 would be exact:
    # below 2**50 a decimal that rounds to x lies within 1/8 of x * 10**k
    # and the product is off by less than 1/8, so n is that product
    # rounded, it is the only candidate with k digits after the point,
    # and the first k that works gives the same digits as the exact
    # algorithm. 10**k is exact for k <= 22, so the division is the
    # correctly rounded n / 10**k that parsing the digits gives.)
    p = 1.0
    k = 0
    while k <= 22:
        t = x * p
        if t >= 10000000.0:
            return 0
        n = i64(t)
        if t - f64(n) >= 0.5:
            n += 1
        if n > 0 and f64(n) / p == x:
            q = int_digits(digits, n)
            nd = digits + 24 - q
            copy_to(digits, q, nd)
            while load8(digits + nd - 1) == 48:
                nd -= 1
            return nd | ((digits + 24 - q - k) << 8)
        k += 1
        p = p * 10.0
    return 0


def shortest_digits(x: f64, digits: i32) -> i32:
    # Writes the digits of x > 0 to `digits`; returns nd | (k << 8) where
    # the value is 0.d1d2... * 10**k.
    f = f_mant(x)
    e = f_exp(x)
    even = i32(f & i64(1)) == 0
    r = bn_a()
    s = bn_b()
    mp = bn_c()
    mm = bn_d()
    t = bn_e()
    boundary = f == 4503599627370496 and e > -1074
    bn_set(r, f)
    bn_set(s, i64(1))
    bn_set(mp, i64(1))
    bn_set(mm, i64(1))
    if e >= 0:
        bn_shl(r, e + 1)
        bn_shl(mp, e)
        bn_shl(mm, e)
        bn_set(s, i64(2))
        if boundary:
            bn_shl(r, 1)
            bn_shl(s, 1)
            bn_shl(mp, 1)
    else:
        bn_shl(r, 1)
        bn_shl(s, 1 - e)
        if boundary:
            bn_shl(r, 1)
            bn_shl(s, 1)
            bn_shl(mp, 1)
    k = 0
    while x >= pow10(k):
        k += 1
    while k > -330 and x < pow10(k - 1):
        k -= 1
    if k >= 0:
        bn_mul_pow10(s, k)
    else:
        bn_mul_pow10(r, 0 - k)
        bn_mul_pow10(mp, 0 - k)
        bn_mul_pow10(mm, 0 - k)
    # Fix k up exactly: afterwards r + m+ < s (<= when x is odd) and
    # 10 * (r + m+) is not.
    while True:
        bn_add(t, r, mp)
        c = bn_cmp(t, s)
        if c > 0 or (c == 0 and even):
            bn_mul_small(s, i64(10))
            k += 1
            continue
        bn_mul_small(t, i64(10))
        c = bn_cmp(t, s)
        if c < 0 or (c == 0 and not even):
            bn_mul_small(r, i64(10))
            bn_mul_small(mp, i64(10))
            bn_mul_small(mm, i64(10))
            k -= 1
            continue
        break
    nd = 0
    while True:
        bn_mul_small(r, i64(10))
        bn_mul_small(mp, i64(10))
        bn_mul_small(mm, i64(10))
        d = 0
        while bn_cmp(r, s) >= 0:
            bn_sub(r, s)
            d += 1
        c = bn_cmp(r, mm)
        low = c < 0 or (c == 0 and even)
        bn_add(t, r, mp)
        c = bn_cmp(t, s)
        high = c > 0 or (c == 0 and even)
        if not low and not high:
            store8(digits + nd, 48 + d)
            nd += 1
            continue
        if low and high:
            bn_add(t, r, r)
            c = bn_cmp(t, s)
            if c > 0 or (c == 0 and (d & 1) == 1):
                d += 1
        elif high:
            d += 1
        store8(digits + nd, 48 + d)
        nd += 1
        return nd | (k << 8)


def float_repr_into(b: i32, x: f64) -> None:
    if x != x:
        sb_str(b, "nan")
        return
    if x < 0.0 or (x == 0.0 and copysign(1.0, x) < 0.0):
        sb_byte(b, 45)
        x = 0.0 - x
    if x == 0.0:
        sb_str(b, "0.0")
        return
    if x > 1.7976931348623157e308:
        sb_str(b, "inf")
        return
    start = static_(24)
    packed = short_digits(x, start)
    if packed == 0:
        packed = fast_digits(x, start)
    if packed == 0:
        packed = shortest_digits(x, start)
    nd = packed & 255
    e = (packed >> 8) - 1
    if e >= 16 or e < -4:
        sci_digits(b, start, nd, e, 0)
        return
    if e < 0:
        below_one_digits(b, start, nd, e)
        return
    i = 0
    while i <= e:
        if i < nd:
            sb_byte(b, load8(start + i))
        else:
            sb_byte(b, 48)
        i += 1
    sb_byte(b, 46)
    if nd > e + 1:
        sb_bytes(b, start + e + 1, nd - e - 1)
    else:
        sb_byte(b, 48)


def float_(v: i64) -> i64:
    if v == 0:
        return mkfloat(0.0)
    k = num_kind(v)
    if k == 1:
        return mkfloat(f64(intval(v)))
    if k == 2:
        return v
    if k == 3:
        return mkfloat(floatval(v))
    if CLASSES:
        if typeof(v) == TAG_INST:
            hk = inst_float(v)
            if hk != 0 or exc != 0:
                return hk
    if typeof(v) != TAG_STR and typeof(v) != TAG_BYTES:
        object_type_error_pre(v, "float() argument must be a string or a real number, not '")
        return 0
    r = parse_float(i32(v))
    if r != 0:
        return r
    s = sb_new(48)
    sb_str(s, "could not convert string to float: ")
    repr_into(s, v)
    raise_(EXC_VALUE, sb_done(s))
    return 0


def parse_special(p: i32, n: i32) -> f64:
    # "inf", "infinity", "nan" in any case, as CPython's float() accepts.
    if n == 3 and ascii_ieq(p, "inf", 3):
        return 1e308 * 10.0
    if n == 8 and ascii_ieq(p, "infinity", 8):
        return 1e308 * 10.0
    if n == 3 and ascii_ieq(p, "nan", 3):
        # CPython's NaN has the sign bit clear (struct.pack shows it);
        # inf - inf gives the machine's default NaN, negative on x86.
        return fabs((1e308 * 10.0) - (1e308 * 10.0))
    return 0.0


def ascii_ieq(p: i32, lit: i32, n: i32) -> i32:
    i = 0
    while i < n:
        if (load8(p + i) | 32) != load8(Str.data[lit] + i):
            return 0
        i += 1
    return 1


def is_space(c: i32) -> i32:
    return c == 32 or (c >= 9 and c <= 13)


def is_digit(c: i32) -> i32:
    return c >= 48 and c <= 57
