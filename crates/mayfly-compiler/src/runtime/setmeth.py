# The named methods of set and frozenset (m_NAME, as front/methods.rs
# calls them). Those CPython gives *others receive a tuple of the
# arguments; remove, pop, copy and update are shared with lists and
# dicts, whose m_* functions send sets here.


def set_recv(v: i64, name: i32, mutating: i32) -> i32:
    # v can take the method: a set, or a frozenset for a non-mutating
    # one; else AttributeError (0).
    t = typeof(v)
    if t == TAG_SET or (t == TAG_FROZENSET and mutating == 0):
        return 1
    no_method(v, name)
    return 0


def m_add(v: i64, x: i64) -> i64:
    if set_recv(v, "add", 1) == 0:
        return 0
    set_add(v, x)
    if exc != 0:
        return 0
    return NONE


def m_discard(v: i64, x: i64) -> i64:
    if set_recv(v, "discard", 1) == 0:
        return 0
    h = set_key_hash(x)
    if exc != 0:
        return 0
    set_discard_h(v, x, h)
    if exc != 0:
        return 0
    return NONE


def set_remove(v: i64, x: i64) -> i64:
    h = set_key_hash(x)
    if exc != 0:
        return 0
    if set_discard_h(v, x, h) == 0:
        if exc == 0:
            raise_val(EXC_KEY, x)
        return 0
    return NONE


def set_pop(v: i64, a: i64, b: i64) -> i64:
    # CPython's set.pop: the first live slot from the finger on.
    p = i32(v)
    if b != 0:
        raise_(EXC_TYPE, "set.pop() takes no arguments (2 given)")
        return 0
    if a != 0:
        raise_(EXC_TYPE, "set.pop() takes no arguments (1 given)")
        return 0
    if Set.len[p] == 0:
        raise_(EXC_KEY, "pop from an empty set")
        return 0
    mask = Set.mask[p]
    i = Set.finger[p] & mask
    tab = Set.table[p]
    while SetEntry.key[tab + SetEntry.SIZE * i] == 0:
        i += 1
        if i > mask:
            i = 0
    ep = tab + SetEntry.SIZE * i
    k = SetEntry.key[ep]
    SetEntry.key[ep] = 0
    SetEntry.hash[ep] = DUMMY_HASH
    Set.len[p] -= 1
    Set.finger[p] = i + 1
    return k


def m_clear(v: i64) -> i64:
    t = typeof(v)
    if t == TAG_SET:
        set_clear_(i32(v))
        return NONE
    if t == TAG_LIST:
        List.len[i32(v)] = 0
        return NONE
    if COLLECTIONS and t == TAG_DEQUE:
        List.len[i32(v)] = 0
        return NONE
    if t == TAG_DICT:
        d = i32(v)
        memcopy(d, i32(dict_new()), Dict.SIZE)
        return NONE
    return no_method(v, "clear")


def set_args_each(v: i64, args: i64, what: i32) -> i64:
    # Applies one step per argument: what 0 update, 1 intersection_update,
    # 2 difference_update. NONE, or 0 with an exception.
    n = Tuple.len[i32(args)]
    i = 0
    while i < n:
        o = load64(Tuple.items[i32(args)] + 8 * i)
        if what == 0:
            if set_update_(v, o) == 0:
                return 0
        elif what == 1:
            t = set_intersect(v, o)
            if t == 0:
                return 0
            set_take(i32(v), i32(t))
        elif set_diff_update(v, o) == 0:
            return 0
        i += 1
    return NONE


def set_update1(v: i64, o: i64) -> i64:
    # s.update(x), reached through dict.py's m_update.
    if set_recv(v, "update", 1) == 0:
        return 0
    return set_update_(v, o)


def m_update_n(v: i64, args: i64) -> i64:
    # update() with other than one argument: sets take any number, dicts
    # none (keywords are compiled apart).
    if typeof(v) == TAG_DICT:
        n = Tuple.len[i32(args)]
        if n == 0:
            return NONE
        s = sb_new(48)
        sb_str(s, "update expected at most 1 argument, got ")
        sb_int(s, i64(n))
        raise_(EXC_TYPE, sb_done(s))
        return 0
    if set_recv(v, "update", 1) == 0:
        return 0
    return set_args_each(v, args, 0)


def m_intersection_update(v: i64, args: i64) -> i64:
    if set_recv(v, "intersection_update", 1) == 0:
        return 0
    if Tuple.len[i32(args)] == 0:
        # CPython takes a fresh copy's table, which may be smaller.
        set_take(i32(v), i32(set_copy_as(TAG_SET, v)))
        return NONE
    return set_args_each(v, args, 1)


def m_difference_update(v: i64, args: i64) -> i64:
    if set_recv(v, "difference_update", 1) == 0:
        return 0
    return set_args_each(v, args, 2)


def m_union(v: i64, args: i64) -> i64:
    if set_recv(v, "union", 0) == 0:
        return 0
    r = set_copy_as(load32(i32(v)), v)
    if set_args_each(r, args, 0) == 0:
        return 0
    return r


def m_intersection(v: i64, args: i64) -> i64:
    # CPython's set_intersection_multi: each step intersects the result
    # so far with the next argument.
    if set_recv(v, "intersection", 0) == 0:
        return 0
    n = Tuple.len[i32(args)]
    if n == 0:
        return set_copy_as(load32(i32(v)), v)
    r = v
    i = 0
    while i < n:
        r = set_intersect(r, load64(Tuple.items[i32(args)] + 8 * i))
        if r == 0:
            return 0
        i += 1
    return r


def m_difference(v: i64, args: i64) -> i64:
    if set_recv(v, "difference", 0) == 0:
        return 0
    n = Tuple.len[i32(args)]
    if n == 0:
        return set_copy_as(load32(i32(v)), v)
    r = set_difference(v, load64(Tuple.items[i32(args)]))
    if r == 0:
        return 0
    i = 1
    while i < n:
        if set_diff_update(r, load64(Tuple.items[i32(args)] + 8 * i)) == 0:
            return 0
        i += 1
    return r


def m_symmetric_difference(v: i64, o: i64) -> i64:
    if set_recv(v, "symmetric_difference", 0) == 0:
        return 0
    return set_xor(v, o)


def m_symmetric_difference_update(v: i64, o: i64) -> i64:
    if set_recv(v, "symmetric_difference_update", 1) == 0:
        return 0
    return set_xor_update(v, o)


def set_or_make(o: i64) -> i64:
    # o itself when a set, else set(o) (0 with an exception).
    if is_anyset(o):
        return o
    return set_make(TAG_SET, o)


def m_issubset(v: i64, o: i64) -> i64:
    if set_recv(v, "issubset", 0) == 0:
        return 0
    s = set_or_make(o)
    if s == 0:
        return 0
    return mkbool(set_subset(v, s))


def m_issuperset(v: i64, o: i64) -> i64:
    if set_recv(v, "issuperset", 0) == 0:
        return 0
    if is_anyset(o):
        return mkbool(set_subset(o, v))
    it = iter_(o)
    if it == 0:
        return 0
    while 1:
        x = next_(it)
        if x == 0:
            break
        if set_contains(v, x) == 0:
            if exc != 0:
                return 0
            return FALSE
    if exc != 0:
        return 0
    return TRUE


def m_isdisjoint(v: i64, o: i64) -> i64:
    if set_recv(v, "isdisjoint", 0) == 0:
        return 0
    if is_anyset(o):
        a = v
        b = o
        if Set.len[i32(b)] > Set.len[i32(a)]:
            a = o
            b = v
        p = i32(b)
        tab = Set.table[p]
        i = 0
        while i <= Set.mask[p]:
            ep = tab + SetEntry.SIZE * i
            if SetEntry.key[ep] != 0:
                if set_contains_h(a, SetEntry.key[ep], SetEntry.hash[ep]):
                    return FALSE
            i += 1
        return TRUE
    it = iter_(o)
    if it == 0:
        return 0
    while 1:
        x = next_(it)
        if x == 0:
            break
        if set_contains(v, x):
            return FALSE
        if exc != 0:
            return 0
    if exc != 0:
        return 0
    return TRUE
