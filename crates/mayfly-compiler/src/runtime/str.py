# str() and repr() of every value, len, indexing, slicing, `in`.


def str_(v: i64) -> i32:
    t = typeof(v)
    if t == TAG_STR:
        return i32(v)
    if t == T_INT or t == TAG_BIG:
        return int_str(intval(v))
    if t == TAG_LONG:
        return repr_(v)
    if t == TAG_EXC:
        return exc_str(v)
    if t == TAG_INST:
        return inst_str(v)
    if NAMEDTUPLE:
        if t == TAG_TUPLE and nt_cls(v) != 0:
            return inst_str(v)
    if UUID and t == TAG_UUID:
        return uu_str(v)
    return repr_(v)


def sb_intv(b: i32, v: i64) -> None:
    # The decimal form of any int value.
    if LONGS and typeof(v) == TAG_LONG:
        long_dec_into(b, v)
        return
    sb_int(b, intval(v))


def str_v(v: i64) -> i64:
    if v == 0:
        return u64("")
    return u64(str_(v))


def repr_v(v: i64) -> i64:
    return u64(repr_(v))


def repr_(v: i64) -> i32:
    b = sb_new(16)
    repr_into(b, v)
    return sb_done(b)


def repr_into(b: i32, v: i64) -> None:
    t = typeof(v)
    if t == T_INT or t == TAG_BIG or t == TAG_LONG:
        sb_intv(b, v)
    elif t == T_NONE:
        sb_str(b, "None")
    elif t == T_BOOL:
        if v == TRUE:
            sb_str(b, "True")
        else:
            sb_str(b, "False")
    elif t == TAG_STR:
        str_repr_into(b, i32(v), 0)
    elif t == TAG_BYTES:
        # b'...': the str rules, plus every non-ASCII byte as \xhh.
        sb_byte(b, 98)
        str_repr_into(b, i32(v), 1)
    elif t == TAG_FLOAT:
        float_repr_into(b, Float.value[i32(v)])
    elif COLLECTIONS and t == TAG_DEQUE:
        dq_repr_into(b, v)
    elif NAMEDTUPLE and (t == TAG_TUPLE and nt_cls(v) != 0):
        inst_repr_into(b, v)
    elif t == TAG_LIST or t == TAG_TUPLE:
        n = seq_len(v)
        p = items_of(v)
        if t == TAG_LIST:
            sb_byte(b, 91)
        else:
            sb_byte(b, 40)
        i = 0
        while i < n:
            if i > 0:
                sb_str(b, ", ")
            repr_into(b, load64(p + 8 * i))
            i += 1
        if t == TAG_LIST:
            sb_byte(b, 93)
        else:
            if n == 1:
                sb_byte(b, 44)
            sb_byte(b, 41)
    elif COLLECTIONS and is_collection(v):
        collection_repr_into(b, v)
    elif t == TAG_DICT:
        sb_byte(b, 123)
        d = i32(v)
        ents = Dict.entries[d]
        used = Dict.used[d]
        first = 1
        i = 0
        while i < used:
            ep = ents + Entry.SIZE * i
            if Entry.key[ep] != 0:
                if first == 0:
                    sb_str(b, ", ")
                first = 0
                repr_into(b, Entry.key[ep])
                sb_str(b, ": ")
                repr_into(b, Entry.value[ep])
            i += 1
        sb_byte(b, 125)
    elif t == TAG_VIEW:
        sb_str(b, type_name(v))
        sb_byte(b, 40)
        repr_into(b, list_from(v))
        sb_byte(b, 41)
    elif t == TAG_RANGE:
        p = i32(v)
        sb_str(b, "range(")
        sb_int(b, Range.start[p])
        sb_str(b, ", ")
        sb_int(b, Range.stop[p])
        if Range.step[p] != 1:
            sb_str(b, ", ")
            sb_int(b, Range.step[p])
        sb_byte(b, 41)
    elif t == TAG_INST:
        inst_repr_into(b, v)
    elif t == TAG_GEN:
        gen_repr_into(b, v)
    elif SETS and is_anyset(v):
        set_repr_into(b, v)
    elif t == TAG_EXC and Exc.cls[i32(v)] != 0:
        inst_repr_into(b, v)
    elif t == TAG_TYPE:
        if ENUMS:
            if is_enum_class(v):
                en_class_repr_into(b, i32(v))
                return
        sb_str(b, "<class '")
        sb_str(b, class_module(i32(v)))
        sb_str(b, Type.name[i32(v)])
        sb_str(b, "'>")
    elif t == TAG_BOUND:
        sb_str(b, "<bound method ")
        sb_str(b, Func.name[i32(Bound.func[i32(v)])])
        sb_str(b, " of ")
        repr_into(b, Bound.self[i32(v)])
        sb_byte(b, 62)
    elif t == TAG_NOTIMPL:
        sb_str(b, "NotImplemented")
    elif t == TAG_TYPEVAR:
        sb_byte(b, 126)
        sb_str(b, TypeVar.name[i32(v)])
    elif t == TAG_EXC:
        sb_str(b, type_name(v))
        a = Exc.arg[i32(v)]
        if Exc.many[i32(v)] != 0:
            repr_into(b, a)
        else:
            sb_byte(b, 40)
            if a != 0:
                repr_into(b, a)
            sb_byte(b, 41)
    elif t == TAG_CLASS:
        sb_str(b, "<class '")
        if RE and Class.kind[i32(v)] == EXC_RE_ERROR:
            sb_str(b, "re.")
        if STATS and Class.kind[i32(v)] == EXC_STATISTICS:
            sb_str(b, "statistics.")
        sb_str(b, exc_name(Class.kind[i32(v)]))
        sb_str(b, "'>")
    elif NATIVES and is_native(v):
        native_repr_into(b, v)
    elif t == TAG_BUILTIN:
        if Builtin.kind[i32(v)] == 1:
            sb_str(b, "<class '")
            sb_str(b, Builtin.name[i32(v)])
            sb_str(b, "'>")
        else:
            sb_str(b, "<built-in function ")
            sb_str(b, Builtin.name[i32(v)])
            sb_byte(b, 62)
    elif t == TAG_FUNC:
        sb_str(b, "<function ")
        sb_str(b, Func.name[i32(v)])
        sb_byte(b, 62)
    elif RANDOM and t == TAG_RANDOM:
        random_repr(b, v)
    elif RE and (t == TAG_RE_PATTERN or t == TAG_RE_MATCH):
        rx_repr(b, v)
    elif HASHLIB and (t == TAG_HASH or t == TAG_HMAC):
        hash_repr(b, v)
    elif URLPARSE and t == TAG_URL_RESULT:
        us_repr(b, v)
    elif UUID and t == TAG_UUID:
        uu_repr(b, v)
    else:
        sb_byte(b, 60)
        sb_str(b, type_name(v))
        sb_str(b, " object>")


def str_repr_into(b: i32, s: i32, raw: i32) -> None:
    # Python picks single quotes unless the text has ' and no ".
    n = Str.nbytes[s]
    q = 39
    i = 0
    has_sq = 0
    has_dq = 0
    while i < n:
        c = load8(Str.data[s] + i)
        if c == 39:
            has_sq = 1
        if c == 34:
            has_dq = 1
        i += 1
    if has_sq and has_dq == 0:
        q = 34
    sb_byte(b, q)
    i = 0
    while i < n:
        c = load8(Str.data[s] + i)
        if c == q or c == 92:
            sb_byte(b, 92)
            sb_byte(b, c)
        elif c == 10:
            sb_str(b, "\\n")
        elif c == 13:
            sb_str(b, "\\r")
        elif c == 9:
            sb_str(b, "\\t")
        elif c < 32 or c == 127 or (raw and c > 127):
            sb_str(b, "\\x")
            sb_byte(b, hexdigit(c >> 4))
            sb_byte(b, hexdigit(c & 15))
        elif c > 127:
            # A character str.isprintable() rejects (U+00A0, U+200B, an
            # unassigned one ...) is escaped, as CPython's repr does.
            k = utf8_len(c)
            cp = decode_cp(Str.data[s] + i, k)
            if not_printable(cp):
                repr_escape(b, cp)
            else:
                sb_bytes(b, Str.data[s] + i, k)
            i += k
            continue
        else:
            sb_byte(b, c)
        i += 1
    sb_byte(b, q)


def not_printable(cp: i32) -> i32:
    # Past U+31350 (PRINTABLE_END in tools/gen_case_tables.py) Unicode 14
    # has only unassigned, private-use and tag characters, all escaped,
    # and the printable variation selectors U+E0100..U+E01EF.
    if cp >= 201552:
        return cp < 917760 or cp > 917999
    return in_ranges(blob_("not_printable"), cp)


def repr_escape(b: i32, cp: i32) -> None:
    # \\xhh below U+0100, \\uhhhh below U+10000, else \\Uhhhhhhhh.
    digits = 8
    sb_byte(b, 92)
    if cp < 256:
        sb_byte(b, 120)
        digits = 2
    elif cp < 65536:
        sb_byte(b, 117)
        digits = 4
    else:
        sb_byte(b, 85)
    while digits > 0:
        digits -= 1
        sb_byte(b, hexdigit((cp >> (4 * digits)) & 15))


def hexdigit(d: i32) -> i32:
    if d < 10:
        return 48 + d
    return 87 + d


def len_(v: i64) -> i64:
    t = typeof(v)
    if t == TAG_STR:
        return mkint(i64(Str.nchars[i32(v)]))
    if t == TAG_LIST or t == TAG_TUPLE or t == TAG_DICT or t == TAG_BYTES:
        # One field for all four (layout test shared_lengths_agree).
        return mkint(i64(List.len[i32(v)]))
    if COLLECTIONS and t == TAG_DEQUE:
        return mkint(i64(List.len[i32(v)]))
    if t == TAG_VIEW:
        return mkint(i64(Dict.len[View.dict[i32(v)]]))
    if t == TAG_RANGE:
        return mkint(i64(range_len(v)))
    if t == TAG_INST:
        return inst_len(v)
    if SETS and is_anyset(v):
        return mkint(i64(Set.len[i32(v)]))
    if URLPARSE and t == TAG_URL_RESULT:
        return mkint(i64(UrlResult.len[i32(v)]))
    if ENUMS and is_enum_class(v):
        return en_len(v)
    s = sb_new(32)
    sb_str(s, "object of type '")
    sb_str(s, type_name(v))
    sb_str(s, "' has no len()")
    raise_(EXC_TYPE, sb_done(s))
    return 0


def char_offset(s: i32, ci: i32) -> i32:
    # Byte offset of code point ci (ASCII strings index directly).
    if Str.nbytes[s] == Str.nchars[s]:
        return ci
    off = 0
    while ci > 0:
        off += utf8_len(load8(Str.data[s] + off))
        ci -= 1
    return off


def getitem(o: i64, k: i64) -> i64:
    # The common cases first, without a call: a list, a tuple or an ASCII
    # str (char i is byte i) indexed by an in-range small int. An object
    # is an even pointer, never below 8.
    if k & 1:
        if (o & 1) == 0:
            if o >= 8:
                p = i32(o)
                tag = load32(p)
                if (
                    tag == TAG_LIST
                    or tag == TAG_TUPLE
                    or (tag == TAG_STR and Str.nbytes[p] == Str.nchars[p])
                ):
                    # List.len, Tuple.len and Str.nbytes are one field
                    # (layout test shared_lengths_agree).
                    count = i64(List.len[p])
                    at = k >> 1
                    if at < 0:
                        at = at + count
                    if at >= 0 and at < count:
                        if tag == TAG_LIST:
                            return load64(List.items[p] + 8 * i32(at))
                        if tag == TAG_TUPLE:
                            return load64(Tuple.items[p] + 8 * i32(at))
                        return u64(str_from(Str.data[p] + i32(at), 1))
    t = typeof(o)
    if t == TAG_LIST or t == TAG_TUPLE:
        if (num_kind(k) & 1) == 0:
            return index_type_error(o, k)
        if LONGS and is_long(k):
            return index_size_error()
        what = type_name(o)
        if NAMEDTUPLE:
            # A named tuple's subscript is tuple's, as CPython says.
            if t == TAG_TUPLE:
                what = "tuple"
        i = norm_index(intval(k), seq_len(o), what)
        if i < 0:
            return 0
        return load64(items_of(o) + 8 * i)
    if RE and t == TAG_RE_MATCH:
        return rx_getitem(o, k)
    if COLLECTIONS and t == TAG_DEQUE:
        i = dq_index_of(o, k)
        if i < 0:
            return 0
        return load64(Deque.items[i32(o)] + 8 * i)
    if t == TAG_DICT:
        ep = dict_lookup(o, k)
        if ep == 0:
            if exc != 0:
                return 0
            if COLLECTIONS and Dict.factory[i32(o)] != 0:
                return dict_missing(o, k)
            return key_error(k)
        return Entry.value[ep]
    if t == TAG_STR:
        if (num_kind(k) & 1) == 0:
            return index_type_error(o, k)
        if LONGS and is_long(k):
            return index_size_error()
        s = i32(o)
        j = norm_index(intval(k), Str.nchars[s], "string")
        if j < 0:
            return 0
        off = char_offset(s, j)
        return u64(str_from(Str.data[s] + off, utf8_len(load8(Str.data[s] + off))))
    if t == TAG_BYTES:
        return bytes_getitem(o, k)
    if t == TAG_HEADERS:
        h = header_get(k, 0)
        if h == 0:
            return key_error(k)
        return h
    if t == TAG_RANGE:
        r = i32(o)
        j2 = norm_index(index_arg(k), range_len(o), "range object")
        if j2 < 0:
            return 0
        return mkint(Range.start[r] + i64(j2) * Range.step[r])
    if t == TAG_INST:
        return inst_getitem(o, k)
    if URLPARSE and t == TAG_URL_RESULT:
        return getitem(us_tuple(o), k)
    if ENUMS and is_enum_class(o):
        return en_getitem(o, k)
    if CLASSES:
        if t == TAG_TYPE:
            return class_getitem(o, k)
    object_type_error(o, "' object is not subscriptable")
    return 0


def index_type_error(o: i64, k: i64) -> i64:
    s = sb_new(48)
    if typeof(o) == TAG_STR:
        # CPython 3.11's str words it its own way.
        sb_str(s, "string indices must be integers, not '")
        sb_str(s, type_name(k))
        sb_byte(s, 39)
        raise_(EXC_TYPE, sb_done(s))
        return 0
    what = type_name(o)
    if NAMEDTUPLE:
        if typeof(o) == TAG_TUPLE:
            what = "tuple"
    sb_str(s, what)
    sb_str(s, " indices must be integers or slices, not ")
    sb_str(s, type_name(k))
    raise_(EXC_TYPE, sb_done(s))
    return 0


def setitem(o: i64, k: i64, v: i64) -> None:
    t = typeof(o)
    if t == TAG_DICT:
        dict_set(o, k, v)
        return
    if t == TAG_LIST:
        if (num_kind(k) & 1) == 0:
            index_type_error(o, k)
            return
        if LONGS and is_long(k):
            index_size_error()
            return
        i = norm_index(intval(k), seq_len(o), "list assignment")
        if i < 0:
            return
        store64(items_of(o) + 8 * i, v)
        return
    if COLLECTIONS and t == TAG_DEQUE:
        i = dq_index_of(o, k)
        if i >= 0:
            store64(Deque.items[i32(o)] + 8 * i, v)
        return
    if t == TAG_INST:
        inst_setitem(o, k, v)
        return
    object_type_error(o, "' object does not support item assignment")


def delitem(o: i64, k: i64) -> None:
    t = typeof(o)
    if t == TAG_DICT:
        if dict_del(o, k) == 0:
            if exc == 0:
                key_error(k)
        return
    if t == TAG_LIST:
        n = seq_len(o)
        if LONGS and is_long(k):
            index_size_error()
            return
        i = norm_index(intval(k), n, "list assignment")
        if i < 0:
            return
        p = items_of(o)
        memcopy(p + 8 * i, p + 8 * i + 8, 8 * (n - i - 1))
        List.len[i32(o)] = n - 1
        return
    if COLLECTIONS and t == TAG_DEQUE:
        i = dq_index_of(o, k)
        if i >= 0:
            dq_delete(i32(o), i)
        return
    if t == TAG_INST:
        inst_delitem(o, k)
        return
    raise_(EXC_TYPE, "object does not support item deletion")


def slice_bound(v: i64, dflt: i64, n: i64, step: i64) -> i64:
    if v == NONE:
        return dflt
    x = index_arg(v)
    if x < 0:
        x = x + n
        if x < 0:
            if step < 0:
                return -1
            return 0
    if x >= n:
        if step < 0:
            return n - 1
        return n
    return x


def slice_start(lo: i64, n: i64, step: i64) -> i64:
    # Where a slice of a length-n sequence starts (lo None: its first end).
    if step > 0:
        return slice_bound(lo, 0, n, step)
    return slice_bound(lo, n - 1, n, step)


def slice_stop(hi: i64, n: i64, step: i64) -> i64:
    if step > 0:
        return slice_bound(hi, n, n, step)
    return slice_bound(hi, -1, n, step)


def getslice(o: i64, lo: i64, hi: i64, st: i64) -> i64:
    t = typeof(o)
    if URLPARSE and t == TAG_URL_RESULT:
        return getslice(us_tuple(o), lo, hi, st)
    step = slice_step(st)
    if exc != 0:
        return 0
    n: i64 = 0
    if t == TAG_STR or t == TAG_BYTES:
        n = i64(Str.nchars[i32(o)])
    elif t == TAG_LIST or t == TAG_TUPLE:
        n = i64(seq_len(o))
    elif t == TAG_RANGE:
        n = i64(range_len(o))
    else:
        if COLLECTIONS and t == TAG_DEQUE:
            raise_(EXC_TYPE, "sequence index must be integer, not 'slice'")
            return 0
        raise_(EXC_TYPE, "object is not sliceable")
        return 0
    a = slice_start(lo, n, step)
    z = slice_stop(hi, n, step)
    if exc != 0:
        return 0
    if t == TAG_BYTES:
        return bytes_slice(o, a, z, step)
    if t == TAG_RANGE:
        return range_slice(o, a, z, step)
    if t == TAG_STR:
        s = i32(o)
        if step == 1:
            # Contiguous: one copy of the bytes between two offsets, not a
            # char-by-char append (which also rescanned a non-ASCII string
            # from its start for every char).
            if z <= a:
                return u64(str_from(Str.data[s], 0))
            start = char_offset(s, i32(a))
            end = char_offset(s, i32(z))
            return u64(str_from(Str.data[s] + start, end - start))
        b = sb_new(16)
        i = a
        while (step > 0 and i < z) or (step < 0 and i > z):
            off = char_offset(s, i32(i))
            sb_bytes(b, Str.data[s] + off, utf8_len(load8(Str.data[s] + off)))
            i = i + step
        return u64(sb_done(b))
    r = list_new()
    p = items_of(o)
    i = a
    while (step > 0 and i < z) or (step < 0 and i > z):
        list_append(r, load64(p + 8 * i32(i)))
        i = i + step
    if t == TAG_TUPLE:
        return tuple_from(r)
    return r


def str_find(h: i32, n: i32, from_: i32) -> i32:
    # Byte offset of needle n in haystack h at or after from_, or -1.
    hn = Str.nbytes[h]
    nn = Str.nbytes[n]
    i = from_
    if nn == 1:
        c = load8(Str.data[n])
        while i < hn:
            if load8(Str.data[h] + i) == c:
                return i
            i += 1
        return -1
    while i + nn <= hn:
        j = 0
        while j < nn and load8(Str.data[h] + i + j) == load8(Str.data[n] + j):
            j += 1
        if j == nn:
            return i
        i += 1
    return -1


def contains_rev(x: i64, c: i64) -> i32:
    t = typeof(c)
    if t == TAG_STR:
        if typeof(x) != TAG_STR:
            raise_(EXC_TYPE, "'in <string>' requires string as left operand")
            return 0
        return str_find(i32(c), i32(x), 0) >= 0
    if t == TAG_DICT:
        return dict_lookup(c, x) != 0
    if SETS and is_anyset(c):
        return set_contains(c, x)
    if t == TAG_BYTES:
        return bytes_contains(x, c)
    if t == TAG_HEADERS:
        return header_get(x, 0) != 0
    if t == TAG_INST:
        return inst_contains(x, c)
    if ENUMS and is_enum_class(c):
        return en_contains(x, c)
    # A value that cannot be iterated: CPython's `in` says "argument of
    # type 'int' is not iterable", not iter()'s words.
    try_depth += 1
    it = iter_(c)
    try_depth -= 1
    if it == 0:
        e = exc
        exc = 0
        if Exc.kind[i32(e)] == EXC_TYPE:
            s = sb_new(48)
            sb_str(s, "argument of type '")
            sb_str(s, type_name(c))
            sb_str(s, "' is not iterable")
            raise_(EXC_TYPE, sb_done(s))
        else:
            raise_obj(e)
        return 0
    while 1:
        y = next_(it)
        if y == 0:
            return 0
        if y == x or eq(y, x):
            return 1


def not_contains_rev(x: i64, c: i64) -> i32:
    return contains_rev(x, c) == 0


def print_(args: i64, sep: i64, level: i32) -> None:
    b = sb_new(64)
    n = seq_len(args)
    i = 0
    while i < n:
        if i > 0:
            if sep == 0 or sep == NONE:
                sb_byte(b, 32)
            else:
                sb_str(b, str_(sep))
        sb_str(b, str_(load64(Tuple.items[i32(args)] + 8 * i)))
        i += 1
    log_str(level, sb_done(b))
