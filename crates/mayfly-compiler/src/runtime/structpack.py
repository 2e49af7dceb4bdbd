# struct.pack, unpack, unpack_from and iter_unpack over the StItem
# arrays of runtime/structfmt.py, with CPython 3.11's results and its
# struct.error messages (which differ by code and byte order the way
# its native, little- and big-endian packers do).


def st_put(p: i32, x: i64, n: i32, big: i32) -> None:
    i = 0
    while i < n:
        if big:
            store8(p + n - 1 - i, i32(x & i64(255)))
        else:
            store8(p + i, i32(x & i64(255)))
        x = x >> i64(8)
        i += 1


def st_get(p: i32, n: i32, big: i32) -> i64:
    x: i64 = 0
    i = 0
    while i < n:
        if big:
            x = (x << i64(8)) | i64(load8(p + i))
        else:
            x = (x << i64(8)) | i64(load8(p + n - 1 - i))
        i += 1
    return x


def st_signed(c: i32) -> i32:
    return c == 98 or c == 104 or c == 105 or c == 108 or c == 113 or c == 110


def st_range_error(c: i32, v: i64, k: i32, big: i32, native: i32) -> i32:
    fits = k == 1
    neg = 0
    if k == 1:
        neg = intval(v) < i64(0)
    else:
        neg = long_sign(v) < 0
    fitsu = neg == 0 and (k == 1 or mag_bitlen(lg_of(v)) <= 64)
    oor = "argument out of range"
    if c == 98 and fits:
        return st_error("byte format requires -128 <= number <= 127")
    if c == 66 and fits:
        return st_error("ubyte format requires 0 <= number <= 255")
    if c == 104 and fits:
        if big:
            return st_error("'h' format requires -32768 <= number <= 32767")
        return st_error("short format requires -32768 <= number <= 32767")
    if c == 72 and big and fitsu:
        return st_error("'H' format requires 0 <= number <= 65535")
    if c == 72 and big == 0 and fits:
        return st_error("ushort format requires 0 <= number <= 65535")
    four = c == 105 or c == 73 or ((c == 108 or c == 76) and native == 0)
    if four and st_signed(c) and fits:
        s = sb_new(64)
        sb_byte(s, 39)
        sb_byte(s, c)
        sb_str(s, "' format requires -2147483648 <= number <= 2147483647")
        return st_error(sb_done(s))
    if four and st_signed(c) == 0 and fitsu:
        s = sb_new(64)
        sb_byte(s, 39)
        sb_byte(s, c)
        sb_str(s, "' format requires 0 <= number <= 4294967295")
        return st_error(sb_done(s))
    if big and (c == 113 or c == 81):
        return st_error("int too large to convert")
    return st_error(oor)


def st_pack_int(c: i32, p: i32, v: i64, sz: i32, big: i32, native: i32) -> i32:
    k = num_kind(v)
    if k != 1 and k != 3:
        return st_error("required argument is not an integer")
    ok = 0
    if k == 1:
        x = intval(v)
        if sz == 8:
            ok = st_signed(c) or x >= i64(0)
        elif st_signed(c):
            ok = x >= (i64(0) - (i64(1) << i64(8 * sz - 1))) and x < (i64(1) << i64(8 * sz - 1))
        else:
            ok = x >= i64(0) and x < (i64(1) << i64(8 * sz))
        if ok:
            st_put(p, x, sz, big)
            return 1
    elif sz == 8 and st_signed(c) == 0 and long_sign(v) > 0 and mag_bitlen(lg_of(v)) <= 64:
        b = m_to_bytes(v, mkint(i64(8)), u64("little"), 0)
        if exc != 0:
            return 0
        st_put(p, load64(Str.data[i32(b)]), 8, big)
        return 1
    return st_range_error(c, v, k, big, native)


def st_pack_float(c: i32, p: i32, v: i64, big: i32, native: i32) -> i32:
    k = num_kind(v)
    if k == 0 or (k == 3 and mag_bitlen(lg_of(v)) > 1024):
        return st_error("required argument is not a float")
    x = floatval(v)
    if c == 100:
        st_put(p, bits(x), 8, big)
        return 1
    if c == 102:
        r = st_narrow(x, 23, 8)
        if r == i64(-1):
            if native == 0:
                return st_float_overflow(k, "float too large to pack with f format")
            r = i64(0x7F800000)
            if x < 0.0:
                r = i64(0xFF800000)
        st_put(p, r, 4, big)
        return 1
    r = st_narrow(x, 10, 5)
    if r == i64(-1):
        return st_float_overflow(k, "float too large to pack with e format")
    st_put(p, r, 2, big)
    return 1


def st_float_overflow(k: i32, msg: i32) -> i32:
    # CPython's OverflowError for a float; for an int it reports the
    # overflow as struct.error.
    if k == 2:
        raise_(EXC_OVERFLOW, msg)
        return 0
    return st_error("int too large to convert")


def st_pack_str(c: i32, p: i32, v: i64, count: i64) -> i32:
    # s: the bytes cut or NUL-padded to count; p: a length byte first.
    if typeof(v) != TAG_BYTES:
        if c == 115:
            return st_error("argument for 's' must be a bytes object")
        return st_error("argument for 'p' must be a bytes object")
    n = i64(Str.nbytes[i32(v)])
    if c == 115:
        if n > count:
            n = count
        memcopy(p, Str.data[i32(v)], i32(n))
        return 1
    if count == i64(0):
        return 1
    if n > count - i64(1):
        n = count - i64(1)
    memcopy(p + 1, Str.data[i32(v)], i32(n))
    if n > i64(255):
        n = i64(255)
    store8(p, i32(n))
    return 1


def st_pack_one(c: i32, p: i32, v: i64, big: i32, native: i32) -> i32:
    if c == 63:
        t = truthy(v)
        if exc != 0:
            return 0
        store8(p, t)
        return 1
    if c == 99:
        if typeof(v) != TAG_BYTES or Str.nbytes[i32(v)] != 1:
            return st_error("char format requires a bytes object of length 1")
        store8(p, load8(Str.data[i32(v)]))
        return 1
    if c == 101 or c == 102 or c == 100:
        return st_pack_float(c, p, v, big, native)
    return st_pack_int(c, p, v, st_code_size(c, native), big, native)


def struct_pack(args: i64) -> i64:
    n = Tuple.len[i32(args)]
    if n == 0:
        raise_(EXC_TYPE, "missing format argument")
        return 0
    av = Tuple.items[i32(args)]
    items = st_parse(load64(av))
    if items == 0:
        return 0
    big = st_big
    native = st_native
    nitems = st_nitems
    if st_nargs != i64(n - 1):
        s = sb_new(64)
        sb_str(s, "pack expected ")
        sb_int(s, st_nargs)
        sb_str(s, " items for packing (got ")
        sb_int(s, i64(n - 1))
        sb_byte(s, 41)
        return i64(st_error(sb_done(s)))
    if st_size > i64(0x7FFFFFF0):
        raise_(EXC_MEMORY, 0)
        return 0
    b = bytes_alloc(i32(st_size))
    d = Str.data[b]
    memfill(d, 0, i32(st_size))
    a = 1
    k = 0
    while k < nitems:
        it = items + StItem.SIZE * k
        c = StItem.code[it]
        p = d + i32(StItem.offset[it])
        count = StItem.count[it]
        if c == 115 or c == 112:
            if st_pack_str(c, p, load64(av + 8 * a), count) == 0:
                return 0
            a += 1
        elif c != 120:
            sz = st_code_size(c, native)
            j = 0
            while i64(j) < count:
                if st_pack_one(c, p + sz * j, load64(av + 8 * a), big, native) == 0:
                    return 0
                a += 1
                j += 1
        k += 1
    return u64(b)


def st_unpack_one(c: i32, p: i32, big: i32, native: i32) -> i64:
    if c == 63:
        return mkbool(load8(p) != 0)
    if c == 99:
        return bytes_from(p, 1)
    if c == 100:
        return mkfloat(fbits(st_get(p, 8, big)))
    if c == 102:
        return mkfloat(st_widen(st_get(p, 4, big), 23, 8))
    if c == 101:
        return mkfloat(st_widen(st_get(p, 2, big), 10, 5))
    sz = st_code_size(c, native)
    x = st_get(p, sz, big)
    if st_signed(c):
        if sz < 8:
            sh = i64(64 - 8 * sz)
            x = (x << sh) >> sh
        return mkint(x)
    if x < i64(0):
        # Beyond i64: an unsigned 8-byte value with its top bit set.
        order = u64("little")
        if big:
            order = u64("big")
        return int_from_bytes(bytes_from(p, 8), order, 0)
    return mkint(x)


def st_unpack_at(items: i32, d: i32) -> i64:
    # The tuple of the values at d (the st_* globals describe items).
    big = st_big
    native = st_native
    nitems = st_nitems
    t = tuple_of(i32(st_nargs))
    out = Tuple.items[t]
    a = 0
    k = 0
    while k < nitems:
        it = items + StItem.SIZE * k
        c = StItem.code[it]
        p = d + i32(StItem.offset[it])
        count = StItem.count[it]
        if c == 115:
            store64(out + 8 * a, bytes_from(p, i32(count)))
            a += 1
        elif c == 112:
            n = 0
            if count > i64(0):
                n = load8(p)
                if i64(n) > count - i64(1):
                    n = i32(count) - 1
            store64(out + 8 * a, bytes_from(p + 1, n))
            a += 1
        elif c != 120:
            sz = st_code_size(c, native)
            j = 0
            while i64(j) < count:
                store64(out + 8 * a, st_unpack_one(c, p + sz * j, big, native))
                a += 1
                j += 1
        k += 1
    return u64(t)


def st_buffer(v: i64) -> i32:
    if typeof(v) == TAG_BYTES:
        return 1
    s = sb_new(64)
    sb_str(s, "a bytes-like object is required, not '")
    sb_str(s, type_name(v))
    sb_byte(s, 39)
    raise_(EXC_TYPE, sb_done(s))
    return 0


def struct_unpack(fmt: i64, buf: i64) -> i64:
    items = st_parse(fmt)
    if items == 0 or st_buffer(buf) == 0:
        return 0
    if i64(Str.nbytes[i32(buf)]) != st_size:
        s = sb_new(64)
        sb_str(s, "unpack requires a buffer of ")
        sb_int(s, st_size)
        sb_str(s, " bytes")
        return i64(st_error(sb_done(s)))
    return st_unpack_at(items, Str.data[i32(buf)])


def struct_unpack_from(fmt: i64, buf: i64, offset: i64) -> i64:
    items = st_parse(fmt)
    if items == 0 or st_buffer(buf) == 0:
        return 0
    off: i64 = 0
    if offset != 0:
        off = index_arg(offset)
        if exc != 0:
            return 0
    n = i64(Str.nbytes[i32(buf)])
    at = off
    if off < i64(0):
        if off + n < i64(0):
            s = sb_new(64)
            sb_str(s, "offset ")
            sb_int(s, off)
            sb_str(s, " out of range for ")
            sb_int(s, n)
            sb_str(s, "-byte buffer")
            return i64(st_error(sb_done(s)))
        at = off + n
    if n - at < st_size:
        s = sb_new(96)
        if off < i64(0):
            sb_str(s, "not enough data to unpack ")
            sb_int(s, st_size)
            sb_str(s, " bytes at offset ")
            sb_int(s, off)
        else:
            sb_str(s, "unpack_from requires a buffer of at least ")
            sb_int(s, st_size + off)
            sb_str(s, " bytes for unpacking ")
            sb_int(s, st_size)
            sb_str(s, " bytes at offset ")
            sb_int(s, off)
            sb_str(s, " (actual buffer size is ")
            sb_int(s, n)
            sb_byte(s, 41)
        return i64(st_error(sb_done(s)))
    return st_unpack_at(items, Str.data[i32(buf)] + i32(at))


def struct_iter_unpack(fmt: i64, buf: i64) -> i64:
    # An iterator over the tuples, unpacked up front.
    items = st_parse(fmt)
    if items == 0 or st_buffer(buf) == 0:
        return 0
    size = st_size
    if size == i64(0):
        return i64(st_error("cannot iteratively unpack with a struct of length 0"))
    n = i64(Str.nbytes[i32(buf)])
    if n % size != i64(0):
        s = sb_new(80)
        sb_str(s, "iterative unpacking requires a buffer of a multiple of ")
        sb_int(s, size)
        sb_str(s, " bytes")
        return i64(st_error(sb_done(s)))
    out = list_new()
    at: i64 = 0
    while at < n:
        list_append(out, st_unpack_at(items, Str.data[i32(buf)] + i32(at)))
        at = at + size
    return iter_(out)
