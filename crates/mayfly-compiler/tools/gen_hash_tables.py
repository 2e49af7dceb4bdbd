"""Writes the constant tables of hashlib's algorithms into
src/runtime/sha/ (read by the runtime through blob_("name")), all
computed here from their definitions so that no table is typed in by
hand:

- sha512_k.bin: SHA-512's 80 round constants (the first 64 bits of the
  fractional parts of the cube roots of the first 80 primes), its 8
  initial hash words (square roots of the first 8 primes), then
  SHA-384's (square roots of the 9th to 16th primes); FIPS 180-4 4.2.3,
  5.3.4, 5.3.5. Little-endian u64s.
- sha256_k.bin: SHA-256's 64 round constants (the first 32 bits of the
  cube roots of the first 64 primes), its 8 initial words (square roots
  of the first 8 primes), then SHA-224's (the second 32 bits of the
  square roots of the 9th to 16th primes); FIPS 180-4 4.2.2, 5.3.2,
  5.3.3. Little-endian u32s.
- sha1_k.bin: SHA-1's 4 round constants (2**30 times the square roots of
  2, 3, 5 and 10; FIPS 180-4 4.2.1) and its 5 initial words (5.3.1),
  whose first four are MD5's (RFC 1321 3.3).

MD5's sine constants are immediates in its generated rounds
(tools/gen_hash_rounds.py).

Run it after changing it: python3 tools/gen_hash_tables.py"""

import pathlib
import struct

OUT = pathlib.Path(__file__).resolve().parent.parent / "src/runtime/sha"


def primes(n):
    out, c = [], 2
    while len(out) < n:
        if all(c % p for p in out):
            out.append(c)
        c += 1
    return out


def iroot(x, k):
    # floor(x ** (1/k)) for an int x, by Newton's method on ints.
    r = 1 << ((x.bit_length() + k - 1) // k)
    while True:
        s = ((k - 1) * r + x // r ** (k - 1)) // k
        if s >= r:
            return r
        r = s


def frac(p, k, bits):
    # The first `bits` bits of the fractional part of p ** (1/k).
    return iroot(p << (bits * k), k) & (2**bits - 1)


def u64s(words):
    return b"".join(struct.pack("<Q", w) for w in words)


def u32s(words):
    return b"".join(struct.pack("<I", w) for w in words)


p16 = primes(80)
sha512 = [frac(p, 3, 64) for p in p16] + [frac(p, 2, 64) for p in p16[:16]]
sha256 = [frac(p, 3, 32) for p in p16[:64]] + [frac(p, 2, 32) for p in p16[:8]]
sha224 = [frac(p, 2, 64) & (2**32 - 1) for p in p16[8:16]]
# SHA-1's initial words as FIPS 180-4 5.3.1 gives them; MD5's are the
# first four (RFC 1321 3.3 lists their bytes low-order first: 01 23 45
# 67, 89 ab cd ef, ...).
sha1_h = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]
sha1_k = [iroot(n << 60, 2) for n in (2, 3, 5, 10)]

(OUT / "sha512_k.bin").write_bytes(u64s(sha512))
(OUT / "sha256_k.bin").write_bytes(u32s(sha256 + sha224))
(OUT / "sha1_k.bin").write_bytes(u32s(sha1_k + sha1_h))
