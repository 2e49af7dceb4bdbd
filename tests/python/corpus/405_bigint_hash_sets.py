# hash() of ints of any size is CPython's (modulo 2**61 - 1), so sets of
# big ints iterate in CPython's order; big ints as dict keys.


def on_client_request():
    out = []
    vals = [2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30, -(10 ** 30), 2 ** 100 + 1, 3 ** 90]
    out.append([hash(v) for v in vals])
    out.append(hash(-(2 ** 61 - 1) * 2 ** 61 - 1))
    s = set(vals)
    out.append(list(s))
    s.add(2 ** 64)
    s.discard(10 ** 30)
    out.append(len(s))
    out.append(sorted({v % 1000 for v in vals}))
    d = {}
    for v in vals:
        d[v] = str(v)[:5]
    out.append(d[2 ** 100 + 1])
    out.append((2 ** 64, 1) in {(2 ** 64, 1)})
    out.append(frozenset([2 ** 70, 2 ** 71]) == frozenset([2 ** 71, 2 ** 70]))
    return {"out": out}
