# import re, part 4: compiling (with a cache for the module's functions,
# as CPython's re._compile keeps one), and the searches: the module's
# functions (front/stdmod.rs calls re_NAME) and the Pattern methods
# (m_NAME), both onto rx_exec / rx_findall.

re_cache: i64 = 0


def rx_compile(pv: i64, flags: i32) -> i64:
    s = i32(pv)
    if flags & RE_DEBUG:
        raise_(EXC_RE_ERROR, "mayfly does not support re.DEBUG")
        return 0
    if flags & RE_L:
        raise_(EXC_VALUE, "cannot use LOCALE flag with a str pattern")
        return 0
    if (flags & RE_A) and (flags & RE_U):
        raise_(EXC_VALUE, "ASCII and UNICODE flags are incompatible")
        return 0
    j = rx_subj(s)
    n = ReSubj.n[j]
    cps = ReSubj.cps[j]
    if cps == 0:
        cps = alloc(4 * n + 4)
        i = 0
        while i < n:
            store32(cps + 4 * i, load8(Str.data[s] + i))
            i += 1
    ps = rp_new(cps, n, flags)
    if rp_alt(ps, 1) == 0:
        return 0
    if rp_peek(ps, 0) == 41:
        rp_err(ps, "unbalanced parenthesis", RePs.i[ps])
        return 0
    if (RePs.flags[ps] & RE_A) and (RePs.flags[ps] & RE_U):
        raise_(EXC_VALUE, "ASCII and UNICODE flags are incompatible")
        return 0
    rp_emit(ps, RX_MATCH)
    p = alloc(RePattern.SIZE)
    RePattern.tag[p] = TAG_RE_PATTERN
    RePattern.ngroups[p] = RePs.ngroups[ps]
    RePattern.code[p] = RePs.buf[ps]
    RePattern.ncode[p] = RePs.len[ps]
    RePattern.flags[p] = RePs.flags[ps]
    RePattern.nregs[p] = RePs.nregs[ps]
    RePattern.pattern[p] = pv
    RePattern.groupindex[p] = RePs.names[ps]
    return u64(p)


def rx_flags_arg(flags: i64) -> i64:
    # The flags argument as an int (0 when not passed), or -1 with
    # TypeError.
    if flags == 0:
        return 0
    if num_kind(flags) != 1:
        b = sb_new(80)
        sb_str(b, "unsupported operand type(s) for &: '")
        sb_str(b, type_name(flags))
        sb_str(b, "' and 'RegexFlag'")
        raise_(EXC_TYPE, sb_done(b))
        return -1
    return intval(flags)


def rx_get(pv: i64, flags: i64) -> i64:
    # The Pattern for a module function's first argument: a Pattern as
    # it is, a str compiled once per (pattern, flags).
    f = rx_flags_arg(flags)
    if f < 0:
        return 0
    t = typeof(pv)
    if t == TAG_RE_PATTERN:
        if f != 0:
            raise_(EXC_VALUE, "cannot process flags argument with a compiled pattern")
            return 0
        return pv
    if t == TAG_BYTES:
        raise_(EXC_RE_ERROR, "mayfly does not support bytes patterns")
        return 0
    if t != TAG_STR:
        raise_(EXC_TYPE, "first argument must be string or compiled pattern")
        return 0
    if re_cache == 0:
        re_cache = dict_new()
    k = tuple_of(2)
    store64(Tuple.items[k], pv)
    store64(Tuple.items[k] + 8, mkint(f))
    ep = dict_lookup(re_cache, u64(k))
    if ep != 0:
        return Entry.value[ep]
    p = rx_compile(pv, i32(f))
    if p == 0:
        return 0
    dict_set(re_cache, u64(k), p)
    return p


def rx_need_str(v: i64) -> i32:
    t = typeof(v)
    if t == TAG_STR:
        return 1
    if t == TAG_BYTES:
        raise_(EXC_TYPE, "cannot use a string pattern on a bytes-like object")
        return 0
    b = sb_new(80)
    sb_str(b, "expected string or bytes-like object, got '")
    sb_str(b, type_name(v))
    sb_byte(b, 39)
    raise_(EXC_TYPE, sb_done(b))
    return 0


def rx_bound(v: i64, dflt: i32, n: i32) -> i32:
    # pos/endpos: clamped into 0..n as CPython's (-2 with TypeError).
    if v == 0:
        return dflt
    if num_kind(v) != 1:
        index_arg(v)
        return -2
    x = intval(v)
    if x < 0:
        return 0
    if x > i64(n):
        return n
    return i32(x)


def rx_exec(pat: i64, sv: i64, pos: i64, endpos: i64, mode: i32) -> i64:
    # match (mode 0), fullmatch (1) or search (2): a Match or None.
    if rx_need_str(sv) == 0:
        return 0
    j = rx_subj(i32(sv))
    n = ReSubj.n[j]
    a = rx_bound(pos, 0, n)
    z = rx_bound(endpos, n, n)
    if a == -2 or z == -2:
        return 0
    if z < a:
        return NONE
    vm = rx_vm(i32(pat), j)
    ReVm.end[vm] = z
    ReVm.full[vm] = mode == 1
    if rx_search(vm, a, mode != 2) < 0:
        return NONE
    return rx_mkmatch(vm, pat, sv, a, z)


def rx_mkmatch(vm: i32, pat: i64, sv: i64, a: i32, z: i32) -> i64:
    ng = RePattern.ngroups[i32(pat)]
    m = alloc(ReMatch.SIZE)
    ReMatch.tag[m] = TAG_RE_MATCH
    ReMatch.ngroups[m] = ng
    regs = alloc(8 * (ng + 1))
    memcopy(regs, ReVm.regs[vm], 8 * (ng + 1))
    ReMatch.regs[m] = regs
    ReMatch.pos[m] = a
    ReMatch.endpos[m] = z
    ReMatch.string[m] = sv
    ReMatch.re[m] = pat
    ReMatch.subj[m] = ReVm.subj[vm]
    ReMatch.lastindex[m] = load32(ReVm.lastix[vm])
    return u64(m)


def rx_all(pat: i64, sv: i64, pos: i64, endpos: i64, want_iter: i32) -> i64:
    # findall (a list of strs or tuples of groups) or finditer (an
    # iterator over the Matches, found up front).
    if rx_need_str(sv) == 0:
        return 0
    j = rx_subj(i32(sv))
    n = ReSubj.n[j]
    a = rx_bound(pos, 0, n)
    z = rx_bound(endpos, n, n)
    if a == -2 or z == -2:
        return 0
    out = list_new()
    vm = rx_vm(i32(pat), j)
    ReVm.end[vm] = z
    ng = RePattern.ngroups[i32(pat)]
    regs = ReVm.regs[vm]
    a0 = a
    while a <= z:
        st = rx_search(vm, a, 0)
        if st < 0:
            break
        e = load32(regs + 4)
        if want_iter:
            list_append(out, rx_mkmatch(vm, pat, sv, a0, z))
        elif ng == 0:
            list_append(out, u64(rx_slice(j, st, e)))
        elif ng == 1:
            list_append(out, rx_group_or(j, regs, 1, u64(rx_slice(j, 0, 0))))
        else:
            t = tuple_of(ng)
            g = 1
            while g <= ng:
                store64(Tuple.items[t] + 8 * (g - 1), rx_group_or(j, regs, g, u64(rx_slice(j, 0, 0))))
                g += 1
            list_append(out, u64(t))
        ReVm.adv[vm] = -1
        if e == st:
            ReVm.adv[vm] = e
        a = e
    if want_iter:
        return iter_(out)
    return out


def rx_group_or(j: i32, regs: i32, g: i32, dflt: i64) -> i64:
    # Group g's text, or dflt when it did not take part.
    a = load32(regs + 8 * g)
    z = load32(regs + 8 * g + 4)
    if a < 0 or z < 0:
        return dflt
    return u64(rx_slice(j, a, z))


def re_compile_(pv: i64, flags: i64) -> i64:
    return rx_get(pv, flags)


def re_match_(pv: i64, sv: i64, flags: i64) -> i64:
    p = rx_get(pv, flags)
    if p == 0:
        return 0
    return rx_exec(p, sv, 0, 0, 0)


def re_fullmatch_(pv: i64, sv: i64, flags: i64) -> i64:
    p = rx_get(pv, flags)
    if p == 0:
        return 0
    return rx_exec(p, sv, 0, 0, 1)


def re_search_(pv: i64, sv: i64, flags: i64) -> i64:
    p = rx_get(pv, flags)
    if p == 0:
        return 0
    return rx_exec(p, sv, 0, 0, 2)


def re_findall_(pv: i64, sv: i64, flags: i64) -> i64:
    p = rx_get(pv, flags)
    if p == 0:
        return 0
    return rx_all(p, sv, 0, 0, 0)


def re_finditer_(pv: i64, sv: i64, flags: i64) -> i64:
    p = rx_get(pv, flags)
    if p == 0:
        return 0
    return rx_all(p, sv, 0, 0, 1)


def rx_self(v: i64, name: i32) -> i32:
    # Is v a Pattern? Else AttributeError for the method `name`.
    if typeof(v) != TAG_RE_PATTERN:
        no_method(v, name)
        return 0
    return 1


def rx_missing(meth: i32, param: i32) -> i64:
    b = sb_new(80)
    sb_str(b, meth)
    sb_str(b, "() missing required argument '")
    sb_str(b, param)
    sb_str(b, "' (pos 1)")
    raise_(EXC_TYPE, sb_done(b))
    return 0


def m_match(v: i64, sv: i64, pos: i64, endpos: i64) -> i64:
    if rx_self(v, "match") == 0:
        return 0
    if sv == 0:
        return rx_missing("match", "string")
    return rx_exec(v, sv, pos, endpos, 0)


def m_fullmatch(v: i64, sv: i64, pos: i64, endpos: i64) -> i64:
    if rx_self(v, "fullmatch") == 0:
        return 0
    if sv == 0:
        return rx_missing("fullmatch", "string")
    return rx_exec(v, sv, pos, endpos, 1)


def m_search(v: i64, sv: i64, pos: i64, endpos: i64) -> i64:
    if rx_self(v, "search") == 0:
        return 0
    if sv == 0:
        return rx_missing("search", "string")
    return rx_exec(v, sv, pos, endpos, 2)


def m_findall(v: i64, sv: i64, pos: i64, endpos: i64) -> i64:
    if rx_self(v, "findall") == 0:
        return 0
    if sv == 0:
        return rx_missing("findall", "string")
    return rx_all(v, sv, pos, endpos, 0)


def m_finditer(v: i64, sv: i64, pos: i64, endpos: i64) -> i64:
    if rx_self(v, "finditer") == 0:
        return 0
    if sv == 0:
        return rx_missing("finditer", "string")
    return rx_all(v, sv, pos, endpos, 1)
