def on_client_request():
    base = {"x": 1, "y": 2}
    out = []
    out.append(dict(a=1, b=2))
    out.append(dict([("k", "v"), ("n", 3)]))
    out.append(dict(base, x=10, z=3))
    out.append(base)
    out.append(dict([("a", 1)], a=2, b=[1, 2]))
    out.append(dict(zip(["p", "q"], [1, 2]), r=3))
    out.append(dict(enumerate("ab"), name="e"))
    out.append(dict((str(i), i * i) for i in range(3)))
    out.append(dict(base.items(), w=None))
    out.append(dict())
    out.append(dict({}))
    d = dict(one=1)
    d["two"] = 2
    out.append(d)
    order = []
    def v(x):
        order.append(x)
        return x
    out.append(dict(v([("m", 0)]), b=v(1), a=v(2)))
    out.append(order)
    try:
        dict([1, 2], a=1)
    except TypeError as e:
        out.append("TypeError " + str(e))
    try:
        dict([(1, 2), (1, 2, 3)])
    except ValueError as e:
        out.append("ValueError " + str(e))
    out.append(dict(["ab", [3, 4]]))
    return out
