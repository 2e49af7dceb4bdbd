# struct's e, f and d codes: round half to even into half and single
# precision (normal, subnormal, the boundaries of overflow), inf, nan
# and -0.0, native f's inf where the standard sizes raise
# OverflowError, ints and bools as floats, and unpacking every class of
# bit pattern.
import struct


def attempt(out, f):
    try:
        out.append(repr(f()))
    except (struct.error, TypeError, OverflowError) as e:
        out.append(type(e).__name__ + ": " + str(e))


def on_client_request():
    out = []
    values = [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 65504.0, 65519.99, 65520.0, 1e5, 6e-8, 5.960464477539063e-08,
              2.0**-25, 2.0**-25 + 2.0**-40, 3 * 2.0**-25, 2.0**-24 * 1.5, 6.1e-5, 1.0009765625 + 2.0**-11,
              1 + 2.0**-24, 1 + 3 * 2.0**-24, 3.4028235e38, 3.4028235677973366e38, 3.5e38, 1e39, 1e-46, 1.4e-45,
              7e-46, 1.1754943508222875e-38, 1e300, 5e-324, float("inf"), float("-inf"), float("nan"), 3, -7, True, 2**70]
    for v in values:
        for fmt in ["<e", ">e", "<f", ">f", "@f", "=f", "<d", "!d", "e", "d"]:
            attempt(out, lambda: (fmt, v, struct.pack(fmt, v)))
        for fmt in ["<e", "<f"]:
            try:
                out.append(repr(struct.unpack(fmt, struct.pack(fmt, v))))
            except (OverflowError, struct.error):
                out.append("overflow")
    attempt(out, lambda: struct.pack("d", 2**1100))
    attempt(out, lambda: struct.pack("f", 10**400))
    attempt(out, lambda: struct.pack("f", "x"))
    attempt(out, lambda: struct.pack("e", None))
    attempt(out, lambda: struct.pack("d", [1.0]))
    for bits in [0x0000, 0x0001, 0x03FF, 0x0400, 0x3C00, 0x3C01, 0x7BFF, 0x7C00, 0x7C01, 0x7E00, 0x8000, 0x8001, 0xFC00, 0xC000]:
        out.append(repr(struct.unpack("<e", struct.pack("<H", bits))))
    for bits in [0, 1, 0x7FFFFF, 0x800000, 0x3F800000, 0x3F800001, 0x7F7FFFFF, 0x7F800000, 0x7FC00000, 0x80000000, 0xFF800000, 0x00400000]:
        out.append(repr(struct.unpack("<f", struct.pack("<I", bits))))
    for bits in [0, 1, 0x7FEFFFFFFFFFFFFF, 0x7FF0000000000000, 0x3FF0000000000001, 0x8000000000000000]:
        out.append(repr(struct.unpack("<d", struct.pack("<Q", bits))))
    out.append(repr(struct.unpack(">3e2f2d", struct.pack(">3e2f2d", 1.5, -2.0, 0.25, 1e10, -1e-10, 1e200, -3.14))))
    return "\n".join(out)
