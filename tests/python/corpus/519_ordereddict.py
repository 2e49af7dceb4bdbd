# collections.OrderedDict (move_to_end, popitem from either end, ordered
# ==, its repr) and the dict methods popitem and fromkeys, as an LRU cache
# would use them.

from collections import OrderedDict
import collections


class LRU:
    def __init__(self, size):
        self.size = size
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.size:
            self.data.popitem(last=False)


def attempt(f):
    try:
        return repr(f())
    except (KeyError, TypeError) as e:
        return f"{type(e).__name__}: {e}"


def on_client_request():
    out = []
    od = OrderedDict()
    od["b"] = 2
    od["a"] = 1
    od["c"] = 3
    out += [od, list(od), repr(OrderedDict()), OrderedDict([("x", 1), ("y", 2)])]
    od.move_to_end("b")
    out.append(list(od.items()))
    od.move_to_end("c", last=False)
    out.append(list(od.keys()))
    out += [od.popitem(), od.popitem(last=False), od, len(od)]
    a = collections.OrderedDict({"x": 1, "y": 2})
    b = OrderedDict([("y", 2), ("x", 1)])
    out += [a == b, a == dict(b), dict(a) == b, a == {"y": 2, "x": 1}, isinstance(a, dict)]
    out += [a.get("x"), a.get("z", 0), "y" in a, a.copy(), sorted(a.values())]
    out += [attempt(lambda: a["missing"]), attempt(lambda: a.move_to_end("missing")),
            attempt(lambda: OrderedDict().popitem()), attempt(lambda: {}.popitem()),
            attempt(lambda: {1: 2}.popitem(True))]
    cache = LRU(2)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.get("a")
    cache.put("c", 3)
    out += [list(cache.data.items()), cache.get("b"), cache.get("a")]
    d = {"k1": 1, "k2": 2, "k3": 3}
    out += [d.popitem(), d, dict.fromkeys("abc"), dict.fromkeys(range(3), 0),
            dict.fromkeys(["x", "x", "y"], [])]
    stack = dict.fromkeys(["p", "q"], 1)
    while stack:
        out.append(stack.popitem())
    return "\n".join(map(str, out))
