# random's remaining distributions with CPython 3.11's algorithms:
# gammavariate (Cheng's rejection for alpha > 1, the exponential at 1,
# Ahrens-Dieter below), betavariate (two gammas), vonmisesvariate,
# paretovariate and weibullvariate. The loops run on floats (an int
# argument enters CPython's arithmetic as the same float); the last step
# and every `**` are the generic operations, so ints, errors and the
# platform pow are CPython's.


def rnd_positive(v: i64) -> i32:
    # v > 0.0, as CPython compares it (TypeError for a non-number).
    c = le(v, mkfloat(0.0))
    if exc != 0:
        return -1
    return c == 0


def rnd_gamma(st: i32, alpha: i64, beta: i64) -> i64:
    pa = rnd_positive(alpha)
    if pa < 0:
        return 0
    pb = 0
    if pa:
        pb = rnd_positive(beta)
        if pb < 0:
            return 0
    if pa == 0 or pb == 0:
        raise_(EXC_VALUE, "gammavariate: alpha and beta must be > 0.0")
        return 0
    a = floatval(alpha)
    if exc != 0:
        return 0
    if a > 1.0:
        ainv = sqrt(2.0 * a - 1.0)
        # CPython's LOG4 = log(4.0) and SG_MAGICCONST = 1.0 + log(4.5).
        bbb = a - 1.3862943611198906
        ccc = a + ainv
        while 1:
            u1 = mt_random(st)
            if not (1e-7 < u1 and u1 < 0.9999999):
                continue
            u2 = 1.0 - mt_random(st)
            v = f64_math(M_LOG, u1 / (1.0 - u1), 0.0) / ainv
            x = a * f64_math(M_EXP, v, 0.0)
            z = u1 * u1 * u2
            r = bbb + ccc * v - x
            if r + 2.504077396776274 - 4.5 * z >= 0.0 or r >= f64_math(M_LOG, z, 0.0):
                return mul(mkfloat(x), beta)
    if a == 1.0:
        return mul(mkfloat(0.0 - f64_math(M_LOG, 1.0 - mt_random(st), 0.0)), beta)
    e = 2.718281828459045
    while 1:
        u = mt_random(st)
        b = (e + a) / e
        p = b * u
        if p <= 1.0:
            xv = float_pow(p, 1.0 / a)
            if xv == 0:
                return 0
            x = floatval(xv)
        else:
            x = 0.0 - f64_math(M_LOG, (b - p) / a, 0.0)
        u1 = mt_random(st)
        if p > 1.0:
            w = float_pow(x, a - 1.0)
            if w == 0:
                return 0
            if u1 <= floatval(w):
                break
        elif u1 <= f64_math(M_EXP, 0.0 - x, 0.0):
            break
    return mul(mkfloat(x), beta)


def rx_gammavariate(st: i32, alpha: i64, beta: i64) -> i64:
    return rnd_gamma(st, alpha, beta)


def rx_betavariate(st: i32, alpha: i64, beta: i64) -> i64:
    y = rnd_gamma(st, alpha, mkfloat(1.0))
    if y == 0:
        return 0
    if truthy(y):
        y2 = rnd_gamma(st, beta, mkfloat(1.0))
        if y2 == 0:
            return 0
        return truediv(y, add(y, y2))
    return mkfloat(0.0)


def rx_vonmisesvariate(st: i32, mu: i64, kappa: i64) -> i64:
    small = le(kappa, mkfloat(0.000001))
    if exc != 0:
        return 0
    if small:
        return mkfloat(6.283185307179586 * mt_random(st))
    s = 0.5 / floatval(kappa)
    r = s + sqrt(1.0 + s * s)
    z = 0.0
    while 1:
        u1 = mt_random(st)
        z = f64_math(M_COS, 3.141592653589793 * u1, 0.0)
        d = z / (r + z)
        u2 = mt_random(st)
        if u2 < 1.0 - d * d or u2 <= (1.0 - d) * f64_math(M_EXP, d, 0.0):
            break
    q = 1.0 / r
    f = (q + z) / (1.0 + q * z)
    u3 = mt_random(st)
    ac = math_libm(M_ACOS, mkfloat(f))
    if ac == 0:
        return 0
    if u3 > 0.5:
        t = add(mu, ac)
    else:
        t = sub(mu, ac)
    if t == 0:
        return 0
    return mod_(t, mkfloat(6.283185307179586))


def rx_paretovariate(st: i32, alpha: i64) -> i64:
    u = 1.0 - mt_random(st)
    e = truediv(mkfloat(-1.0), alpha)
    if e == 0:
        return 0
    return pow_(mkfloat(u), e)


def rx_weibullvariate(st: i32, alpha: i64, beta: i64) -> i64:
    u = 1.0 - mt_random(st)
    e = truediv(mkfloat(1.0), beta)
    if e == 0:
        return 0
    p = pow_(mkfloat(0.0 - f64_math(M_LOG, u, 0.0)), e)
    if p == 0:
        return 0
    return mul(alpha, p)
