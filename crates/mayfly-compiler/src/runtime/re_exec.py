# import re, part 3: the matcher. A backtracking machine over the program
# re_parse*.py writes, with an explicit stack (ReVm.stack, 3 words an
# entry) so that the depth of the wasm stack never grows with the
# subject: only look-around bodies run in a nested call. An entry is a
# choice (pc, pos, 0) or an undo record (-1, address, old value) for a
# group or loop register written since the choice below it.


def rx_subj(s: i32) -> i32:
    # The subject str s decoded for matching (ReSubj).
    j = alloc(ReSubj.SIZE)
    n = Str.nchars[s]
    ReSubj.str[j] = s
    ReSubj.n[j] = n
    ReSubj.data[j] = Str.data[s]
    ReSubj.cps[j] = 0
    ReSubj.boff[j] = 0
    if n == Str.nbytes[s]:
        return j
    cps = alloc(4 * n + 4)
    boff = alloc(4 * n + 4)
    p = Str.data[s]
    nb = Str.nbytes[s]
    b = 0
    k = 0
    while b < nb:
        w = utf8_len(load8(p + b))
        store32(cps + 4 * k, decode_cp(p + b, w))
        store32(boff + 4 * k, b)
        b += w
        k += 1
    store32(boff + 4 * n, nb)
    ReSubj.cps[j] = cps
    ReSubj.boff[j] = boff
    return j


def rx_slice(j: i32, a: i32, z: i32) -> i32:
    # The subject's code points a..z as a str.
    s = ReSubj.str[j]
    boff = ReSubj.boff[j]
    if boff == 0:
        return str_piece(s, a, z - a)
    x = load32(boff + 4 * a)
    return str_piece(s, x, load32(boff + 4 * z) - x)


def rx_vm(pat: i32, j: i32) -> i32:
    vm = alloc(ReVm.SIZE)
    memfill(vm, 0, ReVm.SIZE)
    ReVm.code[vm] = RePattern.code[pat]
    ReVm.subj[vm] = j
    ng = RePattern.ngroups[pat]
    nr = 2 * (ng + 1) + RePattern.nregs[pat]
    regs = alloc(4 * nr + 4)
    ReVm.regs[vm] = regs
    ReVm.lregs[vm] = regs + 8 * (ng + 1)
    ReVm.lastix[vm] = regs + 4 * nr
    ReVm.cap[vm] = 64
    ReVm.stack[vm] = alloc(12 * 64)
    ReVm.end[vm] = ReSubj.n[j]
    ReVm.adv[vm] = -1
    ReVm.cps[vm] = ReSubj.cps[j]
    ReVm.data[vm] = ReSubj.data[j]
    return vm


def rx_at(vm: i32, pos: i32) -> i32:
    cps = ReVm.cps[vm]
    if cps != 0:
        return load32(cps + 4 * pos)
    return load8(ReVm.data[vm] + pos)


def rx_push(vm: i32, a: i32, b: i32, c: i32) -> None:
    sp = ReVm.sp[vm]
    if sp == ReVm.cap[vm]:
        ns = alloc(24 * sp)
        memcopy(ns, ReVm.stack[vm], 12 * sp)
        ReVm.stack[vm] = ns
        ReVm.cap[vm] = 2 * sp
    e = ReVm.stack[vm] + 12 * sp
    store32(e, a)
    store32(e + 4, b)
    store32(e + 8, c)
    ReVm.sp[vm] = sp + 1


def rx_write(vm: i32, addr: i32, v: i32) -> None:
    # A register write that backtracking undoes.
    rx_push(vm, -1, addr, load32(addr))
    store32(addr, v)


def rx_is_word(c: i32, ascii: i32) -> i32:
    if c < 128:
        return (c | 32) >= 97 and (c | 32) <= 122 or (c >= 48 and c <= 57) or c == 95
    if ascii:
        return 0
    return in_ranges(blob_("is_alnum"), c)


def rx_cat(kind: i32, c: i32) -> i32:
    # \d \D \w \W \s \S (kinds 1..6; 11..16 under re.ASCII).
    ascii = kind > 10
    k = kind
    if ascii:
        k = kind - 10
    r = 0
    if k <= 2:
        r = c >= 48 and c <= 57
        if c >= 128 and ascii == 0:
            r = in_ranges(blob_("is_decimal"), c)
    elif k <= 4:
        r = rx_is_word(c, ascii)
    else:
        r = c == 32 or (c >= 9 and c <= 13)
        if ascii == 0 and r == 0:
            r = (c >= 28 and c <= 31) or (c >= 128 and in_ranges(blob_("is_space"), c))
    if (k & 1) == 0:
        return r == 0
    return r


def rx_chari(x: i32, c: i32, ascii: i32) -> i32:
    # Does x match the (lowered) pattern character c under IGNORECASE?
    # Beyond ASCII two characters also match when their lower cases
    # have one upper case ('ı' and 'i', 'µ' and 'μ'), as CPython's
    # extra cases do.
    lx = rx_lower(x, ascii)
    if lx == c:
        return 1
    if ascii or (lx < 128 and c < 128):
        return 0
    return rx_upper(lx, 0) == rx_upper(c, 0)


def rx_in_items(code: i32, pc: i32, c: i32) -> i32:
    n = load32(code + 4 * pc + 16)
    e = code + 4 * pc + 20
    while n > 0:
        kind = load32(e)
        if kind == 0:
            if c >= load32(e + 4) and c <= load32(e + 8):
                return 1
        elif rx_cat(kind, c):
            return 1
        e += 12
        n -= 1
    return 0


def rx_in_set(code: i32, pc: i32, c: i32) -> i32:
    r = rx_in_items(code, pc, c)
    if r == 0 and load32(code + 4 * pc + 12):
        # IGNORECASE: c's lower and upper case, and the lower case of its
        # upper case ('ſ' is in [a-z] through 'S').
        u = rx_upper(c, 0)
        r = rx_in_items(code, pc, rx_lower(c, 0)) or rx_in_items(code, pc, u) or rx_in_items(code, pc, rx_lower(u, 0))
    return r != load32(code + 4 * pc + 8)


def rx_at_word(vm: i32, pos: i32, ascii: i32) -> i32:
    # Is pos a word boundary?
    a = pos > 0 and rx_is_word(rx_at(vm, pos - 1), ascii)
    b = pos < ReVm.end[vm] and rx_is_word(rx_at(vm, pos), ascii)
    return a != b


def rx_bref(vm: i32, g: i32, icase: i32, pos: i32) -> i32:
    # The end of a match of group g's text at pos, or -1.
    regs = ReVm.regs[vm]
    a = load32(regs + 8 * g)
    z = load32(regs + 8 * g + 4)
    if a < 0 or z < 0:
        return -1
    if pos + z - a > ReVm.end[vm]:
        return -1
    while a < z:
        x = rx_at(vm, a)
        y = rx_at(vm, pos)
        if x != y:
            if icase == 0 or rx_lower(x, 0) != rx_lower(y, 0):
                return -1
        a += 1
        pos += 1
    return pos


def rx_backtrack(vm: i32, base: i32) -> i32:
    # Pops to the latest choice above base, undoing writes: its entry's
    # address, or 0 when none is left.
    while ReVm.sp[vm] > base:
        sp = ReVm.sp[vm] - 1
        ReVm.sp[vm] = sp
        e = ReVm.stack[vm] + 12 * sp
        if load32(e) >= 0:
            return e
        store32(load32(e + 4), load32(e + 8))
    return 0


def rx_keep_undo(vm: i32, base: i32) -> None:
    # After a look-ahead body matched: its choices go, its writes stay
    # undoable by the choices below.
    st = ReVm.stack[vm]
    k = base
    i = base
    n = ReVm.sp[vm]
    while i < n:
        e = st + 12 * i
        if load32(e) < 0:
            memcopy(st + 12 * k, e, 12)
            k += 1
        i += 1
    ReVm.sp[vm] = k


def rx_run(vm: i32, pc: i32, pos: i32, top: i32) -> i32:
    # Runs the program from pc at pos: the end of the first match found,
    # or -1. `top`: the whole pattern (fullmatch and the no-empty-match
    # rule apply), else a look-around body.
    code = ReVm.code[vm]
    base = ReVm.sp[vm]
    end = ReVm.end[vm]
    while 1:
        op = load32(code + 4 * pc)
        ok = 1
        if op == RX_CHAR:
            ok = pos < end and rx_at(vm, pos) == load32(code + 4 * pc + 4)
            pos += 1
            pc += 2
        elif op == RX_CHARI:
            ok = pos < end and rx_chari(rx_at(vm, pos), load32(code + 4 * pc + 4), load32(code + 4 * pc + 8))
            pos += 1
            pc += 3
        elif op == RX_SET:
            ok = pos < end and rx_in_set(code, pc, rx_at(vm, pos))
            pos += 1
            pc += load32(code + 4 * pc + 4)
        elif op == RX_ANY:
            ok = pos < end and rx_at(vm, pos) != 10
            pos += 1
            pc += 1
        elif op == RX_ANYALL:
            ok = pos < end
            pos += 1
            pc += 1
        elif op == RX_SPLIT:
            rx_push(vm, pc + load32(code + 4 * pc + 8), pos, 0)
            pc += load32(code + 4 * pc + 4)
        elif op == RX_JMP:
            pc += load32(code + 4 * pc + 4)
        elif op == RX_SAVE:
            slot = load32(code + 4 * pc + 4)
            rx_write(vm, ReVm.regs[vm] + 4 * slot, pos)
            if slot & 1:
                rx_write(vm, ReVm.lastix[vm], slot >> 1)
            pc += 2
        elif op == RX_MARK:
            rx_write(vm, ReVm.lregs[vm] + 4 * load32(code + 4 * pc + 4), pos)
            pc += 2
        elif op == RX_PROG:
            if load32(ReVm.lregs[vm] + 4 * load32(code + 4 * pc + 4)) == pos:
                pc += load32(code + 4 * pc + 8)
            else:
                pc += 3
        elif op == RX_MATCH:
            if top == 0:
                return pos
            if ReVm.full[vm] and pos != end:
                ok = 0
            elif pos == ReVm.adv[vm] and pos == ReVm.start[vm]:
                ok = 0
            else:
                return pos
        elif op == RX_BREF:
            pos = rx_bref(vm, load32(code + 4 * pc + 4), load32(code + 4 * pc + 8), pos)
            ok = pos >= 0
            pc += 3
        elif op == RX_LOOK:
            ok = rx_look(vm, code, pc, pos)
            pc += load32(code + 4 * pc + 12)
        else:
            ok = rx_assert(vm, op, load32(code + 4 * pc + 4), pos)
            pc += 1
            if op == RX_WB or op == RX_NWB:
                pc += 1
        if ok == 0:
            e = rx_backtrack(vm, base)
            if e == 0:
                return -1
            pc = load32(e)
            pos = load32(e + 4)
    return -1


def rx_assert(vm: i32, op: i32, arg: i32, pos: i32) -> i32:
    end = ReVm.end[vm]
    if op == RX_BOL or op == RX_BOS:
        return pos == 0
    if op == RX_MBOL:
        return pos == 0 or rx_at(vm, pos - 1) == 10
    if op == RX_EOS:
        return pos == end
    if op == RX_EOL:
        return pos == end or (pos == end - 1 and rx_at(vm, pos) == 10)
    if op == RX_MEOL:
        return pos == end or rx_at(vm, pos) == 10
    # CPython's \b and \B both fail on an empty subject.
    if op == RX_WB:
        return end > 0 and rx_at_word(vm, pos, arg)
    if op == RX_NWB:
        return end > 0 and rx_at_word(vm, pos, arg) == 0
    return 0


def rx_look(vm: i32, code: i32, pc: i32, pos: i32) -> i32:
    # A look-around at pos: does the machine go on?
    kind = load32(code + 4 * pc + 4)
    at = pos
    if kind >= 2:
        at = pos - load32(code + 4 * pc + 8)
    base = ReVm.sp[vm]
    r = -1
    if at >= 0:
        r = rx_run(vm, pc + 4, at, 0)
    if kind == 0 or kind == 2:
        if r < 0:
            return 0
        rx_keep_undo(vm, base)
        return 1
    if r < 0:
        return 1
    while rx_backtrack(vm, base) != 0:
        pass
    return 0


def rx_search(vm: i32, pos: i32, anchored: i32) -> i32:
    # The first match starting at pos or later (only at pos if
    # anchored): its start, with the groups in ReVm.regs; -1 if none.
    regs = ReVm.regs[vm]
    nr = (ReVm.lastix[vm] - regs) / 4 + 1
    code = ReVm.code[vm]
    lead = -1
    if load32(code) == RX_CHAR:
        lead = load32(code + 4)
    end = ReVm.end[vm]
    # A failed attempt undoes every write it made, so the registers are
    # reset once, not at each start.
    memfill(regs, 255, 4 * nr)
    ReVm.sp[vm] = 0
    while pos <= end:
        if lead < 0 or (pos < end and rx_at(vm, pos) == lead):
            ReVm.start[vm] = pos
            r = rx_run(vm, 0, pos, 1)
            if r >= 0:
                store32(regs, pos)
                store32(regs + 4, r)
                return pos
        if anchored:
            return -1
        pos += 1
    return -1
