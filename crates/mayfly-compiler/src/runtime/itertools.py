# `import itertools`: lazy iterators (Iter records, kinds below) with
# CPython's order and consumption of their inputs. Linked only into
# programs that import itertools; next_ reaches them through
# itertools_next.
#
# Fields, per kind: src the input (an iterator, or a tuple of pools),
# cur the running value or an index array, i a counter, view r or a
# flag, spare a second value.

IT_COUNT = 20
IT_REPEAT = 21
IT_CYCLE = 22
IT_CHAIN = 23
IT_ISLICE = 24
IT_ACCUMULATE = 25
IT_PAIRWISE = 26
IT_TAKEWHILE = 27
IT_DROPWHILE = 28
IT_PRODUCT = 29
IT_PERMUTATIONS = 30
IT_COMBINATIONS = 31


def it_count(start: i64, step: i64) -> i64:
    if start == 0:
        start = mkint(0)
    if step == 0:
        step = mkint(1)
    if num_kind(start) == 0 or num_kind(step) == 0:
        raise_(EXC_TYPE, "a number is required")
        return 0
    it = mk_iter(IT_COUNT, step, 0)
    Iter.cur[i32(it)] = start
    return it


def it_repeat(obj: i64, times: i64) -> i64:
    it = mk_iter(IT_REPEAT, obj, -1)
    if times != 0 and times != NONE:
        n = index_arg(times)
        if exc != 0:
            return 0
        if n < 0:
            n = 0
        Iter.view[i32(it)] = i32(n)
    return it


def it_cycle(src: i64) -> i64:
    inner = iter_(src)
    if inner == 0:
        return 0
    it = mk_iter(IT_CYCLE, inner, 0)
    Iter.cur[i32(it)] = list_new()
    return it


def it_chain(its: i64) -> i64:
    # src: the tuple of iterables; i: the one being read; cur: its iterator.
    return mk_iter(IT_CHAIN, its, 0)


def islice_index(v: i64, dflt: i64, only_stop: i32) -> i64:
    if v == 0 or v == NONE:
        return dflt
    if num_kind(v) != 1 or intval(v) < 0:
        if only_stop != 0:
            raise_(EXC_VALUE, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        else:
            raise_(EXC_VALUE, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        return -2
    return intval(v)


def it_islice(src: i64, a: i64, b: i64, c: i64) -> i64:
    # islice(it, stop) or islice(it, start, stop[, step]); cur holds the
    # next index to give, spare the stop (-1: none), i the count read.
    start: i64 = 0
    stop: i64 = -1
    if b == 0:
        stop = islice_index(a, -1, 1)
    else:
        start = islice_index(a, 0, 0)
        stop = islice_index(b, -1, 0)
    if start == -2 or stop == -2:
        return 0
    step: i64 = 1
    if c != 0 and c != NONE:
        if num_kind(c) != 1 or intval(c) < 1:
            raise_(EXC_VALUE, "Step for islice() must be a positive integer or None.")
            return 0
        step = intval(c)
    inner = iter_(src)
    if inner == 0:
        return 0
    it = mk_iter(IT_ISLICE, inner, i32(step))
    Iter.cur[i32(it)] = start
    Iter.spare[i32(it)] = stop
    return it


def it_accumulate(src: i64, func: i64, initial: i64) -> i64:
    inner = iter_(src)
    if inner == 0:
        return 0
    it = mk_iter(IT_ACCUMULATE, inner, 0)
    if func == 0:
        func = NONE
    Iter.spare[i32(it)] = func
    if initial != 0 and initial != NONE:
        Iter.cur[i32(it)] = initial
        Iter.i[i32(it)] = 2
    return it


def it_pairwise(src: i64) -> i64:
    inner = iter_(src)
    if inner == 0:
        return 0
    return mk_iter(IT_PAIRWISE, inner, 0)


def it_predicate(kind: i32, pred: i64, src: i64) -> i64:
    inner = iter_(src)
    if inner == 0:
        return 0
    it = mk_iter(kind, inner, 0)
    Iter.spare[i32(it)] = pred
    return it


def it_takewhile(pred: i64, src: i64) -> i64:
    return it_predicate(IT_TAKEWHILE, pred, src)


def it_dropwhile(pred: i64, src: i64) -> i64:
    return it_predicate(IT_DROPWHILE, pred, src)


def it_indices(n: i32) -> i32:
    a = alloc(4 * n + 4)
    memfill(a, 0, 4 * n + 4)
    return a


def it_product(its: i64, rep: i64) -> i64:
    # src: the pools as tuples (repeated); cur: the index of each.
    k: i64 = 1
    if rep != 0:
        k = index_arg(rep)
        if exc != 0:
            return 0
        if k < 0:
            raise_(EXC_VALUE, "repeat argument cannot be negative")
            return 0
    n = Tuple.len[i32(its)]
    pools = tuple_of(n * i32(k))
    j = 0
    while j < n:
        p = tuple_from(load64(Tuple.items[i32(its)] + 8 * j))
        if p == 0:
            return 0
        r = 0
        while r < i32(k):
            store64(Tuple.items[pools] + 8 * (r * n + j), p)
            r += 1
        j += 1
    it = mk_iter(IT_PRODUCT, u64(pools), 0)
    Iter.cur[i32(it)] = u64(it_indices(n * i32(k)))
    return it


def it_perm_comb(kind: i32, src: i64, r: i64) -> i64:
    pool = tuple_from(src)
    if pool == 0:
        return 0
    n = Tuple.len[i32(pool)]
    k = n
    if r != 0 and r != NONE:
        if num_kind(r) != 1:
            raise_(EXC_TYPE, "Expected int as r")
            return 0
        if intval(r) < 0:
            raise_(EXC_VALUE, "r must be non-negative")
            return 0
        k = i32(intval(r))
    elif kind == IT_COMBINATIONS:
        raise_(EXC_TYPE, "combinations() missing required argument 'r' (pos 2)")
        return 0
    it = mk_iter(kind, pool, k)
    idx = it_indices(n)
    j = 0
    while j < n:
        store32(idx + 4 * j, j)
        j += 1
    Iter.cur[i32(it)] = u64(idx)
    if k > n:
        Iter.i[i32(it)] = 2
    return it


def it_permutations(src: i64, r: i64) -> i64:
    return it_perm_comb(IT_PERMUTATIONS, src, r)


def it_combinations(src: i64, r: i64) -> i64:
    return it_perm_comb(IT_COMBINATIONS, src, r)


def pick(pool: i32, idx: i32, k: i32) -> i64:
    t = tuple_of(k)
    j = 0
    while j < k:
        store64(Tuple.items[t] + 8 * j, load64(Tuple.items[pool] + 8 * load32(idx + 4 * j)))
        j += 1
    return u64(t)


def reverse_run(idx: i32, lo: i32, hi: i32) -> None:
    # idx[lo:hi] reversed in place.
    hi -= 1
    while lo < hi:
        t = load32(idx + 4 * lo)
        store32(idx + 4 * lo, load32(idx + 4 * hi))
        store32(idx + 4 * hi, t)
        lo += 1
        hi -= 1


def next_perm(idx: i32, n: i32, k: i32) -> i32:
    # The next k-prefix in lexicographic order: with the tail idx[k:]
    # ascending, reverse it and take the next permutation of the whole.
    if k == 0:
        return 0
    reverse_run(idx, k, n)
    i = n - 2
    while i >= 0 and load32(idx + 4 * i) >= load32(idx + 4 * (i + 1)):
        i -= 1
    if i < 0:
        return 0
    j = n - 1
    while load32(idx + 4 * j) <= load32(idx + 4 * i):
        j -= 1
    t = load32(idx + 4 * i)
    store32(idx + 4 * i, load32(idx + 4 * j))
    store32(idx + 4 * j, t)
    reverse_run(idx, i + 1, n)
    return 1


def next_comb(idx: i32, n: i32, k: i32) -> i32:
    i = k - 1
    while i >= 0 and load32(idx + 4 * i) == i + n - k:
        i -= 1
    if i < 0:
        return 0
    store32(idx + 4 * i, load32(idx + 4 * i) + 1)
    j = i + 1
    while j < k:
        store32(idx + 4 * j, load32(idx + 4 * (j - 1)) + 1)
        j += 1
    return 1


def combinatoric_next(it: i32, kind: i32) -> i64:
    # i: 0 before the first result, 1 after it, 2 exhausted.
    st = Iter.i[it]
    if st == 2:
        return 0
    idx = i32(Iter.cur[it])
    pools = i32(Iter.src[it])
    if kind == IT_PRODUCT:
        n = Tuple.len[pools]
        if st == 1:
            i = n - 1
            while i >= 0:
                p = i32(load64(Tuple.items[pools] + 8 * i))
                store32(idx + 4 * i, load32(idx + 4 * i) + 1)
                if load32(idx + 4 * i) < Tuple.len[p]:
                    break
                store32(idx + 4 * i, 0)
                i -= 1
            if i < 0:
                Iter.i[it] = 2
                return 0
        t = tuple_of(n)
        j = 0
        while j < n:
            p2 = i32(load64(Tuple.items[pools] + 8 * j))
            if Tuple.len[p2] == 0:
                Iter.i[it] = 2
                return 0
            store64(Tuple.items[t] + 8 * j, load64(Tuple.items[p2] + 8 * load32(idx + 4 * j)))
            j += 1
        Iter.i[it] = 1
        return u64(t)
    n2 = Tuple.len[pools]
    k = Iter.view[it]
    if st == 1:
        more = 0
        if kind == IT_PERMUTATIONS:
            more = next_perm(idx, n2, k)
        else:
            more = next_comb(idx, n2, k)
        if more == 0:
            Iter.i[it] = 2
            return 0
    Iter.i[it] = 1
    return pick(pools, idx, k)


def itertools_next(it: i32, kind: i32) -> i64:
    if kind >= IT_GROUPBY:
        return itertools2_next(it, kind)
    src = Iter.src[it]
    if kind == IT_COUNT:
        v = Iter.cur[it]
        Iter.cur[it] = add(v, src)
        return v
    if kind == IT_REPEAT:
        n = Iter.view[it]
        if n == 0:
            return 0
        if n > 0:
            Iter.view[it] = n - 1
        return src
    if kind == IT_CYCLE:
        saved = Iter.cur[it]
        if Iter.i[it] == 0:
            x = next_(src)
            if x != 0:
                list_append(saved, x)
                return x
            if exc != 0:
                return 0
            Iter.i[it] = 1
            Iter.view[it] = 0
        m = seq_len(saved)
        if m == 0:
            return 0
        j = Iter.view[it]
        Iter.view[it] = (j + 1) % m
        return load64(items_of(saved) + 8 * j)
    if kind == IT_CHAIN:
        while 1:
            cur = Iter.cur[it]
            if cur == 0:
                k = Iter.i[it]
                if k >= Tuple.len[i32(src)]:
                    return 0
                Iter.i[it] = k + 1
                cur = iter_(load64(Tuple.items[i32(src)] + 8 * k))
                if cur == 0:
                    return 0
                Iter.cur[it] = cur
            y = next_(cur)
            if y != 0 or exc != 0:
                return y
            Iter.cur[it] = 0
        return 0
    if kind == IT_ISLICE:
        stop = Iter.spare[it]
        while i64(Iter.i[it]) < Iter.cur[it]:
            z = next_(src)
            if z == 0:
                return 0
            Iter.i[it] = Iter.i[it] + 1
        if stop != -1 and i64(Iter.i[it]) >= stop:
            return 0
        z2 = next_(src)
        if z2 == 0:
            return 0
        Iter.i[it] = Iter.i[it] + 1
        nxt = Iter.cur[it] + i64(Iter.view[it])
        if stop != -1 and nxt > stop:
            nxt = stop
        Iter.cur[it] = nxt
        return z2
    if kind == IT_ACCUMULATE:
        if Iter.i[it] == 2:
            Iter.i[it] = 1
            return Iter.cur[it]
        x2 = next_(src)
        if x2 == 0:
            return 0
        if Iter.i[it] == 0:
            Iter.i[it] = 1
            Iter.cur[it] = x2
            return x2
        f = Iter.spare[it]
        tot: i64 = 0
        if f == NONE:
            tot = add(Iter.cur[it], x2)
        else:
            args = alloc(16)
            store64(args, Iter.cur[it])
            store64(args + 8, x2)
            tot = call_value(f, args, 2)
        if tot == 0:
            return 0
        Iter.cur[it] = tot
        return tot
    if kind == IT_PAIRWISE:
        prev = Iter.cur[it]
        if prev == 0:
            prev = next_(src)
            if prev == 0:
                return 0
        x3 = next_(src)
        if x3 == 0:
            return 0
        Iter.cur[it] = x3
        t = tuple_of(2)
        store64(Tuple.items[t], prev)
        store64(Tuple.items[t] + 8, x3)
        return u64(t)
    if kind == IT_TAKEWHILE:
        if Iter.i[it] != 0:
            return 0
        x4 = next_(src)
        if x4 == 0:
            return 0
        ok = call1(Iter.spare[it], x4)
        if ok == 0:
            return 0
        if truthy(ok) == 0:
            Iter.i[it] = 1
            return 0
        return x4
    if kind == IT_DROPWHILE:
        while 1:
            x5 = next_(src)
            if x5 == 0:
                return 0
            if Iter.i[it] != 0:
                return x5
            ok2 = call1(Iter.spare[it], x5)
            if ok2 == 0:
                return 0
            if truthy(ok2) == 0:
                Iter.i[it] = 1
                return x5
        return 0
    return combinatoric_next(it, kind)
