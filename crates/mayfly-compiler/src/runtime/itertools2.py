# The rest of itertools: groupby, zip_longest, starmap, compress,
# filterfalse, combinations_with_replacement, tee and chain.from_iterable,
# lazy as CPython's (Iter records, kinds below; itertools_next sends them
# here). groupby and tee keep state that several iterators share in a
# block of their own (GB_* and TEE_* offsets).

IT_GROUPBY = 40
IT_GROUPER = 41
IT_ZIP_LONGEST = 42
IT_STARMAP = 43
IT_COMPRESS = 44
IT_FILTERFALSE = 45
IT_CWR = 46
IT_TEE = 47
IT_CHAIN_FROM = 48

# groupby's shared state: its input, key function (NONE for none), the
# key of the group being given (tgt), the key and value last read (0:
# none yet / taken) and the generation: advancing the groupby ends the
# previous group's iterator, as CPython's.
GB_INNER = 0
GB_KEY = 8
GB_TGT = 16
GB_CURK = 24
GB_CURV = 32
GB_GEN = 40
GB_SIZE = 48


def it_groupby(src: i64, key: i64) -> i64:
    inner = iter_(src)
    if inner == 0:
        return 0
    st = alloc(GB_SIZE)
    memfill(st, 0, GB_SIZE)
    store64(st + GB_INNER, inner)
    if key == 0:
        key = NONE
    store64(st + GB_KEY, key)
    return mk_iter(IT_GROUPBY, u64(st), 0)


def gb_step(st: i32) -> i32:
    # Reads the next value and its key; 0 at the end (or on a raise).
    v = next_(load64(st + GB_INNER))
    if v == 0:
        return 0
    k = v
    f = load64(st + GB_KEY)
    if f != NONE:
        k = call1(f, v)
        if k == 0:
            return 0
    store64(st + GB_CURV, v)
    store64(st + GB_CURK, k)
    return 1


def groupby_next(it: i32) -> i64:
    st = i32(Iter.src[it])
    store64(st + GB_GEN, load64(st + GB_GEN) + 1)
    # Skip what is left of the current group.
    while 1:
        if load64(st + GB_CURK) != 0:
            if load64(st + GB_TGT) == 0:
                break
            if eq(load64(st + GB_TGT), load64(st + GB_CURK)) == 0:
                if exc != 0:
                    return 0
                break
        if gb_step(st) == 0:
            return 0
    k = load64(st + GB_CURK)
    store64(st + GB_TGT, k)
    g = mk_iter(IT_GROUPER, u64(st), 0)
    Iter.cur[i32(g)] = k
    Iter.spare[i32(g)] = load64(st + GB_GEN)
    t = tuple_of(2)
    store64(Tuple.items[t], k)
    store64(Tuple.items[t] + 8, g)
    return u64(t)


def grouper_next(it: i32) -> i64:
    st = i32(Iter.src[it])
    if Iter.spare[it] != load64(st + GB_GEN):
        return 0
    if load64(st + GB_CURV) == 0:
        if gb_step(st) == 0:
            return 0
    if eq(Iter.cur[it], load64(st + GB_CURK)) == 0:
        return 0
    v = load64(st + GB_CURV)
    store64(st + GB_CURV, 0)
    return v


def it_zip_longest(its: i64, fill: i64) -> i64:
    # src: a tuple of the iterators (0 once one is exhausted); i: how many
    # are still running; cur: the fill value.
    n = Tuple.len[i32(its)]
    t = tuple_of(n)
    j = 0
    while j < n:
        x = iter_(load64(Tuple.items[i32(its)] + 8 * j))
        if x == 0:
            return 0
        store64(Tuple.items[t] + 8 * j, x)
        j += 1
    it = mk_iter(IT_ZIP_LONGEST, u64(t), 0)
    Iter.i[i32(it)] = n
    if fill == 0:
        fill = NONE
    Iter.cur[i32(it)] = fill
    return it


def zip_longest_next(it: i32) -> i64:
    if Iter.i[it] == 0:
        return 0
    src = i32(Iter.src[it])
    n = Tuple.len[src]
    r = tuple_of(n)
    j = 0
    while j < n:
        x = load64(Tuple.items[src] + 8 * j)
        v: i64 = 0
        if x != 0:
            v = next_(x)
            if v == 0:
                if exc != 0:
                    return 0
                store64(Tuple.items[src] + 8 * j, 0)
                Iter.i[it] = Iter.i[it] - 1
                if Iter.i[it] == 0:
                    return 0
        if v == 0:
            v = Iter.cur[it]
        store64(Tuple.items[r] + 8 * j, v)
        j += 1
    return u64(r)


def it_starmap(f: i64, src: i64) -> i64:
    return it_predicate(IT_STARMAP, f, src)


def it_filterfalse(f: i64, src: i64) -> i64:
    return it_predicate(IT_FILTERFALSE, f, src)


def it_compress(data: i64, sel: i64) -> i64:
    it = it_predicate(IT_COMPRESS, 0, data)
    if it == 0:
        return 0
    s = iter_(sel)
    if s == 0:
        return 0
    Iter.spare[i32(it)] = s
    return it


def it_chain_from(src: i64) -> i64:
    # src: the iterator of iterables; cur: the one being read (0: none).
    return it_predicate(IT_CHAIN_FROM, 0, src)


def pred_iter_next(it: i32, kind: i32) -> i64:
    src = Iter.src[it]
    f = Iter.spare[it]
    if kind == IT_STARMAP:
        x = next_(src)
        if x == 0:
            return 0
        args = tuple_from(x)
        if args == 0:
            return 0
        return call_value(f, Tuple.items[i32(args)], Tuple.len[i32(args)])
    if kind == IT_CHAIN_FROM:
        while 1:
            if Iter.cur[it] == 0:
                o = next_(src)
                if o == 0:
                    return 0
                Iter.cur[it] = iter_(o)
                if Iter.cur[it] == 0:
                    return 0
            v = next_(Iter.cur[it])
            if v != 0 or exc != 0:
                return v
            Iter.cur[it] = 0
    while 1:
        x = next_(src)
        if x == 0:
            return 0
        if kind == IT_COMPRESS:
            s = next_(f)
            if s == 0:
                return 0
            if truthy(s):
                return x
        else:
            t = x
            if f != NONE:
                t = call1(f, x)
                if t == 0:
                    return 0
            if truthy(t) == 0:
                return x
        if exc != 0:
            return 0


def it_cwr(src: i64, r: i64) -> i64:
    # combinations_with_replacement: cur the index array, view r, i 0
    # before the first result, 1 after it, 2 exhausted.
    pool = tuple_from(src)
    if pool == 0:
        return 0
    if num_kind(r) != 1:
        raise_(EXC_TYPE, "Expected int as r")
        return 0
    if intval(r) < 0:
        raise_(EXC_VALUE, "r must be non-negative")
        return 0
    k = i32(intval(r))
    it = mk_iter(IT_CWR, pool, k)
    Iter.cur[i32(it)] = u64(it_indices(k))
    if Tuple.len[i32(pool)] == 0 and k > 0:
        Iter.i[i32(it)] = 2
    return it


def cwr_next(it: i32) -> i64:
    st = Iter.i[it]
    if st == 2:
        return 0
    pool = i32(Iter.src[it])
    idx = i32(Iter.cur[it])
    n = Tuple.len[pool]
    k = Iter.view[it]
    if st == 1:
        i = k - 1
        while i >= 0 and load32(idx + 4 * i) == n - 1:
            i -= 1
        if i < 0:
            Iter.i[it] = 2
            return 0
        v = load32(idx + 4 * i) + 1
        while i < k:
            store32(idx + 4 * i, v)
            i += 1
    Iter.i[it] = 1
    return pick(pool, idx, k)


# tee's shared state: the input and the list of what it has given, which
# every tee iterator reads at its own index (Iter.i).
TEE_INNER = 0
TEE_SEEN = 8


def it_tee(src: i64, n: i64) -> i64:
    k: i64 = 2
    if n != 0:
        k = index_arg(n)
        if exc != 0:
            return 0
        if k < 0:
            raise_(EXC_VALUE, "n must be >= 0")
            return 0
    inner = iter_(src)
    if inner == 0:
        return 0
    st = alloc(16)
    store64(st + TEE_INNER, inner)
    store64(st + TEE_SEEN, list_new())
    t = tuple_of(i32(k))
    j = 0
    while j < i32(k):
        store64(Tuple.items[t] + 8 * j, mk_iter(IT_TEE, u64(st), 0))
        j += 1
    return u64(t)


def tee_next(it: i32) -> i64:
    st = i32(Iter.src[it])
    seen = load64(st + TEE_SEEN)
    i = Iter.i[it]
    if i < seq_len(seen):
        Iter.i[it] = i + 1
        return load64(items_of(seen) + 8 * i)
    v = next_(load64(st + TEE_INNER))
    if v == 0:
        return 0
    list_append(seen, v)
    Iter.i[it] = i + 1
    return v


def itertools2_next(it: i32, kind: i32) -> i64:
    if kind == IT_GROUPBY:
        return groupby_next(it)
    if kind == IT_GROUPER:
        return grouper_next(it)
    if kind == IT_ZIP_LONGEST:
        return zip_longest_next(it)
    if kind == IT_CWR:
        return cwr_next(it)
    if kind == IT_TEE:
        return tee_next(it)
    return pred_iter_next(it, kind)
