# Numbers under a parsed format spec (fmtspec.py): ints of any size and
# floats, each taken apart into sign, prefix, integer digits and the rest
# (fraction, exponent, '%'), then laid out as CPython does: the digits
# grouped, and with a '0' fill and '=' alignment the zeros of the padding
# grouped as well (f"{1234:010,}" is '00,001,234').


def fmt_int(v: i64) -> i32:
    ty = fs_type
    if ty == 0 or ty == 110:
        ty = 100
    if ty == 101 or ty == 69 or ty == 102 or ty == 70 or ty == 103 or ty == 71 or ty == 37:
        f = floatval(v)
        if exc != 0:
            return ""
        return fmt_float(f, v)
    if ty != 100 and ty != 98 and ty != 111 and ty != 120 and ty != 88 and ty != 99:
        return unknown_code(v)
    if fs_prec >= 0:
        raise_(EXC_VALUE, "Precision not allowed in integer format specifier")
        return ""
    if fs_z:
        raise_(EXC_VALUE, "Negative zero coercion (z) not allowed in integer format specifier")
        return ""
    if ty == 99:
        return fmt_char(v)
    neg = 0
    if int_sign(v) < 0:
        neg = 1
    b = sb_new(24)
    if LONGS and is_long(v):
        if ty == 100:
            long_dec_into(b, long_abs(v))
            if exc != 0:
                return ""
        else:
            long_radix_into(b, v, radix_shift(ty))
    else:
        x = intval(v)
        if x < 0:
            x = 0 - x
        if ty == 100:
            sb_udec(b, x)
        else:
            radix_into(b, x, radix_shift(ty))
    digits = sb_done(b)
    prefix = ""
    if fs_alt and ty != 100:
        if ty == 98:
            prefix = "0b"
        elif ty == 111:
            prefix = "0o"
        elif ty == 120:
            prefix = "0x"
        else:
            prefix = "0X"
    if ty == 88:
        upper_ascii(digits)
    return num_layout(sign_char(neg), prefix, digits, Str.nbytes[digits], "")


def radix_shift(ty: i32) -> i32:
    if ty == 98:
        return 1
    if ty == 111:
        return 3
    return 4


def int_sign(v: i64) -> i32:
    if LONGS and is_long(v):
        return long_sign(v)
    x = intval(v)
    if x < 0:
        return -1
    return 1


def sb_udec(b: i32, x: i64) -> None:
    # The decimal digits of x read as unsigned: |min i64| is 2**63.
    if x < 0:
        sb_str(b, "9223372036854775808")
    else:
        sb_int(b, x)


def fmt_char(v: i64) -> i32:
    if fs_sign != 0:
        raise_(EXC_VALUE, "Sign not allowed with integer format specifier 'c'")
        return ""
    if fs_alt:
        raise_(EXC_VALUE, "Alternate form (#) not allowed with integer format specifier 'c'")
        return ""
    if LONGS and is_long(v):
        raise_(EXC_OVERFLOW, "Python int too large to convert to C long")
        return ""
    c = intval(v)
    if c < 0 or c > 1114111:
        raise_(EXC_OVERFLOW, "%c arg not in range(0x110000)")
        return ""
    b = sb_new(4)
    sb_char(b, i32(c))
    s = sb_done(b)
    return num_layout(0, "", s, Str.nbytes[s], "")


def sign_char(neg: i32) -> i32:
    if neg:
        return 45
    if fs_sign == 43 or fs_sign == 32:
        return fs_sign
    return 0


def fmt_float(x: f64, v: i64) -> i32:
    ty = fs_type
    if ty == 110:
        ty = 103
    if ty != 0 and ty != 101 and ty != 69 and ty != 102 and ty != 70 and ty != 103 and ty != 71 and ty != 37:
        return unknown_code(v)
    neg = 0
    if x < 0.0 or (x == 0.0 and copysign(1.0, x) < 0.0):
        neg = 1
    ax = fabs(x)
    prec = fs_prec
    body = 0
    if ty == 102 or ty == 70:
        if prec < 0:
            prec = 6
        body = fixed(ax, prec)
    elif ty == 37:
        if prec < 0:
            prec = 6
        body = fixed(ax * 100.0, prec)
    elif ty == 0 and prec < 0:
        body = str_(mkfloat(ax))
    else:
        sig_alt = fs_alt
        body = float_sig_format(ax, prec, ty)
        sig_alt = 0
    if ax != ax or ax > 1.7976931348623157e308:
        if ty == 70:
            upper_ascii(body)
        if ty == 37:
            body = str_concat(body, "%")
        return num_layout(sign_char(neg), "", body, 0, body)
    if neg and fs_z and all_zero(body):
        neg = 0
    # The integer digits, then the rest, with the point '#' asks for.
    p = Str.data[body]
    n = Str.nbytes[body]
    nd = 0
    while nd < n and is_digit(load8(p + nd)):
        nd += 1
    rest = i32(getslice(u64(body), mkint(i64(nd)), NONE, NONE))
    if fs_alt and (nd == n or load8(p + nd) != 46):
        rest = str_concat(".", rest)
    if ty == 37:
        rest = str_concat(rest, "%")
    return num_layout(sign_char(neg), "", body, nd, rest)


def all_zero(s: i32) -> i32:
    # Whether the digits of a formatted number (before any exponent) are
    # all 0: a negative value that rounds to zero, which 'z' shows as 0.
    p = Str.data[s]
    n = Str.nbytes[s]
    i = 0
    while i < n:
        c = load8(p + i)
        if c == 101 or c == 69:
            return 1
        if c != 48 and c != 46:
            return 0
        i += 1
    return 1


def upper_ascii(s: i32) -> None:
    # In place, on a str just built and not yet shared.
    p = Str.data[s]
    i = 0
    while i < Str.nbytes[s]:
        c = load8(p + i)
        if c >= 97 and c <= 122:
            store8(p + i, c - 32)
        i += 1


def num_layout(sign: i32, prefix: i32, digits: i32, nd: i32, rest: i32) -> i32:
    # [sign][prefix][the nd first bytes of digits, grouped][rest], padded
    # to the width; digits are ASCII. With the '=' alignment the padding
    # goes between the prefix and the digits.
    nleft = Str.nchars[prefix]
    if sign != 0:
        nleft += 1
    nrest = Str.nchars[rest]
    grouped = 0
    gn = nd
    if fs_group != 0 and nd > 0:
        minw = 0
        if fs_fill == 48 and fs_align == 61:
            minw = fs_width - nleft - nrest
        grouped = group_digits(Str.data[digits], nd, minw)
        gn = Str.nbytes[grouped]
    total = nleft + gn + nrest
    pad = fs_width - total
    if pad < 0:
        pad = 0
    align = fs_align
    if align == 0:
        align = 62
    left = 0
    if align == 62:
        left = pad
    elif align == 94:
        left = pad / 2
    b = sb_new(total + pad + 8)
    if align != 61:
        fill_n(b, left)
    if sign != 0:
        sb_byte(b, sign)
    sb_str(b, prefix)
    if align == 61:
        fill_n(b, pad)
    if grouped != 0:
        sb_str(b, grouped)
    else:
        sb_bytes(b, Str.data[digits], nd)
    sb_str(b, rest)
    if align == 60 or align == 94:
        fill_n(b, pad - left)
    return sb_done(b)


def group_digits(p: i32, nd: i32, minw: i32) -> i32:
    # The nd digits at p with fs_group between groups of fs_every, from
    # the right; zeros are added (and grouped) until the result is at
    # least minw long, CPython's _PyUnicode_InsertThousandsGrouping.
    cap = nd + nd / fs_every + 2
    if minw > nd:
        cap = minw + minw / fs_every + 2 + nd + nd / fs_every
    buf = alloc(cap)
    at = cap
    remaining = nd
    use_sep = 0
    while 1:
        want = remaining
        if minw > want:
            want = minw
        if want < 1:
            want = 1
        l = fs_every
        if want < l:
            l = want
        chars = remaining
        if chars > l:
            chars = l
        if chars < 0:
            chars = 0
        if use_sep:
            at -= 1
            store8(buf + at, fs_group)
        at -= chars
        memcopy(buf + at, p + remaining - chars, chars)
        zeros = l - chars
        while zeros > 0:
            at -= 1
            store8(buf + at, 48)
            zeros -= 1
        use_sep = 1
        remaining -= chars
        minw -= l
        if remaining <= 0 and minw <= 0:
            break
        minw -= 1
    b = sb_new(cap - at)
    sb_bytes(b, buf + at, cap - at)
    return sb_done(b)
