# bytes: the Str record with tag TAG_BYTES and nchars == nbytes, every byte
# counted as one "char", so equality, ordering, hashing and substring
# search share the str code. Made by str.encode, b"..." literals, slicing
# and + / *; read by len, indexing (ints), iteration, `in`, decode.

dec_end: i32 = 0
dec_why: i32 = 0


def bytes_alloc(n: i32) -> i32:
    # The str layout with the bytes tag; the "character" count is n.
    p = str_alloc(n, n)
    Str.tag[p] = TAG_BYTES
    return p


def bytes_from(p: i32, n: i32) -> i64:
    b = bytes_alloc(n)
    memcopy(Str.data[b], p, n)
    return u64(b)


def arg_str(v: i64, meth: i32, name: i32) -> i32:
    # TypeError: encode() argument 'encoding' must be str, not int
    if typeof(v) == TAG_STR:
        return 1
    s = sb_new(64)
    sb_str(s, meth)
    sb_str(s, "() argument '")
    sb_str(s, name)
    sb_str(s, "' must be str, not ")
    sb_str(s, type_name(v))
    raise_(EXC_TYPE, sb_done(s))
    return 0


CODEC_UTF8 = 1
CODEC_ASCII = 2
CODEC_LATIN1 = 3


def codec_id(v: i64, meth: i32) -> i32:
    # CPython's codec lookup lower-cases and maps '-' and ' ' to '_'; these
    # are its names for UTF-8, ASCII and Latin-1. Any other codec is
    # refused with LookupError (the compiler already rejects literal ones).
    # 0 with the error pending.
    if v == 0:
        return CODEC_UTF8
    if arg_str(v, meth, "encoding") == 0:
        return 0
    s = i32(v)
    n = Str.nbytes[s]
    b = sb_new(n)
    i = 0
    while i < n:
        c = load8(Str.data[s] + i)
        if c >= 65 and c <= 90:
            c += 32
        elif c == 45 or c == 32:
            c = 95
        sb_byte(b, c)
        i += 1
    k = sb_done(b)
    if str_eq(k, "utf_8") or str_eq(k, "utf8") or str_eq(k, "u8") or str_eq(k, "utf") or str_eq(k, "cp65001"):
        return CODEC_UTF8
    if str_eq(k, "ascii") or str_eq(k, "us_ascii") or str_eq(k, "646"):
        return CODEC_ASCII
    if str_eq(k, "latin_1") or str_eq(k, "latin1") or str_eq(k, "latin") or str_eq(k, "l1") or str_eq(k, "iso_8859_1") or str_eq(k, "iso8859_1") or str_eq(k, "8859") or str_eq(k, "cp819"):
        return CODEC_LATIN1
    e = sb_new(48)
    sb_str(e, "unsupported encoding: ")
    sb_str(e, s)
    sb_str(e, " (mayfly supports UTF-8, ASCII and Latin-1)")
    raise_(EXC_LOOKUP, sb_done(e))
    return 0


def m_encode(v: i64, enc: i64, errors: i64) -> i64:
    if need_str(v, "encode") == 0:
        return 0
    codec = codec_id(enc, "encode")
    if codec == 0:
        return 0
    if errors != 0 and arg_str(errors, "encode", "errors") == 0:
        return 0
    if codec != CODEC_UTF8:
        return encode_narrow(v, codec, errors)
    # A str here is valid UTF-8 (no lone surrogates), so encoding never
    # fails and the error handler is never consulted, as in CPython.
    s = i32(v)
    return bytes_from(Str.data[s], Str.nbytes[s])


def utf8_bad(p: i32, n: i32) -> i32:
    # Offset of the first invalid UTF-8 sequence in p[0:n], or -1; sets
    # dec_end and dec_why the way CPython's decoder reports the error.
    i = 0
    while i < n:
        c = load8(p + i)
        if c < 128:
            i += 1
            continue
        need = 0
        lo = 128
        hi = 191
        if c >= 194 and c < 224:
            need = 1
        elif c >= 224 and c < 240:
            need = 2
            if c == 224:
                lo = 160
            if c == 237:
                hi = 159
        elif c >= 240 and c < 245:
            need = 3
            if c == 240:
                lo = 144
            if c == 244:
                hi = 143
        else:
            dec_end = i + 1
            dec_why = "invalid start byte"
            return i
        j = 1
        while j <= need:
            if i + j >= n:
                dec_end = n
                dec_why = "unexpected end of data"
                return i
            d = load8(p + i + j)
            if d < lo or d > hi:
                dec_end = i + j
                dec_why = "invalid continuation byte"
                return i
            lo = 128
            hi = 191
            j += 1
        i += need + 1
    return -1


def m_decode(v: i64, enc: i64, errors: i64) -> i64:
    if typeof(v) != TAG_BYTES:
        return no_method(v, "decode")
    codec = codec_id(enc, "decode")
    if codec == 0:
        return 0
    if errors != 0 and arg_str(errors, "decode", "errors") == 0:
        return 0
    if codec != CODEC_UTF8:
        return decode_narrow(v, codec, errors)
    b = i32(v)
    n = Str.nbytes[b]
    bad = utf8_bad(Str.data[b], n)
    if bad < 0:
        return u64(str_from(Str.data[b], n))
    # As CPython, the handler is looked up only once an error occurs.
    handler = 0
    if errors != 0:
        if str_eq(i32(errors), "replace"):
            handler = 1
        elif str_eq(i32(errors), "ignore"):
            handler = 2
        elif str_eq(i32(errors), "strict") == 0:
            e2 = sb_new(48)
            sb_str(e2, "unknown error handler name '")
            sb_str(e2, i32(errors))
            sb_byte(e2, 39)
            raise_(EXC_LOOKUP, sb_done(e2))
            return 0
    if handler != 0:
        return decode_lossy(b, handler == 1)
    decode_error(b, bad)
    return 0


def decode_lossy(b: i32, replace: i32) -> i64:
    # errors='replace' / 'ignore': each invalid sequence (the range the
    # strict error would report) becomes U+FFFD or nothing.
    out = sb_new(Str.nbytes[b])
    p = Str.data[b]
    n = Str.nbytes[b]
    i = 0
    while i < n:
        bad = utf8_bad(p + i, n - i)
        if bad < 0:
            sb_bytes(out, p + i, n - i)
            break
        sb_bytes(out, p + i, bad)
        if replace:
            sb_char(out, 65533)
        i = i + dec_end
    return u64(sb_done(out))


def decode_error(b: i32, bad: i32) -> None:
    # 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte
    e = sb_new(96)
    if dec_end - bad == 1:
        sb_str(e, "'utf-8' codec can't decode byte 0x")
        sb_byte(e, hexdigit(load8(Str.data[b] + bad) >> 4))
        sb_byte(e, hexdigit(load8(Str.data[b] + bad) & 15))
        sb_str(e, " in position ")
        sb_int(e, i64(bad))
    else:
        sb_str(e, "'utf-8' codec can't decode bytes in position ")
        sb_int(e, i64(bad))
        sb_byte(e, 45)
        sb_int(e, i64(dec_end - 1))
    sb_str(e, ": ")
    sb_str(e, dec_why)
    raise_(EXC_UNICODE_DECODE, sb_done(e))


def bytes_getitem(o: i64, k: i64) -> i64:
    if num_kind(k) != 1:
        e = sb_new(48)
        sb_str(e, "byte indices must be integers or slices, not ")
        sb_str(e, type_name(k))
        raise_(EXC_TYPE, sb_done(e))
        return 0
    s = i32(o)
    n = i64(Str.nbytes[s])
    j = intval(k)
    if j < 0:
        j = j + n
    if j < 0 or j >= n:
        raise_(EXC_INDEX, "index out of range")
        return 0
    return mkint(i64(load8(Str.data[s] + i32(j))))


def bytes_slice(o: i64, a: i64, z: i64, step: i64) -> i64:
    s = i32(o)
    b = sb_new(16)
    i = a
    while (step > 0 and i < z) or (step < 0 and i > z):
        sb_byte(b, load8(Str.data[s] + i32(i)))
        i = i + step
    r = sb_done(b)
    Str.tag[r] = TAG_BYTES
    Str.nchars[r] = Str.nbytes[r]
    return u64(r)


def bytes_contains(x: i64, c: i64) -> i32:
    k = num_kind(x)
    if k == 1:
        v = intval(x)
        if v < 0 or v > 255:
            raise_(EXC_VALUE, "byte must be in range(0, 256)")
            return 0
        s = i32(c)
        n = Str.nbytes[s]
        i = 0
        while i < n:
            if i64(load8(Str.data[s] + i)) == v:
                return 1
            i += 1
        return 0
    if typeof(x) != TAG_BYTES:
        s2 = sb_new(48)
        sb_str(s2, "a bytes-like object is required, not '")
        sb_str(s2, type_name(x))
        sb_byte(s2, 39)
        raise_(EXC_TYPE, sb_done(s2))
        return 0
    return str_find(i32(c), i32(x), 0) >= 0


def bytes_concat(a: i64, b: i64) -> i64:
    la = Str.nbytes[i32(a)]
    lb = Str.nbytes[i32(b)]
    r = bytes_alloc(la + lb)
    memcopy(Str.data[r], Str.data[i32(a)], la)
    memcopy(Str.data[r] + la, Str.data[i32(b)], lb)
    return u64(r)


def bytes_unsupported(v: i64, name: i32) -> i64:
    # bytes has many more methods in CPython; say it is mayfly that lacks
    # them rather than claim the attribute does not exist.
    s = sb_new(64)
    sb_str(s, "bytes.")
    sb_str(s, name)
    sb_str(s, "() is not supported (guest-sdk/LANGUAGE.md lists the bytes methods mayfly has)")
    raise_(EXC_TYPE, sb_done(s))
    return 0
