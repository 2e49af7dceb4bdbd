# The attributes of uuid.UUID objects (runtime/uuid.py), each computed
# from the 16 big-endian bytes as CPython 3.11's properties compute them
# from the int. Linked only into programs that import uuid (UUID).


def uu_data(v: i64, name: i32) -> i32:
    # The bytes of a UUID; 0 with CPython's AttributeError for others.
    if typeof(v) != TAG_UUID:
        attr_missing(v, name)
        return 0
    return Uuid.data[i32(v)]


def uu_part(v: i64, name: i32, at: i32, n: i32) -> i64:
    d = uu_data(v, name)
    if d == 0:
        return 0
    return mkint(uu_load_be(d + at, n))


def attr_int(v: i64) -> i64:
    d = uu_data(v, "int")
    if d == 0:
        return 0
    return int_from_bytes(bytes_from(d, 16), 0, 0)


def attr_bytes(v: i64) -> i64:
    d = uu_data(v, "bytes")
    if d == 0:
        return 0
    return bytes_from(d, 16)


def attr_bytes_le(v: i64) -> i64:
    # time_low, time_mid and time_hi_version little-endian.
    d = uu_data(v, "bytes_le")
    if d == 0:
        return 0
    b = bytes_alloc(16)
    o = Str.data[b]
    memcopy(o, d, 16)
    i = 0
    while i < 4:
        store8(o + i, load8(d + 3 - i))
        i += 1
    store8(o + 4, load8(d + 5))
    store8(o + 5, load8(d + 4))
    store8(o + 6, load8(d + 7))
    store8(o + 7, load8(d + 6))
    return u64(b)


def attr_hex(v: i64) -> i64:
    d = uu_data(v, "hex")
    if d == 0:
        return 0
    b = sb_new(32)
    uu_hex_into(b, d, 16)
    return u64(sb_done(b))


def attr_urn(v: i64) -> i64:
    d = uu_data(v, "urn")
    if d == 0:
        return 0
    b = sb_new(48)
    sb_str(b, "urn:uuid:")
    uu_str_into(b, v)
    return u64(sb_done(b))


def uu_variant(d: i32) -> i32:
    c = load8(d + 8)
    if (c & 128) == 0:
        return "reserved for NCS compatibility"
    if (c & 64) == 0:
        return "specified in RFC 4122"
    if (c & 32) == 0:
        return "reserved for Microsoft compatibility"
    return "reserved for future definition"


def attr_variant(v: i64) -> i64:
    d = uu_data(v, "variant")
    if d == 0:
        return 0
    return u64(uu_variant(d))


def attr_version(v: i64) -> i64:
    # Only an RFC 4122 UUID has a version (its top nibble of byte 6).
    d = uu_data(v, "version")
    if d == 0:
        return 0
    if (load8(d + 8) & 192) != 128:
        return NONE
    return mkint(i64(load8(d + 6) >> 4))


def attr_time_low(v: i64) -> i64:
    return uu_part(v, "time_low", 0, 4)


def attr_time_mid(v: i64) -> i64:
    return uu_part(v, "time_mid", 4, 2)


def attr_time_hi_version(v: i64) -> i64:
    return uu_part(v, "time_hi_version", 6, 2)


def attr_clock_seq_hi_variant(v: i64) -> i64:
    return uu_part(v, "clock_seq_hi_variant", 8, 1)


def attr_clock_seq_low(v: i64) -> i64:
    return uu_part(v, "clock_seq_low", 9, 1)


def attr_node(v: i64) -> i64:
    return uu_part(v, "node", 10, 6)


def attr_clock_seq(v: i64) -> i64:
    d = uu_data(v, "clock_seq")
    if d == 0:
        return 0
    return mkint(uu_load_be(d + 8, 2) & i64(0x3FFF))


def attr_time(v: i64) -> i64:
    # The 60-bit timestamp: time_hi (12 bits), time_mid, time_low.
    d = uu_data(v, "time")
    if d == 0:
        return 0
    hi = uu_load_be(d + 6, 2) & i64(0xFFF)
    t = (hi << i64(48)) | (uu_load_be(d + 4, 2) << i64(32)) | uu_load_be(d, 4)
    return mkint(t)


def attr_fields(v: i64) -> i64:
    d = uu_data(v, "fields")
    if d == 0:
        return 0
    t = tuple_of(6)
    it = Tuple.items[t]
    store64(it, mkint(uu_load_be(d, 4)))
    store64(it + 8, mkint(uu_load_be(d + 4, 2)))
    store64(it + 16, mkint(uu_load_be(d + 6, 2)))
    store64(it + 24, mkint(uu_load_be(d + 8, 1)))
    store64(it + 32, mkint(uu_load_be(d + 9, 1)))
    store64(it + 40, mkint(uu_load_be(d + 10, 6)))
    return u64(t)
