# Ints of any size to and from text: int() in every base, underscores,
# signs and spaces, CPython 3.11's 4300-digit limit, hex/bin/oct, json.
import json


def on_client_request():
    out = []
    out.append(int("123456789012345678901234567890"))
    out.append(int("-123456789012345678901234567890"))
    out.append(int("  +9223372036854775808  "))
    out.append(int("-9223372036854775809"))
    out.append(int("1_000_000_000_000_000_000_000"))
    out.append(int("ffffffffffffffffffffffff", 16))
    out.append(int("0x1ffffffffffffffffffff", 0))
    out.append(int("zzzzzzzzzzzzzzzzzzzz", 36))
    out.append(int("1" * 80, 2))
    for bad in ["12345678901234567890123x", "1__0000000000000000000000", "99999999999999999999_"]:
        try:
            int(bad)
        except ValueError as e:
            out.append(str(e))
    try:
        int("1" * 4301)
    except ValueError as e:
        out.append(str(e))
    out.append(len(str(int("7" * 4300))))
    try:
        str(10 ** 4300)
    except ValueError as e:
        out.append(str(e))
    out.append(len(str(10 ** 4299)))
    try:
        str(2 ** 20000)
    except ValueError as e:
        out.append(str(e))
    out.append(str(10 ** 20 - 1))
    out.append(str(10 ** 27))
    out.append(str(-(10 ** 18) * 10 ** 18))
    out.append(json.dumps({"n": 2 ** 100, "m": [-(3 ** 50)]}))
    out.append(json.loads(json.dumps(2 ** 70)) == 2 ** 70)
    out.append(repr([2 ** 65, (3 ** 41,)]))
    return {"out": out}
