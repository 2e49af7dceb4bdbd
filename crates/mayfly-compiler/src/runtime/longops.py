# The operators of ops.py where an int beyond i64 takes part: an operand
# is a Long, or an i64 result overflowed. Called only from `if LONGS:`
# clauses (runtime/long.py says why).

OP_ADD = 0
OP_SUB = 1
OP_MUL = 2
OP_FLOORDIV = 3
OP_MOD = 4


def long_pair(ka: i32, kb: i32) -> i32:
    # Both numbers (num_kind) and one of them a Long.
    return (ka == 3 or kb == 3) and ka != 0 and kb != 0


def long_arith(op: i32, a: i64, b: i64) -> i64:
    # a op b for two numbers at least one of which is a Long or whose i64
    # result overflowed. With a float, the int becomes a float first
    # (OverflowError if it is too large for one), as in CPython.
    if num_kind(a) == 2 or num_kind(b) == 2:
        fa = mkfloat(floatval(a))
        fb = mkfloat(floatval(b))
        if exc != 0:
            return 0
        if op == OP_ADD:
            return add(fa, fb)
        if op == OP_SUB:
            return sub(fa, fb)
        if op == OP_MUL:
            return mul(fa, fb)
        if op == OP_FLOORDIV:
            return floordiv(fa, fb)
        return mod_(fa, fb)
    if op == OP_ADD:
        return long_addsub(a, b, 0)
    if op == OP_SUB:
        return long_addsub(a, b, 1)
    if op == OP_MUL:
        return long_mul(a, b)
    if is_zero_int(b):
        if op == OP_FLOORDIV:
            raise_(EXC_ZERODIV, "integer division or modulo by zero")
        else:
            raise_(EXC_ZERODIV, "integer modulo by zero")
        return 0
    q = long_divmod(a, b)
    if op == OP_FLOORDIV:
        return q
    return lg_rem


def long_true(a: i64, b: i64) -> i64:
    # int / int when one of them may not be exact as a double.
    if is_zero_int(b):
        raise_(EXC_ZERODIV, "division by zero")
        return 0
    return int_truediv(a, b)


def int_kind_pair(a: i64, b: i64) -> i32:
    return (num_kind(a) & 1) == 1 and (num_kind(b) & 1) == 1


def long_shift(a: i64, b: i64, left: i32) -> i64:
    # a << b or a >> b where a or b is a Long, or a << b overflowed i64.
    if long_sign(b) < 0:
        raise_(EXC_VALUE, "negative shift count")
        return 0
    if is_long(b):
        if left == 0:
            if long_sign(a) < 0:
                return mkint(-1)
            return mkint(0)
        if is_zero_int(a):
            return mkint(0)
        raise_(EXC_OVERFLOW, "too many digits in integer")
        return 0
    if left:
        return long_lshift(a, intval(b))
    return long_rshift(a, intval(b))


def long_sign(v: i64) -> i32:
    # -1, 0 or 1 for any int.
    if typeof(v) == TAG_LONG:
        if lg_neg(i32(v)):
            return -1
        return 1
    x = intval(v)
    if x < 0:
        return -1
    return x > 0


def int_num_eq(a: i64, b: i64) -> i32:
    # a == b for two numbers of which one is a Long, or an int that a
    # double may not hold exactly against a float.
    if num_kind(a) == 2:
        return int_float_cmp(b, Float.value[i32(a)]) == 0
    if num_kind(b) == 2:
        return int_float_cmp(a, Float.value[i32(b)]) == 0
    return long_cmp(a, b) == 0


def int_num_cmp(a: i64, b: i64) -> i32:
    # cmp() of ops.py for the same pairs: -1, 0, 1, or 2 for a NaN.
    if num_kind(a) == 2:
        c = int_float_cmp(b, Float.value[i32(a)])
        if c == 2:
            return 2
        return 0 - c
    if num_kind(b) == 2:
        return int_float_cmp(a, Float.value[i32(b)])
    return long_cmp(a, b)


def exact_pair(ka: i32, kb: i32, a: i64, b: i64) -> i32:
    # The numbers a, b need the exact comparison: a Long, or a float
    # against an int beyond 2**53.
    if ka == 3 or kb == 3:
        return 1
    if ka == 2 and kb == 1:
        return big_int(b)
    if ka == 1 and kb == 2:
        return big_int(a)
    return 0


def int_pow(a: i64, b: i64) -> i64:
    # a ** b for ints of any size: exact by repeated squaring for b >= 0,
    # CPython's float power for b < 0.
    if long_sign(b) < 0:
        fa = floatval(a)
        fb = floatval(b)
        if exc != 0:
            return 0
        return float_pow(fa, fb)
    if is_long(b):
        # Only 0, 1 and -1 have powers this large that memory could hold.
        if is_zero_int(a):
            return mkint(0)
        if a == mkint(1) or a == TRUE:
            return mkint(1)
        if a == mkint(-1):
            return mkint(1 - 2 * (lg_dig(i32(b), 0) & 1))
        raise_(EXC_MEMORY, "")
        return 0
    n = intval(b)
    r = mkint(1)
    x = a
    while n > 0:
        if n & 1:
            r = mul(r, x)
        n = n >> 1
        if n > 0:
            x = mul(x, x)
        if exc != 0:
            return 0
    return r
