# urlencode: a dict or a list of pairs; values str, bytes, ints, floats,
# None, lists and tuples (as their str unless doseq, then one pair each;
# doseq leaves str and bytes whole and takes the str of what has no
# len); safe=, encoding=, errors=; quote_via= quote and quote_plus
# (either spelling); and CPython's TypeError for what is neither a
# mapping nor a sequence of pairs.
import urllib.parse
from urllib.parse import urlencode, quote, quote_plus


def attempt(out, f):
    try:
        out.append(repr(f()))
    except (TypeError, ValueError, UnicodeError) as e:
        out.append(type(e).__name__ + ": " + str(e))


def on_client_request():
    out = []
    d = {"q": "a b&c=d", "n": 3, "f": 1.5, "none": None, "t": True,
         "list": [1, "x y", b"\xff"], "tup": ("a", "b"), b"raw key": b"r v",
         "empty": [], "é/€": "ü/~", "s": "", 7: "seven", "set": {4}}
    out.append(urlencode(d))
    out.append(urlencode(d, doseq=True))
    out.append(urlencode(d, True, "/"))
    out.append(urlencode(d, quote_via=quote))
    out.append(urlencode(d, doseq=1, quote_via=urllib.parse.quote))
    out.append(urlencode(d, safe="/ ", quote_via=quote_plus))
    out.append(urllib.parse.urlencode(d, encoding="latin-1", errors="replace"))
    out.append(urlencode([("a", 1), ("a", 2), ("b", [1, 2])]))
    out.append(urlencode([("a", 1), ("a", 2), ("b", [1, 2])], doseq=True))
    out.append(urlencode((("x", "1"),)))
    out.append(urlencode([("k", range(3))], doseq=True))
    out.append(urlencode([("k", "abc")], doseq=True))
    out.append(urlencode([["k", "v"], ("a", "b")][1:]))
    out.append(repr(urlencode([])))
    out.append(repr(urlencode({})))
    out.append(repr(urlencode("")))
    out.append(repr(urlencode(())))
    attempt(out, lambda: urlencode("abc"))
    attempt(out, lambda: urlencode([["k", "v"]]))
    attempt(out, lambda: urlencode([1, 2]))
    attempt(out, lambda: urlencode(5))
    attempt(out, lambda: urlencode(None))
    attempt(out, lambda: urlencode([("a", "b", "c")]))
    attempt(out, lambda: urlencode([("a",)]))
    attempt(out, lambda: urlencode({"é": 1}, encoding="ascii"))
    return "\n".join(out) + "\n"
