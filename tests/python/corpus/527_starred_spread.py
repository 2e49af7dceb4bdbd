# Starred items: `[*a, *b]` and `(*a, x)` displays, and a spread tuple
# into itertools' functions of *iterables (product, chain, zip_longest)
# and into map(f, *iterables).

import itertools
from itertools import chain, zip_longest


def on_client_request():
    a, b = [1, 2], (3, 4)
    rows = [[1, 2], [3, 4], [5]]
    out = [[*a, *b], [0, *a, 9], (*a,), (*b, *"xy"), [*range(3), *{"k": 1}], [*(), *[]]]
    out += [list(itertools.product(*rows[:2])), list(chain(*rows)), list(zip_longest(*rows, fillvalue=0)),
            list(itertools.chain(*rows, [6])), list(itertools.product(*[["a", "b"]] * 2))]
    grid = [*zip(*rows[:2])]
    out += [grid, list(map(max, *rows[:2])), list(map(lambda *xs: sum(xs), *rows[:2], [10, 20]))]
    try:
        map(abs, *[])
    except TypeError as e:
        out.append(f"TypeError: {e}")
    try:
        out.append([*5])
    except TypeError as e:
        out.append("TypeError")
    return "\n".join(map(str, out))
