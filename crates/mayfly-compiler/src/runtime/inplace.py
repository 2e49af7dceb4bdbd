# a @ b (no builtin type has it: an instance's __matmul__ or
# __rmatmul__), and the in-place operators but += (ops.py iadd): `x -= y` is an instance's
# __isub__ when it has one (NotImplemented falls through), else x - y;
# a TypeError of the binary operator's own ("unsupported operand type(s)
# for -") then names the in-place form, as CPython's does ("for -=").
# The compiler calls these only where the inline int and float paths do
# not apply (front/fast.rs).


def inplace_done(r: i64, a: i64, b: i64, op: i32) -> i64:
    # r, the result of `a op b`, or its TypeError renamed for `op=`.
    if exc == 0:
        return r
    if Exc.kind[i32(exc)] != EXC_TYPE:
        return 0
    if str_eq(exc_str(exc), op_error_text(op, a, b, 0)) == 0:
        return 0
    exc = 0
    raise_(EXC_TYPE, op_error_text(op, a, b, 1))
    return 0


def inst_inplace(a: i64, b: i64, name: i32) -> i64:
    # a.__iOP__(b); 0 (nothing raised) when a has none or it returns
    # NotImplemented.
    f = special(a, name)
    if f == 0:
        return 0
    r = call2(f, a, b)
    if exc != 0 or is_notimpl(r):
        return 0
    return r


def inpl_sub(a: i64, b: i64) -> i64:
    if typeof(a) == TAG_INST:
        r = inst_inplace(a, b, "__isub__")
        if r != 0 or exc != 0:
            return r
    if SETS:
        return inplace_done(isub_(a, b), a, b, "-")
    return inplace_done(sub(a, b), a, b, "-")


def inpl_mul(a: i64, b: i64) -> i64:
    if typeof(a) == TAG_INST:
        r = inst_inplace(a, b, "__imul__")
        if r != 0 or exc != 0:
            return r
    return inplace_done(mul(a, b), a, b, "*")


def inpl_truediv(a: i64, b: i64) -> i64:
    if typeof(a) == TAG_INST:
        r = inst_inplace(a, b, "__itruediv__")
        if r != 0 or exc != 0:
            return r
    return inplace_done(truediv(a, b), a, b, "/")


def inpl_floordiv(a: i64, b: i64) -> i64:
    if typeof(a) == TAG_INST:
        r = inst_inplace(a, b, "__ifloordiv__")
        if r != 0 or exc != 0:
            return r
    return inplace_done(floordiv(a, b), a, b, "//")


def inpl_mod(a: i64, b: i64) -> i64:
    if typeof(a) == TAG_INST:
        r = inst_inplace(a, b, "__imod__")
        if r != 0 or exc != 0:
            return r
    return inplace_done(mod_(a, b), a, b, "%")


def inpl_pow(a: i64, b: i64) -> i64:
    if typeof(a) == TAG_INST:
        r = inst_inplace(a, b, "__ipow__")
        if r != 0 or exc != 0:
            return r
    return inplace_done(pow_(a, b), a, b, "** or pow()")


def inpl_lshift(a: i64, b: i64) -> i64:
    if typeof(a) == TAG_INST:
        r = inst_inplace(a, b, "__ilshift__")
        if r != 0 or exc != 0:
            return r
    return inplace_done(lshift(a, b), a, b, "<<")


def inpl_rshift(a: i64, b: i64) -> i64:
    if typeof(a) == TAG_INST:
        r = inst_inplace(a, b, "__irshift__")
        if r != 0 or exc != 0:
            return r
    return inplace_done(rshift(a, b), a, b, ">>")


def inpl_and(a: i64, b: i64) -> i64:
    if typeof(a) == TAG_INST:
        r = inst_inplace(a, b, "__iand__")
        if r != 0 or exc != 0:
            return r
    if SETS:
        return inplace_done(iand_(a, b), a, b, "&")
    return inplace_done(and_(a, b), a, b, "&")


def inpl_or(a: i64, b: i64) -> i64:
    if typeof(a) == TAG_INST:
        r = inst_inplace(a, b, "__ior__")
        if r != 0 or exc != 0:
            return r
    if SETS:
        return inplace_done(ior_(a, b), a, b, "|")
    return inplace_done(dict_ior(a, b), a, b, "|")


def inpl_xor(a: i64, b: i64) -> i64:
    if typeof(a) == TAG_INST:
        r = inst_inplace(a, b, "__ixor__")
        if r != 0 or exc != 0:
            return r
    if SETS:
        return inplace_done(ixor_(a, b), a, b, "^")
    return inplace_done(xor_(a, b), a, b, "^")


def matmul_(a: i64, b: i64) -> i64:
    return op_error("@", a, b)


def inpl_matmul(a: i64, b: i64) -> i64:
    if typeof(a) == TAG_INST:
        r = inst_inplace(a, b, "__imatmul__")
        if r != 0 or exc != 0:
            return r
    return inplace_done(matmul_(a, b), a, b, "@")
