# set and frozenset (the Set record): CPython 3.11's table, so that a set
# iterates in CPython's order. The table is open-addressed (SetEntry
# records): from slot hash & mask it tries that slot and the next
# LINEAR_PROBES, then jumps by the perturbed recurrence
# i = i * 5 + 1 + (perturb >>= 5). `fill` counts live and deleted slots;
# adding into a never-used slot that brings fill * 5 to mask * 3 or more
# resizes the table to the smallest power of two above used * 4
# (used * 2 past 50,000). Hashes are CPython's (sethash.py).
# The methods and operators are in setops.py.

LINEAR_PROBES = 9
SET_MINSIZE = 8
# Deleted slots keep key 0 and this hash (CPython's dummy has hash -1).
DUMMY_HASH = -1
IT_SET = 12


def set_alloc(tag: i32, size: i32) -> i32:
    p = alloc(Set.SIZE)
    Set.tag[p] = tag
    Set.len[p] = 0
    Set.fill[p] = 0
    Set.mask[p] = size - 1
    Set.finger[p] = 0
    Set.hash[p] = -1
    t = alloc(SetEntry.SIZE * size)
    memfill(t, 0, SetEntry.SIZE * size)
    Set.table[p] = t
    return p


def set_new() -> i64:
    return u64(set_alloc(TAG_SET, SET_MINSIZE))


def is_set_pair(a: i64, b: i64) -> i32:
    # Operands of a set operator or comparison: two sets, or a dict's
    # keys() or items() (set-like in CPython) with a set or another one;
    # for `| & - ^` a keys or items view takes any iterable.
    va = is_set_view(a)
    vb = is_set_view(b)
    if va or vb:
        return 1
    return is_anyset(a) and is_anyset(b)


def is_set_view(v: i64) -> i32:
    return typeof(v) == TAG_VIEW and View.kind[i32(v)] != 1


def set_of_view(v: i64) -> i64:
    # A view as the set CPython's view operators start from.
    if is_set_view(v):
        return set_make(TAG_SET, v)
    return v


def is_anyset(v: i64) -> i32:
    t = typeof(v)
    return t == TAG_SET or t == TAG_FROZENSET


def set_key_hash(k: i64) -> i64:
    # The hash a lookup key is sought by: a set key (unhashable) is looked
    # up as the equal frozenset, as CPython's __contains__, remove and
    # discard do.
    if typeof(k) == TAG_SET:
        return frozen_hash(k)
    return cpy_hash(k)


def set_lookup(p: i32, k: i64, h: i64) -> i32:
    # The slot holding k (hash h), or 0 when k is absent (or a comparison
    # raised). CPython's set_lookkey.
    mask = Set.mask[p]
    tab = Set.table[p]
    i = i32(h) & mask
    perturb = h
    while 1:
        probes = 0
        if i + LINEAR_PROBES <= mask:
            probes = LINEAR_PROBES
        ep = tab + SetEntry.SIZE * i
        while probes >= 0:
            ek = SetEntry.key[ep]
            if ek == 0 and SetEntry.hash[ep] == 0:
                return 0
            if ek != 0 and SetEntry.hash[ep] == h:
                if ek == k or eq(ek, k):
                    return ep
                if exc != 0:
                    return 0
            ep += SetEntry.SIZE
            probes -= 1
        perturb = shru(perturb, i64(5))
        i = (i * 5 + 1 + i32(perturb)) & mask


def set_contains_h(sv: i64, k: i64, h: i64) -> i32:
    return set_lookup(i32(sv), k, h) != 0


def set_add_h(sv: i64, k: i64, h: i64) -> None:
    # Adds k (hash h) unless an equal key is there. CPython's
    # set_add_entry: a key goes into the last deleted slot met on the way
    # to the first never-used one, else into that never-used one.
    p = i32(sv)
    mask = Set.mask[p]
    tab = Set.table[p]
    i = i32(h) & mask
    perturb = h
    free = 0
    while 1:
        probes = 0
        if i + LINEAR_PROBES <= mask:
            probes = LINEAR_PROBES
        ep = tab + SetEntry.SIZE * i
        while probes >= 0:
            ek = SetEntry.key[ep]
            eh = SetEntry.hash[ep]
            if ek == 0 and eh == 0:
                Set.len[p] += 1
                if free != 0:
                    SetEntry.key[free] = k
                    SetEntry.hash[free] = h
                    return
                Set.fill[p] += 1
                SetEntry.key[ep] = k
                SetEntry.hash[ep] = h
                if Set.fill[p] * 5 < mask * 3:
                    return
                set_resize(p, set_grow_to(Set.len[p]))
                return
            if ek != 0 and eh == h:
                if ek == k or eq(ek, k):
                    return
                if exc != 0:
                    return
            elif ek == 0:
                free = ep
            ep += SetEntry.SIZE
            probes -= 1
        perturb = shru(perturb, i64(5))
        i = (i * 5 + 1 + i32(perturb)) & mask


def set_grow_to(used: i32) -> i32:
    if used > 50000:
        return used * 2
    return used * 4


def set_insert_clean(tab: i32, mask: i32, k: i64, h: i64) -> None:
    # Into a table with no deleted slots and no equal key (a resize).
    i = i32(h) & mask
    perturb = h
    while 1:
        ep = tab + SetEntry.SIZE * i
        if SetEntry.key[ep] == 0:
            SetEntry.key[ep] = k
            SetEntry.hash[ep] = h
            return
        if i + LINEAR_PROBES <= mask:
            j = 0
            while j < LINEAR_PROBES:
                ep += SetEntry.SIZE
                if SetEntry.key[ep] == 0:
                    SetEntry.key[ep] = k
                    SetEntry.hash[ep] = h
                    return
                j += 1
        perturb = shru(perturb, i64(5))
        i = (i * 5 + 1 + i32(perturb)) & mask


def set_resize(p: i32, minused: i32) -> None:
    # A new table of the smallest power of two (at least 8) above minused,
    # the live keys re-inserted in the old table's order.
    size = SET_MINSIZE
    while size <= minused:
        size = size * 2
    old = Set.table[p]
    oldmask = Set.mask[p]
    t = alloc(SetEntry.SIZE * size)
    memfill(t, 0, SetEntry.SIZE * size)
    Set.table[p] = t
    Set.mask[p] = size - 1
    Set.fill[p] = Set.len[p]
    i = 0
    while i <= oldmask:
        ep = old + SetEntry.SIZE * i
        if SetEntry.key[ep] != 0:
            set_insert_clean(t, size - 1, SetEntry.key[ep], SetEntry.hash[ep])
        i += 1


def set_add(sv: i64, k: i64) -> None:
    h = cpy_hash(k)
    if exc != 0:
        return
    set_add_h(sv, k, h)


def set_discard_h(sv: i64, k: i64, h: i64) -> i32:
    # 1 when k was there (its slot becomes a deleted one), else 0.
    ep = set_lookup(i32(sv), k, h)
    if ep == 0:
        return 0
    SetEntry.key[ep] = 0
    SetEntry.hash[ep] = DUMMY_HASH
    Set.len[i32(sv)] -= 1
    return 1


def set_clear_(p: i32) -> None:
    t = alloc(SetEntry.SIZE * SET_MINSIZE)
    memfill(t, 0, SetEntry.SIZE * SET_MINSIZE)
    Set.table[p] = t
    Set.mask[p] = SET_MINSIZE - 1
    Set.len[p] = 0
    Set.fill[p] = 0
    Set.hash[p] = -1


def set_merge(sv: i64, ov: i64) -> None:
    # Every member of the set ov into sv (CPython's set_merge): one
    # resize first; into an empty sv, a copy of the table when the sizes
    # agree and ov has no deleted slots, else clean inserts.
    p = i32(sv)
    o = i32(ov)
    if p == o or Set.len[o] == 0:
        return
    if (Set.fill[p] + Set.len[o]) * 5 >= Set.mask[p] * 3:
        set_resize(p, (Set.len[p] + Set.len[o]) * 2)
    omask = Set.mask[o]
    otab = Set.table[o]
    if Set.fill[p] == 0 and Set.mask[p] == omask and Set.fill[o] == Set.len[o]:
        memcopy(Set.table[p], otab, SetEntry.SIZE * (omask + 1))
        Set.fill[p] = Set.fill[o]
        Set.len[p] = Set.len[o]
        return
    i = 0
    if Set.fill[p] == 0:
        Set.fill[p] = Set.len[o]
        Set.len[p] = Set.len[o]
        while i <= omask:
            ep = otab + SetEntry.SIZE * i
            if SetEntry.key[ep] != 0:
                set_insert_clean(Set.table[p], Set.mask[p], SetEntry.key[ep], SetEntry.hash[ep])
            i += 1
        return
    while i <= omask:
        ep2 = otab + SetEntry.SIZE * i
        if SetEntry.key[ep2] != 0:
            set_add_h(sv, SetEntry.key[ep2], SetEntry.hash[ep2])
            if exc != 0:
                return
        i += 1


def set_update_(sv: i64, it: i64) -> i64:
    # CPython's set_update_internal: a set merges its table; a dict adds
    # its keys after one resize; anything else is iterated. NONE, or 0
    # with an exception.
    t = typeof(it)
    if t == TAG_SET or t == TAG_FROZENSET:
        set_merge(sv, it)
        return NONE
    p = i32(sv)
    if t == TAG_DICT:
        n = Dict.len[i32(it)]
        if (Set.fill[p] + n) * 5 >= Set.mask[p] * 3:
            set_resize(p, (Set.len[p] + n) * 2)
    itr = iter_(it)
    if itr == 0:
        return 0
    while 1:
        x = next_(itr)
        if x == 0:
            break
        set_add(sv, x)
        if exc != 0:
            return 0
    if exc != 0:
        return 0
    return NONE


def set_make(tag: i32, it: i64) -> i64:
    # set(it) / frozenset(it): an empty set updated from it.
    r = u64(set_alloc(tag, SET_MINSIZE))
    if it == 0:
        return r
    if set_update_(r, it) == 0:
        return 0
    return r


def set_from(it: i64) -> i64:
    return set_make(TAG_SET, it)


def frozenset_from(it: i64) -> i64:
    if typeof(it) == TAG_FROZENSET:
        return it
    return set_make(TAG_FROZENSET, it)


def set_of_tuple(t: i64) -> i64:
    # A display {a, b, c}: its items evaluated first (a tuple), then added
    # in order, as CPython's BUILD_SET.
    r = set_new()
    n = Tuple.len[i32(t)]
    i = 0
    while i < n:
        set_add(r, load64(Tuple.items[i32(t)] + 8 * i))
        if exc != 0:
            return 0
        i += 1
    return r


def set_of_consts(t: i64, remakes: i32) -> i64:
    # A display of constants as CPython 3.11 builds it (front/set.rs):
    # the compiler's frozenset of the items, made again `remakes` times
    # from its own iteration order, merged into a new set.
    f = set_of_tuple(t)
    if f == 0:
        return 0
    while remakes > 0:
        f = set_remade(f)
        remakes -= 1
    r = set_new()
    set_merge(r, f)
    return r


def set_remade(f: i64) -> i64:
    # A set made again by adding f's members in f's iteration order.
    r = set_new()
    p = i32(f)
    i = 0
    while i <= Set.mask[p]:
        ep = Set.table[p] + SetEntry.SIZE * i
        if SetEntry.key[ep] != 0:
            set_add_h(r, SetEntry.key[ep], SetEntry.hash[ep])
        i += 1
    return r


def set_copy_as(tag: i32, sv: i64) -> i64:
    r = u64(set_alloc(tag, SET_MINSIZE))
    set_merge(r, sv)
    return r


def set_iter(v: i64) -> i64:
    # Iter.i is the next slot, Iter.view the size the set had: CPython
    # raises RuntimeError when it changes under an iterator.
    return mk_iter(IT_SET, v, Set.len[i32(v)])


def set_next(it: i32) -> i64:
    p = i32(Iter.src[it])
    if Iter.view[it] != Set.len[p]:
        if Iter.view[it] >= 0:
            Iter.view[it] = -1
            raise_(EXC_RUNTIME, "Set changed size during iteration")
        return 0
    i = Iter.i[it]
    mask = Set.mask[p]
    tab = Set.table[p]
    while i <= mask:
        ep = tab + SetEntry.SIZE * i
        i += 1
        if SetEntry.key[ep] != 0:
            Iter.i[it] = i
            return SetEntry.key[ep]
    Iter.i[it] = i
    return 0


def set_repr_into(b: i32, v: i64) -> None:
    p = i32(v)
    fz = load32(p) == TAG_FROZENSET
    if Set.len[p] == 0:
        if fz:
            sb_str(b, "frozenset()")
        else:
            sb_str(b, "set()")
        return
    if fz:
        sb_str(b, "frozenset({")
    else:
        sb_byte(b, 123)
    tab = Set.table[p]
    first = 1
    i = 0
    while i <= Set.mask[p]:
        ep = tab + SetEntry.SIZE * i
        if SetEntry.key[ep] != 0:
            if first == 0:
                sb_str(b, ", ")
            first = 0
            repr_into(b, SetEntry.key[ep])
        i += 1
    sb_byte(b, 125)
    if fz:
        sb_byte(b, 41)
