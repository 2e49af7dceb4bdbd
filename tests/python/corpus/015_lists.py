def on_client_request():
    xs = [5, 3, 8, 1]
    xs.sort()
    ys = xs.copy()
    ys.reverse()
    ys.insert(1, 99)
    ys.remove(8)
    p = ys.pop()
    q = ys.pop(0)
    zs = xs + ys
    zs += [0]
    del zs[0]
    return repr([xs, ys, p, q, zs, zs.index(99), zs.count(0), [0] * 3, sorted(zs, reverse=True), 3 in zs, 1 < 2 < 3, 2 < 1 < 3, "a" < "b", (1, 2) < (1, 3), None is None, xs == [1, 3, 5, 8]])
