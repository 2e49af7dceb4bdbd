# copy.copy: a new container of the same items for lists, dicts (and the
# collections dicts, which keep their kind and default factory), sets and
# deques; immutable values are their own copies; an instance of a user
# class is a new instance holding the same attribute values, or what its
# __copy__ returns.
import copy
from collections import Counter, OrderedDict, defaultdict, deque


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = ["a"]

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"


class Custom:
    def __init__(self, n):
        self.n = n

    def __copy__(self):
        return Custom(self.n + 100)


def on_client_request():
    out = []
    xs = [1, [2, 3], "s"]
    ys = copy.copy(xs)
    out.append((ys == xs, ys is xs, ys[1] is xs[1]))
    d = {"a": [1], "b": 2}
    e = copy.copy(d)
    e["c"] = 3
    out.append((sorted(d), sorted(e), e["a"] is d["a"]))
    dd = defaultdict(list)
    dd["k"].append(1)
    dd2 = copy.copy(dd)
    dd2["new"].append(2)
    out.append((dict(dd2), "new" in dd))
    c = copy.copy(Counter("hello"))
    out.append((c.most_common(2), c["zz"]))
    od = copy.copy(OrderedDict([("z", 1), ("a", 2)]))
    od.move_to_end("z")
    out.append(list(od.items()))
    s = {1, 2, 3}
    s2 = copy.copy(s)
    s2.add(4)
    out.append((sorted(s), sorted(s2)))
    q = deque([1, 2, 3], maxlen=3)
    q2 = copy.copy(q)
    q2.append(4)
    q2.append(5)
    out.append((list(q), list(q2)))
    t = (1, [2])
    fs = frozenset([1, 2])
    out.append((copy.copy(t) is t, copy.copy(fs) is fs, copy.copy("abc"), copy.copy(5), copy.copy(None)))
    out.append((copy.copy(len) is len, copy.copy(Point) is Point, copy.copy(range(3))))
    p = Point(1, 2)
    p2 = copy.copy(p)
    p2.x = 10
    p2.tags.append("b")
    out.append((repr(p), repr(p2), p2.tags is p.tags, type(p2).__name__))
    cu = copy.copy(Custom(1))
    out.append(cu.n)
    m = p.__repr__
    out.append(copy.copy(m)())
    return repr(out)
