# datetime.strptime: the format's directives matched as CPython's
# _strptime regular expression matches them (each directive's
# alternatives in its order, backtracking; case-insensitive; a run of
# whitespace in the format matching one or more), then the fields
# combined as it combines them.

def _mayfly_dt_sp_names():
    # The names %a %A %b %B %p and %Z match, in lower case.
    names = {"a": [], "A": [], "b": [], "B": [], "p": ["am", "pm"], "Z": ["utc", "gmt"]}
    for i in range(7):
        names["A"].append(_mayfly_dt_DAYS[i].lower())
        names["a"].append(_mayfly_dt_DAYS[i][:3].lower())
    for i in range(1, 13):
        names["B"].append(_mayfly_dt_MONTHS[i].lower())
        names["b"].append(_mayfly_dt_MONTHS[i][:3].lower())
    return names


_mayfly_dt_SP_NAMES = _mayfly_dt_sp_names()

# The digit directives: their alternatives as (width, lowest, highest)
# in the order the regular expression tries them.
_mayfly_dt_SP_NUMS = {
    "d": [(2, 10, 31), (2, 1, 9), (1, 1, 9)],
    "H": [(2, 0, 23), (1, 0, 9)],
    "I": [(2, 10, 12), (2, 1, 9), (1, 1, 9)],
    "j": [(3, 1, 366), (2, 10, 99), (2, 1, 9), (1, 1, 9)],
    "m": [(2, 10, 12), (2, 1, 9), (1, 1, 9)],
    "M": [(2, 0, 59), (1, 0, 9)],
    "S": [(2, 0, 61), (1, 0, 9)],
    "U": [(2, 0, 53), (1, 0, 9)],
    "W": [(2, 0, 53), (1, 0, 9)],
    "w": [(1, 0, 6)],
    "y": [(2, 0, 99)],
    "Y": [(4, 0, 9999)],
    "f": [(6, 0, 999999), (5, 0, 99999), (4, 0, 9999), (3, 0, 999), (2, 0, 99), (1, 0, 9)],
}


def _mayfly_dt_sp_tokens(fmt):
    # The format as tokens: ("%", c) directives, (" ", "") whitespace
    # runs, ("=", c) literal characters.
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "%":
            if i + 1 >= n:
                raise ValueError("stray % in format '" + fmt + "'")
            d = fmt[i + 1]
            if d in "cxX":
                out = out + _mayfly_dt_sp_tokens({"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}[d])
            elif d in _mayfly_dt_SP_NUMS or d in _mayfly_dt_SP_NAMES or d == "z" or d == "%":
                out.append(("%", d))
            else:
                raise ValueError("'" + d + "' is a bad directive in format '" + fmt + "'")
            i = i + 2
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i = i + 1
            out.append((" ", ""))
        else:
            out.append(("=", c))
            i = i + 1
    return out


def _mayfly_dt_sp_ends(s, i, tok):
    # Where token tok can end when it starts at i, in the order tried.
    kind = tok[0]
    d = tok[1]
    n = len(s)
    if kind == "=":
        if i < n and s[i].lower() == d.lower():
            return [i + 1]
        return []
    if kind == " ":
        j = i
        while j < n and s[j].isspace():
            j = j + 1
        return list(range(j, i, -1))
    if d == "%":
        if i < n and s[i] == "%":
            return [i + 1]
        return []
    if d in _mayfly_dt_SP_NAMES:
        out = []
        low = s[i:].lower()
        for name in sorted(_mayfly_dt_SP_NAMES[d], key=len, reverse=True):
            if low.startswith(name):
                out.append(i + len(name))
        return out
    if d == "z":
        return _mayfly_dt_sp_z(s, i)
    out = []
    for alt in _mayfly_dt_SP_NUMS[d]:
        v = _mayfly_dt_digits(s, i, alt[0])
        if v is not None and alt[1] <= v and v <= alt[2] and not (d in "dIm" and alt[0] == 2 and alt[1] == 1 and s[i] != "0"):
            out.append(i + alt[0])
    if d == "d" and _mayfly_dt_ch(s, i) == " ":
        v = _mayfly_dt_digits(s, i + 1, 1)
        if v is not None and v > 0:
            out.append(i + 2)
    return out


def _mayfly_dt_sp_pair(s, i):
    # Two digits 00..59 at i.
    v = _mayfly_dt_digits(s, i, 2)
    return v is not None and _mayfly_dt_ch(s, i) <= "5"


def _mayfly_dt_sp_z(s, i):
    # [+-]HH[:]MM[[:]SS[.f{1,6}]] or Z, longest first.
    if _mayfly_dt_ch(s, i) == "Z":
        return [i + 1]
    c = _mayfly_dt_ch(s, i)
    if (c != "+" and c != "-") or _mayfly_dt_digits(s, i + 1, 2) is None:
        return []
    out = []
    for p in [i + 4, i + 3]:
        if p == i + 4 and _mayfly_dt_ch(s, i + 3) != ":":
            continue
        if not _mayfly_dt_sp_pair(s, p):
            continue
        p2 = p + 2
        for q in [p2 + 1, p2]:
            if q == p2 + 1 and _mayfly_dt_ch(s, p2) != ":":
                continue
            if not _mayfly_dt_sp_pair(s, q):
                continue
            q2 = q + 2
            if _mayfly_dt_ch(s, q2) == ".":
                k = 0
                while k < 6 and _mayfly_dt_isdigit(_mayfly_dt_ch(s, q2 + 1 + k)):
                    k = k + 1
                while k > 0:
                    out.append(q2 + 1 + k)
                    k = k - 1
            out.append(q2)
        out.append(p2)
    return out


def _mayfly_dt_sp_match(s, toks, k, i, found):
    # Matches toks[k:] at i; the end, with found[directive] = text.
    if k == len(toks):
        return i
    tok = toks[k]
    for j in _mayfly_dt_sp_ends(s, i, tok):
        if tok[0] == "%":
            found[tok[1]] = s[i:j]
        e = _mayfly_dt_sp_match(s, toks, k + 1, j, found)
        if e >= 0:
            return e
    return -1


def _mayfly_dt_sp_julian(year, week, wd, monday):
    # The day of the year of weekday wd (Monday 0) in %U/%W week `week`.
    first = _mayfly_dt_new_date(year, 1, 1).weekday()
    if not monday:
        first = (first + 1) % 7
        wd = (wd + 1) % 7
    if week == 0:
        return 1 + wd - first
    return 1 + (7 - first) % 7 + 7 * (week - 1) + wd


def _mayfly_dt_sp_offset(z):
    # (seconds, microseconds) east of UTC of a %z match.
    if z == "Z":
        return (0, 0)
    t = z
    if t[3] == ":":
        t = t[:3] + t[4:]
        if len(t) > 5:
            if t[5] != ":":
                raise ValueError("Inconsistent use of : in " + z)
            t = t[:5] + t[6:]
    secs = int(t[1:3]) * 3600 + int(t[3:5]) * 60
    if len(t) > 5:
        secs = secs + int(t[5:7])
    frac = t[8:]
    while len(frac) < 6:
        frac = frac + "0"
    us = int(frac)
    if z[0] == "-":
        return (-secs, -us)
    return (secs, us)


def _mayfly_dt_strptime(data, fmt):
    if not isinstance(data, str):
        raise TypeError("strptime() argument 1 must be str, not " + _mayfly_dt_argname(data))
    if not isinstance(fmt, str):
        raise TypeError("strptime() argument 2 must be str, not " + _mayfly_dt_argname(fmt))
    toks = _mayfly_dt_sp_tokens(fmt)
    found = {}
    end = _mayfly_dt_sp_match(data, toks, 0, 0, found)
    if end < 0:
        raise ValueError("time data " + repr(data) + " does not match format " + repr(fmt))
    if end != len(data):
        raise ValueError("unconverted data remains: " + data[end:])
    year = None
    month = 1
    day = 1
    hour = 0
    minute = 0
    second = 0
    us = 0
    week = -1
    monday = False
    weekday = None
    julian = None
    gmtoff = None
    for d in found:
        v = found[d]
        if d == "y":
            year = int(v)
            if year <= 68:
                year = year + 2000
            else:
                year = year + 1900
        elif d == "Y":
            year = int(v)
        elif d == "m":
            month = int(v)
        elif d == "B" or d == "b":
            month = _mayfly_dt_SP_NAMES[d].index(v.lower()) + 1
        elif d == "d":
            day = int(v)
        elif d == "H":
            hour = int(v)
        elif d == "I":
            hour = int(v)
            ampm = ""
            if "p" in found:
                ampm = found["p"].lower()
            if ampm == "" or ampm == "am":
                if hour == 12:
                    hour = 0
            elif hour != 12:
                hour = hour + 12
        elif d == "M":
            minute = int(v)
        elif d == "S":
            second = int(v)
        elif d == "f":
            while len(v) < 6:
                v = v + "0"
            us = int(v)
        elif d == "A" or d == "a":
            weekday = _mayfly_dt_SP_NAMES[d].index(v.lower())
        elif d == "w":
            weekday = (int(v) + 6) % 7
        elif d == "j":
            julian = int(v)
        elif d == "U" or d == "W":
            week = int(v)
            monday = d == "W"
        elif d == "z":
            gmtoff = _mayfly_dt_sp_offset(v)
    leap_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None and week != -1:
        julian = _mayfly_dt_sp_julian(year, week, weekday, monday)
        if julian <= 0:
            year = year - 1
            if _mayfly_dt_leap(year):
                julian = julian + 366
            else:
                julian = julian + 365
    if julian is None:
        _mayfly_dt_date(year, month, day)
    else:
        r = _mayfly_dt_date.fromordinal(julian - 1 + _mayfly_dt_ord(year, 1, 1))
        year = r._year
        month = r._month
        day = r._day
    if leap_fix:
        year = 1900
    tz = None
    if gmtoff is not None:
        off = _mayfly_dt_timedelta(seconds=gmtoff[0], microseconds=gmtoff[1])
        if "Z" in found and found["Z"]:
            tz = _mayfly_dt_timezone(off, found["Z"])
        else:
            tz = _mayfly_dt_timezone(off)
    return _mayfly_dt_datetime(year, month, day, hour, minute, second, us, tz)
