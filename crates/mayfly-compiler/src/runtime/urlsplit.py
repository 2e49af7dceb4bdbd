# urllib.parse's urlsplit, urlparse, urlunsplit, urlunparse, urljoin and their
# results (the UrlResult record: SplitResult, ParseResult and the Bytes
# variants), with CPython 3.11's results and errors. The hooks that let
# the builtins take a result as the tuple it is (iteration, len,
# indexing, ==, repr) are `if URLPARSE:` clauses.

def us_str(p: i32, a: i32, b: i32) -> i64:
    return u64(str_from(p + a, b - a))


def us_find(p: i32, a: i32, n: i32, c: i32) -> i32:
    # First index of byte c in p[a:n], or -1.
    i = a
    while i < n:
        if load8(p + i) == c:
            return i
        i += 1
    return -1


def us_clean(v: i64, lstrip_only: i32) -> i64:
    # url.lstrip (scheme.strip) of the C0 controls and space, then
    # without any '\t', '\r' or '\n'.
    s = i32(v)
    p = Str.data[s]
    n = Str.nbytes[s]
    a = 0
    while a < n and load8(p + a) <= 32:
        a += 1
    z = n
    if lstrip_only == 0:
        while z > a and load8(p + z - 1) <= 32:
            z -= 1
    b = sb_new(z - a + 1)
    i = a
    while i < z:
        c = load8(p + i)
        if c != 9 and c != 10 and c != 13:
            sb_byte(b, c)
        i += 1
    return u64(sb_done(b))


def us_in_list(v: i64, names: i32) -> i32:
    # Is str v one of the '|'-separated names ("|a|b|")?
    b = sb_new(Str.nbytes[i32(v)] + 2)
    sb_byte(b, 124)
    sb_str(b, i32(v))
    sb_byte(b, 124)
    return str_find(names, sb_done(b), 0) >= 0


def us_result(n: i32, isb: i32) -> i32:
    r = alloc(UrlResult.SIZE + 8 * n)
    UrlResult.tag[r] = TAG_URL_RESULT
    UrlResult.len[r] = n
    UrlResult.isbytes[r] = isb
    return r


def us_item(r: i32, k: i32) -> i64:
    return load64(UrlResult.items[r] + 8 * k)


def us_coerce(url: i64, scheme: i64) -> i32:
    # _coerce_args's check: 1 for str arguments, 0 for the others
    # (decoded as ASCII), -1 with TypeError pending for a mix.
    s = typeof(url) == TAG_STR
    if scheme != 0 and truthy(scheme) and (typeof(scheme) == TAG_STR) != s:
        raise_(EXC_TYPE, "Cannot mix str and non-str arguments")
        return -1
    return s


def us_bad_ipv6() -> i64:
    raise_(EXC_VALUE, "Invalid IPv6 URL")
    return 0


def us_ipv4_ok(p: i32, a: i32, z: i32) -> i32:
    # ipaddress.IPv4Address's rule: four decimal octets, no leading zero.
    parts = 0
    i = a
    while 1:
        j = i
        v = 0
        while j < z and load8(p + j) != 46:
            c = load8(p + j)
            if c < 48 or c > 57 or j - i >= 3:
                return 0
            v = v * 10 + c - 48
            j += 1
        if j == i or v > 255 or (j - i > 1 and load8(p + i) == 48):
            return 0
        parts += 1
        if j == z:
            break
        i = j + 1
    return parts == 4


def us_hextet_ok(p: i32, a: i32, z: i32) -> i32:
    if z - a > 4:
        return 0
    i = a
    while i < z:
        if uq_hexval(load8(p + i)) < 0:
            return 0
        i += 1
    return 1


def us_ipv6_ok(p: i32, a: i32, z: i32) -> i32:
    # ipaddress.IPv6Address's rules (a %scope, at most one '::', an
    # IPv4 tail counting two hextets).
    pct = us_find(p, a, z, 37)
    if pct >= 0:
        if pct + 1 == z or us_find(p, pct + 1, z, 37) >= 0:
            return 0
        z = pct
    if z == a:
        return 0
    nparts = 1
    i = a
    while i < z:
        if load8(p + i) == 58:
            nparts += 1
        i += 1
    if nparts < 3:
        return 0
    last = z
    while load8(p + last - 1) != 58:
        last -= 1
    lastlen = z - last
    extra = 0
    if us_find(p, last, z, 46) >= 0:
        if us_ipv4_ok(p, last, z) == 0:
            return 0
        extra = 1
    total = nparts + extra
    if total > 9:
        return 0
    # The empty parts among parts[1:-1].
    skip = -1
    k = 0
    start = a
    i = a
    while i <= z:
        if i == z or load8(p + i) == 58:
            if k > 0 and i < z and i == start:
                if skip >= 0:
                    return 0
                skip = k
            start = i + 1
            k += 1
        i += 1
    first_empty = load8(p + a) == 58
    last_empty = lastlen == 0
    if skip >= 0:
        hi = skip
        lo = total - skip - 1
        if first_empty:
            hi -= 1
            if hi != 0:
                return 0
        if last_empty:
            lo -= 1
            if lo != 0:
                return 0
        if 8 - (hi + lo) < 1:
            return 0
    else:
        if total != 8 or first_empty or last_empty:
            return 0
    # Each hextet (the IPv4 tail checked above).
    start = a
    i = a
    while i < last:
        if load8(p + i) == 58:
            if us_hextet_ok(p, start, i) == 0:
                return 0
            start = i + 1
        i += 1
    if extra == 0 and us_hextet_ok(p, last, z) == 0:
        return 0
    return 1


def us_check_host(p: i32, a: i32, z: i32) -> i32:
    # _check_bracketed_host: an IPvFuture or an IPv6 address.
    if z > a and load8(p + a) == 118:
        i = a + 1
        while i < z and uq_hexval(load8(p + i)) >= 0:
            i += 1
        ok = i > a + 1 and i < z and load8(p + i) == 46 and i + 1 < z
        j = i + 1
        while ok and j < z:
            if load8(p + j) == 10:
                ok = 0
            j += 1
        if ok == 0:
            raise_(EXC_VALUE, "IPvFuture address is invalid")
            return 0
        return 1
    if us_ipv4_ok(p, a, z):
        raise_(EXC_VALUE, "An IPv4 address cannot be in brackets")
        return 0
    if us_ipv6_ok(p, a, z) == 0:
        e = sb_new(64)
        sb_str(e, repr_(us_str(p, a, z)))
        sb_str(e, " does not appear to be an IPv4 or IPv6 address")
        raise_(EXC_VALUE, sb_done(e))
        return 0
    return 1


def us_check_netloc(nl: i64) -> i32:
    # The check of the host between the first brackets, then _checknetloc: a non-ASCII netloc whose
    # NFKC form has one of '/?#@:' (these 19 characters are those whose
    # NFKC form does) is refused.
    s = i32(nl)
    p = Str.data[s]
    n = Str.nbytes[s]
    ob = us_find(p, 0, n, 91) >= 0
    cb = us_find(p, 0, n, 93) >= 0
    if ob != cb:
        us_bad_ipv6()
        return 0
    if ob:
        # CPython 3.11.7: netloc.partition('[')[2].partition(']')[0].
        o = us_find(p, 0, n, 91) + 1
        c = us_find(p, o, n, 93)
        if c < 0:
            c = n
        if us_check_host(p, o, c) == 0:
            return 0
    if Str.nchars[s] == n:
        return 1
    i = 0
    while i + 2 < n:
        c = load8(p + i)
        if c >= 224 and c < 240:
            cp = ((c & 15) << 12) | ((load8(p + i + 1) & 63) << 6) | (load8(p + i + 2) & 63)
            bad = (cp >= 8263 and cp <= 8265) or cp == 8448 or cp == 8449 or cp == 8453 or cp == 8454
            bad = bad or cp == 10868 or cp == 65043 or cp == 65046 or cp == 65109 or cp == 65110
            bad = bad or cp == 65119 or cp == 65131 or cp == 65283 or cp == 65295 or cp == 65306
            bad = bad or cp == 65311 or cp == 65312
            if bad:
                e = sb_new(64)
                sb_str(e, "netloc '")
                sb_str(e, s)
                sb_str(e, "' contains invalid characters under NFKC normalization")
                raise_(EXC_VALUE, sb_done(e))
                return 0
        i += 1
    return 1


def us_split(url: i64, scheme: i64, frags: i64, six: i32) -> i64:
    isstr = us_coerce(url, scheme)
    if isstr < 0:
        return 0
    if isstr and scheme != 0 and typeof(scheme) != TAG_STR:
        return no_method(scheme, "strip")
    u = url_coerce(url)
    if u == 0:
        return 0
    if scheme == 0:
        scheme = u64("")
    sc = url_coerce(scheme)
    if sc == 0:
        return 0
    u = us_clean(u, 1)
    sc = us_clean(sc, 0)
    allow = 1
    if frags != 0:
        allow = truthy(frags)
    p = Str.data[i32(u)]
    n = Str.nbytes[i32(u)]
    a = 0
    i = us_find(p, 0, n, 58)
    c0 = 0
    if n > 0:
        c0 = load8(p) | 32
    if i > 0 and c0 >= 97 and c0 <= 122:
        ok = 1
        j = 0
        while j < i:
            c = load8(p + j)
            if not ((c >= 48 and c <= 57) or ((c | 32) >= 97 and (c | 32) <= 122) or c == 43 or c == 45 or c == 46):
                ok = 0
                break
            j += 1
        if ok:
            b = sb_new(i)
            j = 0
            while j < i:
                c = load8(p + j)
                if c >= 65 and c <= 90:
                    c += 32
                sb_byte(b, c)
                j += 1
            sc = u64(sb_done(b))
            a = i + 1
    netloc = u64("")
    if n - a >= 2 and load8(p + a) == 47 and load8(p + a + 1) == 47:
        d = n
        j = a + 2
        while j < n:
            c = load8(p + j)
            if c == 47 or c == 63 or c == 35:
                d = j
                break
            j += 1
        netloc = us_str(p, a + 2, d)
        a = d
        if us_check_netloc(netloc) == 0:
            return 0
    z = n
    frag = u64("")
    if allow:
        h = us_find(p, a, n, 35)
        if h >= 0:
            frag = us_str(p, h + 1, n)
            z = h
    query = u64("")
    q = us_find(p, a, z, 63)
    if q >= 0:
        query = us_str(p, q + 1, z)
        z = q
    path = us_str(p, a, z)
    params = u64("")
    if six and us_in_list(sc, "||ftp|hdl|prospero|http|imap|https|shttp|rtsp|rtsps|rtspu|sip|sips|mms|sftp|tel|"):
        pp = Str.data[i32(path)]
        pn = Str.nbytes[i32(path)]
        semi = -1
        slash = pn - 1
        while slash >= 0 and load8(pp + slash) != 47:
            slash -= 1
        if slash >= 0:
            semi = us_find(pp, slash, pn, 59)
        else:
            semi = us_find(pp, 0, pn, 59)
        if semi >= 0:
            params = us_str(pp, semi + 1, pn)
            path = us_str(pp, 0, semi)
    k = 5
    if six:
        k = 6
    r = us_result(k, isstr == 0)
    items = UrlResult.items[r]
    store64(items, sc)
    store64(items + 8, netloc)
    store64(items + 16, path)
    o = 24
    if six:
        store64(items + 24, params)
        o = 32
    store64(items + o, query)
    store64(items + o + 8, frag)
    if isstr == 0:
        j = 0
        while j < k:
            e = m_encode(load64(items + 8 * j), u64("ascii"), 0)
            if e == 0:
                return 0
            store64(items + 8 * j, e)
            j += 1
    return u64(r)


def url_urlsplit(url: i64, scheme: i64, frags: i64) -> i64:
    return us_split(url, scheme, frags, 0)


def url_urlparse(url: i64, scheme: i64, frags: i64) -> i64:
    return us_split(url, scheme, frags, 1)


def us_unsplit(comps: i64, six: i32) -> i64:
    k = 5
    if six:
        k = 6
    if typeof(comps) == TAG_URL_RESULT:
        comps = us_tuple(comps)
    seq = seq_of(comps)
    if seq == 0:
        return 0
    got = seq_len(seq)
    if got != k:
        e = sb_new(64)
        if got > k:
            sb_str(e, "too many values to unpack (expected ")
            sb_int(e, i64(k + 1))
        else:
            sb_str(e, "not enough values to unpack (expected ")
            sb_int(e, i64(k + 1))
            sb_str(e, ", got ")
            sb_int(e, i64(got + 1))
        sb_str(e, ")")
        raise_(EXC_VALUE, sb_done(e))
        return 0
    src = items_of(seq)
    isstr = typeof(load64(src)) == TAG_STR
    parts = tuple_of(k)
    items = Tuple.items[parts]
    j = 0
    while j < k:
        v = load64(src + 8 * j)
        if j > 0 and truthy(v) and (typeof(v) == TAG_STR) != isstr:
            raise_(EXC_TYPE, "Cannot mix str and non-str arguments")
            return 0
        x = v
        if isstr == 0:
            x = url_coerce(v)
            if x == 0:
                return 0
        elif typeof(v) != TAG_STR:
            x = u64("")
        store64(items + 8 * j, x)
        j += 1
    scheme = i32(load64(items))
    netloc = i32(load64(items + 8))
    path = i32(load64(items + 16))
    o = 24
    if six:
        o = 32
    query = i32(load64(items + o))
    frag = i32(load64(items + o + 8))
    b = sb_new(64)
    if six and truthy(load64(items + 24)):
        sb_str(b, path)
        sb_byte(b, 59)
        sb_str(b, i32(load64(items + 24)))
        path = sb_done(b)
        b = sb_new(64)
    pp = Str.data[path]
    pn = Str.nbytes[path]
    slashes = pn >= 2 and load8(pp) == 47 and load8(pp + 1) == 47
    sn = Str.nbytes[scheme]
    if Str.nbytes[netloc] > 0 or (sn > 0 and slashes == 0 and us_in_list(u64(scheme), "||ftp|http|gopher|nntp|telnet|imap|wais|file|mms|https|shttp|snews|prospero|rtsp|rtsps|rtspu|rsync|svn|svn+ssh|sftp|nfs|git|git+ssh|ws|wss|")):
        if sn > 0:
            sb_str(b, scheme)
            sb_byte(b, 58)
        sb_str(b, "//")
        sb_str(b, netloc)
        if pn > 0 and load8(pp) != 47:
            sb_byte(b, 47)
        sb_str(b, path)
    else:
        if sn > 0:
            sb_str(b, scheme)
            sb_byte(b, 58)
        sb_str(b, path)
    if Str.nbytes[query] > 0:
        sb_byte(b, 63)
        sb_str(b, query)
    if Str.nbytes[frag] > 0:
        sb_byte(b, 35)
        sb_str(b, frag)
    r = u64(sb_done(b))
    if isstr == 0:
        return m_encode(r, u64("ascii"), 0)
    return r


def url_urlunsplit(comps: i64) -> i64:
    return us_unsplit(comps, 0)


def url_urlunparse(comps: i64) -> i64:
    return us_unsplit(comps, 1)


def us_tuple(v: i64) -> i64:
    # The result as the plain tuple it is.
    r = i32(v)
    n = UrlResult.len[r]
    t = tuple_of(n)
    memcopy(Tuple.items[t], UrlResult.items[r], 8 * n)
    return u64(t)


def us_repr(b: i32, v: i64) -> None:
    r = i32(v)
    if UrlResult.len[r] == 6:
        sb_str(b, "ParseResult")
    else:
        sb_str(b, "SplitResult")
    if UrlResult.isbytes[r]:
        sb_str(b, "Bytes")
    sb_byte(b, 40)
    k = 0
    while k < UrlResult.len[r]:
        if k > 0:
            sb_str(b, ", ")
        sb_str(b, us_field(r, k))
        sb_byte(b, 61)
        repr_into(b, us_item(r, k))
        k += 1
    sb_byte(b, 41)


def us_field(r: i32, k: i32) -> i32:
    if k >= 3 and UrlResult.len[r] == 5:
        k += 1
    if k == 0:
        return "scheme"
    if k == 1:
        return "netloc"
    if k == 2:
        return "path"
    if k == 3:
        return "params"
    if k == 4:
        return "query"
    return "fragment"


def us_check(v: i64, name: i32) -> i32:
    if typeof(v) != TAG_URL_RESULT:
        attr_missing(v, name)
        return 0
    return 1


def attr_scheme(v: i64) -> i64:
    if us_check(v, "scheme") == 0:
        return 0
    return us_item(i32(v), 0)


def attr_netloc(v: i64) -> i64:
    if us_check(v, "netloc") == 0:
        return 0
    return us_item(i32(v), 1)


def us_path(v: i64) -> i64:
    return us_item(i32(v), 2)


def attr_params(v: i64) -> i64:
    if us_check(v, "params") == 0:
        return 0
    if UrlResult.len[i32(v)] == 5:
        return attr_missing(v, "params")
    return us_item(i32(v), 3)


def attr_query(v: i64) -> i64:
    if us_check(v, "query") == 0:
        return 0
    return us_item(i32(v), UrlResult.len[i32(v)] - 2)


def attr_fragment(v: i64) -> i64:
    if us_check(v, "fragment") == 0:
        return 0
    return us_item(i32(v), UrlResult.len[i32(v)] - 1)


def us_userinfo(v: i64, want_pw: i32) -> i64:
    nl = i32(us_item(i32(v), 1))
    p = Str.data[nl]
    n = Str.nbytes[nl]
    at = n - 1
    while at >= 0 and load8(p + at) != 64:
        at -= 1
    if at < 0:
        return NONE
    c = us_find(p, 0, at, 58)
    r: i64 = 0
    if want_pw:
        if c < 0:
            return NONE
        r = us_str(p, c + 1, at)
    else:
        if c < 0:
            c = at
        r = us_str(p, 0, c)
    if UrlResult.isbytes[i32(v)]:
        return bytes_from(Str.data[i32(r)], Str.nbytes[i32(r)])
    return r


def attr_username(v: i64) -> i64:
    if us_check(v, "username") == 0:
        return 0
    return us_userinfo(v, 0)


def attr_password(v: i64) -> i64:
    if us_check(v, "password") == 0:
        return 0
    return us_userinfo(v, 1)


def us_hostinfo(v: i64, want_port: i32) -> i64:
    # _hostinfo: (hostname, port) of the netloc, as a str here; the port
    # None when empty. Bytes results come back as bytes.
    nl = i32(us_item(i32(v), 1))
    p = Str.data[nl]
    n = Str.nbytes[nl]
    at = n - 1
    while at >= 0 and load8(p + at) != 64:
        at -= 1
    h = at + 1
    hz = n
    ps = n
    o = us_find(p, h, n, 91)
    if o >= 0:
        c = us_find(p, o + 1, n, 93)
        h = o + 1
        if c >= 0:
            hz = c
            k = us_find(p, c + 1, n, 58)
            if k >= 0:
                ps = k + 1
        else:
            hz = n
    else:
        c = us_find(p, h, n, 58)
        if c >= 0:
            hz = c
            ps = c + 1
    if want_port:
        if ps >= n:
            return NONE
        return us_str(p, ps, n)
    return us_str(p, h, hz)


def attr_hostname(v: i64) -> i64:
    if us_check(v, "hostname") == 0:
        return 0
    h = us_hostinfo(v, 0)
    s = i32(h)
    n = Str.nbytes[s]
    if n == 0:
        return NONE
    p = Str.data[s]
    pct = us_find(p, 0, n, 37)
    if pct < 0:
        pct = n
    r: i64 = 0
    if UrlResult.isbytes[i32(v)]:
        b = sb_new(n)
        i = 0
        while i < n:
            c = load8(p + i)
            if i < pct and c >= 65 and c <= 90:
                c += 32
            sb_byte(b, c)
            i += 1
        return sb_bytes_done(b)
    low = m_lower(us_str(p, 0, pct))
    b2 = sb_new(n + 8)
    sb_str(b2, i32(low))
    sb_bytes(b2, p + pct, n - pct)
    return u64(sb_done(b2))


def attr_port(v: i64) -> i64:
    if us_check(v, "port") == 0:
        return 0
    port = us_hostinfo(v, 1)
    if port == NONE:
        return NONE
    s = i32(port)
    p = Str.data[s]
    n = Str.nbytes[s]
    val: i64 = 0
    i = 0
    while i < n:
        c = load8(p + i)
        if c < 48 or c > 57:
            e = sb_new(64)
            sb_str(e, "Port could not be cast to integer value as ")
            if UrlResult.isbytes[i32(v)]:
                sb_str(e, repr_(bytes_from(p, n)))
            else:
                sb_str(e, repr_(port))
            raise_(EXC_VALUE, sb_done(e))
            return 0
        if val < 1000000:
            val = val * 10 + i64(c - 48)
        i += 1
    if val > 65535:
        raise_(EXC_VALUE, "Port out of range 0-65535")
        return 0
    return mkint(val)


def m_geturl(v: i64) -> i64:
    if typeof(v) != TAG_URL_RESULT:
        return no_method(v, "geturl")
    return us_unsplit(v, UrlResult.len[i32(v)] == 6)


def us_eq(a: i64, b: i64) -> i32:
    if typeof(a) == TAG_URL_RESULT:
        a = us_tuple(a)
    if typeof(b) == TAG_URL_RESULT:
        b = us_tuple(b)
    return eq(a, b)


def us_type_name(v: i64) -> i32:
    r = i32(v)
    if UrlResult.len[r] == 6:
        if UrlResult.isbytes[r]:
            return "ParseResultBytes"
        return "ParseResult"
    if UrlResult.isbytes[r]:
        return "SplitResultBytes"
    return "SplitResult"


def us_plain(v: i64) -> i64:
    if typeof(v) == TAG_URL_RESULT:
        return us_tuple(v)
    return v


def us_cmp(a: i64, b: i64, op: i32) -> i32:
    # Ordered as tuples, against a tuple or a result only (else the
    # TypeError names the result's own type, as CPython's does).
    x = us_plain(a)
    y = us_plain(b)
    if typeof(x) == TAG_TUPLE and typeof(y) == TAG_TUPLE:
        return cmp(x, y, op)
    return order_error(op, a, b)


def uj_unparse(s: i64, n: i64, path: i64, params: i64, q: i64, f: i64, isstr: i32) -> i64:
    t = tuple_of(6)
    items = Tuple.items[t]
    store64(items, s)
    store64(items + 8, n)
    store64(items + 16, path)
    store64(items + 24, params)
    store64(items + 32, q)
    store64(items + 40, f)
    r = us_unsplit(u64(t), 1)
    if r == 0 or isstr:
        return r
    return m_encode(r, u64("ascii"), 0)


def uj_empty(v: i64) -> i32:
    return Str.nbytes[i32(v)] == 0


def url_urljoin(base: i64, url: i64, frags: i64) -> i64:
    if truthy(base) == 0:
        return url
    if truthy(url) == 0:
        return base
    isstr = us_coerce(base, url)
    if isstr < 0:
        return 0
    b = base
    u = url
    if isstr == 0:
        b = url_coerce(base)
        if b == 0:
            return 0
        u = url_coerce(url)
        if u == 0:
            return 0
    br = us_split(b, u64(""), frags, 1)
    if br == 0:
        return 0
    bscheme = us_item(i32(br), 0)
    ur = us_split(u, bscheme, frags, 1)
    if ur == 0:
        return 0
    r = i32(ur)
    scheme = us_item(r, 0)
    netloc = us_item(r, 1)
    path = us_item(r, 2)
    params = us_item(r, 3)
    query = us_item(r, 4)
    frag = us_item(r, 5)
    if str_eq(i32(scheme), i32(bscheme)) == 0 or us_in_list(scheme, "||ftp|http|gopher|nntp|imap|wais|file|https|shttp|mms|prospero|rtsp|rtsps|rtspu|sftp|svn|svn+ssh|ws|wss|") == 0:
        return url
    if us_in_list(scheme, "||ftp|http|gopher|nntp|telnet|imap|wais|file|mms|https|shttp|snews|prospero|rtsp|rtsps|rtspu|rsync|svn|svn+ssh|sftp|nfs|git|git+ssh|ws|wss|"):
        if uj_empty(netloc) == 0:
            return uj_unparse(scheme, netloc, path, params, query, frag, isstr)
        netloc = us_item(i32(br), 1)
    bpath = us_item(i32(br), 2)
    if uj_empty(path) and uj_empty(params):
        if uj_empty(query):
            query = us_item(i32(br), 4)
        return uj_unparse(scheme, netloc, bpath, us_item(i32(br), 3), query, frag, isstr)
    segs = list_new()
    pparts = m_split(path, u64("/"), 0)
    if load8(Str.data[i32(path)]) == 47 and uj_empty(path) == 0:
        segs = pparts
    else:
        bparts = m_split(bpath, u64("/"), 0)
        nb = List.len[i32(bparts)]
        if uj_empty(load64(List.items[i32(bparts)] + 8 * (nb - 1))) == 0:
            nb -= 1
        k = 0
        while k < nb:
            list_append(segs, load64(List.items[i32(bparts)] + 8 * k))
            k += 1
        np = List.len[i32(pparts)]
        k = 0
        while k < np:
            list_append(segs, load64(List.items[i32(pparts)] + 8 * k))
            k += 1
        # segments[1:-1] = filter(None, segments[1:-1])
        ns = List.len[i32(segs)]
        if ns > 2:
            kept = list_new()
            list_append(kept, load64(List.items[i32(segs)]))
            k = 1
            while k < ns - 1:
                s = load64(List.items[i32(segs)] + 8 * k)
                if uj_empty(s) == 0:
                    list_append(kept, s)
                k += 1
            list_append(kept, load64(List.items[i32(segs)] + 8 * (ns - 1)))
            segs = kept
    out = list_new()
    ns = List.len[i32(segs)]
    k = 0
    while k < ns:
        s = load64(List.items[i32(segs)] + 8 * k)
        k += 1
        if str_eq(i32(s), ".."):
            if List.len[i32(out)] > 0:
                List.len[i32(out)] = List.len[i32(out)] - 1
        elif str_eq(i32(s), ".") == 0:
            list_append(out, s)
    last = load64(List.items[i32(segs)] + 8 * (ns - 1))
    if str_eq(i32(last), ".") or str_eq(i32(last), ".."):
        list_append(out, u64(""))
    joined = m_join(u64("/"), out)
    if uj_empty(joined):
        joined = u64("/")
    return uj_unparse(scheme, netloc, joined, params, query, frag, isstr)
