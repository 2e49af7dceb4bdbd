# The float presentations that count significant digits: 'e', 'g' and a
# precision without a type (f"{x:.4}", which is 'g' that keeps a ".0" on
# fixed results and switches to an exponent one digit earlier), all with
# CPython's exact rounding: the digits are those of the exact binary value
# rounded half to even (round_digits), never of a rounded double.

# The '#' alternate form: 'g' keeps its trailing zeros (fmtnum.py sets it
# around one call).
sig_alt: i32 = 0


def sig_digits(x: f64, p: i32, buf: i32) -> i32:
    # Writes the p significant digits of finite x > 0, rounded half to
    # even, to buf and returns the decimal exponent X of the first one
    # (x is about d1.d2...dp * 10**X). The estimate of X from the binary
    # exponent is off by at most one; a wrong guess shows as p + 1 or
    # p - 1 digits (a carry, 9.996 -> 10.0, shows as p + 1 and moves X up).
    m = f_mant(x)
    log2 = f_exp(x) + 63 - i32(clz(m))
    e = i32(floor(f64(log2) * 0.3010299956639812))
    while 1:
        n = round_digits(x, p - 1 - e, buf)
        if n > p:
            e += 1
        elif n < p:
            e -= 1
        else:
            return e


def float_sig_format(x: f64, prec: i32, ty: i32) -> i32:
    # ty 101/69 'e'/'E', 103/71 'g'/'G', 0 no type (prec >= 0 given).
    upper = ty == 69 or ty == 71
    b = sb_new(32)
    if x < 0.0 or (x == 0.0 and copysign(1.0, x) < 0.0):
        sb_byte(b, 45)
        x = 0.0 - x
    if x != x or x > 1.7976931348623157e308:
        if x != x and upper:
            sb_str(b, "NAN")
        elif x != x:
            sb_str(b, "nan")
        elif upper:
            sb_str(b, "INF")
        else:
            sb_str(b, "inf")
        return sb_done(b)
    if prec < 0:
        prec = 6
    p = prec
    if ty == 101 or ty == 69:
        p = prec + 1
    elif p == 0:
        p = 1
    buf = alloc(p + 8)
    e = 0
    if x == 0.0:
        memfill(buf, 48, p)
    else:
        e = sig_digits(x, p, buf)
    if ty == 101 or ty == 69:
        sci_digits(b, buf, p, e, upper)
        return sb_done(b)
    # 'g': an exponent below -4 or from p on; no type: from p - 1 on.
    limit = p
    if ty == 0:
        limit = p - 1
    n = p
    while sig_alt == 0 and n > 1 and load8(buf + n - 1) == 48:
        n -= 1
    if e < -4 or e >= limit:
        sci_digits(b, buf, n, e, upper)
        return sb_done(b)
    if e < 0:
        below_one_digits(b, buf, n, e)
        return sb_done(b)
    # e + 1 digits before the point; the point only when some follow (or
    # ".0" with no type, as repr keeps it).
    whole = e + 1
    if n > whole:
        sb_bytes(b, buf, whole)
        sb_byte(b, 46)
        sb_bytes(b, buf + whole, n - whole)
    else:
        sb_bytes(b, buf, n)
        i = n
        while i < whole:
            sb_byte(b, 48)
            i += 1
        if ty == 0:
            sb_str(b, ".0")
    return sb_done(b)


def below_one_digits(b: i32, buf: i32, n: i32, e: i32) -> None:
    # 0.00d1d2...dn for a decimal exponent e < 0 (repr and 'g' alike).
    sb_str(b, "0.")
    i = -1
    while i > e:
        sb_byte(b, 48)
        i -= 1
    sb_bytes(b, buf, n)


def sci_digits(b: i32, buf: i32, n: i32, e: i32, upper: i32) -> None:
    # d1[.d2...dn]e+XX: the exponent signed, at least two digits.
    sb_byte(b, load8(buf))
    if n > 1:
        sb_byte(b, 46)
        sb_bytes(b, buf + 1, n - 1)
    if upper:
        sb_byte(b, 69)
    else:
        sb_byte(b, 101)
    if e < 0:
        sb_byte(b, 45)
        e = 0 - e
    else:
        sb_byte(b, 43)
    if e < 10:
        sb_byte(b, 48)
    sb_int(b, i64(e))
