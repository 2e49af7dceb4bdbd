# @dataclass: generated __init__ (positional and keyword, defaults and
# default_factory), __repr__, __eq__, field(repr=False, compare=False),
# __post_init__, inheritance of fields, ClassVar, class attributes.
from dataclasses import dataclass, field
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0

    def dist2(self):
        return self.x * self.x + self.y * self.y


@dataclass
class Inventory:
    owner: str
    items: List[str] = field(default_factory=list)
    secret: str = field(default="hidden", repr=False, compare=False)
    count: ClassVar[int] = 0

    def __post_init__(self):
        Inventory.count += 1
        self.owner = self.owner.title()


@dataclass
class Point3(Point):
    z: int = 5


def on_client_request():
    p = Point(1, 2)
    q = Point(y=4, x=3)
    out = [p, q, Point(7), p == Point(1, 2), p == q, p != q, p.dist2(), Point.y]
    a = Inventory("ann")
    b = Inventory("bob", ["x"])
    a.items.append("key")
    out += [a, b, a.items is not b.items, Inventory.count, a == Inventory("ann", ["key"], secret="other")]
    r = Point3(1, z=9)
    out += [r, r == Point3(1, 0, 9), isinstance(r, Point), p == Point3(1, 2)]
    for bad in ["missing", "extra", "kw"]:
        try:
            if bad == "missing":
                Point()
            elif bad == "extra":
                Point(1, 2, 3)
            else:
                Point(1, w=2)
        except TypeError as e:
            out.append(str(e))
    try:
        {p: 1}
    except TypeError as e:
        out.append(str(e))
    return "\n".join(str(x) for x in out) + "\n"
