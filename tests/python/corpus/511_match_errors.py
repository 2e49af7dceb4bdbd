# The match statement's run-time errors (a bad __match_args__, too many positional
# sub-patterns, a pattern that is not a class), captures bound before a failed
# guard, Counter/defaultdict subjects, match at module level and in generators.

from collections import Counter, defaultdict

command = "go north"
match command.split():
    case ["go", direction]:
        MOVE = direction
    case _:
        MOVE = None


class Weird:
    __match_args__ = ["a"]


class Dup:
    __match_args__ = ("a", "a")

    def __init__(self):
        self.a = 1


class Num:
    __match_args__ = (1,)


class A:
    __match_args__ = ("x",)

    def __init__(self, x):
        self.x = x

    @property
    def double(self):
        return self.x * 2


class B(A):
    pass


def attempt(f):
    try:
        return f()
    except TypeError as e:
        return f"TypeError: {e}"


def cls_errors(v, which):
    match which:
        case 1:
            match v:
                case Weird(1):
                    return "w"
        case 2:
            match v:
                case Dup(1, 2):
                    return "d"
        case 3:
            match v:
                case Num(1):
                    return "n"
        case 4:
            match v:
                case A(1, 2):
                    return "a"
        case 5:
            match v:
                case A(1, x=1):
                    return "a"
        case 6:
            match v:
                case int(1, 2):
                    return "i"
        case 7:
            f = len
            match v:
                case f():
                    return "f"
        case 8:
            match v:
                case Weird():
                    return "weird ok"
    return "no match"


def gen(items):
    for it in items:
        match it:
            case (k, v):
                yield f"{k}={v}"
            case _:
                yield "?"


def on_client_request():
    out = [MOVE]
    out.append(attempt(lambda: cls_errors(Weird(), 1)))
    out.append(attempt(lambda: cls_errors(Dup(), 2)))
    out.append(attempt(lambda: cls_errors(Num(), 3)))
    out.append(attempt(lambda: cls_errors(A(1), 4)))
    out.append(attempt(lambda: cls_errors(A(1), 5)))
    out.append(attempt(lambda: cls_errors(3, 6)))
    out.append(attempt(lambda: cls_errors(3, 7)))
    out.append(attempt(lambda: cls_errors(Weird(), 8)))
    out.append(attempt(lambda: cls_errors(A(1), 1)))
    for v in [B(5), A(7), B(0)]:
        match v:
            case B(0):
                out.append("B zero")
            case B(double=10):
                out.append("B doubled ten")
            case A(x):
                out.append(f"A {x}")
    c = Counter("abca")
    match c:
        case {"a": 2, "b": n}:
            out.append(("counter", n))
    d = defaultdict(list)
    match d:
        case {"missing": _}:
            out.append("found")
        case {}:
            out.append(("empty mapping ok", dict(d)))
    out.append(list(gen([(1, 2), 3, ("a", "b")])))
    match 42:
        case x if x > 100:
            pass
        case y:
            out.append(("x bound after failed guard", x, y))
    match (1, [2, (3, 4)]):
        case (a, [b, (c, d)]):
            out.append(a + b + c + d)
    match -3:
        case -3:
            out.append("neg literal")
    match 1.0:
        case 1:
            out.append("1.0 matches 1")
    match "x":
        case str() as s if s:
            out.append(("as", s))
    try:
        match {"k": [1]}:
            case {"k": [x]} if 1 / 0:
                pass
    except ZeroDivisionError as e:
        out.append(("guard raised", str(e), x))
    match {"k": 1}:
        case {"k": 1, **rest} if not rest:
            out.append("rest empty")
    return "\n".join(str(o) for o in out)
