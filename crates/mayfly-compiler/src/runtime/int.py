# int(x) and int(str, base).


def int_(v: i64, base: i64) -> i64:
    if v == 0:
        return mkint(0)
    k = num_kind(v)
    if k == 1 and base == 0:
        return mkint(intval(v))
    if k == 3 and base == 0:
        return v
    if k == 2 and base == 0:
        x = floatval(v)
        if x != x:
            raise_(EXC_VALUE, "cannot convert float NaN to integer")
            return 0
        if x - x != 0.0:
            raise_(EXC_OVERFLOW, "cannot convert float infinity to integer")
            return 0
        if fabs(x) > 9.2e18:
            if LONGS:
                return long_from_float(x)
            raise_(EXC_OVERFLOW, "cannot convert float to integer")
            return 0
        return mkint(i64(ftrunc(x)))
    if typeof(v) != TAG_STR and typeof(v) != TAG_BYTES:
        if base != 0:
            raise_(EXC_TYPE, "int() can't convert non-string with explicit base")
            return 0
        if CLASSES:
            if typeof(v) == TAG_INST:
                hk = inst_int(v)
                if hk != 0 or exc != 0:
                    return hk
        object_type_error_pre(v, "int() argument must be a string, a bytes-like object or a real number, not '")
        return 0
    b: i64 = 10
    if base != 0:
        b = intval(base)
    s = i32(v)
    p = Str.data[s]
    n = Str.nbytes[s]
    i = 0
    while i < n and is_space(load8(p + i)):
        i += 1
    while n > i and is_space(load8(p + n - 1)):
        n -= 1
    neg = 0
    if i < n and (load8(p + i) == 45 or load8(p + i) == 43):
        neg = load8(p + i) == 45
        i += 1
    if (b == 16 or b == 2 or b == 8 or b == 0) and i + 1 < n and load8(p + i) == 48:
        c = load8(p + i + 1) | 32
        if (c == 120 and (b == 16 or b == 0)) or (c == 98 and (b == 2 or b == 0)) or (c == 111 and (b == 8 or b == 0)):
            if c == 120:
                b = 16
            if c == 98:
                b = 2
            if c == 111:
                b = 8
            i += 2
    if b == 0:
        b = 10
    # Accumulated as a negative number, which reaches -2**63 where a
    # positive one stops at 2**63 - 1: int("-9223372036854775808") fits.
    lowest: i64 = -9223372036854775807 - 1
    r: i64 = 0
    nd = 0
    start = i
    while i < n:
        c = load8(p + i)
        d = 99
        if c >= 48 and c <= 57:
            d = c - 48
        elif c >= 97 and c <= 122:
            d = c - 87
        elif c >= 65 and c <= 90:
            d = c - 55
        elif c == 95 and nd > 0:
            i += 1
            continue
        if i64(d) >= b:
            nd = 0
            break
        if r < lowest / b or r * b < lowest + i64(d):
            if LONGS:
                return int_parse_long(v, p, start, n, b, neg)
            return overflow()
        r = r * b
        r = r - i64(d)
        nd += 1
        i += 1
    if nd == 0 or i != n:
        return int_literal_error(v, b)
    if neg == 0:
        if r == lowest:
            if LONGS:
                return int_parse_long(v, p, start, n, b, neg)
            return overflow()
        r = 0 - r
    return mkint(r)


def int_literal_error(v: i64, b: i64) -> i64:
    e = sb_new(48)
    sb_str(e, "invalid literal for int() with base ")
    sb_int(e, b)
    sb_str(e, ": ")
    repr_into(e, v)
    raise_(EXC_VALUE, sb_done(e))
    return 0


def int_parse_long(v: i64, p: i32, start: i32, n: i32, b: i64, neg: i32) -> i64:
    # The digits of v did not fit i64: parsed again as a Long.
    r = long_parse(v, p, start, n, b, neg)
    if r == 0 and exc == 0:
        return int_literal_error(v, b)
    return r
