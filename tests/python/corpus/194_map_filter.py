# map() and filter(): lazy (functions run as items are taken), several
# iterables stopping at the shortest, filter(None, ...), over generators
# and infinite sources, consumed by every kind of consumer.
calls = []


def noisy(x):
    calls.append(x)
    return x * 10


def naturals():
    n = 0
    while True:
        yield n
        n += 1


def on_client_request():
    out = []
    m = map(noisy, [1, 2, 3])
    out.append(calls[:])
    out.append(next(m))
    out.append(calls[:])
    out.append(list(m))
    out.append(list(map(lambda a, b: a + b, [1, 2, 3], (10, 20))))
    out.append(list(map(str, range(4))))
    out.append(list(filter(None, [0, 1, "", "a", [], [0], None, 2.5])))
    out.append(list(filter(lambda w: len(w) > 2, "a bb ccc dddd".split())))
    evens = filter(lambda n: n % 2 == 0, naturals())
    squares = map(lambda n: n * n, evens)
    out.append([next(squares) for _ in range(5)])
    out.append(sum(map(int, "1 2 3 4".split())))
    out.append(sorted(map(abs, [-3, 1, -2])))
    out.append(dict(map(lambda kv: (kv[1], kv[0]), {"a": 1, "b": 2}.items())))
    out.append(", ".join(map(lambda s: s.upper(), ["x", "y"])))
    out.append(max(map(len, ["ab", "abcd", "a"])))
    out.append(list(zip(map(str, range(3)), filter(lambda c: c != "b", "abcd"))))
    try:
        list(map(lambda x: 1 // x, [1, 0]))
    except ZeroDivisionError as e:
        out.append(str(e))
    return {"out": out}
