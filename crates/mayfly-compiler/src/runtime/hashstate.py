# Streaming Merkle-Damgard hashing, shared by hashlib's and hmac's
# objects (runtime/hashlib.py, hmac.py) and by random.seed() of a str or
# bytes, which CPython 3.11 seeds with the text followed by its SHA-512
# digest. A Hash record holds the algorithm, the chaining state and a
# partial block: hash_feed compresses whole blocks straight from the
# caller's bytes and keeps the rest; hash_final pads a copy, so a digest
# can be read and the object fed again. Without `import hashlib`,
# `import hmac` or `import uuid` (the HASHES link flag) only SHA-512 is
# compiled in.

HASH_MD5 = 1
HASH_SHA1 = 2
HASH_SHA224 = 3
HASH_SHA256 = 4
HASH_SHA384 = 5
HASH_SHA512 = 6

# Where the initial hash words start in the constant blobs
# (tools/gen_hash_tables.py): after SHA-512's 80 u64 round constants,
# SHA-256's 64 u32 ones and SHA-1's 4.
SHA512_IV = 640
SHA384_IV = 704
SHA256_IV = 256
SHA224_IV = 288
SHA1_IV = 16


def bswap32(x: i32) -> i32:
    # The SHA family is big-endian; Wasm loads little-endian.
    return (rotl(x, 8) & 0x00FF00FF) | (rotr(x, 8) & 0xFF00FF00)


def bswap64(x: i64) -> i64:
    return (u64(bswap32(i32(x))) << i64(32)) | u64(bswap32(i32(shru(x, i64(32)))))


def hash_block_size(a: i32) -> i32:
    if a >= HASH_SHA384:
        return 128
    return 64


def hash_digest_size(a: i32) -> i32:
    if a == HASH_MD5:
        return 16
    if a == HASH_SHA1:
        return 20
    if a == HASH_SHA224:
        return 28
    if a == HASH_SHA256:
        return 32
    if a == HASH_SHA384:
        return 48
    return 64


def hash_state(a: i32) -> i32:
    # A fresh Hash of algorithm a, holding the initial words.
    p = alloc(Hash.SIZE + HASH_STATE_BYTES + HASH_BLOCK_MAX)
    Hash.tag[p] = TAG_HASH
    Hash.algo[p] = a
    Hash.nbuf[p] = 0
    Hash.total[p] = i64(0)
    h = Hash.data[p]
    if a == HASH_SHA512:
        memcopy(h, blob_("sha512_k") + SHA512_IV, 64)
        return p
    if HASHES:
        if a == HASH_SHA384:
            memcopy(h, blob_("sha512_k") + SHA384_IV, 64)
        elif a == HASH_SHA256:
            memcopy(h, blob_("sha256_k") + SHA256_IV, 32)
        elif a == HASH_SHA224:
            memcopy(h, blob_("sha256_k") + SHA224_IV, 32)
        else:
            # MD5's four words are SHA-1's first four.
            memcopy(h, blob_("sha1_k") + SHA1_IV, 20)
    return p


def hash_copy(p: i32) -> i32:
    # An independent copy: the record holds no pointers.
    n = Hash.SIZE + HASH_STATE_BYTES + HASH_BLOCK_MAX
    q = alloc(n)
    memcopy(q, p, n)
    return q


def hash_block(p: i32, blk: i32) -> None:
    a = Hash.algo[p]
    h = Hash.data[p]
    if HASHES:
        if a == HASH_MD5:
            md5_block(h, blk)
            return
        if a == HASH_SHA1:
            sha1_block(h, blk)
            return
        if a <= HASH_SHA256:
            sha256_block(h, blk)
            return
    sha512_block(h, blk)


def hash_feed(p: i32, src: i32, n: i32) -> None:
    # Appends the n bytes at src to what p has been fed.
    bs = hash_block_size(Hash.algo[p])
    buf = Hash.data[p] + HASH_STATE_BYTES
    Hash.total[p] = Hash.total[p] + u64(n)
    k = Hash.nbuf[p]
    if k > 0:
        take = bs - k
        if n < take:
            memcopy(buf + k, src, n)
            Hash.nbuf[p] = k + n
            return
        memcopy(buf + k, src, take)
        hash_block(p, buf)
        src += take
        n -= take
    while n >= bs:
        hash_block(p, src)
        src += bs
        n -= bs
    memcopy(buf, src, n)
    Hash.nbuf[p] = n


def hash_final(p: i32, out: i32) -> None:
    # The digest of what p has been fed, written at out; p is unchanged.
    # Padding: 0x80, zeros, then the length in bits (64 bits; SHA-384 and
    # SHA-512 have a 128-bit field whose high half is zero here).
    q = hash_copy(p)
    a = Hash.algo[q]
    bs = hash_block_size(a)
    buf = Hash.data[q] + HASH_STATE_BYTES
    k = Hash.nbuf[q]
    bits = Hash.total[q] << i64(3)
    store8(buf + k, 128)
    k += 1
    room = bs - 8
    if bs == 128:
        room = bs - 16
    if k > room:
        memfill(buf + k, 0, bs - k)
        hash_block(q, buf)
        k = 0
    memfill(buf + k, 0, bs - k)
    h = Hash.data[q]
    n = hash_digest_size(a)
    i = 0
    if HASHES and a == HASH_MD5:
        # MD5 is little-endian throughout, as Wasm is.
        store64(buf + 56, bits)
        hash_block(q, buf)
        memcopy(out, h, n)
        return
    store64(buf + bs - 8, bswap64(bits))
    hash_block(q, buf)
    if bs == 64:
        while i < n:
            store32(out + i, bswap32(load32(h + i)))
            i += 4
        return
    while i < n:
        store64(out + i, bswap64(load64(h + i)))
        i += 8


def hash_name_or_none(v: i64) -> i64:
    # The name of a hash or HMAC object, else None: the Flask prelude's
    # `x.name` (flask/prelude/errors.py), which every Flask app has.
    if HASHLIB and (typeof(v) == TAG_HASH or typeof(v) == TAG_HMAC):
        return attr_name(v)
    return NONE


def sha512(src: i32, n: i32, out: i32) -> None:
    # The 64-byte SHA-512 digest of the n bytes at src (random.seed).
    p = hash_state(HASH_SHA512)
    hash_feed(p, src, n)
    hash_final(p, out)
