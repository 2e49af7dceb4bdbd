# import re, part 1: the pattern parser's pieces and the program it
# writes. A pattern's code points are parsed by recursive descent
# (re_parse2.py) straight into the matcher's program (re_exec.py): i32
# words whose jumps are relative to the instruction, so a piece can be
# copied where a counted repeat needs it again. CPython's _parser.py was
# read for what is accepted and for the text and position of each
# re.error; this is not its algorithm.
#
# Instructions (words):
#   MATCH | CHAR c | CHARI c ascii (c lowered) | ANY | ANYALL
#   SET total neg icase count (kind lo hi)* (kind 0 a range, 1..6 \d \D
#       \w \W \s \S, 11..16 the same under re.ASCII)
#   BOL | MBOL | EOL | MEOL | BOS | EOS | WB ascii | NWB ascii
#   SPLIT a b (try pc+a, on failure pc+b) | JMP a | SAVE slot
#   BREF group icase | LOOK kind width len (body, ending in MATCH;
#       kind 0 (?=, 1 (?!, 2 (?<=, 3 (?<!) | MARK reg | PROG reg a
#       (MARK notes the position at a loop's entry; PROG leaves the loop
#       through pc+a when an iteration matched nothing)

RX_MATCH = 1
RX_CHAR = 2
RX_CHARI = 3
RX_ANY = 4
RX_ANYALL = 5
RX_SET = 6
RX_BOL = 7
RX_MBOL = 8
RX_EOL = 9
RX_MEOL = 10
RX_BOS = 11
RX_EOS = 12
RX_WB = 13
RX_NWB = 14
RX_SPLIT = 15
RX_JMP = 16
RX_SAVE = 17
RX_BREF = 18
RX_LOOK = 19
RX_MARK = 20
RX_PROG = 21

RE_I = 2
RE_L = 4
RE_M = 8
RE_S = 16
RE_U = 32
RE_X = 64
RE_DEBUG = 128
RE_A = 256

RE_WINF = 1073741824

# What rp_escape read (RePs.lit holds its value).
ESC_LIT = 1
ESC_CAT = 2
ESC_AT = 3
ESC_REF = 4


def rp_new(cps: i32, n: i32, flags: i32) -> i32:
    ps = alloc(RePs.SIZE)
    memfill(ps, 0, RePs.SIZE)
    RePs.cps[ps] = cps
    RePs.n[ps] = n
    RePs.cap[ps] = 64
    RePs.buf[ps] = alloc(256)
    RePs.flags[ps] = flags
    g = alloc(4 * n + 8)
    memfill(g, 0, 4 * n + 8)
    RePs.gstate[ps] = g
    RePs.names[ps] = NONE
    i = 0
    while i < n:
        if load32(cps + 4 * i) == 10:
            RePs.lines[ps] = 1
        i += 1
    return ps


def rp_emit(ps: i32, w: i32) -> None:
    n = RePs.len[ps]
    if n == RePs.cap[ps]:
        nb = alloc(8 * n)
        memcopy(nb, RePs.buf[ps], 4 * n)
        RePs.buf[ps] = nb
        RePs.cap[ps] = 2 * n
    store32(RePs.buf[ps] + 4 * n, w)
    RePs.len[ps] = n + 1


def rp_set(ps: i32, at: i32, w: i32) -> None:
    store32(RePs.buf[ps] + 4 * at, w)


def rp_peek(ps: i32, k: i32) -> i32:
    # The code point k after the read position, -1 past the end.
    i = RePs.i[ps] + k
    if i >= RePs.n[ps]:
        return -1
    return load32(RePs.cps[ps] + 4 * i)


def rp_next(ps: i32) -> i32:
    c = rp_peek(ps, 0)
    if c >= 0:
        RePs.i[ps] = RePs.i[ps] + 1
    return c


def rp_text(b: i32, ps: i32, a: i32, z: i32) -> None:
    # The pattern's code points a..z into builder b.
    while a < z:
        sb_char(b, load32(RePs.cps[ps] + 4 * a))
        a += 1


def rp_fail(ps: i32, b: i32, pos: i32) -> i32:
    # re.error with CPython's " at position N" (and the line and column
    # when the pattern has a newline); 0 for the caller to return.
    sb_str(b, " at position ")
    sb_int(b, i64(pos))
    if RePs.lines[ps]:
        line = 1
        col = pos + 1
        k = 0
        while k < pos:
            if load32(RePs.cps[ps] + 4 * k) == 10:
                line += 1
                col = pos - k
            k += 1
        sb_str(b, " (line ")
        sb_int(b, i64(line))
        sb_str(b, ", column ")
        sb_int(b, i64(col))
        sb_byte(b, 41)
    raise_(EXC_RE_ERROR, sb_done(b))
    return 0


def rp_err(ps: i32, msg: i32, pos: i32) -> i32:
    b = sb_new(64)
    sb_str(b, msg)
    return rp_fail(ps, b, pos)


def rp_err_text(ps: i32, msg: i32, a: i32, z: i32, pos: i32) -> i32:
    # msg followed by the pattern's text a..z ("bad escape \q").
    b = sb_new(64)
    sb_str(b, msg)
    rp_text(b, ps, a, z)
    return rp_fail(ps, b, pos)


def rp_unsupported(ps: i32, what: i32, pos: i32) -> i32:
    b = sb_new(64)
    sb_str(b, "mayfly does not support ")
    sb_str(b, what)
    return rp_fail(ps, b, pos)


def rp_digit(c: i32, base: i32) -> i32:
    # The value of digit c in base 8, 10 or 16, or -1.
    d = -1
    if c >= 48 and c <= 57:
        d = c - 48
    elif c >= 97 and c <= 102:
        d = c - 87
    elif c >= 65 and c <= 70:
        d = c - 55
    if d >= base:
        return -1
    return d


def rp_hex(ps: i32, start: i32, k: i32) -> i32:
    # \xhh, \uhhhh, \Uhhhhhhhh: exactly k hex digits.
    v = 0
    got = 0
    while got < k and rp_digit(rp_peek(ps, 0), 16) >= 0:
        v = v * 16 + rp_digit(rp_next(ps), 16)
        got += 1
    if got != k:
        return rp_err_text(ps, "incomplete escape ", start, RePs.i[ps], start)
    if v > 1114111:
        return rp_err_text(ps, "bad escape ", start, RePs.i[ps], start)
    RePs.lit[ps] = v
    return ESC_LIT


def rp_octal(ps: i32, start: i32, v: i32, more: i32) -> i32:
    # An octal escape whose first digit gave v: up to `more` further
    # octal digits.
    while more > 0 and rp_digit(rp_peek(ps, 0), 8) >= 0:
        v = v * 8 + rp_digit(rp_next(ps), 8)
        more -= 1
    if v > 255:
        b = sb_new(64)
        sb_str(b, "octal escape value ")
        rp_text(b, ps, start, RePs.i[ps])
        sb_str(b, " outside of range 0-0o377")
        return rp_fail(ps, b, start)
    RePs.lit[ps] = v
    return ESC_LIT


def rp_cat(ps: i32, c: i32) -> i32:
    # \d \D \w \W \s \S: the class kind, or 0.
    k = 0
    if c == 100:
        k = 1
    elif c == 68:
        k = 2
    elif c == 119:
        k = 3
    elif c == 87:
        k = 4
    elif c == 115:
        k = 5
    elif c == 83:
        k = 6
    if k != 0 and RePs.flags[ps] & RE_A:
        k += 10
    return k


def rp_simple_escape(c: i32) -> i32:
    # \a \f \n \r \t \v \\ (and \b in a class): the character, or -1.
    if c == 97:
        return 7
    if c == 102:
        return 12
    if c == 110:
        return 10
    if c == 114:
        return 13
    if c == 116:
        return 9
    if c == 118:
        return 11
    if c == 92:
        return 92
    return -1


def rp_escape(ps: i32, in_class: i32) -> i32:
    # The escape at the read position (a backslash): ESC_* with
    # RePs.lit, or 0 with re.error raised.
    start = RePs.i[ps]
    RePs.i[ps] = start + 1
    c = rp_next(ps)
    if c < 0:
        return rp_err(ps, "bad escape (end of pattern)", start)
    k = rp_cat(ps, c)
    if k != 0:
        RePs.lit[ps] = k
        return ESC_CAT
    if in_class == 0:
        op = 0
        if c == 65:
            op = RX_BOS
        elif c == 90:
            op = RX_EOS
        elif c == 98:
            op = RX_WB
        elif c == 66:
            op = RX_NWB
        if op != 0:
            RePs.lit[ps] = op
            return ESC_AT
    elif c == 98:
        RePs.lit[ps] = 8
        return ESC_LIT
    e = rp_simple_escape(c)
    if e >= 0:
        RePs.lit[ps] = e
        return ESC_LIT
    if c == 120:
        return rp_hex(ps, start, 2)
    if c == 117:
        return rp_hex(ps, start, 4)
    if c == 85:
        return rp_hex(ps, start, 8)
    if c == 78:
        return rp_unsupported(ps, "\\N{...} escapes", start)
    if c == 48:
        return rp_octal(ps, start, 0, 2)
    if c >= 49 and c <= 57:
        if in_class:
            if c <= 55:
                return rp_octal(ps, start, c - 48, 2)
            return rp_err_text(ps, "bad escape ", start, RePs.i[ps], start)
        return rp_group_escape(ps, start, c)
    if (c | 32) >= 97 and (c | 32) <= 122:
        return rp_err_text(ps, "bad escape ", start, RePs.i[ps], start)
    RePs.lit[ps] = c
    return ESC_LIT


def rp_group_escape(ps: i32, start: i32, c: i32) -> i32:
    # \1 .. \99 (a group reference) or a three-digit octal escape.
    g = c - 48
    d = rp_peek(ps, 0)
    if d >= 48 and d <= 57:
        RePs.i[ps] = RePs.i[ps] + 1
        e = rp_peek(ps, 0)
        if c <= 55 and d <= 55 and e >= 48 and e <= 55:
            RePs.i[ps] = RePs.i[ps] + 1
            v = (c - 48) * 64 + (d - 48) * 8 + (e - 48)
            if v > 255:
                b = sb_new(64)
                sb_str(b, "octal escape value ")
                rp_text(b, ps, start, RePs.i[ps])
                sb_str(b, " outside of range 0-0o377")
                return rp_fail(ps, b, start)
            RePs.lit[ps] = v
            return ESC_LIT
        g = g * 10 + d - 48
    if g <= RePs.ngroups[ps]:
        if load32(RePs.gstate[ps] + 4 * g) != 2:
            return rp_err(ps, "cannot refer to an open group", start)
        RePs.lit[ps] = g
        return ESC_REF
    b = sb_new(64)
    sb_str(b, "invalid group reference ")
    sb_int(b, i64(g))
    return rp_fail(ps, b, start + 1)


def rx_lower(c: i32, ascii: i32) -> i32:
    # The simple lowercase mapping IGNORECASE compares by (ASCII only
    # under re.ASCII).
    if c < 128:
        if c >= 65 and c <= 90:
            return c + 32
        return c
    if ascii:
        return c
    return run_map(blob_("lower"), c)


def rx_upper(c: i32, ascii: i32) -> i32:
    if c < 128:
        if c >= 97 and c <= 122:
            return c - 32
        return c
    if ascii:
        return c
    return run_map(blob_("upper"), c)


def rp_lit(ps: i32, c: i32) -> None:
    f = RePs.flags[ps]
    if f & RE_I:
        rp_emit(ps, RX_CHARI)
        rp_emit(ps, rx_lower(c, (f & RE_A) != 0))
        rp_emit(ps, (f & RE_A) != 0)
    else:
        rp_emit(ps, RX_CHAR)
        rp_emit(ps, c)
    RePs.wmin[ps] = 1
    RePs.wmax[ps] = 1


def rp_set_item(ps: i32, kind: i32, lo: i32, hi: i32) -> None:
    rp_emit(ps, kind)
    rp_emit(ps, lo)
    rp_emit(ps, hi)


def rp_class(ps: i32) -> i32:
    # [...] at the read position: one SET instruction.
    start = RePs.i[ps]
    RePs.i[ps] = start + 1
    neg = 0
    if rp_peek(ps, 0) == 94:
        neg = 1
        RePs.i[ps] = RePs.i[ps] + 1
    hdr = RePs.len[ps]
    rp_emit(ps, RX_SET)
    rp_emit(ps, 0)
    rp_emit(ps, neg)
    rp_emit(ps, (RePs.flags[ps] & RE_I) != 0)
    rp_emit(ps, 0)
    count = 0
    first = 1
    while 1:
        c = rp_peek(ps, 0)
        if c < 0:
            return rp_err(ps, "unterminated character set", start)
        if c == 93 and first == 0:
            RePs.i[ps] = RePs.i[ps] + 1
            break
        first = 0
        here = RePs.i[ps]
        lo = c
        if c == 92:
            k = rp_escape(ps, 1)
            if k == 0:
                return 0
            lo = RePs.lit[ps]
            if k == ESC_CAT:
                if rp_peek(ps, 0) == 45 and rp_peek(ps, 1) >= 0 and rp_peek(ps, 1) != 93:
                    return rp_bad_range(ps, here)
                rp_set_item(ps, lo, 0, 0)
                count += 1
                continue
        else:
            RePs.i[ps] = here + 1
        hi = lo
        if rp_peek(ps, 0) == 45 and rp_peek(ps, 1) >= 0 and rp_peek(ps, 1) != 93:
            RePs.i[ps] = RePs.i[ps] + 1
            c2 = rp_peek(ps, 0)
            if c2 == 92:
                k2 = rp_escape(ps, 1)
                if k2 == 0:
                    return 0
                if k2 == ESC_CAT:
                    return rp_bad_range(ps, here)
                hi = RePs.lit[ps]
            else:
                RePs.i[ps] = RePs.i[ps] + 1
                hi = c2
            if hi < lo:
                return rp_bad_range(ps, here)
        rp_set_item(ps, 0, lo, hi)
        count += 1
        f = RePs.flags[ps]
        if lo == hi and lo >= 128 and (f & RE_I) != 0 and (f & RE_A) == 0:
            # A cased character also stands for its other cases ('ǅ'
            # for 'ǆ' and 'Ǆ').
            rp_set_item(ps, 0, rx_lower(lo, 0), rx_lower(lo, 0))
            rp_set_item(ps, 0, rx_upper(lo, 0), rx_upper(lo, 0))
            count += 2
    rp_set(ps, hdr + 1, RePs.len[ps] - hdr)
    rp_set(ps, hdr + 4, count)
    RePs.wmin[ps] = 1
    RePs.wmax[ps] = 1
    return 1


def rp_bad_range(ps: i32, here: i32) -> i32:
    # "bad character range z-a": the range as written.
    if rp_peek(ps, 0) == 45:
        RePs.i[ps] = RePs.i[ps] + 1
        if rp_peek(ps, 0) == 92:
            RePs.i[ps] = RePs.i[ps] + 1
        RePs.i[ps] = RePs.i[ps] + 1
    return rp_err_text(ps, "bad character range ", here, RePs.i[ps], here)


def rp_skip_verbose(ps: i32) -> None:
    # Under re.VERBOSE: whitespace and # comments between the pieces.
    if (RePs.flags[ps] & RE_X) == 0:
        return
    while 1:
        c = rp_peek(ps, 0)
        if c == 32 or (c >= 9 and c <= 13):
            RePs.i[ps] = RePs.i[ps] + 1
        elif c == 35:
            while c >= 0 and c != 10:
                c = rp_next(ps)
        else:
            return


def rp_name(ps: i32, term: i32) -> i32:
    # A group name up to `term` (consumed): a str, or 0 with re.error.
    start = RePs.i[ps]
    while 1:
        c = rp_peek(ps, 0)
        if c < 0:
            if RePs.i[ps] == start:
                return rp_err(ps, "missing group name", start)
            b = sb_new(64)
            sb_str(b, "missing ")
            sb_char(b, term)
            sb_str(b, ", unterminated name")
            return rp_fail(ps, b, start)
        if c == term:
            break
        RePs.i[ps] = RePs.i[ps] + 1
    end = RePs.i[ps]
    RePs.i[ps] = end + 1
    if end == start:
        return rp_err(ps, "missing group name", start)
    b = sb_new(32)
    rp_text(b, ps, start, end)
    name = sb_done(b)
    if m_isidentifier(u64(name)) != TRUE:
        b2 = sb_new(64)
        sb_str(b2, "bad character in group name ")
        repr_into(b2, u64(name))
        return rp_fail(ps, b2, start)
    return name
