# CPython names missing arguments as a list: two joined by "and",
# three or more with a comma before it, at calls through values and
# for a dataclass's generated __init__.
def f(a, b, c):
    return a


from dataclasses import dataclass


@dataclass
class P:
    x: int
    y: int
    z: int


def on_client_request():
    g = f
    out = []
    for t in [lambda: g(), lambda: g(1), lambda: P(), lambda: P(1)]:
        try:
            t()
        except TypeError as e:
            out.append(str(e))
    return "\n".join(out) + "\n"
