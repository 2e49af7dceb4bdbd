# string.Template. Template is a user class (Type) made once by st_base
# with flag CLS_STRING (its repr names it string.Template; subclasses do
# not inherit the flag, as their module is the tenant's). Its namespace
# holds the runtime methods the compiler passes in (front/template.rs),
# so `class T(Template): delimiter = "%"` is ordinary inheritance.
#
# CPython finds placeholders with a pattern it compiles from the class's
# delimiter and idpattern; the scanner here is that pattern's meaning for
# the default idpattern, under the flags CPython gives it (IGNORECASE,
# the id part ASCII-only): at each delimiter, in this order,
#   a second delimiter  (escaped: the delimiter itself is written)
#   [_a-z][_a-z0-9]*    (named)
#   {[_a-z][_a-z0-9]*}  (braced)
#   nothing             (invalid: substitute raises, safe_substitute
#                        keeps the delimiter)
# A class that changes idpattern, braceidpattern, flags or pattern is a
# compile error (front/template.rs); one changed at run time is refused
# here by st_check, never ignored.

CLS_STRING = 16

# The Template class, made on first use.
template_base: i64 = 0


def st_base(init_m: i64, sub_m: i64, safe_m: i64, ids_m: i64, valid_m: i64) -> i64:
    if template_base != 0:
        return template_base
    c = class_new("Template", u64(tuple_of(0)))
    Type.flags[i32(c)] = Type.flags[i32(c)] | CLS_STRING
    class_store(i32(c), "__init__", init_m)
    class_store(i32(c), "substitute", sub_m)
    class_store(i32(c), "safe_substitute", safe_m)
    class_store(i32(c), "get_identifiers", ids_m)
    class_store(i32(c), "is_valid", valid_m)
    class_store(i32(c), "delimiter", u64("$"))
    class_store(i32(c), "idpattern", u64("(?a:[_a-z][_a-z0-9]*)"))
    class_store(i32(c), "braceidpattern", NONE)
    template_base = c
    return c


def st_type_error(what: i32, tail: i32) -> i64:
    s = sb_new(96)
    sb_str(s, "Template.")
    sb_str(s, what)
    sb_str(s, tail)
    raise_(EXC_TYPE, sb_done(s))
    return 0


def st_kw_error(what: i32, name: i32) -> i64:
    s = sb_new(96)
    sb_str(s, "Template.")
    sb_str(s, what)
    sb_str(s, "() got an unexpected keyword argument '")
    sb_str(s, name)
    sb_byte(s, 39)
    raise_(EXC_TYPE, sb_done(s))
    return 0


def st_init(env: i32, args: i32, n: i32) -> i64:
    # __init__(self, template): stored as the attribute `template`, any
    # value (CPython checks it only when a method scans it).
    names = kw_names
    kw_names = 0
    nk = 0
    if names != 0:
        nk = Tuple.len[names]
    npos = n - nk
    if npos > 2:
        s = sb_new(80)
        sb_str(s, "Template.__init__() takes 2 positional arguments but ")
        sb_int(s, i64(npos))
        sb_str(s, " were given")
        raise_(EXC_TYPE, sb_done(s))
        return 0
    v: i64 = 0
    if npos == 2:
        v = load64(args + 8)
    j = 0
    while j < nk:
        name = i32(load64(Tuple.items[names] + 8 * j))
        if str_eq(name, "template") == 0:
            return st_kw_error("__init__", name)
        if v != 0:
            return st_type_error("__init__", "() got multiple values for argument 'template'")
        v = load64(args + 8 * (npos + j))
        j += 1
    if v == 0:
        return st_type_error("__init__", "() missing 1 required positional argument: 'template'")
    setattr_(load64(args), "template", v)
    if exc != 0:
        return 0
    return NONE


def st_substitute(env: i32, args: i32, n: i32) -> i64:
    return st_call(args, n, 0, "substitute")


def st_safe_substitute(env: i32, args: i32, n: i32) -> i64:
    return st_call(args, n, 1, "safe_substitute")


def st_get_identifiers(env: i32, args: i32, n: i32) -> i64:
    return st_call(args, n, 2, "get_identifiers")


def st_is_valid(env: i32, args: i32, n: i32) -> i64:
    return st_call(args, n, 3, "is_valid")


def st_call(args: i32, n: i32, mode: i32, what: i32) -> i64:
    # The arguments of a method: substitute and safe_substitute take
    # (self, mapping=<none>, /, **kws), the others only self.
    names = kw_names
    kw_names = 0
    nk = 0
    if names != 0:
        nk = Tuple.len[names]
    npos = n - nk
    if npos == 0:
        return st_type_error(what, "() missing 1 required positional argument: 'self'")
    if mode >= 2:
        if npos > 1:
            s = sb_new(96)
            sb_str(s, "Template.")
            sb_str(s, what)
            sb_str(s, "() takes 1 positional argument but ")
            sb_int(s, i64(npos))
            sb_str(s, " were given")
            raise_(EXC_TYPE, sb_done(s))
            return 0
        if nk > 0:
            return st_kw_error(what, i32(load64(Tuple.items[names])))
        return st_run(load64(args), 0, 0, mode)
    if npos > 2:
        s = sb_new(96)
        sb_str(s, "Template.")
        sb_str(s, what)
        sb_str(s, "() takes from 1 to 2 positional arguments but ")
        sb_int(s, i64(npos))
        sb_str(s, " were given")
        raise_(EXC_TYPE, sb_done(s))
        return 0
    kws = native_kwargs(args, npos, names)
    if npos == 1:
        # No mapping: the keywords are it.
        if kws == 0:
            kws = dict_new()
        return st_run(load64(args), kws, 0, mode)
    return st_run(load64(args), load64(args + 8), kws, mode)


def st_check(o: i64) -> i32:
    # 1 with NotImplementedError raised when o's class changed what mayfly
    # does not read (the patterns and flags).
    c = class_of(o)
    if c == 0 or template_base == 0:
        return 0
    b = i32(template_base)
    bad = 0
    if type_lookup(c, u64("idpattern")) != type_lookup(b, u64("idpattern")):
        bad = "idpattern"
    elif type_lookup(c, u64("braceidpattern")) != type_lookup(b, u64("braceidpattern")):
        bad = "braceidpattern"
    elif type_lookup(c, u64("pattern")) != 0:
        bad = "pattern"
    elif type_lookup(c, u64("flags")) != 0:
        bad = "flags"
    if bad == 0:
        return 0
    s = sb_new(96)
    sb_str(s, "a string.Template class with its own ")
    sb_str(s, bad)
    sb_str(s, " is not supported (only delimiter may change)")
    raise_(EXC_NOT_IMPLEMENTED, sb_done(s))
    return 1


def st_text(o: i64) -> i32:
    # The template as a str; 0 with CPython's TypeError (re's) raised.
    t = getattr_(o, "template")
    if exc != 0:
        return 0
    if typeof(t) == TAG_STR:
        return i32(t)
    if typeof(t) == TAG_BYTES:
        raise_(EXC_TYPE, "cannot use a string pattern on a bytes-like object")
        return 0
    s = sb_new(64)
    sb_str(s, "expected string or bytes-like object, got '")
    sb_str(s, type_name(t))
    sb_byte(s, 39)
    raise_(EXC_TYPE, sb_done(s))
    return 0


def st_delimiter(o: i64) -> i32:
    # self.delimiter as a str mayfly can match; 0 with an error raised.
    d = getattr_(o, "delimiter")
    if exc != 0:
        return 0
    if typeof(d) != TAG_STR:
        s = sb_new(64)
        sb_str(s, "Template.delimiter must be a str, not '")
        sb_str(s, type_name(d))
        sb_byte(s, 39)
        raise_(EXC_TYPE, sb_done(s))
        return 0
    p = Str.data[i32(d)]
    n = Str.nbytes[i32(d)]
    ok = n > 0
    i = 0
    while i < n:
        k = utf8_len(load8(p + i))
        if k > 1 and is_cased_cp(decode_cp(p + i, k)):
            # CPython matches it ignoring case by Unicode's rules.
            ok = 0
        i += k
    if ok == 0:
        raise_(EXC_NOT_IMPLEMENTED, "an empty Template.delimiter, or one with a non-ASCII letter, is not supported")
        return 0
    return i32(d)


def st_delim_at(p: i32, n: i32, i: i32, d: i32) -> i32:
    # Does the template (p, n bytes) have delimiter d at byte i? ASCII
    # letters match ignoring case (the pattern's IGNORECASE).
    dn = Str.nbytes[d]
    dp = Str.data[d]
    if i + dn > n:
        return 0
    j = 0
    while j < dn:
        a = load8(p + i + j)
        b = load8(dp + j)
        if a != b:
            la = a | 32
            if la != (b | 32) or la < 97 or la > 122:
                return 0
        j += 1
    return 1


def st_id_len(p: i32, n: i32, q: i32) -> i32:
    # The length of [_a-zA-Z][_a-zA-Z0-9]* at byte q, 0 for none.
    k = 0
    while q + k < n:
        c = load8(p + q + k)
        lc = c | 32
        if c == 95 or (lc >= 97 and lc <= 122) or (k > 0 and c >= 48 and c <= 57):
            k += 1
        else:
            return k
    return k


def st_lookup(mapping: i64, kws: i64, name: i64) -> i64:
    # mapping[name], the keywords first when there are both (CPython
    # looks in ChainMap(kws, mapping), whose miss is KeyError(name)).
    if kws == 0:
        return getitem(mapping, name)
    e = dict_lookup(kws, name)
    if e != 0:
        return Entry.value[e]
    try_depth += 1
    v = getitem(mapping, name)
    try_depth -= 1
    if exc != 0:
        if exc_matches(Exc.kind[i32(exc)], EXC_KEY) == 0:
            return 0
        exc = 0
        return key_error(name)
    return v


def st_run(o: i64, mapping: i64, kws: i64, mode: i32) -> i64:
    # mode 0 substitute, 1 safe_substitute, 2 get_identifiers, 3 is_valid.
    t = st_text(o)
    if t == 0:
        return 0
    if st_check(o):
        return 0
    d = st_delimiter(o)
    if d == 0:
        return 0
    p = Str.data[t]
    n = Str.nbytes[t]
    dn = Str.nbytes[d]
    b = 0
    ids: i64 = 0
    if mode <= 1:
        b = sb_new(n + 16)
    elif mode == 2:
        ids = list_new()
    done = 0
    i = 0
    while i < n:
        if st_delim_at(p, n, i, d) == 0:
            i += 1
            continue
        q = i + dn
        name_at = 0
        name_len = 0
        end = q
        if st_delim_at(p, n, q, d):
            end = q + dn
        else:
            k = st_id_len(p, n, q)
            if k > 0:
                name_at = q
                name_len = k
                end = q + k
            elif q < n and load8(p + q) == 123:
                k = st_id_len(p, n, q + 1)
                if k > 0 and q + 1 + k < n and load8(p + q + 1 + k) == 125:
                    name_at = q + 1
                    name_len = k
                    end = q + k + 2
        if mode <= 1:
            sb_bytes(b, p + done, i - done)
        if name_len > 0:
            name = u64(str_from(p + name_at, name_len))
            if mode == 0:
                v = st_lookup(mapping, kws, name)
                if exc != 0:
                    return 0
                sb_str(b, str_(v))
                if exc != 0:
                    return 0
            elif mode == 1:
                try_depth += 1
                v = st_lookup(mapping, kws, name)
                s = 0
                if exc == 0:
                    s = str_(v)
                try_depth -= 1
                if exc != 0:
                    if exc_matches(Exc.kind[i32(exc)], EXC_KEY) == 0:
                        return 0
                    exc = 0
                    sb_bytes(b, p + i, end - i)
                else:
                    sb_str(b, s)
            elif mode == 2:
                if st_has(ids, name) == 0:
                    list_append(ids, name)
        elif end > q:
            if mode <= 1:
                sb_str(b, d)
        else:
            # The delimiter with no valid placeholder after it.
            if mode == 0:
                st_invalid(p, q)
                return 0
            if mode == 1:
                sb_bytes(b, p + i, q - i)
            elif mode == 3:
                return FALSE
        done = end
        i = end
    if mode <= 1:
        sb_bytes(b, p + done, n - done)
        return u64(sb_done(b))
    if mode == 2:
        return ids
    return TRUE


def st_has(ids: i64, name: i64) -> i32:
    i = 0
    while i < List.len[i32(ids)]:
        if str_eq(i32(load64(List.items[i32(ids)] + 8 * i)), i32(name)):
            return 1
        i += 1
    return 0


def st_invalid(p: i32, end: i32) -> None:
    # CPython's ValueError for an invalid placeholder whose delimiter ends
    # at byte `end`: the line is the count of template[:end].splitlines(
    # keepends=True), the column the characters of its last line.
    nlines = 0
    cp = 0
    cur = 0
    last = 0
    i = 0
    while i < end:
        k = utf8_len(load8(p + i))
        c = decode_cp(p + i, k)
        i += k
        cp += 1
        brk = 0
        if c == 13:
            if i < end and load8(p + i) == 10:
                i += 1
                cp += 1
            brk = 1
        elif c == 10 or c == 11 or c == 12 or (c >= 28 and c <= 30) or c == 133 or c == 8232 or c == 8233:
            brk = 1
        if brk:
            nlines += 1
            last = cur
            cur = cp
    if cur < cp:
        nlines += 1
        last = cur
    s = sb_new(64)
    sb_str(s, "Invalid placeholder in string: line ")
    sb_int(s, i64(nlines))
    sb_str(s, ", col ")
    sb_int(s, i64(cp - last))
    raise_(EXC_VALUE, sb_done(s))
