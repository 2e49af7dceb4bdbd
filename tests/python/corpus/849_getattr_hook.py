# __getattr__: called only when normal lookup fails (instance attribute,
# class attribute, method, property all win), for reads, method calls,
# getattr() with and without a default, hasattr(), class patterns of
# match; its own AttributeError is the one raised; a proxy delegating to
# a wrapped object; inheritance of the hook.
class Record:
    kind = "record"

    def __init__(self, **fields):
        self.fields = fields
        self.seen = []

    @property
    def size(self):
        return len(self.fields)

    def method(self):
        return "method"

    def __getattr__(self, name):
        self.seen.append(name)
        if name in self.fields:
            return self.fields[name]
        raise AttributeError(f"no field {name!r}")


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        return getattr(self._target, name)


class Child(Record):
    pass


class Stack:
    def __init__(self, *xs):
        self.items = list(xs)

    def push(self, x):
        self.items.append(x)

    def top(self):
        return self.items[-1]


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x):
        self.x = x

    def __getattr__(self, name):
        if name == "y":
            return self.x * 2
        raise AttributeError(name)


def attempt(f):
    try:
        return repr(f())
    except AttributeError as e:
        return "AttributeError: " + str(e)


def on_client_request():
    r = Record(a=1, b="two")
    out = [
        attempt(lambda: (r.a, r.b, r.kind, r.size, r.method())),
        attempt(lambda: r.missing),
        attempt(lambda: getattr(r, "b")),
        attempt(lambda: getattr(r, "nope", "dflt")),
        attempt(lambda: (hasattr(r, "a"), hasattr(r, "zz"), hasattr(r, "kind"))),
        attempt(lambda: r.seen),
    ]
    p = Proxy(Stack(3, 1))
    p.push(2)
    out.append(attempt(lambda: (p.top(), p.items, p._target.items)))
    out.append(attempt(lambda: p.nothing))
    c = Child(z=26)
    out.append(attempt(lambda: (c.z, c.kind)))
    for v in [Point(3), Point(5)]:
        match v:
            case Point(x, 6):
                out.append("six from " + str(x))
            case Point(x=x, y=y):
                out.append(f"point {x} {y}")
    match Record(q=1):
        case Record(q=1, w=2):
            out.append("no")
        case Record(q=q):
            out.append("q " + str(q))
    return "\n".join(out)
