# random.sample and random.choices, as CPython 3.11 draws them: sample
# picks from a shrinking pool when the population is small next to k and
# rejects repeats against a set of chosen indices otherwise (the same
# threshold, so the same draws); choices without weights scales random()
# by n, with weights bisects the cumulative weights.


def rnd_is_sequence(v: i64) -> i32:
    # collections.abc.Sequence among mayfly's types.
    t = typeof(v)
    return t == TAG_LIST or t == TAG_TUPLE or t == TAG_STR or t == TAG_BYTES or t == TAG_RANGE


def rnd_sample_setsize(k: i64) -> i64:
    # 21, plus for k > 5 CPython's 4 ** ceil(log(3k, 4)): 3k is never a
    # power of 4, so that is the least power of 4 above 3k (exact here,
    # where CPython's float log is exact enough at every such k).
    s: i64 = 21
    if k > 5:
        p: i64 = 1
        while p <= 3 * k:
            p = p * 4
        s += p
    return s


def rx_sample(st: i32, pop: i64, kv: i64) -> i64:
    if rnd_is_sequence(pop) == 0:
        raise_(EXC_TYPE, "Population must be a sequence.  For dicts or sets, use sorted(d).")
        return 0
    n = intval(len_(pop))
    if exc != 0:
        return 0
    if (num_kind(kv) & 1) == 0:
        if le(mkint(0), kv) and le(kv, mkint(n)):
            seq_mul_error(kv)
            return 0
        if exc != 0:
            return 0
        raise_(EXC_VALUE, "Sample larger than population or is negative")
        return 0
    k = intval(kv)
    if exc != 0:
        return 0
    if k < 0 or k > n:
        raise_(EXC_VALUE, "Sample larger than population or is negative")
        return 0
    ki = i32(k)
    res = list_of(ki)
    out = List.items[res]
    if n <= rnd_sample_setsize(k):
        pool = list_from(pop)
        if pool == 0:
            return 0
        items = List.items[i32(pool)]
        ni = i32(n)
        i = 0
        while i < ki:
            jp = i32(intval(rnd_below(st, mkint(i64(ni - i)))))
            store64(out + 8 * i, load64(items + 8 * jp))
            store64(items + 8 * jp, load64(items + 8 * (ni - i - 1)))
            i += 1
        return u64(res)
    # Chosen indices, open addressing (index + 1; 0 is empty).
    mask = 7
    while mask < 2 * ki:
        mask = mask * 2 + 1
    tab = alloc(8 * (mask + 1))
    memfill(tab, 0, 8 * (mask + 1))
    nv = mkint(n)
    i = 0
    while i < ki:
        while 1:
            j = intval(rnd_below(st, nv))
            h = i32(j) & mask
            while load64(tab + 8 * h) != 0 and load64(tab + 8 * h) != j + 1:
                h = (h + 1) & mask
            if load64(tab + 8 * h) == 0:
                store64(tab + 8 * h, j + 1)
                break
        x = getitem(pop, mkint(j))
        if x == 0:
            return 0
        store64(out + 8 * i, x)
        i += 1
    return u64(res)


def rnd_repeat_count(kv: i64) -> i64:
    # choices' k (default 1), counted as itertools.repeat counts.
    if kv == 0:
        return 1
    return index_arg(kv)


def rx_choices(st: i32, pop: i64, weights: i64, cum: i64, kv: i64) -> i64:
    nv = len_(pop)
    if nv == 0:
        return 0
    n = intval(nv)
    if cum == 0 or cum == NONE:
        if weights == 0 or weights == NONE:
            k = rnd_repeat_count(kv)
            if exc != 0:
                return 0
            res = list_new()
            fn = f64(n)
            while k > 0:
                x = getitem(pop, mkint(i64(floor(mt_random(st) * fn))))
                if x == 0:
                    return 0
                list_append(res, x)
                k -= 1
            return res
        if (num_kind(weights) & 1) != 0:
            s = sb_new(64)
            sb_str(s, "The number of choices must be a keyword argument: k=")
            sb_str(s, repr_(weights))
            raise_(EXC_TYPE, sb_done(s))
            return 0
        cum = rnd_accumulate(weights)
        if cum == 0:
            return 0
    elif weights != 0 and weights != NONE:
        raise_(EXC_TYPE, "Cannot specify both weights and cumulative weights")
        return 0
    cn = len_(cum)
    if cn == 0:
        return 0
    if intval(cn) != n:
        raise_(EXC_VALUE, "The number of weights does not match the population")
        return 0
    last = getitem(cum, mkint(-1))
    if last == 0:
        return 0
    tv = add(last, mkfloat(0.0))
    if tv == 0:
        return 0
    total = floatval(tv)
    if total <= 0.0:
        raise_(EXC_VALUE, "Total of weights must be greater than zero")
        return 0
    if total != total or fabs(total) == inf_():
        raise_(EXC_VALUE, "Total of weights must be finite")
        return 0
    k = rnd_repeat_count(kv)
    if exc != 0:
        return 0
    res = list_new()
    while k > 0:
        xv = mkfloat(mt_random(st) * total)
        # bisect_right(cum, x, 0, n - 1)
        lo: i64 = 0
        hi = n - 1
        while lo < hi:
            mid = (lo + hi) / 2
            w = getitem(cum, mkint(mid))
            if w == 0:
                return 0
            c = lt(xv, w)
            if exc != 0:
                return 0
            if c:
                hi = mid
            else:
                lo = mid + 1
        x = getitem(pop, mkint(lo))
        if x == 0:
            return 0
        list_append(res, x)
        k -= 1
    return res


def rnd_accumulate(xs: i64) -> i64:
    # list(itertools.accumulate(xs)): running sums with +.
    it = iter_(xs)
    if it == 0:
        return 0
    res = list_new()
    acc: i64 = 0
    while 1:
        x = next_(it)
        if x == 0:
            break
        if acc == 0:
            acc = x
        else:
            acc = add(acc, x)
            if acc == 0:
                return 0
        list_append(res, acc)
    if exc != 0:
        return 0
    return res
