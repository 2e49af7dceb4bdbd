# Division of ints of any size (Long, runtime/long.py): Knuth's algorithm
# D on u32 digits, and Python's floor division and modulo on top of it.

# The remainders of mag_divmod (a magnitude) and long_divmod (a value).
lg_remp: i32 = 0
lg_rem: i64 = 0

B32 = 4294967296


def mag_divmod(a: i32, b: i32) -> i32:
    # |a| // |b| as a fresh magnitude, |a| % |b| in lg_remp; b is not 0.
    na = lg_len(a)
    nb = lg_len(b)
    if na < nb:
        lg_remp = mag_copy(a, na)
        return lg_new(1)
    if nb == 1:
        return mag_div1(a, na, lg_dig(b, 0))
    # Normalize: shift both so that the divisor's top digit has its high
    # bit set, which keeps each estimated quotient digit within 2 of the
    # true one. Shifts by 32 - s of a 32-bit digit held in an i64 are 0
    # when s is 0, as wanted.
    s = i64(clz(i32(lg_dig(b, nb - 1))))
    vn = lg_new(nb)
    i = nb - 1
    while i > 0:
        store32(Long.digits[vn] + 4 * i, i32((lg_dig(b, i) << s) | shru(lg_dig(b, i - 1), 32 - s)))
        i -= 1
    store32(Long.digits[vn], i32(lg_dig(b, 0) << s))
    un = lg_new(na + 1)
    store32(Long.digits[un] + 4 * na, i32(shru(lg_dig(a, na - 1), 32 - s)))
    i = na - 1
    while i > 0:
        store32(Long.digits[un] + 4 * i, i32((lg_dig(a, i) << s) | shru(lg_dig(a, i - 1), 32 - s)))
        i -= 1
    store32(Long.digits[un], i32(lg_dig(a, 0) << s))
    q = lg_new(na - nb + 1)
    vtop = lg_dig(vn, nb - 1)
    vnext = lg_dig(vn, nb - 2)
    j = na - nb
    while j >= 0:
        num = (lg_dig(un, j + nb) << i64(32)) | lg_dig(un, j + nb - 1)
        qhat = divu(num, vtop)
        rhat = num - qhat * vtop
        while geu(qhat, B32) or gtu(qhat * vnext, (rhat << i64(32)) | lg_dig(un, j + nb - 2)):
            qhat -= 1
            rhat += vtop
            if geu(rhat, B32):
                break
        # Multiply and subtract qhat * vn from the window of un.
        k: i64 = 0
        i = 0
        while i < nb:
            p = qhat * lg_dig(vn, i)
            t = lg_dig(un, i + j) - k - (p & 4294967295)
            store32(Long.digits[un] + 4 * (i + j), i32(t))
            k = shru(p, i64(32)) - (t >> i64(32))
            i += 1
        t = lg_dig(un, j + nb) - k
        store32(Long.digits[un] + 4 * (j + nb), i32(t))
        if t < 0:
            # qhat was one too large (rare): add the divisor back.
            qhat -= 1
            k = 0
            i = 0
            while i < nb:
                t = lg_dig(un, i + j) + lg_dig(vn, i) + k
                store32(Long.digits[un] + 4 * (i + j), i32(t))
                k = shru(t, i64(32))
                i += 1
            store32(Long.digits[un] + 4 * (j + nb), i32(lg_dig(un, j + nb) + k))
        store32(Long.digits[q] + 4 * j, i32(qhat))
        j -= 1
    r = lg_new(nb)
    i = 0
    while i < nb:
        store32(Long.digits[r] + 4 * i, i32(shru(lg_dig(un, i), s) | (lg_dig(un, i + 1) << (32 - s))))
        i += 1
    lg_remp = r
    return q


def mag_div1(a: i32, na: i32, d: i64) -> i32:
    # Division by one digit, top down; the remainder is below d.
    q = lg_new(na)
    r: i64 = 0
    i = na - 1
    while i >= 0:
        t = (r << i64(32)) | lg_dig(a, i)
        qd = divu(t, d)
        store32(Long.digits[q] + 4 * i, i32(qd))
        r = t - qd * d
        i -= 1
    rp = lg_new(1)
    store32(Long.digits[rp], i32(r))
    lg_remp = rp
    return q


def long_divmod(a: i64, b: i64) -> i64:
    # Python's a // b (returned) and a % b (in lg_rem) for ints, b != 0:
    # the quotient rounds toward minus infinity, the remainder takes the
    # divisor's sign.
    pa = lg_of(a)
    pb = lg_of(b)
    q = mag_divmod(pa, pb)
    r = lg_remp
    sa = lg_neg(pa)
    sb = lg_neg(pb)
    if sa == sb:
        lg_rem = lg_done(r, sb)
        return lg_done(q, 0)
    if lg_len(r) == 0:
        lg_rem = 1
        return lg_done(q, 1)
    lg_rem = lg_done(mag_sub(pb, r), sb)
    return lg_done(mag_add(q, lg_of(3)), 1)


def is_zero_int(v: i64) -> i32:
    # 0 or False (a Long is never zero).
    return v == 1 or v == FALSE
