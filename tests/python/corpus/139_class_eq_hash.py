# __eq__ and __hash__: instances as dict keys and in lists, `in`, `==`
# and `!=`; defining __eq__ alone makes instances unhashable; identity
# hashing and equality by default.
class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)

    def __hash__(self):
        return hash((self.a, self.b))


class OnlyEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


class Plain:
    pass


def on_client_request():
    d = {Key(1, 2): "x", Key(3, 4): "y"}
    out = [d[Key(1, 2)], Key(3, 4) in d, Key(5, 6) in d, Key(1, 2) == Key(1, 2), Key(1, 2) != Key(1, 3)]
    out.append([OnlyEq(1) == OnlyEq(1), OnlyEq(1) in [OnlyEq(2), OnlyEq(1)], OnlyEq(1) != OnlyEq(2)])
    try:
        hash(OnlyEq(1))
    except TypeError as e:
        out.append(str(e))
    try:
        {OnlyEq(1): 1}
    except TypeError as e:
        out.append(str(e))
    p = Plain()
    q = Plain()
    out.append([p == p, p == q, p != q, {p: 1}[p], p in [q], p in [q, p]])
    return "\n".join(str(x) for x in out) + "\n"
