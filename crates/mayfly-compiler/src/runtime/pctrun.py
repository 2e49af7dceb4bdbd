# printf-style `fmt % args` where fmt is known only at run time (a str
# literal on the left is parsed by the compiler, front/percent.rs). Each
# conversion becomes a format spec for format_, after pct.py's checks,
# so both paths render alike; the argument rules are CPython's: a tuple
# gives the values in order, a mapping (dict or list) the %(key) values,
# anything else is the one value.


def pct_run(fmt: i32, args: i64) -> i64:
    p = Str.data[fmt]
    n = Str.nbytes[fmt]
    t = typeof(args)
    dict_: i64 = 0
    if t == TAG_DICT or t == TAG_LIST:
        dict_ = args
    items = 0
    count = 1
    if t == TAG_TUPLE:
        items = Tuple.items[i32(args)]
        count = Tuple.len[i32(args)]
    used = 0
    b = sb_new(n + 16)
    i = 0
    while i < n:
        c = load8(p + i)
        if c != 37:
            start = i
            while i < n and load8(p + i) != 37:
                i += 1
            sb_bytes(b, p + start, i - start)
            continue
        i += 1
        if i < n and load8(p + i) == 37:
            sb_byte(b, 37)
            i += 1
            continue
        v: i64 = 0
        if i < n and load8(p + i) == 40:
            if dict_ == 0:
                raise_(EXC_TYPE, "format requires a mapping")
                return 0
            i += 1
            kstart = i
            depth = 1
            while i < n and depth > 0:
                if load8(p + i) == 40:
                    depth += 1
                elif load8(p + i) == 41:
                    depth -= 1
                i += 1
            if depth > 0:
                raise_(EXC_VALUE, "incomplete format key")
                return 0
            key = str_from(p + kstart, i - 1 - kstart)
            v = getitem(dict_, u64(key))
            if exc != 0:
                return 0
        # Flags, as letters of the spec they become.
        left = 0
        zero = 0
        sign = 0
        alt = 0
        while i < n:
            f = load8(p + i)
            if f == 45:
                left = 1
            elif f == 48:
                zero = 1
            elif f == 43:
                sign = 43
            elif f == 32:
                if sign == 0:
                    sign = 32
            elif f == 35:
                alt = 1
            else:
                break
            i += 1
        width = -1
        if i < n and load8(p + i) == 42:
            i += 1
            if used >= count:
                return pct_too_few()
            width = i32(pct_star(pct_item(args, items, used)))
            used += 1
            if exc != 0:
                return 0
            if width < 0:
                left = 1
                width = 0 - width
        else:
            while i < n and is_digit(load8(p + i)):
                if width < 0:
                    width = 0
                width = width * 10 + load8(p + i) - 48
                i += 1
        prec = -1
        if i < n and load8(p + i) == 46:
            i += 1
            prec = 0
            if i < n and load8(p + i) == 42:
                i += 1
                if used >= count:
                    return pct_too_few()
                prec = i32(pct_star(pct_item(args, items, used)))
                used += 1
                if exc != 0:
                    return 0
                if prec < 0:
                    prec = 0
            else:
                while i < n and is_digit(load8(p + i)):
                    prec = prec * 10 + load8(p + i) - 48
                    i += 1
        while i < n and (load8(p + i) == 104 or load8(p + i) == 108 or load8(p + i) == 76):
            i += 1
        if i >= n:
            raise_(EXC_VALUE, "incomplete format")
            return 0
        kind = load8(p + i)
        at = i
        i += 1
        # The value is taken before the letter is checked, as CPython.
        if v == 0:
            if used >= count:
                return pct_too_few()
            v = pct_item(args, items, used)
            used += 1
        if pct_kind_ok(kind) == 0:
            return pct_bad_char(fmt, at)
        r = pct_one(v, kind, left, zero, sign, alt, width, prec)
        if exc != 0:
            return 0
        sb_str(b, r)
    if used < count and dict_ == 0:
        raise_(EXC_TYPE, "not all arguments converted during string formatting")
        return 0
    return u64(sb_done(b))


def pct_item(args: i64, items: i32, k: i32) -> i64:
    if items == 0:
        return args
    return load64(items + 8 * k)


def pct_too_few() -> i64:
    raise_(EXC_TYPE, "not enough arguments for format string")
    return 0


def pct_kind_ok(c: i32) -> i32:
    # d i u o x X e E f F g G c r s a
    if c == 100 or c == 105 or c == 117 or c == 111 or c == 120 or c == 88:
        return 1
    if c == 101 or c == 69 or c == 102 or c == 70 or c == 103 or c == 71:
        return 1
    if c == 99 or c == 114 or c == 115 or c == 97:
        return 1
    return 0


def pct_bad_char(fmt: i32, at: i32) -> i64:
    # CPython names the character (printable ASCII, else '?'), its code
    # and its index in characters.
    p = Str.data[fmt]
    k = utf8_len(load8(p + at))
    cp = decode_cp(p + at, k)
    s = sb_new(64)
    sb_str(s, "unsupported format character '")
    if cp >= 32 and cp < 127:
        sb_byte(s, cp)
    else:
        sb_byte(s, 63)
    sb_str(s, "' (0x")
    radix_into(s, i64(cp), 4)
    sb_str(s, ") at index ")
    sb_int(s, i64(chars_before(p, at)))
    raise_(EXC_VALUE, sb_done(s))
    return 0


def chars_before(p: i32, at: i32) -> i32:
    k = 0
    i = 0
    while i < at:
        if (load8(p + i) & 192) != 128:
            k += 1
        i += 1
    return k


def pct_one(v: i64, kind: i32, left: i32, zero: i32, sign: i32, alt: i32, width: i32, prec: i32) -> i32:
    # One conversion: the value checked and converted as pct.py does for
    # literal formats, then format_ with the equivalent spec.
    s = sb_new(16)
    is_str = 0
    if kind == 115 or kind == 114 or kind == 97 or kind == 99:
        is_str = 1
    int_kind = 0
    if kind == 100 or kind == 105 or kind == 117 or kind == 111 or kind == 120 or kind == 88:
        int_kind = 1
    if is_str:
        if width >= 0:
            if left:
                sb_byte(s, 60)
            else:
                sb_byte(s, 62)
    else:
        if left and width >= 0:
            sb_byte(s, 60)
        if sign != 0:
            sb_byte(s, sign)
        if alt and kind != 100 and kind != 105 and kind != 117:
            sb_byte(s, 35)
        if zero and left == 0:
            sb_byte(s, 48)
    if width >= 0:
        sb_int(s, i64(width))
    if prec >= 0 and int_kind:
        x = pct_int(v, kind)
        if exc != 0:
            return ""
        return pct_int_prec(x, kind, left, zero, sign, alt, width, prec)
    # %c ignores a precision, as CPython.
    if prec >= 0 and kind != 99:
        sb_byte(s, 46)
        sb_int(s, i64(prec))
    x = v
    if kind == 115:
        x = u64(str_(v))
    elif kind == 114:
        x = u64(repr_(v))
    elif kind == 97:
        x = u64(ascii_(v))
    elif kind == 99:
        x = pct_char(v)
    elif int_kind:
        x = pct_int(v, kind)
        if kind == 105 or kind == 117:
            kind = 100
        sb_byte(s, kind)
    else:
        x = pct_float(v)
        sb_byte(s, kind)
    if exc != 0:
        return ""
    return format_(x, sb_done(s))
