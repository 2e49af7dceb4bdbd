# Bytes handling: a hand-written base64, hexdump, checksums, utf-8 inspection.

ALPHA = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + bytes(3 - len(chunk)), "big")
        chars = [ALPHA[(n >> s) & 63] for s in (18, 12, 6, 0)]
        keep = len(chunk) + 1
        out.append(bytes(chars[:keep]) + b"=" * (4 - keep))
    return b"".join(out)


def b64decode(text):
    text = text.rstrip(b"=")
    bits = 0
    nbits = 0
    out = []
    for c in text:
        bits = (bits << 6) | ALPHA.index(bytes([c]))
        nbits += 6
        if nbits >= 8:
            nbits -= 8
            out.append((bits >> nbits) & 0xFF)
    return bytes(out)


def hexdump(data, width=8):
    lines = []
    for off in range(0, len(data), width):
        row = data[off:off + width]
        hexpart = " ".join(f"{b:02x}" for b in row)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in row)
        lines.append(f"{off:04x}  {hexpart:<{width * 3 - 1}}  |{text}|")
    return lines


def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def on_client_request():
    msg = "Grüße, 世界! ok"
    raw = msg.encode("utf-8")
    out = [repr(raw), f"{len(msg)} chars, {len(raw)} bytes"]
    enc = b64encode(raw)
    out.append(enc.decode("ascii") + " " + str(b64decode(enc) == raw))
    out.append(str([b64encode(s) for s in (b"", b"f", b"fo", b"foo", b"foob")]))
    out.extend(hexdump(raw))
    out.append(f"adler32={adler32(raw):#010x} {adler32(b'Wikipedia'):08X}")
    out.append(raw.hex(":", 4) + " " + bytes.fromhex("de ad be ef").hex())
    out.append(repr(msg.encode("ascii", "xmlcharrefreplace")) + " " + repr(msg.encode("latin-1", "replace")))
    try:
        raw[:3].decode("utf-8")
    except UnicodeDecodeError as e:
        out.append(str(e))
    out.append(repr(raw[2:8].decode("utf-8", "replace")))
    out.append(str((255).to_bytes(2, "little")) + " " + str(int.from_bytes(b"\xff\xfe", "big", signed=True)))
    out.append(repr(b"a,b,,c".split(b",")) + " " + repr(b"  pad ".strip()) + " " + str(b"abc" < b"abd"))
    return "\n".join(out)
