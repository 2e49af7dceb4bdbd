# `import uuid`: UUID objects (a Uuid record holding the 16 bytes in
# big-endian order, which is also the order of its int and its text),
# made from hex text, bytes, bytes_le, fields or an int with CPython
# 3.11's checks and errors; uuid4 from the host's entropy in the request
# that asks (nothing of it is in the image); uuid3 and uuid5 through
# hashstate.py's MD5 and SHA-1; the NAMESPACE_* constants. Linked only
# into programs that import uuid (UUID).


def uu_new() -> i32:
    p = alloc(Uuid.SIZE + 16)
    Uuid.tag[p] = TAG_UUID
    return p


def uu_absent(v: i64) -> i32:
    return v == 0 or v == NONE


def uu_store_be(d: i32, x: i64, n: i32) -> None:
    # The low n bytes of x at d, most significant first.
    i = n - 1
    while i >= 0:
        store8(d + i, i32(x & i64(255)))
        x = x >> i64(8)
        i -= 1


def uu_load_be(d: i32, n: i32) -> i64:
    x: i64 = 0
    i = 0
    while i < n:
        x = (x << i64(8)) | i64(load8(d + i))
        i += 1
    return x


def uu_set_int(p: i32, v: i64) -> i32:
    # The 16 bytes of an int in 0 .. 2**128 - 1; 0 with CPython's error.
    k = num_kind(v)
    if k == 0 or k == 2:
        order_error("<=", mkint(i64(0)), v)
        return 0
    d = Uuid.data[p]
    if k == 1:
        x = intval(v)
        if x < i64(0):
            raise_(EXC_VALUE, "int is out of range (need a 128-bit value)")
            return 0
        memfill(d, 0, 8)
        uu_store_be(d + 8, x, 8)
        return 1
    if long_sign(v) < 0 or mag_bitlen(lg_of(v)) > 128:
        raise_(EXC_VALUE, "int is out of range (need a 128-bit value)")
        return 0
    b = m_to_bytes(v, mkint(i64(16)), 0, 0)
    if exc != 0:
        return 0
    memcopy(d, Str.data[i32(b)], 16)
    return 1


def uu_field(d: i32, f: i64, n: i32, bits: i32, which: i32) -> i32:
    # One of fields=: an int 0 <= f < 2**bits, stored in n bytes at d.
    k = num_kind(f)
    if k == 0 or k == 2:
        order_error("<=", mkint(i64(0)), f)
        return 0
    ok = 0
    if k == 1:
        x = intval(f)
        ok = x >= i64(0) and x < (i64(1) << i64(bits))
    if ok == 0:
        s = sb_new(48)
        sb_str(s, "field ")
        sb_int(s, i64(which))
        sb_str(s, " out of range (need a")
        if bits == 8:
            sb_str(s, "n")
        sb_byte(s, 32)
        sb_int(s, i64(bits))
        sb_str(s, "-bit value)")
        raise_(EXC_VALUE, sb_done(s))
        return 0
    uu_store_be(d, intval(f), n)
    return 1


def uu_set_fields(p: i32, fs: i64) -> i32:
    n = len_(fs)
    if exc != 0:
        return 0
    t = typeof(fs)
    if n != mkint(i64(6)) or (t != TAG_TUPLE and t != TAG_LIST):
        raise_(EXC_VALUE, "fields is not a 6-tuple")
        return 0
    it = items_of(fs)
    d = Uuid.data[p]
    if uu_field(d, load64(it), 4, 32, 1) == 0:
        return 0
    if uu_field(d + 4, load64(it + 8), 2, 16, 2) == 0:
        return 0
    if uu_field(d + 6, load64(it + 16), 2, 16, 3) == 0:
        return 0
    if uu_field(d + 8, load64(it + 24), 1, 8, 4) == 0:
        return 0
    if uu_field(d + 9, load64(it + 32), 1, 8, 5) == 0:
        return 0
    return uu_field(d + 10, load64(it + 40), 6, 48, 6)


def uu_set_bytes(p: i32, b: i64, le: i32) -> i32:
    n = len_(b)
    if exc != 0:
        return 0
    if n != mkint(i64(16)):
        if le:
            raise_(EXC_VALUE, "bytes_le is not a 16-char string")
        else:
            raise_(EXC_VALUE, "bytes is not a 16-char string")
        return 0
    if typeof(b) != TAG_BYTES:
        raise_val(EXC_ASSERT, u64(repr_(b)))
        return 0
    d = Uuid.data[p]
    s = Str.data[i32(b)]
    memcopy(d, s, 16)
    if le:
        uu_store_be(d, uu_load_le(s, 4), 4)
        uu_store_be(d + 4, uu_load_le(s + 4, 2), 2)
        uu_store_be(d + 6, uu_load_le(s + 6, 2), 2)
    return 1


def uu_load_le(d: i32, n: i32) -> i64:
    x: i64 = 0
    i = n - 1
    while i >= 0:
        x = (x << i64(8)) | i64(load8(d + i))
        i -= 1
    return x


def uu_set_hex(p: i32, h: i64) -> i32:
    # CPython's: 'urn:' and 'uuid:' removed, '{}' stripped from the
    # ends, '-' removed, 32 characters left, read as int(h, 16).
    t = typeof(h)
    if t != TAG_STR:
        if t == TAG_BYTES:
            raise_(EXC_TYPE, "a bytes-like object is required, not 'str'")
        else:
            attr_missing(h, "replace")
        return 0
    h = m_replace(h, u64("urn:"), u64(""), 0)
    h = m_replace(h, u64("uuid:"), u64(""), 0)
    h = m_strip(h, u64("{}"))
    h = m_replace(h, u64("-"), u64(""), 0)
    if Str.nchars[i32(h)] != 32:
        raise_(EXC_VALUE, "badly formed hexadecimal UUID string")
        return 0
    v = int_(h, mkint(i64(16)))
    if exc != 0:
        return 0
    return uu_set_int(p, v)


def uu_set_version(p: i32, ver: i32) -> None:
    d = Uuid.data[p]
    store8(d + 6, (load8(d + 6) & 15) | (ver << 4))
    store8(d + 8, (load8(d + 8) & 63) | 128)


def uuid_UUID(h: i64, b: i64, le: i64, fs: i64, n: i64, ver: i64) -> i64:
    given = 5 - uu_absent(h) - uu_absent(b) - uu_absent(le) - uu_absent(fs) - uu_absent(n)
    if given != 1:
        raise_(EXC_TYPE, "one of the hex, bytes, bytes_le, fields, or int arguments must be given")
        return 0
    p = uu_new()
    ok = 0
    if uu_absent(h) == 0:
        ok = uu_set_hex(p, h)
    elif uu_absent(le) == 0:
        ok = uu_set_bytes(p, le, 1)
    elif uu_absent(b) == 0:
        ok = uu_set_bytes(p, b, 0)
    elif uu_absent(fs) == 0:
        ok = uu_set_fields(p, fs)
    else:
        ok = uu_set_int(p, n)
    if ok == 0:
        return 0
    if uu_absent(ver) == 0:
        k = num_kind(ver)
        if k == 0 or k == 2:
            order_error("<=", mkint(i64(1)), ver)
            return 0
        x: i64 = 0
        if k == 1:
            x = intval(ver)
        if x < i64(1) or x > i64(5):
            raise_(EXC_VALUE, "illegal version number")
            return 0
        uu_set_version(p, i32(x))
    return u64(p)


def uuid_uuid4() -> i64:
    p = uu_new()
    entropy(Uuid.data[p], 16)
    uu_set_version(p, 4)
    return u64(p)


def uu_hashed(algo: i32, ns: i64, name: i64, ver: i32) -> i64:
    # uuid3/uuid5: the digest of namespace.bytes + name's UTF-8, its
    # first 16 bytes with the version and variant set.
    if typeof(ns) != TAG_UUID:
        attr_missing(ns, "bytes")
        return 0
    if typeof(name) != TAG_STR:
        raise_(EXC_TYPE, "encoding without a string argument")
        return 0
    hs = hash_state(algo)
    hash_feed(hs, Uuid.data[i32(ns)], 16)
    hash_feed(hs, Str.data[i32(name)], Str.nbytes[i32(name)])
    out = alloc(20)
    hash_final(hs, out)
    p = uu_new()
    memcopy(Uuid.data[p], out, 16)
    uu_set_version(p, ver)
    return u64(p)


def uuid_uuid3(ns: i64, name: i64) -> i64:
    return uu_hashed(HASH_MD5, ns, name, 3)


def uuid_uuid5(ns: i64, name: i64) -> i64:
    return uu_hashed(HASH_SHA1, ns, name, 5)


def uuid_ns(k: i32) -> i64:
    # NAMESPACE_DNS, _URL, _OID, _X500 (k = 0, 1, 2, 4): RFC 4122's
    # 6ba7b81k-9dad-11d1-80b4-00c04fd430c8.
    p = uu_new()
    d = Uuid.data[p]
    uu_store_be(d, i64(0x6BA7B810 + k), 4)
    uu_store_be(d + 4, i64(0x9DAD11D1), 4)
    uu_store_be(d + 8, i64(0x80B400C0), 4)
    uu_store_be(d + 12, i64(0x4FD430C8), 4)
    return u64(p)


def uu_hex_into(b: i32, d: i32, n: i32) -> None:
    i = 0
    while i < n:
        c = load8(d + i)
        sb_byte(b, hexdigit(c >> 4))
        sb_byte(b, hexdigit(c & 15))
        i += 1


def uu_str_into(b: i32, v: i64) -> None:
    # 8-4-4-4-12 lower-case hex digits.
    d = Uuid.data[i32(v)]
    uu_hex_into(b, d, 4)
    sb_byte(b, 45)
    uu_hex_into(b, d + 4, 2)
    sb_byte(b, 45)
    uu_hex_into(b, d + 6, 2)
    sb_byte(b, 45)
    uu_hex_into(b, d + 8, 2)
    sb_byte(b, 45)
    uu_hex_into(b, d + 10, 6)


def uu_str(v: i64) -> i32:
    b = sb_new(36)
    uu_str_into(b, v)
    return sb_done(b)


def uu_repr(b: i32, v: i64) -> None:
    sb_str(b, "UUID('")
    uu_str_into(b, v)
    sb_str(b, "')")


def uu_eq(a: i64, b: i64) -> i32:
    if typeof(a) != TAG_UUID or typeof(b) != TAG_UUID:
        return 0
    return memeq(Uuid.data[i32(a)], Uuid.data[i32(b)], 16)


def uu_cmp(a: i64, b: i64, op: i32) -> i32:
    # Ordered by their ints (the big-endian bytes), against UUIDs only.
    if typeof(a) != TAG_UUID or typeof(b) != TAG_UUID:
        return order_error(op, a, b)
    x = Uuid.data[i32(a)]
    y = Uuid.data[i32(b)]
    i = 0
    while i < 16:
        if load8(x + i) != load8(y + i):
            if load8(x + i) < load8(y + i):
                return -1
            return 1
        i += 1
    return 0


def uu_hash(v: i64) -> i64:
    return hash_(attr_int(v))
