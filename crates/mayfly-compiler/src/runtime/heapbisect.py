# `import heapq` and `import bisect`: functions on lists, with CPython's
# algorithms (its C versions), so that a heap's list and every index
# come out as CPython's: items move by swaps, a failed comparison leaves
# the list a permutation of what it was, and the module's errors.


def heap_list(h: i64) -> i32:
    if typeof(h) != TAG_LIST:
        raise_(EXC_TYPE, "heap argument must be a list")
        return 0
    return i32(h)


def heap_swap(p: i32, i: i32, j: i32) -> None:
    a = List.items[p] + 8 * i
    b = List.items[p] + 8 * j
    t = load64(a)
    store64(a, load64(b))
    store64(b, t)


def heap_less(p: i32, i: i32, j: i32) -> i32:
    # heap[i] < heap[j]: 1, 0, or -1 with the exception pending.
    r = lt(load64(List.items[p] + 8 * i), load64(List.items[p] + 8 * j))
    if exc != 0:
        return -1
    return r


def sift_to_root(p: i32, start: i32, pos: i32) -> i32:
    # Moves heap[pos] toward the root while it is smaller than its parent
    # (not above `start`). 0 when a comparison raised.
    n = List.len[p]
    while pos > start:
        parent = (pos - 1) / 2
        c = heap_less(p, pos, parent)
        if c < 0:
            return 0
        if List.len[p] != n:
            raise_(EXC_RUNTIME, "list changed size during iteration")
            return 0
        if c == 0:
            break
        heap_swap(p, pos, parent)
        pos = parent
    return 1


def sift_to_leaf(p: i32, pos: i32) -> i32:
    # Moves the smaller child up until heap[pos] reaches a leaf, then
    # lets the item found there rise back to its place.
    end = List.len[p]
    start = pos
    limit = end / 2
    while pos < limit:
        child = 2 * pos + 1
        if child + 1 < end:
            c = heap_less(p, child, child + 1)
            if c < 0:
                return 0
            if List.len[p] != end:
                raise_(EXC_RUNTIME, "list changed size during iteration")
                return 0
            if c == 0:
                child += 1
        heap_swap(p, pos, child)
        pos = child
    return sift_to_root(p, start, pos)


def replace_top(p: i32, item: i64) -> i64:
    # heap[0] becomes item, sifted to its place; the old top is returned
    # (0 when a comparison raised).
    top = load64(List.items[p])
    store64(List.items[p], item)
    if sift_to_leaf(p, 0) == 0:
        return 0
    return top


def heappush_(h: i64, item: i64) -> i64:
    p = heap_list(h)
    if p == 0:
        return 0
    list_append(h, item)
    if sift_to_root(p, 0, List.len[p] - 1) == 0:
        return 0
    return NONE


def heappop_(h: i64) -> i64:
    p = heap_list(h)
    if p == 0:
        return 0
    n = List.len[p]
    if n == 0:
        raise_(EXC_INDEX, "index out of range")
        return 0
    last = load64(List.items[p] + 8 * (n - 1))
    List.len[p] = n - 1
    if n == 1:
        return last
    return replace_top(p, last)


def heapreplace_(h: i64, item: i64) -> i64:
    p = heap_list(h)
    if p == 0:
        return 0
    if List.len[p] == 0:
        raise_(EXC_INDEX, "index out of range")
        return 0
    return replace_top(p, item)


def heappushpop_(h: i64, item: i64) -> i64:
    p = heap_list(h)
    if p == 0:
        return 0
    if List.len[p] == 0:
        return item
    top = load64(List.items[p])
    c = lt(top, item)
    if exc != 0:
        return 0
    if c == 0:
        return item
    return replace_top(p, item)


def heapify_(h: i64) -> i64:
    # Every node after its children, so each sift finds heaps below it
    # (the order CPython's cache-friendly variant uses gives the same
    # list: sifts of disjoint subtrees commute).
    p = heap_list(h)
    if p == 0:
        return 0
    i = List.len[p] / 2 - 1
    while i >= 0:
        if sift_to_leaf(p, i) == 0:
            return 0
        i -= 1
    return NONE


def heap_select(n: i64, it: i64, key: i64, largest: i64) -> i64:
    # nsmallest/nlargest: documented as sorted(it, key=key)[:n] (reverse
    # for nlargest), ties in their original order.
    k = index_arg(n)
    if exc != 0:
        return 0
    if key == 0:
        key = NONE
    rev: i64 = FALSE
    if largest != 0:
        rev = TRUE
    s = sorted_(it, key, rev)
    if s == 0:
        return 0
    if k < 0:
        k = 0
    return getslice(s, NONE, mkint(k), NONE)


def nlargest_(n: i64, it: i64, key: i64) -> i64:
    return heap_select(n, it, key, 1)


def nsmallest_(n: i64, it: i64, key: i64) -> i64:
    return heap_select(n, it, key, 0)


def bisect_at(a: i64, x: i64, lo: i64, hi: i64, key: i64, right: i32) -> i64:
    # The insertion point of x in sorted a[lo:hi]; key, when given, is
    # applied to the items (not to x).
    low: i64 = 0
    if lo != 0:
        low = index_arg(lo)
        if exc != 0:
            return -1
        if low < 0:
            raise_(EXC_VALUE, "lo must be non-negative")
            return -1
    nv = len_(a)
    if exc != 0:
        return -1
    high = intval(nv)
    if hi != 0 and hi != NONE:
        high = index_arg(hi)
        if exc != 0:
            return -1
    while low < high:
        mid = (low + high) / 2
        item = getitem(a, mkint(mid))
        if item == 0:
            return -1
        if key != 0 and key != NONE:
            item = call1(key, item)
            if item == 0:
                return -1
        if right != 0:
            c = lt(x, item)
            if exc != 0:
                return -1
            if c != 0:
                high = mid
            else:
                low = mid + 1
        else:
            c2 = lt(item, x)
            if exc != 0:
                return -1
            if c2 != 0:
                low = mid + 1
            else:
                high = mid
    return low


def bisect_left_(a: i64, x: i64, lo: i64, hi: i64, key: i64) -> i64:
    i = bisect_at(a, x, lo, hi, key, 0)
    if i < 0:
        return 0
    return mkint(i)


def bisect_right_(a: i64, x: i64, lo: i64, hi: i64, key: i64) -> i64:
    i = bisect_at(a, x, lo, hi, key, 1)
    if i < 0:
        return 0
    return mkint(i)


def insort_at(a: i64, x: i64, lo: i64, hi: i64, key: i64, right: i32) -> i64:
    kx = x
    if key != 0 and key != NONE:
        kx = call1(key, x)
        if kx == 0:
            return 0
    i = bisect_at(a, kx, lo, hi, key, right)
    if i < 0:
        return 0
    if typeof(a) == TAG_LIST:
        return m_insert(a, mkint(i), x)
    if typeof(a) != TAG_INST:
        return no_method(a, "insert")
    args = alloc(16)
    store64(args, mkint(i))
    store64(args + 8, x)
    return call_method(a, "insert", args, 2)


def insort_left_(a: i64, x: i64, lo: i64, hi: i64, key: i64) -> i64:
    return insort_at(a, x, lo, hi, key, 0)


def insort_right_(a: i64, x: i64, lo: i64, hi: i64, key: i64) -> i64:
    return insort_at(a, x, lo, hi, key, 1)
