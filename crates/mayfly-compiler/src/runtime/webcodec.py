# `import html` (escape), `import zlib` (crc32, adler32) and `import
# binascii` (hexlify/b2a_hex, unhexlify/a2b_hex, crc32), with CPython
# 3.11's results and errors. Each function is linked only into a program
# that calls it.

crc_table: i32 = 0


def html_escape(s: i64, quote: i64) -> i64:
    # & < > always, " and ' unless quote is false: CPython's replaces.
    t = typeof(s)
    if t != TAG_STR:
        if t == TAG_BYTES:
            raise_(EXC_TYPE, "a bytes-like object is required, not 'str'")
            return 0
        e = sb_new(48)
        sb_byte(e, 39)
        sb_str(e, type_name(s))
        sb_str(e, "' object has no attribute 'replace'")
        raise_(EXC_ATTR, sb_done(e))
        return 0
    q = 1
    if quote != 0:
        q = truthy(quote)
    n = Str.nbytes[i32(s)]
    d = Str.data[i32(s)]
    b = sb_new(n + 16)
    extra = 0
    i = 0
    while i < n:
        c = load8(d + i)
        if c == 38:
            sb_str(b, "&amp;")
            extra += 4
        elif c == 60:
            sb_str(b, "&lt;")
            extra += 3
        elif c == 62:
            sb_str(b, "&gt;")
            extra += 3
        elif c == 34 and q:
            sb_str(b, "&quot;")
            extra += 5
        elif c == 39 and q:
            sb_str(b, "&#x27;")
            extra += 5
        else:
            sb_byte(b, c)
        i += 1
    return u64(sb_done_chars(b, Str.nchars[i32(s)] + extra))


def bytes_like_error(v: i64) -> None:
    s = sb_new(64)
    sb_str(s, "a bytes-like object is required, not '")
    sb_str(s, type_name(v))
    sb_byte(s, 39)
    raise_(EXC_TYPE, sb_done(s))


def check_value(v: i64, dflt: i64) -> i64:
    # A starting checksum: any int, taken modulo 2**32 (CPython's
    # bitwise conversion); -1 with the TypeError pending.
    if v == 0:
        return dflt
    k = num_kind(v)
    if (k & 1) == 0:
        object_type_error(v, "' object cannot be interpreted as an integer")
        return i64(-1)
    m = mkint(i64(0xFFFFFFFF))
    if k == 3:
        return intval(bitop_and(v, m))
    return intval(v) & i64(0xFFFFFFFF)


def bitop_and(a: i64, b: i64) -> i64:
    if LONGS:
        return long_bitop(0, a, b)
    return a


def crc_update(crc: i64, v: i64) -> i64:
    # CRC-32 (the reflected 0xEDB88320 polynomial) of v's bytes from crc.
    if crc_table == 0:
        crc_table = alloc(1024)
        k = 0
        while k < 256:
            c = k
            j = 0
            while j < 8:
                if c & 1:
                    c = shru(c, 1) ^ 0xEDB88320
                else:
                    c = shru(c, 1)
                j += 1
            store32(crc_table + 4 * k, c)
            k += 1
    x = i32(crc) ^ -1
    d = Str.data[i32(v)]
    n = Str.nbytes[i32(v)]
    i = 0
    while i < n:
        x = load32(crc_table + 4 * ((x ^ load8(d + i)) & 255)) ^ shru(x, 8)
        i += 1
    return mkint(i64(x ^ -1) & i64(0xFFFFFFFF))


def zlib_crc32(v: i64, start: i64) -> i64:
    if typeof(v) != TAG_BYTES:
        bytes_like_error(v)
        return 0
    c = check_value(start, i64(0))
    if exc != 0:
        return 0
    return crc_update(c, v)


def zlib_adler32(v: i64, start: i64) -> i64:
    if typeof(v) != TAG_BYTES:
        bytes_like_error(v)
        return 0
    c = check_value(start, i64(1))
    if exc != 0:
        return 0
    # zlib reduces both sums modulo 65521, also for no data.
    a = (c & i64(0xFFFF)) % i64(65521)
    b = ((c >> i64(16)) & i64(0xFFFF)) % i64(65521)
    d = Str.data[i32(v)]
    n = Str.nbytes[i32(v)]
    i = 0
    while i < n:
        a = (a + i64(load8(d + i))) % i64(65521)
        b = (b + a) % i64(65521)
        i += 1
    return mkint((b << i64(16)) | a)


def binascii_hexlify(v: i64, sep: i64, per: i64) -> i64:
    if typeof(v) != TAG_BYTES:
        bytes_like_error(v)
        return 0
    s = m_hex(v, sep, per)
    if exc != 0:
        return 0
    Str.tag[i32(s)] = TAG_BYTES
    return s


def unhex_digit(c: i32) -> i32:
    if c >= 48 and c <= 57:
        return c - 48
    c = c | 32
    if c >= 97 and c <= 102:
        return c - 87
    return -1


def binascii_unhexlify(v: i64) -> i64:
    t = typeof(v)
    if t == TAG_STR:
        if Str.nchars[i32(v)] != Str.nbytes[i32(v)]:
            raise_(EXC_VALUE, "string argument should contain only ASCII characters")
            return 0
    elif t != TAG_BYTES:
        s = sb_new(64)
        sb_str(s, "argument should be bytes, buffer or ASCII string, not '")
        sb_str(s, type_name(v))
        sb_byte(s, 39)
        raise_(EXC_TYPE, sb_done(s))
        return 0
    n = Str.nbytes[i32(v)]
    d = Str.data[i32(v)]
    if n % 2 == 1:
        raise_(EXC_BINASCII, "Odd-length string")
        return 0
    b = bytes_alloc(n / 2)
    o = Str.data[b]
    i = 0
    while i < n:
        hi = unhex_digit(load8(d + i))
        lo = unhex_digit(load8(d + i + 1))
        if hi < 0 or lo < 0:
            raise_(EXC_BINASCII, "Non-hexadecimal digit found")
            return 0
        store8(o + i / 2, hi * 16 + lo)
        i += 2
    return u64(b)
