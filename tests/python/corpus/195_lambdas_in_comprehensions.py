# Lambdas inside comprehensions: late binding to the comprehension's
# variable (one cell per run of the comprehension, as CPython), default
# arguments capturing each value, parameters shadowing the variables,
# at module level and in functions.

late = [lambda: i for i in range(3)]
early = [lambda i=i: i * 10 for i in range(3)]


def table(n):
    rows = []
    for run in range(2):
        rows.append([lambda x, k=k: x * k + run for k in range(n)])
    return [[f(2) for f in row] for row in rows]


def sorters(words):
    keys = {name: (lambda w, name=name: getattr_len(w, name)) for name in ("len", "first")}
    return {name: sorted(words, key=fn) for name, fn in keys.items()}


def getattr_len(w, how):
    return len(w) if how == "len" else w[0]


def shadow(xs):
    return [(lambda x: x + 1)(x * 2) for x in xs]


def grid():
    return [[(lambda: (r, c))() for c in range(2)] for r in range(2)]


def on_client_request():
    out = [[f() for f in late], [f() for f in early], table(3)]
    out.append(sorters(["pear", "fig", "apple"]))
    out.append(shadow([1, 2, 3]))
    out.append(grid())
    fs = [lambda: x for x in "ab"]
    gs = [lambda: x for x in "cd"]
    out.append([f() for f in fs] + [g() for g in gs])
    return {"out": out}
