# The methods and operators of set and frozenset, each following the
# CPython 3.11 function of the same job (which set is iterated and which
# probed decides the order of the result). A result has the type of the
# set it is computed from (`frozenset(a) | b` is a frozenset). Methods
# with *others get their arguments as one tuple.


def set_contains(sv: i64, k: i64) -> i32:
    h = set_key_hash(k)
    if exc != 0:
        return 0
    return set_contains_h(sv, k, h)


def set_intersect(sv: i64, ov: i64) -> i64:
    # CPython's set_intersection: with a set, the smaller one is iterated
    # and the larger probed; else `other` is iterated.
    tag = load32(i32(sv))
    if sv == ov:
        return set_copy_as(tag, sv)
    r = u64(set_alloc(tag, SET_MINSIZE))
    if is_anyset(ov):
        a = sv
        b = ov
        if Set.len[i32(b)] > Set.len[i32(a)]:
            a = ov
            b = sv
        p = i32(b)
        tab = Set.table[p]
        i = 0
        while i <= Set.mask[p]:
            ep = tab + SetEntry.SIZE * i
            k = SetEntry.key[ep]
            if k != 0 and set_contains_h(a, k, SetEntry.hash[ep]):
                set_add_h(r, k, SetEntry.hash[ep])
            if exc != 0:
                return 0
            i += 1
        return r
    it = iter_(ov)
    if it == 0:
        return 0
    while 1:
        x = next_(it)
        if x == 0:
            break
        h = cpy_hash(x)
        if exc != 0:
            return 0
        if set_contains_h(sv, x, h):
            set_add_h(r, x, h)
    if exc != 0:
        return 0
    return r


def set_diff_update(sv: i64, ov: i64) -> i64:
    # CPython's set_difference_update_internal, then a resize when more
    # than a quarter of the table is deleted slots.
    p = i32(sv)
    if sv == ov:
        set_clear_(p)
        return NONE
    if is_anyset(ov):
        o = i32(ov)
        tab = Set.table[o]
        i = 0
        while i <= Set.mask[o]:
            ep = tab + SetEntry.SIZE * i
            if SetEntry.key[ep] != 0:
                set_discard_h(sv, SetEntry.key[ep], SetEntry.hash[ep])
                if exc != 0:
                    return 0
            i += 1
    else:
        it = iter_(ov)
        if it == 0:
            return 0
        while 1:
            x = next_(it)
            if x == 0:
                break
            h = set_key_hash(x)
            if exc != 0:
                return 0
            set_discard_h(sv, x, h)
        if exc != 0:
            return 0
    if Set.fill[p] - Set.len[p] <= Set.mask[p] / 4:
        return NONE
    set_resize(p, set_grow_to(Set.len[p]))
    return NONE


def set_difference(sv: i64, ov: i64) -> i64:
    # CPython's set_difference: a copy minus `other` when `other` is no
    # set or dict, or is much smaller; else the members of sv not in it.
    tag = load32(i32(sv))
    t = typeof(ov)
    n = 0
    if t == TAG_SET or t == TAG_FROZENSET or t == TAG_DICT:
        n = List.len[i32(ov)]
    if (t != TAG_SET and t != TAG_FROZENSET and t != TAG_DICT) or (Set.len[i32(sv)] >> 2) > n:
        r = set_copy_as(tag, sv)
        if set_diff_update(r, ov) == 0:
            return 0
        return r
    r2 = u64(set_alloc(tag, SET_MINSIZE))
    p = i32(sv)
    tab = Set.table[p]
    i = 0
    while i <= Set.mask[p]:
        ep = tab + SetEntry.SIZE * i
        k = SetEntry.key[ep]
        if k != 0:
            found = 0
            if t == TAG_DICT:
                found = dict_lookup(ov, k) != 0
            else:
                found = set_contains_h(ov, k, SetEntry.hash[ep])
            if exc != 0:
                return 0
            if found == 0:
                set_add_h(r2, k, SetEntry.hash[ep])
        i += 1
    return r2


def set_xor_update(sv: i64, ov: i64) -> i64:
    # CPython's set_symmetric_difference_update: each member of `other`
    # (made a set first unless it is one) is removed if present, else added.
    if sv == ov:
        set_clear_(i32(sv))
        return NONE
    o = ov
    if typeof(ov) == TAG_DICT:
        it = iter_(ov)
        while 1:
            x = next_(it)
            if x == 0:
                break
            h = cpy_hash(x)
            if exc != 0:
                return 0
            if set_discard_h(sv, x, h) == 0:
                set_add_h(sv, x, h)
        return NONE
    if is_anyset(ov) == 0:
        o = set_make(load32(i32(sv)), ov)
        if o == 0:
            return 0
    q = i32(o)
    tab = Set.table[q]
    i = 0
    while i <= Set.mask[q]:
        ep = tab + SetEntry.SIZE * i
        k = SetEntry.key[ep]
        if k != 0:
            if set_discard_h(sv, k, SetEntry.hash[ep]) == 0:
                set_add_h(sv, k, SetEntry.hash[ep])
            if exc != 0:
                return 0
        i += 1
    return NONE


def set_xor(sv: i64, ov: i64) -> i64:
    # A copy of `other` (with sv's type), then xor-updated with sv.
    r = set_make(load32(i32(sv)), ov)
    if r == 0:
        return 0
    if set_xor_update(r, sv) == 0:
        return 0
    return r


def set_union(sv: i64, ov: i64) -> i64:
    r = set_copy_as(load32(i32(sv)), sv)
    if set_update_(r, ov) == 0:
        return 0
    return r


def set_subset(sv: i64, ov: i64) -> i32:
    # Both sets: every member of sv is in ov.
    p = i32(sv)
    if Set.len[p] > Set.len[i32(ov)]:
        return 0
    tab = Set.table[p]
    i = 0
    while i <= Set.mask[p]:
        ep = tab + SetEntry.SIZE * i
        if SetEntry.key[ep] != 0:
            if set_contains_h(ov, SetEntry.key[ep], SetEntry.hash[ep]) == 0:
                return 0
        i += 1
    return 1


def set_eq(a: i64, b: i64) -> i32:
    pa = i32(a)
    pb = i32(b)
    if Set.len[pa] != Set.len[pb]:
        return 0
    if Set.hash[pa] != -1 and Set.hash[pb] != -1 and Set.hash[pa] != Set.hash[pb]:
        return 0
    return set_subset(a, b)


def set_like_pair(a: i64, b: i64) -> i32:
    return (is_anyset(a) or is_set_view(a)) and (is_anyset(b) or is_set_view(b))


def set_eq_any(a: i64, b: i64) -> i32:
    # A keys or items view equals the set of its members (and another
    # view of the same members); a view is never equal to a list.
    if set_like_pair(a, b) == 0:
        return 0
    return set_eq(set_of_view(a), set_of_view(b))


def set_cmp_any(a: i64, b: i64, op: i32) -> i32:
    if set_like_pair(a, b) == 0:
        return order_error(op, a, b)
    return set_cmp(set_of_view(a), set_of_view(b), op)


def set_cmp(a: i64, b: i64, op: i32) -> i32:
    # For ops.py's cmp: the answer in its code (-1 for a true `<`, 1 for
    # a true `>`, 0 for a true `<=` or `>=`, 2 for false), since subset
    # order is partial. Both are sets.
    la = Set.len[i32(a)]
    lb = Set.len[i32(b)]
    lt = load8(Str.data[op]) == 60
    strict = Str.nbytes[op] == 1
    holds = 0
    if lt:
        holds = set_subset(a, b) and (strict == 0 or la < lb)
    else:
        holds = set_subset(b, a) and (strict == 0 or la > lb)
    if holds == 0:
        return 2
    if strict == 0:
        return 0
    if lt:
        return -1
    return 1


def set_binop(op: i32, a: i64, b: i64, inplace: i32) -> i64:
    # `| & - ^` of two sets (ops.py checks both are); in place (`|=` ...)
    # for a set on the left, which is then the result.
    c = load8(Str.data[op])
    if is_anyset(a) == 0 or is_anyset(b) == 0:
        return view_binop(c, a, b)
    if inplace and typeof(a) == TAG_SET:
        r: i64 = NONE
        if c == 124:
            r = set_update_(a, b)
        elif c == 38:
            t = set_intersect(a, b)
            if t == 0:
                return 0
            set_take(i32(a), i32(t))
        elif c == 45:
            r = set_diff_update(a, b)
        else:
            r = set_xor_update(a, b)
        if r == 0:
            return 0
        return a
    if c == 124:
        return set_union(a, b)
    if c == 38:
        return set_intersect(a, b)
    if c == 45:
        return set_difference(a, b)
    return set_xor(a, b)


def set_take(p: i32, q: i32) -> None:
    # p gets q's table (CPython's set_swap_bodies for *_update).
    Set.len[p] = Set.len[q]
    Set.fill[p] = Set.fill[q]
    Set.mask[p] = Set.mask[q]
    Set.table[p] = Set.table[q]


def iset_op(op: i32, a: i64, b: i64) -> i64:
    # `s |= t` and co.: in place when both are sets, else the operator.
    if is_anyset(a) and is_anyset(b):
        return set_binop(op, a, b, 1)
    # A dict view makes it the operator (a new set), as CPython falls
    # back to the view's operator.
    if is_set_pair(a, b):
        return set_binop(op, a, b, 0)
    c = load8(Str.data[op])
    if is_anyset(a) or is_anyset(b):
        s = sb_new(4)
        sb_byte(s, c)
        sb_byte(s, 61)
        return op_type_error(sb_done(s), a, b)
    if c == 124:
        return or_(a, b)
    if c == 38:
        return and_(a, b)
    if c == 45:
        return sub(a, b)
    return xor_(a, b)


def ior_(a: i64, b: i64) -> i64:
    if typeof(a) == TAG_DICT:
        return dict_ior(a, b)
    return iset_op("|", a, b)


def iand_(a: i64, b: i64) -> i64:
    return iset_op("&", a, b)


def isub_(a: i64, b: i64) -> i64:
    return iset_op("-", a, b)


def ixor_(a: i64, b: i64) -> i64:
    return iset_op("^", a, b)


def view_binop(c: i32, a: i64, b: i64) -> i64:
    # `| & - ^` with a dict's keys() or items() on either side: CPython's
    # dict view operators, which make a set of the left operand and take
    # any iterable on the right.
    if c == 38:
        return view_and(a, b)
    r = set_make(TAG_SET, a)
    if r == 0:
        return 0
    ok: i64 = 0
    if c == 124:
        ok = set_update_(r, b)
    elif c == 45:
        ok = set_diff_update(r, b)
    else:
        ok = set_xor_update(r, b)
    if ok == 0:
        return 0
    return r


def view_has(view: i64, x: i64) -> i32:
    d = u64(View.dict[i32(view)])
    if View.kind[i32(view)] == 0:
        return dict_lookup(d, x) != 0
    if typeof(x) != TAG_TUPLE or Tuple.len[i32(x)] != 2:
        return 0
    ep = dict_lookup(d, load64(Tuple.items[i32(x)]))
    if ep == 0:
        return 0
    return eq(Entry.value[ep], load64(Tuple.items[i32(x)] + 8))


def view_and(a: i64, b: i64) -> i64:
    # CPython's _PyDictView_Intersect: the view is `self` whichever side
    # it was on; a set at least as large is intersected with the view,
    # else the other operand is iterated and looked up in the view.
    v = a
    o = b
    if is_set_view(a) == 0:
        v = b
        o = a
    n = Dict.len[View.dict[i32(v)]]
    if typeof(o) == TAG_SET and n <= Set.len[i32(o)]:
        return set_intersect(o, v)
    if is_set_view(o) and Dict.len[View.dict[i32(o)]] > n:
        t = v
        v = o
        o = t
    r = set_new()
    it = iter_(o)
    if it == 0:
        return 0
    while 1:
        x = next_(it)
        if x == 0:
            break
        if view_has(v, x):
            set_add(r, x)
        if exc != 0:
            return 0
    if exc != 0:
        return 0
    return r
