# json.dumps (CPython's defaults: ", " and ": " separators, ensure_ascii,
# insertion order). json.loads is in jsonload.py.


def json_dumps(v: i64, indent: i64, seps: i64, sort_keys: i64, ensure_ascii: i64) -> i64:
    b = sb_new(64)
    item_sep = ", "
    key_sep = ": "
    if indent != 0 and indent != NONE:
        item_sep = ","
    if seps != 0 and seps != NONE:
        item_sep = str_(getitem(seps, mkint(0)))
        key_sep = str_(getitem(seps, mkint(1)))
    ind = -1
    if indent != 0 and indent != NONE:
        ind = i32(index_arg(indent))
    sk = 0
    if sort_keys != 0:
        sk = truthy(sort_keys)
    asc = 1
    if ensure_ascii != 0:
        asc = truthy(ensure_ascii)
    if json_into(b, v, item_sep, key_sep, ind, 0, sk, asc) == 0:
        return 0
    if asc:
        # Escaped output is all ASCII: the char count is the byte count.
        return u64(sb_done_chars(b, Builder.len[b]))
    return u64(sb_done(b))


def json_nl(b: i32, ind: i32, level: i32) -> None:
    # Only with indent (ind >= 0); callers test that first.
    sb_byte(b, 10)
    i = 0
    while i < ind * level:
        sb_byte(b, 32)
        i += 1


def json_into(b: i32, v: i64, isep: i32, ksep: i32, ind: i32, level: i32, sk: i32, asc: i32) -> i32:
    t = typeof(v)
    if t == T_NONE:
        sb_str(b, "null")
    elif t == T_BOOL:
        if v == TRUE:
            sb_str(b, "true")
        else:
            sb_str(b, "false")
    elif t == T_INT or t == TAG_BIG or t == TAG_LONG:
        sb_intv(b, v)
    elif t == TAG_FLOAT:
        x = Float.value[i32(v)]
        if x != x:
            sb_str(b, "NaN")
        elif x > 1.7976931348623157e308:
            sb_str(b, "Infinity")
        elif x < -1.7976931348623157e308:
            sb_str(b, "-Infinity")
        else:
            float_repr_into(b, x)
    elif t == TAG_STR:
        json_str(b, i32(v), asc)
    elif t == TAG_LIST or t == TAG_TUPLE:
        n = seq_len(v)
        sb_byte(b, 91)
        if n == 0:
            sb_byte(b, 93)
            return 1
        p = items_of(v)
        i = 0
        while i < n:
            if i > 0:
                sb_str(b, isep)
            if ind >= 0:
                json_nl(b, ind, level + 1)
            if json_into(b, load64(p + 8 * i), isep, ksep, ind, level + 1, sk, asc) == 0:
                return 0
            i += 1
        if ind >= 0:
            json_nl(b, ind, level)
        sb_byte(b, 93)
    elif t == TAG_DICT:
        d = i32(v)
        if Dict.len[d] == 0:
            sb_str(b, "{}")
            return 1
        sb_byte(b, 123)
        # The live entries' keys and values (Entry records; key 0 marks a
        # deleted one), no lookups. Nothing runs user code here,
        # so the dict cannot change meanwhile. sort_keys sorts them together
        # by key (CPython sorts the items; keys are unique, so only keys
        # are ever compared); the second half is merge_sort's scratch.
        n = Dict.len[d]
        size = 16 * n
        if sk:
            size = 32 * n
        ks = alloc(size)
        vs = ks + 8 * n
        used = Dict.used[d]
        e = 0
        i = 0
        while e < used:
            ep = Dict.entries[d] + Entry.SIZE * e
            if Entry.key[ep] != 0:
                store64(ks + 8 * i, Entry.key[ep])
                store64(vs + 8 * i, Entry.value[ep])
                i += 1
            e += 1
        if sk:
            merge_sort(ks, vs, vs + 8 * n, vs + 16 * n, 0, n, 0)
            if exc != 0:
                return 0
        i = 0
        while i < n:
            if json_item(b, i, load64(ks + 8 * i), load64(vs + 8 * i), isep, ksep, ind, level, sk, asc) == 0:
                return 0
            i += 1
        if ind >= 0:
            json_nl(b, ind, level)
        sb_byte(b, 125)
    else:
        s2 = sb_new(48)
        sb_str(s2, "Object of type ")
        sb_str(s2, type_name(v))
        sb_str(s2, " is not JSON serializable")
        raise_(EXC_TYPE, sb_done(s2))
        return 0
    return 1


def json_item(b: i32, i: i32, k: i64, val: i64, isep: i32, ksep: i32, ind: i32, level: i32, sk: i32, asc: i32) -> i32:
    # One `key: value` of a dict, after a separator unless it is the first.
    if i > 0:
        sb_str(b, isep)
    if ind >= 0:
        json_nl(b, ind, level + 1)
    kt = typeof(k)
    if kt == TAG_STR:
        json_str(b, i32(k), asc)
    elif kt == T_INT or kt == TAG_BIG or kt == TAG_LONG or kt == T_BOOL or kt == T_NONE or kt == TAG_FLOAT:
        sb_byte(b, 34)
        json_into(b, k, isep, ksep, ind, level, sk, asc)
        sb_byte(b, 34)
    else:
        s = sb_new(48)
        sb_str(s, "keys must be str, int, float, bool or None, not ")
        sb_str(s, type_name(k))
        raise_(EXC_TYPE, sb_done(s))
        return 0
    sb_str(b, ksep)
    return json_into(b, val, isep, ksep, ind, level + 1, sk, asc)


def json_u(b: i32, c: i32) -> None:
    sb_str(b, "\\u")
    sb_byte(b, hexdigit((c >> 12) & 15))
    sb_byte(b, hexdigit((c >> 8) & 15))
    sb_byte(b, hexdigit((c >> 4) & 15))
    sb_byte(b, hexdigit(c & 15))


def json_str(b: i32, s: i32, asc: i32) -> None:
    # Most strs need no escape: find that out eight bytes at a time, then
    # reserve once and copy the whole str between its quotes.
    n = Str.nbytes[s]
    p = Str.data[s]
    i = 0
    if asc == 0 or n == Str.nchars[s]:
        # Bytes >= 128 pass here (ASCII str, or non-ASCII output allowed);
        # a word stops the scan if a byte is < 32, '"', '\\' or DEL (which
        # ensure_ascii escapes). SWAR: x - 0x01.. & ~x has a high bit set in
        # some byte iff x has a zero byte; x - 0x20.. & ~x iff one is < 32.
        while i + 8 <= n:
            w = load64(p + i)
            q = w ^ 2459565876494606882
            r = w ^ 6655295901103053916
            t = w ^ 9187201950435737471
            low = (w - 2314885530818453536) & ~w
            hit = low | ((q - 72340172838076673) & ~q) | ((r - 72340172838076673) & ~r) | ((t - 72340172838076673) & ~t)
            if hit & -9187201950435737472 != 0:
                break
            i += 8
        while i < n:
            c = load8(p + i)
            if c < 32 or c == 34 or c == 92 or c == 127:
                break
            i += 1
    if i == n:
        d = sb_reserve(b, n + 2)
        store8(d, 34)
        copy_to(d + 1, p, n)
        store8(d + n + 1, 34)
        Builder.len[b] += n + 2
        return
    json_escaped(b, p, n, asc)


def json_escaped(b: i32, p: i32, n: i32, asc: i32) -> None:
    # Runs of bytes that need no escape are copied whole.
    sb_byte(b, 34)
    i = 0
    start = 0
    while i < n:
        c = load8(p + i)
        if c >= 32 and c != 34 and c != 92 and (c < 127 or asc == 0):
            i += 1
            continue
        if i > start:
            sb_bytes(b, p + start, i - start)
        if c == 34:
            sb_str(b, "\\\"")
        elif c == 92:
            sb_str(b, "\\\\")
        elif c == 10:
            sb_str(b, "\\n")
        elif c == 13:
            sb_str(b, "\\r")
        elif c == 9:
            sb_str(b, "\\t")
        elif c == 8:
            sb_str(b, "\\b")
        elif c == 12:
            sb_str(b, "\\f")
        elif c < 32:
            json_u(b, c)
        else:
            k = utf8_len(c)
            cp = decode_cp(p + i, k)
            if cp >= 65536:
                cp = cp - 65536
                json_u(b, 55296 + (cp >> 10))
                json_u(b, 56320 + (cp & 1023))
            else:
                json_u(b, cp)
            i += k - 1
        i += 1
        start = i
    if n > start:
        sb_bytes(b, p + start, n - start)
    sb_byte(b, 34)


def decode_cp(p: i32, k: i32) -> i32:
    c = load8(p)
    if k == 1:
        return c
    if k == 2:
        return ((c & 31) << 6) | (load8(p + 1) & 63)
    if k == 3:
        return ((c & 15) << 12) | ((load8(p + 1) & 63) << 6) | (load8(p + 2) & 63)
    return ((c & 7) << 18) | ((load8(p + 1) & 63) << 12) | ((load8(p + 2) & 63) << 6) | (load8(p + 3) & 63)
