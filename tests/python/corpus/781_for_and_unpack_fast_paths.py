# for loops step over lists, tuples and deques inline and tuples of the
# right length unpack inline (front/fast.rs); a list grown or shrunk in
# its loop, other iterables, user iterators and wrong lengths answer as
# the runtime always did.
from collections import deque


class Count:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return (self.n, -self.n)


def gen():
    for x in [1, 2, 3]:
        yield x * 10


def on_client_request():
    out = []
    xs = [1, 2, 3]
    for x in xs:
        if x < 5:
            xs.append(x + 4)
        out.append(x)
    ys = [1, 2, 3, 4, 5, 6]
    for y in ys:
        ys.pop()
        out.append(y)
    for t in (7, 8):
        out.append(t)
    for c in "hé":
        out.append(c)
    for q in deque([4, 5]):
        out.append(q)
    for k, v in {"a": 1, "b": 2}.items():
        out.append(k + str(v))
    for a, b, d in [(0, 1, 2), (3, 4, 5)]:
        out.append(a + b + d)
    for a, b in [[1, 2], "xy", (3, 4)]:
        out.append((a, b))
    for a, b in Count(3):
        out.append(a - b)
    out.append([x + 1 for x in (1, 2, 3)])
    out.append([p * q for p, q in [(1, 2), (3, 4)]])
    out.append(list(gen()))
    for bad in ([(1, 2, 3)], [(1,)], [5], [None]):
        try:
            for a, b in bad:
                out.append(a)
        except (ValueError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    a, b = 1, 2
    a, b = b, a
    out.append((a, b))
    (m, n), o = (1, 2), 3
    out.append((m, n, o))
    first, *rest = (1, 2, 3)
    out.append((first, rest))
    try:
        first, *rest = 5
    except TypeError as ex:
        out.append(str(ex))
    e = []
    for z in e:
        out.append(z)
    else:
        out.append("empty")
    return repr(out) + "\n"
