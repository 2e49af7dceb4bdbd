# float() and json.loads: decimal text to the correctly rounded double,
# the same double CPython gives for every input. Cheapest way first:
# Clinger's fast path (up to 15 digits, |exponent| <= 22: one exact
# multiplication or division), then an approximation corrected by exact
# comparisons with the midpoints to its neighbours - in 128-bit integers
# when the digits fit 18 and the exponent is between -27 and 0 (every
# float that repr or json.dumps writes in fixed notation from 1e-9 up),
# in big integers (bignum.py) otherwise.


def parse_float(s: i32) -> i64:
    # float(str): the text of str object s.
    return parse_float_at(Str.data[s], Str.nbytes[s])


def parse_float_at(p: i32, n: i32) -> i64:
    # Decimal text, n bytes at p -> correctly rounded float (0 if
    # malformed). The value is D * 10**e, D the integer of the significant
    # digits (up to 800, then a sticky digit); m holds D's first 18
    # digits, all of D when sig <= 18.
    i = 0
    while i < n and is_space(load8(p + i)):
        i += 1
    while n > i and is_space(load8(p + n - 1)):
        n -= 1
    neg = 0
    if i < n and (load8(p + i) == 45 or load8(p + i) == 43):
        neg = load8(p + i) == 45
        i += 1
    special = parse_special(p + i, n - i)
    if special != 0.0:
        if neg:
            return mkfloat(0.0 - special)
        return mkfloat(special)
    start = i
    m: i64 = 0
    e = 0
    nd = 0
    sig = 0
    sticky = 0
    seen_point = 0
    while i < n:
        c = load8(p + i)
        if c == 46 and not seen_point:
            seen_point = 1
            i += 1
            continue
        if c == 95 and nd > 0 and i + 1 < n and is_digit(load8(p + i - 1)) and is_digit(load8(p + i + 1)):
            i += 1  # CPython accepts single underscores between digits
            continue
        if c < 48 or c > 57:
            break
        nd += 1
        i += 1
        c = c - 48
        if seen_point:
            e -= 1
        if sig == 0 and c == 0:
            continue
        if sig < 800:
            if sig < 18:
                m = m * 10 + i64(c)
            sig += 1
        else:
            e += 1
            if c != 0:
                sticky = 1
    if nd == 0:
        return 0
    digits_end = i
    if i < n and (load8(p + i) == 101 or load8(p + i) == 69):
        i += 1
        eneg = 0
        if i < n and (load8(p + i) == 45 or load8(p + i) == 43):
            eneg = load8(p + i) == 45
            i += 1
        ex = 0
        ed = 0
        while i < n and (is_digit(load8(p + i)) or (load8(p + i) == 95 and ed > 0 and i + 1 < n and is_digit(load8(p + i + 1)))):
            if load8(p + i) == 95:
                i += 1
                continue
            if ex < 100000:
                ex = ex * 10 + load8(p + i) - 48
            ed += 1
            i += 1
        if ed == 0:
            return 0
        if eneg:
            ex = 0 - ex
        e += ex
    if i != n:
        return 0
    x = 0.0
    if sig > 0:
        x = decimal_to_double(m, sig, e, sticky, p + start, digits_end - start)
    if neg:
        x = copysign(x, -1.0)
    return mkfloat(x)


def decimal_to_double(m: i64, sig: i32, e: i32, sticky: i32, p: i32, n: i32) -> f64:
    # The double nearest D * 10**e; D's digits are the text at p, n bytes
    # (with any '.' and '_'), m its first 18.
    if sig <= 15 and e >= -22 and e <= 22:
        # Clinger's fast path: m and 10**|e| are exact doubles, so one
        # multiplication or division rounds once, correctly.
        if e >= 0:
            return f64(m) * pow10(e)
        return f64(m) / pow10(0 - e)
    exact = sig <= 18 and e >= -27 and e <= 0
    if not exact:
        digits_to_bn(p, n)
    return nearest_double(m, sig, e, sticky, exact)


def digits_to_bn(p: i32, n: i32) -> None:
    # bn_a = D: the first 800 significant digits of the text at p.
    d = bn_a()
    bn_zero(d)
    sig = 0
    i = 0
    while i < n and sig < 800:
        c = load8(p + i) - 48
        i += 1
        if c < 0 or c > 9:
            continue
        if sig == 0 and c == 0:
            continue
        bn_mul_add(d, i64(10), i64(c))
        sig += 1


def nearest_double(m: i64, sig: i32, e: i32, sticky: i32, exact: i32) -> f64:
    # The double nearest D * 10**e: an approximation, then exact
    # comparisons with the midpoints to its neighbours. With `exact`, D is
    # m and the comparisons take 128 bits (cmp_dec_bin_fast); otherwise D
    # is in bn_a.
    if sticky:
        bn_mul_add(bn_a(), i64(10), i64(1))
        sig += 1
        e -= 1
    first = sig - 1 + e
    if first > 310:
        return 1e308 * 10.0
    if first < -326:
        return 0.0
    used = sig
    if used > 18:
        used = 18
    x = scaled(m, e + sig - used)
    if x > 1.7976931348623157e308:
        x = 1.7976931348623157e308
    if x == 0.0:
        x = 5e-324
    while True:
        f = f_mant(x)
        q = f_exp(x)
        odd = i32(f & i64(1))
        c = cmp_mid(exact, m, e, f * 2 + 1, q - 1)
        if c > 0 or (c == 0 and odd):
            x = fbits(bits(x) + 1)
            if x > 1.7976931348623157e308:
                return x
            continue
        if f == 4503599627370496 and q > -1074:
            c = cmp_mid(exact, m, e, f * 4 - 1, q - 2)
        else:
            c = cmp_mid(exact, m, e, f * 2 - 1, q - 1)
        if c < 0 or (c == 0 and odd):
            x = fbits(bits(x) - 1)
            if x == 0.0:
                return x
            continue
        return x


def cmp_dec_bin(e: i32, nb: i64, pb: i32) -> i32:
    # Compares D * 10**e (D in bn_a) with nb * 2**pb, exactly.
    a = bn_b()
    bn_copy(a, bn_a())
    if e > 0:
        bn_mul_pow10(a, e)
    if pb < 0:
        bn_shl(a, 0 - pb)
    b = bn_c()
    bn_set(b, nb)
    if e < 0:
        bn_mul_pow10(b, 0 - e)
    if pb > 0:
        bn_shl(b, pb)
    return bn_cmp(a, b)


def cmp_mid(exact: i32, m: i64, e: i32, nb: i64, pb: i32) -> i32:
    if exact:
        return cmp_dec_bin_fast(m, e, nb, pb)
    return cmp_dec_bin(e, nb, pb)


def cmp_dec_bin_fast(m: i64, e: i32, nb: i64, pb: i32) -> i32:
    # Compares m * 10**e with nb * 2**pb exactly, for -27 <= e <= 0, m below
    # 10**18 and nb below 2**55: m against nb * 5**-e * 2**(pb - e), whose
    # first factors fit 128 bits (scaled_floor, shortest.py).
    fl = scaled_floor(nb, pow5(0 - e), e - pb)
    if ltu(m, fl):
        return -1
    if gtu(m, fl):
        return 1
    if sf_exact:
        return 0
    return -1
