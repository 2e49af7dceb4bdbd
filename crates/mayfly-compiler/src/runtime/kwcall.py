# Calls with keyword arguments through values (`f(x, key=v)` where f is
# not a module-level def the compiler can bind itself, `obj.m(k=v)`,
# `C(x=1)`): the call site passes the positional values, then the keyword
# values, and a tuple of the keyword names; the names are matched to the
# parameter names the function object keeps (Func.params).


# The keyword names of a call of a method the runtime provides (a
# dataclass's __init__): set by call_kw just before the call, taken (and
# cleared) by the method.
kw_names: i32 = 0

def call_kw(f: i64, args: i32, npos: i32, names: i32) -> i64:
    if names == 0:
        return call_value(f, args, npos)
    nk = Tuple.len[names]
    if nk == 0:
        return call_value(f, args, npos)
    t = typeof(f)
    if t == TAG_BOUND:
        a = alloc(8 * (npos + nk) + 8)
        store64(a, Bound.self[i32(f)])
        memcopy(a + 8, args, 8 * (npos + nk))
        return call_kw(Bound.func[i32(f)], a, npos + 1, names)
    if t == TAG_TYPE:
        return instantiate(i32(f), args, npos, names)
    if t == TAG_BUILTIN and Builtin.kind[i32(f)] == BUILTIN_METHOD:
        # A runtime method reads the names from kw_names (dataclass.py).
        kw_names = names
        return call_value(f, args, npos + nk)
    if t == TAG_INST:
        c = special(f, "__call__")
        if c != 0:
            return call_kw(bound_new(c, f), args, npos, names)
    if t != TAG_FUNC:
        s = sb_new(48)
        sb_str(s, type_name(f))
        sb_str(s, "() takes no keyword arguments (here)")
        raise_(EXC_TYPE, sb_done(s))
        return 0
    p = i32(f)
    np = Func.nparams[p]
    if npos > np:
        arity_error(p, npos)
        return 0
    full = alloc(8 * np)
    memfill(full, 0, 8 * np)
    memcopy(full, args, 8 * npos)
    pn = Func.params[p]
    i = 0
    while i < nk:
        name = i32(load64(Tuple.items[names] + 8 * i))
        j = 0
        while j < np and str_eq(i32(load64(Tuple.items[pn] + 8 * j)), name) == 0:
            j += 1
        if j == np:
            kw_error(p, "() got an unexpected keyword argument '", name)
            return 0
        if load64(full + 8 * j) != 0:
            kw_error(p, "() got multiple values for argument '", name)
            return 0
        store64(full + 8 * j, load64(args + 8 * (npos + i)))
        i += 1
    first = np - Func.ndefaults[p]
    missing = 0
    j = 0
    while j < np:
        if load64(full + 8 * j) == 0:
            if j >= first:
                store64(full + 8 * j, load64(Func.defaults[p] + 8 * (j - first)))
            else:
                missing += 1
        j += 1
    if missing > 0:
        missing_error(p, full, first, missing)
        return 0
    return call_ind(p, full, np, Func.slot[p])


def kw_error(f: i32, what: i32, name: i32) -> None:
    s = sb_new(64)
    sb_str(s, Func.name[f])
    sb_str(s, what)
    sb_str(s, name)
    sb_byte(s, 39)
    raise_(EXC_TYPE, sb_done(s))


def missing_error(f: i32, full: i32, first: i32, missing: i32) -> None:
    # f() missing 2 required positional arguments: 'a' and 'b'
    s = sb_new(64)
    sb_str(s, Func.name[f])
    sb_str(s, "() missing ")
    sb_int(s, i64(missing))
    sb_str(s, " required positional argument")
    if missing > 1:
        sb_byte(s, 115)
    sb_str(s, ": ")
    pn = Func.params[f]
    seen = 0
    j = 0
    while j < first:
        if load64(full + 8 * j) == 0:
            if seen > 0:
                if seen == missing - 1:
                    sb_str(s, " and ")
                else:
                    sb_str(s, ", ")
            sb_byte(s, 39)
            sb_str(s, i32(load64(Tuple.items[pn] + 8 * j)))
            sb_byte(s, 39)
            seen += 1
        j += 1
    raise_(EXC_TYPE, sb_done(s))
