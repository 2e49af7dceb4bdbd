# struct.pack/unpack of every integer code in every byte order: values
# at and just past each code's range, beyond 64 bits, bools, and
# CPython 3.11's struct.error messages, which differ by code and order.
import struct


def attempt(out, f):
    try:
        out.append(repr(f()))
    except (struct.error, TypeError, OverflowError) as e:
        out.append(type(e).__name__ + ": " + str(e))


def on_client_request():
    out = []
    for order in ["", "@", "=", "<", ">", "!"]:
        for code in "bBhHiIlLqQnN":
            fmt = order + code
            try:
                size = struct.calcsize(fmt)
            except struct.error as e:
                out.append(fmt + " " + str(e))
                continue
            if code.islower():
                lo, hi = -(2 ** (8 * size - 1)), 2 ** (8 * size - 1) - 1
            else:
                lo, hi = 0, 2 ** (8 * size) - 1
            values = [lo, hi, 0, 1, lo - 1, hi + 1, -1, 2**63, 2**64, -(2**63) - 1, -(2**64) - 1, 2**100, True, False]
            for v in values:
                attempt(out, lambda: (fmt, v, struct.pack(fmt, v)))
            for v in [lo, hi, 0, 1, 0x1234]:
                if lo <= v <= hi:
                    b = struct.pack(fmt, v)
                    out.append(repr((b, struct.unpack(fmt, b))))
            attempt(out, lambda: struct.pack(fmt, 1.5))
            attempt(out, lambda: struct.pack(fmt, "1"))
            attempt(out, lambda: struct.pack(fmt, None))
    out.append(repr(struct.unpack("<bBhHiIqQ", bytes(range(200, 230)))))
    out.append(repr(struct.unpack(">bBhHiIqQ", bytes(range(200, 230)))))
    out.append(repr(struct.unpack("@bBhHiIqQ", bytes(range(200, 232)))))
    out.append(repr(struct.pack("!HHI", 0x1234, 80, 3232235777)))
    return "\n".join(out)
