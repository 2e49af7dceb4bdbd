# Shortest round-trip digits of a double in exact 128-bit integer
# arithmetic: the digit-removal loop of Ryu (Ulf Adams, PLDI 2018) on
# exactly computed scaled bounds instead of Ryu's precomputed tables.
#
# For x = f * 2**e (f the 53-bit mantissa), pick k so that x * 10**k has
# at least 18 digits. The value and the two ends of its rounding interval
# times 10**k are (4f + c) * 5**k * 2**(e + k - 2) with c = 0, +2 and -2
# (-1 when x is a power of two, whose lower neighbour is closer). With
# 4f + c < 2**55 and 5**k < 2**63 the product fits 128 bits, so each
# floor and whether it was exact are known exactly; all three floors are
# below 2**63. Removing trailing digits while the interval still holds a
# shorter number gives the shortest digits, the closest one when several
# fit and ties to even: what float.py's bignum Burger & Dybvig gives, in
# a few hundred instructions instead of about twenty thousand.
#
# Covers normal doubles from about 1e-10 up to 1e18 (k from 0 to 27);
# fast_digits returns 0 outside that and float.py falls back.

m128_hi: i64 = 0
sf_exact: i32 = 0


def mul_64x64(a: i64, b: i64) -> i64:
    # The low 64 bits of the unsigned product a * b; the high 64 go to
    # m128_hi. Wasm has no 64x64->128 multiply: four 32x32 ones.
    a0 = a & i64(4294967295)
    a1 = shru(a, i64(32))
    b0 = b & i64(4294967295)
    b1 = shru(b, i64(32))
    p00 = a0 * b0
    p01 = a0 * b1
    p10 = a1 * b0
    mid = shru(p00, i64(32)) + (p01 & i64(4294967295)) + (p10 & i64(4294967295))
    m128_hi = a1 * b1 + shru(p01, i64(32)) + shru(p10, i64(32)) + shru(mid, i64(32))
    return (p00 & i64(4294967295)) | (mid << i64(32))


def pow5(k: i32) -> i64:
    # 5**k for k <= 27 (below 2**63), by squaring: at most five rounds.
    r: i64 = 1
    b: i64 = 5
    while k != 0:
        if k & 1:
            r = r * b
        b = b * b
        k = k >> 1
    return r


def scaled_floor(m: i64, p5: i64, shift: i32) -> i64:
    # floor(m * p5 / 2**shift) as an unsigned 64-bit value, all ones when
    # it does not fit (callers compare with ltu/gtu, or know it fits); a
    # shift <= 0 multiplies. Sets sf_exact to whether nothing was cut off.
    lo = mul_64x64(m, p5)
    hi = m128_hi
    if shift <= 0:
        sf_exact = 1
        s = 0 - shift
        if hi != 0 or s > 63 or (s > 0 and shru(lo, i64(64 - s)) != 0):
            return -1
        return lo << i64(s)
    if shift >= 128:
        sf_exact = lo == 0 and hi == 0
        return 0
    if shift >= 64:
        t = i64(shift - 64)
        sf_exact = lo == 0 and (hi & ((i64(1) << t) - i64(1))) == 0
        return shru(hi, t)
    t = i64(shift)
    sf_exact = (lo & ((i64(1) << t) - i64(1))) == 0
    if shru(hi, t) != 0:
        return -1
    return shru(lo, t) | (hi << (i64(64) - t))


def fast_digits(x: f64, digits: i32) -> i32:
    # Writes the digits of x > 0 to `digits` and returns nd | (k << 8),
    # the value being 0.d1d2... * 10**k; 0 when x is out of range.
    f = f_mant(x)
    e = f_exp(x)
    if f < 4503599627370496:
        return 0
    # floor(log10(2**(e + 52))) <= floor(log10(x)), so x * 10**k >= 1e17:
    # at least 18 digits, one more than any double needs, so the loop below
    # removes at least one and rounds on it; and x * 10**k < 2e18.
    q = ((e + 52) * 78913) >> 18
    k = 17 - q
    if k < 0 or k > 27:
        return 0
    p5 = pow5(k)
    shift = 2 - e - k
    even = (f & i64(1)) == 0
    low: i64 = 2
    if f == 4503599627370496:
        low = 1
    vr = scaled_floor(4 * f, p5, shift)
    vr_tz = sf_exact
    vp = scaled_floor(4 * f + 2, p5, shift)
    vp_exact = sf_exact
    vm = scaled_floor(4 * f - low, p5, shift)
    # The interval's ends belong to it only when f is even (round-half-even
    # parsing gives x at an exact midpoint then).
    vm_tz = sf_exact and even
    if vp_exact and not even:
        vp -= 1
    removed = 0
    last = 0
    # `last` is the digit removed most recently; vr_tz says whether all
    # removed below it, and vr's part below the start, were zero. A short
    # decimal (0.1, 98.5) drops most of its 18 digits, so four at a time
    # first. The divisors stay constants: a loop over 10**8, 10**4, 10**2
    # and 10 with a variable divisor measured slower than this.
    while 1:
        vp10 = divu(vp, 10000)
        vm10 = divu(vm, 10000)
        if vp10 <= vm10:
            break
        vm_tz = vm_tz and vm - vm10 * 10000 == 0
        vr10 = divu(vr, 10000)
        rem = vr - vr10 * 10000
        d = divu(rem, 1000)
        vr_tz = vr_tz and last == 0 and rem - d * 1000 == 0
        last = i32(d)
        vr = vr10
        vp = vp10
        vm = vm10
        removed += 4
    while 1:
        vp10 = divu(vp, 10)
        vm10 = divu(vm, 10)
        if vp10 <= vm10:
            break
        vm_tz = vm_tz and vm - vm10 * 10 == 0
        vr_tz = vr_tz and last == 0
        vr10 = divu(vr, 10)
        last = i32(vr - vr10 * 10)
        vr = vr10
        vp = vp10
        vm = vm10
        removed += 1
    if vm_tz:
        while 1:
            vm10 = divu(vm, 10)
            if vm - vm10 * 10 != 0:
                break
            vr_tz = vr_tz and last == 0
            vr10 = divu(vr, 10)
            last = i32(vr - vr10 * 10)
            vr = vr10
            vp = divu(vp, 10)
            vm = vm10
            removed += 1
    if vr_tz and last == 5 and (vr & i64(1)) == 0:
        last = 4
    if (vr == vm and (not even or not vm_tz)) or last >= 5:
        vr += 1
    q = int_digits(digits, vr)
    nd = digits + 24 - q
    copy_to(digits, q, nd)
    while load8(digits + nd - 1) == 48:
        nd -= 1
    return nd | ((digits + 24 - q + removed - k) << 8)

