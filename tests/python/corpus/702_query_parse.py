# Parsing query strings by hand: percent-decoding, repeated keys, type coercion.

HEX = "0123456789abcdefABCDEF"


def unquote(s):
    s = s.replace("+", " ")
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == "%" and i + 2 < len(s) + 0 and s[i + 1] in HEX and s[i + 2] in HEX:
            out.append(chr(int(s[i + 1:i + 3], 16)))
            i += 3
        else:
            out.append(c)
            i += 1
    return "".join(out)


def parse_qs(qs):
    result = {}
    for part in qs.split("&"):
        if not part:
            continue
        key, sep, value = part.partition("=")
        result.setdefault(unquote(key), []).append(unquote(value) if sep else None)
    return result


def coerce(v):
    if v is None:
        return True
    for conv in (int, float):
        try:
            return conv(v)
        except ValueError:
            pass
    low = v.lower()
    if low in ("true", "false"):
        return low == "true"
    return v


def on_client_request():
    samples = [
        "a=1&b=2&a=3",
        "name=J%C3%A9r%C3%B4me+Doe&flag&empty=",
        "x=1.5e3&y=-7&z=0x10&t=TRUE&pct=100%25&bad=%zz",
        "&&k=v&&",
        "tags=a,b,c&limit=10&offset=",
    ]
    out = []
    for qs in samples:
        parsed = parse_qs(qs)
        flat = {k: [coerce(x) for x in v] if len(v) > 1 else coerce(v[0]) for k, v in parsed.items()}
        out.append(f"{qs!r} -> {flat!r}")
    params = parse_qs(samples[4])
    tags = params.get("tags", [""])[0].split(",")
    limit = int(params["limit"][0])
    offset = int(params["offset"][0] or 0)
    out.append(f"tags={tags} limit={limit} offset={offset}")
    raw = "caf%C3%A9"
    b = bytes(int(raw[i + 1:i + 3], 16) for i in range(len(raw)) if raw[i] == "%")
    out.append(repr(b) + " " + repr((raw[:3] + b.decode("utf-8"))))
    return "\n".join(out)
