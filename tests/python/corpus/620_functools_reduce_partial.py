# functools.reduce (with and without an initial value, over lists, dict
# views and generators, CPython's TypeError on an empty iterable) and
# functools.partial (positional and keyword arguments, calling with
# more, .func/.args/.keywords, repr, nesting).
import functools
from functools import partial, reduce
import operator


def merge_counts(acc, item):
    key, n = item
    acc[key] = acc.get(key, 0) + n
    return acc


def power(base, exp=2, *, mod=None):
    r = base ** exp
    if mod is not None:
        r %= mod
    return r


def on_client_request():
    out = []
    prices = {"apple": 3, "pear": 5, "plum": 7}
    out.append(reduce(operator.add, prices.values()))
    out.append(reduce(lambda a, b: a if a > b else b, prices.values()))
    out.append(reduce(operator.mul, range(1, 11), 1))
    out.append(reduce(operator.add, ["a", "b", "c"], ">"))
    out.append(reduce(operator.add, [], 0))
    out.append(reduce(lambda a, k: a + len(k), prices, 0))
    out.append(functools.reduce(max, (x * x % 7 for x in range(10))))
    out.append(reduce(merge_counts, [("a", 1), ("b", 2), ("a", 3)], {}))
    out.append(reduce(operator.add, [[1], [2, 3]], []))
    try:
        reduce(operator.add, [])
    except TypeError as e:
        out.append("TypeError: " + str(e))
    try:
        reduce(operator.add)
    except TypeError as e:
        out.append("TypeError: " + str(e))
    square = partial(power, exp=2)
    cube = partial(power, exp=3)
    out.append([square(n) for n in range(5)])
    out.append(cube(3, mod=5))
    out.append(square(4, exp=5))
    two_to = partial(power, 2)
    out.append(list(map(two_to, range(6))))
    out.append(two_to.args)
    out.append(square.keywords)
    out.append(square.func is power)
    out.append(repr(partial(max, 3, key=abs)))
    out.append(repr(partial(operator.add, 1)))
    nested = partial(partial(power, 3), mod=4)
    out.append((nested.args, nested.keywords, nested(3)))
    try:
        partial(5)
    except TypeError as e:
        out.append("TypeError: " + str(e))
    return repr(out)
