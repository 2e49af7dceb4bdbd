# str methods that take a str apart or test its cased letters:
# partition/rpartition, removeprefix/removesuffix, rfind/rindex,
# splitlines, startswith/endswith with a tuple, isupper/islower/istitle,
# isdecimal/isnumeric/isprintable. Offsets here are byte offsets; a result
# index is turned into a char index at the end (byte_to_char).


def need_str_arg(v: i64, method: i32) -> i32:
    # CPython's TypeError for an argument that must be a str.
    if typeof(v) == TAG_STR:
        return 1
    s = sb_new(64)
    sb_str(s, "must be str, not ")
    sb_str(s, type_name(v))
    raise_(EXC_TYPE, sb_done(s))
    return 0


def str_part(s: i32, start: i32, end: i32) -> i64:
    return u64(str_from(Str.data[s] + start, end - start))


def partition_at(s: i32, sep: i32, at: i32, right: i32) -> i64:
    # (head, sep, tail) split at byte offset at, or the whole str on the
    # side CPython puts it when sep is absent.
    t = tuple_of(3)
    items = Tuple.items[t]
    n = Str.nbytes[s]
    if at < 0:
        empty = u64(str_from(Str.data[s], 0))
        whole = u64(s)
        if right:
            store64(items, empty)
            store64(items + 8, empty)
            store64(items + 16, whole)
        else:
            store64(items, whole)
            store64(items + 8, empty)
            store64(items + 16, empty)
        return u64(t)
    store64(items, str_part(s, 0, at))
    store64(items + 8, u64(sep))
    store64(items + 16, str_part(s, at + Str.nbytes[sep], n))
    return u64(t)


def partition_(v: i64, sep: i64, right: i32, name: i32) -> i64:
    if typeof(v) == TAG_BYTES and (sep == NONE):
        return i64(b_bad_arg(NONE, B_PLAIN, 0))
    if typeof(v) == TAG_BYTES:
        if b_enter(v, sep, 0, B_PLAIN, name) == 0:
            return 0
        return b_leave(v, sep, 0, partition_(v, sep, right, name))
    if need_str(v, name) == 0 or need_str_arg(sep, name) == 0:
        return 0
    s = i32(v)
    p = i32(sep)
    if Str.nbytes[p] == 0:
        raise_(EXC_VALUE, "empty separator")
        return 0
    at = 0
    if right:
        at = str_rfind_before(s, p, Str.nbytes[s])
    else:
        at = str_find(s, p, 0)
    return partition_at(s, p, at, right)


def m_partition(v: i64, sep: i64) -> i64:
    return partition_(v, sep, 0, "partition")


def m_rpartition(v: i64, sep: i64) -> i64:
    return partition_(v, sep, 1, "rpartition")


def has_prefix_at(s: i32, p: i32, at: i32) -> i32:
    n = Str.nbytes[p]
    if at < 0 or at + n > Str.nbytes[s]:
        return 0
    return memeq(Str.data[s] + at, Str.data[p], n)


def m_removeprefix(v: i64, prefix: i64) -> i64:
    if typeof(v) == TAG_BYTES and (prefix == NONE):
        return i64(b_bad_arg(NONE, B_PLAIN, 0))
    if typeof(v) == TAG_BYTES:
        if b_enter(v, prefix, 0, B_PLAIN, "removeprefix") == 0:
            return 0
        return b_leave(v, prefix, 0, m_removeprefix(v, prefix))
    if need_str(v, "removeprefix") == 0 or need_str_arg(prefix, "removeprefix") == 0:
        return 0
    s = i32(v)
    p = i32(prefix)
    if Str.nbytes[p] == 0 or has_prefix_at(s, p, 0) == 0:
        return v
    return str_part(s, Str.nbytes[p], Str.nbytes[s])


def m_removesuffix(v: i64, suffix: i64) -> i64:
    if typeof(v) == TAG_BYTES and (suffix == NONE):
        return i64(b_bad_arg(NONE, B_PLAIN, 0))
    if typeof(v) == TAG_BYTES:
        if b_enter(v, suffix, 0, B_PLAIN, "removesuffix") == 0:
            return 0
        return b_leave(v, suffix, 0, m_removesuffix(v, suffix))
    if need_str(v, "removesuffix") == 0 or need_str_arg(suffix, "removesuffix") == 0:
        return 0
    s = i32(v)
    p = i32(suffix)
    at = Str.nbytes[s] - Str.nbytes[p]
    if Str.nbytes[p] == 0 or has_prefix_at(s, p, at) == 0:
        return v
    return str_part(s, 0, at)


def m_rfind(v: i64, sub: i64, start: i64, end: i64) -> i64:
    if typeof(v) == TAG_BYTES:
        sub = b_sub(sub)
        if sub == 0:
            return 0
    if typeof(v) == TAG_BYTES:
        if b_enter(v, sub, 0, B_PLAIN, "rfind") == 0:
            return 0
        return b_leave(v, sub, 0, m_rfind(v, sub, start, end))
    if need_str(v, "rfind") == 0 or need_str_arg(sub, "rfind") == 0:
        return 0
    if start != 0 or end != 0:
        return str_ranged(v, sub, start, end, SW_RFIND)
    f = str_rfind_before(i32(v), i32(sub), Str.nbytes[i32(v)])
    if f < 0:
        return mkint(-1)
    return mkint(i64(byte_to_char(i32(v), f)))


def m_rindex(v: i64, sub: i64, start: i64, end: i64) -> i64:
    if typeof(v) == TAG_BYTES:
        sub = b_sub(sub)
        if sub == 0:
            return 0
    if typeof(v) == TAG_BYTES:
        if b_enter(v, sub, 0, B_PLAIN, "rindex") == 0:
            return 0
        return b_leave(v, sub, 0, m_rindex(v, sub, start, end))
    if start != 0 or end != 0:
        if need_str(v, "rindex") == 0 or need_str_arg(sub, "rindex") == 0:
            return 0
        return str_ranged(v, sub, start, end, SW_RINDEX)
    r = m_rfind(v, sub, 0, 0)
    if r == mkint(-1):
        not_found()
        return 0
    return r


def affix_match(v: i64, p: i64, name: i32, at_end: i32) -> i64:
    # startswith/endswith: p a str, or a tuple of strs (any may match).
    if need_str(v, name) == 0:
        return 0
    s = i32(v)
    t = typeof(p)
    if t == TAG_STR:
        at = 0
        if at_end:
            at = Str.nbytes[s] - Str.nbytes[i32(p)]
        return mkbool(has_prefix_at(s, i32(p), at))
    if t == TAG_TUPLE:
        n = Tuple.len[i32(p)]
        i = 0
        while i < n:
            q = load64(Tuple.items[i32(p)] + 8 * i)
            if typeof(q) != TAG_STR:
                e = sb_new(80)
                sb_str(e, "tuple for ")
                sb_str(e, name)
                sb_str(e, " must only contain str, not ")
                sb_str(e, type_name(q))
                raise_(EXC_TYPE, sb_done(e))
                return 0
            if affix_match(v, q, name, at_end) == TRUE:
                return TRUE
            i += 1
        return FALSE
    e2 = sb_new(80)
    sb_str(e2, name)
    sb_str(e2, " first arg must be str or a tuple of str, not ")
    sb_str(e2, type_name(p))
    raise_(EXC_TYPE, sb_done(e2))
    return 0


def m_startswith(v: i64, p: i64, start: i64, end: i64) -> i64:
    if typeof(v) == TAG_BYTES:
        if b_enter(v, p, 0, B_AFFIX, "startswith") == 0:
            return 0
        return b_leave(v, p, 0, m_startswith(v, p, start, end))
    if (start != 0 or end != 0) and need_str(v, "startswith"):
        return str_ranged(v, p, start, end, SW_STARTS)
    return affix_match(v, p, "startswith", 0)


def m_endswith(v: i64, p: i64, start: i64, end: i64) -> i64:
    if typeof(v) == TAG_BYTES:
        if b_enter(v, p, 0, B_AFFIX, "endswith") == 0:
            return 0
        return b_leave(v, p, 0, m_endswith(v, p, start, end))
    if (start != 0 or end != 0) and need_str(v, "endswith"):
        return str_ranged(v, p, start, end, SW_ENDS)
    return affix_match(v, p, "endswith", 1)


def line_break_len(p: i32, i: i32, n: i32) -> i32:
    if in_bytes and load8(p + i) != 10 and load8(p + i) != 13:
        return 0
    # Bytes of the line boundary at byte i (str.splitlines' set: \n \r
    # \r\n \v \f \x1c \x1d \x1e \x85 U+2028 U+2029), or 0.
    c = load8(p + i)
    if c == 13:
        if i + 1 < n and load8(p + i + 1) == 10:
            return 2
        return 1
    if c == 10 or c == 11 or c == 12 or (c >= 28 and c <= 30):
        return 1
    if c == 194 and i + 1 < n and load8(p + i + 1) == 133:
        return 2
    if c == 226 and i + 2 < n and load8(p + i + 1) == 128:
        d = load8(p + i + 2)
        if d == 168 or d == 169:
            return 3
    return 0


def m_splitlines(v: i64, keepends: i64) -> i64:
    if typeof(v) == TAG_BYTES:
        if b_enter(v, 0, 0, B_PLAIN, "splitlines") == 0:
            return 0
        return b_leave(v, 0, 0, m_splitlines(v, keepends))
    if need_str(v, "splitlines") == 0:
        return 0
    keep = keepends != 0 and truthy(keepends)
    s = i32(v)
    p = Str.data[s]
    n = Str.nbytes[s]
    out = list_new()
    start = 0
    i = 0
    while i < n:
        k = line_break_len(p, i, n)
        if k == 0:
            i += 1
            continue
        end = i
        if keep:
            end = i + k
        list_append(out, str_part(s, start, end))
        i += k
        start = i
    if start < n:
        list_append(out, str_part(s, start, n))
    return out


def case_class(v: i64, name: i32, want_upper: i32) -> i64:
    if typeof(v) == TAG_BYTES:
        return bytes_class(v, BC_LOWER - want_upper)
    # isupper/islower: no character of the other case (or titlecase) and
    # at least one cased character of this one.
    if need_str(v, name) == 0:
        return 0
    s = i32(v)
    p = Str.data[s]
    n = Str.nbytes[s]
    seen = 0
    i = 0
    while i < n:
        k = utf8_len(load8(p + i))
        c = decode_cp(p + i, k)
        up = is_upper_cp(c)
        lo = is_lower_cp(c)
        if want_upper:
            if lo or is_title_cp(c):
                return FALSE
            seen = seen or up
        else:
            if up or is_title_cp(c):
                return FALSE
            seen = seen or lo
        i += k
    return mkbool(seen)


def is_upper_cp(c: i32) -> i32:
    if c < 128:
        return c >= 65 and c <= 90
    return in_ranges(blob_("is_upper"), c)


def is_lower_cp(c: i32) -> i32:
    if c < 128:
        return c >= 97 and c <= 122
    return in_ranges(blob_("is_lower"), c)


def is_title_cp(c: i32) -> i32:
    if c < 128:
        return 0
    return in_ranges(blob_("is_title"), c)


def m_isupper(v: i64) -> i64:
    return case_class(v, "isupper", 1)


def m_islower(v: i64) -> i64:
    return case_class(v, "islower", 0)


def m_istitle(v: i64) -> i64:
    if typeof(v) == TAG_BYTES:
        return bytes_class(v, BC_TITLE)
    # Uppercase and titlecase letters only after uncased characters,
    # lowercase ones only after cased ones; at least one cased character.
    if need_str(v, "istitle") == 0:
        return 0
    s = i32(v)
    p = Str.data[s]
    n = Str.nbytes[s]
    cased = 0
    prev_cased = 0
    i = 0
    while i < n:
        k = utf8_len(load8(p + i))
        c = decode_cp(p + i, k)
        if is_upper_cp(c) or is_title_cp(c):
            if prev_cased:
                return FALSE
            prev_cased = 1
            cased = 1
        elif is_lower_cp(c):
            if prev_cased == 0:
                return FALSE
            prev_cased = 1
            cased = 1
        else:
            prev_cased = 0
        i += k
    return mkbool(cased)


def every_char_in(v: i64, name: i32, table: i32, ascii_lo: i32, ascii_hi: i32, empty: i64) -> i64:
    # True when every char is in the class: ASCII ones in ascii_lo..ascii_hi,
    # others in table; `empty` is the answer for "".
    if need_str(v, name) == 0:
        return 0
    s = i32(v)
    p = Str.data[s]
    n = Str.nbytes[s]
    if n == 0:
        return empty
    i = 0
    while i < n:
        c = load8(p + i)
        if c < 128:
            if c < ascii_lo or c > ascii_hi:
                return FALSE
            i += 1
        else:
            k = utf8_len(c)
            if in_ranges(table, decode_cp(p + i, k)) == 0:
                return FALSE
            i += k
    return TRUE


def m_isdecimal(v: i64) -> i64:
    return every_char_in(v, "isdecimal", blob_("is_decimal"), 48, 57, FALSE)


def m_isnumeric(v: i64) -> i64:
    return every_char_in(v, "isnumeric", blob_("is_numeric"), 48, 57, FALSE)


def m_isprintable(v: i64) -> i64:
    # The printable set is the complement of repr's escapes: a table of
    # the characters that are not (str.py, not_printable).
    if need_str(v, "isprintable") == 0:
        return 0
    s = i32(v)
    p = Str.data[s]
    n = Str.nbytes[s]
    i = 0
    while i < n:
        c = load8(p + i)
        if c < 128:
            if c < 32 or c == 127:
                return FALSE
            i += 1
        else:
            k = utf8_len(c)
            if not_printable(decode_cp(p + i, k)):
                return FALSE
            i += k
    return TRUE
