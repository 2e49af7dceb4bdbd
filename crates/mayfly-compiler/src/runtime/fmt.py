# Numeric builtins and format specs for f-strings:
# [[fill]align][0][width][.precision][type] with types d, f, s, x, b, %.


def sum_(it: i64, start: i64) -> i64:
    acc: i64 = mkint(0)
    if start != 0:
        acc = start
    l = list_from(it)
    if l == 0:
        return 0
    n = seq_len(l)
    p = items_of(l)
    i = 0
    while i < n:
        acc = add(acc, load64(p + 8 * i))
        if exc != 0:
            return 0
        i += 1
    return acc


def abs_(v: i64) -> i64:
    k = num_kind(v)
    if k == 2:
        return mkfloat(fabs(floatval(v)))
    if k == 1:
        if intval(v) < 0:
            return neg(v)
        return mkint(intval(v))
    if LONGS and k == 3:
        return long_abs(v)
    if typeof(v) == TAG_INST:
        return inst_unary(v, "__abs__", "bad operand type for abs(): '")
    raise_(EXC_TYPE, str_concat("bad operand type for abs(): '", str_concat(type_name(v), "'")))
    return 0


def any_(it: i64) -> i64:
    l = list_from(it)
    if l == 0:
        return 0
    n = seq_len(l)
    i = 0
    while i < n:
        if truthy(load64(items_of(l) + 8 * i)):
            return TRUE
        i += 1
    return FALSE


def all_(it: i64) -> i64:
    l = list_from(it)
    if l == 0:
        return 0
    n = seq_len(l)
    i = 0
    while i < n:
        if truthy(load64(items_of(l) + 8 * i)) == 0:
            return FALSE
        i += 1
    return TRUE


def minmax(it: i64, key: i64, dflt: i64, is_max: i32) -> i64:
    l = list_from(it)
    if l == 0:
        return 0
    n = seq_len(l)
    if n == 0:
        if dflt != 0:
            return dflt
        if is_max:
            raise_(EXC_VALUE, "max() iterable argument is empty")
        else:
            raise_(EXC_VALUE, "min() iterable argument is empty")
        return 0
    p = items_of(l)
    best = load64(p)
    bk = best
    if key != 0 and key != NONE:
        bk = call1(key, best)
    i = 1
    while i < n:
        x = load64(p + 8 * i)
        xk = x
        if key != 0 and key != NONE:
            xk = call1(key, x)
        if exc != 0:
            return 0
        better = 0
        if is_max:
            better = gt(xk, bk)
        else:
            better = lt(xk, bk)
        if better:
            best = x
            bk = xk
        i += 1
    return best


def ord_(v: i64) -> i64:
    if typeof(v) != TAG_STR or Str.nchars[i32(v)] != 1:
        raise_(EXC_TYPE, "ord() expected a character")
        return 0
    s = i32(v)
    return mkint(i64(decode_cp(Str.data[s], Str.nbytes[s])))


def chr_(v: i64) -> i64:
    c = index_arg(v)
    if c < 0 or c > 1114111:
        raise_(EXC_VALUE, "chr() arg not in range(0x110000)")
        return 0
    b = sb_new(4)
    sb_char(b, i32(c))
    return u64(sb_done(b))


def radix(v: i64, shift: i32, prefix: i32) -> i64:
    if LONGS and is_long(v):
        return long_radix(v, shift, prefix)
    x = index_arg(v)
    b = sb_new(24)
    if x < 0:
        sb_byte(b, 45)
        x = 0 - x
    sb_str(b, prefix)
    radix_into(b, x, shift)
    return u64(sb_done(b))


def radix_into(b: i32, x: i64, shift: i32) -> None:
    buf = static_(72)
    i = 72
    mask = (1 << shift) - 1
    while 1:
        i -= 1
        store8(buf + i, hexdigit(i32(x) & mask))
        x = shru(x, i64(shift))
        if x == 0:
            break
    sb_bytes(b, buf + i, 72 - i)


def hex_(v: i64) -> i64:
    return radix(v, 4, "0x")


def bin_(v: i64) -> i64:
    return radix(v, 1, "0b")


def divmod_(a: i64, b: i64) -> i64:
    q = floordiv(a, b)
    if exc != 0 or q == 0:
        return 0
    r = mod_(a, b)
    t = tuple_of(2)
    store64(Tuple.items[t], q)
    store64(Tuple.items[t] + 8, r)
    return u64(t)


def format_(v: i64, spec: i32) -> i32:
    p = Str.data[spec]
    n = Str.nbytes[spec]
    if LONGS and is_long(v):
        return long_format(v, spec)
    i = 0
    fill = 32
    align = 0
    if n >= 2 and (load8(p + 1) == 60 or load8(p + 1) == 62 or load8(p + 1) == 94):
        fill = load8(p)
        align = load8(p + 1)
        i = 2
    elif n >= 1 and (load8(p) == 60 or load8(p) == 62 or load8(p) == 94):
        align = load8(p)
        i = 1
    zero = 0
    if i < n and load8(p + i) == 48:
        zero = 1
        i += 1
    width = 0
    while i < n and load8(p + i) >= 48 and load8(p + i) <= 57:
        width = width * 10 + load8(p + i) - 48
        i += 1
    prec = -1
    if i < n and load8(p + i) == 46:
        i += 1
        prec = 0
        while i < n and load8(p + i) >= 48 and load8(p + i) <= 57:
            prec = prec * 10 + load8(p + i) - 48
            i += 1
    ty = 0
    if i < n:
        ty = load8(p + i)
        i += 1
    if i != n:
        raise_(EXC_VALUE, "Invalid format specifier")
        return ""
    body = 0
    k = num_kind(v)
    t = typeof(v)
    if t != TAG_STR and k == 0:
        s = sb_new(48)
        sb_str(s, "unsupported format string passed to ")
        sb_str(s, type_name(v))
        sb_str(s, ".__format__")
        raise_(EXC_TYPE, sb_done(s))
        return ""
    if t == T_BOOL:
        # A bool with a format spec is formatted as the int it is.
        v = mkint(intval(v))
    is_float = t == TAG_FLOAT
    if ty == 0 and prec >= 0 and k == 1:
        raise_(EXC_VALUE, "Precision not allowed in integer format specifier")
        return ""
    if ty == 102:
        if k == 0:
            return bad_code(ty, v, t)
        if prec < 0:
            prec = 6
        body = fixed(floatval(v), prec)
    elif ty == 101 or ty == 69 or ty == 103 or ty == 71 or (ty == 0 and prec >= 0 and is_float):
        if k == 0:
            return bad_code(ty, v, t)
        body = float_sig_format(floatval(v), prec, ty)
    elif ty == 100 or ty == 120 or ty == 98:
        if k != 1:
            return bad_code(ty, v, t)
        if ty == 100:
            body = str_(mkint(intval(v)))
        else:
            # Negative ints in hex and binary are a sign and a magnitude.
            x = intval(v)
            b = sb_new(16)
            if x < 0:
                sb_byte(b, 45)
                x = 0 - x
            if ty == 120:
                radix_into(b, x, 4)
            else:
                radix_into(b, x, 1)
            body = sb_done(b)
    elif ty == 37:
        if k == 0:
            return bad_code(ty, v, t)
        if prec < 0:
            prec = 6
        body = str_concat(fixed(floatval(v) * 100.0, prec), "%")
    elif ty == 0 or (ty == 115 and k == 0):
        body = str_(v)
        if prec >= 0 and t == TAG_STR:
            body = i32(getslice(v, NONE, mkint(i64(prec)), NONE))
    else:
        return bad_code(ty, v, t)
    if align == 0:
        if k != 0:
            align = 62
        else:
            align = 60
    if zero and k != 0 and (align == 62 or align == 0):
        return i32(m_zfill(u64(body), mkint(i64(width))))
    if zero and fill == 32 and k != 0:
        fill = 48
    if align == 60:
        return pad_fill(body, width, fill, 0)
    if align == 62:
        return pad_fill(body, width, fill, 1)
    return pad_fill(body, width, fill, 2)


def bad_code(ty: i32, v: i64, t: i32) -> i32:
    # CPython's ValueError for a presentation type the value has not; t is
    # the type before a bool was read as an int.
    s = sb_new(64)
    sb_str(s, "Unknown format code '")
    sb_byte(s, ty)
    sb_str(s, "' for object of type '")
    if t == T_BOOL:
        sb_str(s, "bool")
    else:
        sb_str(s, type_name(v))
    sb_byte(s, 39)
    raise_(EXC_VALUE, sb_done(s))
    return ""


def pad_fill(s: i32, w: i32, fill: i32, align: i32) -> i32:
    n = Str.nchars[s]
    if w <= n:
        return s
    total = w - n
    left = 0
    if align == 1:
        left = total
    elif align == 2:
        left = total / 2
    b = sb_new(w)
    i = 0
    while i < left:
        sb_char(b, fill)
        i += 1
    sb_str(b, s)
    i = left
    while i < total:
        sb_char(b, fill)
        i += 1
    return sb_done(b)


def sb_hex_addr(b: i32, p: i32) -> None:
    # An object's address in the sandbox's memory, as object.__repr__
    # shows it: 0x and the hex digits without leading zeros.
    sb_str(b, "0x")
    shift = 28
    started = 0
    while shift >= 0:
        d = shru(p, shift) & 15
        if d != 0 or started != 0 or shift == 0:
            started = 1
            sb_byte(b, hexdigit(d))
        shift -= 4
