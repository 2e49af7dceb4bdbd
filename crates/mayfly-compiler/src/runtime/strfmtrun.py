# str.format and str.format_map on a str known only at run time (a str
# literal's format is parsed by the compiler, front/strformat.rs), with
# CPython's field grammar {name[.attr][[key]]...[!conv][:spec]}, fields
# nested one level in a spec, automatic and manual numbering, and its
# errors. Each field's value goes through format_ (fmtspec.py).

# The numbering of the format being rendered: the next automatic index,
# and 0 (none yet), 1 (automatic) or 2 (manual). Saved and restored
# around each call, since a __str__ called while formatting may format.
sf_next: i32 = 0
sf_mode: i32 = 0


def str_format_rt(fmt: i64, pos: i64, kw: i64) -> i64:
    # fmt.format(*pos, **kw): pos a list, kw a dict.
    if typeof(fmt) != TAG_STR:
        return no_method(fmt, "format")
    return sf_call(i32(fmt), pos, kw)


def m_format_map(v: i64, mapping: i64) -> i64:
    if need_str(v, "format_map") == 0:
        return 0
    return sf_call(i32(v), 0, mapping)


def sf_call(fmt: i32, pos: i64, kw: i64) -> i64:
    next_ = sf_next
    mode = sf_mode
    sf_next = 0
    sf_mode = 0
    r = sf_render(fmt, pos, kw, 0)
    sf_next = next_
    sf_mode = mode
    if exc != 0:
        return 0
    return u64(r)


def sf_render(s: i32, pos: i64, kw: i64, depth: i32) -> i32:
    if depth > 1:
        raise_(EXC_VALUE, "Max string recursion exceeded")
        return ""
    p = Str.data[s]
    n = Str.nbytes[s]
    b = sb_new(n + 16)
    i = 0
    while i < n:
        c = load8(p + i)
        if c == 123:
            if i + 1 < n and load8(p + i + 1) == 123:
                sb_byte(b, 123)
                i += 2
                continue
            if i + 1 >= n:
                raise_(EXC_VALUE, "Single '{' encountered in format string")
                return ""
            # The field runs to its '}', counting the braces of nested
            # fields in its spec.
            j = i + 1
            open_ = 1
            while j < n:
                cj = load8(p + j)
                if cj == 123:
                    open_ += 1
                elif cj == 125:
                    open_ -= 1
                    if open_ == 0:
                        break
                j += 1
            if j >= n:
                raise_(EXC_VALUE, "expected '}' before end of string")
                return ""
            r = sf_field(p + i + 1, j - i - 1, pos, kw, depth)
            if exc != 0:
                return ""
            sb_str(b, r)
            i = j + 1
        elif c == 125:
            if i + 1 < n and load8(p + i + 1) == 125:
                sb_byte(b, 125)
                i += 2
                continue
            raise_(EXC_VALUE, "Single '}' encountered in format string")
            return ""
        else:
            start = i
            while i < n and load8(p + i) != 123 and load8(p + i) != 125:
                i += 1
            sb_bytes(b, p + start, i - start)
    return sb_done(b)


def sf_field(fp: i32, fn: i32, pos: i64, kw: i64, depth: i32) -> i32:
    # One field's text between its braces.
    k = 0
    while k < fn and load8(fp + k) != 33 and load8(fp + k) != 58:
        if load8(fp + k) == 91:
            while k < fn and load8(fp + k) != 93:
                k += 1
            if k >= fn:
                raise_(EXC_VALUE, "expected '}' before end of string")
                return ""
        k += 1
    conv = 0
    spec_at = fn
    if k < fn and load8(fp + k) == 33:
        if k + 1 >= fn:
            raise_(EXC_VALUE, "unmatched '{' in format spec")
            return ""
        conv = load8(fp + k + 1)
        if k + 2 < fn and load8(fp + k + 2) != 58:
            raise_(EXC_VALUE, "expected ':' after conversion specifier")
            return ""
        if conv != 114 and conv != 115 and conv != 97:
            e = sb_new(40)
            sb_str(e, "Unknown conversion specifier ")
            sb_char(e, decode_cp(fp + k + 1, utf8_len(conv)))
            raise_(EXC_VALUE, sb_done(e))
            return ""
        spec_at = k + 3
    elif k < fn:
        spec_at = k + 1
    v = sf_lookup(fp, k, pos, kw)
    if exc != 0:
        return ""
    spec = ""
    if spec_at < fn:
        spec = str_from(fp + spec_at, fn - spec_at)
        if str_find(spec, "{", 0) >= 0:
            spec = sf_render(spec, pos, kw, depth + 1)
            if exc != 0:
                return ""
    if conv == 114:
        v = u64(repr_(v))
    elif conv == 115:
        v = u64(str_(v))
    elif conv == 97:
        v = u64(ascii_(v))
    if exc != 0:
        return ""
    return format_(v, spec)


def sf_lookup(fp: i32, n: i32, pos: i64, kw: i64) -> i64:
    # The value a field name names: an argument, then its attributes
    # and items.
    k = 0
    digits = 1
    while k < n and load8(fp + k) != 46 and load8(fp + k) != 91:
        if is_digit(load8(fp + k)) == 0:
            digits = 0
        k += 1
    v: i64 = 0
    if k == 0 or digits:
        if pos == 0:
            raise_(EXC_VALUE, "Format string contains positional fields")
            return 0
        idx = 0
        if k == 0:
            if sf_mode == 2:
                raise_(EXC_VALUE, "cannot switch from manual field specification to automatic field numbering")
                return 0
            sf_mode = 1
            idx = sf_next
            sf_next += 1
        else:
            if sf_mode == 1:
                raise_(EXC_VALUE, "cannot switch from automatic field numbering to manual field specification")
                return 0
            sf_mode = 2
            idx = i32(intval(int_(u64(str_from(fp, k)), 0)))
        if idx >= seq_len(pos):
            e = sb_new(64)
            sb_str(e, "Replacement index ")
            sb_int(e, i64(idx))
            sb_str(e, " out of range for positional args tuple")
            raise_(EXC_INDEX, sb_done(e))
            return 0
        v = load64(items_of(pos) + 8 * idx)
    else:
        name = u64(str_from(fp, k))
        if kw == 0:
            return key_error(name)
        v = getitem(kw, name)
        if exc != 0:
            return 0
    while k < n:
        c = load8(fp + k)
        k += 1
        start = k
        if c == 46:
            while k < n and load8(fp + k) != 46 and load8(fp + k) != 91:
                k += 1
            if k == start:
                raise_(EXC_VALUE, "Empty attribute in format string")
                return 0
            v = sf_attr(v, str_from(fp + start, k - start))
        else:
            while k < n and load8(fp + k) != 93:
                k += 1
            if k >= n:
                raise_(EXC_VALUE, "Missing ']' in format string")
                return 0
            if k == start:
                raise_(EXC_VALUE, "Empty attribute in format string")
                return 0
            key = u64(str_from(fp + start, k - start))
            if all_digits(fp + start, k - start):
                key = int_(key, 0)
            v = getitem(v, key)
            k += 1
            if exc == 0 and k < n and load8(fp + k) != 46 and load8(fp + k) != 91:
                raise_(EXC_VALUE, "Only '.' or '[' may follow ']' in format field specifier")
                return 0
        if exc != 0:
            return 0
    return v


def all_digits(p: i32, n: i32) -> i32:
    i = 0
    while i < n:
        if is_digit(load8(p + i)) == 0:
            return 0
        i += 1
    return 1


def sf_attr(v: i64, name: i32) -> i64:
    # {0.name}: a program with classes looks it up as getattr() does; in
    # one without, the values are builtins, whose attributes mayfly
    # cannot look up by a computed name.
    if CLASSES:
        return getattr_(v, name)
    s = sb_new(64)
    sb_str(s, "format field attributes ('.")
    sb_str(s, name)
    sb_str(s, "') are only supported on instances of classes by mayfly")
    raise_(EXC_NOT_IMPLEMENTED, sb_done(s))
    return 0
