# str.split and str.rsplit.


def m_split(v: i64, sep: i64, maxsplit: i64) -> i64:
    if RE and typeof(v) == TAG_RE_PATTERN:
        if sep == 0:
            return rx_missing("split", "string")
        return rx_split(v, sep, maxsplit)
    if typeof(v) == TAG_BYTES:
        if b_enter(v, sep, 0, B_PLAIN, "split") == 0:
            return 0
        return b_leave(v, sep, 0, m_split(v, sep, maxsplit))
    if need_str(v, "split") == 0:
        return 0
    s = i32(v)
    n = Str.nbytes[s]
    p = Str.data[s]
    r = list_new()
    left: i64 = -1
    if maxsplit != 0:
        left = intval(maxsplit)
    if sep == 0 or sep == NONE:
        # Whitespace as str.isspace's: Unicode's, \x1c-\x1f included.
        i = 0
        while 1:
            while i < n and uspace_at(p, i) != 0:
                i += uspace_at(p, i)
            if i >= n:
                break
            if left == 0:
                # CPython keeps the remainder's trailing whitespace.
                list_append(r, u64(str_piece(s, i, n - i)))
                break
            j = i
            while j < n and uspace_at(p, j) == 0:
                j += utf8_len(load8(p + j))
            list_append(r, u64(str_piece(s, i, j - i)))
            left = left - 1
            i = j
        return r
    if typeof(sep) != TAG_STR:
        return split_sep_error(sep)
    q = i32(sep)
    sn = Str.nbytes[q]
    if sn == 0:
        raise_(EXC_VALUE, "empty separator")
        return 0
    i = 0
    while 1:
        f = -1
        if left != 0:
            f = str_find(s, q, i)
        if f < 0:
            list_append(r, u64(str_piece(s, i, n - i)))
            break
        list_append(r, u64(str_piece(s, i, f - i)))
        left = left - 1
        i = f + sn
    return r



def split_sep_error(sep: i64) -> i64:
    b = sb_new(48)
    sb_str(b, "must be str or None, not ")
    sb_str(b, type_name(sep))
    raise_(EXC_TYPE, sb_done(b))
    return 0


def m_rsplit(v: i64, sep: i64, maxsplit: i64) -> i64:
    if typeof(v) == TAG_BYTES:
        if b_enter(v, sep, 0, B_PLAIN, "rsplit") == 0:
            return 0
        return b_leave(v, sep, 0, m_rsplit(v, sep, maxsplit))
    # Splits from the right; the pieces are collected backwards and the
    # list is reversed at the end.
    if need_str(v, "rsplit") == 0:
        return 0
    s = i32(v)
    n = Str.nbytes[s]
    p = Str.data[s]
    r = list_new()
    left: i64 = -1
    if maxsplit != 0:
        left = intval(maxsplit)
    if sep == 0 or sep == NONE:
        j = n
        while 1:
            while j > 0 and uspace_before(p, j) != 0:
                j -= uspace_before(p, j)
            if j <= 0:
                break
            if left == 0:
                list_append(r, u64(str_from(p, j)))
                break
            i = j
            while i > 0 and uspace_before(p, i) == 0:
                i = char_start_before(p, i)
            list_append(r, u64(str_piece(s, i, j - i)))
            left = left - 1
            j = i
        m_reverse(r)
        return r
    if typeof(sep) != TAG_STR:
        return split_sep_error(sep)
    q = i32(sep)
    sn = Str.nbytes[q]
    if sn == 0:
        raise_(EXC_VALUE, "empty separator")
        return 0
    j = n
    while 1:
        f = -1
        if left != 0:
            f = str_rfind_before(s, q, j)
        if f < 0:
            list_append(r, u64(str_from(p, j)))
            break
        list_append(r, u64(str_from(p + f + sn, j - f - sn)))
        left = left - 1
        j = f
    m_reverse(r)
    return r


def str_rfind_before(h: i32, nd: i32, end: i32) -> i32:
    # Byte offset of the last occurrence of nd ending at or before `end`.
    sn = Str.nbytes[nd]
    i = end - sn
    while i >= 0:
        if memeq(Str.data[h] + i, Str.data[nd], sn):
            return i
        i -= 1
    return -1


def memeq(a: i32, b: i32, n: i32) -> i32:
    i = 0
    while i < n:
        if load8(a + i) != load8(b + i):
            return 0
        i += 1
    return 1


def string_capwords(s: i64, sep: i64) -> i64:
    # string.capwords: the words of s.split(sep), each capitalized, joined
    # by sep, or by a space when sep is None (CPython's `sep or ' '`).
    # CPython reads `(sep or ' ').join` before it splits: a true sep that
    # has no join is that AttributeError.
    if sep != 0 and typeof(sep) != TAG_STR and typeof(sep) != TAG_BYTES and truthy(sep):
        b = sb_new(48)
        sb_byte(b, 39)
        sb_str(b, type_name(sep))
        sb_str(b, "' object has no attribute 'join'")
        raise_(EXC_ATTR, sb_done(b))
        return 0
    parts = m_split(s, sep, 0)
    if parts == 0:
        return 0
    p = i32(parts)
    i = 0
    while i < List.len[p]:
        w = m_capitalize(load64(List.items[p] + 8 * i))
        store64(List.items[p] + 8 * i, w)
        i += 1
    j = sep
    if sep == 0 or sep == NONE:
        j = u64(" ")
    return m_join(j, parts)


def uspace_at(p: i32, i: i32) -> i32:
    # The bytes of the whitespace character at byte i, 0 when the
    # character there is not whitespace (str.isspace's rule).
    c = load8(p + i)
    if c < 128:
        return c == 32 or (c >= 9 and c <= 13) or (c >= 28 and c <= 31)
    k = utf8_len(c)
    if in_ranges(blob_("is_space"), decode_cp(p + i, k)):
        return k
    return 0


def char_start_before(p: i32, i: i32) -> i32:
    # The byte where the character that ends at byte i starts.
    b = i - 1
    while b > 0 and (load8(p + b) & 192) == 128:
        b -= 1
    return b


def uspace_before(p: i32, i: i32) -> i32:
    # The bytes of the whitespace character that ends at byte i, 0 when
    # it is not whitespace.
    c = load8(p + i - 1)
    if c < 128:
        return c == 32 or (c >= 9 and c <= 13) or (c >= 28 and c <= 31)
    b = char_start_before(p, i)
    if in_ranges(blob_("is_space"), decode_cp(p + b, i - b)):
        return i - b
    return 0
