# strftime and strptime in the C locale, as CPython 3.11 on glibc
# formats and parses them.

_mayfly_dt_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_mayfly_dt_MONTHS = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def _mayfly_dt_fields(o):
    # [year, month, day, hour, minute, second, microsecond] of a date,
    # time (on 1900-01-01) or datetime.
    if isinstance(o, _mayfly_dt_time):
        return [1900, 1, 1, o._hour, o._minute, o._second, o._us]
    if isinstance(o, _mayfly_dt_datetime):
        return [o._year, o._month, o._day, o._hour, o._minute, o._second, o._us]
    return [o._year, o._month, o._day, 0, 0, 0, 0]


def _mayfly_dt_pad(v, width, flag):
    if flag == "-":
        return str(v)
    s = str(v)
    fill = "0"
    if flag == "_":
        fill = " "
    while len(s) < width:
        s = fill + s
    return s


def _mayfly_dt_directive(o, f, c, flag):
    # One directive's text; None for one glibc does not know.
    y = f[0]
    n = _mayfly_dt_ord(f[0], f[1], f[2])
    wd = (n + 6) % 7
    yday = n - _mayfly_dt_ord(y, 1, 1) + 1
    if c == "a":
        return _mayfly_dt_DAYS[wd][:3]
    if c == "A":
        return _mayfly_dt_DAYS[wd]
    if c == "b" or c == "h":
        return _mayfly_dt_MONTHS[f[1]][:3]
    if c == "B":
        return _mayfly_dt_MONTHS[f[1]]
    if c == "p":
        if f[3] < 12:
            return "AM"
        return "PM"
    if c == "P":
        if f[3] < 12:
            return "am"
        return "pm"
    if c == "Y":
        return str(y)
    if c == "C":
        return str(y // 100)
    if c == "F":
        return str(y) + "-" + ("%02d-%02d" % (f[1], f[2]))
    if c == "c":
        return _mayfly_dt_strftime(o, "%a %b %e %H:%M:%S %Y")
    if c == "x" or c == "D":
        return _mayfly_dt_strftime(o, "%m/%d/%y")
    if c == "X" or c == "T":
        return _mayfly_dt_strftime(o, "%H:%M:%S")
    if c == "R":
        return _mayfly_dt_strftime(o, "%H:%M")
    if c == "r":
        return _mayfly_dt_strftime(o, "%I:%M:%S %p")
    if c == "n":
        return "\n"
    if c == "t":
        return "\t"
    if c == "%":
        return "%"
    if c == "s":
        return str(((n - 719163) * 86400) + (f[3] * 60 + f[4]) * 60 + f[5])
    if c == "e":
        return _mayfly_dt_pad(f[2], 2, flag or "_")
    if c == "k":
        return _mayfly_dt_pad(f[3], 2, flag or "_")
    if c == "l":
        return _mayfly_dt_pad((f[3] + 11) % 12 + 1, 2, flag or "_")
    if c == "G" or c == "g" or c == "V":
        iso = _mayfly_dt_new_date(f[0], f[1], f[2]).isocalendar()
        if c == "G":
            return str(iso[0])
        if c == "g":
            return _mayfly_dt_pad(iso[0] % 100, 2, flag)
        return _mayfly_dt_pad(iso[1], 2, flag)
    nums = {"d": (f[2], 2), "m": (f[1], 2), "y": (y % 100, 2), "H": (f[3], 2), "I": ((f[3] + 11) % 12 + 1, 2), "M": (f[4], 2), "S": (f[5], 2), "j": (yday, 3), "u": (wd + 1, 1), "w": ((wd + 1) % 7, 1), "U": ((yday + 6 - (wd + 1) % 7) // 7, 2), "W": ((yday + 6 - wd) // 7, 2)}
    if c in nums:
        v = nums[c]
        return _mayfly_dt_pad(v[0], v[1], flag)
    return None


def _mayfly_dt_strftime(o, fmt):
    f = _mayfly_dt_fields(o)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i = i + 1
            continue
        d = fmt[i + 1]
        flag = ""
        j = i + 1
        if d in "-_0^" and i + 2 < n:
            flag = d
            j = i + 2
            d = fmt[j]
        if flag != "" and (d == "f" or d == "z" or d == "Z"):
            # glibc's own %z and %Z know no zone; %f is CPython's only.
            if d == "f" and flag == "^":
                out.append(fmt[i:j + 1].upper())
            elif d == "f":
                out.append(fmt[i:j + 1])
        elif d == "f":
            out.append("%06d" % f[6])
        elif d == "z" or d == "Z":
            off = None
            if not isinstance(o, _mayfly_dt_time) and not isinstance(o, _mayfly_dt_datetime):
                off = None
            elif d == "z":
                off = o.utcoffset()
            if d == "z" and off is not None:
                out.append(_mayfly_dt_offset_str(off, ""))
            elif d == "Z" and (isinstance(o, _mayfly_dt_time) or isinstance(o, _mayfly_dt_datetime)):
                name = o.tzname()
                if name is not None:
                    out.append(name)
        else:
            pad = flag
            if flag == "^":
                pad = ""
            t = _mayfly_dt_directive(o, f, d, pad)
            if t is None and flag == "^":
                out.append(fmt[i:j + 1].upper())
            elif t is None:
                out.append(fmt[i:j + 1])
            elif flag == "^" and d != "P":
                out.append(t.upper())
            else:
                out.append(t)
        i = j + 1
    return "".join(out)
