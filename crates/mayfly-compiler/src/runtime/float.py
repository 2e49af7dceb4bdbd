# float repr: the shortest digit string that reads back as the same
# double (found by trying 1..17 significant digits), laid out as CPython
# does (fixed for 1e-4 <= |x| < 1e16, else exponent form).


def pow10(e: i32) -> f64:
    r = 1.0
    if e >= 0:
        while e > 0:
            r = r * 10.0
            e -= 1
        return r
    while e < 0:
        r = r / 10.0
        e += 1
    return r


def scaled(m: i64, e: i32) -> f64:
    # m * 10**e, dividing for negative exponents (more exact than * 1e-k).
    if e >= 0:
        return f64(m) * pow10(e)
    return f64(m) / pow10(0 - e)


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
    e = 0
    while x >= pow10(e + 1):
        e += 1
    while x < pow10(e):
        e -= 1
    p = 1
    m: i64 = 0
    while p <= 17:
        m = i64(fnearest(x / pow10(e - p + 1)))
        if scaled(m, e - p + 1) == x:
            break
        p += 1
    digits = static_(24)
    nd = 0
    while m > 0:
        store8(digits + 23 - nd, 48 + i32(m % 10))
        m = m / 10
        nd += 1
    if nd > p:
        e += nd - p
    start = digits + 24 - nd
    while nd > 1 and load8(start + nd - 1) == 48:
        nd -= 1
    if e >= 16 or e < -4:
        sb_byte(b, load8(start))
        if nd > 1:
            sb_byte(b, 46)
            sb_bytes(b, start + 1, nd - 1)
        sb_byte(b, 101)
        if e < 0:
            sb_byte(b, 45)
            e = 0 - e
        else:
            sb_byte(b, 43)
        if e < 10:
            sb_byte(b, 48)
        sb_int(b, i64(e))
        return
    if e < 0:
        sb_str(b, "0.")
        k = -1
        while k > e:
            sb_byte(b, 48)
            k -= 1
        sb_bytes(b, start, nd)
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
    if typeof(v) == TAG_STR:
        r = parse_float(i32(v))
        if r != 0:
            return r
    s = sb_new(48)
    sb_str(s, "could not convert string to float: ")
    repr_into(s, v)
    raise_(EXC_VALUE, sb_done(s))
    return 0


def parse_float(s: i32) -> i64:
    # Decimal text → float (0 if malformed). Rounds via f64 steps.
    p = s + 16
    n = load32(s + 4)
    i = 0
    while i < n and is_space(load8(p + i)):
        i += 1
    while n > i and is_space(load8(p + n - 1)):
        n -= 1
    neg = 0
    if i < n and (load8(p + i) == 45 or load8(p + i) == 43):
        neg = load8(p + i) == 45
        i += 1
    m: i64 = 0
    e = 0
    nd = 0
    while i < n and load8(p + i) >= 48 and load8(p + i) <= 57:
        if m < 100000000000000000:
            m = m * 10 + i64(load8(p + i) - 48)
        else:
            e += 1
        nd += 1
        i += 1
    if i < n and load8(p + i) == 46:
        i += 1
        while i < n and load8(p + i) >= 48 and load8(p + i) <= 57:
            if m < 100000000000000000:
                m = m * 10 + i64(load8(p + i) - 48)
                e -= 1
            nd += 1
            i += 1
    if nd == 0:
        return 0
    if i < n and (load8(p + i) == 101 or load8(p + i) == 69):
        i += 1
        eneg = 0
        if i < n and (load8(p + i) == 45 or load8(p + i) == 43):
            eneg = load8(p + i) == 45
            i += 1
        ex = 0
        ed = 0
        while i < n and load8(p + i) >= 48 and load8(p + i) <= 57:
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
    x = scaled(m, e)
    if neg:
        x = 0.0 - x
    return mkfloat(x)


def is_space(c: i32) -> i32:
    return c == 32 or (c >= 9 and c <= 13)
