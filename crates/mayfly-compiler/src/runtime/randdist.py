# random.seed and the float distributions of `import random`, with
# CPython 3.11's formulas evaluated in its order (the same words drawn,
# the same operations on them, libm's log/exp/sin/cos through the host
# as math does), so a seeded program gets CPython's floats bit for bit.


def rx_seed(st: i32, a: i64, version: i64) -> i64:
    # seed(a): ints by their magnitude's 32-bit words, floats by their
    # hash (CPython's), None from host entropy.
    if a == 0 or a == NONE:
        mt_seed_entropy(st)
        return NONE
    t = typeof(a)
    if t == TAG_STR or t == TAG_BYTES:
        rnd_seed_text(st, a, version)
        if exc != 0:
            return 0
        return NONE
    if typeof(a) == TAG_LONG:
        p = i32(a)
        mt_seed_words(st, Long.digits[p], lg_len(p))
        return NONE
    m: i64 = 0
    if num_kind(a) == 1:
        m = intval(a)
        if m < 0:
            # 0 - m of -2**63 wraps to itself: right read unsigned.
            m = 0 - m
    elif t == TAG_FLOAT:
        # CPython takes the hash as a C size_t: a negative one is read
        # unsigned, not negated.
        m = float_hash(Float.value[i32(a)])
    else:
        raise_(EXC_TYPE, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
        return 0
    key = static_(8)
    store32(key, i32(m))
    store32(key + 4, i32(shru(m, i64(32))))
    n = 0
    if m != 0:
        n = 1
    if shru(m, i64(32)) != 0:
        n = 2
    mt_seed_words(st, key, n)
    return NONE


def rnd_seed_text(st: i32, a: i64, version: i64) -> None:
    # Version 2 (the default) seeds with int.from_bytes(a + sha512(a)),
    # a str taken as its UTF-8 bytes; version 1's hash is not supported.
    if version != 0 and version != mkint(2):
        raise_(EXC_NOT_IMPLEMENTED, "random.seed() of a str or bytes with version other than 2 is not supported")
        return
    p = i32(a)
    n = Str.nbytes[p]
    buf = alloc(n + 64)
    memcopy(buf, Str.data[p], n)
    sha512(Str.data[p], n, buf + n)
    # int.from_bytes(buf, "big") as u32 words, least significant first.
    total = n + 64
    nw = (total + 3) / 4
    key = alloc(4 * nw)
    memfill(key, 0, 4 * nw)
    i = 0
    while i < total:
        b = load8(buf + total - 1 - i)
        w = key + 4 * (i / 4)
        store32(w, load32(w) | (b << (8 * (i % 4))))
        i += 1
    while nw > 0 and load32(key + 4 * (nw - 1)) == 0:
        nw -= 1
    mt_seed_words(st, key, nw)


def rnd_float_arg(v: i64, dflt: f64) -> i64:
    if v == 0:
        return mkfloat(dflt)
    return v


def rx_triangular(st: i32, lo: i64, hi: i64, mode: i64) -> i64:
    lo = rnd_float_arg(lo, 0.0)
    hi = rnd_float_arg(hi, 1.0)
    u = mkfloat(mt_random(st))
    c = mkfloat(0.5)
    if mode != 0 and mode != NONE:
        top = sub(mode, lo)
        if top == 0:
            return 0
        width = sub(hi, lo)
        if width == 0:
            return 0
        # CPython catches the ZeroDivisionError and returns low.
        if num_kind(top) != 0 and num_kind(width) != 0 and truthy(width) == 0:
            return lo
        c = truediv(top, width)
        if c == 0:
            return 0
    g = gt(u, c)
    if exc != 0:
        return 0
    if g:
        u = mkfloat(1.0 - floatval(u))
        c = sub(mkfloat(1.0), c)
        if c == 0:
            return 0
        t = lo
        lo = hi
        hi = t
    r = math_sqrt(mul(u, c))
    if r == 0:
        return 0
    d = sub(hi, lo)
    if d == 0:
        return 0
    p = mul(d, r)
    if p == 0:
        return 0
    return add(lo, p)


def rnd_scale(mu: i64, sigma: i64, z: f64) -> i64:
    # mu + z * sigma (defaults 0.0 and 1.0).
    mu = rnd_float_arg(mu, 0.0)
    sigma = rnd_float_arg(sigma, 1.0)
    p = mul(mkfloat(z), sigma)
    if p == 0:
        return 0
    return add(mu, p)


def rx_gauss(st: i32, mu: i64, sigma: i64) -> i64:
    # Box-Muller, two values per pair of draws; the second waits in the
    # state for the next call (seed() forgets it).
    if load32(st + RS_HAS_GAUSS):
        store32(st + RS_HAS_GAUSS, 0)
        return rnd_scale(mu, sigma, loadf(st + RS_GAUSS))
    x2pi = mt_random(st) * 6.283185307179586
    g2rad = sqrt(-2.0 * f64_math(M_LOG, 1.0 - mt_random(st), 0.0))
    z = f64_math(M_COS, x2pi, 0.0) * g2rad
    storef(st + RS_GAUSS, f64_math(M_SIN, x2pi, 0.0) * g2rad)
    store32(st + RS_HAS_GAUSS, 1)
    return rnd_scale(mu, sigma, z)


def rnd_normal(st: i32) -> f64:
    # Kinderman and Monahan's ratio method, CPython's constant.
    while 1:
        u1 = mt_random(st)
        u2 = 1.0 - mt_random(st)
        z = 1.7155277699214135 * (u1 - 0.5) / u2
        zz = z * z / 4.0
        if zz <= 0.0 - f64_math(M_LOG, u2, 0.0):
            return z
    return 0.0


def rx_normalvariate(st: i32, mu: i64, sigma: i64) -> i64:
    return rnd_scale(mu, sigma, rnd_normal(st))


def rx_lognormvariate(st: i32, mu: i64, sigma: i64) -> i64:
    v = rx_normalvariate(st, mu, sigma)
    if v == 0:
        return 0
    return math_libm(M_EXP, v)


def rx_expovariate(st: i32, lambd: i64) -> i64:
    x = 0.0 - f64_math(M_LOG, 1.0 - mt_random(st), 0.0)
    return truediv(mkfloat(x), lambd)


def rx_randbytes(st: i32, nv: i64) -> i64:
    # getrandbits(n * 8).to_bytes(n, "little"): the words' bytes in
    # order, the last word cut to its high bytes.
    if (num_kind(nv) & 1) == 0:
        object_type_error(nv, "' object cannot be interpreted as an integer")
        return 0
    n = intval(nv)
    if n < 0:
        raise_(EXC_VALUE, "number of bits must be non-negative")
        return 0
    b = bytes_alloc(i32(n))
    d = Str.data[b]
    i = 0
    while i < i32(n):
        w = mt_next(st)
        left = i32(n) - i
        if left < 4:
            w = shru(w, 32 - 8 * left)
        k = 0
        while k < 4 and i < i32(n):
            store8(d + i, shru(w, 8 * k) & 255)
            k += 1
            i += 1
    return u64(b)
