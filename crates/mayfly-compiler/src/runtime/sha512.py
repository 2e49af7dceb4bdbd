# SHA-512 (FIPS 180-4), for random.seed() of a str or bytes, which
# CPython 3.11 seeds with the text followed by its SHA-512 digest. The
# constants are the blob "sha512_k" (tools/gen_sha512_table.py): 80 round
# constants, then the 8 initial hash words, little-endian u64s.


def sha_be64(p: i32) -> i64:
    r: i64 = 0
    i = 0
    while i < 8:
        r = (r << i64(8)) | u64(load8(p + i))
        i += 1
    return r


def sha_rotr(x: i64, n: i64) -> i64:
    return shru(x, n) | (x << (64 - n))


def sha512_block(h: i32, blk: i32, w: i32) -> None:
    # One 128-byte block into the 8 words at h (w: room for 80 words).
    k = blob_("sha512_k")
    t = 0
    while t < 16:
        store64(w + 8 * t, sha_be64(blk + 8 * t))
        t += 1
    while t < 80:
        x = load64(w + 8 * (t - 15))
        y = load64(w + 8 * (t - 2))
        s0 = sha_rotr(x, i64(1)) ^ sha_rotr(x, i64(8)) ^ shru(x, i64(7))
        s1 = sha_rotr(y, i64(19)) ^ sha_rotr(y, i64(61)) ^ shru(y, i64(6))
        store64(w + 8 * t, load64(w + 8 * (t - 16)) + s0 + load64(w + 8 * (t - 7)) + s1)
        t += 1
    a = load64(h)
    b = load64(h + 8)
    c = load64(h + 16)
    d = load64(h + 24)
    e = load64(h + 32)
    f = load64(h + 40)
    g = load64(h + 48)
    hh = load64(h + 56)
    t = 0
    while t < 80:
        s1 = sha_rotr(e, i64(14)) ^ sha_rotr(e, i64(18)) ^ sha_rotr(e, i64(41))
        ch = (e & f) ^ ((e ^ -1) & g)
        t1 = hh + s1 + ch + load64(k + 8 * t) + load64(w + 8 * t)
        s0 = sha_rotr(a, i64(28)) ^ sha_rotr(a, i64(34)) ^ sha_rotr(a, i64(39))
        maj = (a & b) ^ (a & c) ^ (b & c)
        t2 = s0 + maj
        hh = g
        g = f
        f = e
        e = d + t1
        d = c
        c = b
        b = a
        a = t1 + t2
        t += 1
    store64(h, load64(h) + a)
    store64(h + 8, load64(h + 8) + b)
    store64(h + 16, load64(h + 16) + c)
    store64(h + 24, load64(h + 24) + d)
    store64(h + 32, load64(h + 32) + e)
    store64(h + 40, load64(h + 40) + f)
    store64(h + 48, load64(h + 48) + g)
    store64(h + 56, load64(h + 56) + hh)


def sha512(src: i32, n: i32, out: i32) -> None:
    # The 64-byte digest of the n bytes at src, written at out.
    # Padded: the bytes, 0x80, zeros, the bit length in 128 bits.
    total = ((n + 17 + 127) / 128) * 128
    m = alloc(total)
    memfill(m, 0, total)
    memcopy(m, src, n)
    store8(m + n, 128)
    bitlen = u64(n) << i64(3)
    i = 0
    while i < 8:
        store8(m + total - 1 - i, i32(shru(bitlen, i64(8 * i))) & 255)
        i += 1
    h = alloc(64)
    memcopy(h, blob_("sha512_k") + 640, 64)
    w = alloc(640)
    off = 0
    while off < total:
        sha512_block(h, m + off, w)
        off += 128
    i = 0
    while i < 64:
        store8(out + i, i32(shru(load64(h + 8 * (i / 8)), i64(56 - 8 * (i % 8)))) & 255)
        i += 1
