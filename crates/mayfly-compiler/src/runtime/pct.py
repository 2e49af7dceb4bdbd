# printf-style `%` formatting of a str literal. The compiler parses the
# format at build time (front/percent.rs) and formats each conversion as
# an f-string field; these check and convert the arguments as CPython
# does, with its TypeErrors.


def pct_args(v: i64, n: i32) -> i64:
    # The arguments as a tuple of exactly n: v itself when it is a tuple,
    # else v as the only one.
    if typeof(v) == TAG_TUPLE:
        got = Tuple.len[i32(v)]
        if got < n:
            raise_(EXC_TYPE, "not enough arguments for format string")
            return 0
        if got > n:
            raise_(EXC_TYPE, "not all arguments converted during string formatting")
            return 0
        return v
    if n == 0:
        if typeof(v) == TAG_DICT:
            return u64(tuple_of(0))
        raise_(EXC_TYPE, "not all arguments converted during string formatting")
        return 0
    if n > 1:
        raise_(EXC_TYPE, "not enough arguments for format string")
        return 0
    t = tuple_of(1)
    store64(Tuple.items[t], v)
    return u64(t)


def pct_map(v: i64) -> i64:
    # The argument of a format with %(name) keys.
    if typeof(v) == TAG_DICT:
        return v
    raise_(EXC_TYPE, "format requires a mapping")
    return 0


def pct_star_spec(w: i64, head: i32, left_head: i32, tail: i32) -> i32:
    # The spec of a conversion with a '*' width w: a negative one is the
    # '-' flag and its absolute value.
    x = pct_star(w)
    if exc != 0:
        return ""
    b = sb_new(24)
    if x < 0:
        sb_str(b, left_head)
        x = 0 - x
    else:
        sb_str(b, head)
    sb_int(b, x)
    sb_str(b, tail)
    return sb_done(b)


def pct_star(w: i64) -> i64:
    # A '*' width or precision: an int, else CPython's TypeError.
    if num_kind(w) != 1:
        raise_(EXC_TYPE, "* wants int")
        return 0
    return intval(w)


def pct_char(v: i64) -> i64:
    # %c: an int as the character of that code point, or a str of one.
    if typeof(v) == TAG_STR and Str.nchars[i32(v)] == 1:
        return v
    k = num_kind(v)
    if k != 1 and k != 3:
        raise_(EXC_TYPE, "%c requires int or char")
        return 0
    if k == 3 or intval(v) < 0 or intval(v) > 1114111:
        raise_(EXC_OVERFLOW, "%c arg not in range(0x110000)")
        return 0
    b = sb_new(4)
    sb_char(b, i32(intval(v)))
    return u64(sb_done(b))


def pct_int(v: i64, code: i32) -> i64:
    # %d, %i and %u take any real number (a float is truncated); %o, %x
    # and %X an int.
    k = num_kind(v)
    if k == 1:
        return mkint(intval(v))
    if k == 3:
        return v
    hexoct = 0
    if code == 120 or code == 88 or code == 111:
        hexoct = 1
    if k == 2 and hexoct == 0:
        return int_(v, 0)
    s = sb_new(64)
    sb_byte(s, 37)
    sb_byte(s, code)
    if hexoct:
        sb_str(s, " format: an integer is required, not ")
    else:
        sb_str(s, " format: a real number is required, not ")
    sb_str(s, type_name(v))
    raise_(EXC_TYPE, sb_done(s))
    return 0


def pct_float(v: i64) -> i64:
    # %f, %e, %g take any real number.
    if num_kind(v) != 0:
        return mkfloat(floatval(v))
    s = sb_new(48)
    sb_str(s, "must be real number, not ")
    sb_str(s, type_name(v))
    raise_(EXC_TYPE, sb_done(s))
    return 0


def pct_int_prec(v: i64, kind: i32, left: i32, zero: i32, sign: i32, alt: i32, width: i32, prec: i32) -> i32:
    # An int conversion with a precision (%.3d, %#8.4x): the digits
    # zero-padded to prec, after the sign and (with '#') the 0o/0x/0X
    # prefix; the width then pads as without a precision ('0' after the
    # prefix, '-' on the right).
    minus = lt(v, mkint(0))
    ty = kind
    if kind == 105 or kind == 117:
        ty = 100
    ts = sb_new(1)
    sb_byte(ts, ty)
    digits = format_(abs_(v), sb_done(ts))
    if exc != 0:
        return ""
    hb = sb_new(4)
    if minus:
        sb_byte(hb, 45)
    elif sign != 0:
        sb_byte(hb, sign)
    if alt != 0 and ty != 100:
        sb_byte(hb, 48)
        sb_byte(hb, ty)
    head = sb_done(hb)
    nd = Str.nbytes[digits]
    z = 0
    if prec > nd:
        z = prec - nd
    total = Str.nbytes[head] + z + nd
    pad = 0
    if width > total:
        pad = width - total
    b = sb_new(total + pad)
    if left == 0 and zero == 0:
        pct_repeat(b, 32, pad)
    sb_str(b, head)
    if left == 0 and zero != 0:
        pct_repeat(b, 48, pad)
    pct_repeat(b, 48, z)
    sb_str(b, digits)
    if left != 0:
        pct_repeat(b, 32, pad)
    return sb_done(b)


def pct_repeat(b: i32, c: i32, k: i32) -> None:
    while k > 0:
        sb_byte(b, c)
        k -= 1
