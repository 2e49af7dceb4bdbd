# The ASCII and Latin-1 codecs (UTF-8 is bytes.py's): str.encode,
# bytes.decode and bytes(str, encoding) with CPython's error handlers and
# its UnicodeEncodeError / UnicodeDecodeError messages.

ERR_STRICT = 0
ERR_REPLACE = 1
ERR_IGNORE = 2
ERR_BACKSLASH = 3
ERR_XMLCHAR = 4


def err_handler(errors: i64, decoding: i32) -> i32:
    # Looked up only once an error occurs, as CPython; -1 with the error
    # pending for a name it does not know (or one that cannot decode).
    if errors == 0 or str_eq(i32(errors), "strict"):
        return ERR_STRICT
    if str_eq(i32(errors), "replace"):
        return ERR_REPLACE
    if str_eq(i32(errors), "ignore"):
        return ERR_IGNORE
    if str_eq(i32(errors), "backslashreplace"):
        return ERR_BACKSLASH
    if str_eq(i32(errors), "xmlcharrefreplace"):
        if decoding:
            raise_(EXC_TYPE, "don't know how to handle UnicodeDecodeError in error callback")
            return -1
        return ERR_XMLCHAR
    e = sb_new(48)
    sb_str(e, "unknown error handler name '")
    sb_str(e, i32(errors))
    sb_byte(e, 39)
    raise_(EXC_LOOKUP, sb_done(e))
    return -1


def codec_name(codec: i32) -> i32:
    if codec == CODEC_ASCII:
        return "'ascii' codec can't "
    return "'latin-1' codec can't "


def sb_escape_cp(b: i32, c: i32) -> None:
    # \xe9, \u20ac or \U0001f600, as CPython's backslashreplace writes them.
    sb_byte(b, 92)
    k = 2
    if c < 256:
        sb_byte(b, 120)
    elif c < 65536:
        sb_byte(b, 117)
        k = 4
    else:
        sb_byte(b, 85)
        k = 8
    while k > 0:
        k -= 1
        sb_byte(b, hexdigit((c >> (4 * k)) & 15))


def encode_narrow(v: i64, codec: i32, errors: i64) -> i64:
    s = i32(v)
    p = Str.data[s]
    n = Str.nbytes[s]
    limit = 256
    if codec == CODEC_ASCII:
        limit = 128
    out = sb_new(Str.nchars[s])
    handler = -2
    i = 0
    pos = 0
    while i < n:
        k = utf8_len(load8(p + i))
        c = decode_cp(p + i, k)
        if c < limit:
            sb_byte(out, c)
            i += k
            pos += 1
            continue
        if handler == -2:
            handler = err_handler(errors, 0)
            if handler < 0:
                return 0
        if handler == ERR_STRICT:
            # The whole run of unencodable characters is reported.
            j = i + k
            end = pos + 1
            while j < n:
                kj = utf8_len(load8(p + j))
                if decode_cp(p + j, kj) < limit:
                    break
                j += kj
                end += 1
            e = sb_new(96)
            sb_str(e, codec_name(codec))
            if end - pos == 1:
                sb_str(e, "encode character '")
                sb_escape_cp(e, c)
                sb_str(e, "' in position ")
                sb_int(e, i64(pos))
            else:
                sb_str(e, "encode characters in position ")
                sb_int(e, i64(pos))
                sb_byte(e, 45)
                sb_int(e, i64(end - 1))
            sb_str(e, ": ordinal not in range(")
            sb_int(e, i64(limit))
            sb_byte(e, 41)
            raise_(EXC_UNICODE_ENCODE, sb_done(e))
            return 0
        if handler == ERR_REPLACE:
            sb_byte(out, 63)
        elif handler == ERR_BACKSLASH:
            sb_escape_cp(out, c)
        elif handler == ERR_XMLCHAR:
            sb_str(out, "&#")
            sb_int(out, i64(c))
            sb_byte(out, 59)
        i += k
        pos += 1
    return sb_bytes_done(out)


def decode_narrow(v: i64, codec: i32, errors: i64) -> i64:
    b = i32(v)
    p = Str.data[b]
    n = Str.nbytes[b]
    out = sb_new(n)
    handler = -2
    i = 0
    while i < n:
        c = load8(p + i)
        if c < 128 or codec == CODEC_LATIN1:
            sb_char(out, c)
            i += 1
            continue
        if handler == -2:
            handler = err_handler(errors, 1)
            if handler < 0:
                return 0
        if handler == ERR_STRICT:
            e = sb_new(96)
            sb_str(e, codec_name(codec))
            sb_str(e, "decode byte 0x")
            sb_byte(e, hexdigit(c >> 4))
            sb_byte(e, hexdigit(c & 15))
            sb_str(e, " in position ")
            sb_int(e, i64(i))
            sb_str(e, ": ordinal not in range(128)")
            raise_(EXC_UNICODE_DECODE, sb_done(e))
            return 0
        if handler == ERR_REPLACE:
            sb_char(out, 65533)
        elif handler == ERR_BACKSLASH:
            sb_escape_cp(out, c)
        i += 1
    return u64(sb_done(out))
