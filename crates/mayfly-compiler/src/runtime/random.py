# `import random`: the module's functions on its one generator
# (runtime/mt.py), drawing the words CPython 3.11 draws in the order it
# draws them, so a seeded program gets CPython's numbers; the errors are
# CPython's. secrets.py shares the integer functions with the host's
# entropy as the source (st 0).


def rnd_word(st: i32) -> i32:
    # 32 random bits: the generator's next word, or for st 0 (secrets)
    # four bytes of host entropy.
    if st == 0:
        b = static_(4)
        entropy(b, 4)
        return load32(b)
    return mt_next(st)


def rnd_bits_small(st: i32, k: i32) -> i64:
    # getrandbits(k) for 1 <= k <= 63 as a machine integer: the first
    # word is the low one; the last is cut to its high bits.
    if k <= 32:
        return u64(shru(rnd_word(st), 32 - k))
    lo = u64(rnd_word(st))
    hi = u64(shru(rnd_word(st), 64 - k))
    return lo | (hi << i64(32))


def rnd_bits(st: i32, k: i64) -> i64:
    # getrandbits(k) as an int value, of any size.
    if k < 0:
        raise_(EXC_VALUE, "number of bits must be non-negative")
        return 0
    if k == 0:
        return mkint(0)
    if k <= 63:
        return mkint(rnd_bits_small(st, i32(k)))
    if k > 2147483647:
        raise_(EXC_OVERFLOW, "Python int too large to convert to C int")
        return 0
    words = i32((k - 1) / 32 + 1)
    p = lg_new(words)
    left = i32(k)
    i = 0
    while i < words:
        w = rnd_word(st)
        if left < 32:
            w = shru(w, 32 - left)
        store32(Long.digits[p] + 4 * i, w)
        left -= 32
        i += 1
    return lg_done(p, 0)


def rnd_below(st: i32, n: i64) -> i64:
    # _randbelow(n) for an int n > 0: getrandbits(n.bit_length()) until
    # the draw is below n, as CPython rejects.
    if is_long(n):
        k = i64(mag_bitlen(i32(n)))
        while 1:
            r = rnd_bits(st, k)
            if r == 0:
                return 0
            if lt(r, n):
                return r
    x = intval(n)
    kb = 64 - i32(clz(x))
    while 1:
        rb = rnd_bits_small(st, kb)
        if rb < x:
            return mkint(rb)
    return 0


def rnd_int_arg(v: i64, what: i32) -> i64:
    # randrange's _index with its fallback: an int as itself; an integral
    # float as its int (CPython 3.11 only warns); any other value is
    # int()-ed, and an int() that is not equal to it is the ValueError.
    k = num_kind(v)
    if k == 1:
        # A bool is its int (CPython's _index), also in the error text.
        return mkint(intval(v))
    if k == 3:
        return v
    t = typeof(v)
    if t != TAG_FLOAT and t != TAG_STR and t != TAG_BYTES:
        s = sb_new(80)
        sb_str(s, "int() argument must be a string, a bytes-like object or a real number, not '")
        sb_str(s, type_name(v))
        sb_byte(s, 39)
        raise_(EXC_TYPE, sb_done(s))
        return 0
    r = int_(v, 0)
    if r == 0:
        return 0
    if typeof(v) == TAG_FLOAT and eq(r, v):
        return r
    s = sb_new(40)
    sb_str(s, "non-integer ")
    sb_str(s, what)
    sb_str(s, " for randrange()")
    raise_(EXC_VALUE, sb_done(s))
    return 0


def rnd_range(st: i32, start: i64, stop: i64, step: i64) -> i64:
    a = rnd_int_arg(start, "arg 1")
    if a == 0:
        return 0
    if stop == 0 or stop == NONE:
        if step != 0 and step != mkint(1):
            raise_(EXC_TYPE, "Missing a non-None stop argument")
            return 0
        if gt(a, mkint(0)):
            return rnd_below(st, a)
        raise_(EXC_VALUE, "empty range for randrange()")
        return 0
    b = rnd_int_arg(stop, "stop")
    if b == 0:
        return 0
    width = sub(b, a)
    if width == 0:
        return 0
    c = mkint(1)
    if step != 0:
        c = rnd_int_arg(step, "step")
        if c == 0:
            return 0
    if c == mkint(1):
        if gt(width, mkint(0)):
            return add(a, rnd_below(st, width))
        s = sb_new(48)
        sb_str(s, "empty range for randrange() (")
        sb_str(s, str_of(a))
        sb_str(s, ", ")
        sb_str(s, str_of(b))
        sb_str(s, ", ")
        sb_str(s, str_of(width))
        sb_str(s, ")")
        raise_(EXC_VALUE, sb_done(s))
        return 0
    if gt(c, mkint(0)):
        n = floordiv(sub(add(width, c), mkint(1)), c)
    elif lt(c, mkint(0)):
        n = floordiv(add(add(width, c), mkint(1)), c)
    else:
        raise_(EXC_VALUE, "zero step for randrange()")
        return 0
    if le(n, mkint(0)):
        raise_(EXC_VALUE, "empty range for randrange()")
        return 0
    return add(a, mul(c, rnd_below(st, n)))


def str_of(v: i64) -> i32:
    # %d of an int: its decimal text.
    return repr_(v)


def rnd_choice(st: i32, seq: i64) -> i64:
    n = len_(seq)
    if n == 0:
        return 0
    if truthy(n) == 0:
        raise_(EXC_INDEX, "Cannot choose from an empty sequence")
        return 0
    i = rnd_below(st, n)
    if i == 0:
        return 0
    return getitem(seq, i)


# The functions on a generator st (randapi.py calls them for the module
# and for Random instances): values in, a value out, 0 with the exception
# pending; 0 for an argument not passed.


def rx_random(st: i32) -> i64:
    return mkfloat(mt_random(st))


def rx_getrandbits(st: i32, k: i64) -> i64:
    if (num_kind(k) & 1) == 0:
        object_type_error(k, "' object cannot be interpreted as an integer")
        return 0
    return rnd_bits(st, intval(k))


def rx_randrange(st: i32, start: i64, stop: i64, step: i64) -> i64:
    return rnd_range(st, start, stop, step)


def rx_randint(st: i32, a: i64, b: i64) -> i64:
    top = add(b, mkint(1))
    if top == 0:
        return 0
    return rnd_range(st, a, top, 0)


def rx_choice(st: i32, seq: i64) -> i64:
    return rnd_choice(st, seq)


def rx_shuffle(st: i32, x: i64) -> i64:
    # Fisher-Yates from the end, swapping through x's own item access.
    nv = len_(x)
    if nv == 0:
        return 0
    i = intval(nv) - 1
    while i >= 1:
        j = rnd_below(st, mkint(i + 1))
        vi = mkint(i)
        a = getitem(x, j)
        if a == 0:
            return 0
        b = getitem(x, vi)
        if b == 0:
            return 0
        setitem(x, vi, a)
        if exc != 0:
            return 0
        setitem(x, j, b)
        if exc != 0:
            return 0
        i -= 1
    return NONE


def rx_uniform(st: i32, a: i64, b: i64) -> i64:
    d = sub(b, a)
    if d == 0:
        return 0
    p = mul(d, mkfloat(mt_random(st)))
    if p == 0:
        return 0
    return add(a, p)
