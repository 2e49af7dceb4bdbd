# int.to_bytes and int.from_bytes with both byte orders, signed and
# unsigned, ints of any size, and CPython's errors.


def on_client_request():
    out = []
    out.append(list((1024).to_bytes(2, "big")))
    out.append(list((1024).to_bytes(4, byteorder="little")))
    out.append(repr((255).to_bytes()))
    out.append(repr((-1).to_bytes(3, "big", signed=True)))
    out.append(repr((-129).to_bytes(2, "little", signed=True)))
    out.append(repr((2 ** 100 + 7).to_bytes(16, "big")))
    out.append(repr((-(2 ** 70)).to_bytes(10, "big", signed=True)))
    out.append(int.from_bytes(b"\x00\x10", "big"))
    out.append(int.from_bytes(b"\x00\x10", "little"))
    out.append(int.from_bytes(b"\xff\xff", "big", signed=True))
    out.append(int.from_bytes(b"\x80" + b"\x00" * 15, "big", signed=True))
    out.append(int.from_bytes(b"\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c", "little"))
    out.append(int.from_bytes([255, 1], "big"))
    out.append(int.from_bytes(b""))
    x = 123456789012345678901234567890
    out.append(int.from_bytes(x.to_bytes(13, "little"), "little") == x)
    for bad in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(2, "big"),
                lambda: (128).to_bytes(1, "big", signed=True), lambda: (1).to_bytes(2, "middle"),
                lambda: int.from_bytes([256], "big"), lambda: (1).to_bytes(-1, "big")]:
        try:
            bad()
        except (OverflowError, ValueError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return {"out": out}
