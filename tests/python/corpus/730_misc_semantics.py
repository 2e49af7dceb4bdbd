# Assorted semantics a handler leans on: defaults, views, slicing, scoping, unpacking.


def append_to(x, acc=[]):
    acc.append(x)
    return acc


class Counter:
    count = 0
    tags = []

    def __init__(self):
        self.count += 1
        self.tags.append(self.count)


def gen_with_cleanup(log):
    try:
        for i in range(10):
            yield i
    finally:
        log.append("cleanup")


def side(log, v):
    log.append(v)
    return v


def on_client_request():
    out = []
    out.append(str((append_to(1), append_to(2))))
    a, b = Counter(), Counter()
    out.append(f"{a.count} {b.count} {Counter.count} {Counter.tags}")
    d = {"x": 1, "y": 2}
    ks, vs, its = d.keys(), d.values(), d.items()
    d["z"] = 3
    del d["x"]
    out.append(f"{list(ks)} {list(vs)} {list(its)} {len(ks)} {'y' in ks} {('z', 3) in its}")
    s = list(range(10))
    out.append(str([s[::-3], s[7:2:-2], s[-3:], s[:-7:-1], s[100:], s[::4]]))
    s[2:5] = ["a"]
    s[::3] = "XYZ"
    out.append(str(s))
    log = []
    res = side(log, 1) < side(log, 5) < side(log, 3) < side(log, 9)
    out.append(f"{res} {log}")
    out.append(str([(-7) // 2, (-7) % 2, 7 // -2, 7 % -2, -7.5 // 2, divmod(-7.5, 2), 2 ** -1, (-8) ** (1 / 3) if False else abs(-8) ** (1 / 3)]))
    first, *mid, last = "abcdef"
    (p, q), r = "xy", [1]
    out.append(f"{first} {mid} {last} {p}{q} {r}")
    out.append(str(max(*[3, 9, 2]), ) + str(min("b", "a", key=str.upper)) + str(sorted({"b": 1, "a": 2})))
    x = 10
    fs = [lambda: x for x in range(3)]
    out.append(str([f() for f in fs]) + " " + str(x))
    log = []
    g = gen_with_cleanup(log)
    out.append(str([next(g), next(g)]))
    g.close()
    out.append(str(log) + " " + str(next(g, "exhausted")))
    matrix = [[i * j for j in range(4)] for i in range(3)]
    out.append(str([row[-1] for row in matrix]) + str([c for row in matrix for c in row if c % 2]))
    out.append(str(list(zip(*matrix))))
    t = (1, [2, 3])
    try:
        t[1] += [4]
    except TypeError as e:
        out.append(f"{e} -> {t}")
    out.append(str([0.1 + 0.2, 1 / 3, 1e16, 123456789012345678.0, 1e-5, 2.5e-10, round(2.5), round(-0.5), round(1.25, 1)]))
    out.append(str([True + True, True * 3.5, hash(1) == hash(1.0), 1 == 1.0 == True, int("-0x1f", 16), int(" 42 "), float("  -1e3 ")]))
    return "\n".join(out)
