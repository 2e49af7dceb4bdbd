# import re, part 2: the grammar (alternation, sequences, repeats,
# atoms; groups are re_group.py's) over re_parse.py's pieces. Each rp_*
# returns 0 with re.error raised, and
# leaves the width range of what it parsed in RePs.wmin/wmax (for
# look-behind, which needs a fixed width as in CPython).


def w_add(a: i32, b: i32) -> i32:
    if a >= RE_WINF or b >= RE_WINF:
        return RE_WINF
    s = i64(a) + i64(b)
    if s >= i64(RE_WINF):
        return RE_WINF
    return i32(s)


def w_mul(a: i32, k: i64) -> i32:
    if a == 0 or k == 0:
        return 0
    if a >= RE_WINF or k >= i64(RE_WINF):
        return RE_WINF
    s = i64(a) * k
    if s >= i64(RE_WINF):
        return RE_WINF
    return i32(s)


def rp_alt(ps: i32, first: i32) -> i32:
    # seq ('|' seq)*: each alternative but the last is SPLIT 3 next;
    # alternative; JMP end.
    start = RePs.len[ps]
    if rp_seq(ps, first) == 0:
        return 0
    if rp_peek(ps, 0) != 124:
        return 1
    chunks = list_new()
    wmin = RePs.wmin[ps]
    wmax = RePs.wmax[ps]
    while 1:
        n = RePs.len[ps] - start
        t = alloc(4 * n + 4)
        memcopy(t, RePs.buf[ps] + 4 * start, 4 * n)
        list_append(chunks, mkint(i64(t)))
        list_append(chunks, mkint(i64(n)))
        RePs.len[ps] = start
        if rp_peek(ps, 0) != 124:
            break
        RePs.i[ps] = RePs.i[ps] + 1
        if rp_seq(ps, 0) == 0:
            return 0
        if RePs.wmin[ps] < wmin:
            wmin = RePs.wmin[ps]
        if RePs.wmax[ps] > wmax:
            wmax = RePs.wmax[ps]
    k = List.len[i32(chunks)] / 2
    items = List.items[i32(chunks)]
    jumps = alloc(4 * k)
    j = 0
    while j < k:
        t = i32(intval(load64(items + 16 * j)))
        n = i32(intval(load64(items + 16 * j + 8)))
        if j < k - 1:
            rp_emit(ps, RX_SPLIT)
            rp_emit(ps, 3)
            rp_emit(ps, n + 5)
        rp_copy(ps, t, n)
        if j < k - 1:
            store32(jumps + 4 * j, RePs.len[ps])
            rp_emit(ps, RX_JMP)
            rp_emit(ps, 0)
        j += 1
    j = 0
    while j < k - 1:
        at = load32(jumps + 4 * j)
        rp_set(ps, at + 1, RePs.len[ps] - at)
        j += 1
    RePs.wmin[ps] = wmin
    RePs.wmax[ps] = wmax
    return 1


def rp_copy(ps: i32, t: i32, n: i32) -> None:
    i = 0
    while i < n:
        rp_emit(ps, load32(t + 4 * i))
        i += 1


def rp_seq(ps: i32, first: i32) -> i32:
    # Pieces up to '|', ')' or the end. `last`: 0 nothing yet, 1 an item
    # a repeat applies to, 2 an assertion, 3 a repeat.
    last = 0
    last_at = 0
    lmin = 0
    lmax = 0
    wmin = 0
    wmax = 0
    while 1:
        rp_skip_verbose(ps)
        c = rp_peek(ps, 0)
        if c < 0 or c == 124 or c == 41:
            break
        here = RePs.i[ps]
        q = rp_quantifier(ps)
        if q < 0:
            return 0
        if q == 1:
            if last == 0 or last == 2:
                return rp_err(ps, "nothing to repeat", here)
            if last == 3:
                return rp_err(ps, "multiple repeat", here)
            lazy = 0
            if rp_peek(ps, 0) == 63:
                lazy = 1
                RePs.i[ps] = RePs.i[ps] + 1
            elif rp_peek(ps, 0) == 43:
                return rp_unsupported(ps, "possessive quantifiers", here)
            mn = i64(RePs.wmin[ps])
            mx = i64(RePs.wmax[ps])
            # The repeated item's widths leave the sum first.
            wmin = wmin - lmin
            if wmax < RE_WINF:
                wmax = wmax - lmax
            if rp_repeat(ps, last_at, mn, mx, lazy, lmin) == 0:
                return 0
            lmin = w_mul(lmin, mn)
            if mx < 0:
                if lmax > 0:
                    lmax = RE_WINF
            else:
                lmax = w_mul(lmax, mx)
            wmin = w_add(wmin, lmin)
            wmax = w_add(wmax, lmax)
            last = 3
            continue
        at = RePs.len[ps]
        k = rp_atom(ps, first and last == 0)
        if k == 0:
            return 0
        if k == 3:
            continue
        last = k
        last_at = at
        lmin = RePs.wmin[ps]
        lmax = RePs.wmax[ps]
        wmin = w_add(wmin, lmin)
        wmax = w_add(wmax, lmax)
    RePs.wmin[ps] = wmin
    RePs.wmax[ps] = wmax
    return 1


def rp_quantifier(ps: i32) -> i32:
    # A repeat at the read position: 1 with its bounds in wmin/wmax (-1
    # as wmax for no bound), 0 if there is none (a '{' that does not
    # start one is a literal), -1 with re.error.
    c = rp_peek(ps, 0)
    if c == 42 or c == 43 or c == 63:
        RePs.i[ps] = RePs.i[ps] + 1
        RePs.wmin[ps] = c == 43
        RePs.wmax[ps] = -1
        if c == 63:
            RePs.wmax[ps] = 1
        return 1
    if c != 123:
        return 0
    start = RePs.i[ps]
    RePs.i[ps] = start + 1
    lo: i64 = -1
    hi: i64 = -1
    while rp_digit(rp_peek(ps, 0), 10) >= 0:
        if lo < 0:
            lo = 0
        lo = lo * 10 + i64(rp_digit(rp_next(ps), 10))
        if lo > 4294967295:
            lo = 4294967295
    if rp_peek(ps, 0) == 44:
        RePs.i[ps] = RePs.i[ps] + 1
        while rp_digit(rp_peek(ps, 0), 10) >= 0:
            if hi < 0:
                hi = 0
            hi = hi * 10 + i64(rp_digit(rp_next(ps), 10))
            if hi > 4294967295:
                hi = 4294967295
    else:
        hi = lo
    if rp_peek(ps, 0) != 125 or (rp_peek(ps, -1) == 123 and lo < 0):
        RePs.i[ps] = start
        return 0
    RePs.i[ps] = RePs.i[ps] + 1
    if lo < 0:
        lo = 0
    if lo >= 4294967295 or hi >= 4294967295:
        raise_(EXC_OVERFLOW, "the repetition number is too large")
        return -1
    if hi >= 0 and hi < lo:
        rp_err(ps, "min repeat greater than max repeat", start + 1)
        return -1
    if lo > i64(RE_WINF) or hi > i64(RE_WINF):
        rp_unsupported(ps, "a repeat count this large", start)
        return -1
    RePs.wmin[ps] = i32(lo)
    RePs.wmax[ps] = i32(hi)
    return 1


def rp_repeat(ps: i32, s: i32, mn: i64, mx: i64, lazy: i32, emptiable_if0: i32) -> i32:
    # Rewrites the item at s..len as mn copies, then either a loop (no
    # bound) or mx - mn optional copies, each skipped to the end.
    n = RePs.len[ps] - s
    words = i64(n) * mn + i64(n + 10)
    if mx >= 0:
        words = i64(n) * mn + (mx - mn) * i64(n + 3)
    if words > 2000000:
        return rp_unsupported(ps, "a repeat this large", RePs.i[ps])
    t = alloc(4 * n + 4)
    memcopy(t, RePs.buf[ps] + 4 * s, 4 * n)
    RePs.len[ps] = s
    k: i64 = 0
    while k < mn:
        rp_copy(ps, t, n)
        k += 1
    if mx < 0:
        p0 = RePs.len[ps]
        rp_emit(ps, RX_SPLIT)
        rp_emit(ps, 3)
        rp_emit(ps, 0)
        empty = emptiable_if0 == 0
        r = RePs.nregs[ps]
        if empty:
            RePs.nregs[ps] = r + 1
            rp_emit(ps, RX_MARK)
            rp_emit(ps, r)
        rp_copy(ps, t, n)
        prog = RePs.len[ps]
        if empty:
            rp_emit(ps, RX_PROG)
            rp_emit(ps, r)
            rp_emit(ps, 0)
        j = RePs.len[ps]
        rp_emit(ps, RX_JMP)
        rp_emit(ps, p0 - j)
        end = RePs.len[ps]
        if empty:
            rp_set(ps, prog + 2, end - prog)
        rp_split_to(ps, p0, end - p0, lazy)
        return 1
    base = RePs.len[ps]
    cnt = i32(mx - mn)
    total = cnt * (n + 3)
    j = 0
    while j < cnt:
        at = RePs.len[ps]
        rp_emit(ps, RX_SPLIT)
        rp_emit(ps, 3)
        rp_emit(ps, 0)
        rp_split_to(ps, at, base + total - at, lazy)
        rp_copy(ps, t, n)
        j += 1
    return 1


def rp_split_to(ps: i32, at: i32, skip: i32, lazy: i32) -> None:
    # The SPLIT at `at` goes on at +3 or skips by `skip` (first for lazy).
    if lazy:
        rp_set(ps, at + 1, skip)
        rp_set(ps, at + 2, 3)
    else:
        rp_set(ps, at + 1, 3)
        rp_set(ps, at + 2, skip)


def rp_atom(ps: i32, first: i32) -> i32:
    # One item: 1 (repeatable), 2 (an assertion), 3 (nothing: a comment
    # or global flags), 0 (re.error).
    c = rp_peek(ps, 0)
    f = RePs.flags[ps]
    RePs.wmin[ps] = 0
    RePs.wmax[ps] = 0
    if c == 40:
        return rp_group(ps, first)
    if c == 91:
        return rp_class(ps)
    RePs.i[ps] = RePs.i[ps] + 1
    if c == 46:
        if f & RE_S:
            rp_emit(ps, RX_ANYALL)
        else:
            rp_emit(ps, RX_ANY)
        RePs.wmin[ps] = 1
        RePs.wmax[ps] = 1
        return 1
    if c == 94:
        if f & RE_M:
            rp_emit(ps, RX_MBOL)
        else:
            rp_emit(ps, RX_BOL)
        return 2
    if c == 36:
        if f & RE_M:
            rp_emit(ps, RX_MEOL)
        else:
            rp_emit(ps, RX_EOL)
        return 2
    if c != 92:
        rp_lit(ps, c)
        return 1
    RePs.i[ps] = RePs.i[ps] - 1
    k = rp_escape(ps, 0)
    v = RePs.lit[ps]
    if k == ESC_LIT:
        rp_lit(ps, v)
        return 1
    if k == ESC_CAT:
        rp_emit(ps, RX_SET)
        rp_emit(ps, 8)
        rp_emit(ps, 0)
        rp_emit(ps, 0)
        rp_emit(ps, 1)
        rp_set_item(ps, v, 0, 0)
        RePs.wmin[ps] = 1
        RePs.wmax[ps] = 1
        return 1
    if k == ESC_AT:
        rp_emit(ps, v)
        if v == RX_WB or v == RX_NWB:
            rp_emit(ps, (f & RE_A) != 0)
        return 2
    if k == ESC_REF:
        rp_emit(ps, RX_BREF)
        rp_emit(ps, v)
        rp_emit(ps, (f & RE_I) != 0)
        RePs.wmax[ps] = RE_WINF
        return 1
    return 0
