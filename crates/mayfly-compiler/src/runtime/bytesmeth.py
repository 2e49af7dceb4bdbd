# The bytes methods str has too (split, strip, replace, find, partition,
# upper, center, isalpha ...) run str's own code: bytes share the Str
# record with nchars == nbytes, which str's code reads byte by byte. A
# method called on bytes checks its arguments as CPython's bytes method
# does (b_enter), retags the receiver and its bytes arguments as str for
# the call, then puts the tags back and turns the str results into bytes
# (b_leave). No user code runs inside those methods, so nothing else can
# see the retagged objects; in_bytes tells the str code the few places
# where bytes differ (ASCII-only classes and line breaks, CPython's
# "subsection not found").

in_bytes: i32 = 0

# What an argument may be: bytes (or None / absent), bytes or a tuple of
# them (startswith), a byte string of length 1 (a fill character).
B_PLAIN = 0
B_AFFIX = 1
B_FILL = 2


def b_bad_arg(a: i64, kind: i32, name: i32) -> i32:
    s = sb_new(64)
    if kind == B_AFFIX:
        sb_str(s, name)
        sb_str(s, " first arg must be bytes or a tuple of bytes, not ")
        sb_str(s, type_name(a))
    elif kind == B_FILL:
        sb_str(s, name)
        sb_str(s, "() argument 2 must be a byte string of length 1, not ")
        sb_str(s, type_name(a))
    else:
        sb_str(s, "a bytes-like object is required, not '")
        sb_str(s, type_name(a))
        sb_byte(s, 39)
    raise_(EXC_TYPE, sb_done(s))
    return 0


def b_arg_ok(a: i64, kind: i32, name: i32) -> i32:
    if a == 0 or a == NONE:
        return 1
    t = typeof(a)
    if t == TAG_BYTES:
        if kind == B_FILL and Str.nbytes[i32(a)] != 1:
            return b_bad_arg(a, kind, name)
        return 1
    if t == TAG_TUPLE and kind == B_AFFIX:
        i = 0
        while i < Tuple.len[i32(a)]:
            x = load64(Tuple.items[i32(a)] + 8 * i)
            if typeof(x) != TAG_BYTES:
                return b_bad_arg(x, B_PLAIN, name)
            i += 1
        return 1
    return b_bad_arg(a, kind, name)


def b_sub(a: i64) -> i64:
    # find/count/index take an int byte too: b"abc".find(98) is 1.
    if typeof(a) == TAG_BYTES:
        return a
    if num_kind(a) == 1:
        c = intval(a)
        if c < 0 or c > 255:
            raise_(EXC_VALUE, "byte must be in range(0, 256)")
            return 0
        r = bytes_alloc(1)
        store8(Str.data[r], i32(c))
        return u64(r)
    s = sb_new(64)
    sb_str(s, "argument should be integer or bytes-like object, not '")
    sb_str(s, type_name(a))
    sb_byte(s, 39)
    raise_(EXC_TYPE, sb_done(s))
    return 0


def b_retag(a: i64, tag: i32) -> None:
    if a == 0 or a == NONE or a & 1 != 0:
        return
    t = typeof(a)
    if t == TAG_TUPLE:
        i = 0
        while i < Tuple.len[i32(a)]:
            Str.tag[i32(load64(Tuple.items[i32(a)] + 8 * i))] = tag
            i += 1
    elif t == TAG_BYTES or t == TAG_STR:
        Str.tag[i32(a)] = tag


def b_enter(v: i64, a: i64, b: i64, kind: i32, name: i32) -> i32:
    # Checks a (and b, always plain) and retags the three as str; 0 with
    # the TypeError pending when an argument is not what bytes takes.
    if b_arg_ok(a, kind, name) == 0 or b_arg_ok(b, B_PLAIN, name) == 0:
        return 0
    b_retag(v, TAG_STR)
    b_retag(a, TAG_STR)
    b_retag(b, TAG_STR)
    in_bytes = 1
    return 1


def as_bytes(x: i64) -> i64:
    if x & 1 == 0 and x > 6 and typeof(x) == TAG_STR:
        return bytes_from(Str.data[i32(x)], Str.nbytes[i32(x)])
    return x


def b_leave(v: i64, a: i64, b: i64, r: i64) -> i64:
    # Puts the tags back, then makes the result's strs bytes (a fresh list
    # or tuple of them is changed in place; a result that is v or an
    # argument is bytes again already).
    in_bytes = 0
    b_retag(v, TAG_BYTES)
    b_retag(a, TAG_BYTES)
    b_retag(b, TAG_BYTES)
    if r == 0 or r & 1 != 0 or r <= 6:
        return r
    t = typeof(r)
    if t == TAG_LIST or t == TAG_TUPLE:
        p = items_of(r)
        i = 0
        while i < seq_len(r):
            store64(p + 8 * i, as_bytes(load64(p + 8 * i)))
            i += 1
        return r
    return as_bytes(r)


def m_hex(v: i64, sep: i64, per: i64) -> i64:
    # b.hex([sep[, bytes_per_sep]]): sep every |per| bytes, counted from
    # the right for a positive per, from the left for a negative one.
    if typeof(v) != TAG_BYTES:
        return no_method(v, "hex")
    n = Str.nbytes[i32(v)]
    p = Str.data[i32(v)]
    sc = 0
    if sep != 0:
        if typeof(sep) != TAG_STR and typeof(sep) != TAG_BYTES:
            raise_(EXC_TYPE, "sep must be str or bytes.")
            return 0
        if Str.nbytes[i32(sep)] != 1:
            raise_(EXC_VALUE, "sep must be length 1.")
            return 0
        sc = load8(Str.data[i32(sep)])
        if sc >= 128:
            raise_(EXC_VALUE, "sep must be ASCII.")
            return 0
    k: i64 = 1
    if per != 0:
        k = index_arg(per)
        if exc != 0:
            return 0
    right = k > 0
    if k < 0:
        k = 0 - k
    if k == 0:
        sc = 0
    out = sb_new(3 * n)
    i = 0
    while i < n:
        if sc != 0 and i > 0:
            at = i64(i)
            if right:
                at = i64(n - i)
            if at % k == 0:
                sb_byte(out, sc)
        c = load8(p + i)
        sb_byte(out, hexdigit(c >> 4))
        sb_byte(out, hexdigit(c & 15))
        i += 1
    return u64(sb_done(out))


def hex_val(c: i32) -> i32:
    if c >= 48 and c <= 57:
        return c - 48
    c = c | 32
    if c >= 97 and c <= 102:
        return c - 87
    return -1


def bytes_fromhex(s: i64) -> i64:
    # bytes.fromhex("de ad"): pairs of hex digits, ASCII whitespace
    # between pairs.
    if typeof(s) != TAG_STR:
        e = sb_new(48)
        sb_str(e, "fromhex() argument must be str, not ")
        sb_str(e, type_name(s))
        raise_(EXC_TYPE, sb_done(e))
        return 0
    n = Str.nbytes[i32(s)]
    p = Str.data[i32(s)]
    out = sb_new(n / 2 + 1)
    i = 0
    while i < n:
        c = load8(p + i)
        if is_space(c):
            i += 1
            continue
        hi = hex_val(c)
        lo = -1
        if hi >= 0 and i + 1 < n:
            lo = hex_val(load8(p + i + 1))
        if hi < 0 or lo < 0:
            at = i
            if hi >= 0:
                at = i + 1
            e = sb_new(64)
            sb_str(e, "non-hexadecimal number found in fromhex() arg at position ")
            sb_int(e, i64(at))
            raise_(EXC_VALUE, sb_done(e))
            return 0
        sb_byte(out, hi * 16 + lo)
        i += 2
    return sb_bytes_done(out)


def sb_bytes_done(b: i32) -> i64:
    # A builder's bytes as a bytes object.
    s = sb_done_chars(b, 0)
    return bytes_from(Str.data[s], Str.nbytes[s])


def bytes_join(v: i64, it: i64) -> i64:
    l = seq_of(it)
    if l == 0:
        return 0
    n = seq_len(l)
    p = items_of(l)
    out = sb_new(64)
    i = 0
    while i < n:
        x = load64(p + 8 * i)
        if typeof(x) != TAG_BYTES:
            return seq_item_error(i, "a bytes-like object", x)
        if i > 0:
            sb_bytes(out, Str.data[i32(v)], Str.nbytes[i32(v)])
        sb_bytes(out, Str.data[i32(x)], Str.nbytes[i32(x)])
        i += 1
    return sb_bytes_done(out)


def bytes_new(src: i64, enc: i64, errors: i64) -> i64:
    # bytes(), bytes(n), bytes(iterable of ints), bytes(str, encoding[,
    # errors]), bytes(bytes).
    if src == 0:
        return u64(bytes_alloc(0))
    t = typeof(src)
    if t == TAG_STR:
        if enc == 0:
            raise_(EXC_TYPE, "string argument without an encoding")
            return 0
        return m_encode(src, enc, errors)
    if enc != 0 or errors != 0:
        if enc != 0:
            raise_(EXC_TYPE, "encoding without a string argument")
        else:
            raise_(EXC_TYPE, "errors without a string argument")
        return 0
    if t == TAG_BYTES:
        return src
    if num_kind(src) == 1:
        k = intval(src)
        if k < 0:
            raise_(EXC_VALUE, "negative count")
            return 0
        if k > 1073741824:
            raise_(EXC_MEMORY, 0)
            return 0
        r = bytes_alloc(i32(k))
        memfill(Str.data[r], 0, i32(k))
        return u64(r)
    if t == TAG_FLOAT or src <= 6:
        e = sb_new(48)
        sb_str(e, "cannot convert '")
        sb_str(e, type_name(src))
        sb_str(e, "' object to bytes")
        raise_(EXC_TYPE, sb_done(e))
        return 0
    return bytes_of_ints(src)


# bytes' character classes are ASCII only (b"\xe9".isalpha() is False).
BC_DIGIT = 0
BC_ALPHA = 1
BC_ALNUM = 2
BC_SPACE = 3
BC_UPPER = 4
BC_LOWER = 5
BC_TITLE = 6
BC_ASCII = 7


def bytes_class(v: i64, kind: i32) -> i64:
    n = Str.nbytes[i32(v)]
    p = Str.data[i32(v)]
    if kind == BC_ASCII:
        i = 0
        while i < n:
            if load8(p + i) >= 128:
                return FALSE
            i += 1
        return TRUE
    if n == 0:
        return FALSE
    cased = 0
    prev = 0
    i = 0
    while i < n:
        c = load8(p + i)
        up = c >= 65 and c <= 90
        lo = c >= 97 and c <= 122
        d = c >= 48 and c <= 57
        if kind == BC_DIGIT and d == 0:
            return FALSE
        if kind == BC_ALPHA and (up or lo) == 0:
            return FALSE
        if kind == BC_ALNUM and (up or lo or d) == 0:
            return FALSE
        if kind == BC_SPACE and is_space(c) == 0:
            return FALSE
        if (kind == BC_UPPER and lo) or (kind == BC_LOWER and up):
            return FALSE
        if kind == BC_TITLE and ((up and prev) or (lo and prev == 0)):
            return FALSE
        cased = cased or up or lo
        prev = up or lo
        i += 1
    if kind >= BC_UPPER:
        return mkbool(cased)
    return TRUE


def not_found() -> None:
    if in_bytes:
        raise_(EXC_VALUE, "subsection not found")
    else:
        raise_(EXC_VALUE, "substring not found")
