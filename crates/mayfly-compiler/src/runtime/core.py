# Core of the in-module runtime: value representation, the arena
# allocator, strings and string builders, logging.
#
# A value is an i64:
#   ...xxx1  int n, stored as (n << 1) | 1 (63-bit); wider ints are boxed
#   2, 4, 6  None, False, True
#   other    pointer to a heap object whose first u32 is its tag
# The arena only bumps: the instance dies after the request, so nothing
# is ever freed and no GC is needed.

# NONE/FALSE/TRUE, the TAG_* object tags and the T_* codes come from
# the layout table (layout.rs), as does every record (Str, List, ...).

heap: i32 = 0
src_file: i32 = 0
loc_line: i32 = 0
loc_func: i32 = 0


# log2 of the memory's page size in bytes: 0 or 16, set by the compiler
# (Module::page_size_log2).
page_shift: i32 = 0


def alloc(n: i32) -> i32:
    p = heap
    heap = (p + n + 7) & -8
    if gtu(heap, memsize() << page_shift):
        grow(heap)
    return p


def grow(end: i32) -> None:
    need = end - (memsize() << page_shift)
    extra = need
    if ltu(extra, 65536):
        extra = 65536
    round = (1 << page_shift) - 1
    if memgrow((extra + round) >> page_shift) == -1:
        if memgrow((need + round) >> page_shift) == -1:
            raise_(EXC_MEMORY, 0)


def keep_slack(slack: i32, page: i32) -> None:
    # Called at the end of init: the snapshot's memory keeps at least
    # `slack` free bytes past the heap (up to a host page boundary), however
    # much init allocated, so a request grows its memory only when it
    # allocates more than that. A grow per request costs far more than
    # resetting the slack (module.rs, ARENA_SLACK, HOST_PAGE). Failing to
    # grow here only leaves the grow to the requests.
    end = (heap + slack + page - 1) & (0 - page)
    size = memsize() << page_shift
    if gtu(end, size):
        round = (1 << page_shift) - 1
        memgrow((end - size + round) >> page_shift)


# typeof(v) -> i32, a value's type: T_INT for a small int (odd), T_NONE or
# T_BOOL below 8, else the object's tag (its first word). It is emitted
# inline at every use (lowlevel/expr.rs), not called: the runtime asks it
# of almost every value.


def is_int(v: i64) -> i32:
    t = typeof(v)
    return t == T_INT or t == TAG_BIG or t == T_BOOL or t == TAG_LONG


def mkbool(c: i32) -> i64:
    if c:
        return TRUE
    return FALSE


def mkint(n: i64) -> i64:
    if ((n << 1) >> 1) == n:
        return (n << 1) | 1
    p = alloc(Big.SIZE)
    Big.tag[p] = TAG_BIG
    Big.value[p] = n
    return u64(p)


def intval(v: i64) -> i64:
    if v & 1:
        return v >> 1
    if v < 8:
        return i64(v == TRUE)
    if LONGS and load32(i32(v)) == TAG_LONG:
        return long_index_error()
    return Big.value[i32(v)]


def mkfloat(x: f64) -> i64:
    # alloc's bump inline: float code makes a box per result, and the
    # call was a tenth of a float loop. The heap end is always 8-aligned
    # (alloc rounds it), as is Float.SIZE.
    p = heap
    heap = p + Float.SIZE
    if gtu(heap, memsize() << page_shift):
        grow(heap)
    Float.tag[p] = TAG_FLOAT
    Float.value[p] = x
    return u64(p)


def floatval(v: i64) -> f64:
    if typeof(v) == TAG_FLOAT:
        return Float.value[i32(v)]
    if LONGS and typeof(v) == TAG_LONG:
        return long_to_float(v)
    return f64(intval(v))


def str_alloc(nbytes: i32, nchars: i32) -> i32:
    p = alloc(Str.SIZE + nbytes)
    Str.tag[p] = TAG_STR
    Str.nbytes[p] = nbytes
    Str.nchars[p] = nchars
    Str.hash[p] = 0
    return p


def count_chars(p: i32, n: i32) -> i32:
    # Eight ASCII bytes at a time (the common case), then byte by byte.
    c = 0
    i = 0
    while i + 8 <= n:
        if load64(p + i) & -9187201950435737472 != 0:
            break
        c += 8
        i += 8
    while i < n:
        if (load8(p + i) & 192) != 128:
            c += 1
        i += 1
    return c


def str_from(p: i32, n: i32) -> i32:
    if n == 1:
        # One ASCII char (indexing, iterating, splitting a str): one shared
        # str per char, made on first use, as CPython shares them. A str
        # never changes, so only `is` could tell, and it agrees with CPython.
        slot = static_(1024) + 4 * load8(p)
        s = load32(slot)
        if s == 0:
            s = alloc(Str.SIZE + 1)
            Str.tag[s] = TAG_STR
            Str.nbytes[s] = 1
            Str.nchars[s] = 1
            Str.hash[s] = 0
            store8(Str.data[s], load8(p))
            store32(slot, s)
        return s
    s = str_alloc(n, count_chars(p, n))
    memcopy(Str.data[s], p, n)
    return s


def str_piece(s: i32, at: i32, k: i32) -> i32:
    # The k bytes at byte offset `at` of str s as a new str. A piece of an
    # ASCII str (as many chars as bytes) is ASCII: no count of its chars.
    # One char goes to str_from, which shares it.
    if k > 1 and Str.nbytes[s] == Str.nchars[s]:
        r = str_alloc(k, k)
        copy_to(Str.data[r], Str.data[s] + at, k)
        return r
    return str_from(Str.data[s] + at, k)


def str_concat(a: i32, b: i32) -> i32:
    la = Str.nbytes[a]
    lb = Str.nbytes[b]
    if la == 0:
        return b
    if lb == 0:
        return a
    s = str_alloc(la + lb, Str.nchars[a] + Str.nchars[b])
    memcopy(Str.data[s], Str.data[a], la)
    memcopy(Str.data[s] + la, Str.data[b], lb)
    return s


def str_eq(a: i32, b: i32) -> i32:
    if a == b:
        return 1
    n = Str.nbytes[a]
    if n != Str.nbytes[b]:
        return 0
    i = 0
    while i + 8 <= n:
        if load64(Str.data[a] + i) != load64(Str.data[b] + i):
            return 0
        i += 8
    while i < n:
        if load8(Str.data[a] + i) != load8(Str.data[b] + i):
            return 0
        i += 1
    return 1


def str_cmp(a: i32, b: i32) -> i32:
    # UTF-8 byte order is code point order.
    la = Str.nbytes[a]
    lb = Str.nbytes[b]
    n = la
    if lb < n:
        n = lb
    i = 0
    while i < n:
        x = load8(Str.data[a] + i)
        y = load8(Str.data[b] + i)
        if x != y:
            return x - y
        i += 1
    return la - lb


def str_hash(a: i32) -> i64:
    # FNV-1a-style over eight bytes at a time, folded to a non-zero 32-bit
    # value cached in the header's spare word (Str.hash, 0 until hashed): strs
    # never change after they are built, and a dict key is hashed at every
    # lookup. The cached value lives in the snapshot too.
    c = Str.hash[a]
    if c != 0:
        return i64(c)
    h: i64 = -3750763034362895579
    n = Str.nbytes[a]
    i = 0
    while i + 8 <= n:
        h = (h ^ load64(Str.data[a] + i)) * 1099511628211
        h = h ^ (h >> 29)
        i += 8
    while i < n:
        h = (h ^ u64(load8(Str.data[a] + i))) * 1099511628211
        i += 1
    c = i32(h ^ (h >> 32))
    if c == 0:
        c = 1
    Str.hash[a] = c
    return i64(c)


# String builder (the Builder record): {str object, len, cap}. The buffer is a str object
# whose header is filled in by sb_done, so finishing never copies; while
# the buffer is the newest allocation it grows in place.
def sb_new(cap: i32) -> i32:
    b = alloc(Builder.SIZE)
    Builder.buf[b] = alloc(Str.SIZE + cap)
    Builder.len[b] = 0
    Builder.cap[b] = cap
    return b


def sb_reserve(b: i32, extra: i32) -> i32:
    s = Builder.buf[b]
    n = Builder.len[b]
    cap = Builder.cap[b]
    if n + extra <= cap:
        return Str.data[s] + n
    newcap = cap * 2
    if newcap < n + extra:
        newcap = n + extra
    if Str.data[s] + cap == heap:
        heap = s
        alloc(Str.SIZE + newcap)
    else:
        t = alloc(Str.SIZE + newcap)
        memcopy(Str.data[t], Str.data[s], n)
        s = t
        Builder.buf[b] = s
    Builder.cap[b] = newcap
    return Str.data[s] + n


def sb_bytes(b: i32, p: i32, n: i32) -> None:
    copy_to(sb_reserve(b, n), p, n)
    Builder.len[b] += n


def copy_to(d: i32, p: i32, n: i32) -> i32:
    # Copies n bytes from p to d and returns d + n. Short pieces (join of
    # chars, separators, digits) by a byte loop: memory.copy is a call out
    # of the guest, the loop is not.
    if n <= 8:
        i = 0
        while i < n:
            store8(d + i, load8(p + i))
            i += 1
    else:
        memcopy(d, p, n)
    return d + n


def sb_byte(b: i32, c: i32) -> None:
    d = sb_reserve(b, 1)
    store8(d, c)
    Builder.len[b] += 1


def sb_str(b: i32, s: i32) -> None:
    sb_bytes(b, Str.data[s], Str.nbytes[s])


def sb_char(b: i32, cp: i32) -> None:
    # Appends code point cp as UTF-8.
    if cp < 128:
        sb_byte(b, cp)
    elif cp < 2048:
        sb_byte(b, 192 | (cp >> 6))
        sb_byte(b, 128 | (cp & 63))
    elif cp < 65536:
        sb_byte(b, 224 | (cp >> 12))
        sb_byte(b, 128 | ((cp >> 6) & 63))
        sb_byte(b, 128 | (cp & 63))
    else:
        sb_byte(b, 240 | (cp >> 18))
        sb_byte(b, 128 | ((cp >> 12) & 63))
        sb_byte(b, 128 | ((cp >> 6) & 63))
        sb_byte(b, 128 | (cp & 63))


def sb_done(b: i32) -> i32:
    return sb_done_chars(b, count_chars(Str.data[Builder.buf[b]], Builder.len[b]))


def sb_done_chars(b: i32, nchars: i32) -> i32:
    # The builder's buffer as a str of nchars code points; the unused
    # capacity goes back to the arena if nothing was allocated after it.
    s = Builder.buf[b]
    n = Builder.len[b]
    if Str.data[s] + Builder.cap[b] == heap:
        heap = (Str.data[s] + n + 7) & -8
    Str.tag[s] = TAG_STR
    Str.nbytes[s] = n
    Str.nchars[s] = nchars
    Str.hash[s] = 0
    return s


def log_str(level: i32, s: i32) -> None:
    log(level, Str.data[s], Str.nbytes[s])


def sb_int(b: i32, n: i64) -> None:
    buf = static_(24)
    p = int_digits(buf, n)
    sb_bytes(b, p, buf + 24 - p)


def int_digits(buf: i32, n: i64) -> i32:
    # Writes the decimal form of n (two's complement safe for the minimum)
    # to the end of the 24-byte buf; returns where it starts.
    i = 24
    neg = n < 0
    u = n
    if neg:
        u = 0 - n
    while 1:
        i -= 1
        store8(buf + i, 48 + i32(remu(u, 10)))
        u = divu(u, 10)
        if u == 0:
            break
    if neg:
        i -= 1
        store8(buf + i, 45)
    return buf + i


def int_str(n: i64) -> i32:
    # str(n): the digits straight into a new str, ASCII so as many chars as
    # bytes; no string builder.
    buf = static_(24)
    p = int_digits(buf, n)
    k = buf + 24 - p
    s = str_alloc(k, k)
    copy_to(Str.data[s], p, k)
    return s
