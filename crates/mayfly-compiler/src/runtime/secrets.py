# `import secrets`: every random bit straight from the host's entropy
# (guest-sdk/ABI.md, `entropy`), read in the request that asks, so
# nothing of it is in the image; CPython 3.11's errors. choice and
# randbelow reject as SystemRandom does, on words of entropy
# (runtime/random.py with st 0).


def sec_nbytes(nv: i64) -> i64:
    # token_*'s nbytes: 32 when absent or None; -1 with the error pending.
    if nv == 0 or nv == NONE:
        return 32
    if (num_kind(nv) & 1) == 0:
        object_type_error(nv, "' object cannot be interpreted as an integer")
        return -1
    n = intval(nv)
    if exc != 0:
        return -1
    if n < 0:
        raise_(EXC_VALUE, "negative argument not allowed")
        return -1
    return n


def secrets_token_bytes(nv: i64) -> i64:
    n = sec_nbytes(nv)
    if n < 0:
        return 0
    b = bytes_alloc(i32(n))
    entropy(Str.data[b], i32(n))
    return u64(b)


def secrets_token_hex(nv: i64) -> i64:
    n = sec_nbytes(nv)
    if n < 0:
        return 0
    raw = alloc(i32(n))
    entropy(raw, i32(n))
    s = str_alloc(i32(2 * n), i32(2 * n))
    d = Str.data[s]
    i = 0
    while i < i32(n):
        c = load8(raw + i)
        store8(d + 2 * i, hexdigit(c >> 4))
        store8(d + 2 * i + 1, hexdigit(c & 15))
        i += 1
    return u64(s)


def sec_b64(x: i32) -> i32:
    # The URL-safe base64 alphabet.
    if x < 26:
        return 65 + x
    if x < 52:
        return 71 + x
    if x < 62:
        return x - 4
    if x == 62:
        return 45
    return 95


def secrets_token_urlsafe(nv: i64) -> i64:
    # base64.urlsafe_b64encode of nbytes random bytes without the '='.
    n = sec_nbytes(nv)
    if n < 0:
        return 0
    m = i32(n)
    raw = alloc(m + 3)
    memfill(raw, 0, m + 3)
    entropy(raw, m)
    out = (m / 3) * 4
    if m % 3 == 1:
        out += 2
    elif m % 3 == 2:
        out += 3
    s = str_alloc(out, out)
    d = Str.data[s]
    i = 0
    j = 0
    while i < m:
        v = (load8(raw + i) << 16) | (load8(raw + i + 1) << 8) | load8(raw + i + 2)
        k = 0
        while k < 4 and j < out:
            store8(d + j, sec_b64((v >> (18 - 6 * k)) & 63))
            k += 1
            j += 1
        i += 3
    return u64(s)


def secrets_choice(seq: i64) -> i64:
    return rnd_choice(0, seq)


def secrets_randbelow(nv: i64) -> i64:
    c = le(nv, mkint(0))
    if exc != 0:
        return 0
    if c:
        raise_(EXC_VALUE, "Upper bound must be positive.")
        return 0
    if (num_kind(nv) & 1) == 0:
        return no_method(nv, "bit_length")
    return rnd_below(0, nv)


def secrets_compare_digest(a: i64, b: i64) -> i64:
    # hmac.compare_digest: both ASCII strs or both bytes. The answer is
    # all that is observable here, so it is a plain comparison.
    ta = typeof(a)
    tb = typeof(b)
    if ta == TAG_STR and tb == TAG_STR:
        if Str.nbytes[i32(a)] != Str.nchars[i32(a)] or Str.nbytes[i32(b)] != Str.nchars[i32(b)]:
            raise_(EXC_TYPE, "comparing strings with non-ASCII characters is not supported")
            return 0
        return mkbool(str_eq(i32(a), i32(b)))
    if ta == TAG_BYTES and tb == TAG_BYTES:
        return mkbool(str_eq(i32(a), i32(b)))
    s = sb_new(80)
    if ta == TAG_BYTES or tb == TAG_BYTES:
        sb_str(s, "a bytes-like object is required, not '")
        if ta == TAG_BYTES:
            sb_str(s, type_name(b))
        else:
            sb_str(s, type_name(a))
    else:
        sb_str(s, "unsupported operand types(s) or combination of types: '")
        sb_str(s, type_name(a))
        sb_str(s, "' and '")
        sb_str(s, type_name(b))
    sb_byte(s, 39)
    raise_(EXC_TYPE, sb_done(s))
    return 0
