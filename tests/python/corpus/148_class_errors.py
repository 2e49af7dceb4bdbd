# What CPython raises for misuse of classes: wrong argument counts,
# unknown keywords, missing attributes on instances and classes,
# calling an instance without __call__, __init__ returning a value.
class P:
    def __init__(self, a, b=2):
        self.a = a
        self.b = b

    def m(self, x):
        return x


class Callable:
    def __call__(self, x, y=1):
        return x * 10 + y


class BadInit:
    def __init__(self):
        return 5


class NoInit:
    pass


def attempt(f):
    try:
        return f()
    except (TypeError, AttributeError) as e:
        return type(e).__name__ + ": " + str(e)


def on_client_request():
    p = P(1)
    c = Callable()
    out = [
        attempt(lambda: P()),
        attempt(lambda: P(1, 2, 3)),
        attempt(lambda: P(1, c=3)),
        attempt(lambda: P(1, a=3)),
        attempt(lambda: p.m()),
        attempt(lambda: p.zz),
        attempt(lambda: P.zz),
        attempt(lambda: p(1)),
        attempt(lambda: c(4)),
        attempt(lambda: c(4, y=2)),
        attempt(lambda: BadInit()),
        attempt(lambda: NoInit(1)),
        attempt(lambda: P(b=5, a=4).b),
    ]
    return "\n".join(str(x) for x in out) + "\n"
