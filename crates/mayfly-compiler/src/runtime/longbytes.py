# int.to_bytes and int.from_bytes for ints of any size (3.11's defaults:
# length 1, byteorder "big", signed False), through the two's complement
# digits of runtime/longbits.py.


def byteorder_big(order: i64) -> i32:
    # 1 for "big" (or absent), 0 for "little"; -1 with CPython's ValueError.
    if order == 0:
        return 1
    if typeof(order) == TAG_STR:
        if str_eq(i32(order), "big"):
            return 1
        if str_eq(i32(order), "little"):
            return 0
        raise_(EXC_VALUE, "byteorder must be either 'little' or 'big'")
        return -1
    e = sb_new(64)
    sb_str(e, "argument 'byteorder' must be str, not ")
    sb_str(e, type_name(order))
    raise_(EXC_TYPE, sb_done(e))
    return -1


def m_to_bytes(v: i64, length: i64, order: i64, signed: i64) -> i64:
    if (num_kind(v) & 1) == 0:
        return no_method(v, "to_bytes")
    n: i64 = 1
    if length != 0:
        n = index_arg(length)
    big = byteorder_big(order)
    if exc != 0:
        return 0
    if n < 0:
        raise_(EXC_VALUE, "length argument must be non-negative")
        return 0
    sg = signed != 0 and truthy(signed)
    s = long_sign(v)
    if s < 0 and sg == 0:
        raise_(EXC_OVERFLOW, "can't convert negative int to unsigned")
        return 0
    # Fits n bytes: unsigned below 2**(8n); signed within -2**(8n-1) ..
    # 2**(8n-1) - 1, i.e. the bit length of v (of -v - 1 if negative)
    # below 8n.
    w = v
    if s < 0:
        w = invert(v)
    if i64(mag_bitlen(lg_of(w))) + i64(sg) > 8 * n:
        raise_(EXC_OVERFLOW, "int too big to convert")
        return 0
    p = lg_of(v)
    nd = lg_len(p) + 1
    if i32(n / 4) + 1 > nd:
        nd = i32(n / 4) + 1
    t = lg_twos(p, nd)
    b = bytes_alloc(i32(n))
    i = 0
    while i64(i) < n:
        byte = (load32(Long.digits[t] + 4 * (i >> 2)) >> (8 * (i & 3))) & 255
        if big:
            store8(Str.data[b] + i32(n) - 1 - i, byte)
        else:
            store8(Str.data[b] + i, byte)
        i += 1
    return u64(b)


def int_from_bytes(src: i64, order: i64, signed: i64) -> i64:
    # int.from_bytes(bytes or an iterable of ints 0..255, ...).
    bs = src
    if typeof(src) != TAG_BYTES:
        bs = bytes_of_ints(src)
        if exc != 0:
            return 0
    big = byteorder_big(order)
    if exc != 0:
        return 0
    n = Str.nbytes[i32(bs)]
    d = Str.data[i32(bs)]
    p = lg_new(n / 4 + 1)
    i = 0
    while i < n:
        byte = load8(d + i)
        if big:
            byte = load8(d + n - 1 - i)
        at = Long.digits[p] + 4 * (i >> 2)
        store32(at, load32(at) | (byte << (8 * (i & 3))))
        i += 1
    v = lg_done(p, 0)
    if signed != 0 and truthy(signed) and n > 0:
        top = load8(d)
        if big == 0:
            top = load8(d + n - 1)
        if top >= 128:
            return sub(v, lshift(mkint(1), mkint(i64(8 * n))))
    return v


def bytes_of_ints(src: i64) -> i64:
    # The bytes of an iterable of ints in range(0, 256), as bytes(src).
    xs = list_from(src)
    if exc != 0:
        return 0
    n = List.len[i32(xs)]
    b = bytes_alloc(n)
    i = 0
    while i < n:
        x = load64(List.items[i32(xs)] + 8 * i)
        k = index_arg(x)
        if exc != 0:
            return 0
        if k < 0 or k > 255:
            raise_(EXC_VALUE, "bytes must be in range(0, 256)")
            return 0
        store8(Str.data[b] + i, i32(k))
        i += 1
    return u64(b)
