# zlib.crc32/adler32 and binascii.crc32 with and without a starting value
# (any int, taken modulo 2**32), running checksums over chunks,
# binascii.hexlify/b2a_hex with sep and bytes_per_sep,
# unhexlify/a2b_hex of bytes and ASCII str, and CPython's errors.
import binascii
import zlib
from binascii import hexlify, unhexlify


def attempt(out, f):
    try:
        out.append(repr(f()))
    except (TypeError, ValueError, binascii.Error) as e:
        out.append(type(e).__name__ + ": " + str(e))


def on_client_request():
    out = []
    datas = [b"", b"a", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)), b"\xff" * 1000, "café".encode()]
    for d in datas:
        out.append(repr([zlib.crc32(d), zlib.adler32(d), binascii.crc32(d)]))
        out.append(repr([zlib.crc32(d, 12345), zlib.adler32(d, 12345), binascii.crc32(d, 0xFFFFFFFF)]))
        out.append(repr([zlib.adler32(d, 65535), zlib.adler32(d, 0xFFF1FFF1), zlib.adler32(d, 0xFFFFFFF0)]))
        out.append(repr([zlib.crc32(d, -1), zlib.adler32(d, -1), zlib.crc32(d, 2**40 + 7), zlib.adler32(d, 2**70 + 3), zlib.crc32(d, True)]))
    big = b"".join(bytes([i % 251]) for i in range(5000))
    c = 0
    a = 1
    for i in range(0, len(big), 333):
        c = zlib.crc32(big[i:i + 333], c)
        a = zlib.adler32(big[i:i + 333], a)
    out.append(repr([c == zlib.crc32(big), a == zlib.adler32(big), c, a]))
    out.append(repr(zlib.crc32(b"hello") & 0xFFFFFFFF))
    out.append("%08x" % zlib.crc32(b"hello world"))
    attempt(out, lambda: zlib.crc32("abc"))
    attempt(out, lambda: zlib.crc32(5))
    attempt(out, lambda: zlib.adler32(None))
    attempt(out, lambda: zlib.crc32(b"abc", 1.5))
    attempt(out, lambda: zlib.adler32(b"abc", "x"))
    attempt(out, lambda: binascii.crc32([1, 2]))
    for d in [b"", b"\x00", b"\x01\xab\xff", b"hello world", bytes(range(20))]:
        out.append(repr([hexlify(d), binascii.b2a_hex(d), hexlify(d, "-"), hexlify(d, b":", 2), hexlify(d, sep=" ", bytes_per_sep=-3), binascii.b2a_hex(d, "_", 0)]))
        out.append(repr(unhexlify(hexlify(d)) == d))
    for h in ["", "00", "6a6B", "DEADbeef", b"cafe", b"0102ff", "ffFF00"]:
        out.append(repr([unhexlify(h), binascii.a2b_hex(h)]))
    attempt(out, lambda: unhexlify("6a6"))
    attempt(out, lambda: unhexlify("zz"))
    attempt(out, lambda: unhexlify("6a 6b"))
    attempt(out, lambda: unhexlify("é1"))
    attempt(out, lambda: unhexlify(5))
    attempt(out, lambda: unhexlify(None))
    attempt(out, lambda: binascii.a2b_hex(b"0g"))
    attempt(out, lambda: hexlify("ab"))
    attempt(out, lambda: hexlify(b"abc", ""))
    attempt(out, lambda: hexlify(b"abc", "ab"))
    try:
        unhexlify("abc")
    except binascii.Error as e:
        out.append("caught binascii.Error: " + str(e) + " " + repr(isinstance(e, ValueError)))
    return "\n".join(out)
