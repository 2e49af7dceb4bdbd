# copy and deepcopy through `from copy import ...`: nested lists and
# dicts, dataclasses (frozen ones too: the copy bypasses the frozen
# check, as CPython's), instances with a deleted attribute and __slots__,
# and the atomic values. (785 is a program without classes.)
from copy import copy, deepcopy
from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    tags: list = field(default_factory=list)


@dataclass(frozen=True)
class Frozen:
    xs: tuple
    ys: list


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]
        self.b = 2


def on_client_request():
    out = []
    grid = [[0] * 4 for _ in range(4)]
    g2 = deepcopy(grid)
    g2[0][0] = 9
    out.append((grid[0], g2[0], copy(grid)[1] is grid[1]))
    d = {"k": {"n": [1, 2]}, (1, 2): "t"}
    d2 = deepcopy(d)
    d2["k"]["n"].append(3)
    out.append((d, d2))
    it = Item("a", ["x"])
    it2 = deepcopy(it)
    it2.tags.append("y")
    out.append((it, it2, it == deepcopy(it), copy(it).tags is it.tags))
    fr = Frozen((1, [2]), [3])
    fr2 = deepcopy(fr)
    out.append((fr == fr2, fr.ys is fr2.ys, fr.xs is fr2.xs, copy(fr) == fr))
    s = Slotted()
    s2 = deepcopy(s)
    s2.a.append(5)
    out.append((s.a, s2.a, s2.b))
    o = Item("gone")
    del o.tags
    o2 = copy(o)
    out.append((o2.name, hasattr(o2, "tags")))
    o2.tags = [1]
    out.append((hasattr(o, "tags"), o2.tags))
    big = 10**30
    out.append((deepcopy(big) == big, deepcopy(1.5), deepcopy(b"by"), deepcopy([None, True])))
    return repr(out)
