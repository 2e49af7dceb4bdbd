# Numeric builtins: sum, abs, any, all, min, max, ord, chr, hex, oct, bin,
# divmod, format, ascii (format specs are fmtspec.py's).


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
            raise_(EXC_VALUE, "max() arg is an empty sequence")
        else:
            raise_(EXC_VALUE, "min() arg is an empty sequence")
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


def oct_(v: i64) -> i64:
    return radix(v, 3, "0o")


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


def format_v(v: i64, spec: i64) -> i64:
    # format(value[, format_spec]).
    if spec == 0:
        return u64(format_(v, ""))
    if typeof(spec) != TAG_STR:
        s = sb_new(48)
        sb_str(s, "format() argument 2 must be str, not ")
        sb_str(s, type_name(spec))
        raise_(EXC_TYPE, sb_done(s))
        return 0
    r = format_(v, i32(spec))
    if exc != 0:
        return 0
    return u64(r)


def ascii_v(v: i64) -> i64:
    return u64(ascii_(v))


def ascii_(v: i64) -> i32:
    # repr(v) with each character beyond ASCII escaped as \xhh, \uhhhh or
    # \Uhhhhhhhh.
    r = repr_(v)
    if exc != 0:
        return ""
    n = Str.nbytes[r]
    if Str.nchars[r] == n:
        return r
    p = Str.data[r]
    b = sb_new(n + 16)
    i = 0
    while i < n:
        c = load8(p + i)
        if c < 128:
            sb_byte(b, c)
            i += 1
        else:
            k = utf8_len(c)
            cp = decode_cp(p + i, k)
            i += k
            repr_escape(b, cp)
    return sb_done(b)

