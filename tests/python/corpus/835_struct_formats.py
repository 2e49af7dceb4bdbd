# struct's format strings: calcsize with native alignment and standard
# sizes, whitespace, repeat counts (also 0 and huge), the codes each
# order lacks, str and bytes formats; pack's and unpack's counts and
# buffers, x c ? s p, unpack_from with offsets, iter_unpack, and
# CPython 3.11's struct.error and TypeError messages.
import struct
from struct import calcsize, pack, unpack


def attempt(out, f):
    try:
        out.append(repr(f()))
    except (struct.error, TypeError, OverflowError, ValueError) as e:
        out.append(type(e).__name__ + ": " + str(e))


def on_client_request():
    out = []
    fmts = ["", "ci", "ic", "c0i", "@ci", "=ci", "<ci", "q?", "3s2p", "5x", "0s", "i i", " i", "i ", "\ti\n",
            "3 i", "3", "<3", "hHiq", "e", "Pb", "xP", "bq", "bd", "bf", "be", "hl", "10000000000000000000i",
            "9223372036854775807s", "4294967296q", "iz", "<P", "<n", ">N", "!l", "2c", b"<h", "!e", "<d3f",
            "@", "<", "3x2h", "0q", "c0q", "ii0q", "1000000000000000000q", "?c3sx2p"]
    for f in fmts:
        attempt(out, lambda: (f, calcsize(f)))
    attempt(out, lambda: calcsize(5))
    attempt(out, lambda: calcsize(None))
    attempt(out, lambda: pack("i", 1, 2))
    attempt(out, lambda: pack("2i", 1))
    attempt(out, lambda: pack("i"))
    attempt(out, lambda: pack())
    attempt(out, lambda: pack(5, 1))
    attempt(out, lambda: pack("x", 1))
    attempt(out, lambda: pack("bad", 1))
    attempt(out, lambda: unpack("i", b"abc"))
    attempt(out, lambda: unpack("i", b"abcde"))
    attempt(out, lambda: unpack("i", "abcd"))
    attempt(out, lambda: unpack("i", None))
    attempt(out, lambda: unpack(b"<2s", b"ab"))
    attempt(out, lambda: unpack("", b""))
    out.append(repr(pack("")))
    out.append(repr(pack("ci", b"*", 7)))
    out.append(repr(pack("<ci", b"*", 7)))
    out.append(repr(pack("@b2xq", 1, 2)))
    out.append(repr(pack("3c", b"a", b"b", b"c")))
    attempt(out, lambda: pack("c", b"ab"))
    attempt(out, lambda: pack("c", "a"))
    attempt(out, lambda: pack("c", 5))
    for v in [0, 1, 2, -1, [], [0], "", "x", None, 0.0]:
        attempt(out, lambda: pack("?", v))
    out.append(repr([unpack("?", bytes([i])) for i in (0, 1, 2, 255)]))
    for data in [b"", b"ab", b"abcdef", b"x" * 300]:
        out.append(repr([pack("s", data), pack("4s", data), pack("0s", data), pack("p", data), pack("4p", data), pack("0p", data)]))
        out.append(repr(pack("300p", data)[:4]))
    attempt(out, lambda: pack("s", "a"))
    attempt(out, lambda: pack("p", "a"))
    attempt(out, lambda: pack("3s", 5))
    out.append(repr(unpack("5s", b"abc\x00\x00")))
    out.append(repr(unpack("3p", b"\x05ab")))
    out.append(repr(unpack("3p", b"\x01ab")))
    out.append(repr(unpack("c2xc", b"a..b")))
    buf = b"abcdefgh"
    for off in [0, 2, 4, 5, 8, 9, -2, -4, -8, -9, 100]:
        attempt(out, lambda: struct.unpack_from("i", buf, off))
    attempt(out, lambda: struct.unpack_from("i", buffer=buf))
    attempt(out, lambda: struct.unpack_from("<h", buf, offset=6))
    attempt(out, lambda: struct.unpack_from("0s", buf, 8))
    attempt(out, lambda: struct.unpack_from("i", buf, "1"))
    attempt(out, lambda: struct.unpack_from("i", "abcd"))
    out.append(repr(list(struct.iter_unpack("<h", b"abcd"))))
    out.append(repr(list(struct.iter_unpack(">hc", b"abcdef"))))
    out.append(repr([x for (x,) in struct.iter_unpack("B", b"\x01\x02\x03")]))
    attempt(out, lambda: struct.iter_unpack("h", b"abc"))
    attempt(out, lambda: struct.iter_unpack("0h", b"abc"))
    attempt(out, lambda: struct.iter_unpack("", b""))
    attempt(out, lambda: struct.iter_unpack("h", "ab"))
    header = pack("!4sHHI", b"MFLY", 1, 2, 1 << 31)
    magic, major, minor, length = unpack("!4sHHI", header)
    out.append(repr((header, magic, major, minor, length)))
    try:
        unpack(">I", b"\x00")
    except struct.error as e:
        out.append("caught struct.error: " + str(e) + " " + repr(isinstance(e, Exception)) + " " + repr(e))
    try:
        pack("z")
    except Exception as e:
        out.append(type(e).__name__ + " " + str(e))
    return "\n".join(out)
