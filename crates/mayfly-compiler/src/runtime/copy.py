# `import copy`: copy.copy and copy.deepcopy, with what CPython's copy
# module does for each type. Immutable values (numbers, str, bytes,
# None, functions, classes, ranges) are their own copies; a shallow copy
# of a list, dict (defaultdict, Counter, OrderedDict keep their kind),
# set or deque is a new container of the same items; an instance of a
# user class is a new instance of its class holding the same attribute
# values (its __copy__ / __deepcopy__ when the class defines one).
#
# deepcopy keeps CPython's memo: every container copied is recorded
# under its original's address, so shared and cyclic structure comes
# out shared and cyclic (`a = [1]; b = [a, a]` copies to one inner list
# twice). The memo is a dict from the address (a small int) to the
# copy; a __deepcopy__(memo) gets it and can pass it back in. A tuple
# whose items all copy to themselves is returned as it is, as CPython's.
#
# Values mayfly cannot copy as CPython does (generators, iterators,
# exceptions, the request, hash objects ...) raise TypeError naming
# their type, CPython's "cannot pickle" where CPython refuses too.

deepcopy_depth: i32 = 0


def copy_copy(x: i64) -> i64:
    t = typeof(x)
    # The containers' own copy() (m_copy: a dict keeps its collections
    # kind, a deque its maxlen).
    if t == TAG_LIST or t == TAG_DICT or t == TAG_SET or t == TAG_DEQUE:
        return m_copy(x)
    if CLASSES and t == TAG_INST:
        f = type_lookup(Inst.cls[i32(x)], u64("__copy__"))
        if f != 0:
            return call1(f, x)
        if copy_state_hooks(x) == 0:
            return 0
        return inst_clone(x)
    if t == TAG_BOUND:
        if typeof(Bound.func[i32(x)]) == TAG_BUILTIN:
            return x
        return bound_new(Bound.func[i32(x)], Bound.self[i32(x)])
    if copy_atomic(t):
        return x
    return copy_refused(x)


def copy_atomic(t: i32) -> i32:
    # Types both copy and deepcopy return as they are (CPython's
    # _copy_immutable and _deepcopy_atomic, which agree on these).
    if t == T_INT or t == T_NONE or t == T_BOOL or t == TAG_STR or t == TAG_BYTES:
        return 1
    if t == TAG_FLOAT or t == TAG_LONG or t == TAG_BIG or t == TAG_RANGE:
        return 1
    if t == TAG_FUNC or t == TAG_BUILTIN or t == TAG_TYPE or t == TAG_CLASS:
        return 1
    if t == TAG_DESC or t == TAG_NOTIMPL or t == TAG_TYPEVAR:
        return 1
    if t == TAG_TUPLE or t == TAG_FROZENSET:
        return 1
    # A compiled pattern and a match are their own copies (their
    # __copy__ and __deepcopy__ return self).
    return t == TAG_RE_PATTERN or t == TAG_RE_MATCH


def copy_refused(x: i64) -> i64:
    t = typeof(x)
    s = sb_new(64)
    if t == TAG_GEN or t == TAG_HASH or t == TAG_VIEW:
        # CPython has no way to copy these either.
        sb_str(s, "cannot pickle '")
        if t == TAG_HASH:
            sb_str(s, "_hashlib.HASH")
        else:
            sb_str(s, type_name(x))
        sb_str(s, "' object")
    else:
        sb_str(s, "copying a '")
        sb_str(s, type_name(x))
        sb_str(s, "' object is not supported by mayfly")
    raise_(EXC_TYPE, sb_done(s))
    return 0


def copy_state_hooks(x: i64) -> i32:
    # A class that customises pickling (CPython's copy goes through
    # __reduce_ex__, __getstate__ and __setstate__) is refused rather
    # than copied as if it did not.
    c = Inst.cls[i32(x)]
    if type_lookup(c, u64("__reduce_ex__")) != 0 or type_lookup(c, u64("__reduce__")) != 0:
        raise_(EXC_TYPE, "copying an object whose class defines __reduce__ or __reduce_ex__ is not supported by mayfly")
        return 0
    if type_lookup(c, u64("__getstate__")) != 0 or type_lookup(c, u64("__setstate__")) != 0:
        raise_(EXC_TYPE, "copying an object whose class defines __getstate__ or __setstate__ is not supported by mayfly")
        return 0
    return 1


def inst_clone(x: i64) -> i64:
    # A new instance of x's class with x's shape and attribute values
    # (CPython: cls.__new__(cls), then __dict__.update(x.__dict__)).
    p = i32(x)
    q = alloc(Inst.SIZE)
    Inst.tag[q] = TAG_INST
    Inst.cls[q] = Inst.cls[p]
    Inst.shape[q] = Inst.shape[p]
    n = Inst.cap[p]
    Inst.cap[q] = n
    Inst.slots[q] = 0
    if n > 0:
        Inst.slots[q] = alloc(8 * n)
        memcopy(Inst.slots[q], Inst.slots[p], 8 * n)
    return u64(q)


def copy_deepcopy(x: i64, memo: i64) -> i64:
    if memo == 0 or memo == NONE:
        memo = dict_new()
    elif typeof(memo) != TAG_DICT:
        raise_(EXC_TYPE, "deepcopy's memo must be a dict")
        return 0
    return deep(x, memo)


def deep(x: i64, memo: i64) -> i64:
    t = typeof(x)
    if copy_atomic(t) and t != TAG_TUPLE and t != TAG_FROZENSET:
        return x
    key = mkint(x)
    e = dict_lookup(memo, key)
    if e != 0:
        return Entry.value[e]
    # CPython's deepcopy recurses through Python frames and meets its
    # recursion limit; this one counts its own depth against the same
    # limit, so a deep structure is a RecursionError, not a crash.
    if i64(deepcopy_depth) >= recursion_limit:
        raise_(EXC_RECURSION, "maximum recursion depth exceeded while calling a Python object")
        return 0
    deepcopy_depth += 1
    y = deep_new(x, t, key, memo)
    deepcopy_depth -= 1
    if y == 0:
        return 0
    if y != x:
        dict_set(memo, key, y)
    return y


def deep_new(x: i64, t: i32, key: i64, memo: i64) -> i64:
    # The deep copy of x (not an atomic value); containers enter the
    # memo before their items are copied, so cycles come back to them.
    if t == TAG_LIST:
        y = list_new()
        dict_set(memo, key, y)
        i = 0
        while i < List.len[i32(x)]:
            v = deep(load64(List.items[i32(x)] + 8 * i), memo)
            if v == 0:
                return 0
            list_append(y, v)
            i += 1
        return y
    if t == TAG_TUPLE:
        return deep_tuple(x, key, memo)
    if t == TAG_DICT:
        return deep_dict(x, key, memo)
    if SETS and is_anyset(x):
        return deep_set(x, t, memo)
    if COLLECTIONS and t == TAG_DEQUE:
        y = deque_(0, 0)
        Deque.maxlen[i32(y)] = Deque.maxlen[i32(x)]
        dict_set(memo, key, y)
        i = 0
        while i < Deque.len[i32(x)]:
            v = deep(load64(Deque.items[i32(x)] + 8 * i), memo)
            if v == 0:
                return 0
            dq_push(y, v, 0)
            i += 1
        return y
    if CLASSES and t == TAG_INST:
        return deep_inst(x, key, memo)
    if t == TAG_BOUND:
        # A builtin type's method (`xs.append`) is atomic to CPython's
        # deepcopy; a user method is rebound to a deep copy of its self.
        if typeof(Bound.func[i32(x)]) == TAG_BUILTIN:
            return x
        s = deep(Bound.self[i32(x)], memo)
        if s == 0:
            return 0
        return bound_new(Bound.func[i32(x)], s)
    return copy_refused(x)


def deep_tuple(x: i64, key: i64, memo: i64) -> i64:
    p = i32(x)
    n = Tuple.len[p]
    y = tuple_of(n)
    if NAMEDTUPLE:
        store64(Tuple.items[y] + 8 * n, u64(nt_cls(x)))
    same = 1
    i = 0
    while i < n:
        a = load64(Tuple.items[p] + 8 * i)
        v = deep(a, memo)
        if v == 0:
            return 0
        if v != a:
            same = 0
        store64(Tuple.items[y] + 8 * i, v)
        i += 1
    # An item that reached back to this tuple copied it already.
    e = dict_lookup(memo, key)
    if e != 0:
        return Entry.value[e]
    if same != 0:
        return x
    return u64(y)


def deep_dict(x: i64, key: i64, memo: i64) -> i64:
    y = dict_new()
    if COLLECTIONS:
        Dict.factory[i32(y)] = Dict.factory[i32(x)]
    dict_set(memo, key, y)
    d = i32(x)
    i = 0
    while i < Dict.used[d]:
        ep = Dict.entries[d] + Entry.SIZE * i
        if Entry.key[ep] != 0:
            k = deep(Entry.key[ep], memo)
            if k == 0:
                return 0
            v = deep(Entry.value[ep], memo)
            if v == 0:
                return 0
            dict_set(y, k, v)
            if exc != 0:
                return 0
        i += 1
    return y


def deep_set(x: i64, t: i32, memo: i64) -> i64:
    # CPython rebuilds a set from a deep copy of its items as a list, in
    # iteration order (set.__reduce__), and memoises it afterwards.
    items = list_new()
    p = i32(x)
    i = 0
    while i <= Set.mask[p]:
        ep = Set.table[p] + SetEntry.SIZE * i
        if SetEntry.key[ep] != 0:
            v = deep(SetEntry.key[ep], memo)
            if v == 0:
                return 0
            list_append(items, v)
        i += 1
    if t == TAG_FROZENSET:
        return set_make(TAG_FROZENSET, items)
    return set_make(TAG_SET, items)


def deep_inst(x: i64, key: i64, memo: i64) -> i64:
    c = Inst.cls[i32(x)]
    f = type_lookup(c, u64("__deepcopy__"))
    if f != 0:
        return call2(f, x, memo)
    if copy_state_hooks(x) == 0:
        return 0
    y = inst_clone(x)
    dict_set(memo, key, y)
    q = i32(y)
    n = Shape.index[Inst.shape[q]] + 1
    i = 0
    while i < n:
        a = load64(Inst.slots[q] + 8 * i)
        if a != 0:
            v = deep(a, memo)
            if v == 0:
                return 0
            store64(Inst.slots[q] + 8 * i, v)
        i += 1
    return y
