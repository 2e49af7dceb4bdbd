# The conversion special methods of user classes: int() (__int__, then
# __index__, then __trunc__), float() (__float__, then __index__),
# __index__ wherever an integer is required (index_arg), round()
# (__round__), math.floor/ceil/trunc (__floor__, __ceil__, __trunc__),
# format() and f-strings (__format__), reversed() (__reversed__, else
# __len__ and __getitem__) and C[k] of a class (__class_getitem__). Each is reached only for an instance (these
# hooks sit on the TAG_INST paths), with CPython's TypeErrors for a
# result of the wrong type.


def dunder_result(r: i64, name: i32, want: i32) -> i64:
    # r from special method `name`; TypeError unless it is an int (want
    # 1) or a float (want 2): CPython's "__int__ returned non-int (type
    # str)".
    if exc != 0:
        return 0
    k = num_kind(r)
    if want == 1 and (k == 1 or k == 3) and typeof(r) != T_BOOL:
        return r
    if want == 1 and typeof(r) == T_BOOL:
        return mkint(intval(r))
    if want == 2 and k == 2:
        return r
    s = sb_new(64)
    sb_str(s, name)
    if want == 1:
        sb_str(s, " returned non-int (type ")
    else:
        sb_str(s, " returned non-float (type ")
    sb_str(s, type_name(r))
    sb_byte(s, 41)
    raise_(EXC_TYPE, sb_done(s))
    return 0


def inst_int(v: i64) -> i64:
    # int(v) of an instance; 0 and nothing raised when it has no hook.
    f = special(v, "__int__")
    if f != 0:
        return dunder_result(call1(f, v), "__int__", 1)
    f = special(v, "__index__")
    if f != 0:
        return dunder_result(call1(f, v), "__index__", 1)
    f = special(v, "__trunc__")
    if f != 0:
        r = call1(f, v)
        if exc != 0:
            return 0
        if (num_kind(r) & 1) == 1:
            return mkint(intval(r))
        if typeof(r) == TAG_INST:
            g = special(r, "__index__")
            if g != 0:
                return dunder_result(call1(g, r), "__index__", 1)
        s = sb_new(64)
        sb_str(s, "__trunc__ returned non-Integral (type ")
        sb_str(s, type_name(r))
        sb_byte(s, 41)
        raise_(EXC_TYPE, sb_done(s))
    return 0


def inst_float(v: i64) -> i64:
    f = special(v, "__float__")
    if f != 0:
        s = str_concat(Type.name[class_of(v)], ".__float__")
        return dunder_result(call1(f, v), s, 2)
    f = special(v, "__index__")
    if f != 0:
        r = dunder_result(call1(f, v), "__index__", 1)
        if r == 0:
            return 0
        return mkfloat(floatval(r))
    return 0


def inst_index(v: i64) -> i64:
    # v.__index__() as an int value; 0 when v has none.
    f = special(v, "__index__")
    if f == 0:
        return 0
    return dunder_result(call1(f, v), "__index__", 1)


def inst_round(v: i64, nd: i64) -> i64:
    f = special(v, "__round__")
    if f == 0:
        return 0
    if nd == 0:
        return call1(f, v)
    return call2(f, v, nd)


def inst_integral(v: i64, mode: i32) -> i64:
    # math.floor (0), ceil (1), trunc (2) of an instance: its __floor__,
    # __ceil__ or __trunc__; 0 when it has none.
    name = "__floor__"
    if mode == 1:
        name = "__ceil__"
    elif mode == 2:
        name = "__trunc__"
    f = special(v, name)
    if f == 0:
        if mode == 2:
            s = sb_new(48)
            sb_str(s, "type ")
            sb_str(s, type_name(v))
            sb_str(s, " doesn't define __trunc__ method")
            raise_(EXC_TYPE, sb_done(s))
        return 0
    return call1(f, v)


def inst_math_integral(v: i64, mode: i32) -> i64:
    # math.floor/ceil/trunc of an instance: its method, else (floor and
    # ceil) of float(v) by __float__ or __index__, else CPython's
    # "must be real number" TypeError.
    r = inst_integral(v, mode)
    if r != 0 or exc != 0:
        return r
    f = inst_float(v)
    if exc != 0:
        return 0
    if f == 0:
        math_arg(v)
        return 0
    return math_integral(f, mode)


def inst_format(v: i64, spec: i32) -> i32:
    # format(v, spec) by v's __format__; 0 when it has none.
    f = special(v, "__format__")
    if f == 0:
        return 0
    r = call2(f, v, u64(spec))
    if exc != 0:
        return ""
    if typeof(r) != TAG_STR:
        s = sb_new(48)
        sb_str(s, "__format__ must return a str, not ")
        sb_str(s, type_name(r))
        raise_(EXC_TYPE, sb_done(s))
        return ""
    return i32(r)


def inst_reversed(v: i64) -> i64:
    # reversed(v): its __reversed__() (whatever that returns), else the
    # sequence protocol read from the end; TypeError for neither.
    f = special(v, "__reversed__")
    if f != 0 and f != NONE:
        return call1(f, v)
    ln = special(v, "__len__")
    gi = special(v, "__getitem__")
    if f == NONE or ln == 0 or gi == 0:
        object_type_error(v, "' object is not reversible")
        return 0
    n = index_arg(call1(ln, v))
    if exc != 0:
        return 0
    l = list_new()
    while n > 0:
        n -= 1
        x = call2(gi, v, mkint(n))
        if exc != 0:
            return 0
        list_append(l, x)
    return iter_(l)


def class_getitem(c: i64, k: i64) -> i64:
    # C[k] of a user class: its __class_getitem__ (an implicit
    # classmethod), else CPython's "type 'C' is not subscriptable".
    f = type_lookup(i32(c), u64("__class_getitem__"))
    if f == 0:
        s = sb_new(48)
        sb_str(s, "type '")
        sb_str(s, Type.name[i32(c)])
        sb_str(s, "' is not subscriptable")
        raise_(EXC_TYPE, sb_done(s))
        return 0
    if typeof(f) == TAG_DESC and Desc.kind[i32(f)] == DESC_CLASS:
        f = Desc.get[i32(f)]
    return call2(f, c, k)
