# A command interpreter using match: tuples, mappings, class patterns, guards.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Move:
    dx: int
    dy: int


def run(commands):
    pos = Point(0, 0)
    stack = []
    log = []
    for cmd in commands:
        match cmd.split():
            case ["go", ("north" | "south") as d, n] if n.isdigit():
                pos.y += int(n) if d == "north" else -int(n)
            case ["go", ("east" | "west") as d, n] if n.isdigit():
                pos.x += int(n) * (1 if d == "east" else -1)
            case ["push"]:
                stack.append(Point(pos.x, pos.y))
            case ["pop"] if stack:
                pos = stack.pop()
            case ["pop"]:
                log.append("empty stack")
            case ["say", *words]:
                log.append(" ".join(words).upper())
            case []:
                log.append("blank")
            case [verb, *_]:
                log.append(f"unknown verb {verb!r}")
    return pos, log


def describe(obj):
    match obj:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0) | Point(y=0):
            return "on an axis"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Move(dx, dy):
            return f"move by {dx},{dy}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} extra={sorted(rest)}"
        case {"type": t}:
            return f"shape {t}"
        case (a, b, *more):
            return f"seq of {2 + len(more)} starting {a},{b}"
        case str() as s if len(s) > 3:
            return "long string"
        case None:
            return "nothing"
        case _:
            return f"other {obj!r}"


def on_client_request():
    pos, log = run(["go north 5", "push", "go east 3", "go west x1", "say hi there",
                    "pop", "pop", "", "jump 3", "go south ten", "go south 2"])
    out = [repr(pos), repr(log)]
    for o in [Point(0, 0), Point(0, 4), Point(3, 3), Point(1, 2), Move(1, -1),
              {"type": "circle", "r": 2, "fill": "red", "id": 9}, {"type": "sq"},
              [1, 2, 3], (1, 2), "abcd", "ab", None, 4.5]:
        out.append(describe(o))
    return "\n".join(out)
