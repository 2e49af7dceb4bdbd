# Iteration: iter_(v) makes an iterator {TAG_ITER, kind, src, i, n, extra};
# next_(it) returns the next value or 0 when exhausted.

IT_SEQ = 0
IT_STR = 1
IT_DICT = 2
IT_RANGE = 3
IT_ENUM = 4
IT_ZIP = 5
IT_BYTES = 6


def mk_iter(kind: i32, src: i64, n: i32) -> i64:
    p = alloc(40)
    store32(p, TAG_ITER)
    store32(p + 4, kind)
    store64(p + 8, src)
    store32(p + 16, 0)
    store32(p + 20, n)
    store64(p + 24, 0)
    store64(p + 32, 0)
    return u64(p)


def iter_(v: i64) -> i64:
    t = typeof(v)
    if t == TAG_LIST or t == TAG_TUPLE:
        return mk_iter(IT_SEQ, v, 0)
    if t == TAG_STR:
        return mk_iter(IT_STR, v, 0)
    if t == TAG_BYTES:
        return mk_iter(IT_BYTES, v, 0)
    if t == TAG_DICT:
        return mk_iter(IT_DICT, v, 0)
    if t == TAG_VIEW:
        p = i32(v)
        return mk_iter(IT_DICT, u64(load32(p + 8)), load32(p + 4))
    if t == TAG_RANGE:
        it = mk_iter(IT_RANGE, v, 0)
        store64(i32(it) + 24, load64(i32(v) + 8))
        return it
    if t == TAG_ITER:
        return v
    object_type_error(v, "' object is not iterable")
    return 0


def next_(itv: i64) -> i64:
    it = i32(itv)
    kind = load32(it + 4)
    src = load64(it + 8)
    i = load32(it + 16)
    if kind == IT_SEQ:
        # items_of and seq_len spelled out: this is every step of a for
        # loop over a list or tuple.
        s = i32(src)
        if i >= load32(s + 4):
            return 0
        store32(it + 16, i + 1)
        if load32(s) == TAG_LIST:
            return load64(load32(s + 12) + 8 * i)
        return load64(s + 8 + 8 * i)
    if kind == IT_STR:
        s = i32(src)
        if i >= load32(s + 4):
            return 0
        n = utf8_len(load8(s + 16 + i))
        store32(it + 16, i + n)
        return u64(str_from(s + 16 + i, n))
    if kind == IT_BYTES:
        if i >= load32(i32(src) + 4):
            return 0
        store32(it + 16, i + 1)
        return mkint(i64(load8(i32(src) + 16 + i)))
    if kind == IT_DICT:
        d = i32(src)
        used = load32(d + 8)
        ents = load32(d + 16)
        while i < used:
            ep = ents + 24 * i
            i += 1
            if load64(ep + 8) != 0:
                store32(it + 16, i)
                vk = load32(it + 20)
                if vk == 0:
                    return load64(ep + 8)
                if vk == 1:
                    return load64(ep + 16)
                t = tuple_of(2)
                store64(t + 8, load64(ep + 8))
                store64(t + 16, load64(ep + 16))
                return u64(t)
        store32(it + 16, i)
        return 0
    if kind == IT_RANGE:
        r = i32(src)
        cur = load64(it + 24)
        stop = load64(r + 16)
        step = load64(r + 24)
        if step > 0 and cur >= stop:
            return 0
        if step < 0 and cur <= stop:
            return 0
        store64(it + 24, cur + step)
        return mkint(cur)
    if kind == IT_ENUM:
        x = next_(src)
        if x == 0:
            return 0
        t2 = tuple_of(2)
        c = load64(it + 24)
        store64(it + 24, c + 1)
        store64(t2 + 8, mkint(c))
        store64(t2 + 16, x)
        return u64(t2)
    if kind == IT_ZIP:
        its = i32(src)
        n2 = load32(its + 4)
        t3 = tuple_of(n2)
        j = 0
        while j < n2:
            y = next_(load64(its + 8 + 8 * j))
            if y == 0:
                return 0
            store64(t3 + 8 + 8 * j, y)
            j += 1
        return u64(t3)
    return 0


def utf8_len(c: i32) -> i32:
    if c < 128:
        return 1
    if c < 224:
        return 2
    if c < 240:
        return 3
    return 4


def index_arg(v: i64) -> i64:
    if num_kind(v) != 1:
        object_type_error(v, "' object cannot be interpreted as an integer")
        return 0
    return intval(v)


def range_(a: i64, b: i64, c: i64) -> i64:
    start: i64 = 0
    stop = index_arg(a)
    step: i64 = 1
    if b != 0:
        start = stop
        stop = index_arg(b)
    if c != 0:
        step = index_arg(c)
        if step == 0:
            raise_(EXC_VALUE, "range() arg 3 must not be zero")
            return 0
    if exc != 0:
        return 0
    p = alloc(32)
    store32(p, TAG_RANGE)
    store64(p + 8, start)
    store64(p + 16, stop)
    store64(p + 24, step)
    return u64(p)


def range_len(v: i64) -> i32:
    p = i32(v)
    start = load64(p + 8)
    stop = load64(p + 16)
    step = load64(p + 24)
    if step > 0:
        if stop <= start:
            return 0
        return i32((stop - start + step - 1) / step)
    if stop >= start:
        return 0
    return i32((start - stop - step - 1) / (0 - step))


def enumerate_(v: i64, start: i64) -> i64:
    inner = iter_(v)
    if inner == 0:
        return 0
    it = mk_iter(IT_ENUM, inner, 0)
    if start != 0:
        store64(i32(it) + 24, index_arg(start))
    return it


def zip_(t: i64) -> i64:
    n = seq_len(t)
    its = tuple_of(n)
    i = 0
    while i < n:
        x = iter_(load64(i32(t) + 8 + 8 * i))
        if x == 0:
            return 0
        store64(its + 8 + 8 * i, x)
        i += 1
    return mk_iter(IT_ZIP, u64(its), 0)


def reversed_(v: i64) -> i64:
    l = list_from(v)
    if l == 0:
        return 0
    m_reverse(l)
    return iter_(l)


def m_reverse(v: i64) -> i64:
    if typeof(v) != TAG_LIST:
        return no_method(v, "reverse")
    n = seq_len(v)
    p = items_of(v)
    i = 0
    while i < n / 2:
        x = load64(p + 8 * i)
        store64(p + 8 * i, load64(p + 8 * (n - 1 - i)))
        store64(p + 8 * (n - 1 - i), x)
        i += 1
    return NONE
