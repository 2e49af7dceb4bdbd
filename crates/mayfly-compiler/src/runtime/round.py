# round() and fixed-point formatting, exact like CPython: the decimal
# digits come from the exact binary value of the float (big integers,
# bignum.py) rounded half to even - what dtoa mode 3 does - and a
# rounded float is the correctly rounded parse of those digits
# (parse_float). Scaling by 10**n in doubles would round twice:
# round(2.675, 2) is 2.67 because 2.675 is really 2.67499999...


def round_digits(x: f64, nd: i32, buf: i32) -> i32:
    # Writes the digits of N = round_half_even(x * 10**nd) for finite
    # x >= 0 to buf (no leading zeros, "0" for zero); returns their count.
    # v = r / s exactly; S = s * 10**k is the first power above r, so the
    # digits of r / S = 0.d1d2...dk are those of floor(v), and what is
    # left of r decides the rounding.
    r = bn_c()
    s = bn_d()
    bn_set(r, f_mant(x))
    bn_set(s, i64(1))
    e = f_exp(x)
    if e >= 0:
        bn_shl(r, e)
    else:
        bn_shl(s, 0 - e)
    if nd >= 0:
        bn_mul_pow10(r, nd)
    else:
        bn_mul_pow10(s, 0 - nd)
    k = 0
    while bn_cmp(s, r) <= 0:
        bn_mul_small(s, i64(10))
        k += 1
    n = 0
    while n < k:
        bn_mul_small(r, i64(10))
        d = 0
        while bn_cmp(r, s) >= 0:
            bn_sub(r, s)
            d += 1
        store8(buf + n, 48 + d)
        n += 1
    # Round half to even on the remainder: compare 2r with S.
    bn_add(r, r, r)
    c = bn_cmp(r, s)
    last = 0
    if n > 0:
        last = load8(buf + n - 1) - 48
    if c > 0 or (c == 0 and (last & 1) == 1):
        i = n - 1
        while i >= 0 and load8(buf + i) == 57:
            store8(buf + i, 48)
            i -= 1
        if i >= 0:
            store8(buf + i, load8(buf + i) + 1)
        else:
            j = n
            while j > 0:
                store8(buf + j, load8(buf + j - 1))
                j -= 1
            store8(buf, 49)
            n += 1
    if n == 0:
        store8(buf, 48)
        n = 1
    return n


def round_float(x: f64, nd: i64) -> i64:
    # CPython's float.__round__(nd): beyond these bounds the answer is x
    # itself or a zero of x's sign.
    if x != x or fabs(x) > 1.7976931348623157e308 or x == 0.0 or nd > 323:
        return mkfloat(x)
    if nd < -308:
        return mkfloat(0.0 * x)
    # x * 10**nd is already an integer: nothing to round.
    if nd >= 0 and i64(f_exp(x)) >= 0 - nd:
        return mkfloat(x)
    buf = static_(400)
    n = round_digits(fabs(x), i32(nd), buf)
    b = sb_new(n + 8)
    sb_bytes(b, buf, n)
    sb_byte(b, 101)
    sb_int(b, 0 - nd)
    r = Float.value[i32(parse_float(sb_done(b)))]
    if r > 1.7976931348623157e308:
        raise_(EXC_OVERFLOW, "rounded value too large to represent")
        return 0
    return mkfloat(copysign(r, x))


def round_int(x: i64, nd: i64) -> i64:
    # int.__round__(nd): only a negative nd changes anything; halves go
    # to the even multiple of 10**-nd.
    if nd >= 0:
        return mkint(x)
    if nd < -18:
        # 10**19 is beyond every 64-bit int: the result is 0 or +-10**19.
        if x > 5000000000000000000 or x < -5000000000000000000:
            if LONGS:
                return round_big(mkint(x), nd)
            return overflow()
        return mkint(0)
    p: i64 = 1
    i = 0
    while i64(i) < 0 - nd:
        p = p * 10
        i += 1
    q = x / p
    r = x % p
    if r < 0:
        r = r + p
        q = q - 1
    if r * 2 > p or (r * 2 == p and (q & 1) == 1):
        q = q + 1
    return mul_i64(q, p)


def round_big(v: i64, nd: i64) -> i64:
    # round(v, nd) for nd < 0 with the generic operators (ints of any
    # size): the multiple of 10**-nd nearest v, halves to the even one.
    # 10**-nd by multiplication: int_pow would link float_pow, which needs
    # the f64_pow import that only programs with ** or pow() have.
    p = mkint(1)
    i: i64 = 0
    while i < 0 - nd and exc == 0:
        p = mul(p, mkint(10))
        i += 1
    q = floordiv(v, p)
    r = mod_(v, p)
    c = long_cmp(mul(r, mkint(2)), p)
    if c > 0 or (c == 0 and and_(q, mkint(1)) != 1):
        q = add(q, mkint(1))
    return mul(q, p)


def round_(v: i64, nd: i64) -> i64:
    k = num_kind(v)
    if CLASSES:
        if k == 0 and typeof(v) == TAG_INST:
            hk = inst_round(v, nd)
            if hk != 0 or exc != 0:
                return hk
    if k == 0:
        s = sb_new(48)
        sb_str(s, "type ")
        sb_str(s, type_name(v))
        sb_str(s, " doesn't define __round__ method")
        raise_(EXC_TYPE, sb_done(s))
        return 0
    if LONGS and k == 3:
        if nd == NONE or long_sign(nd) >= 0:
            return v
        return round_big(v, index_arg(nd))
    if nd == 0 or nd == NONE:
        if k == 1:
            return mkint(intval(v))
        x = floatval(v)
        if x != x:
            raise_(EXC_VALUE, "cannot convert float NaN to integer")
            return 0
        if fabs(x) > 1.7976931348623157e308:
            raise_(EXC_OVERFLOW, "cannot convert float infinity to integer")
            return 0
        # Half to even, like CPython; beyond 64 bits is our int overflow.
        r = fnearest(x)
        if r >= 9.223372036854775808e18 or r < -9.223372036854775808e18:
            if LONGS:
                return long_from_float(r)
            return overflow()
        return mkint(i64(r))
    n = index_arg(nd)
    if exc != 0:
        return 0
    if k == 1:
        return round_int(intval(v), n)
    return round_float(floatval(v), n)


def fixed(x: f64, prec: i32) -> i32:
    # f"{x:.{prec}f}": the exact value rounded half to even at prec
    # decimals, as CPython's float formatting.
    b = sb_new(24)
    if x < 0.0 or (x == 0.0 and copysign(1.0, x) < 0.0):
        sb_byte(b, 45)
        x = 0.0 - x
    if x != x:
        sb_str(b, "nan")
        return sb_done(b)
    if x > 1.7976931348623157e308:
        sb_str(b, "inf")
        return sb_done(b)
    # Past the last binary fraction digit of x every decimal is 0: the
    # big integers only need that many (at most 1074).
    p2 = prec
    e = f_exp(x)
    if e >= 0:
        p2 = 0
    elif p2 > 0 - e:
        p2 = 0 - e
    buf = alloc(p2 + 340)
    n = round_digits(x, p2, buf)
    if n <= p2:
        sb_byte(b, 48)
    else:
        sb_bytes(b, buf, n - p2)
    if prec > 0:
        sb_byte(b, 46)
        i = n
        while i < p2:
            sb_byte(b, 48)
            i += 1
        if n <= p2:
            sb_bytes(b, buf, n)
        else:
            sb_bytes(b, buf + n - p2, p2)
        i = p2
        while i < prec:
            sb_byte(b, 48)
            i += 1
    return sb_done(b)
