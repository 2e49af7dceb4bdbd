# `import hmac` (RFC 2104): new() / HMAC() make an Hmac record of two
# hash objects, the inner one keyed with the key xor 0x36 and fed the
# message, the outer one keyed with 0x5c; digest() finishes the outer
# over the inner's digest. digestmod is a name for hashlib.new or a
# callable returning a hash object (hashlib.sha256, a lambda): it is
# called once, for the algorithm, where CPython's fallback path calls it
# for each of the two hashes. CPython 3.11's errors. Linked with
# hashlib.py (HASHLIB). compare_digest is secrets.py's.


def hmac_algo(dm: i64, attr: i32) -> i32:
    # The algorithm digestmod names, or 0 with the error raised. attr is
    # what CPython reads first from the object a callable returns, named
    # by its AttributeError when that is not a hash.
    t = typeof(dm)
    if t == TAG_STR:
        a = hash_algo_named(i32(dm))
        if a == 0:
            hash_unsupported(i32(dm))
        return a
    if callable_v(dm) != TRUE:
        attr_missing(dm, "new")
        return 0
    h = call_value(dm, 0, 0)
    if exc != 0:
        return 0
    if typeof(h) != TAG_HASH:
        attr_missing(h, attr)
        return 0
    return Hash.algo[i32(h)]


def hmac_keyed(a: i32, key: i32) -> i32:
    # A new Hmac of algorithm a for the key (a bytes object): a key
    # longer than a block is hashed first, then padded with zeros.
    bs = hash_block_size(a)
    kb = alloc(bs)
    memfill(kb, 0, bs)
    n = Str.nbytes[key]
    if n > bs:
        t = hash_state(a)
        hash_feed(t, Str.data[key], n)
        hash_final(t, kb)
    else:
        memcopy(kb, Str.data[key], n)
    m = alloc(Hmac.SIZE)
    Hmac.tag[m] = TAG_HMAC
    Hmac.inner[m] = hmac_pad(a, kb, 0x3636363636363636)
    Hmac.outer[m] = hmac_pad(a, kb, 0x5C5C5C5C5C5C5C5C)
    return m


def hmac_pad(a: i32, kb: i32, pad: i64) -> i32:
    # A hash of algorithm a fed the block-sized key at kb xor the pad byte.
    bs = hash_block_size(a)
    x = alloc(bs)
    i = 0
    while i < bs:
        store64(x + i, load64(kb + i) ^ pad)
        i += 8
    h = hash_state(a)
    hash_feed(h, x, bs)
    return h


def hmac_new_(key: i64, msg: i64, dm: i64) -> i64:
    if typeof(key) != TAG_BYTES:
        s = sb_new(64)
        sb_str(s, "key: expected bytes or bytearray, but got '")
        sb_str(s, type_name(key))
        sb_byte(s, 39)
        raise_(EXC_TYPE, sb_done(s))
        return 0
    if dm == 0 or truthy(dm) == 0:
        if exc == 0:
            raise_(EXC_TYPE, "Missing required parameter 'digestmod'.")
        return 0
    a = hmac_algo(dm, "digest_size")
    if a == 0:
        return 0
    if msg == 0 or msg == NONE:
        return u64(hmac_keyed(a, i32(key)))
    if hash_data_ok(msg) == 0:
        return 0
    m = hmac_keyed(a, i32(key))
    hash_feed(Hmac.inner[m], Str.data[i32(msg)], Str.nbytes[i32(msg)])
    return u64(m)


def hmac_final(m: i32, out: i32) -> None:
    # The MAC of what m has been fed, at out; m is unchanged.
    inner = Hmac.inner[m]
    n = hash_digest_size(Hash.algo[inner])
    d = alloc(n)
    hash_final(inner, d)
    o = hash_copy(Hmac.outer[m])
    hash_feed(o, d, n)
    hash_final(o, out)


def hmac_copy(v: i64) -> i64:
    m = alloc(Hmac.SIZE)
    Hmac.tag[m] = TAG_HMAC
    Hmac.inner[m] = hash_copy(Hmac.inner[i32(v)])
    Hmac.outer[m] = hash_copy(Hmac.outer[i32(v)])
    return u64(m)


def hmac_digest_(key: i64, msg: i64, dg: i64) -> i64:
    # hmac.digest(key, msg, digest): key and msg are read as buffers
    # first, hence CPython's other wording of the TypeError.
    if typeof(key) != TAG_BYTES:
        return i64(b_bad_arg(key, B_PLAIN, 0))
    if typeof(msg) != TAG_BYTES:
        return i64(b_bad_arg(msg, B_PLAIN, 0))
    a = hmac_algo(dg, "update")
    if a == 0:
        return 0
    m = hmac_keyed(a, i32(key))
    hash_feed(Hmac.inner[m], Str.data[i32(msg)], Str.nbytes[i32(msg)])
    b = bytes_alloc(hash_digest_size(a))
    hmac_final(m, Str.data[b])
    return u64(b)
