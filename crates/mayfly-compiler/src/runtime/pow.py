# ** and pow(). int ** non-negative int is exact integer arithmetic;
# everything else is CPython's float_pow: its special cases here, then
# libm's pow through the host import f64_pow (the same function CPython
# calls, so the results are bit-identical). The compiler imports f64_pow
# only into programs that use ** or pow.


def pow_(a: i64, b: i64) -> i64:
    ka = num_kind(a)
    kb = num_kind(b)
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
    if m == 0 or m == NONE:
        return pow_(a, b)
    if num_kind(a) != 1 or num_kind(b) != 1 or num_kind(m) != 1:
        raise_(EXC_TYPE, "pow() 3rd argument not allowed unless all arguments are integers")
        return 0
    x = intval(a)
    e = intval(b)
    md = intval(m)
    if md == 0:
        raise_(EXC_VALUE, "pow() 3rd argument cannot be 0")
        return 0
    if e < 0:
        raise_(EXC_VALUE, "pow() with a negative exponent and a modulus (a modular inverse) is not supported")
        return 0
    r: i64 = 1
    x = intval(mod_(mkint(x), m))
    while e > 0:
        if e & 1:
            r = intval(mod_(mul_i64(r, x), m))
        x = intval(mod_(mul_i64(x, x), m))
        e = e >> 1
    return mod_(mkint(r), m)
