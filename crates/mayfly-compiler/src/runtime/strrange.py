# find, rfind, index, rindex, count, startswith and endswith with start
# and end arguments: the method on the window s[start:end], its result
# moved back by start. As in CPython, negative bounds count from the end,
# and a window that ends before it starts (a start past the end, too)
# holds nothing, not even "".

SW_FIND = 0
SW_RFIND = 1
SW_INDEX = 2
SW_RINDEX = 3
SW_COUNT = 4
SW_STARTS = 5
SW_ENDS = 6


def sw_norm(x: i64, n: i32, dflt: i32) -> i32:
    # A start or end: absent (0) or None is dflt; negative counts from
    # the end (and stops at 0); beyond the end is the end.
    if x == 0 or x == NONE:
        return dflt
    k = num_kind(x)
    if k != 1 and k != 3:
        raise_(EXC_TYPE, "slice indices must be integers or None or have an __index__ method")
        return 0
    if k == 3:
        if long_sign(x) < 0:
            return 0
        return n + 1
    i = intval(x)
    if i < 0:
        i += i64(n)
        if i < 0:
            i = 0
    if i > i64(n):
        return n + 1
    return i32(i)


def str_ranged(v: i64, sub: i64, start: i64, end: i64, which: i32) -> i64:
    # v is a str (the caller checked).
    n = Str.nchars[i32(v)]
    a = sw_norm(start, n, 0)
    if exc != 0:
        return 0
    b = sw_norm(end, n, n)
    if exc != 0:
        return 0
    if b > n:
        b = n
    if b < a:
        if which == SW_COUNT:
            return mkint(0)
        if which == SW_STARTS or which == SW_ENDS:
            # CPython still checks the prefix's type.
            if typeof(sub) != TAG_STR and typeof(sub) != TAG_TUPLE:
                return affix_match(v, sub, "startswith", 0)
            return FALSE
        if which == SW_INDEX or which == SW_RINDEX:
            raise_(EXC_VALUE, "substring not found")
            return 0
        return mkint(-1)
    w = getslice(v, mkint(i64(a)), mkint(i64(b)), NONE)
    r: i64 = 0
    if which == SW_FIND or which == SW_INDEX:
        r = m_find(w, sub, 0, 0)
    elif which == SW_RFIND or which == SW_RINDEX:
        r = m_rfind(w, sub, 0, 0)
    elif which == SW_COUNT:
        return m_count(w, sub, 0, 0)
    elif which == SW_STARTS:
        return m_startswith(w, sub, 0, 0)
    else:
        return m_endswith(w, sub, 0, 0)
    if r == 0:
        return 0
    if r == mkint(-1):
        if which == SW_INDEX or which == SW_RINDEX:
            raise_(EXC_VALUE, "substring not found")
            return 0
        return r
    return mkint(intval(r) + i64(a))
