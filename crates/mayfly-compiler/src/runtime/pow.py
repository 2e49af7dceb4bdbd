# ** and pow(). int ** non-negative int is exact integer arithmetic;
# everything else is CPython's float_pow: its special cases here, then
# libm's pow through the host import f64_pow (the same function CPython
# calls, so the results are bit-identical). The compiler imports f64_pow
# only into programs that use ** or pow.


def pow_(a: i64, b: i64) -> i64:
    ka = num_kind(a)
    kb = num_kind(b)
    if LONGS and ((ka & 1) == 1 and (kb & 1) == 1):
        return int_pow(a, b)
    if ka == 1 and kb == 1:
        x = intval(a)
        n = intval(b)
        if n < 0:
            return float_pow(f64(x), f64(n))
        r: i64 = 1
        while n > 0:
            if n & 1:
                r = i_mul(r, x)
                if exc != 0:
                    return 0
            n = n >> 1
            if n > 0:
                x = i_mul(x, x)
                if exc != 0:
                    return 0
        return mkint(r)
    if ka != 0 and kb != 0:
        return float_pow(floatval(a), floatval(b))
    return op_error("** or pow()", a, b)


def i_mul(x: i64, y: i64) -> i64:
    v = mul_i64(x, y)
    return intval(v)


def is_odd_int(y: f64) -> i32:
    return fmod_(fabs(y), 2.0) == 1.0


def float_pow(x: f64, y: f64) -> i64:
    # CPython's float_pow, case by case.
    if y == 0.0:
        return mkfloat(1.0)
    if x != x:
        return mkfloat(x)
    if y != y:
        if x == 1.0:
            return mkfloat(1.0)
        return mkfloat(y)
    inf = 1e308 * 10.0
    if fabs(y) == inf:
        ax = fabs(x)
        if ax == 1.0:
            return mkfloat(1.0)
        if (y > 0.0) == (ax > 1.0):
            return mkfloat(inf)
        return mkfloat(0.0)
    if fabs(x) == inf:
        if y > 0.0:
            if is_odd_int(y):
                return mkfloat(x)
            return mkfloat(inf)
        if is_odd_int(y):
            return mkfloat(copysign(0.0, x))
        return mkfloat(0.0)
    if x == 0.0:
        if y < 0.0:
            raise_(EXC_ZERODIV, "0.0 cannot be raised to a negative power")
            return 0
        if is_odd_int(y):
            return mkfloat(x)
        return mkfloat(0.0)
    negate = 0
    if x < 0.0:
        if y != floor(y):
            # CPython answers with a complex number; there are none here.
            raise_(EXC_VALUE, "negative number cannot be raised to a fractional power (CPython gives a complex number, which mayfly does not support)")
            return 0
        x = 0.0 - x
        negate = is_odd_int(y)
    if x == 1.0:
        if negate:
            return mkfloat(-1.0)
        return mkfloat(1.0)
    r = f64_pow(x, y)
    if fabs(r) == inf:
        # Finite operands: pow overflowed (errno ERANGE in CPython).
        raise_(EXC_OVERFLOW, "(34, 'Numerical result out of range')")
        return 0
    if negate:
        r = 0.0 - r
    return mkfloat(r)


def pow3(a: i64, b: i64, m: i64) -> i64:
    # pow(a, b, m) with the generic operators, so that it works on ints of
    # any size; a negative b takes the modular inverse first (3.8+).
    if m == 0 or m == NONE:
        return pow_(a, b)
    if (num_kind(a) & 1) == 0 or (num_kind(b) & 1) == 0 or (num_kind(m) & 1) == 0:
        raise_(EXC_TYPE, "pow() 3rd argument not allowed unless all arguments are integers")
        return 0
    if m == 1 or m == FALSE:
        raise_(EXC_VALUE, "pow() 3rd argument cannot be 0")
        return 0
    x = mod_(a, m)
    e = b
    if long_sign(e) < 0:
        x = mod_inverse(x, m)
        if exc != 0:
            return 0
        e = neg(e)
    r = mod_(mkint(1), m)
    while long_sign(e) > 0:
        if and_(e, mkint(1)) != 1:
            r = mod_(mul(r, x), m)
        e = rshift(e, mkint(1))
        if long_sign(e) > 0:
            x = mod_(mul(x, x), m)
        if exc != 0:
            return 0
    return r


def mod_inverse(x: i64, m: i64) -> i64:
    # The inverse of x modulo |m| by the extended Euclidean algorithm.
    n = m
    if long_sign(m) < 0:
        n = neg(m)
    old_r = mod_(x, n)
    r = n
    old_s = mkint(1)
    s = mkint(0)
    while long_sign(r) != 0:
        q = floordiv(old_r, r)
        t = sub(old_r, mul(q, r))
        old_r = r
        r = t
        t = sub(old_s, mul(q, s))
        old_s = s
        s = t
        if exc != 0:
            return 0
    if old_r != mkint(1):
        raise_(EXC_VALUE, "base is not invertible for the given modulus")
        return 0
    return mod_(old_s, n)
