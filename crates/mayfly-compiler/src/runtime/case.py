# str.lower/upper/title/capitalize/swapcase with CPython 3.11's Unicode 14
# case mappings: full (one-to-many) mappings like 'ß'.upper() == 'SS', the
# final sigma rule, titlecase letters. The tables (runtime/case/*.bin,
# generated from CPython itself by tools/gen_case_tables.py) enter the
# image through blob_() only in programs that call these methods; ASCII
# is mapped inline and an all-ASCII str never touches them.

CASE_LOWER = 0
CASE_UPPER = 1
CASE_SWAP = 2
CASE_TITLE = 3
CASE_CAPITALIZE = 4
# casefold: lower, but for the characters fold_full maps further (ß is
# "ss") and Σ, always σ (no final-sigma rule).
CASE_FOLD = 5


def run_map(tab: i32, c: i32) -> i32:
    # The simple mapping of c in a runs table (see the generator), or c.
    runs = CaseTable.entries[tab]
    lo = 0
    hi = CaseTable.count[tab]
    while lo < hi:
        mid = (lo + hi) >> 1
        if (CaseRun.span[runs + CaseRun.SIZE * mid] & 2097151) <= c:
            lo = mid + 1
        else:
            hi = mid
    if lo == 0:
        return c
    e = runs + CaseRun.SIZE * (lo - 1)
    w = CaseRun.span[e]
    off = c - (w & 2097151)
    step = ((w >> 28) & 1) + 1
    if off % step != 0 or off / step > ((w >> 21) & 127):
        return c
    return c + CaseRun.delta[e]


def full_find(tab: i32, c: i32) -> i32:
    # The CaseFull entry of a one-to-many mapping of c, or 0.
    lo = 0
    hi = CaseTable.count[tab]
    while lo < hi:
        mid = (lo + hi) >> 1
        e = CaseTable.entries[tab] + CaseFull.SIZE * mid
        x = CaseFull.cp[e]
        if x == c:
            return e
        if x < c:
            lo = mid + 1
        else:
            hi = mid
    return 0


def put_full(b: i32, e: i32) -> None:
    sb_char(b, CaseFull.to1[e])
    sb_char(b, CaseFull.to2[e])
    if CaseFull.to3[e] != 0:
        sb_char(b, CaseFull.to3[e])


def in_ranges(tab: i32, c: i32) -> i32:
    # The entries are u32 range words, start | (length - 1) << 21.
    words = CaseTable.entries[tab]
    lo = 0
    hi = CaseTable.count[tab]
    while lo < hi:
        mid = (lo + hi) >> 1
        if (load32(words + 4 * mid) & 2097151) <= c:
            lo = mid + 1
        else:
            hi = mid
    if lo == 0:
        return 0
    w = load32(words + 4 * (lo - 1))
    return c - (w & 2097151) <= ((w >> 21) & 2047)


def is_cased_cp(c: i32) -> i32:
    if c < 128:
        return (c | 32) >= 97 and (c | 32) <= 122
    return in_ranges(blob_("cased"), c)


def is_ignorable_cp(c: i32) -> i32:
    if c < 128:
        return c == 39 or c == 46 or c == 58 or c == 94 or c == 96
    return in_ranges(blob_("ignorable"), c)


def final_sigma(p: i32, n: i32, i: i32) -> i32:
    # CPython's handle_capital_sigma for the Σ at byte i: a cased letter
    # before it and none after it, skipping case-ignorable characters.
    j = i
    c = 0
    found = 0
    while j > 0:
        j -= 1
        while j > 0 and (load8(p + j) & 192) == 128:
            j -= 1
        c = decode_cp(p + j, utf8_len(load8(p + j)))
        if is_ignorable_cp(c) == 0:
            found = 1
            break
    if found == 0 or is_cased_cp(c) == 0:
        return 0
    j = i + 2
    while j < n:
        k = utf8_len(load8(p + j))
        c = decode_cp(p + j, k)
        if is_ignorable_cp(c) == 0:
            return is_cased_cp(c) == 0
        j += k
    return 1


def put_lower(b: i32, c: i32, p: i32, n: i32, i: i32) -> None:
    if c == 931:
        if final_sigma(p, n, i):
            sb_char(b, 962)
        else:
            sb_char(b, 963)
        return
    e = full_find(blob_("lower_full"), c)
    if e != 0:
        put_full(b, e)
        return
    sb_char(b, run_map(blob_("lower"), c))


def put_fold(b: i32, c: i32, p: i32, n: i32, i: i32) -> None:
    e = full_find(blob_("fold_full"), c)
    if e != 0:
        sb_char(b, CaseFull.to1[e])
        if CaseFull.to2[e] != 0:
            sb_char(b, CaseFull.to2[e])
        if CaseFull.to3[e] != 0:
            sb_char(b, CaseFull.to3[e])
        return
    if c == 931:
        sb_char(b, 963)
        return
    put_lower(b, c, p, n, i)


def put_upper(b: i32, c: i32) -> None:
    e = full_find(blob_("upper_full"), c)
    if e != 0:
        put_full(b, e)
        return
    sb_char(b, run_map(blob_("upper"), c))


def title_single(c: i32) -> i32:
    # The one-code-point titlecase of c (no full mapping): an override
    # where it is not the simple uppercase.
    tab = blob_("title")
    lo = 0
    hi = CaseTable.count[tab]
    while lo < hi:
        mid = (lo + hi) >> 1
        e = CaseTable.entries[tab] + CaseTitle.SIZE * mid
        x = CaseTitle.cp[e]
        if x == c:
            return CaseTitle.title[e]
        if x < c:
            lo = mid + 1
        else:
            hi = mid
    return run_map(blob_("upper"), c)


def put_title(b: i32, c: i32) -> None:
    e = full_find(blob_("title_full"), c)
    if e != 0:
        put_full(b, e)
        return
    sb_char(b, title_single(c))


def put_swap(b: i32, c: i32, p: i32, n: i32, i: i32) -> None:
    # Uppercase letters go lower, lowercase ones upper; titlecase letters
    # (Lt: their own titlecase, with both other cases) stay. The generator
    # checks this reading of the tables against CPython's swapcase.
    has_lower = full_find(blob_("lower_full"), c) != 0 or run_map(blob_("lower"), c) != c
    if has_lower:
        has_upper = full_find(blob_("upper_full"), c) != 0 or run_map(blob_("upper"), c) != c
        if has_upper and full_find(blob_("title_full"), c) == 0 and title_single(c) == c:
            sb_char(b, c)
            return
        put_lower(b, c, p, n, i)
        return
    put_upper(b, c)


def case_ascii(s: i32, mode: i32) -> i32:
    # All-ASCII str: byte for byte, same length.
    n = Str.nbytes[s]
    r = str_alloc(n, n)
    prev = 0
    i = 0
    while i < n:
        c = load8(Str.data[s] + i)
        letter = (c | 32) >= 97 and (c | 32) <= 122
        if letter:
            up = 0
            if mode == CASE_UPPER:
                up = 1
            elif mode == CASE_SWAP:
                up = c >= 97
            elif mode == CASE_TITLE:
                up = prev == 0
            elif mode == CASE_CAPITALIZE:
                up = i == 0
            if up:
                c = c & 223
            else:
                c = c | 32
        prev = letter
        store8(Str.data[r] + i, c)
        i += 1
    return r


def case_map(s: i32, mode: i32) -> i32:
    n = Str.nbytes[s]
    if n == Str.nchars[s]:
        return case_ascii(s, mode)
    p = Str.data[s]
    b = sb_new(n + 8)
    prev = 0
    i = 0
    while i < n:
        k = utf8_len(load8(p + i))
        c = decode_cp(p + i, k)
        want = mode
        if mode == CASE_TITLE:
            if prev:
                want = CASE_LOWER
            prev = is_cased_cp(c)
        elif mode == CASE_CAPITALIZE:
            want = CASE_LOWER
            if i == 0:
                want = CASE_TITLE
        if c < 128:
            if (c | 32) >= 97 and (c | 32) <= 122:
                if want == CASE_LOWER or want == CASE_FOLD:
                    c = c | 32
                elif want == CASE_SWAP:
                    c = c ^ 32
                else:
                    c = c & 223
            sb_byte(b, c)
        elif want == CASE_LOWER:
            put_lower(b, c, p, n, i)
        elif want == CASE_UPPER:
            put_upper(b, c)
        elif want == CASE_SWAP:
            put_swap(b, c, p, n, i)
        elif want == CASE_FOLD:
            put_fold(b, c, p, n, i)
        else:
            put_title(b, c)
        i += k
    return sb_done(b)


def ascii_lower(s: i32) -> i32:
    # Header names (ASCII tokens) without the Unicode tables.
    n = Str.nbytes[s]
    r = str_alloc(n, Str.nchars[s])
    i = 0
    while i < n:
        c = load8(Str.data[s] + i)
        if c >= 65 and c <= 90:
            c += 32
        store8(Str.data[r] + i, c)
        i += 1
    return r


def case_method(v: i64, mode: i32, name: i32) -> i64:
    if typeof(v) == TAG_BYTES:
        if b_enter(v, 0, 0, B_PLAIN, name) == 0:
            return 0
        return b_leave(v, 0, 0, case_method(v, mode, name))
    if need_str(v, name) == 0:
        return 0
    return u64(case_map(i32(v), mode))


def m_lower(v: i64) -> i64:
    return case_method(v, CASE_LOWER, "lower")


def m_casefold(v: i64) -> i64:
    return case_method(v, CASE_FOLD, "casefold")


def m_upper(v: i64) -> i64:
    return case_method(v, CASE_UPPER, "upper")


def m_swapcase(v: i64) -> i64:
    return case_method(v, CASE_SWAP, "swapcase")


def m_title(v: i64) -> i64:
    return case_method(v, CASE_TITLE, "title")


def m_capitalize(v: i64) -> i64:
    return case_method(v, CASE_CAPITALIZE, "capitalize")
