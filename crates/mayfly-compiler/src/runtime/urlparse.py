# `import urllib.parse`: quote, quote_plus, quote_from_bytes, unquote,
# unquote_plus, unquote_to_bytes, urlencode, parse_qs and parse_qsl with
# CPython 3.11's results and errors. Linked only when a program calls
# them (every function here is reached from a call the compiler emits).

def uq_hexval(c: i32) -> i32:
    if c >= 48 and c <= 57:
        return c - 48
    if c >= 65 and c <= 70:
        return c - 55
    if c >= 97 and c <= 102:
        return c - 87
    return -1


def uq_safe_table(safe: i64, plus: i32) -> i32:
    # 128 flags: 1 for the bytes quote leaves as they are (the always
    # safe A-Za-z0-9_.-~ and safe's ASCII ones; CPython drops the rest).
    tbl = alloc(128)
    memfill(tbl, 0, 128)
    c = 48
    while c <= 57:
        store8(tbl + c, 1)
        c += 1
    c = 65
    while c <= 90:
        store8(tbl + c, 1)
        store8(tbl + c + 32, 1)
        c += 1
    store8(tbl + 95, 1)
    store8(tbl + 46, 1)
    store8(tbl + 45, 1)
    store8(tbl + 126, 1)
    if plus:
        store8(tbl + 32, 1)
    t = typeof(safe)
    if t != TAG_STR and t != TAG_BYTES:
        object_type_error(safe, "' object is not iterable")
        return 0
    p = Str.data[i32(safe)]
    n = Str.nbytes[i32(safe)]
    i = 0
    while i < n:
        c = load8(p + i)
        if c < 128:
            store8(tbl + c, 1)
        i += 1
    return tbl


def url_quote_bytes(bs: i64, safe: i64, plus: i32) -> i64:
    n = Str.nbytes[i32(bs)]
    if n == 0:
        return u64("")
    tbl = uq_safe_table(safe, plus)
    if tbl == 0:
        return 0
    p = Str.data[i32(bs)]
    b = sb_new(n + 8)
    i = 0
    while i < n:
        c = load8(p + i)
        if c < 128 and load8(tbl + c) != 0:
            if c == 32 and plus:
                sb_byte(b, 43)
            else:
                sb_byte(b, c)
        else:
            sb_byte(b, 37)
            d = c >> 4
            if d < 10:
                sb_byte(b, 48 + d)
            else:
                sb_byte(b, 55 + d)
            d = c & 15
            if d < 10:
                sb_byte(b, 48 + d)
            else:
                sb_byte(b, 55 + d)
        i += 1
    return u64(sb_done_chars(b, Builder.len[b]))


def url_absent(v: i64) -> i32:
    return v == 0 or v == NONE


def url_quote(s: i64, safe: i64, enc: i64, errors: i64, plus: i32) -> i64:
    # quote (plus 0) and quote_plus (plus 1, which quotes ' ' as '+').
    if safe == 0:
        if plus:
            safe = u64("")
        else:
            safe = u64("/")
    t = typeof(s)
    bs: i64 = 0
    if t == TAG_STR:
        if Str.nbytes[i32(s)] == 0:
            return s
        e: i64 = 0
        if url_absent(enc) == 0:
            e = enc
        r: i64 = 0
        if url_absent(errors) == 0:
            r = errors
        bs = m_encode(s, e, r)
        if bs == 0:
            return 0
    elif t == TAG_BYTES:
        if url_absent(enc) == 0:
            raise_(EXC_TYPE, "quote() doesn't support 'encoding' for bytes")
            return 0
        if url_absent(errors) == 0:
            raise_(EXC_TYPE, "quote() doesn't support 'errors' for bytes")
            return 0
        bs = s
    else:
        raise_(EXC_TYPE, "quote_from_bytes() expected bytes")
        return 0
    return url_quote_bytes(bs, safe, plus)


def url_quote_(s: i64, safe: i64, enc: i64, errors: i64) -> i64:
    return url_quote(s, safe, enc, errors, 0)


def url_quote_plus(s: i64, safe: i64, enc: i64, errors: i64) -> i64:
    return url_quote(s, safe, enc, errors, 1)


def url_quote_from_bytes(bs: i64, safe: i64) -> i64:
    if typeof(bs) != TAG_BYTES:
        raise_(EXC_TYPE, "quote_from_bytes() expected bytes")
        return 0
    if safe == 0:
        safe = u64("/")
    return url_quote_bytes(bs, safe, 0)


def uq_unescape(b: i32, p: i32, n: i32, plus: i32) -> None:
    # %XX (either case) becomes its byte; any other '%' stays.
    i = 0
    while i < n:
        c = load8(p + i)
        if c == 37 and i + 2 < n:
            hi = uq_hexval(load8(p + i + 1))
            lo = uq_hexval(load8(p + i + 2))
            if hi >= 0 and lo >= 0:
                sb_byte(b, hi * 16 + lo)
                i += 3
                continue
        if plus and c == 43:
            c = 32
        sb_byte(b, c)
        i += 1


def url_unquote_to_bytes(s: i64) -> i64:
    t = typeof(s)
    if t == TAG_STR:
        s = bytes_from(Str.data[i32(s)], Str.nbytes[i32(s)])
    elif t != TAG_BYTES:
        object_type_error(s, "' object has no attribute 'split'")
        return 0
    n = Str.nbytes[i32(s)]
    b = sb_new(n + 1)
    uq_unescape(b, Str.data[i32(s)], n, 0)
    return sb_bytes_done(b)


def url_unquote(s: i64, enc: i64, errors: i64, plus: i32) -> i64:
    t = typeof(s)
    if t == TAG_BYTES:
        if plus:
            raise_(EXC_TYPE, "a bytes-like object is required, not 'str'")
            return 0
        n = Str.nbytes[i32(s)]
        b = sb_new(n + 1)
        uq_unescape(b, Str.data[i32(s)], n, 0)
        r: i64 = u64("replace")
        if errors != 0:
            r = errors
        return m_decode(sb_bytes_done(b), enc, r)
    if t != TAG_STR:
        e = sb_new(48)
        sb_str(e, "argument of type '")
        sb_str(e, type_name(s))
        sb_str(e, "' is not iterable")
        raise_(EXC_TYPE, sb_done(e))
        return 0
    p = Str.data[i32(s)]
    n = Str.nbytes[i32(s)]
    pct = 0
    plusses = 0
    i = 0
    while i < n:
        c = load8(p + i)
        if c == 37:
            pct = 1
        elif c == 43:
            plusses = 1
        i += 1
    if pct == 0 and (plus == 0 or plusses == 0):
        return s
    if pct == 0:
        b = sb_new(n)
        uq_unescape(b, p, n, 1)
        return u64(sb_done_chars(b, Str.nchars[i32(s)]))
    e2: i64 = 0
    if url_absent(enc) == 0:
        e2 = enc
    r2: i64 = u64("replace")
    if url_absent(errors) == 0:
        r2 = errors
    out = sb_new(n)
    i = 0
    while i < n:
        j = i
        while j < n and load8(p + j) < 128:
            j += 1
        if j > i:
            b = sb_new(j - i)
            uq_unescape(b, p + i, j - i, plus)
            d = m_decode(sb_bytes_done(b), e2, r2)
            if d == 0:
                return 0
            sb_str(out, i32(d))
        k = j
        while k < n and load8(p + k) >= 128:
            k += 1
        sb_bytes(out, p + j, k - j)
        i = k
    return u64(sb_done(out))


def url_unquote_(s: i64, enc: i64, errors: i64) -> i64:
    return url_unquote(s, enc, errors, 0)


def url_unquote_plus(s: i64, enc: i64, errors: i64) -> i64:
    return url_unquote(s, enc, errors, 1)


def url_flag(v: i64) -> i32:
    if v == 0:
        return 0
    return truthy(v)


def url_coerce(v: i64) -> i64:
    # _coerce_args: a str as it is, bytes decoded as ASCII, anything
    # false as ''; 0 with the error pending.
    t = typeof(v)
    if t == TAG_STR:
        return v
    if t == TAG_BYTES:
        return m_decode(v, u64("ascii"), 0)
    if truthy(v) == 0:
        return u64("")
    return no_method(v, "decode")


def url_parse_qsl(qs: i64, keep: i64, strict: i64, enc: i64, errors: i64, maxn: i64, sep: i64) -> i64:
    coerce = typeof(qs) == TAG_BYTES
    q = url_coerce(qs)
    if q == 0:
        return 0
    if sep == 0:
        sep = u64("&")
    sp = url_coerce(sep)
    if sp == 0:
        return 0
    if Str.nbytes[i32(sp)] == 0:
        raise_(EXC_VALUE, "Separator must be of type string or bytes.")
        return 0
    kb = url_flag(keep)
    st = url_flag(strict)
    empty = Str.nbytes[i32(q)] == 0
    if maxn != 0 and maxn != NONE:
        fields: i64 = 0
        if empty == 0:
            fields = intval(m_count(q, sp, 0, 0)) + 1
        if intval(maxn) < fields:
            raise_(EXC_VALUE, "Max number of fields exceeded")
            return 0
    r = list_new()
    if empty:
        return r
    parts = m_split(q, sp, 0)
    if parts == 0:
        return 0
    np = List.len[i32(parts)]
    k = 0
    while k < np:
        nv = i32(load64(List.items[i32(parts)] + 8 * k))
        k += 1
        n = Str.nbytes[nv]
        if n == 0 and st == 0:
            continue
        p = Str.data[nv]
        eqat = 0
        while eqat < n and load8(p + eqat) != 61:
            eqat += 1
        vstart = eqat + 1
        if eqat == n:
            if st:
                e = sb_new(32)
                sb_str(e, "bad query field: ")
                sb_str(e, repr_(u64(nv)))
                raise_(EXC_VALUE, sb_done(e))
                return 0
            if kb == 0:
                continue
            vstart = n
        if vstart == n and kb == 0:
            continue
        name = url_unquote(u64(str_from(p, eqat)), enc, errors, 1)
        if name == 0:
            return 0
        value = url_unquote(u64(str_from(p + vstart, n - vstart)), enc, errors, 1)
        if value == 0:
            return 0
        if coerce:
            name = m_encode(name, u64("ascii"), 0)
            if name == 0:
                return 0
            value = m_encode(value, u64("ascii"), 0)
            if value == 0:
                return 0
        t = tuple_of(2)
        store64(Tuple.items[t], name)
        store64(Tuple.items[t] + 8, value)
        list_append(r, u64(t))
    return r


def url_parse_qs(qs: i64, keep: i64, strict: i64, enc: i64, errors: i64, maxn: i64, sep: i64) -> i64:
    pairs = url_parse_qsl(qs, keep, strict, enc, errors, maxn, sep)
    if pairs == 0:
        return 0
    d = dict_new()
    n = List.len[i32(pairs)]
    k = 0
    while k < n:
        t = i32(load64(List.items[i32(pairs)] + 8 * k))
        k += 1
        name = load64(Tuple.items[t])
        value = load64(Tuple.items[t] + 8)
        e = dict_lookup(d, name)
        if e != 0:
            list_append(Entry.value[e], value)
        else:
            l = list_new()
            list_append(l, value)
            dict_set(d, name, l)
    return d


def ue_quote(v: i64, safe: i64, enc: i64, errors: i64, plus: i32) -> i64:
    # urlencode's quote_via(str(v), safe, encoding, errors), bytes as
    # they are (without encoding and errors).
    if typeof(v) == TAG_BYTES:
        return url_quote(v, safe, 0, 0, plus)
    sv = str_v(v)
    if sv == 0:
        return 0
    return url_quote(sv, safe, enc, errors, plus)


def ue_sized(v: i64) -> i32:
    # Would len(v) answer (instances are taken as having no __len__)?
    t = typeof(v)
    if t == TAG_STR or t == TAG_LIST or t == TAG_TUPLE or t == TAG_DICT or t == TAG_BYTES:
        return 1
    if t == TAG_VIEW or t == TAG_RANGE or t == TAG_DEQUE:
        return 1
    if SETS:
        if is_anyset(v):
            return 1
    return 0


def ue_pair(out: i32, k: i64, v: i64) -> None:
    if Builder.len[out] != 0:
        sb_byte(out, 38)
    sb_str(out, i32(k))
    sb_byte(out, 61)
    sb_str(out, i32(v))


def url_urlencode(query: i64, doseq: i64, safe: i64, enc: i64, errors: i64, via: i64) -> i64:
    plus = i32(via == 0)
    if safe == 0:
        safe = u64("")
    src = query
    t = typeof(query)
    if t == TAG_DICT:
        src = m_items(query)
    else:
        # CPython: len(query) and query[0] must be a tuple, or TypeError.
        bad = 1
        if ue_sized(query):
            bad = 0
            if intval(len_(query)) != 0:
                bad = 1
                if t == TAG_LIST or t == TAG_TUPLE or t == TAG_DEQUE:
                    bad = typeof(load64(items_of(query))) != TAG_TUPLE
        if bad:
            raise_(EXC_TYPE, "not a valid non-string sequence or mapping object")
            return 0
    seq = url_flag(doseq)
    out = sb_new(64)
    it = iter_(src)
    if it == 0:
        return 0
    while 1:
        item = next_(it)
        if item == 0:
            if exc != 0:
                return 0
            break
        u = unpack(item, 2)
        if exc != 0:
            return 0
        k = ue_quote(load64(Tuple.items[u]), safe, enc, errors, plus)
        if k == 0:
            return 0
        v = load64(Tuple.items[u] + 8)
        tv = typeof(v)
        if seq == 0 or tv == TAG_BYTES or tv == TAG_STR:
            q = ue_quote(v, safe, enc, errors, plus)
            if q == 0:
                return 0
            ue_pair(out, k, q)
            continue
        if ue_sized(v) == 0:
            q = ue_quote(v, safe, enc, errors, plus)
            if q == 0:
                return 0
            ue_pair(out, k, q)
            continue
        ei = iter_(v)
        if ei == 0:
            return 0
        while 1:
            elt = next_(ei)
            if elt == 0:
                if exc != 0:
                    return 0
                break
            q = ue_quote(elt, safe, enc, errors, plus)
            if q == 0:
                return 0
            ue_pair(out, k, q)
    return u64(sb_done(out))
