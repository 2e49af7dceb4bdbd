# import re, part 2b: groups of every kind - capturing and named ones,
# (?:...), back references by name, look-around (a fixed width behind,
# as CPython requires), comments and inline flags - with CPython's
# errors for each malformed form.


def rp_flag(c: i32) -> i32:
    if c == 105:
        return RE_I
    if c == 109:
        return RE_M
    if c == 115:
        return RE_S
    if c == 120:
        return RE_X
    if c == 97:
        return RE_A
    if c == 117:
        return RE_U
    if c == 76:
        return RE_L
    return 0


def rp_group(ps: i32, first: i32) -> i32:
    start = RePs.i[ps]
    RePs.i[ps] = start + 1
    if rp_peek(ps, 0) != 63:
        return rp_capture(ps, start, 0)
    RePs.i[ps] = start + 2
    c = rp_next(ps)
    if c < 0:
        return rp_err(ps, "unexpected end of pattern", start + 2)
    if c == 58:
        return rp_body(ps, start)
    if c == 80:
        c2 = rp_next(ps)
        if c2 == 60:
            name = rp_name(ps, 62)
            if name == 0:
                return 0
            return rp_capture(ps, start, name)
        if c2 == 61:
            return rp_named_ref(ps)
        if c2 < 0:
            return rp_err(ps, "unexpected end of pattern", start + 3)
        return rp_err_text(ps, "unknown extension ?P", start + 3, start + 4, start + 1)
    if c == 61 or c == 33:
        return rp_look(ps, start, c == 33)
    if c == 60:
        c2 = rp_next(ps)
        if c2 == 61 or c2 == 33:
            return rp_look(ps, start, 2 + (c2 == 33))
        if c2 < 0:
            return rp_err(ps, "unexpected end of pattern", start + 3)
        return rp_err_text(ps, "unknown extension ?<", start + 3, start + 4, start + 1)
    if c == 35:
        while 1:
            c = rp_next(ps)
            if c < 0:
                return rp_err(ps, "missing ), unterminated comment", start)
            if c == 41:
                return 3
    if c == 40:
        return rp_unsupported(ps, "conditional groups (?(...)...)", start)
    if c == 62:
        return rp_unsupported(ps, "atomic groups (?>...)", start)
    if rp_flag(c) != 0 or c == 45:
        RePs.i[ps] = RePs.i[ps] - 1
        return rp_flags(ps, start, first)
    return rp_err_text(ps, "unknown extension ?", start + 2, start + 3, start + 1)


def rp_body(ps: i32, start: i32) -> i32:
    # A group's alternatives and its ')'.
    if rp_alt(ps, 0) == 0:
        return 0
    if rp_peek(ps, 0) != 41:
        return rp_err(ps, "missing ), unterminated subpattern", start)
    RePs.i[ps] = RePs.i[ps] + 1
    return 1


def rp_capture(ps: i32, start: i32, name: i32) -> i32:
    g = RePs.ngroups[ps] + 1
    RePs.ngroups[ps] = g
    if name != 0:
        if RePs.names[ps] == NONE:
            RePs.names[ps] = dict_new()
        ep = dict_lookup(RePs.names[ps], u64(name))
        if ep != 0:
            b = sb_new(64)
            sb_str(b, "redefinition of group name ")
            repr_into(b, u64(name))
            sb_str(b, " as group ")
            sb_int(b, i64(g))
            sb_str(b, "; was group ")
            sb_int(b, intval(Entry.value[ep]))
            return rp_fail(ps, b, start + 4)
        dict_set(RePs.names[ps], u64(name), mkint(i64(g)))
    store32(RePs.gstate[ps] + 4 * g, 1)
    rp_emit(ps, RX_SAVE)
    rp_emit(ps, 2 * g)
    if rp_body(ps, start) == 0:
        return 0
    rp_emit(ps, RX_SAVE)
    rp_emit(ps, 2 * g + 1)
    store32(RePs.gstate[ps] + 4 * g, 2)
    return 1


def rp_named_ref(ps: i32) -> i32:
    # (?P=name)
    at = RePs.i[ps]
    name = rp_name(ps, 41)
    if name == 0:
        return 0
    ep = 0
    if RePs.names[ps] != NONE:
        ep = dict_lookup(RePs.names[ps], u64(name))
    if ep == 0:
        b = sb_new(64)
        sb_str(b, "unknown group name ")
        repr_into(b, u64(name))
        return rp_fail(ps, b, at)
    g = i32(intval(Entry.value[ep]))
    if load32(RePs.gstate[ps] + 4 * g) != 2:
        return rp_err(ps, "cannot refer to an open group", at)
    rp_emit(ps, RX_BREF)
    rp_emit(ps, g)
    rp_emit(ps, (RePs.flags[ps] & RE_I) != 0)
    RePs.wmin[ps] = 0
    RePs.wmax[ps] = RE_WINF
    return 1


def rp_look(ps: i32, start: i32, kind: i32) -> i32:
    hdr = RePs.len[ps]
    rp_emit(ps, RX_LOOK)
    rp_emit(ps, kind)
    rp_emit(ps, 0)
    rp_emit(ps, 0)
    if rp_body(ps, start) == 0:
        return 0
    rp_emit(ps, RX_MATCH)
    if kind >= 2:
        if RePs.wmin[ps] != RePs.wmax[ps]:
            raise_(EXC_RE_ERROR, "look-behind requires fixed-width pattern")
            return 0
        rp_set(ps, hdr + 2, RePs.wmin[ps])
    rp_set(ps, hdr + 3, RePs.len[ps] - hdr)
    RePs.wmin[ps] = 0
    RePs.wmax[ps] = 0
    return 1


def rp_flags(ps: i32, start: i32, first: i32) -> i32:
    # (?aiLmsux) at the start of the pattern, or (?flags-flags:...), with
    # CPython's errors for each malformed form.
    on = 0
    off = 0
    c = rp_next(ps)
    if c != 45:
        while 1:
            f = rp_flag(c)
            if c == 76:
                return rp_err(ps, "bad inline flags: cannot use 'L' flag with a str pattern", RePs.i[ps])
            on = on | f
            if (f & (RE_A | RE_U)) != 0 and (on & (RE_A | RE_U)) != f:
                return rp_err(ps, "bad inline flags: flags 'a', 'u' and 'L' are incompatible", RePs.i[ps])
            c = rp_next(ps)
            if c < 0:
                return rp_err(ps, "missing -, : or )", RePs.i[ps])
            if c == 41 or c == 45 or c == 58:
                break
            if rp_flag(c) == 0:
                return rp_flag_error(ps, c, "missing -, : or )")
    if c == 41:
        if first == 0:
            return rp_err(ps, "global flags not at the start of the expression", start)
        RePs.flags[ps] = RePs.flags[ps] | on
        return 3
    if c == 45:
        c = rp_next(ps)
        if c < 0:
            return rp_err(ps, "missing flag", RePs.i[ps])
        if rp_flag(c) == 0:
            return rp_flag_error(ps, c, "missing flag")
        while 1:
            f = rp_flag(c)
            if f & (RE_A | RE_U | RE_L):
                return rp_err(ps, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'", RePs.i[ps])
            off = off | f
            c = rp_next(ps)
            if c < 0:
                return rp_err(ps, "missing :", RePs.i[ps])
            if c == 58:
                break
            if rp_flag(c) == 0:
                return rp_flag_error(ps, c, "missing :")
    if on & off:
        return rp_err(ps, "bad inline flags: flag turned on and off", RePs.i[ps] - 1)
    saved = RePs.flags[ps]
    RePs.flags[ps] = (saved | on) & (-1 - off)
    if rp_body(ps, start) == 0:
        return 0
    RePs.flags[ps] = saved
    return 1


def rp_flag_error(ps: i32, c: i32, msg: i32) -> i32:
    # A character that is not a flag where one may be: "unknown flag"
    # for a letter, else msg, at that character.
    if (c | 32) >= 97 and (c | 32) <= 122:
        msg = "unknown flag"
    return rp_err(ps, msg, RePs.i[ps] - 1)
