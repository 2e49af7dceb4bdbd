# The callable objects of functools and operator: Native records (a
# Builtin of kind BUILTIN_NATIVE, so call_value and callable() treat them
# as builtins) whose type says what they are. A module's names as values
# are static Natives of type 100 and up (functools) or 200 and up
# (operator) that front/ftmod.rs puts in the image, their slot the
# module's entry (ft_entry, op_entry); the objects those make copy the
# slot of the one that made them. The hooks in the shared runtime
# (repr, type names, attributes, keyword calls, comparisons, method
# binding) are `if NATIVES:` clauses, so a program that imports neither
# module links none of this.

BUILTIN_NATIVE = 3

# Static values with a true Native.a are classes (`<class '...'>`).
NV_FIRST = 100


def is_native(v: i64) -> i32:
    return typeof(v) == TAG_BUILTIN and Builtin.kind[i32(v)] == BUILTIN_NATIVE


def native_new(like: i32, ty: i32, name: i32) -> i32:
    # A new object of type ty (CPython type name `name`), called through
    # the same module entry as `like`.
    p = alloc(Native.SIZE)
    Native.tag[p] = TAG_BUILTIN
    Native.slot[p] = Native.slot[like]
    Native.kind[p] = BUILTIN_NATIVE
    Native.type[p] = ty
    Native.name[p] = name
    Native.a[p] = 0
    Native.b[p] = 0
    Native.c[p] = 0
    Native.d[p] = 0
    return p


def is_functools_type(ty: i32) -> i32:
    return ty < 50 or (ty >= 100 and ty < 200)


def native_type_name(v: i64) -> i32:
    p = i32(v)
    if Native.type[p] >= NV_FIRST:
        if Native.a[p] != 0:
            return "type"
        return "builtin_function_or_method"
    return Native.name[p]


def native_repr_into(b: i32, v: i64) -> None:
    p = i32(v)
    if Native.type[p] >= NV_FIRST:
        if Native.a[p] != 0:
            sb_str(b, "<class '")
            sb_str(b, Native.name[p])
            sb_str(b, "'>")
        else:
            sb_str(b, "<built-in function ")
            sb_str(b, Native.name[p])
            sb_byte(b, 62)
        return
    if FUNCTOOLS and is_functools_type(Native.type[p]):
        if ft_repr_into(b, p):
            return
    if OPERATOR and is_functools_type(Native.type[p]) == 0:
        if op_repr_into(b, p):
            return
    sb_byte(b, 60)
    sb_str(b, Native.name[p])
    sb_str(b, " object at ")
    sb_hex_addr(b, p)
    sb_byte(b, 62)


def native_attr(o: i64, name: i64) -> i64:
    # o.name, 0 when the object has no such attribute.
    p = i32(o)
    if Native.type[p] >= NV_FIRST:
        if str_eq(i32(name), "__name__"):
            n = Native.name[p]
            if Native.a[p] != 0:
                # functools.partial's __name__ is 'partial'.
                n = native_short(n)
            return u64(n)
        return 0
    if FUNCTOOLS and is_functools_type(Native.type[p]):
        return ft_attr(p, i32(name))
    return 0


def native_short(n: i32) -> i32:
    # "functools.partial" -> "partial"
    k = Str.nbytes[n]
    i = k
    while i > 0 and load8(Str.data[n] + i - 1) != 46:
        i -= 1
    return str_piece(n, i, k - i)


def native_binds(v: i64) -> i32:
    # Does a class attribute holding v bind its instance, as a def
    # does? Only an lru_cache wrapper (CPython's has __get__).
    if FUNCTOOLS:
        return ft_binds(i32(v))
    return 0


def native_cmp(a: i64, b: i64, op: i32) -> i32:
    # a OP b with a or b a Native: cmp_to_key's keys compare through
    # their function; anything else is CPython's TypeError.
    if FUNCTOOLS:
        return ft_key_cmp(a, b, op)
    return order_error(op, a, b)


def native_eq(a: i64, b: i64) -> i32:
    if FUNCTOOLS and ft_is_key(a):
        if ft_is_key(b):
            return ft_key_cmp(a, b, "==") == 0
    return a == b


def native_kwargs(args: i32, npos: i32, names: i32) -> i64:
    # The dict of a call's keyword arguments (names: kw_names), 0 for none.
    if names == 0:
        return 0
    nk = Tuple.len[names]
    if nk == 0:
        return 0
    d = dict_new()
    i = 0
    while i < nk:
        dict_set(d, load64(Tuple.items[names] + 8 * i), load64(args + 8 * (npos + i)))
        i += 1
    return d


def native_nkw(names: i32) -> i32:
    if names == 0:
        return 0
    return Tuple.len[names]


def native_no_kw(names: i32, what: i32) -> i32:
    # CPython's TypeError for keywords to a function that takes none:
    # 1 when raised.
    if native_nkw(names) == 0:
        return 0
    s = sb_new(48)
    sb_str(s, what)
    sb_str(s, "() takes no keyword arguments")
    raise_(EXC_TYPE, sb_done(s))
    return 1


def native_arity(what: i32, n: i32, lo: i32, hi: i32) -> i32:
    # CPython's "add expected 2 arguments, got 1": 1 when raised.
    if n >= lo and n <= hi:
        return 0
    s = sb_new(64)
    sb_str(s, what)
    sb_str(s, " expected ")
    # Functions of any number from one (itemgetter) say "expected 1".
    if lo != hi and hi != 2147483647:
        if n < lo:
            sb_str(s, "at least ")
        else:
            sb_str(s, "at most ")
    want = lo
    if n > hi:
        want = hi
    sb_int(s, i64(want))
    sb_str(s, " argument")
    if want != 1:
        sb_byte(s, 115)
    sb_str(s, ", got ")
    sb_int(s, i64(n))
    raise_(EXC_TYPE, sb_done(s))
    return 1


def native_call_kw(f: i64, args: i32, npos: i32, names: i32) -> i64:
    # call_kw's hook: the entry reads the names from kw_names.
    kw_names = names
    return call_value(f, args, npos + Tuple.len[names])
