# The match statement: literal, capture, wildcard, OR, as, sequence (with a star),
# mapping (with **rest), class patterns (__match_args__ of a dataclass and of a
# class), guards, on every kind of subject.

from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


class Circle:
    __match_args__ = ("center", "r")

    def __init__(self, center, r):
        self.center = center
        self.r = r


def describe(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 1 as small:
            return f"small {small}"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return f"number {v}"
        case "quit" | "exit":
            return "bye"
        case str(s):
            return f"str {s!r}"
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [first, *rest, last]:
            return f"many {first} {rest} {last}"
        case {"type": "user", "name": str(name), **others}:
            return f"user {name} {others}"
        case {"type": t}:
            return f"typed {t}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"point {v}"
        case Circle(Point(x=cx, y=cy), r=radius):
            return f"circle at {cx},{cy} r={radius}"
        case (1, 2) | (2, 1):
            return "pair"
        case _:
            return "other"


def on_client_request():
    out = []
    for v in [None, True, False, 0, 1, 2, -5, 2.5, "quit", "exit", "hi", [], [7], (7,),
              [1, 2], (3, 4), [1, 2, 3, 4, 5], range(3), "ab",
              {"type": "user", "name": "ann", "age": 3}, {"type": "user", "name": 5},
              {"type": "x"}, {"kind": 1}, Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2),
              Circle(Point(1, 2), 9), Circle(3, 4), b"x", {1, 2}]:
        out.append(describe(v))
    x = None
    match [1, 2, 3]:
        case [a, b] | [a, b, _]:
            x = (a, b)
    out.append(x)
    match {"a": 1}:
        case {"a": 2}:
            out.append("no")
        case {"a": 1, **rest}:
            out.append(("rest", rest))
    return "\n".join(str(o) for o in out)
