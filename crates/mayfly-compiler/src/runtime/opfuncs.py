# operator's functions, one entry each (front/ftmod.rs puts each
# one's slot in its static object), so a program links the operations it
# names and no others. Each takes (env, args, nargs) as every builtin
# value does; op_fixed checks the call as CPython does.


def op_fixed(env: i32, n: i32, want: i32) -> i32:
    # No keywords and exactly `want` arguments, else CPython's TypeError;
    # 1 when raised.
    names = kw_names
    kw_names = 0
    what = Native.name[env]
    if native_no_kw(names, what):
        return 1
    return native_arity(what, n, want, want)


def op_bool(r: i32) -> i64:
    if exc != 0:
        return 0
    return mkbool(r)


def op_add_v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 2):
        return 0
    a = load64(args)
    b = load64(args + 8)
    return add(a, b)


def op_sub_v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 2):
        return 0
    a = load64(args)
    b = load64(args + 8)
    return sub(a, b)


def op_mul_v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 2):
        return 0
    a = load64(args)
    b = load64(args + 8)
    return mul(a, b)


def op_truediv_v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 2):
        return 0
    a = load64(args)
    b = load64(args + 8)
    return truediv(a, b)


def op_floordiv_v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 2):
        return 0
    a = load64(args)
    b = load64(args + 8)
    return floordiv(a, b)


def op_mod_v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 2):
        return 0
    a = load64(args)
    b = load64(args + 8)
    return mod_(a, b)


def op_pow_v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 2):
        return 0
    a = load64(args)
    b = load64(args + 8)
    return pow3(a, b, 0)


def op_eq_v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 2):
        return 0
    a = load64(args)
    b = load64(args + 8)
    return op_bool(eq(a, b))


def op_ne_v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 2):
        return 0
    a = load64(args)
    b = load64(args + 8)
    return op_bool(ne(a, b))


def op_lt_v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 2):
        return 0
    a = load64(args)
    b = load64(args + 8)
    return op_bool(lt(a, b))


def op_le_v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 2):
        return 0
    a = load64(args)
    b = load64(args + 8)
    return op_bool(le(a, b))


def op_gt_v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 2):
        return 0
    a = load64(args)
    b = load64(args + 8)
    return op_bool(gt(a, b))


def op_ge_v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 2):
        return 0
    a = load64(args)
    b = load64(args + 8)
    return op_bool(ge(a, b))


def op_and__v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 2):
        return 0
    a = load64(args)
    b = load64(args + 8)
    return and_(a, b)


def op_or__v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 2):
        return 0
    a = load64(args)
    b = load64(args + 8)
    return or_(a, b)


def op_xor_v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 2):
        return 0
    a = load64(args)
    b = load64(args + 8)
    return xor_(a, b)


def op_contains_v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 2):
        return 0
    a = load64(args)
    b = load64(args + 8)
    return op_bool(contains_rev(b, a))


def op_getitem_v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 2):
        return 0
    a = load64(args)
    b = load64(args + 8)
    return getitem(a, b)


def op_delitem_v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 2):
        return 0
    a = load64(args)
    b = load64(args + 8)
    delitem(a, b)
    if exc != 0:
        return 0
    return NONE


def op_concat_v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 2):
        return 0
    a = load64(args)
    b = load64(args + 8)
    return concat_(a, b)


def op_is__v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 2):
        return 0
    a = load64(args)
    b = load64(args + 8)
    return mkbool(a == b)


def op_is_not_v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 2):
        return 0
    a = load64(args)
    b = load64(args + 8)
    return mkbool(a != b)


def op_lshift_v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 2):
        return 0
    a = load64(args)
    b = load64(args + 8)
    return lshift(a, b)


def op_rshift_v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 2):
        return 0
    a = load64(args)
    b = load64(args + 8)
    return rshift(a, b)


def op_countOf_v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 2):
        return 0
    a = load64(args)
    b = load64(args + 8)
    return count_of(a, b)


def op_indexOf_v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 2):
        return 0
    a = load64(args)
    b = load64(args + 8)
    return index_of(a, b)


def op_neg_v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 1):
        return 0
    a = load64(args)
    return neg(a)


def op_pos_v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 1):
        return 0
    a = load64(args)
    return pos(a)


def op_not__v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 1):
        return 0
    a = load64(args)
    t = truthy(a)
    if exc != 0:
        return 0
    return mkbool(t == 0)


def op_truth_v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 1):
        return 0
    a = load64(args)
    return bool_(a)


def op_index_v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 1):
        return 0
    a = load64(args)
    return index_(a)


def op_abs_v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 1):
        return 0
    a = load64(args)
    return abs_(a)


def op_invert_v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 1):
        return 0
    a = load64(args)
    return invert(a)


def op_setitem_v(env: i32, args: i32, n: i32) -> i64:
    if op_fixed(env, n, 3):
        return 0
    setitem(load64(args), load64(args + 8), load64(args + 16))
    if exc != 0:
        return 0
    return NONE
