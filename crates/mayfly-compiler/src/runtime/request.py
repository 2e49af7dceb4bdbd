# The request object (read lazily through the request_* imports, cached
# for the rest of the request) and the response hand-off.

req_cache: i32 = 0


def request_obj() -> i64:
    p = static_(Req.SIZE)
    Req.tag[p] = TAG_REQ
    return u64(p)


def host_str(which: i32) -> i64:
    # Reads method (0), path (1), query (2) or body (3).
    buf = alloc(256)
    n = host_read(which, buf, 256)
    if n > 256:
        buf = alloc(n)
        host_read(which, buf, n)
    return u64(str_from(buf, n))


def host_read(which: i32, buf: i32, cap: i32) -> i32:
    if which == 0:
        return request_method(buf, cap)
    if which == 1:
        return request_path(buf, cap)
    if which == 2:
        return request_query(buf, cap)
    return request_body(buf, cap)


def req_get(which: i32) -> i64:
    if req_cache == 0:
        req_cache = alloc(ReqCache.SIZE)
        memfill(req_cache, 0, ReqCache.SIZE)
    # The which-th field of ReqCache: they are i64s in selector order.
    slot = req_cache + 8 * which
    v = load64(slot)
    if v == 0:
        if which == 4:
            v = parse_query(req_get(2))
        else:
            v = host_str(which)
        store64(slot, v)
    return v


def check_req(v: i64, name: i32) -> i32:
    if typeof(v) != TAG_REQ:
        no_method(v, name)
        return 0
    return 1


def attr_method(v: i64) -> i64:
    if check_req(v, "method") == 0:
        return 0
    return req_get(0)


def attr_path(v: i64) -> i64:
    if URLPARSE and typeof(v) == TAG_URL_RESULT:
        return us_path(v)
    if check_req(v, "path") == 0:
        return 0
    return req_get(1)


def attr_query_string(v: i64) -> i64:
    if check_req(v, "query_string") == 0:
        return 0
    return req_get(2)


def attr_body(v: i64) -> i64:
    if check_req(v, "body") == 0:
        return 0
    return req_get(3)


def attr_args(v: i64) -> i64:
    if check_req(v, "args") == 0:
        return 0
    return req_get(4)


def attr_headers(v: i64) -> i64:
    if check_req(v, "headers") == 0:
        return 0
    p = static_(Headers.SIZE)
    Headers.tag[p] = TAG_HEADERS
    return u64(p)


def header_get(name: i64, dflt: i64) -> i64:
    if typeof(name) != TAG_STR:
        return dflt
    s = i32(name)
    buf = alloc(256)
    n = request_header(Str.data[s], Str.nbytes[s], buf, 256)
    if n < 0:
        return dflt
    if n > 256:
        buf = alloc(n)
        request_header(Str.data[s], Str.nbytes[s], buf, n)
    return u64(str_from(buf, n))


def m_json(v: i64) -> i64:
    if check_req(v, "json") == 0:
        return 0
    return json_loads(req_get(3))


def hexval(c: i32) -> i32:
    if c >= 48 and c <= 57:
        return c - 48
    if c >= 97 and c <= 102:
        return c - 87
    if c >= 65 and c <= 70:
        return c - 55
    return -1


def url_decode(p: i32, n: i32) -> i64:
    b = sb_new(n)
    i = 0
    while i < n:
        c = load8(p + i)
        if c == 43:
            sb_byte(b, 32)
        elif c == 37 and i + 2 < n + 0 and hexval(load8(p + i + 1)) >= 0 and hexval(load8(p + i + 2)) >= 0:
            sb_byte(b, hexval(load8(p + i + 1)) * 16 + hexval(load8(p + i + 2)))
            i += 2
        else:
            sb_byte(b, c)
        i += 1
    return u64(sb_done(b))


def parse_query(q: i64) -> i64:
    # First value wins, like Flask's request.args.get.
    d = dict_new()
    p = Str.data[i32(q)]
    n = Str.nbytes[i32(q)]
    i = 0
    while i < n:
        j = i
        while j < n and load8(p + j) != 38:
            j += 1
        if j > i:
            e = i
            while e < j and load8(p + e) != 61:
                e += 1
            k = url_decode(p + i, e - i)
            v = url_decode(p + e + 1, j - e - 1)
            if e == j:
                v = u64("")
            if dict_lookup(d, k) == 0:
                setitem(d, k, v)
        i = j + 1
    return d


def send_str(s: i32) -> None:
    response_body(Str.data[s], Str.nbytes[s])


def send_header(name: i32, value: i32) -> None:
    response_header(Str.data[name], Str.nbytes[name], Str.data[value], Str.nbytes[value])


def respond(v: i64) -> None:
    t = typeof(v)
    if t == TAG_FUNC:
        v = call_value(v, 0, 0)
        if exc != 0:
            return
        t = typeof(v)
    if t == TAG_TUPLE:
        p = i32(v)
        n = Tuple.len[p]
        a = load64(Tuple.items[p])
        b: i64 = 0
        if n >= 2:
            b = load64(Tuple.items[p] + 8)
        if n == 2 and typeof(a) == TAG_STR and (typeof(b) == TAG_STR or typeof(b) == TAG_BYTES):
            send_header("content-type", i32(a))
            send_str(i32(b))
            return
        if (n == 2 or n == 3) and typeof(b) == T_INT:
            response_status(i32(intval(b)))
            hdrs: i64 = 0
            if n == 3:
                hdrs = load64(Tuple.items[p] + 16)
            respond_body(a, hdrs)
            return
        raise_(EXC_TYPE, "the handler returned a tuple that is not (content_type, body), (body, status) or (body, status, headers)")
        return
    respond_body(v, 0)


def is_content_type(s: i32) -> i32:
    # s equals "content-type" ignoring ASCII case.
    want = "content-type"
    n = Str.nbytes[s]
    if n != 12:
        return 0
    i = 0
    while i < n:
        c = load8(Str.data[s] + i)
        w = load8(Str.data[want] + i)
        if c != w and (c < 65 or c > 90 or c + 32 != w):
            return 0
        i += 1
    return 1


def respond_body(v: i64, hdrs: i64) -> None:
    t = typeof(v)
    ctype = "text/plain; charset=utf-8"
    body: i32 = 0
    if t == TAG_STR or t == TAG_BYTES:
        # bytes are sent as they are, with the same default type as a str.
        body = i32(v)
    elif t == TAG_DICT or t == TAG_LIST:
        ctype = "application/json"
        body = i32(json_dumps(v, 0, 0, 0, 0))
        if body == 0:
            return
    else:
        raise_(EXC_TYPE, "the handler must return a str, bytes, dict, list or tuple")
        return
    if hdrs != 0:
        if typeof(hdrs) != TAG_DICT:
            raise_(EXC_TYPE, "response headers must be a dict")
            return
        # Walk the entries in place (no key list, no lookups); the host
        # lower-cases names, so only the content-type test needs case
        # folding, and it compares without building a lowered copy.
        d = i32(hdrs)
        ents = Dict.entries[d]
        used = Dict.used[d]
        has_ct = 0
        e = 0
        while e < used:
            k = Entry.key[ents + Entry.SIZE * e]
            if k != 0:
                if typeof(k) != TAG_STR:
                    raise_(EXC_TYPE, "response header names must be str")
                    return
                if is_content_type(i32(k)):
                    has_ct = 1
            e += 1
        if has_ct == 0:
            send_header("content-type", ctype)
        e = 0
        while e < used:
            k = Entry.key[ents + Entry.SIZE * e]
            if k != 0:
                hv = str_(Entry.value[ents + Entry.SIZE * e])
                if hv == 0:
                    return
                send_header(i32(k), hv)
            e += 1
    else:
        send_header("content-type", ctype)
    send_str(body)
