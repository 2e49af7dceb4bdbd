# Operators, truthiness, equality, ordering, hashing, str() and repr().


def truthy(v: i64) -> i32:
    if v & 1:
        return v != 1
    if v < 8:
        return v == TRUE
    p = i32(v)
    t = load32(p)
    if t == TAG_STR or t == TAG_LIST or t == TAG_TUPLE or t == TAG_DICT or t == TAG_BYTES:
        # One length field for all five (layout test shared_lengths_agree).
        return List.len[p] != 0
    if t == TAG_FLOAT:
        return Float.value[p] != 0.0
    if t == TAG_RANGE:
        return range_len(v) != 0
    if t == TAG_INST:
        return inst_truthy(v)
    if COLLECTIONS and t == TAG_DEQUE:
        return List.len[p] != 0
    if SETS and is_anyset(v):
        return Set.len[p] != 0
    return 1


def bool_(v: i64) -> i64:
    if v == 0:
        return FALSE
    return mkbool(truthy(v))


def num_kind(v: i64) -> i32:
    # 1 an int inside i64 (or a bool), 2 float, 3 an int beyond i64
    # (only in programs that can make one), 0 other.
    t = typeof(v)
    if t == T_INT or t == TAG_BIG or t == T_BOOL:
        return 1
    if t == TAG_FLOAT:
        return 2
    if LONGS and t == TAG_LONG:
        return 3
    return 0


def add(a: i64, b: i64) -> i64:
    if a & b & 1:
        r = a + (b - 1)
        if ((a ^ r) & ((b - 1) ^ r)) >= 0:
            return r
    return add_slow(a, b)


def add_slow(a: i64, b: i64) -> i64:
    # Two floats first, without the calls below (a float loop spent most
    # of its time in num_kind and floatval).
    if ((a | b) & 1) == 0 and a >= 8 and b >= 8:
        if load32(i32(a)) == TAG_FLOAT and load32(i32(b)) == TAG_FLOAT:
            return mkfloat(Float.value[i32(a)] + Float.value[i32(b)])
    ka = num_kind(a)
    kb = num_kind(b)
    if ka == 1 and kb == 1:
        x = intval(a)
        y = intval(b)
        r = x + y
        if ((x ^ r) & (y ^ r)) < 0:
            if LONGS:
                return long_arith(OP_ADD, a, b)
            return overflow()
        return mkint(r)
    if LONGS and long_pair(ka, kb):
        return long_arith(OP_ADD, a, b)
    if ka != 0 and kb != 0:
        return mkfloat(floatval(a) + floatval(b))
    ta = typeof(a)
    if ta == typeof(b):
        if ta == TAG_STR:
            return u64(str_concat(i32(a), i32(b)))
        if ta == TAG_LIST:
            return list_concat(a, b)
        if ta == TAG_TUPLE:
            return tuple_concat(a, b)
        if ta == TAG_BYTES:
            return bytes_concat(a, b)
    if COLLECTIONS and ta == TAG_DEQUE:
        return dq_concat(a, b)
    if ta == TAG_BYTES and typeof(b) == TAG_STR:
        raise_(EXC_TYPE, "can't concat str to bytes")
        return 0
    if URLPARSE and (ta == TAG_URL_RESULT or typeof(b) == TAG_URL_RESULT):
        return add_slow(us_plain(a), us_plain(b))
    return op_error("+", a, b)


def iadd(a: i64, b: i64) -> i64:
    if typeof(a) == TAG_LIST:
        m_extend(a, b)
        return a
    if COLLECTIONS and typeof(a) == TAG_DEQUE:
        if dq_extend(a, b, 0) == 0:
            return 0
        return a
    if typeof(a) == TAG_INST:
        return inplace_done(user_iadd(a, b), a, b, "+")
    return inplace_done(add(a, b), a, b, "+")


def overflow() -> i64:
    raise_(EXC_OVERFLOW, "integer overflow: result does not fit in 64 bits")
    return 0


def sub(a: i64, b: i64) -> i64:
    if a & b & 1:
        r = a - (b - 1)
        if ((a ^ (b - 1)) & (a ^ r)) >= 0:
            return r
    if ((a | b) & 1) == 0 and a >= 8 and b >= 8:
        if load32(i32(a)) == TAG_FLOAT and load32(i32(b)) == TAG_FLOAT:
            return mkfloat(Float.value[i32(a)] - Float.value[i32(b)])
    ka = num_kind(a)
    kb = num_kind(b)
    if ka == 1 and kb == 1:
        x = intval(a)
        y = intval(b)
        r2 = x - y
        if ((x ^ y) & (x ^ r2)) < 0:
            if LONGS:
                return long_arith(OP_SUB, a, b)
            return overflow()
        return mkint(r2)
    if LONGS and long_pair(ka, kb):
        return long_arith(OP_SUB, a, b)
    if ka != 0 and kb != 0:
        return mkfloat(floatval(a) - floatval(b))
    if SETS and is_set_pair(a, b):
        return set_binop("-", a, b, 0)
    return op_error("-", a, b)


def mul_i64(x: i64, y: i64) -> i64:
    # Checked 64-bit multiply; sets exc (via overflow) on overflow.
    if x == 0 or y == 0:
        return mkint(0)
    r = x * y
    if (x == -1 and y == -9223372036854775807 - 1) or (y == -1 and x == -9223372036854775807 - 1):
        return mul_overflow(x, y)
    if r / y != x:
        return mul_overflow(x, y)
    return mkint(r)


def mul_overflow(x: i64, y: i64) -> i64:
    if LONGS:
        return long_mul(mkint(x), mkint(y))
    return overflow()


def mul(a: i64, b: i64) -> i64:
    if ((a | b) & 1) == 0 and a >= 8 and b >= 8:
        if load32(i32(a)) == TAG_FLOAT and load32(i32(b)) == TAG_FLOAT:
            return mkfloat(Float.value[i32(a)] * Float.value[i32(b)])
    ka = num_kind(a)
    kb = num_kind(b)
    if ka == 1 and kb == 1:
        return mul_i64(intval(a), intval(b))
    if LONGS and long_pair(ka, kb):
        return long_arith(OP_MUL, a, b)
    if ka != 0 and kb != 0:
        return mkfloat(floatval(a) * floatval(b))
    if URLPARSE and (typeof(a) == TAG_URL_RESULT or typeof(b) == TAG_URL_RESULT):
        return mul(us_plain(a), us_plain(b))
    if kb & 1:
        return repeat(a, b, a)
    if ka & 1:
        return repeat(b, a, a)
    return op_error("*", a, b)


def repeat(s: i64, n: i64, orig: i64) -> i64:
    t = typeof(s)
    k = intval(n)
    if k < 0:
        k = 0
    if t == TAG_STR or t == TAG_BYTES:
        p = i32(s)
        nb = Str.nbytes[p]
        r = str_alloc(i32(k) * nb, i32(k) * Str.nchars[p])
        Str.tag[r] = t
        i = 0
        while i < i32(k):
            memcopy(Str.data[r] + i * nb, Str.data[p], nb)
            i += 1
        return u64(r)
    if t == TAG_LIST:
        return list_repeat(s, i32(k))
    if COLLECTIONS and t == TAG_DEQUE:
        return dq_repeat(s, i32(k))
    if t == TAG_TUPLE:
        # Tuples hold their items inline after {tag, len}.
        p = i32(s)
        nt = Tuple.len[p]
        r = tuple_of(nt * i32(k))
        i = 0
        while i < i32(k):
            memcopy(Tuple.items[r] + 8 * nt * i, Tuple.items[p], 8 * nt)
            i += 1
        return u64(r)
    if orig == s:
        return op_error("*", s, n)
    return op_error("*", n, s)


def truediv(a: i64, b: i64) -> i64:
    if ((a | b) & 1) == 0 and a >= 8 and b >= 8:
        if load32(i32(a)) == TAG_FLOAT and load32(i32(b)) == TAG_FLOAT and Float.value[i32(b)] != 0.0:
            return mkfloat(Float.value[i32(a)] / Float.value[i32(b)])
    if num_kind(a) == 0 or num_kind(b) == 0:
        return op_error("/", a, b)
    if LONGS and int_kind_pair(a, b):
        return long_true(a, b)
    y = floatval(b)
    if y == 0.0:
        # CPython names the float case: int / int says "division by zero".
        if num_kind(a) == 2 or num_kind(b) == 2:
            raise_(EXC_ZERODIV, "float division by zero")
        else:
            raise_(EXC_ZERODIV, "division by zero")
        return 0
    return mkfloat(floatval(a) / y)


def floordiv(a: i64, b: i64) -> i64:
    ka = num_kind(a)
    kb = num_kind(b)
    if ka == 1 and kb == 1:
        x = intval(a)
        y = intval(b)
        if y == 0:
            raise_(EXC_ZERODIV, "integer division or modulo by zero")
            return 0
        if y == -1:
            return neg(a)
        q = x / y
        if (x % y != 0) and ((x < 0) != (y < 0)):
            q = q - 1
        return mkint(q)
    if LONGS and long_pair(ka, kb):
        return long_arith(OP_FLOORDIV, a, b)
    if ka != 0 and kb != 0:
        d = floatval(b)
        if d == 0.0:
            raise_(EXC_ZERODIV, "float floor division by zero")
            return 0
        return mkfloat(floor(floatval(a) / d))
    return op_error("//", a, b)


def mod_(a: i64, b: i64) -> i64:
    ka = num_kind(a)
    kb = num_kind(b)
    if ka == 1 and kb == 1:
        x = intval(a)
        y = intval(b)
        if y == 0:
            raise_(EXC_ZERODIV, "integer modulo by zero")
            return 0
        if y == -1:
            return mkint(0)
        r = x % y
        if r != 0 and ((r < 0) != (y < 0)):
            r = r + y
        return mkint(r)
    if LONGS and long_pair(ka, kb):
        return long_arith(OP_MOD, a, b)
    if ka != 0 and kb != 0:
        x2 = floatval(a)
        y2 = floatval(b)
        if y2 == 0.0:
            raise_(EXC_ZERODIV, "float modulo")
            return 0
        return mkfloat(float_mod(x2, y2))
    if typeof(a) == TAG_STR:
        if PCT_RUN:
            return pct_run(i32(a), b)
        return op_error("% (printf-style formatting of a str, where no str literal of the program has a '%')", a, b)
    return op_error("%", a, b)


def fmod_(x: f64, y: f64) -> f64:
    # C's fmod, exactly: subtract the largest y * 2**k not above the
    # remainder (each subtraction is exact), like CPython's libm call.
    # x - floor(x / y) * y would lose the low bits of big x.
    if x != x or y != y or fabs(x) == 1.0e308 * 10.0:
        return 0.0 / 0.0
    if fabs(y) == 1.0e308 * 10.0:
        return x
    r = fabs(x)
    ay = fabs(y)
    t = ay
    while t * 2.0 <= r:
        t = t * 2.0
    # Halving t walks back down to ay exactly (the doublings were exact).
    while r >= ay:
        while t > r:
            t = t * 0.5
        r = r - t
    return copysign(r, x)


def float_mod(x: f64, y: f64) -> f64:
    # Python's float %: the sign of the divisor.
    m = fmod_(x, y)
    if m != 0.0:
        if (m < 0.0) != (y < 0.0):
            m = m + y
    else:
        m = copysign(0.0, y)
    return m


def neg(a: i64) -> i64:
    k = num_kind(a)
    if k == 1:
        x = intval(a)
        if x == -9223372036854775807 - 1:
            if LONGS:
                return long_neg(a)
            return overflow()
        return mkint(0 - x)
    if LONGS and k == 3:
        return long_neg(a)
    if k == 2:
        return mkfloat(copysign(floatval(a), 0.0 - copysign(1.0, floatval(a))))  # -0.0 for 0.0, like CPython
    if typeof(a) == TAG_INST:
        return inst_unary(a, "__neg__", "bad operand type for unary -: '")
    raise_(EXC_TYPE, str_concat("bad operand type for unary -: '", str_concat(type_name(a), "'")))
    return 0


def pos(a: i64) -> i64:
    k = num_kind(a)
    if k == 1:
        return mkint(intval(a))
    if k == 2 or k == 3:
        return a
    if typeof(a) == TAG_INST:
        return inst_unary(a, "__pos__", "bad operand type for unary +: '")
    raise_(EXC_TYPE, str_concat("bad operand type for unary +: '", str_concat(type_name(a), "'")))
    return 0


def invert(a: i64) -> i64:
    if num_kind(a) == 1:
        return mkint(-1 - intval(a))
    if LONGS and num_kind(a) == 3:
        return long_addsub(mkint(-1), a, 1)
    if typeof(a) == TAG_INST:
        return inst_unary(a, "__invert__", "bad operand type for unary ~: '")
    raise_(EXC_TYPE, str_concat("bad operand type for unary ~: '", str_concat(type_name(a), "'")))
    return 0


def int_pair(a: i64, b: i64, op: i32) -> i32:
    # Both ints; otherwise 0, with TypeError raised unless an instance of
    # a user class is one of them (user_binop_or0 then calls its method).
    if (num_kind(a) & 1) == 1 and (num_kind(b) & 1) == 1:
        return 1
    if typeof(a) == TAG_INST or typeof(b) == TAG_INST:
        return 0
    op_type_error(op, a, b)
    return 0


def user_binop_or0(op: i32, a: i64, b: i64) -> i64:
    if typeof(a) == TAG_INST or typeof(b) == TAG_INST:
        return user_binop(op, a, b)
    return 0


def and_(a: i64, b: i64) -> i64:
    if typeof(a) == T_BOOL and typeof(b) == T_BOOL:
        return mkbool(a == TRUE and b == TRUE)
    if SETS and is_set_pair(a, b):
        return set_binop("&", a, b, 0)
    if int_pair(a, b, "&") == 0:
        return user_binop_or0("&", a, b)
    if LONGS and (is_long(a) or is_long(b)):
        return long_bitop(0, a, b)
    return mkint(intval(a) & intval(b))


def or_(a: i64, b: i64) -> i64:
    if typeof(a) == T_BOOL and typeof(b) == T_BOOL:
        return mkbool(a == TRUE or b == TRUE)
    if SETS and is_set_pair(a, b):
        return set_binop("|", a, b, 0)
    if typeof(a) == TAG_DICT:
        r = dict_or(a, b)
        if r != 0 or exc != 0:
            return r
    if int_pair(a, b, "|") == 0:
        return user_binop_or0("|", a, b)
    if LONGS and (is_long(a) or is_long(b)):
        return long_bitop(1, a, b)
    return mkint(intval(a) | intval(b))


def xor_(a: i64, b: i64) -> i64:
    if typeof(a) == T_BOOL and typeof(b) == T_BOOL:
        return mkbool(a != b)
    if SETS and is_set_pair(a, b):
        return set_binop("^", a, b, 0)
    if int_pair(a, b, "^") == 0:
        return user_binop_or0("^", a, b)
    if LONGS and (is_long(a) or is_long(b)):
        return long_bitop(2, a, b)
    return mkint(intval(a) ^ intval(b))


def lshift(a: i64, b: i64) -> i64:
    if int_pair(a, b, "<<") == 0:
        return user_binop_or0("<<", a, b)
    if LONGS and (is_long(a) or is_long(b)):
        return long_shift(a, b, 1)
    x = intval(a)
    n = intval(b)
    if n < 0:
        raise_(EXC_VALUE, "negative shift count")
        return 0
    if x == 0:
        return mkint(0)
    if n >= 63 or ((x << n) >> n) != x:
        if LONGS:
            return long_shift(a, b, 1)
        return overflow()
    return mkint(x << n)


def rshift(a: i64, b: i64) -> i64:
    if int_pair(a, b, ">>") == 0:
        return user_binop_or0(">>", a, b)
    if LONGS and (is_long(a) or is_long(b)):
        return long_shift(a, b, 0)
    x = intval(a)
    n = intval(b)
    if n < 0:
        raise_(EXC_VALUE, "negative shift count")
        return 0
    if n > 63:
        n = 63
    return mkint(x >> n)


def eq(a: i64, b: i64) -> i32:
    if a == b:
        if typeof(a) == TAG_FLOAT:
            x = Float.value[i32(a)]
            return x == x
        return 1
    if (a & b & 1) == 1:
        return 0
    ta = typeof(a)
    if ta == TAG_STR and typeof(b) == TAG_STR:
        return str_eq(i32(a), i32(b))
    if ta == TAG_INST or typeof(b) == TAG_INST:
        return inst_eq(a, b)
    if URLPARSE and (ta == TAG_URL_RESULT or typeof(b) == TAG_URL_RESULT):
        return us_eq(a, b)
    if UUID and (ta == TAG_UUID or typeof(b) == TAG_UUID):
        return uu_eq(a, b)
    ka = num_kind(a)
    kb = num_kind(b)
    if ka != 0 and kb != 0:
        if ka == 1 and kb == 1:
            return intval(a) == intval(b)
        if LONGS and exact_pair(ka, kb, a, b):
            return int_num_eq(a, b)
        return floatval(a) == floatval(b)
    if ka != 0 or kb != 0:
        return 0
    if SETS and is_set_pair(a, b):
        return set_eq_any(a, b)
    if ta != typeof(b):
        return 0
    if ta == TAG_STR or ta == TAG_BYTES:
        return str_eq(i32(a), i32(b))
    if ta == TAG_LIST or ta == TAG_TUPLE:
        return seq_eq(a, b)
    if COLLECTIONS and ta == TAG_DEQUE:
        return seq_eq(a, b)
    if ta == TAG_DICT:
        return dict_eq(a, b)
    if RANGE_OPS and ta == TAG_RANGE:
        return range_eq(a, b)
    if NATIVES and ta == TAG_BUILTIN:
        return native_eq(a, b)
    if ta == TAG_BOUND:
        # The same function bound to the same object (`a.m == a.m`).
        return Bound.self[i32(a)] == Bound.self[i32(b)] and eq(Bound.func[i32(a)], Bound.func[i32(b)])
    return 0


def ne(a: i64, b: i64) -> i32:
    if typeof(a) == TAG_INST:
        return inst_ne(a, b)
    return eq(a, b) == 0


def cmp(a: i64, b: i64, op: i32) -> i32:
    # <0, 0, >0; raises TypeError for unorderable pairs.
    ka = num_kind(a)
    kb = num_kind(b)
    if ka == 1 and kb == 1:
        x = intval(a)
        y = intval(b)
        if x < y:
            return -1
        return x > y
    if LONGS and exact_pair(ka, kb, a, b):
        return int_num_cmp(a, b)
    if ka != 0 and kb != 0:
        fx = floatval(a)
        fy = floatval(b)
        if fx < fy:
            return -1
        if fx > fy:
            return 1
        if fx == fy:
            return 0
        return 2
    ta = typeof(a)
    if ta == typeof(b):
        if ta == TAG_STR or ta == TAG_BYTES:
            c = str_cmp(i32(a), i32(b))
            if c < 0:
                return -1
            return c > 0
        if ta == TAG_LIST or ta == TAG_TUPLE:
            return seq_cmp(a, b, op)
        if COLLECTIONS and ta == TAG_DEQUE:
            return seq_cmp(a, b, op)
    if SETS and is_set_pair(a, b):
        return set_cmp_any(a, b, op)
    if ta == TAG_INST or typeof(b) == TAG_INST:
        return inst_cmp(a, b, op)
    if NATIVES and is_native(a):
        return native_cmp(a, b, op)
    if URLPARSE and (ta == TAG_URL_RESULT or typeof(b) == TAG_URL_RESULT):
        return us_cmp(a, b, op)
    if UUID and (ta == TAG_UUID or typeof(b) == TAG_UUID):
        return uu_cmp(a, b, op)
    return order_error(op, a, b)


def order_error(op: i32, a: i64, b: i64) -> i32:
    # TypeError: '<' not supported between instances of 'A' and 'B'
    s = sb_new(64)
    sb_str(s, "'")
    sb_str(s, op)
    sb_str(s, "' not supported between instances of '")
    sb_str(s, type_name(a))
    sb_str(s, "' and '")
    sb_str(s, type_name(b))
    sb_str(s, "'")
    raise_(EXC_TYPE, sb_done(s))
    return 2


def lt(a: i64, b: i64) -> i32:
    if a & b & 1:
        return a < b
    if ((a | b) & 1) == 0 and a >= 8 and b >= 8:
        if load32(i32(a)) == TAG_FLOAT and load32(i32(b)) == TAG_FLOAT:
            return Float.value[i32(a)] < Float.value[i32(b)]
    return cmp(a, b, "<") == -1


def le(a: i64, b: i64) -> i32:
    if a & b & 1:
        return a <= b
    if ((a | b) & 1) == 0 and a >= 8 and b >= 8:
        if load32(i32(a)) == TAG_FLOAT and load32(i32(b)) == TAG_FLOAT:
            return Float.value[i32(a)] <= Float.value[i32(b)]
    c = cmp(a, b, "<=")
    return c == -1 or c == 0


def gt(a: i64, b: i64) -> i32:
    if a & b & 1:
        return a > b
    if ((a | b) & 1) == 0 and a >= 8 and b >= 8:
        if load32(i32(a)) == TAG_FLOAT and load32(i32(b)) == TAG_FLOAT:
            return Float.value[i32(a)] > Float.value[i32(b)]
    return cmp(a, b, ">") == 1


def ge(a: i64, b: i64) -> i32:
    if a & b & 1:
        return a >= b
    if ((a | b) & 1) == 0 and a >= 8 and b >= 8:
        if load32(i32(a)) == TAG_FLOAT and load32(i32(b)) == TAG_FLOAT:
            return Float.value[i32(a)] >= Float.value[i32(b)]
    c = cmp(a, b, ">=")
    return c == 1 or c == 0


def hash_(v: i64) -> i64:
    # Small ints and strs first: they are almost every dict key.
    if v & 1:
        return v >> 1
    t = typeof(v)
    if t == TAG_STR or t == TAG_BYTES:
        return str_hash(i32(v))
    k = num_kind(v)
    if k == 1:
        return intval(v)
    if LONGS and k == 3:
        return long_hash(v)
    if k == 2:
        x = floatval(v)
        if x == floor(x) and fabs(x) < 9.0e18:
            return i64(x)
        if LONGS and (x == floor(x) and x - x == 0.0):
            # Equal to an int beyond 2**63 or to a Big: hashed as it.
            return hash_(long_from_float(x))
        return bits(x)
    if t == TAG_TUPLE:
        p = i32(v)
        n = Tuple.len[p]
        h: i64 = 3430008
        i = 0
        while i < n:
            h = (h ^ hash_(load64(Tuple.items[p] + 8 * i))) * 1000003
            i += 1
        return h
    if t == TAG_LIST or t == TAG_DICT:
        return unhashable(v)
    if COLLECTIONS and t == TAG_DEQUE:
        return unhashable(v)
    if SETS and t == TAG_SET:
        return unhashable(v)
    if SETS and t == TAG_FROZENSET:
        return frozen_hash(v)
    if t == TAG_INST:
        return inst_hash(v)
    if t == TAG_BOUND:
        return hash_(Bound.self[i32(v)]) ^ hash_(Bound.func[i32(v)])
    if URLPARSE and t == TAG_URL_RESULT:
        return hash_(us_tuple(v))
    if UUID and t == TAG_UUID:
        return uu_hash(v)
    return v


def unhashable(v: i64) -> i64:
    s = sb_new(32)
    sb_str(s, "unhashable type: '")
    sb_str(s, type_name(v))
    sb_str(s, "'")
    raise_(EXC_TYPE, sb_done(s))
    return 0


def isinstance_(v: i64, code: i32) -> i32:
    t = typeof(v)
    if code == TYPE_ANY_INT:
        return t == T_INT or t == TAG_BIG or t == T_BOOL or t == TAG_LONG
    if code > EXC_CLASS_BASE:
        return t == TAG_EXC and exc_matches(Exc.kind[i32(v)], code - EXC_CLASS_BASE)
    if URLPARSE and t == TAG_URL_RESULT:
        return code == TAG_TUPLE
    return t == code


def hash_v(v: i64) -> i64:
    # hash(): CPython's value for ints (modulo 2**61 - 1, -1 hashing to
    # -2, as -1 is CPython's error code); mayfly's own for other types.
    k = num_kind(v)
    if k == 1 and typeof(v) != T_BOOL:
        return mkint(int_hash(intval(v)))
    if LONGS and k == 3:
        return mkint(long_hash(v))
    h = hash_(v)
    if h == -1:
        h = -2
    return mkint(h)
