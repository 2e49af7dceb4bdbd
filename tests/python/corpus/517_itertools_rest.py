# The rest of itertools: groupby (groups end when the groupby moves on),
# zip_longest, starmap, filterfalse, compress, chain.from_iterable,
# combinations_with_replacement and tee, each lazy as CPython's.

import itertools
from itertools import chain, groupby, tee, zip_longest


def naturals():
    n = 0
    while True:
        yield n
        n += 1


def on_client_request():
    out = []
    words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
    out.append([(k, list(g)) for k, g in groupby(words, key=lambda w: w[0])])
    out.append([k for k, _ in groupby("aaabbbcccaa")])
    out.append([(k, len(list(g))) for k, g in groupby([1, 1, 2, 2, 2, 1])])
    # A group read after the groupby has moved on is empty, as CPython's.
    groups = list(groupby("aabbc"))
    out.append([(k, list(g)) for k, g in groups])
    it = groupby("xxyz")
    k, g = next(it)
    out.append((k, next(g)))
    k2, g2 = next(it)
    out.append((k2, list(g), list(g2)))
    out.append(list(groupby([])))
    out.append(list(zip_longest("abc", [1, 2])))
    out.append(list(zip_longest("ab", range(4), fillvalue="-")))
    out.append(list(zip_longest()))
    out.append(list(zip_longest([], [])))
    out.append(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
    out.append(list(itertools.starmap(lambda *a: sum(a), [[1, 2, 3], (4,), ()])))
    out.append(list(itertools.filterfalse(lambda x: x % 3, range(10))))
    out.append(list(itertools.filterfalse(None, [0, 1, "", "a", None, []])))
    out.append(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
    out.append(list(itertools.compress(naturals(), [0, 1, 1, 0, 1])))
    out.append(list(chain.from_iterable(["ab", [1, 2], (), range(3)])))
    out.append(list(itertools.chain.from_iterable([[i] * i for i in range(4)])))
    firsts = itertools.chain.from_iterable(([n, -n] for n in naturals()))
    out.append([next(firsts) for _ in range(5)])
    out.append(list(itertools.combinations_with_replacement("ABC", 2)))
    out.append(list(itertools.combinations_with_replacement(range(3), 3)))
    out.append(list(itertools.combinations_with_replacement([], 2)))
    out.append(list(itertools.combinations_with_replacement("ab", 0)))
    a, b = tee(iter([1, 2, 3, 4]))
    out.append((next(a), next(a), list(b), list(a)))
    x, y, z = tee(naturals(), 3)
    out.append(([next(x) for _ in range(3)], next(y), next(z), next(x)))
    out.append(tee("ab", 0))
    for bad in [lambda: tee([1], -1), lambda: list(itertools.combinations_with_replacement("a", -1)),
                lambda: list(itertools.starmap(pow, [1])), lambda: zip_longest(1, [2]),
                lambda: list(groupby([1, "a"], key=lambda v: 1 / 0))]:
        try:
            out.append(bad())
        except (TypeError, ValueError, ZeroDivisionError) as e:
            out.append(f"{type(e).__name__}: {e}")
    # A run-length encoder, as a handler would write it.
    out.append("".join(f"{len(list(g))}{k}" for k, g in groupby("WWWWBBBWWC")))
    return "\n".join(map(str, out))
