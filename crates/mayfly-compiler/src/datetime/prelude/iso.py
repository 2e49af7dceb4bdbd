# fromisoformat's parsing, with CPython 3.11's accepted forms: dates
# YYYY-MM-DD, YYYYMMDD and the ISO week forms; times HH[:MM[:SS[.f]]]
# (colons optional, ',' for '.', any number of fraction digits, the
# first six kept) with Z or +-HH[:MM[:SS[.f]]] offsets. Each returns
# None for a string it refuses.


def _mayfly_dt_ch(s, i):
    # The character at i, "" past the end (C's terminating NUL).
    if i < len(s):
        return s[i]
    return ""


def _mayfly_dt_isdigit(c):
    return c != "" and "0" <= c and c <= "9"


def _mayfly_dt_digits(s, i, n):
    v = 0
    for k in range(n):
        c = _mayfly_dt_ch(s, i + k)
        if not _mayfly_dt_isdigit(c):
            return None
        v = v * 10 + ord(c) - 48
    return v


def _mayfly_dt_parse_date(s, n):
    # (year, month, day) of the date s starts with (n characters long, but
    # read on as CPython reads on); None if it is none.
    y = _mayfly_dt_digits(s, 0, 4)
    if y is None:
        return None
    i = 4
    sep = _mayfly_dt_ch(s, 4) == "-"
    if sep:
        i = 5
    if _mayfly_dt_ch(s, i) == "W":
        w = _mayfly_dt_digits(s, i + 1, 2)
        if w is None:
            return None
        i = i + 3
        d = 1
        if i < n:
            if sep:
                if _mayfly_dt_ch(s, i) != "-":
                    return None
                i = i + 1
            d = _mayfly_dt_digits(s, i, 1)
            if d is None:
                return None
        if y < 1 or y > 9999 or d < 1 or d > 7 or w < 1 or w > 53:
            return None
        if w == 53:
            first = (_mayfly_dt_ord(y, 1, 1) + 6) % 7
            if not (first == 3 or (first == 2 and _mayfly_dt_leap(y))):
                return None
        return _mayfly_dt_ymd(_mayfly_dt_week1(y) + (w - 1) * 7 + d - 1)
    m = _mayfly_dt_digits(s, i, 2)
    if m is None:
        return None
    i = i + 2
    if sep:
        if _mayfly_dt_ch(s, i) != "-":
            return None
        i = i + 1
    d = _mayfly_dt_digits(s, i, 2)
    if d is None:
        return None
    return (y, m, d)


def _mayfly_dt_date_end(s):
    # Where the date part of a datetime string ends (its separator).
    n = len(s)
    if n == 7:
        return 7
    if _mayfly_dt_ch(s, 4) == "-":
        if _mayfly_dt_ch(s, 5) != "W":
            return 10
        if n > 8 and s[8] == "-":
            if n == 9:
                return -1
            if n > 10 and _mayfly_dt_isdigit(s[10]):
                return 8
            return 10
        return 8
    if _mayfly_dt_ch(s, 4) == "W":
        i = 7
        while i < n and _mayfly_dt_isdigit(s[i]):
            i = i + 1
        if i < 9:
            return i
        if i % 2 == 0:
            return 7
        return 8
    return 8


def _mayfly_dt_hms(t, p, end):
    # [h, m, s, us, more] of HH[:MM[:SS[.f]]] from p (which ends at end;
    # more is 1 when a character follows); None if malformed.
    vals = [0, 0, 0, 0, 0]
    has_sep = True
    frac = False
    for i in range(3):
        v = _mayfly_dt_digits(t, p, 2)
        if v is None:
            return None
        vals[i] = v
        c = _mayfly_dt_ch(t, p + 2)
        p = p + 3
        if i == 0:
            has_sep = c == ":"
        if p >= end:
            if c != "":
                vals[4] = 1
            return vals
        if has_sep and c == ":":
            continue
        if c == "." or c == ",":
            frac = True
            break
        if has_sep:
            return None
        p = p - 1
    n = end - p
    if n > 6:
        n = 6
    us = _mayfly_dt_digits(t, p, n)
    if us is None:
        return None
    for k in range(6 - n):
        us = us * 10
    vals[3] = us
    p = p + n
    while _mayfly_dt_isdigit(_mayfly_dt_ch(t, p)):
        p = p + 1
    if _mayfly_dt_ch(t, p) != "":
        vals[4] = 1
    return vals


def _mayfly_dt_parse_time(t):
    # (hour, minute, second, microsecond, tzinfo) of t; None if invalid.
    n = len(t)
    z = 0
    while z < n and t[z] != "+" and t[z] != "-" and t[z] != "Z":
        z = z + 1
    r = _mayfly_dt_hms(t, 0, z)
    if r is None:
        return None
    if z == n:
        if r[4]:
            return None
        return (r[0], r[1], r[2], r[3], None)
    if t[z] == "Z":
        if z + 1 != n:
            return None
        return (r[0], r[1], r[2], r[3], _mayfly_dt_UTC)
    o = _mayfly_dt_hms(t, z + 1, n)
    if o is None or o[4]:
        return None
    sign = 1
    if t[z] == "-":
        sign = -1
    secs = sign * (o[0] * 3600 + o[1] * 60 + o[2])
    if secs == 0:
        return (r[0], r[1], r[2], r[3], _mayfly_dt_UTC)
    off = _mayfly_dt_delta(secs * 1000000 + sign * o[3])
    return (r[0], r[1], r[2], r[3], _mayfly_dt_timezone(off))


def _mayfly_dt_parse_datetime(s):
    # The eight constructor arguments of datetime string s; None if invalid.
    if len(s) < 7:
        return None
    at = _mayfly_dt_date_end(s)
    if at < 0:
        return None
    ymd = _mayfly_dt_parse_date(s, at)
    if ymd is None:
        return None
    if at >= len(s):
        return (ymd[0], ymd[1], ymd[2], 0, 0, 0, 0, None)
    r = _mayfly_dt_parse_time(s[at + 1:])
    if r is None:
        return None
    return (ymd[0], ymd[1], ymd[2], r[0], r[1], r[2], r[3], r[4])
