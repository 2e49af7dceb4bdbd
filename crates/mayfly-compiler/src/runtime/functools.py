# `import functools`: reduce, partial, wraps/update_wrapper, lru_cache,
# cache and cmp_to_key as CPython 3.11's C implementation behaves: the
# objects are Natives (native.py) reached through ft_entry.
#
# Native fields, per type: partial a func, b the args tuple, c the
# keywords dict; an lru_cache wrapper a func, b the cache dict, c
# maxsize (-1: none), d hits << 32 | misses; a cmp_to_key key a the
# function, b the object (0 for the key function itself).

# Static values (front/ftmod.rs writes these codes into the image).
FV_REDUCE = 100
FV_PARTIAL = 101
FV_WRAPS = 102
FV_UPDATE_WRAPPER = 103
FV_LRU_CACHE = 104
FV_CACHE = 105
FV_CMP_TO_KEY = 106
FV_TOTAL_ORDERING = 107

FT_PARTIAL = 1
FT_LRU_DECO = 2
FT_LRU = 3
FT_KEY = 4
FT_WRAPS = 5
FT_CACHE_INFO = 6
FT_INFO_METHOD = 7
FT_CLEAR_METHOD = 8


def ft_entry(env: i32, args: i32, n: i32) -> i64:
    names = kw_names
    kw_names = 0
    npos = n - native_nkw(names)
    ty = Native.type[env]
    if ty == FT_LRU:
        return lru_call(env, args, npos, names)
    if ty == FT_PARTIAL:
        return partial_call(env, args, npos, names)
    if ty == FT_ORDER:
        return order_call(env, args, npos, names)
    if ty == FV_TOTAL_ORDERING:
        if native_no_kw(names, "total_ordering") or native_arity("total_ordering", npos, 1, 1):
            return 0
        return total_ordering_(env, load64(args))
    if ty == FT_KEY:
        if native_no_kw(names, "K") or native_arity("K", npos, 1, 1):
            return 0
        k = native_new(env, FT_KEY, "functools.KeyWrapper")
        Native.a[k] = Native.a[env]
        Native.b[k] = load64(args)
        return u64(k)
    if ty == FV_PARTIAL:
        return partial_new(env, args, npos, names)
    if ty == FV_LRU_CACHE or ty == FV_CACHE:
        return lru_cache_v(env, ty, args, npos, names)
    if ty == FT_LRU_DECO:
        if native_no_kw(names, "decorating_function") or native_arity("decorating_function", npos, 1, 1):
            return 0
        return lru_new(env, load64(args), Native.c[env])
    if ty == FV_WRAPS:
        if native_no_kw(names, "wraps") or native_arity("wraps", npos, 1, 1):
            return 0
        w = native_new(env, FT_WRAPS, "functools.partial")
        Native.a[w] = load64(args)
        return u64(w)
    if ty == FT_WRAPS:
        if native_no_kw(names, "update_wrapper") or native_arity("update_wrapper", npos, 1, 1):
            return 0
        return update_wrapper(load64(args), Native.a[env])
    if ty == FV_UPDATE_WRAPPER:
        if native_no_kw(names, "update_wrapper") or native_arity("update_wrapper", npos, 2, 2):
            return 0
        return update_wrapper(load64(args), load64(args + 8))
    if ty == FV_REDUCE:
        if native_no_kw(names, "reduce") or native_arity("reduce", npos, 2, 3):
            return 0
        init: i64 = 0
        if npos == 3:
            init = load64(args + 16)
        return reduce_(load64(args), load64(args + 8), init)
    if ty == FV_CMP_TO_KEY:
        if native_nkw(names) == 1 and str_eq(i32(load64(Tuple.items[names])), "mycmp"):
            npos = 1
        elif native_no_kw(names, "cmp_to_key"):
            return 0
        if native_arity("cmp_to_key", npos, 1, 1):
            return 0
        k = native_new(env, FT_KEY, "functools.KeyWrapper")
        Native.a[k] = load64(args)
        return u64(k)
    if ty == FT_INFO_METHOD or ty == FT_CLEAR_METHOD:
        if native_no_kw(names, "cache_info") or native_arity("cache_info", npos, 0, 0):
            return 0
        w = i32(Native.a[env])
        if ty == FT_CLEAR_METHOD:
            Native.b[w] = dict_new()
            Native.d[w] = 0
            return NONE
        return cache_info(w)
    object_type_error(u64(env), "' object is not callable")
    return 0


def reduce_(f: i64, xs: i64, init: i64) -> i64:
    it = iter_(xs)
    if it == 0:
        return 0
    acc = init
    if acc == 0:
        acc = next_(it)
        if acc == 0:
            if exc == 0:
                raise_(EXC_TYPE, "reduce() of empty iterable with no initial value")
            return 0
    while 1:
        x = next_(it)
        if x == 0:
            if exc != 0:
                return 0
            return acc
        acc = call2(f, acc, x)
        if acc == 0:
            return 0
    return 0


def partial_new(env: i32, args: i32, npos: i32, names: i32) -> i64:
    if npos < 1:
        raise_(EXC_TYPE, "type 'partial' takes at least one argument")
        return 0
    f = load64(args)
    if callable_v(f) != TRUE:
        raise_(EXC_TYPE, "the first argument must be callable")
        return 0
    kw = native_kwargs(args, npos, names)
    if kw == 0:
        kw = dict_new()
    pos = args_tuple(args + 8, npos - 1)
    if is_native(f) and Native.type[i32(f)] == FT_PARTIAL:
        # partial(partial(g, 1), 2) is partial(g, 1, 2), as CPython
        # flattens it; the inner keywords come first.
        inner = i32(f)
        pos = tuple_concat(Native.b[inner], pos)
        merged = dict_copy(Native.c[inner])
        m_update(merged, kw)
        kw = merged
        f = Native.a[inner]
    p = native_new(env, FT_PARTIAL, "functools.partial")
    Native.a[p] = f
    Native.b[p] = pos
    Native.c[p] = kw
    return u64(p)


def partial_call(p: i32, args: i32, npos: i32, names: i32) -> i64:
    pos = tuple_concat(Native.b[p], args_tuple(args, npos))
    kw = Native.c[p]
    more = native_kwargs(args, npos, names)
    if more != 0:
        kw = dict_copy(kw)
        m_update(kw, more)
    return call_dyn(Native.a[p], pos, kw)


def lru_cache_v(env: i32, ty: i32, args: i32, npos: i32, names: i32) -> i64:
    # lru_cache(func), lru_cache(maxsize), lru_cache(maxsize=n), cache(func).
    if ty == FV_CACHE:
        if native_no_kw(names, "cache") or native_arity("cache", npos, 1, 1):
            return 0
        return lru_new(env, load64(args), -1)
    m: i64 = mkint(128)
    nk = native_nkw(names)
    if nk == 1 and str_eq(i32(load64(Tuple.items[names])), "maxsize") and npos == 0:
        m = load64(args)
    elif nk != 0 or npos != 1:
        raise_(EXC_TYPE, "lru_cache() takes at most 2 arguments (maxsize, typed)")
        return 0
    else:
        m = load64(args)
        if callable_v(m) == TRUE:
            return lru_new(env, m, 128)
    size: i64 = -1
    if m != NONE:
        if num_kind(m) != 1 or typeof(m) == T_BOOL:
            raise_(EXC_TYPE, "Expected first argument to be an integer, a callable, or None")
            return 0
        size = intval(m)
        if size < 0:
            size = 0
    d = native_new(env, FT_LRU_DECO, "function")
    Native.c[d] = size
    return u64(d)


def lru_new(env: i32, f: i64, size: i64) -> i64:
    if callable_v(f) != TRUE:
        raise_(EXC_TYPE, "the first argument must be callable")
        return 0
    w = native_new(env, FT_LRU, "functools._lru_cache_wrapper")
    Native.a[w] = f
    Native.b[w] = dict_new()
    Native.c[w] = size
    return u64(w)


def lru_key(w: i32, args: i32, npos: i32, names: i32) -> i64:
    # CPython's key: a lone int or str argument itself, else the tuple of
    # the arguments, then a marker and each keyword's name and value.
    nk = native_nkw(names)
    if nk == 0 and npos == 1:
        x = load64(args)
        t = typeof(x)
        if t == T_INT or t == TAG_BIG or t == TAG_LONG or t == TAG_STR:
            return x
    n = npos
    if nk > 0:
        n = npos + 1 + 2 * nk
    k = tuple_of(n)
    memcopy(Tuple.items[k], args, 8 * npos)
    if nk > 0:
        # The wrapper itself is the marker: equal only to itself.
        store64(Tuple.items[k] + 8 * npos, u64(w))
        i = 0
        while i < nk:
            at = Tuple.items[k] + 8 * (npos + 1 + 2 * i)
            store64(at, load64(Tuple.items[names] + 8 * i))
            store64(at + 8, load64(args + 8 * (npos + i)))
            i += 1
    return u64(k)


def lru_call(w: i32, args: i32, npos: i32, names: i32) -> i64:
    size = Native.c[w]
    if size == 0:
        Native.d[w] += 1
        return call_kw(Native.a[w], args, npos, names)
    key = lru_key(w, args, npos, names)
    cache = Native.b[w]
    e = dict_lookup(cache, key)
    if exc != 0:
        return 0
    if e != 0:
        Native.d[w] += i64(1) << 32
        v = Entry.value[e]
        if size > 0:
            # The most recently used entry moves to the end.
            dict_del(cache, key)
            dict_set(cache, key, v)
        return v
    Native.d[w] += 1
    v = call_kw(Native.a[w], args, npos, names)
    if v == 0:
        return 0
    cache = Native.b[w]
    if dict_lookup(cache, key) != 0:
        # A recursive call cached it already.
        return v
    if size > 0 and i64(Dict.len[i32(cache)]) >= size:
        dict_drop_oldest(cache)
    dict_set(cache, key, v)
    return v


def dict_drop_oldest(d: i64) -> None:
    p = i32(d)
    i = 0
    while i < Dict.used[p]:
        ep = Dict.entries[p] + Entry.SIZE * i
        if Entry.key[ep] != 0:
            dict_del(d, Entry.key[ep])
            return
        i += 1


def cache_info(w: i32) -> i64:
    c = native_new(w, FT_CACHE_INFO, "CacheInfo")
    Native.a[c] = mkint(shru(Native.d[w], i64(32)))
    Native.b[c] = mkint(Native.d[w] & 4294967295)
    if Native.c[w] < 0:
        Native.c[c] = NONE
    else:
        Native.c[c] = mkint(Native.c[w])
    Native.d[c] = mkint(i64(Dict.len[i32(Native.b[w])]))
    return u64(c)


def update_wrapper(wrapper: i64, wrapped: i64) -> i64:
    # What a mayfly function keeps of CPython's copied attributes: its
    # __name__ and __qualname__ (Func.name, which repr and argument
    # errors show too). __doc__, __wrapped__, __module__ and __dict__
    # cannot be read in mayfly (compile errors), so nothing else shows.
    if typeof(wrapper) != TAG_FUNC:
        s = sb_new(64)
        sb_str(s, "functools.update_wrapper of a '")
        sb_str(s, type_name(wrapper))
        sb_str(s, "' wrapper is not supported")
        raise_(EXC_NOT_IMPLEMENTED, sb_done(s))
        return 0
    n = qualname_of(wrapped)
    if n != 0:
        Func.name[i32(wrapper)] = n
    return wrapper


def qualname_of(f: i64) -> i32:
    t = typeof(f)
    if t == TAG_FUNC:
        return Func.name[i32(f)]
    if t == TAG_BOUND:
        return qualname_of(Bound.func[i32(f)])
    if is_native(f):
        if Native.type[i32(f)] == FT_LRU:
            return qualname_of(Native.a[i32(f)])
        return 0
    if t == TAG_BUILTIN:
        return Builtin.name[i32(f)]
    return 0


def ft_attr(p: i32, name: i32) -> i64:
    ty = Native.type[p]
    if ty == FT_PARTIAL:
        if str_eq(name, "func"):
            return Native.a[p]
        if str_eq(name, "args"):
            return Native.b[p]
        if str_eq(name, "keywords"):
            return Native.c[p]
    if ty == FT_LRU:
        if str_eq(name, "cache_info") or str_eq(name, "cache_clear"):
            k = FT_INFO_METHOD
            if str_eq(name, "cache_clear"):
                k = FT_CLEAR_METHOD
            m = native_new(p, k, "builtin_function_or_method")
            Native.a[m] = u64(p)
            return u64(m)
        if str_eq(name, "__name__"):
            return getattr_(Native.a[p], "__name__")
    if ty == FT_CACHE_INFO:
        if str_eq(name, "hits"):
            return Native.a[p]
        if str_eq(name, "misses"):
            return Native.b[p]
        if str_eq(name, "maxsize"):
            return Native.c[p]
        if str_eq(name, "currsize"):
            return Native.d[p]
    return 0


def ft_repr_into(b: i32, p: i32) -> i32:
    # 1 when written (else native_repr_into writes CPython's default).
    ty = Native.type[p]
    if ty == FT_PARTIAL:
        sb_str(b, "functools.partial(")
        repr_into(b, Native.a[p])
        t = i32(Native.b[p])
        i = 0
        while i < Tuple.len[t]:
            sb_str(b, ", ")
            repr_into(b, load64(Tuple.items[t] + 8 * i))
            i += 1
        d = i32(Native.c[p])
        i = 0
        while i < Dict.used[d]:
            ep = Dict.entries[d] + Entry.SIZE * i
            if Entry.key[ep] != 0:
                sb_str(b, ", ")
                sb_str(b, i32(Entry.key[ep]))
                sb_byte(b, 61)
                repr_into(b, Entry.value[ep])
            i += 1
        sb_byte(b, 41)
        return 1
    if ty == FT_CACHE_INFO:
        sb_str(b, "CacheInfo(hits=")
        repr_into(b, Native.a[p])
        sb_str(b, ", misses=")
        repr_into(b, Native.b[p])
        sb_str(b, ", maxsize=")
        repr_into(b, Native.c[p])
        sb_str(b, ", currsize=")
        repr_into(b, Native.d[p])
        sb_byte(b, 41)
        return 1
    return 0


def ft_binds(p: i32) -> i32:
    return Native.type[p] == FT_LRU or Native.type[p] == FT_ORDER


def ft_is_key(v: i64) -> i32:
    return is_native(v) and Native.type[i32(v)] == FT_KEY and Native.b[i32(v)] != 0


def ft_key_cmp(a: i64, b: i64, op: i32) -> i32:
    if ft_is_key(a) == 0 or ft_is_key(b) == 0:
        if ft_is_key(a) or ft_is_key(b):
            raise_(EXC_TYPE, "other argument must be K instance")
            return 2
        return order_error(op, a, b)
    r = call2(Native.a[i32(a)], Native.b[i32(a)], Native.b[i32(b)])
    if r == 0:
        return 2
    return cmp(r, mkint(0), op)
