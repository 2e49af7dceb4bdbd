# `import struct`, its format strings: st_parse reads one into StItem
# records (code, repeat count, offset) with CPython 3.11's sizes,
# native alignment and struct.error messages; and the IEEE conversions
# of the e and f codes (round half to even, as a C cast and CPython's
# PyFloat_Pack2/4 do), written out because the dialect has no f32.
# Native ('@', the default) is CPython's on x86-64 Linux: l, L, n, N and
# P are 8 bytes and every code is aligned to its size; '=' is native
# order (little-endian) with standard sizes.

st_size: i64 = 0
st_nargs: i64 = 0
st_nitems: i32 = 0
st_big: i32 = 0
st_native: i32 = 0

ST_MAX = 0x7FFFFFFFFFFFFFFF


def st_error(msg: i32) -> i32:
    raise_(EXC_STRUCT_ERROR, msg)
    return 0


def st_code_size(c: i32, native: i32) -> i32:
    # The size of a format code; 0 for a code this order lacks.
    if c == 120 or c == 99 or c == 98 or c == 66 or c == 63 or c == 115 or c == 112:
        return 1
    if c == 104 or c == 72 or c == 101:
        return 2
    if c == 105 or c == 73 or c == 102:
        return 4
    if c == 113 or c == 81 or c == 100:
        return 8
    if c == 108 or c == 76:
        if native:
            return 8
        return 4
    if native and (c == 110 or c == 78 or c == 80):
        return 8
    return 0


def st_is_space(c: i32) -> i32:
    return c == 32 or (c >= 9 and c <= 13)


def st_parse(fmt: i64) -> i32:
    # The StItem array of a format (its length, total size, argument
    # count and order in the st_* globals); 0 with the error raised.
    t = typeof(fmt)
    if t != TAG_STR and t != TAG_BYTES:
        s = sb_new(64)
        sb_str(s, "Struct() argument 1 must be a str or bytes object, not ")
        sb_str(s, type_name(fmt))
        raise_(EXC_TYPE, sb_done(s))
        return 0
    d = Str.data[i32(fmt)]
    n = Str.nbytes[i32(fmt)]
    i = 0
    native = 1
    big = 0
    if n > 0:
        c = load8(d)
        if c == 64 or c == 61 or c == 60 or c == 62 or c == 33:
            i = 1
            native = c == 64
            big = c == 62 or c == 33
    items = alloc(StItem.SIZE * (n + 1))
    k = 0
    size: i64 = 0
    nargs: i64 = 0
    while i < n:
        c = load8(d + i)
        i += 1
        if st_is_space(c):
            continue
        num: i64 = 1
        if c >= 48 and c <= 57:
            num = i64(c - 48)
            c = 0
            while i < n:
                c = load8(d + i)
                i += 1
                if c < 48 or c > 57:
                    break
                if num > (i64(ST_MAX) - i64(c - 48)) / i64(10):
                    return st_error("total struct size too long")
                num = num * i64(10) + i64(c - 48)
                c = 0
            if c == 0:
                return st_error("repeat count given without format specifier")
        sz = st_code_size(c, native)
        if sz == 0:
            return st_error("bad char in struct format")
        if native and size > i64(0):
            size = size + (i64(sz) - i64(1)) - (size - i64(1)) % i64(sz)
        if num > (i64(ST_MAX) - size) / i64(sz):
            return st_error("total struct size too long")
        it = items + StItem.SIZE * k
        StItem.code[it] = c
        StItem.count[it] = num
        StItem.offset[it] = size
        k += 1
        if c == 115 or c == 112:
            nargs = nargs + i64(1)
        elif c != 120:
            nargs = nargs + num
        size = size + num * i64(sz)
    st_size = size
    st_nargs = nargs
    st_nitems = k
    st_big = big
    st_native = native
    return items


def struct_calcsize(fmt: i64) -> i64:
    if st_parse(fmt) == 0:
        return 0
    return mkint(st_size)


def st_round(m: i64, shift: i32) -> i64:
    # m >> shift rounded half to even (m below 2**53).
    if shift >= 55:
        return i64(0)
    if shift <= 0:
        return m
    q = m >> i64(shift)
    rem = m & ((i64(1) << i64(shift)) - i64(1))
    half = i64(1) << i64(shift - 1)
    if rem > half or (rem == half and (q & i64(1)) == i64(1)):
        q = q + i64(1)
    return q


def st_narrow(x: f64, mbits: i32, ebits: i32) -> i64:
    # The bits of x as a binary float of mbits mantissa and ebits
    # exponent bits; -1 when a finite x rounds beyond it.
    b = bits(x)
    sign = (b >> i64(63)) << i64(mbits + ebits)
    e = i32((b >> i64(52)) & i64(0x7FF))
    m = b & ((i64(1) << i64(52)) - i64(1))
    emax = (1 << ebits) - 1
    inf = i64(emax) << i64(mbits)
    if e == 0x7FF:
        if m == i64(0):
            return sign | inf
        return sign | inf | (i64(1) << i64(mbits - 1)) | (m >> i64(52 - mbits))
    if e == 0:
        return sign
    bias = (1 << (ebits - 1)) - 1
    ex = e - 1023
    full = m | (i64(1) << i64(52))
    r: i64 = 0
    if ex >= 1 - bias:
        r = (i64(ex + bias) << i64(mbits)) + st_round(full, 52 - mbits) - (i64(1) << i64(mbits))
    else:
        r = st_round(full, 52 - mbits + (1 - bias - ex))
    if r >= inf:
        return i64(-1)
    return sign | r


def st_widen(v: i64, mbits: i32, ebits: i32) -> f64:
    # The value of a binary float's bits (exact in an f64).
    sign = 1.0
    if ((v >> i64(mbits + ebits)) & i64(1)) != i64(0):
        sign = -1.0
    emax = (1 << ebits) - 1
    e = i32((v >> i64(mbits)) & i64(emax))
    m = v & ((i64(1) << i64(mbits)) - i64(1))
    bias = (1 << (ebits - 1)) - 1
    if e == emax:
        if m == i64(0):
            return sign * fbits(i64(0x7FF0000000000000))
        return fbits(i64(0x7FF8000000000000))
    if e == 0:
        return sign * f64(m) * st_pow2(1 - bias - mbits)
    return sign * f64(m | (i64(1) << i64(mbits))) * st_pow2(e - bias - mbits)


def st_pow2(k: i32) -> f64:
    # 2**k for k in -1022 .. 1023.
    return fbits(i64(k + 1023) << i64(52))
