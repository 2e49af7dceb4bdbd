# collections.namedtuple: construction by position and keyword, defaults,
# repr and str, tuple equality and hash, unpacking, indexing, _asdict,
# _replace, _make, _fields, _field_defaults, isinstance, type names,
# tuple(), sorting and reprs inside containers.
from collections import namedtuple
import collections

Point = namedtuple("Point", "x y")
P3 = collections.namedtuple("P3", ["x", "y", "z"], defaults=[0])
R = namedtuple("R", ["a", "def", "a", "_b", "c"], rename=True)


def on_client_request():
    out = []
    p = Point(1, 2)
    out.append(repr(p))
    out.append(str(p))
    out.append(p.x + p.y)
    out.append(p[0])
    out.append(p == (1, 2))
    out.append(hash(p) == hash((1, 2)))
    a, b = p
    out.append(a * 10 + b)
    out.append(len(p))
    out.append(list(p))
    out.append(p._asdict())
    out.append(p._replace(y=5))
    out.append(Point._make([3, 4]))
    out.append(Point._fields)
    out.append(P3(1, 2))
    out.append(P3._field_defaults)
    out.append(Point(y=7, x=8))
    out.append(isinstance(p, tuple))
    out.append(isinstance(p, Point))
    out.append(type(p).__name__)
    out.append(tuple(p))
    out.append(sorted([Point(2, 1), Point(1, 5)]))
    out.append([p, p])
    out.append(R._fields)
    out.append(R(1, 2, 3, 4, 5))
    return "\n".join(str(x) for x in out)
