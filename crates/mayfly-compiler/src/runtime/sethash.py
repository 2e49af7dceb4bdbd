# CPython 3.11's hash values, for the members of sets (set.py): where a
# member sits in a set's table, and so the order a set iterates in, comes
# from its hash, so these are CPython's algorithms (ints and floats modulo
# the Mersenne prime 2**61 - 1, tuples by the xxHash-style combination,
# strs and bytes by SipHash-1-3 with the zero key that PYTHONHASHSEED=0
# gives, frozensets by shuffled xor). Dicts keep the runtime's own
# hash_ (their order is insertion order whatever the hash).

HASH_P = 2305843009213693951
XX_PRIME_1 = -7046029288634856825
XX_PRIME_2 = -4417276706812531889
XX_PRIME_5 = 2870177450012600261

# SipHash state (four 64-bit words), shared by sip_round and sip13.
sip0: i64 = 0
sip1: i64 = 0
sip2: i64 = 0
sip3: i64 = 0


def cpy_hash(v: i64) -> i64:
    # hash(v) as CPython computes it; TypeError (0) for unhashable values.
    if v & 1:
        return int_hash(v >> 1)
    t = typeof(v)
    if t == TAG_STR:
        return str_cpy_hash(i32(v))
    if t == T_BOOL:
        return i64(v == TRUE)
    if t == TAG_BIG:
        return int_hash(Big.value[i32(v)])
    if LONGS and t == TAG_LONG:
        return long_hash(v)
    if t == TAG_FLOAT:
        return float_hash(Float.value[i32(v)])
    if t == TAG_TUPLE:
        return tuple_cpy_hash(v)
    if t == TAG_BYTES:
        return bytes_cpy_hash(Str.data[i32(v)], Str.nbytes[i32(v)])
    if t == TAG_FROZENSET:
        return frozen_hash(v)
    # None, functions, classes and instances: hashed by identity in
    # CPython too (addresses differ, so their order in a set is not
    # CPython's; LANGUAGE.md says so).
    h = hash_(v)
    if h == -1:
        h = -2
    return h


def mod_p(u: i64) -> i64:
    # u, unsigned, modulo 2**61 - 1: 2**61 is 1 modulo it, so the bits
    # from 61 up fold onto the low ones.
    r = (u & HASH_P) + shru(u, i64(61))
    if r >= HASH_P:
        r -= HASH_P
    return r


def int_hash(n: i64) -> i64:
    h = n
    if n < 0:
        h = 0 - mod_p(0 - n)
    elif n >= HASH_P:
        h = mod_p(n)
    if h == -1:
        return -2
    return h


def float_hash(x: f64) -> i64:
    if x != x:
        # CPython 3.11 hashes a NaN by its identity.
        return 0
    if x - x != 0.0:
        if x > 0.0:
            return 314159
        return -314159
    b = bits(x)
    ex = shru(b, i64(52)) & 2047
    m = b & 4503599627370495
    if ex == 0:
        ex = 1
    else:
        m = m | 4503599627370496
    if m == 0:
        return 0
    # |x| = m * 2**e; 2**61 is 1 modulo P, so multiplying by 2**e is a
    # rotation of the 61-bit residue by e modulo 61.
    e = (ex - 1075) % 61
    if e < 0:
        e += 61
    h = ((m << e) & HASH_P) | shru(m, 61 - e)
    if b < 0:
        h = 0 - h
    if h == -1:
        return -2
    return h


def tuple_cpy_hash(v: i64) -> i64:
    p = i32(v)
    n = Tuple.len[p]
    acc: i64 = XX_PRIME_5
    i = 0
    while i < n:
        lane = cpy_hash(load64(Tuple.items[p] + 8 * i))
        if exc != 0:
            return 0
        acc += lane * XX_PRIME_2
        acc = (acc << 31) | shru(acc, i64(33))
        acc = acc * XX_PRIME_1
        i += 1
    acc += i64(n) ^ 2870177450013471926
    if acc == -1:
        return 1546275796
    return acc


def rotl(x: i64, s: i64) -> i64:
    return (x << s) | shru(x, 64 - s)


def sip_round() -> None:
    sip0 += sip1
    sip2 += sip3
    sip1 = rotl(sip1, i64(13)) ^ sip0
    sip3 = rotl(sip3, i64(16)) ^ sip2
    sip0 = rotl(sip0, i64(32))
    sip2 += sip1
    sip0 += sip3
    sip1 = rotl(sip1, i64(17)) ^ sip2
    sip3 = rotl(sip3, i64(21)) ^ sip0
    sip2 = rotl(sip2, i64(32))


def bytes_cpy_hash(p: i32, n: i32) -> i64:
    # SipHash-1-3 of n bytes at p under the zero key (CPython's str and
    # bytes hash with PYTHONHASHSEED=0); the empty string hashes to 0.
    if n == 0:
        return 0
    sip0 = 8317987319222330741
    sip1 = 7237128888997146477
    sip2 = 7816392313619706465
    sip3 = 8387220255154660723
    i = 0
    while i + 8 <= n:
        w = load64(p + i)
        sip3 = sip3 ^ w
        sip_round()
        sip0 = sip0 ^ w
        i += 8
    last = i64(n) << 56
    j = 0
    while i + j < n:
        last = last | (u64(load8(p + i + j)) << i64(8 * j))
        j += 1
    sip3 = sip3 ^ last
    sip_round()
    sip0 = sip0 ^ last
    sip2 = sip2 ^ 255
    sip_round()
    sip_round()
    sip_round()
    h = (sip0 ^ sip1) ^ (sip2 ^ sip3)
    if h == -1:
        return -2
    return h


def str_cpy_hash(s: i32) -> i64:
    # CPython hashes a str's code points as stored: one byte each when
    # all are below 256, else two (all below 65536) or four, little-endian.
    n = Str.nbytes[s]
    k = Str.nchars[s]
    p = Str.data[s]
    if n == k:
        return bytes_cpy_hash(p, n)
    top = 0
    i = 0
    while i < n:
        w = utf8_len(load8(p + i))
        c = decode_cp(p + i, w)
        if c > top:
            top = c
        i += w
    width = 4
    if top < 256:
        width = 1
    elif top < 65536:
        width = 2
    buf = alloc(width * k)
    i = 0
    o = buf
    while i < n:
        w2 = utf8_len(load8(p + i))
        c2 = decode_cp(p + i, w2)
        if width == 1:
            store8(o, c2)
        elif width == 2:
            store16(o, c2)
        else:
            store32(o, c2)
        o += width
        i += w2
    return bytes_cpy_hash(buf, width * k)


def shuffle_bits(h: i64) -> i64:
    return ((h ^ 89869747) ^ (h << 16)) * 3644798167


def frozen_hash(v: i64) -> i64:
    # CPython's frozenset hash: an xor of every member's shuffled hash
    # (independent of order), mixed with the size; cached in the object.
    # A set reaches here only as the key of `in`, remove and discard,
    # which CPython looks up as the equal frozenset.
    p = i32(v)
    if load32(p) == TAG_FROZENSET and Set.hash[p] != -1:
        return Set.hash[p]
    h: i64 = 0
    tab = Set.table[p]
    i = 0
    while i <= Set.mask[p]:
        ep = tab + SetEntry.SIZE * i
        if SetEntry.key[ep] != 0:
            h = h ^ shuffle_bits(SetEntry.hash[ep])
        i += 1
    h = h ^ ((i64(Set.len[p]) + 1) * 1927868237)
    h = h ^ shru(h, i64(11)) ^ shru(h, i64(25))
    h = h * 69069 + 907133923
    if h == -1:
        h = 590923713
    if load32(p) == TAG_FROZENSET:
        Set.hash[p] = h
    return h
