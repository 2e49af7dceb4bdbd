# yield from: delegation to generators and other iterables, the inner
# generator's return value, send() passing through, nested trees.


def inner(tag):
    got = yield tag + "-1"
    yield tag + "-2:" + str(got)
    return tag.upper()


def outer():
    a = yield from inner("a")
    b = yield from inner("b")
    yield a + b
    yield from range(3)
    yield from "xy"
    yield from []
    yield from {"k": 1, "j": 2}


def walk(tree, depth=0):
    name, children = tree
    yield "  " * depth + name
    for child in children:
        yield from walk(child, depth + 1)


def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x


def chain(*iterables):
    for it in iterables:
        yield from it


def on_client_request():
    out = []
    g = outer()
    out.append(next(g))
    out.append(g.send("sent"))
    out.append(list(g))
    tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("deep", [])])])])
    out.append("\n".join(walk(tree)))
    out.append(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
    out.append(list(chain([1, 2], (3,), "ab", range(2))))
    return {"out": out}
