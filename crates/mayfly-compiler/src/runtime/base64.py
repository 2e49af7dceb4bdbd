# `import base64`: b64encode/b64decode (altchars, validate), the
# urlsafe and standard variants, b16encode/b16decode, with CPython's
# results for every input its binascii accepts and its binascii.Error
# messages (EXC_BINASCII, a ValueError) for the rest.

def b64_need_bytes(s: i64) -> i32:
    if typeof(s) == TAG_BYTES:
        return 1
    return b_bad_arg(s, B_PLAIN, 0)


def b64_input(s: i64) -> i64:
    # What the decoders take: bytes, or a str of ASCII characters only.
    t = typeof(s)
    if t == TAG_BYTES:
        return s
    if t == TAG_STR:
        if Str.nchars[i32(s)] != Str.nbytes[i32(s)]:
            raise_(EXC_VALUE, "string argument should contain only ASCII characters")
            return 0
        return bytes_from(Str.data[i32(s)], Str.nbytes[i32(s)])
    e = sb_new(64)
    sb_str(e, "argument should be a bytes-like object or ASCII string, not '")
    sb_str(e, type_name(s))
    sb_byte(e, 39)
    raise_(EXC_TYPE, sb_done(e))
    return 0


def b64_alt(alt: i64) -> i32:
    # The two characters standing for + and / (0 for those two).
    if alt == 0 or alt == NONE:
        return 0
    a = b64_input(alt)
    if a == 0:
        return 0
    if Str.nbytes[i32(a)] != 2:
        raise_(EXC_ASSERT, repr_(a))
        return 0
    return i32(a)


def b64_encode_with(s: i64, alt: i32) -> i64:
    p = Str.data[i32(s)]
    n = Str.nbytes[i32(s)]
    r = bytes_alloc((n + 2) / 3 * 4)
    o = Str.data[r]
    abc = Str.data["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"]
    i = 0
    while i < n:
        a = load8(p + i)
        b = 0
        c = 0
        if i + 1 < n:
            b = load8(p + i + 1)
        if i + 2 < n:
            c = load8(p + i + 2)
        store8(o, load8(abc + (a >> 2)))
        store8(o + 1, load8(abc + (((a & 3) << 4) | (b >> 4))))
        store8(o + 2, load8(abc + (((b & 15) << 2) | (c >> 6))))
        store8(o + 3, load8(abc + (c & 63)))
        if i + 1 >= n:
            store8(o + 2, 61)
        if i + 2 >= n:
            store8(o + 3, 61)
        o += 4
        i += 3
    if alt != 0:
        b64_swap(r, 43, 47, load8(Str.data[alt]), load8(Str.data[alt] + 1))
    return u64(r)


def b64_swap(b: i32, x: i32, y: i32, to_x: i32, to_y: i32) -> None:
    # In place, in a bytes object just made: x becomes to_x, y to_y.
    p = Str.data[b]
    i = 0
    while i < Str.nbytes[b]:
        c = load8(p + i)
        if c == x:
            store8(p + i, to_x)
        elif c == y:
            store8(p + i, to_y)
        i += 1


def b64encode(s: i64, alt: i64) -> i64:
    if b64_need_bytes(s) == 0:
        return 0
    a = b64_alt(alt)
    if exc != 0:
        return 0
    return b64_encode_with(s, a)


def urlsafe_b64encode(s: i64) -> i64:
    if b64_need_bytes(s) == 0:
        return 0
    return b64_encode_with(s, "-_")


def b64_value(c: i32) -> i32:
    if c >= 65 and c <= 90:
        return c - 65
    if c >= 97 and c <= 122:
        return c - 71
    if c >= 48 and c <= 57:
        return c + 4
    if c == 43:
        return 62
    if c == 47:
        return 63
    return -1


def b64_error(msg: i32) -> i64:
    raise_(EXC_BINASCII, msg)
    return 0


def b64decode(s: i64, alt: i64, validate: i64) -> i64:
    # binascii.a2b_base64: characters outside the alphabet are skipped
    # (refused under validate), decoding stops at the padding that ends a
    # quad (strictly, nothing may follow it).
    src = b64_input(s)
    if src == 0:
        return 0
    a = b64_alt(alt)
    if exc != 0:
        return 0
    if a != 0:
        src = bytes_from(Str.data[i32(src)], Str.nbytes[i32(src)])
        b64_swap(i32(src), load8(Str.data[a]), load8(Str.data[a] + 1), 43, 47)
    strict = validate != 0 and truthy(validate)
    p = Str.data[i32(src)]
    n = Str.nbytes[i32(src)]
    out = sb_new(n / 4 * 3 + 3)
    quad = 0
    left = 0
    pads = 0
    padding = 0
    done = 0
    count = 0
    i = 0
    while i < n:
        c = load8(p + i)
        if c == 61:
            if strict and i == 0:
                return b64_error("Leading padding not allowed")
            padding = 1
            pads += 1
            if quad >= 2 and quad + pads >= 4:
                done = 1
                if strict and i + 1 < n:
                    return b64_error("Excess data after padding")
                break
            i += 1
            continue
        v = b64_value(c)
        if v < 0:
            if strict:
                return b64_error("Only base64 data is allowed")
            i += 1
            continue
        if strict and padding:
            return b64_error("Discontinuous padding not allowed")
        pads = 0
        count += 1
        if quad == 0:
            left = v
        elif quad == 1:
            sb_byte(out, ((left << 2) | (v >> 4)) & 255)
            left = v & 15
        elif quad == 2:
            sb_byte(out, ((left << 4) | (v >> 2)) & 255)
            left = v & 3
        else:
            sb_byte(out, ((left << 6) | v) & 255)
        quad = (quad + 1) & 3
        i += 1
    if quad != 0 and done == 0:
        if quad == 1:
            e = sb_new(96)
            sb_str(e, "Invalid base64-encoded string: number of data characters (")
            sb_int(e, i64(count))
            sb_str(e, ") cannot be 1 more than a multiple of 4")
            raise_(EXC_BINASCII, sb_done(e))
            return 0
        return b64_error("Incorrect padding")
    return sb_bytes_done(out)


def urlsafe_b64decode(s: i64) -> i64:
    src = b64_input(s)
    if src == 0:
        return 0
    return b64decode(src, u64("-_"), 0)


def b16encode(s: i64) -> i64:
    if b64_need_bytes(s) == 0:
        return 0
    h = m_hex(s, 0, 0)
    return m_upper(bytes_from(Str.data[i32(h)], Str.nbytes[i32(h)]))


def b16decode(s: i64, casefold: i64) -> i64:
    src = b64_input(s)
    if src == 0:
        return 0
    fold = casefold != 0 and truthy(casefold)
    p = Str.data[i32(src)]
    n = Str.nbytes[i32(src)]
    i = 0
    while i < n:
        c = load8(p + i)
        if (c >= 97 and c <= 102 and fold == 0) or hex_val(c) < 0:
            return b64_error("Non-base16 digit found")
        i += 1
    if n & 1 != 0:
        return b64_error("Odd-length string")
    r = bytes_alloc(n / 2)
    i = 0
    while i < n:
        store8(Str.data[r] + i / 2, hex_val(load8(p + i)) * 16 + hex_val(load8(p + i + 1)))
        i += 2
    return u64(r)


def standard_b64encode(s: i64) -> i64:
    return b64encode(s, 0)


def standard_b64decode(s: i64) -> i64:
    return b64decode(s, 0, 0)
