# `import math`: the functions computed in the guest (sqrt is the Wasm
# instruction, correctly rounded as C's; floor, ceil, trunc, fabs,
# copysign, the float classifications, the integer functions) and the C
# library's transcendental functions through the host import `f64_math`
# (op below), which CPython calls too, so the results are bit-identical.
# Errors as CPython's math_1: a NaN from a non-NaN argument is "math
# domain error" (ValueError); an infinity from a finite one is "math
# range error" (OverflowError) for the functions that can overflow, a
# domain error for the others (log(0)).

# f64_math ops
M_EXP = 0
M_LOG = 1
M_LOG2 = 2
M_LOG10 = 3
M_SIN = 4
M_COS = 5
M_TAN = 6
M_ASIN = 7
M_ACOS = 8
M_ATAN = 9
M_SINH = 10
M_COSH = 11
M_TANH = 12
M_EXPM1 = 13
M_LOG1P = 14
M_ATAN2 = 15


def math_arg(v: i64) -> f64:
    # A real number as a float; TypeError otherwise.
    if num_kind(v) == 0:
        s = sb_new(48)
        sb_str(s, "must be real number, not ")
        sb_str(s, type_name(v))
        raise_(EXC_TYPE, sb_done(s))
        return 0.0
    return floatval(v)


def math_checked(x: f64, r: f64, can_overflow: i32) -> i64:
    if r != r and x == x:
        raise_(EXC_VALUE, "math domain error")
        return 0
    if fabs(r) == inf_() and fabs(x) != inf_():
        if can_overflow:
            raise_(EXC_OVERFLOW, "math range error")
        else:
            raise_(EXC_VALUE, "math domain error")
        return 0
    return mkfloat(r)


def inf_() -> f64:
    return fbits(9218868437227405312)


def math_libm(op: i32, v: i64) -> i64:
    x = math_arg(v)
    if exc != 0:
        return 0
    r = f64_math(op, x, 0.0)
    return math_checked(x, r, op == M_EXP or op == M_SINH or op == M_COSH or op == M_EXPM1)


def math_log(v: i64, base: i64) -> i64:
    # log(x) and log(x, base) (0: absent).
    r = math_libm(M_LOG, v)
    if base == 0 or r == 0:
        return r
    b = math_libm(M_LOG, base)
    if b == 0:
        return 0
    return truediv(r, b)


def math_atan2(y: i64, x: i64) -> i64:
    a = math_arg(y)
    b = math_arg(x)
    if exc != 0:
        return 0
    return mkfloat(f64_math(M_ATAN2, a, b))


def math_sqrt(v: i64) -> i64:
    x = math_arg(v)
    if exc != 0:
        return 0
    if x < 0.0:
        raise_(EXC_VALUE, "math domain error")
        return 0
    return mkfloat(sqrt(x))


def float_to_int(x: f64) -> i64:
    # CPython's errors for an integral float that is not finite.
    if x != x:
        raise_(EXC_VALUE, "cannot convert float NaN to integer")
        return 0
    if fabs(x) == inf_():
        raise_(EXC_OVERFLOW, "cannot convert float infinity to integer")
        return 0
    if fabs(x) >= 9.2e18:
        if LONGS:
            return long_from_float(x)
        return overflow()
    return mkint(i64(x))


def math_integral(v: i64, mode: i32) -> i64:
    # floor (mode 0), ceil (1) and trunc (2) to an int; an int is itself.
    if num_kind(v) == 1:
        return mkint(intval(v))
    if num_kind(v) == 3:
        return v
    if CLASSES:
        if typeof(v) == TAG_INST:
            return inst_math_integral(v, mode)
    x = math_arg(v)
    if exc != 0:
        return 0
    if mode == 0:
        return float_to_int(floor(x))
    if mode == 1:
        return float_to_int(ceil(x))
    return float_to_int(ftrunc(x))


def math_fabs(v: i64) -> i64:
    x = math_arg(v)
    if exc != 0:
        return 0
    return mkfloat(fabs(x))


def math_copysign(a: i64, b: i64) -> i64:
    x = math_arg(a)
    y = math_arg(b)
    if exc != 0:
        return 0
    return mkfloat(copysign(x, y))


def math_isfinite(v: i64) -> i64:
    x = math_arg(v)
    return mkbool(x == x and fabs(x) != inf_())


def math_isinf(v: i64) -> i64:
    x = math_arg(v)
    return mkbool(fabs(x) == inf_())


def math_isnan(v: i64) -> i64:
    x = math_arg(v)
    return mkbool(x != x)


def math_degrees(v: i64) -> i64:
    # CPython: x * (180 / pi), the constant rounded once.
    x = math_arg(v)
    return mkfloat(x * 57.29577951308232)


def math_radians(v: i64) -> i64:
    x = math_arg(v)
    return mkfloat(x * 0.017453292519943295)


def math_int(v: i64) -> i32:
    # An int (or bool) argument; TypeError otherwise.
    if (num_kind(v) & 1) == 0:
        object_type_error(v, "' object cannot be interpreted as an integer")
        return 0
    return 1


def math_gcd(a: i64, b: i64) -> i64:
    if math_int(a) == 0:
        return 0
    if math_int(b) == 0:
        return 0
    if LONGS and (is_long(a) or is_long(b)):
        return big_gcd(a, b)
    x = intval(a)
    y = intval(b)
    if x < 0:
        x = 0 - x
    if y < 0:
        y = 0 - y
    while y != 0:
        t = x % y
        x = y
        y = t
    return mkint(x)


def math_factorial(v: i64) -> i64:
    if math_int(v) == 0:
        return 0
    n = intval(v)
    if n < 0:
        raise_(EXC_VALUE, "factorial() not defined for negative values")
        return 0
    if LONGS:
        return big_factorial(n)
    r: i64 = 1
    i: i64 = 2
    while i <= n:
        if r > 9223372036854775807 / i:
            return overflow()
        r = r * i
        i += 1
    return mkint(r)


def math_isqrt(v: i64) -> i64:
    if math_int(v) == 0:
        return 0
    if LONGS and is_long(v):
        return big_isqrt(v)
    n = intval(v)
    if n < 0:
        raise_(EXC_VALUE, "isqrt() argument must be nonnegative")
        return 0
    r = i64(sqrt(f64(n)))
    while r * r > n:
        r -= 1
    while (r + 1) * (r + 1) <= n:
        r += 1
    return mkint(r)
