# str and list methods.


def need_str(v: i64, name: i32) -> i32:
    if typeof(v) != TAG_STR:
        no_method(v, name)
        return 0
    return 1


def strip_(v: i64, chars: i64, left: i32, right: i32, name: i32) -> i64:
    if typeof(v) == TAG_BYTES:
        if b_enter(v, chars, 0, B_PLAIN, name) == 0:
            return 0
        return b_leave(v, chars, 0, strip_(v, chars, left, right, name))
    if need_str(v, name) == 0:
        return 0
    if chars != 0 and chars != NONE and typeof(chars) != TAG_STR:
        b = sb_new(48)
        sb_str(b, name)
        sb_str(b, " arg must be None or str")
        raise_(EXC_TYPE, sb_done(b))
        return 0
    # By characters (a UTF-8 sequence is stripped whole or not at all);
    # without chars, str.isspace's whitespace, Unicode's.
    s = i32(v)
    p = Str.data[s]
    a = 0
    z = Str.nbytes[s]
    while left and a < z:
        k = utf8_len(load8(p + a))
        if strip_char(p + a, k, chars) == 0:
            break
        a += k
    while right and z > a:
        b = char_start_before(p, z)
        if strip_char(p + b, z - b, chars) == 0:
            break
        z = b
    return u64(str_from(p + a, z - a))


def strip_char(q: i32, k: i32, chars: i64) -> i32:
    # Is the character at q (k bytes) one strip removes?
    if chars == 0 or chars == NONE:
        return uspace_at(q, 0) != 0
    cs = i32(chars)
    n = Str.nbytes[cs]
    d = Str.data[cs]
    i = 0
    while i + k <= n:
        if memeq(d + i, q, k):
            return 1
        i += utf8_len(load8(d + i))
    return 0


def m_strip(v: i64, chars: i64) -> i64:
    return strip_(v, chars, 1, 1, "strip")


def m_lstrip(v: i64, chars: i64) -> i64:
    return strip_(v, chars, 1, 0, "lstrip")


def m_rstrip(v: i64, chars: i64) -> i64:
    return strip_(v, chars, 0, 1, "rstrip")


def m_join(v: i64, it: i64) -> i64:
    if typeof(v) == TAG_BYTES:
        return bytes_join(v, it)
    # Two passes: sum the pieces' bytes and chars (checking each is a str),
    # then copy them into one str of exactly that size: no builder
    # regrowth and no count of the result's chars.
    if need_str(v, "join") == 0:
        return 0
    l = seq_of(it)
    if l == 0:
        return 0
    n = seq_len(l)
    p = items_of(l)
    sep = i32(v)
    sn = Str.nbytes[sep]
    nb: i64 = 0
    nc: i64 = 0
    i = 0
    while i < n:
        x = load64(p + 8 * i)
        if typeof(x) != TAG_STR:
            return seq_item_error(i, "str instance", x)
        nb = nb + i64(Str.nbytes[i32(x)])
        nc = nc + i64(Str.nchars[i32(x)])
        i += 1
    if n > 1:
        nb = nb + i64(sn) * i64(n - 1)
        nc = nc + i64(Str.nchars[sep]) * i64(n - 1)
    if nb > 2147483647:
        raise_(EXC_MEMORY, 0)
        return 0
    r = str_alloc(i32(nb), i32(nc))
    d = Str.data[r]
    i = 0
    while i < n:
        if i > 0 and sn > 0:
            d = copy_to(d, Str.data[sep], sn)
        q = i32(load64(p + 8 * i))
        k = Str.nbytes[q]
        if k == 1:
            # Joining chars: no call per char.
            store8(d, load8(Str.data[q]))
            d += 1
        else:
            d = copy_to(d, Str.data[q], k)
        i += 1
    return u64(r)


def seq_item_error(i: i32, want: i32, x: i64) -> i64:
    # join's TypeError for item i: sequence item 1: expected str instance, int found
    s = sb_new(64)
    sb_str(s, "sequence item ")
    sb_int(s, i64(i))
    sb_str(s, ": expected ")
    sb_str(s, want)
    sb_str(s, ", ")
    sb_str(s, type_name(x))
    sb_str(s, " found")
    raise_(EXC_TYPE, sb_done(s))
    return 0


def m_replace(v: i64, old: i64, new: i64, count: i64) -> i64:
    if typeof(v) == TAG_BYTES and (old == NONE or new == NONE):
        return i64(b_bad_arg(NONE, B_PLAIN, 0))
    if typeof(v) == TAG_BYTES:
        if b_enter(v, old, new, B_PLAIN, "replace") == 0:
            return 0
        return b_leave(v, old, new, m_replace(v, old, new, count))
    if need_str(v, "replace") == 0:
        return 0
    s = i32(v)
    o = i32(old)
    w = i32(new)
    left: i64 = -1
    if count != 0:
        left = intval(count)
    on = Str.nbytes[o]
    n = Str.nbytes[s]
    b = sb_new(n)
    i = 0
    if on == 0:
        # Python inserts `new` between every character (and at both ends).
        while i <= n and left != 0:
            sb_str(b, w)
            left = left - 1
            if i < n:
                k = 1
                if in_bytes == 0:
                    k = utf8_len(load8(Str.data[s] + i))
                sb_bytes(b, Str.data[s] + i, k)
                i += k
            else:
                i += 1
        if i < n:
            sb_bytes(b, Str.data[s] + i, n - i)
        return u64(sb_done(b))
    while 1:
        f = -1
        if left != 0:
            f = str_find(s, o, i)
        if f < 0:
            sb_bytes(b, Str.data[s] + i, n - i)
            break
        sb_bytes(b, Str.data[s] + i, f - i)
        sb_str(b, w)
        left = left - 1
        i = f + on
    return u64(sb_done(b))


def m_extend(l: i64, it: i64) -> i64:
    if COLLECTIONS and typeof(l) == TAG_DEQUE:
        return dq_extend(l, it, 0)
    if typeof(l) != TAG_LIST:
        return no_method(l, "extend")
    src = list_from(it)
    if src == 0:
        return 0
    n = seq_len(src)
    p = items_of(src)
    i = 0
    while i < n:
        list_append(l, load64(p + 8 * i))
        i += 1
    return NONE


def sort_list(l: i64, key: i64, rev: i32) -> None:
    # Stable insertion-merge sort on (key, value) pairs; keys computed once.
    n = seq_len(l)
    p = items_of(l)
    keys = p
    if key != 0 and key != NONE:
        keys = alloc(8 * n)
        i = 0
        while i < n:
            store64(keys + 8 * i, call1(key, load64(p + 8 * i)))
            if exc != 0:
                return
            i += 1
    tmpk = alloc(8 * n)
    tmpv = alloc(8 * n)
    merge_sort(keys, p, tmpk, tmpv, 0, n, rev)


def before(a: i64, b: i64, rev: i32) -> i32:
    if rev:
        return lt(b, a)
    return lt(a, b)


def merge_sort(k: i32, v: i32, tk: i32, tv: i32, lo: i32, hi: i32, rev: i32) -> None:
    if hi - lo < 2:
        return
    mid = (lo + hi) / 2
    merge_sort(k, v, tk, tv, lo, mid, rev)
    merge_sort(k, v, tk, tv, mid, hi, rev)
    if exc != 0:
        return
    i = lo
    j = mid
    o = lo
    while i < mid or j < hi:
        take_right = 0
        if i >= mid:
            take_right = 1
        elif j < hi:
            take_right = before(load64(k + 8 * j), load64(k + 8 * i), rev)
        if take_right:
            store64(tk + 8 * o, load64(k + 8 * j))
            store64(tv + 8 * o, load64(v + 8 * j))
            j += 1
        else:
            store64(tk + 8 * o, load64(k + 8 * i))
            store64(tv + 8 * o, load64(v + 8 * i))
            i += 1
        o += 1
    if k != v:
        memcopy(k + 8 * lo, tk + 8 * lo, 8 * (hi - lo))
    memcopy(v + 8 * lo, tv + 8 * lo, 8 * (hi - lo))


def m_sort(l: i64, key: i64, rev: i64) -> i64:
    if typeof(l) != TAG_LIST:
        return no_method(l, "sort")
    r = 0
    if rev != 0:
        r = truthy(rev)
    sort_list(l, key, r)
    if exc != 0:
        return 0
    return NONE


def sorted_(it: i64, key: i64, rev: i64) -> i64:
    l = list_from(it)
    if l == 0:
        return 0
    if m_sort(l, key, rev) == 0:
        return 0
    return l


def char_class(v: i64, name: i32, kind: i32, table: i32) -> i64:
    if typeof(v) == TAG_BYTES:
        return bytes_class(v, kind)
    # kind 0 digit, 1 alpha, 2 alnum, 3 space: ASCII inline, any other
    # character looked up in `table`, the ranges of that class
    # (tools/gen_case_tables.py), so "é".isalpha() is True as in CPython.
    if need_str(v, name) == 0:
        return 0
    s = i32(v)
    n = Str.nbytes[s]
    if n == 0:
        return FALSE
    p = Str.data[s]
    i = 0
    while i < n:
        c = load8(p + i)
        if c >= 128:
            k = utf8_len(c)
            if in_ranges(table, decode_cp(p + i, k)) == 0:
                return FALSE
            i += k
            continue
        d = c >= 48 and c <= 57
        a = (c | 32) >= 97 and (c | 32) <= 122
        ok = 0
        if kind == 0:
            ok = d
        elif kind == 1:
            ok = a
        elif kind == 2:
            ok = a or d
        else:
            # CPython's ASCII whitespace includes the separators 0x1c-0x1f.
            ok = c == 32 or (c >= 9 and c <= 13) or (c >= 28 and c <= 31)
        if ok == 0:
            return FALSE
        i += 1
    return TRUE


def m_isdigit(v: i64) -> i64:
    return char_class(v, "isdigit", 0, blob_("is_digit"))


def m_isalpha(v: i64) -> i64:
    return char_class(v, "isalpha", 1, blob_("is_alpha"))


def m_isalnum(v: i64) -> i64:
    return char_class(v, "isalnum", 2, blob_("is_alnum"))


def m_isspace(v: i64) -> i64:
    return char_class(v, "isspace", 3, blob_("is_space"))


def byte_to_char(s: i32, off: i32) -> i32:
    return count_chars(Str.data[s], off)


def m_find(v: i64, sub: i64, start: i64, end: i64) -> i64:
    if typeof(v) == TAG_BYTES:
        sub = b_sub(sub)
        if sub == 0:
            return 0
    if typeof(v) == TAG_BYTES:
        if b_enter(v, sub, 0, B_PLAIN, "find") == 0:
            return 0
        return b_leave(v, sub, 0, m_find(v, sub, start, end))
    if need_str(v, "find") == 0 or need_str(sub, "find") == 0:
        return 0
    if start != 0 or end != 0:
        return str_ranged(v, sub, start, end, SW_FIND)
    f = str_find(i32(v), i32(sub), 0)
    if f < 0:
        return mkint(-1)
    return mkint(i64(byte_to_char(i32(v), f)))


def m_index(v: i64, sub: i64, start: i64, end: i64) -> i64:
    t = typeof(v)
    if URLPARSE and t == TAG_URL_RESULT:
        return m_index(us_tuple(v), sub, start, end)
    if t == TAG_RANGE and start == 0:
        return range_index(v, sub)
    if COLLECTIONS and t == TAG_DEQUE:
        return dq_index(v, sub, start, end)
    if t == TAG_LIST or t == TAG_TUPLE:
        n = seq_len(v)
        p = items_of(v)
        i = 0
        if start != 0 or end != 0:
            # list.index(x, start, end): the slice's bounds, clamped.
            i = sw_norm(start, n, 0)
            e = sw_norm(end, n, n)
            if exc != 0:
                return 0
            if e < n:
                n = e
        while i < n:
            if eq(load64(p + 8 * i), sub):
                return mkint(i64(i))
            i += 1
        raise_(EXC_VALUE, str_concat(repr_(sub), " is not in list"))
        return 0
    if typeof(v) == TAG_BYTES:
        sub = b_sub(sub)
        if sub == 0:
            return 0
        if b_enter(v, sub, 0, B_PLAIN, "index") == 0:
            return 0
        return b_leave(v, sub, 0, m_index(v, sub, start, end))
    if start != 0 or end != 0:
        if need_str(v, "index") == 0 or need_str(sub, "index") == 0:
            return 0
        return str_ranged(v, sub, start, end, SW_INDEX)
    r = m_find(v, sub, 0, 0)
    if r == mkint(-1):
        not_found()
        return 0
    return r


def m_count(v: i64, sub: i64, start: i64, end: i64) -> i64:
    t = typeof(v)
    if URLPARSE and t == TAG_URL_RESULT:
        return m_count(us_tuple(v), sub, start, end)
    if t == TAG_RANGE and start == 0:
        return range_count(v, sub)
    if COLLECTIONS and t == TAG_DEQUE:
        return dq_count(v, sub, start)
    c: i64 = 0
    if t == TAG_LIST or t == TAG_TUPLE:
        if start != 0:
            n_args = 2
            if end != 0:
                n_args = 3
            s2 = sb_new(48)
            sb_str(s2, type_name(v))
            sb_str(s2, ".count() takes exactly one argument (")
            sb_int(s2, i64(n_args))
            sb_str(s2, " given)")
            raise_(EXC_TYPE, sb_done(s2))
            return 0
        n = seq_len(v)
        p = items_of(v)
        i = 0
        while i < n:
            if eq(load64(p + 8 * i), sub):
                c += 1
            i += 1
        return mkint(c)
    if typeof(v) == TAG_BYTES:
        sub = b_sub(sub)
        if sub == 0:
            return 0
        if b_enter(v, sub, 0, B_PLAIN, "count") == 0:
            return 0
        return b_leave(v, sub, 0, m_count(v, sub, start, end))
    if need_str(v, "count") == 0 or need_str(sub, "count") == 0:
        return 0
    if start != 0 or end != 0:
        return str_ranged(v, sub, start, end, SW_COUNT)
    s = i32(v)
    q = i32(sub)
    if Str.nbytes[q] == 0:
        return mkint(i64(Str.nchars[s] + 1))
    j = 0
    while 1:
        f = str_find(s, q, j)
        if f < 0:
            break
        c += 1
        j = f + Str.nbytes[q]
    return mkint(c)


def pad(v: i64, width: i64, fill: i64, align: i32, name: i32) -> i64:
    if typeof(v) == TAG_BYTES:
        if b_enter(v, fill, 0, B_FILL, name) == 0:
            return 0
        return b_leave(v, fill, 0, pad(v, width, fill, align, name))
    # align 0 left (ljust), 1 right (rjust), 2 center
    if need_str(v, name) == 0:
        return 0
    s = i32(v)
    w = i32(index_arg(width))
    n = Str.nchars[s]
    if w <= n:
        return v
    f = 32
    if fill != 0:
        f = load8(Str.data[i32(fill)])
    total = w - n
    left = 0
    if align == 1:
        left = total
    elif align == 2:
        left = total / 2
        if (total & w & 1) == 1:
            left += 1
    b = sb_new(w)
    i = 0
    while i < left:
        sb_byte(b, f)
        i += 1
    sb_str(b, s)
    i = left
    while i < total:
        sb_byte(b, f)
        i += 1
    return u64(sb_done(b))


def m_ljust(v: i64, w: i64, f: i64) -> i64:
    return pad(v, w, f, 0, "ljust")


def m_rjust(v: i64, w: i64, f: i64) -> i64:
    return pad(v, w, f, 1, "rjust")


def m_center(v: i64, w: i64, f: i64) -> i64:
    return pad(v, w, f, 2, "center")


def m_zfill(v: i64, w: i64) -> i64:
    if typeof(v) == TAG_BYTES:
        if b_enter(v, 0, 0, B_PLAIN, "zfill") == 0:
            return 0
        return b_leave(v, 0, 0, m_zfill(v, w))
    if need_str(v, "zfill") == 0:
        return 0
    s = i32(v)
    n = Str.nchars[s]
    wi = i32(index_arg(w))
    if wi <= n:
        return v
    b = sb_new(wi)
    i = 0
    if n > 0 and (load8(Str.data[s]) == 45 or load8(Str.data[s]) == 43):
        sb_byte(b, load8(Str.data[s]))
        i = 1
    k = 0
    while k < wi - n:
        sb_byte(b, 48)
        k += 1
    sb_bytes(b, Str.data[s] + i, Str.nbytes[s] - i)
    return u64(sb_done(b))


def m_insert(l: i64, i: i64, x: i64) -> i64:
    if COLLECTIONS and typeof(l) == TAG_DEQUE:
        return dq_insert(l, i, x)
    if typeof(l) != TAG_LIST:
        return no_method(l, "insert")
    n = seq_len(l)
    k = index_arg(i)
    if k < 0:
        k = k + i64(n)
        if k < 0:
            k = 0
    if k > i64(n):
        k = i64(n)
    list_append(l, NONE)
    p = items_of(l)
    j = i32(k)
    memcopy(p + 8 * j + 8, p + 8 * j, 8 * (n - j))
    store64(p + 8 * j, x)
    return NONE


def m_remove(l: i64, x: i64) -> i64:
    if SETS and typeof(l) == TAG_SET:
        return set_remove(l, x)
    if COLLECTIONS and typeof(l) == TAG_DEQUE:
        return dq_remove(l, x)
    if typeof(l) != TAG_LIST:
        return no_method(l, "remove")
    n = seq_len(l)
    p = items_of(l)
    i = 0
    while i < n:
        if eq(load64(p + 8 * i), x):
            memcopy(p + 8 * i, p + 8 * i + 8, 8 * (n - i - 1))
            List.len[i32(l)] = n - 1
            return NONE
        i += 1
    raise_(EXC_VALUE, "list.remove(x): x not in list")
    return 0
