# Positional-only parameters (before `/`): defaults, mixing with normal
# and keyword-only ones, a keyword of the same name going to **kwargs,
# calls through values with CPython's TypeError.


def clamp(x, lo=0, hi=10, /):
    return max(lo, min(hi, x))


def describe(a, b, /, c, *, d=4):
    return (a, b, c, d)


def options(name, /, **kw):
    return (name, sorted(kw.items()))


class Vec:
    def __init__(self, x, y, /):
        self.x = x
        self.y = y

    def scaled(self, k, /):
        return Vec(self.x * k, self.y * k)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


def on_client_request():
    out = []
    out.append([clamp(5), clamp(-3), clamp(50), clamp(7, 8), clamp(7, 1, 5)])
    out.append(describe(1, 2, 3))
    out.append(describe(1, 2, c=9, d=0))
    out.append(options("x", name="shadow", z=1))
    out.append(repr(Vec(1, 2).scaled(3)))
    f = describe
    try:
        f(1, b=2, c=3)
    except TypeError as e:
        out.append(str(e))
    try:
        f(1, 2)
    except TypeError as e:
        out.append(str(e))
    g = clamp
    out.append(g(3, 4, 5))
    return {"out": out}
