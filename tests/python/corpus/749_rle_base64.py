# call: /?text=WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW
# call: /?text=aaé€€€€zz
# Run-length encoding to bytes, then base64/urlsafe/b16 transport encodings.
import base64
from mayfly import request


def rle_encode(data: bytes) -> bytes:
    out = []
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += [j - i, data[i]]
        i = j
    return bytes(out)


def rle_decode(blob: bytes) -> bytes:
    if len(blob) % 2:
        raise ValueError("odd length RLE blob")
    parts = []
    for k in range(0, len(blob), 2):
        parts.append(bytes([blob[k + 1]]) * blob[k])
    return b"".join(parts)


def text_rle(s):
    groups, prev, n = [], None, 0
    for ch in s + "\0":
        if ch == prev:
            n += 1
            continue
        if prev is not None:
            groups.append(f"{n}{prev}" if n > 1 else prev)
        prev, n = ch, 1
    return "".join(groups)


def on_client_request():
    text = request.args.get("text", "aaab")
    raw = text.encode("utf-8")
    packed = rle_encode(raw)
    b64 = base64.b64encode(packed)
    url = base64.urlsafe_b64encode(packed)
    lines = [
        f"text rle: {text_rle(text)}",
        f"raw {len(raw)} bytes -> packed {len(packed)} bytes ({len(packed) / len(raw):.1%})",
        f"packed: {packed[:16]!r}{'...' if len(packed) > 16 else ''}",
        f"b64:  {b64.decode('ascii')}",
        f"url:  {url.decode()}",
        f"b16:  {base64.b16encode(packed[:8]).decode()}",
        f"hex:  {packed[:8].hex(' ')}",
    ]
    back = rle_decode(base64.b64decode(b64))
    lines.append(f"roundtrip ok: {back == raw} -> {back.decode('utf-8')!r}")
    lenient = base64.b64decode("aGVs bG8=\n!!")
    lines.append(f"lenient: {lenient!r}")
    for bad in ("abc", "a===", b"\xffab="):
        try:
            lines.append(repr(base64.b64decode(bad, validate=True)))
        except ValueError as e:
            lines.append(f"{type(e).__name__}: {e}")
    try:
        rle_decode(b"\x03")
    except ValueError as e:
        lines.append(str(e))
    return "\n".join(lines)
