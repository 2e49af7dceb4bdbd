# Container protocol: __len__, __getitem__, __setitem__, __delitem__,
# __contains__, __iter__ (returning a list iterator), __bool__ and
# truthiness through __len__.
class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = {}

    def __getitem__(self, pos):
        return self.cells.get(pos, ".")

    def __setitem__(self, pos, v):
        self.cells[pos] = v

    def __delitem__(self, pos):
        del self.cells[pos]

    def __contains__(self, pos):
        return pos in self.cells

    def __len__(self):
        return len(self.cells)

    def __iter__(self):
        return iter(sorted(self.cells))


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


def on_client_request():
    g = Grid(3, 2)
    out = [len(g), bool(g)]
    g[0, 1] = "x"
    g[2, 0] = "y"
    g[1, 1] = "z"
    del g[2, 0]
    out += [len(g), bool(g), g[0, 1], g[2, 0], (1, 1) in g, (2, 0) in g, list(g)]
    rows = []
    for y in range(g.h):
        rows.append("".join(g[x, y] for x in range(g.w)))
    out.append(rows)
    out.append(["yes" if Flag(True) else "no", "yes" if Flag(False) else "no", not Flag(False)])
    try:
        len(Flag(True))
    except TypeError as e:
        out.append(str(e))
    return "\n".join(str(x) for x in out) + "\n"
