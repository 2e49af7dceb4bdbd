# json.dumps scans strs eight bytes at a time for characters to escape
# and walks a dict's entries in place; float repr takes a short path for
# floats with few digits. Each checked against CPython: escapes at every
# position of a word, deleted dict entries, sort_keys, and floats of
# every magnitude (short, long, tiny, huge, and the layout boundaries).
import json


def floats():
    xs = [98.5, 0.1, 0.2, 0.1 + 0.2, 1.0, 2.5, 100.0, 1e15, 1e16, 1e17, 123456789.125,
          0.0001, 0.00001, 1e-7, 5e-324, 1.7976931348623157e308, 2.0 ** 50, 2.0 ** 53,
          2.0 ** 53 + 2.0, 9007199254740993.0, 1125899906842624.5, 0.3, 2.675, 1 / 3,
          2 / 3, 3.14159, 299792.458, 6.02214076e23, 1.5e-5, 12.0, 99.99, 0.5, 0.25, 7e22, 7e21]
    x = 1.0
    for i in range(40):
        xs.append(x)
        xs.append(x * 1.1)
        xs.append(x / 7.0)
        x = x * 3.7
    x = 1.0
    for i in range(30):
        xs.append(x)
        xs.append(x * 0.3)
        x = x / 9.3
    # Decimals with 1 to 15 digits and 0 to 18 places, and their
    # neighbours, from a fixed LCG: the short path and the exact one meet.
    state = 42
    for i in range(150):
        state = (state * 1103515245 + 12345) % 2147483648
        digits = 1 + state % 15
        places = state % 19
        n = (state * 1000003 + i) % (10 ** digits)
        v = n / 10 ** places
        xs.append(v)
        xs.append(v * (1.0 + 2.0 ** -52))
    return xs + [-v for v in xs]


def on_client_request():
    out = []
    for s in ["", "a", "abcdefgh", "abcdefghi", "12345678\"", "1234567\\8", "\t", "x" * 8 + "\n",
              "héllo wörld", "ünïcödé strings here", "emoji 😀 here", "0123456789abcdef\u0001",
              "ok" * 20, "quote\"in the middle of a long line", "é" * 9, "\x7f\x1f"]:
        out.append(json.dumps(s))
        out.append(json.dumps(s, ensure_ascii=False))
        out.append(json.dumps({s: s}))
    d = {"one": 1, "two": 2, "three": [1, 2.5], "four": {"x": None}}
    del d["two"]
    d["five"] = "5"
    out.append(json.dumps(d))
    out.append(json.dumps(d, sort_keys=True))
    out.append(json.dumps(d, indent=2))
    out.append(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
    try:
        json.dumps({(1, 2): 3})
    except TypeError as e:
        out.append("TypeError: " + str(e))
    xs = floats()
    out.append(json.dumps(xs))
    out.append(repr(xs))
    out.append(" ".join([str(v) for v in xs]))
    out.append(" ".join([f"{v}" for v in xs[:20]]))
    return "\n".join(out)
