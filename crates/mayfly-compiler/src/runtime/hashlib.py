# `import hashlib`: md5, sha1, sha224, sha256, sha384, sha512 and new()
# make hash objects (a Hash record, runtime/hashstate.py) with update,
# digest, hexdigest, copy, name, digest_size and block_size, with CPython
# 3.11's errors. Names for new() and hmac's digestmod are OpenSSL 3's for
# these six, as CPython 3.11 passes them to it (any case: "SHA256",
# "sha-256", "sha2-256", the OIDs); other algorithms are not here, so any
# other name is CPython's ValueError for a hash it does not have.
# Linked only into programs that import hashlib or hmac (HASHLIB).


def hash_data_ok(d: i64) -> i32:
    # The data a hash takes is bytes; CPython's TypeErrors otherwise.
    t = typeof(d)
    if t == TAG_BYTES:
        return 1
    if t == TAG_STR:
        raise_(EXC_TYPE, "Strings must be encoded before hashing")
        return 0
    raise_(EXC_TYPE, "object supporting the buffer API required")
    return 0


def hash_name_is(s: i32, lit: i32) -> i32:
    # s equals the lower-case literal, ASCII letters in any case.
    n = Str.nbytes[s]
    if n != Str.nbytes[lit]:
        return 0
    i = 0
    while i < n:
        c = load8(Str.data[s] + i)
        if c >= 65 and c <= 90:
            c += 32
        if c != load8(Str.data[lit] + i):
            return 0
        i += 1
    return 1


def hash_algo_named(s: i32) -> i32:
    # The algorithm a name gives hashlib.new (0 for none of ours).
    if hash_name_is(s, "md5") or hash_name_is(s, "ssl3-md5") or hash_name_is(s, "1.2.840.113549.2.5"):
        return HASH_MD5
    if hash_name_is(s, "sha1") or hash_name_is(s, "sha-1") or hash_name_is(s, "ssl3-sha1"):
        return HASH_SHA1
    if hash_name_is(s, "1.3.14.3.2.26"):
        return HASH_SHA1
    if hash_name_is(s, "sha224") or hash_name_is(s, "sha-224") or hash_name_is(s, "sha2-224"):
        return HASH_SHA224
    if hash_name_is(s, "sha256") or hash_name_is(s, "sha-256") or hash_name_is(s, "sha2-256"):
        return HASH_SHA256
    if hash_name_is(s, "sha384") or hash_name_is(s, "sha-384") or hash_name_is(s, "sha2-384"):
        return HASH_SHA384
    if hash_name_is(s, "sha512") or hash_name_is(s, "sha-512") or hash_name_is(s, "sha2-512"):
        return HASH_SHA512
    if hash_name_is(s, "2.16.840.1.101.3.4.2.4"):
        return HASH_SHA224
    if hash_name_is(s, "2.16.840.1.101.3.4.2.1"):
        return HASH_SHA256
    if hash_name_is(s, "2.16.840.1.101.3.4.2.2"):
        return HASH_SHA384
    if hash_name_is(s, "2.16.840.1.101.3.4.2.3"):
        return HASH_SHA512
    return 0


def hash_unsupported(name: i32) -> i32:
    s = sb_new(48)
    sb_str(s, "unsupported hash type ")
    sb_str(s, name)
    raise_(EXC_VALUE, sb_done(s))
    return 0


def hash_name(a: i32) -> i32:
    if a == HASH_MD5:
        return "md5"
    if a == HASH_SHA1:
        return "sha1"
    if a == HASH_SHA224:
        return "sha224"
    if a == HASH_SHA256:
        return "sha256"
    if a == HASH_SHA384:
        return "sha384"
    return "sha512"


def hash_make(a: i32, data: i64) -> i64:
    # A new hash of algorithm a fed data (0: none given).
    if data != 0 and hash_data_ok(data) == 0:
        return 0
    p = hash_state(a)
    if data != 0:
        hash_feed(p, Str.data[i32(data)], Str.nbytes[i32(data)])
    return u64(p)


# The constructors: (data, usedforsecurity), which every hash here
# accepts and ignores, as CPython does outside FIPS mode.
def hashlib_md5(data: i64, ufs: i64) -> i64:
    return hash_make(HASH_MD5, data)


def hashlib_sha1(data: i64, ufs: i64) -> i64:
    return hash_make(HASH_SHA1, data)


def hashlib_sha224(data: i64, ufs: i64) -> i64:
    return hash_make(HASH_SHA224, data)


def hashlib_sha256(data: i64, ufs: i64) -> i64:
    return hash_make(HASH_SHA256, data)


def hashlib_sha384(data: i64, ufs: i64) -> i64:
    return hash_make(HASH_SHA384, data)


def hashlib_sha512(data: i64, ufs: i64) -> i64:
    return hash_make(HASH_SHA512, data)


def hashlib_new(name: i64, data: i64, ufs: i64) -> i64:
    # CPython checks the name's type, then the data, then the name.
    if typeof(name) != TAG_STR:
        raise_(EXC_TYPE, "name must be a string")
        return 0
    if data != 0 and hash_data_ok(data) == 0:
        return 0
    a = hash_algo_named(i32(name))
    if a == 0:
        return i64(hash_unsupported(i32(name)))
    return hash_make(a, data)


def hash_update(v: i64, d: i64) -> i64:
    # update() of a hash or an HMAC (dict.py's m_update sends them here).
    p = i32(v)
    if typeof(v) == TAG_HMAC:
        if d == 0:
            raise_(EXC_TYPE, "HMAC.update() missing 1 required positional argument: 'msg'")
            return 0
        p = Hmac.inner[p]
    if d == 0:
        raise_(EXC_TYPE, "HASH.update() takes exactly one argument (0 given)")
        return 0
    if hash_data_ok(d) == 0:
        return 0
    hash_feed(p, Str.data[i32(d)], Str.nbytes[i32(d)])
    return NONE


def hash_copy_v(v: i64) -> i64:
    # copy() of a hash or an HMAC (from dict.py's m_copy).
    if typeof(v) == TAG_HMAC:
        return hmac_copy(v)
    return u64(hash_copy(i32(v)))


def m_digest(v: i64) -> i64:
    t = typeof(v)
    if t != TAG_HASH and t != TAG_HMAC:
        return no_method(v, "digest")
    p = i32(v)
    if t == TAG_HMAC:
        p = Hmac.inner[p]
    b = bytes_alloc(hash_digest_size(Hash.algo[p]))
    if t == TAG_HMAC:
        hmac_final(i32(v), Str.data[b])
    else:
        hash_final(p, Str.data[b])
    return u64(b)


def m_hexdigest(v: i64) -> i64:
    t = typeof(v)
    if t != TAG_HASH and t != TAG_HMAC:
        return no_method(v, "hexdigest")
    d = m_digest(v)
    n = Str.nbytes[i32(d)]
    s = str_alloc(2 * n, 2 * n)
    i = 0
    while i < n:
        c = load8(Str.data[i32(d)] + i)
        store8(Str.data[s] + 2 * i, hexdigit(c >> 4))
        store8(Str.data[s] + 2 * i + 1, hexdigit(c & 15))
        i += 1
    return u64(s)


def hash_algo_of(v: i64) -> i32:
    # The algorithm of a hash or an HMAC; 0 for anything else.
    t = typeof(v)
    if t == TAG_HASH:
        return Hash.algo[i32(v)]
    if t == TAG_HMAC:
        return Hash.algo[Hmac.inner[i32(v)]]
    return 0


def attr_name(v: i64) -> i64:
    a = hash_algo_of(v)
    if a == 0:
        return attr_missing(v, "name")
    if typeof(v) == TAG_HASH:
        return u64(hash_name(a))
    s = sb_new(16)
    sb_str(s, "hmac-")
    sb_str(s, hash_name(a))
    return u64(sb_done(s))


def attr_digest_size(v: i64) -> i64:
    a = hash_algo_of(v)
    if a == 0:
        return attr_missing(v, "digest_size")
    return mkint(i64(hash_digest_size(a)))


def attr_block_size(v: i64) -> i64:
    a = hash_algo_of(v)
    if a == 0:
        return attr_missing(v, "block_size")
    return mkint(i64(hash_block_size(a)))


def hash_repr(b: i32, v: i64) -> None:
    # CPython's forms with mayfly's address, as for instances:
    # <sha256 _hashlib.HASH object @ 0x...>, <hmac.HMAC object at 0x...>.
    if typeof(v) == TAG_HMAC:
        sb_str(b, "<hmac.HMAC object at ")
    else:
        sb_byte(b, 60)
        sb_str(b, hash_name(Hash.algo[i32(v)]))
        sb_str(b, " _hashlib.HASH object @ ")
    sb_hex_addr(b, i32(v))
    sb_byte(b, 62)
