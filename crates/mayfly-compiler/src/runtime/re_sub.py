# import re, part 6: sub and subn (a replacement template with \1 and
# \g<name>, or a function of the Match), split (with the groups between
# the pieces), Match.expand and re.escape. Empty matches follow CPython
# 3.7+: one may be found right after a non-empty match, never twice at
# one position (ReVm.adv).


def rx_tmpl_flush(items: i64, b: i32) -> i32:
    # The literal text gathered so far as an item; a new builder.
    if Builder.len[b] != 0:
        list_append(items, u64(sb_done(b)))
        return sb_new(32)
    return b


def rx_template(pat: i64, rv: i64) -> i64:
    # A replacement str as a list of strs and group numbers (small
    # ints), or 0 with re.error / IndexError as CPython raises them.
    s = i32(rv)
    items = list_new()
    if str_find(s, "\\", 0) < 0:
        list_append(items, rv)
        return items
    j = rx_subj(s)
    n = ReSubj.n[j]
    cps = alloc(4 * n + 4)
    k = 0
    while k < n:
        store32(cps + 4 * k, rx_at_subj(j, k))
        k += 1
    ps = rp_new(cps, n, 0)
    ng = RePattern.ngroups[i32(pat)]
    b = sb_new(32)
    i = 0
    while i < n:
        c = load32(cps + 4 * i)
        if c != 92:
            sb_char(b, c)
            i += 1
            continue
        start = i
        if i + 1 >= n:
            rp_err(ps, "bad escape (end of pattern)", start)
            return 0
        c = load32(cps + 4 * i + 4)
        i += 2
        RePs.i[ps] = i
        g = -1
        if c == 103:
            g = rx_tmpl_name(ps, pat)
            if g < 0:
                return 0
            i = RePs.i[ps]
        elif c == 48:
            v = rp_octal(ps, start, 0, 2)
            i = RePs.i[ps]
            sb_char(b, RePs.lit[ps] & 255)
        elif c >= 49 and c <= 57:
            g = c - 48
            d = rp_peek(ps, 0)
            if d >= 48 and d <= 57:
                i += 1
                RePs.i[ps] = i
                e = rp_peek(ps, 0)
                if c <= 55 and d <= 55 and e >= 48 and e <= 55:
                    i += 1
                    v = (c - 48) * 64 + (d - 48) * 8 + (e - 48)
                    if v > 255:
                        eb = sb_new(64)
                        sb_str(eb, "octal escape value ")
                        rp_text(eb, ps, start, i)
                        sb_str(eb, " outside of range 0-0o377")
                        rp_fail(ps, eb, start)
                        return 0
                    sb_char(b, v)
                    g = -1
                else:
                    g = g * 10 + d - 48
            if g > ng:
                eb = sb_new(64)
                sb_str(eb, "invalid group reference ")
                sb_int(eb, i64(g))
                rp_fail(ps, eb, start + 1)
                return 0
        else:
            e = rp_simple_escape(c)
            if c == 98:
                e = 8
            if e >= 0:
                sb_char(b, e)
            elif (c | 32) >= 97 and (c | 32) <= 122:
                rp_err_text(ps, "bad escape ", start, i, start)
                return 0
            else:
                sb_char(b, 92)
                sb_char(b, c)
        if g >= 0:
            b = rx_tmpl_flush(items, b)
            list_append(items, mkint(i64(g)))
    rx_tmpl_flush(items, b)
    return items


def rx_at_subj(j: i32, k: i32) -> i32:
    cps = ReSubj.cps[j]
    if cps != 0:
        return load32(cps + 4 * k)
    return load8(ReSubj.data[j] + k)


def rx_tmpl_name(ps: i32, pat: i64) -> i32:
    # \g<name> or \g<number> after the 'g': the group, or -1.
    if rp_peek(ps, 0) != 60:
        rp_err(ps, "missing <", RePs.i[ps])
        return -1
    RePs.i[ps] = RePs.i[ps] + 1
    at = RePs.i[ps]
    while rp_peek(ps, 0) >= 0 and rp_peek(ps, 0) != 62:
        RePs.i[ps] = RePs.i[ps] + 1
    end = RePs.i[ps]
    if end == at:
        rp_err(ps, "missing group name", at)
        return -1
    if rp_peek(ps, 0) < 0:
        rp_err(ps, "missing >, unterminated name", at)
        return -1
    RePs.i[ps] = end + 1
    nb = sb_new(32)
    rp_text(nb, ps, at, end)
    name = sb_done(nb)
    if m_isidentifier(u64(name)) == TRUE:
        gi = RePattern.groupindex[i32(pat)]
        ep = 0
        if gi != NONE:
            ep = dict_lookup(gi, u64(name))
        if ep == 0:
            eb = sb_new(64)
            sb_str(eb, "unknown group name ")
            repr_into(eb, u64(name))
            raise_(EXC_INDEX, sb_done(eb))
            return -1
        return i32(intval(Entry.value[ep]))
    g: i64 = 0
    k = at
    while k < end:
        d = rp_digit(load32(RePs.cps[ps] + 4 * k), 10)
        if d < 0:
            eb = sb_new(64)
            sb_str(eb, "bad character in group name ")
            repr_into(eb, u64(name))
            rp_fail(ps, eb, at)
            return -1
        g = g * 10 + i64(d)
        if g > 1000000000:
            g = 1000000000
        k += 1
    if g > i64(RePattern.ngroups[i32(pat)]):
        eb = sb_new(64)
        sb_str(eb, "invalid group reference ")
        sb_int(eb, g)
        rp_fail(ps, eb, at)
        return -1
    return i32(g)


def rx_expand(b: i32, j: i32, regs: i32, items: i64) -> None:
    t = i32(items)
    n = List.len[t]
    i = 0
    while i < n:
        x = load64(List.items[t] + 8 * i)
        if x & 1:
            g = i32(intval(x))
            a = load32(regs + 8 * g)
            z = load32(regs + 8 * g + 4)
            if a >= 0 and z >= 0:
                sb_str(b, rx_slice(j, a, z))
        else:
            sb_str(b, i32(x))
        i += 1


def rx_count_arg(v: i64) -> i64:
    if v == 0:
        return 0
    if num_kind(v) != 1:
        index_arg(v)
        return -1
    x = intval(v)
    if x < 0:
        return -2
    return x


def rx_sub(pat: i64, rv: i64, sv: i64, count: i64, want_n: i32) -> i64:
    if rx_need_str(sv) == 0:
        return 0
    cnt = rx_count_arg(count)
    if cnt == -1:
        return 0
    items: i64 = 0
    if typeof(rv) == TAG_STR:
        items = rx_template(pat, rv)
        if items == 0:
            return 0
    j = rx_subj(i32(sv))
    end = ReSubj.n[j]
    vm = rx_vm(i32(pat), j)
    regs = ReVm.regs[vm]
    out = sb_new(Str.nbytes[i32(sv)] + 16)
    last = 0
    a = 0
    n: i64 = 0
    # CPython joins a list of pieces at the end: a function's result that
    # is not a str is reported then, with its index in that list.
    pieces = 0
    bad: i64 = 0
    bad_at = 0
    while a <= end and (cnt == 0 or n < cnt) and cnt != -2:
        st = rx_search(vm, a, 0)
        if st < 0:
            break
        e = load32(regs + 4)
        if st > last:
            pieces += 1
        sb_str(out, rx_slice(j, last, st))
        if items != 0:
            rx_expand(out, j, regs, items)
        else:
            r = call1(rv, rx_mkmatch(vm, pat, sv, 0, end))
            if r == 0:
                return 0
            if r != NONE:
                if typeof(r) == TAG_STR:
                    sb_str(out, i32(r))
                elif bad == 0:
                    bad = r
                    bad_at = pieces
                pieces += 1
        last = e
        n += 1
        ReVm.adv[vm] = -1
        if e == st:
            ReVm.adv[vm] = e
        a = e
    if bad != 0:
        eb = sb_new(64)
        sb_str(eb, "sequence item ")
        sb_int(eb, i64(bad_at))
        sb_str(eb, ": expected str instance, ")
        sb_str(eb, type_name(bad))
        sb_str(eb, " found")
        raise_(EXC_TYPE, sb_done(eb))
        return 0
    sb_str(out, rx_slice(j, last, end))
    res = u64(sb_done(out))
    if want_n == 0:
        return res
    t = tuple_of(2)
    store64(Tuple.items[t], res)
    store64(Tuple.items[t] + 8, mkint(n))
    return u64(t)


def rx_split(pat: i64, sv: i64, maxsplit: i64) -> i64:
    if rx_need_str(sv) == 0:
        return 0
    most = rx_count_arg(maxsplit)
    if most == -1:
        return 0
    j = rx_subj(i32(sv))
    end = ReSubj.n[j]
    vm = rx_vm(i32(pat), j)
    regs = ReVm.regs[vm]
    ng = RePattern.ngroups[i32(pat)]
    out = list_new()
    last = 0
    a = 0
    n: i64 = 0
    while a <= end and (most == 0 or n < most) and most != -2:
        st = rx_search(vm, a, 0)
        if st < 0:
            break
        e = load32(regs + 4)
        list_append(out, u64(rx_slice(j, last, st)))
        g = 1
        while g <= ng:
            list_append(out, rx_group_or(j, regs, g, NONE))
            g += 1
        last = e
        n += 1
        ReVm.adv[vm] = -1
        if e == st:
            ReVm.adv[vm] = e
        a = e
    list_append(out, u64(rx_slice(j, last, end)))
    return out


def re_sub_(pv: i64, rv: i64, sv: i64, count: i64, flags: i64) -> i64:
    p = rx_get(pv, flags)
    if p == 0:
        return 0
    return rx_sub(p, rv, sv, count, 0)


def re_subn_(pv: i64, rv: i64, sv: i64, count: i64, flags: i64) -> i64:
    p = rx_get(pv, flags)
    if p == 0:
        return 0
    return rx_sub(p, rv, sv, count, 1)


def re_split_(pv: i64, sv: i64, maxsplit: i64, flags: i64) -> i64:
    p = rx_get(pv, flags)
    if p == 0:
        return 0
    return rx_split(p, sv, maxsplit)


def m_sub(v: i64, rv: i64, sv: i64, count: i64) -> i64:
    if rx_self(v, "sub") == 0:
        return 0
    return rx_sub(v, rv, sv, count, 0)


def m_subn(v: i64, rv: i64, sv: i64, count: i64) -> i64:
    if rx_self(v, "subn") == 0:
        return 0
    return rx_sub(v, rv, sv, count, 1)


def m_expand(v: i64, tv: i64) -> i64:
    if rx_match_self(v, "expand") == 0:
        return 0
    if rx_need_str(tv) == 0:
        return 0
    m = i32(v)
    items = rx_template(ReMatch.re[m], tv)
    if items == 0:
        return 0
    b = sb_new(32)
    rx_expand(b, ReMatch.subj[m], ReMatch.regs[m], items)
    return u64(sb_done(b))


def re_escape_(pv: i64) -> i64:
    if typeof(pv) == TAG_BYTES:
        raise_(EXC_RE_ERROR, "mayfly does not support bytes patterns")
        return 0
    if typeof(pv) != TAG_STR:
        eb = sb_new(64)
        sb_str(eb, "decoding to str: need a bytes-like object, ")
        sb_str(eb, type_name(pv))
        sb_str(eb, " found")
        raise_(EXC_TYPE, sb_done(eb))
        return 0
    s = i32(pv)
    n = Str.nbytes[s]
    p = Str.data[s]
    b = sb_new(n + 8)
    i = 0
    while i < n:
        c = load8(p + i)
        if c < 128 and str_find("()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c", str_from(p + i, 1), 0) >= 0:
            sb_byte(b, 92)
        sb_byte(b, c)
        i += 1
    return u64(sb_done(b))
