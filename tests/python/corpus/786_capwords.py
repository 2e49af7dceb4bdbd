# string.capwords: split (on whitespace runs, or on sep), capitalize each
# word, join with a space (or sep); CPython's errors for a bad sep.
import string
from string import capwords


def on_client_request():
    out = [
        string.capwords("hello   wORLD  of\tpython "),
        capwords(" a-b c-d ", "-"),
        capwords("x,,y", ","),
        capwords(""),
        capwords("ñandú éclair"),
        string.capwords("one two", sep=None),
    ]
    for sep in ("", 5, 0, b"-", None):
        try:
            capwords("a b", sep)
        except (ValueError, TypeError, AttributeError) as e:
            out.append(f"{type(e).__name__}: {e}")
    return repr(out + split_seps())


def split_seps():
    out = []
    for sep in (0, b"-", 5, []):
        for f in ("a b".split, "a b".rsplit):
            try:
                out.append(f(sep))
            except TypeError as e:
                out.append(str(e))
    return out
