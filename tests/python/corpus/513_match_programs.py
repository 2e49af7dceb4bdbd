# match in methods (private names, class constants as value patterns),
# loops with break/continue in case bodies, walrus in guards, big ints.


class Color:
    RED = "red"
    GREEN = "green"


class Node:
    __match_args__ = ("kind", "kids")

    def __init__(self, kind, *kids):
        self.kind = kind
        self.kids = list(kids)
        self.__secret = len(kids)

    def arity(self):
        match self:
            case Node(_secret=n):
                return ("public?", n)
            case Node(_Node__secret=n):
                return ("mangled", n)


def evaluate(node):
    match node:
        case int() | float():
            return node
        case Node("+", [a, b]):
            return evaluate(a) + evaluate(b)
        case Node("*", [a, b]):
            return evaluate(a) * evaluate(b)
        case Node("-", [a]):
            return -evaluate(a)
        case Node(kind, kids):
            raise ValueError(f"bad node {kind} with {len(kids)} kids")


def on_client_request():
    out = []
    for c in ["red", "green", "blue"]:
        match c:
            case Color.RED:
                out.append("stop")
            case Color.GREEN:
                out.append("go")
            case unknown:
                out.append("unknown " + unknown)
    tree = Node("+", 2, Node("*", 3, Node("-", 4)))
    out.append(evaluate(tree))
    try:
        evaluate(Node("/", 1, 2))
    except ValueError as e:
        out.append(str(e))
    out.append(Node("x", 1).arity())
    i = 0
    while True:
        i += 1
        match i % 4, i:
            case (0, n) if n > 10:
                break
            case (1, _):
                continue
            case (r, n) if (half := n // 2) > 3:
                out.append((r, n, half))
    out.append(i)
    match 123456789012345678901234567890:
        case 123456789012345678901234567890:
            out.append("big")
    match 2**64:
        case 18446744073709551616 as big:
            out.append(big)
    match "é":
        case "é":
            out.append("unicode")
    match b"ab":
        case b"ab":
            out.append("bytes lit")
        case [97, 98]:
            out.append("bytes as seq?")
    match (1, 2, 3):
        case [*_, 3]:
            out.append("ends in 3")
    match [1, [2, [3, [4]]]]:
        case [a, [b, [c, [d]]]]:
            out.append(a * b * c * d)
    match {"a": {"b": {"c": 1}}}:
        case {"a": {"b": {"c": v}}}:
            out.append(("deep", v))
    match 0.0:
        case -0.0:
            out.append("negzero eq")
    match float("nan"):
        case float(x) if x != x:
            out.append("nan")
    return "\n".join(map(str, out))
