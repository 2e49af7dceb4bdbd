# Iteration: iter_(v) makes an iterator (the Iter record) {TAG_ITER, kind,
# src, i, view, cur};
# next_(it) returns the next value or 0 when exhausted.

# IT_SEQ (0) is the layout table's ITER_SEQ: compiled for loops read it.
IT_STR = 1
IT_DICT = 2
IT_RANGE = 3
IT_ENUM = 4
IT_ZIP = 5
IT_BYTES = 6
# An instance of a user class with __next__ (dunder.py user_next).
IT_USER = 7
# An instance with __getitem__ only, iterated by index (dunder.py).
IT_GETITEM = 8
# A generator (runtime/gen.py): Gen.kind is this, in Iter.kind's place.
IT_GEN = 9


def mk_iter(kind: i32, src: i64, n: i32) -> i64:
    p = alloc(Iter.SIZE)
    Iter.tag[p] = TAG_ITER
    Iter.kind[p] = kind
    Iter.src[p] = src
    Iter.i[p] = 0
    Iter.view[p] = n
    Iter.cur[p] = 0
    Iter.spare[p] = 0
    return u64(p)


def iter_(v: i64) -> i64:
    t = typeof(v)
    if t == TAG_LIST or t == TAG_TUPLE:
        return mk_iter(IT_SEQ, v, 0)
    if COLLECTIONS and t == TAG_DEQUE:
        return mk_iter(IT_SEQ, v, 0)
    if t == TAG_STR:
        return mk_iter(IT_STR, v, 0)
    if t == TAG_BYTES:
        return mk_iter(IT_BYTES, v, 0)
    if t == TAG_DICT:
        return mk_iter(IT_DICT, v, 0)
    if t == TAG_VIEW:
        p = i32(v)
        return mk_iter(IT_DICT, u64(View.dict[p]), View.kind[p])
    if t == TAG_RANGE:
        it = mk_iter(IT_RANGE, v, 0)
        Iter.cur[i32(it)] = Range.start[i32(v)]
        return it
    if t == TAG_ITER or t == TAG_GEN:
        return v
    if t == TAG_INST:
        return inst_iter(v)
    if SETS and is_anyset(v):
        return set_iter(v)
    if URLPARSE and t == TAG_URL_RESULT:
        return iter_(us_tuple(v))
    if ENUMS and is_enum_class(v):
        return en_iter(v)
    object_type_error(v, "' object is not iterable")
    return 0


def next_(itv: i64) -> i64:
    it = i32(itv)
    kind = Iter.kind[it]
    src = Iter.src[it]
    i = Iter.i[it]
    if kind == IT_SEQ:
        # items_of and seq_len spelled out: this is every step of a for
        # loop over a list or tuple (List.len is Tuple.len too).
        s = i32(src)
        if i >= List.len[s]:
            return 0
        Iter.i[it] = i + 1
        if load32(s) == TAG_TUPLE:
            return load64(Tuple.items[s] + 8 * i)
        return load64(List.items[s] + 8 * i)
    if kind == IT_STR:
        s = i32(src)
        if i >= Str.nbytes[s]:
            return 0
        n = utf8_len(load8(Str.data[s] + i))
        Iter.i[it] = i + n
        return u64(str_from(Str.data[s] + i, n))
    if kind == IT_BYTES:
        if i >= Str.nbytes[i32(src)]:
            return 0
        Iter.i[it] = i + 1
        return mkint(i64(load8(Str.data[i32(src)] + i)))
    if kind == IT_DICT:
        d = i32(src)
        used = Dict.used[d]
        ents = Dict.entries[d]
        while i < used:
            ep = ents + Entry.SIZE * i
            i += 1
            if Entry.key[ep] != 0:
                Iter.i[it] = i
                vk = Iter.view[it]
                if vk == 0:
                    return Entry.key[ep]
                if vk == 1:
                    return Entry.value[ep]
                t = tuple_of(2)
                store64(Tuple.items[t], Entry.key[ep])
                store64(Tuple.items[t] + 8, Entry.value[ep])
                return u64(t)
        Iter.i[it] = i
        return 0
    if kind == IT_RANGE:
        r = i32(src)
        cur = Iter.cur[it]
        stop = Range.stop[r]
        step = Range.step[r]
        if step > 0 and cur >= stop:
            return 0
        if step < 0 and cur <= stop:
            return 0
        Iter.cur[it] = cur + step
        return mkint(cur)
    if kind == IT_ENUM:
        x = next_(src)
        if x == 0:
            return 0
        t2 = tuple_of(2)
        c = Iter.cur[it]
        Iter.cur[it] = c + 1
        store64(Tuple.items[t2], mkint(c))
        store64(Tuple.items[t2] + 8, x)
        return u64(t2)
    if kind == IT_ZIP:
        its = i32(src)
        n2 = Tuple.len[its]
        if n2 == 0:
            return 0
        t3 = tuple_of(n2)
        j = 0
        while j < n2:
            y = next_(load64(Tuple.items[its] + 8 * j))
            if y == 0:
                if ZIP_STRICT and Iter.spare[it] != 0:
                    if exc == 0:
                        zip_strict_end(its, j)
                return 0
            store64(Tuple.items[t3] + 8 * j, y)
            j += 1
        return u64(t3)
    if kind == IT_USER:
        return user_next(src)
    if kind == IT_GETITEM:
        return getitem_next(it)
    if kind == IT_GEN:
        return gen_resume(it, NONE, 0)
    if kind == IT_MAP:
        return map_next(it)
    if kind == IT_FILTER:
        return filter_next(it)
    if ITERTOOLS and kind >= IT_COUNT:
        return itertools_next(it, kind)
    if SETS and kind == IT_SET:
        return set_next(it)
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
    # An int as a machine integer (a Long is OverflowError in intval).
    if (num_kind(v) & 1) == 0:
        if CLASSES:
            if typeof(v) == TAG_INST:
                hk = inst_index(v)
                if exc != 0:
                    return 0
                if hk != 0:
                    return intval(hk)
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
    p = alloc(Range.SIZE)
    Range.tag[p] = TAG_RANGE
    Range.start[p] = start
    Range.stop[p] = stop
    Range.step[p] = step
    return u64(p)


def range_len(v: i64) -> i32:
    p = i32(v)
    start = Range.start[p]
    stop = Range.stop[p]
    step = Range.step[p]
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
        Iter.cur[i32(it)] = index_arg(start)
    return it


def zip_(t: i64) -> i64:
    n = seq_len(t)
    its = tuple_of(n)
    i = 0
    while i < n:
        x = iter_(load64(Tuple.items[i32(t)] + 8 * i))
        if x == 0:
            return 0
        store64(Tuple.items[its] + 8 * i, x)
        i += 1
    return mk_iter(IT_ZIP, u64(its), 0)


def zip_strict(t: i64, strict: i64) -> i64:
    # zip(..., strict=True): the inputs must end together.
    z = zip_(t)
    if z != 0 and truthy(strict):
        Iter.spare[i32(z)] = 1
    return z


def zip_strict_end(its: i32, j: i32) -> None:
    # Input j ended: a ValueError unless it is the first and every other
    # one ends now too, worded as CPython's.
    k = j
    what = "shorter"
    if j == 0:
        k = 1
        while k < Tuple.len[its]:
            if next_(load64(Tuple.items[its] + 8 * k)) != 0:
                break
            if exc != 0:
                return
            k += 1
        if k == Tuple.len[its]:
            return
        what = "longer"
    s = sb_new(64)
    sb_str(s, "zip() argument ")
    sb_int(s, i64(k + 1))
    sb_str(s, " is ")
    sb_str(s, what)
    if k == 1:
        sb_str(s, " than argument 1")
    else:
        sb_str(s, " than arguments 1-")
        sb_int(s, i64(k))
    raise_(EXC_VALUE, sb_done(s))


def reversed_(v: i64) -> i64:
    # What CPython can reverse: sequences, dicts and their views, deques,
    # enum classes, and instances (their __reversed__ or the sequence
    # protocol); TypeError for other iterables (sets, generators, ...).
    t = typeof(v)
    if CLASSES:
        if t == TAG_INST:
            return inst_reversed(v)
    ok = t == TAG_LIST or t == TAG_TUPLE or t == TAG_STR or t == TAG_BYTES or t == TAG_RANGE or t == TAG_DICT or t == TAG_VIEW
    if COLLECTIONS and t == TAG_DEQUE:
        ok = 1
    if ENUMS:
        if is_enum_class(v):
            ok = 1
    if ok == 0:
        object_type_error(v, "' object is not reversible")
        return 0
    l = list_from(v)
    if l == 0:
        return 0
    m_reverse(l)
    return iter_(l)


def m_reverse(v: i64) -> i64:
    if is_list_or_deque(v) == 0:
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


def next_v(it: i64, dflt: i64) -> i64:
    # next(it) and next(it, default).
    t = typeof(it)
    if t == TAG_ITER:
        v = next_(it)
        if v != 0 or exc != 0:
            return v
        if dflt != 0:
            return dflt
        raise_(EXC_STOP_ITERATION, 0)
        return 0
    if t == TAG_GEN:
        return gen_next_v(i32(it), dflt)
    if t == TAG_INST and dflt == 0:
        f = special(it, "__next__")
        if f != 0:
            return call1(f, it)
    if t == TAG_INST:
        v = user_next(it)
        if v != 0 or exc != 0:
            return v
        return dflt
    object_type_error(it, "' object is not an iterator")
    return 0
