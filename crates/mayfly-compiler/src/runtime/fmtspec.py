# format(v, spec), f"{v:spec}" and str.format fields: the format-spec
# mini-language as CPython 3.11 parses it,
#     [[fill]align][sign][z][#][0][width][grouping][.precision][type],
# with its ValueErrors, and the dispatch by the value's type. Numbers are
# laid out in fmtnum.py.

# The parsed spec. One spec is formatted at a time (nothing a format
# calls formats another), so the fields live in globals.
fs_fill: i32 = 32
# 0 for the type's default, else '<' '>' '=' '^'.
fs_align: i32 = 0
# 0, '+', '-' or ' '.
fs_sign: i32 = 0
fs_z: i32 = 0
fs_alt: i32 = 0
fs_width: i32 = 0
# 0, ',' or '_'; fs_every is the group size (3, or 4 for '_' in b o x X).
fs_group: i32 = 0
fs_every: i32 = 3
fs_prec: i32 = -1
# The type's code point, 0 for none.
fs_type: i32 = 0
# The number fs_digits read last.
fs_num: i32 = 0


def format_empty(v: i64) -> i32:
    # f"{v}" in a program whose classes define __format__.
    return format_(v, "")


def format_(v: i64, spec: i32) -> i32:
    t = typeof(v)
    k = num_kind(v)
    if CLASSES:
        if t == TAG_INST:
            hk = inst_format(v, spec)
            if hk != 0 or exc != 0:
                return hk
    if Str.nbytes[spec] == 0:
        return str_(v)
    if t == TAG_STR:
        if fs_parse(spec, v, 0) == 0:
            return ""
        return fmt_str(v)
    if DATETIME:
        if t == TAG_INST:
            if dt_has_strftime(v):
                return dt_format(v, spec)
    if ENUMS:
        if is_enum_member(v):
            return en_format(v, spec)
    if k == 0:
        s = sb_new(48)
        sb_str(s, "unsupported format string passed to ")
        sb_str(s, type_name(v))
        sb_str(s, ".__format__")
        raise_(EXC_TYPE, sb_done(s))
        return ""
    if fs_parse(spec, v, 1) == 0:
        return ""
    if k == 2:
        return fmt_float(floatval(v), v)
    return fmt_int(v)


def is_align(c: i32) -> i32:
    return c == 60 or c == 62 or c == 61 or c == 94


def fs_parse(spec: i32, v: i64, numeric: i32) -> i32:
    # Fills the fs_ globals from spec; 0 with CPython's ValueError raised.
    # numeric: the type aligns right by default, so a '0' flag means '='.
    p = Str.data[spec]
    n = Str.nbytes[spec]
    fs_fill = 32
    fs_align = 0
    fs_sign = 0
    fs_z = 0
    fs_alt = 0
    fs_width = 0
    fs_group = 0
    fs_every = 3
    fs_prec = -1
    fs_type = 0
    fill_given = 0
    i = 0
    k = utf8_len(load8(p))
    if k < n and is_align(load8(p + k)):
        fs_fill = decode_cp(p, k)
        fs_align = load8(p + k)
        fill_given = 1
        i = k + 1
    elif is_align(load8(p)):
        fs_align = load8(p)
        i = 1
    if i < n and (load8(p + i) == 43 or load8(p + i) == 45 or load8(p + i) == 32):
        fs_sign = load8(p + i)
        i += 1
    if i < n and load8(p + i) == 122:
        fs_z = 1
        i += 1
    if i < n and load8(p + i) == 35:
        fs_alt = 1
        i += 1
    if i < n and load8(p + i) == 48 and fill_given == 0:
        fs_fill = 48
        if fs_align == 0 and numeric:
            fs_align = 61
        i += 1
    i = fs_digits(p, i, n)
    if exc != 0:
        return 0
    fs_width = fs_num
    if i < n and (load8(p + i) == 44 or load8(p + i) == 95):
        fs_group = load8(p + i)
        i += 1
        if i < n and (load8(p + i) == 44 or load8(p + i) == 95) and load8(p + i) != fs_group:
            raise_(EXC_VALUE, "Cannot specify both ',' and '_'.")
            return 0
    if i < n and load8(p + i) == 46:
        i += 1
        if i >= n or is_digit(load8(p + i)) == 0:
            raise_(EXC_VALUE, "Format specifier missing precision")
            return 0
        i = fs_digits(p, i, n)
        if exc != 0:
            return 0
        fs_prec = fs_num
    if i < n:
        k = utf8_len(load8(p + i))
        if i + k != n:
            s = sb_new(64)
            sb_str(s, "Invalid format specifier '")
            sb_str(s, spec)
            sb_str(s, "' for object of type '")
            sb_str(s, type_name(v))
            sb_byte(s, 39)
            raise_(EXC_VALUE, sb_done(s))
            return 0
        fs_type = decode_cp(p + i, k)
    if fs_group != 0:
        return fs_check_group(v)
    return 1


def fs_digits(p: i32, i: i32, n: i32) -> i32:
    # The decimal number at p + i (none is 0) into fs_num; returns where
    # it ends.
    w: i64 = 0
    while i < n and is_digit(load8(p + i)):
        w = w * 10 + i64(load8(p + i) - 48)
        if w > 2147483647:
            raise_(EXC_VALUE, "Too many decimal digits in format string")
            return i
        i += 1
    fs_num = i32(w)
    return i


def fs_check_group(v: i64) -> i32:
    # PEP 378 and 515: ',' and '_' group the decimal types by three; '_'
    # also groups b, o, x and X by four.
    t = fs_type
    if t == 0:
        if typeof(v) == TAG_STR:
            t = 115
        elif num_kind(v) != 2:
            t = 100
    if t == 0 or t == 100 or t == 101 or t == 102 or t == 103 or t == 69 or t == 70 or t == 71 or t == 37:
        return 1
    if fs_group == 95 and (t == 98 or t == 111 or t == 120 or t == 88):
        fs_every = 4
        return 1
    s = sb_new(40)
    sb_str(s, "Cannot specify '")
    sb_byte(s, fs_group)
    sb_str(s, "' with ")
    sb_code(s, t)
    sb_byte(s, 46)
    raise_(EXC_VALUE, sb_done(s))
    return 0


def sb_code(s: i32, c: i32) -> None:
    # A presentation type in an error: quoted, or '\x..' when unprintable
    # or beyond ASCII, as CPython writes it.
    sb_byte(s, 39)
    if c > 32 and c < 127:
        sb_byte(s, c)
    else:
        sb_str(s, "\\x")
        radix_into(s, i64(c), 4)
    sb_byte(s, 39)


def unknown_code(v: i64) -> i32:
    s = sb_new(64)
    sb_str(s, "Unknown format code ")
    sb_code(s, fs_type)
    sb_str(s, " for object of type '")
    sb_str(s, type_name(v))
    sb_byte(s, 39)
    raise_(EXC_VALUE, sb_done(s))
    return ""


def fmt_str(v: i64) -> i32:
    if fs_type != 0 and fs_type != 115:
        return unknown_code(v)
    if fs_sign != 0:
        raise_(EXC_VALUE, "Sign not allowed in string format specifier")
        return ""
    if fs_z:
        raise_(EXC_VALUE, "Negative zero coercion (z) not allowed in string format specifier")
        return ""
    if fs_alt:
        raise_(EXC_VALUE, "Alternate form (#) not allowed in string format specifier")
        return ""
    if fs_align == 61:
        raise_(EXC_VALUE, "'=' alignment not allowed in string format specifier")
        return ""
    s = i32(v)
    if fs_prec >= 0 and fs_prec < Str.nchars[s]:
        s = i32(getslice(v, NONE, mkint(i64(fs_prec)), NONE))
    align = fs_align
    if align == 0:
        align = 60
    return fs_pad(s, align)


def fs_pad(s: i32, align: i32) -> i32:
    # s padded with the fill to the width: '<' on the right, '>' on the
    # left, '^' both sides (the odd one on the right).
    n = Str.nchars[s]
    if fs_width <= n:
        return s
    total = fs_width - n
    left = 0
    if align == 62:
        left = total
    elif align == 94:
        left = total / 2
    b = sb_new(fs_width + 8)
    fill_n(b, left)
    sb_str(b, s)
    fill_n(b, total - left)
    return sb_done(b)


def fill_n(b: i32, k: i32) -> None:
    while k > 0:
        sb_char(b, fs_fill)
        k -= 1

