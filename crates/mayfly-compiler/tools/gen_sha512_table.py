"""Writes src/runtime/sha/sha512_k.bin: SHA-512's 80 round constants and
its 8 initial hash words (FIPS 180-4: the first 64 bits of the
fractional parts of the cube roots of the first 80 primes, and of the
square roots of the first 8), as little-endian u64s, computed here with
exact integer roots so that no table is typed in by hand."""

import pathlib
import struct


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


def frac64(p, k):
    return iroot(p << (64 * k), k) & (2**64 - 1)


words = [frac64(p, 3) for p in primes(80)] + [frac64(p, 2) for p in primes(8)]
out = pathlib.Path(__file__).resolve().parent.parent / "src/runtime/sha/sha512_k.bin"
out.write_bytes(b"".join(struct.pack("<Q", w) for w in words))
