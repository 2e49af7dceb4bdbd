# import re, part 5: what a Match answers (group, groups, groupdict,
# start, end, span, m[g], its attributes) and the reprs of Match and
# Pattern objects, with CPython's texts.


def rx_match_self(v: i64, name: i32) -> i32:
    if typeof(v) != TAG_RE_MATCH:
        no_method(v, name)
        return 0
    return 1


def rx_index(m: i32, g: i64) -> i32:
    # The group number a group argument names, or -1 with IndexError.
    ng = ReMatch.ngroups[m]
    if num_kind(g) == 1:
        x = intval(g)
        if x >= 0 and x <= i64(ng):
            return i32(x)
    elif typeof(g) == TAG_STR:
        gi = RePattern.groupindex[i32(ReMatch.re[m])]
        if gi != NONE:
            ep = dict_lookup(gi, g)
            if ep != 0:
                return i32(intval(Entry.value[ep]))
    raise_(EXC_INDEX, "no such group")
    return -1


def rx_value(m: i32, g: i32, dflt: i64) -> i64:
    return rx_group_or(ReMatch.subj[m], ReMatch.regs[m], g, dflt)


def rx_group1(m: i32, g: i64) -> i64:
    i = rx_index(m, g)
    if i < 0:
        return 0
    return rx_value(m, i, NONE)


def m_group(v: i64, args: i64) -> i64:
    if rx_match_self(v, "group") == 0:
        return 0
    m = i32(v)
    t = i32(args)
    n = Tuple.len[t]
    if n == 0:
        return rx_value(m, 0, NONE)
    if n == 1:
        return rx_group1(m, load64(Tuple.items[t]))
    r = tuple_of(n)
    i = 0
    while i < n:
        x = rx_group1(m, load64(Tuple.items[t] + 8 * i))
        if x == 0:
            return 0
        store64(Tuple.items[r] + 8 * i, x)
        i += 1
    return u64(r)


def rx_getitem(v: i64, k: i64) -> i64:
    return rx_group1(i32(v), k)


def m_groups(v: i64, dflt: i64) -> i64:
    if rx_match_self(v, "groups") == 0:
        return 0
    if dflt == 0:
        dflt = NONE
    m = i32(v)
    n = ReMatch.ngroups[m]
    r = tuple_of(n)
    i = 0
    while i < n:
        store64(Tuple.items[r] + 8 * i, rx_value(m, i + 1, dflt))
        i += 1
    return u64(r)


def m_groupdict(v: i64, dflt: i64) -> i64:
    if rx_match_self(v, "groupdict") == 0:
        return 0
    if dflt == 0:
        dflt = NONE
    m = i32(v)
    r = dict_new()
    gi = RePattern.groupindex[i32(ReMatch.re[m])]
    if gi == NONE:
        return r
    d = i32(gi)
    ents = Dict.entries[d]
    i = 0
    while i < Dict.used[d]:
        ep = ents + Entry.SIZE * i
        if Entry.key[ep] != 0:
            dict_set(r, Entry.key[ep], rx_value(m, i32(intval(Entry.value[ep])), dflt))
        i += 1
    return r


def rx_pos(v: i64, g: i64, name: i32, which: i32) -> i64:
    # start (which 0), end (1) or span (2) of a group (0 if not given).
    if rx_match_self(v, name) == 0:
        return 0
    m = i32(v)
    i = 0
    if g != 0:
        i = rx_index(m, g)
        if i < 0:
            return 0
    a = load32(ReMatch.regs[m] + 8 * i)
    z = load32(ReMatch.regs[m] + 8 * i + 4)
    if a < 0 or z < 0:
        a = -1
        z = -1
    if which == 0:
        return mkint(i64(a))
    if which == 1:
        return mkint(i64(z))
    t = tuple_of(2)
    store64(Tuple.items[t], mkint(i64(a)))
    store64(Tuple.items[t] + 8, mkint(i64(z)))
    return u64(t)


def m_start(v: i64, g: i64) -> i64:
    return rx_pos(v, g, "start", 0)


def m_end(v: i64, g: i64) -> i64:
    return rx_pos(v, g, "end", 1)


def m_span(v: i64, g: i64) -> i64:
    return rx_pos(v, g, "span", 2)


def attr_pattern(v: i64) -> i64:
    if typeof(v) != TAG_RE_PATTERN:
        return no_method(v, "pattern")
    return RePattern.pattern[i32(v)]


def attr_flags(v: i64) -> i64:
    if typeof(v) != TAG_RE_PATTERN:
        return no_method(v, "flags")
    f = RePattern.flags[i32(v)]
    if (f & RE_A) == 0:
        f = f | RE_U
    return mkint(i64(f))


def attr_groups(v: i64) -> i64:
    if typeof(v) != TAG_RE_PATTERN:
        return no_method(v, "groups")
    return mkint(i64(RePattern.ngroups[i32(v)]))


def attr_string(v: i64) -> i64:
    if typeof(v) != TAG_RE_MATCH:
        return no_method(v, "string")
    return ReMatch.string[i32(v)]


def attr_re(v: i64) -> i64:
    if typeof(v) != TAG_RE_MATCH:
        return no_method(v, "re")
    return ReMatch.re[i32(v)]


def attr_pos(v: i64) -> i64:
    if typeof(v) != TAG_RE_MATCH:
        return no_method(v, "pos")
    return mkint(i64(ReMatch.pos[i32(v)]))


def attr_endpos(v: i64) -> i64:
    if typeof(v) != TAG_RE_MATCH:
        return no_method(v, "endpos")
    return mkint(i64(ReMatch.endpos[i32(v)]))


def attr_lastindex(v: i64) -> i64:
    if typeof(v) != TAG_RE_MATCH:
        return no_method(v, "lastindex")
    i = ReMatch.lastindex[i32(v)]
    if i < 0:
        return NONE
    return mkint(i64(i))


def attr_lastgroup(v: i64) -> i64:
    if typeof(v) != TAG_RE_MATCH:
        return no_method(v, "lastgroup")
    m = i32(v)
    i = ReMatch.lastindex[m]
    gi = RePattern.groupindex[i32(ReMatch.re[m])]
    if i < 0 or gi == NONE:
        return NONE
    d = i32(gi)
    ents = Dict.entries[d]
    k = 0
    while k < Dict.used[d]:
        ep = ents + Entry.SIZE * k
        if Entry.key[ep] != 0 and intval(Entry.value[ep]) == i64(i):
            return Entry.key[ep]
        k += 1
    return NONE


def rx_repr_trunc(b: i32, v: i64, limit: i32) -> None:
    # repr(v) cut to `limit` characters (CPython's %.200R, %.50R).
    r = repr_(v)
    if Str.nchars[r] <= limit:
        sb_str(b, r)
        return
    p = Str.data[r]
    i = 0
    k = 0
    while k < limit:
        i += utf8_len(load8(p + i))
        k += 1
    sb_bytes(b, p, i)


def rx_repr(b: i32, v: i64) -> None:
    if typeof(v) == TAG_RE_MATCH:
        m = i32(v)
        sb_str(b, "<re.Match object; span=(")
        sb_int(b, i64(load32(ReMatch.regs[m])))
        sb_str(b, ", ")
        sb_int(b, i64(load32(ReMatch.regs[m] + 4)))
        sb_str(b, "), match=")
        rx_repr_trunc(b, rx_value(m, 0, NONE), 50)
        sb_byte(b, 62)
        return
    p = i32(v)
    sb_str(b, "re.compile(")
    rx_repr_trunc(b, RePattern.pattern[p], 200)
    f = RePattern.flags[p] & (-1 - RE_U)
    if f != 0:
        sb_str(b, ", ")
        sep = 0
        bit = 1
        while bit <= RE_A:
            if f & bit:
                if sep:
                    sb_byte(b, 124)
                sep = 1
                rx_flag_name(b, bit)
            bit = bit * 2
    sb_byte(b, 41)


def rx_flag_name(b: i32, bit: i32) -> None:
    if bit == 1:
        sb_str(b, "re.TEMPLATE")
    elif bit == RE_I:
        sb_str(b, "re.IGNORECASE")
    elif bit == RE_L:
        sb_str(b, "re.LOCALE")
    elif bit == RE_M:
        sb_str(b, "re.MULTILINE")
    elif bit == RE_S:
        sb_str(b, "re.DOTALL")
    elif bit == RE_U:
        sb_str(b, "re.UNICODE")
    elif bit == RE_X:
        sb_str(b, "re.VERBOSE")
    elif bit == RE_DEBUG:
        sb_str(b, "re.DEBUG")
    else:
        sb_str(b, "re.ASCII")
