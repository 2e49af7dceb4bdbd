# Generators as methods and __iter__, closures over the enclosing
# function's variables, generator expressions capturing variables (late
# binding), context managers around yields.


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c

    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


class Tracker:
    def __init__(self, log, name):
        self.log = log
        self.name = name

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, *exc):
        self.log.append("exit " + self.name)
        return False


def managed(log):
    with Tracker(log, "outer") as t:
        yield t.name
        with Tracker(log, "inner"):
            yield "inside"
        yield "after inner"


def make_counter(step):
    def gen(n):
        for i in range(n):
            yield i * step
    return gen


def scaled(xs, factor):
    return (x * factor for x in xs)


def on_client_request():
    out = []
    t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
    out.append(list(t))
    out.append(list(t.leaves()))
    out.append(sorted(Countdown(4)))
    out.append([a * b for a in Countdown(2) for b in Countdown(3)])
    log = []
    for v in managed(log):
        log.append(v)
    out.append(log)
    by3 = make_counter(3)
    out.append(list(by3(4)))
    factor = 2
    g = (x * factor for x in range(3))
    factor = 10
    out.append(list(g))
    out.append(list(scaled([1, 2], 5)))
    words = ["apple", "bob", "kayak", "level", "zebra"]
    pal = (w for w in words if w == w[::-1])
    out.append(next(pal))
    out.append(list(pal))
    rows = [[1, 2], [3, 4]]
    out.append(list(x for row in rows for x in row if x != 3))
    return {"out": out}
