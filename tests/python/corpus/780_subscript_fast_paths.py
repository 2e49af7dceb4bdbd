# Subscripts of lists and tuples read and written inline at in-range
# small int indices (front/fast.rs); every other case (negative and
# out-of-range indices, bools, other types, user sequences) answers as
# the runtime always did.
from collections import deque


class L:
    def __init__(self, items):
        self.items = items

    def __getitem__(self, i):
        return "L" + str(self.items[i])


def on_client_request():
    out = []
    xs = [10, 20, 30]
    t = (1.5, "b", None)
    for i in (0, 2, -1, -3, True, False):
        out.append(xs[i])
        out.append(t[i])
    for bad in (3, -4, 10**20, 1.0, "0", None):
        for seq in (xs, t, "abc"):
            try:
                out.append(seq[bad])
            except (IndexError, TypeError) as e:
                out.append(type(e).__name__ + ": " + str(e))
    xs[1] = "x"
    xs[-1] = "z"
    xs[True] = "t"
    out.append(xs)
    try:
        xs[3] = 1
    except IndexError as e:
        out.append(str(e))
    for big in (10**20, -10**20):
        try:
            xs[big] = 1
        except IndexError as e:
            out.append(str(e))
        try:
            del xs[big]
        except IndexError as e:
            out.append(str(e))
    try:
        t[0] = 1
    except TypeError as e:
        out.append(str(e))
    d = {0: "zero", 1: "one"}
    out.append(d[0])
    d[2] = "two"
    out.append(d)
    s = "héllo"
    out.append(s[1] + s[0])
    q = deque([1, 2, 3])
    out.append(q[1])
    q[1] = 9
    out.append(list(q))
    u = L([4, 5])
    out.append(u[0])
    e = []
    try:
        out.append(e[0])
    except IndexError as ex:
        out.append(str(ex))
    grid = [[0] * 3 for _ in range(3)]
    for i in range(3):
        grid[i][i] = i + 1
        grid[i][2 - i] += 10
    out.append(grid)
    return repr(out) + "\n"
