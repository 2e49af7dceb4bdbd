# SHA-1's compression function (FIPS 180-4 6.1.2), for hashlib.sha1 and
# HMAC-SHA1 (runtime/hashstate.py). The 80 schedule words go to a
# scratch buffer first; the rounds then run five at a time with the
# working variables renamed instead of moved (five renamings bring them
# back), as the generated SHA-2 rounds do, for fuel. Constants: the blob
# "sha1_k" (tools/gen_hash_tables.py).


def sha1_block(hp: i32, blk: i32) -> None:
    w = static_(320)
    i = 0
    while i < 64:
        store32(w + i, bswap32(load32(blk + i)))
        i += 4
    q = w
    end = w + 256
    while q < end:
        # W[t] = (W[t-3] ^ W[t-8] ^ W[t-14] ^ W[t-16]) <<< 1, q at W[t-16].
        store32(q + 64, rotl(load32(q + 52) ^ load32(q + 32) ^ load32(q + 8) ^ load32(q), 1))
        q += 4
    k = blob_("sha1_k")
    a = load32(hp)
    b = load32(hp + 4)
    c = load32(hp + 8)
    d = load32(hp + 12)
    e = load32(hp + 16)
    p = w
    # Rounds 0-19: Ch(b, c, d).
    kc = load32(k)
    end = w + 80
    while p < end:
        e += rotl(a, 5) + (d ^ (b & (c ^ d))) + kc + load32(p)
        b = rotl(b, 30)
        d += rotl(e, 5) + (c ^ (a & (b ^ c))) + kc + load32(p + 4)
        a = rotl(a, 30)
        c += rotl(d, 5) + (b ^ (e & (a ^ b))) + kc + load32(p + 8)
        e = rotl(e, 30)
        b += rotl(c, 5) + (a ^ (d & (e ^ a))) + kc + load32(p + 12)
        d = rotl(d, 30)
        a += rotl(b, 5) + (e ^ (c & (d ^ e))) + kc + load32(p + 16)
        c = rotl(c, 30)
        p += 20
    # Rounds 20-39: Parity(b, c, d).
    kc = load32(k + 4)
    end = w + 160
    while p < end:
        e += rotl(a, 5) + (b ^ c ^ d) + kc + load32(p)
        b = rotl(b, 30)
        d += rotl(e, 5) + (a ^ b ^ c) + kc + load32(p + 4)
        a = rotl(a, 30)
        c += rotl(d, 5) + (e ^ a ^ b) + kc + load32(p + 8)
        e = rotl(e, 30)
        b += rotl(c, 5) + (d ^ e ^ a) + kc + load32(p + 12)
        d = rotl(d, 30)
        a += rotl(b, 5) + (c ^ d ^ e) + kc + load32(p + 16)
        c = rotl(c, 30)
        p += 20
    # Rounds 40-59: Maj(b, c, d).
    kc = load32(k + 8)
    end = w + 240
    while p < end:
        e += rotl(a, 5) + ((b & c) | (d & (b | c))) + kc + load32(p)
        b = rotl(b, 30)
        d += rotl(e, 5) + ((a & b) | (c & (a | b))) + kc + load32(p + 4)
        a = rotl(a, 30)
        c += rotl(d, 5) + ((e & a) | (b & (e | a))) + kc + load32(p + 8)
        e = rotl(e, 30)
        b += rotl(c, 5) + ((d & e) | (a & (d | e))) + kc + load32(p + 12)
        d = rotl(d, 30)
        a += rotl(b, 5) + ((c & d) | (e & (c | d))) + kc + load32(p + 16)
        c = rotl(c, 30)
        p += 20
    # Rounds 60-79: Parity again.
    kc = load32(k + 12)
    end = w + 320
    while p < end:
        e += rotl(a, 5) + (b ^ c ^ d) + kc + load32(p)
        b = rotl(b, 30)
        d += rotl(e, 5) + (a ^ b ^ c) + kc + load32(p + 4)
        a = rotl(a, 30)
        c += rotl(d, 5) + (e ^ a ^ b) + kc + load32(p + 8)
        e = rotl(e, 30)
        b += rotl(c, 5) + (d ^ e ^ a) + kc + load32(p + 12)
        d = rotl(d, 30)
        a += rotl(b, 5) + (c ^ d ^ e) + kc + load32(p + 16)
        c = rotl(c, 30)
        p += 20
    store32(hp, load32(hp) + a)
    store32(hp + 4, load32(hp + 4) + b)
    store32(hp + 8, load32(hp + 8) + c)
    store32(hp + 12, load32(hp + 12) + d)
    store32(hp + 16, load32(hp + 16) + e)
