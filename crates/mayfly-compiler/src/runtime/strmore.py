# str methods: isidentifier, isascii, expandtabs, translate and
# str.maketrans.


def m_isidentifier(v: i64) -> i64:
    # XID_Start or '_' first, XID_Continue after (tables from CPython's
    # own isidentifier, tools/gen_case_tables.py).
    if need_str(v, "isidentifier") == 0:
        return 0
    s = i32(v)
    p = Str.data[s]
    n = Str.nbytes[s]
    if n == 0:
        return FALSE
    i = 0
    while i < n:
        c = load8(p + i)
        k = utf8_len(c)
        ok = 0
        if c < 128:
            if (c | 32) >= 97 and (c | 32) <= 122:
                ok = 1
            elif c == 95:
                ok = 1
            elif i > 0 and is_digit(c):
                ok = 1
        elif i == 0:
            ok = in_ranges(blob_("id_start"), decode_cp(p, k))
        else:
            ok = in_ranges(blob_("id_continue"), decode_cp(p + i, k))
        if ok == 0:
            return FALSE
        i += k
    return TRUE


def m_expandtabs(v: i64, tabsize: i64) -> i64:
    # Each tab to spaces up to the next multiple of tabsize (8), the
    # column restarting after \n and \r.
    if need_str(v, "expandtabs") == 0:
        return 0
    size: i64 = 8
    if tabsize != 0:
        size = index_arg(tabsize)
        if exc != 0:
            return 0
    s = i32(v)
    p = Str.data[s]
    n = Str.nbytes[s]
    if str_find(s, "\t", 0) < 0:
        return v
    b = sb_new(n + 16)
    col: i64 = 0
    i = 0
    while i < n:
        c = load8(p + i)
        if c == 9:
            if size > 0:
                k = size - col % size
                col += k
                while k > 0:
                    sb_byte(b, 32)
                    k -= 1
            i += 1
            continue
        k2 = utf8_len(c)
        sb_bytes(b, p + i, k2)
        col += 1
        if c == 10 or c == 13:
            col = 0
        i += k2
    return u64(sb_done(b))


def str_maketrans(x: i64, y: i64, z: i64) -> i64:
    # str.maketrans(x[, y[, z]]): the dict of code points translate reads.
    d = dict_new()
    if y == 0:
        if typeof(x) != TAG_DICT:
            raise_(EXC_TYPE, "if you give only one argument to maketrans it must be a dict")
            return 0
        items = list_from(m_items(x))
        j = 0
        while j < seq_len(items):
            kv = load64(items_of(items) + 8 * j)
            j += 1
            k = load64(Tuple.items[i32(kv)])
            val = load64(Tuple.items[i32(kv)] + 8)
            if typeof(k) == TAG_STR:
                if Str.nchars[i32(k)] != 1:
                    raise_(EXC_VALUE, "string keys in translate table must be of length 1")
                    return 0
                k = ord_(k)
            elif num_kind(k) != 1:
                raise_(EXC_TYPE, "keys in translate table must be strings or integers")
                return 0
            dict_set(d, k, val)
        return d
    if typeof(x) != TAG_STR:
        raise_(EXC_TYPE, "first maketrans argument must be a string if there is a second argument")
        return 0
    if typeof(y) != TAG_STR:
        return maketrans_arg_error(2, y)
    if Str.nchars[i32(x)] != Str.nchars[i32(y)]:
        raise_(EXC_VALUE, "the first two maketrans arguments must have equal length")
        return 0
    xs = list_from(x)
    ys = list_from(y)
    i = 0
    while i < seq_len(xs):
        dict_set(d, ord_(load64(items_of(xs) + 8 * i)), ord_(load64(items_of(ys) + 8 * i)))
        i += 1
    if z != 0:
        if typeof(z) != TAG_STR:
            return maketrans_arg_error(3, z)
        zs = list_from(z)
        i = 0
        while i < seq_len(zs):
            dict_set(d, ord_(load64(items_of(zs) + 8 * i)), NONE)
            i += 1
    return d


def maketrans_arg_error(k: i32, v: i64) -> i64:
    s = sb_new(48)
    sb_str(s, "maketrans() argument ")
    sb_int(s, i64(k))
    sb_str(s, " must be str, not ")
    sb_str(s, type_name(v))
    raise_(EXC_TYPE, sb_done(s))
    return 0


def m_translate(v: i64, table: i64) -> i64:
    # Each character's code point looked up in table: a missing one
    # (LookupError) stays, None deletes it, an int or a str replaces it.
    if need_str(v, "translate") == 0:
        return 0
    s = i32(v)
    p = Str.data[s]
    n = Str.nbytes[s]
    b = sb_new(n + 8)
    i = 0
    while i < n:
        k = utf8_len(load8(p + i))
        c = decode_cp(p + i, k)
        r: i64 = 0
        if typeof(table) == TAG_DICT:
            ep = dict_lookup(table, mkint(i64(c)))
            if ep != 0:
                r = Entry.value[ep]
        else:
            try_depth += 1
            r = getitem(table, mkint(i64(c)))
            try_depth -= 1
            if exc != 0:
                kind = Exc.kind[i32(exc)]
                if kind != EXC_KEY and kind != EXC_INDEX:
                    return 0
                exc = 0
                r = 0
        if r == 0:
            sb_bytes(b, p + i, k)
        elif r == NONE:
            pass
        elif typeof(r) == TAG_STR:
            sb_str(b, i32(r))
        elif num_kind(r) == 1:
            x = intval(r)
            if x < 0 or x > 1114111:
                raise_(EXC_VALUE, "character mapping must be in range(0x110000)")
                return 0
            sb_char(b, i32(x))
        else:
            raise_(EXC_TYPE, "character mapping must return integer, None or str")
            return 0
        i += k
    return u64(sb_done(b))


def m_isascii(v: i64) -> i64:
    if typeof(v) == TAG_BYTES:
        return bytes_class(v, BC_ASCII)
    if need_str(v, "isascii") == 0:
        return 0
    return mkbool(Str.nchars[i32(v)] == Str.nbytes[i32(v)])
