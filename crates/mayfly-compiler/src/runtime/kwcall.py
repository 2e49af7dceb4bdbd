# Calls with keyword arguments through values (`f(x, key=v)` where f is
# not a module-level def the compiler can bind itself, `obj.m(k=v)`,
# `C(x=1)`): the call site passes the positional values, then the keyword
# values, and a tuple of the keyword names; the names are matched to the
# parameter names the function object keeps (Func.params).


# Func.flags: these bits, the keyword-only count << 8 and the
# positional-only count << 16.
FUNC_VARARGS = 1
FUNC_VARKW = 2

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
    if NATIVES and is_native(f):
        return native_call_kw(f, args, npos, names)
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
    fl = Func.flags[p]
    if npos > np and (fl & FUNC_VARARGS) == 0:
        arity_error(p, npos)
        return 0
    # The bound positional parameters, then the arguments for *args.
    extra = 0
    if npos > np:
        extra = npos - np
    full = alloc(8 * (np + extra))
    memfill(full, 0, 8 * np)
    memcopy(full, args, 8 * npos)
    pn = Func.params[p]
    nkw = shru(fl, 8)
    kwv = 0
    if nkw > 0:
        kwv = alloc(8 * nkw)
        memfill(kwv, 0, 8 * nkw)
    nkw = nkw & 255
    posonly = shru(fl, 16)
    kwd: i64 = 0
    i = 0
    while i < nk:
        name = i32(load64(Tuple.items[names] + 8 * i))
        v = load64(args + 8 * (npos + i))
        # Positional-only parameters are never bound by name.
        j = posonly
        while j < np + nkw and str_eq(i32(load64(Tuple.items[pn] + 8 * j)), name) == 0:
            j += 1
        if j >= np and j < np + nkw:
            if load64(kwv + 8 * (j - np)) != 0:
                kw_error(p, "() got multiple values for argument '", name)
                return 0
            store64(kwv + 8 * (j - np), v)
        elif j == np + nkw:
            if (fl & FUNC_VARKW) == 0:
                if posonly_name(pn, posonly, name) != 0:
                    kw_error(p, "() got some positional-only arguments passed as keyword arguments: '", name)
                else:
                    kw_error(p, "() got an unexpected keyword argument '", name)
                return 0
            if kwd == 0:
                kwd = dict_new()
            dict_set(kwd, u64(name), v)
        elif load64(full + 8 * j) != 0:
            kw_error(p, "() got multiple values for argument '", name)
            return 0
        else:
            store64(full + 8 * j, v)
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
    k = 0
    while k < nkw:
        if load64(kwv + 8 * k) == 0:
            d = kw_default(p, k)
            if d == 0:
                return 0
            store64(kwv + 8 * k, d)
        k += 1
    if fl & FUNC_VARKW:
        pending_kwargs = kwd
    pending_kwonly = kwv
    return call_ind(p, full, np + extra, Func.slot[p])


# The keyword-only values call_kw bound for the function it calls, taken
# by the function's generic entry first thing (take_kwonly).
pending_kwonly: i32 = 0


def take_kwonly(f: i32) -> i32:
    kv = pending_kwonly
    pending_kwonly = 0
    if kv != 0:
        return kv
    nkw = shru(Func.flags[f], 8) & 255
    kv = alloc(8 * nkw)
    k = 0
    while k < nkw:
        store64(kv + 8 * k, kw_default(f, k))
        k += 1
    return kv


def kw_default(f: i32, k: i32) -> i64:
    # The default of keyword-only parameter k of function f, or
    # TypeError: f() missing 1 required keyword-only argument: 'key'
    d = load64(Func.defaults[f] + 8 * (Func.ndefaults[f] + k))
    if d == 0:
        s = sb_new(64)
        sb_str(s, Func.name[f])
        sb_str(s, "() missing 1 required keyword-only argument: '")
        sb_str(s, i32(load64(Tuple.items[Func.params[f]] + 8 * (Func.nparams[f] + k))))
        sb_byte(s, 39)
        raise_(EXC_TYPE, sb_done(s))
    return d


def posonly_name(pn: i32, posonly: i32, name: i32) -> i32:
    j = 0
    while j < posonly:
        if str_eq(i32(load64(Tuple.items[pn] + 8 * j)), name) != 0:
            return 1
        j += 1
    return 0


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
    sb_str(s, "() ")
    sb_missing_count(s, missing)
    pn = Func.params[f]
    seen = 0
    j = 0
    while j < first:
        if load64(full + 8 * j) == 0:
            sb_list_item(s, i32(load64(Tuple.items[pn] + 8 * j)), seen, missing)
            seen += 1
        j += 1
    raise_(EXC_TYPE, sb_done(s))


def sb_missing_count(s: i32, n: i32) -> None:
    sb_str(s, "missing ")
    sb_int(s, i64(n))
    sb_str(s, " required positional argument")
    if n > 1:
        sb_byte(s, 115)
    sb_str(s, ": ")


def sb_list_item(s: i32, name: i32, i: i32, n: i32) -> None:
    # Item i of n in CPython's list of argument names: 'a' and 'b', or
    # 'a', 'b', and 'c' (a comma before "and" from three on).
    if i > 0:
        if i < n - 1 or n > 2:
            sb_str(s, ",")
        if i == n - 1:
            sb_str(s, " and")
        sb_byte(s, 32)
    sb_byte(s, 39)
    sb_str(s, name)
    sb_byte(s, 39)


# The **kwargs dict call_kw made for a function with one: taken by its
# generic entry first thing (take_kwargs), so no other call sees it.
pending_kwargs: i64 = 0


def take_kwargs() -> i64:
    d = pending_kwargs
    pending_kwargs = 0
    if d == 0:
        return dict_new()
    return d


def varargs(args: i32, n: i32, npos: i32) -> i64:
    # The *args tuple: the arguments past the npos positional parameters.
    if n <= npos:
        return u64(tuple_of(0))
    return args_tuple(args + 8 * npos, n - npos)


def call_dyn(f: i64, pos: i64, kw: i64) -> i64:
    # f(*pos, **kw) for a call with starred arguments: pos a list, kw a
    # dict of str keys (0 for none).
    n = seq_len(pos)
    if kw == 0 or Dict.len[i32(kw)] == 0:
        return call_value(f, items_of(pos), n)
    nk = Dict.len[i32(kw)]
    a = alloc(8 * (n + nk))
    memcopy(a, items_of(pos), 8 * n)
    names = tuple_of(nk)
    d = i32(kw)
    j = 0
    i = 0
    while i < Dict.used[d]:
        ep = Dict.entries[d] + Entry.SIZE * i
        if Entry.key[ep] != 0:
            store64(Tuple.items[names] + 8 * j, Entry.key[ep])
            store64(a + 8 * (n + j), Entry.value[ep])
            j += 1
        i += 1
    return call_kw(f, a, n, names)


def kw_update(kw: i64, d: i64, fname: i32) -> None:
    # **d into the keywords of a call: str keys only, no repeats.
    if typeof(d) != TAG_DICT:
        object_type_error(d, "' object is not a mapping (after **)")
        return
    p = i32(d)
    i = 0
    while i < Dict.used[p]:
        ep = Dict.entries[p] + Entry.SIZE * i
        k = Entry.key[ep]
        if k != 0:
            if typeof(k) != TAG_STR:
                raise_(EXC_TYPE, "keywords must be strings")
                return
            if dict_lookup(kw, k) != 0:
                s = sb_new(48)
                sb_str(s, "got multiple values for keyword argument '")
                sb_str(s, i32(k))
                sb_byte(s, 39)
                raise_(EXC_TYPE, sb_done(s))
                return
            dict_set(kw, k, Entry.value[ep])
        i += 1
