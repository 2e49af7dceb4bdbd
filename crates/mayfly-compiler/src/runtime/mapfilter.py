# map() and filter() (linked only into programs that call them): lazy
# iterators (Iter records of kind IT_MAP and
# IT_FILTER) holding the function in src and the source iterator(s) in
# cur, calling the function as next() reaches each item, as CPython's.

IT_MAP = 10
IT_FILTER = 11


def map_(f: i64, iterables: i64) -> i64:
    n = Tuple.len[i32(iterables)]
    its = tuple_of(n)
    j = 0
    while j < n:
        it = iter_(load64(Tuple.items[i32(iterables)] + 8 * j))
        if it == 0:
            return 0
        store64(Tuple.items[its] + 8 * j, it)
        j += 1
    m = mk_iter(IT_MAP, f, 0)
    Iter.cur[i32(m)] = u64(its)
    return m


def map_spread(f: i64, iterables: i64) -> i64:
    # map(f, *xs): CPython's TypeError when xs spreads to nothing.
    if Tuple.len[i32(iterables)] == 0:
        raise_(EXC_TYPE, "map() must have at least two arguments.")
        return 0
    return map_(f, iterables)


def filter_(f: i64, iterable: i64) -> i64:
    it = iter_(iterable)
    if it == 0:
        return 0
    m = mk_iter(IT_FILTER, f, 0)
    Iter.cur[i32(m)] = it
    return m


def lazy_iter_name(v: i64) -> i32:
    if Iter.kind[i32(v)] == IT_MAP:
        return "map"
    return "filter"


def map_next(it: i32) -> i64:
    # The function of the next items, 0 when the shortest source ends.
    its = i32(Iter.cur[it])
    n = Tuple.len[its]
    if n == 1:
        x = next_(load64(Tuple.items[its]))
        if x == 0:
            return 0
        return call1(Iter.src[it], x)
    args = alloc(8 * n)
    j = 0
    while j < n:
        y = next_(load64(Tuple.items[its] + 8 * j))
        if y == 0:
            return 0
        store64(args + 8 * j, y)
        j += 1
    return call_value(Iter.src[it], args, n)


def filter_next(it: i32) -> i64:
    # The next item the function calls true (None: the item itself).
    f = Iter.src[it]
    src = Iter.cur[it]
    while 1:
        x = next_(src)
        if x == 0:
            return 0
        t = 0
        if f == NONE:
            t = truthy(x)
        else:
            r = call1(f, x)
            if r == 0:
                return 0
            t = truthy(r)
            if exc != 0:
                return 0
        if t != 0:
            return x
    return 0
