# itertools: the infinite iterators cut by islice/zip, chain, islice with
# start/stop/step (and what it consumes), accumulate, pairwise,
# takewhile/dropwhile, and the combinatoric iterators in CPython's order.
import itertools
from itertools import combinations, count, islice, permutations, product


def naturals():
    n = 0
    while True:
        yield n
        n += 1


def on_client_request():
    out = []
    out.append(list(islice(count(), 5)))
    out.append(list(islice(count(10, 2.5), 3)))
    out.append(list(zip("abc", count(1))))
    out.append(list(itertools.repeat("x", 3)))
    out.append(list(islice(itertools.cycle("ab"), 5)))
    out.append(list(itertools.chain([1, 2], (), "xy", range(2))))
    out.append(list(islice(range(20), 2, 12, 3)))
    src = iter(range(10))
    out.append(list(islice(src, 3)))
    out.append(next(src))
    out.append(list(islice(naturals(), 1, 14, 4)))
    out.append(list(itertools.accumulate([1, 2, 3, 4])))
    out.append(list(itertools.accumulate([3, 1, 4, 1, 5], max)))
    out.append(list(itertools.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
    out.append(list(itertools.pairwise("abcd")))
    out.append(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 2])))
    out.append(list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 2])))
    out.append(list(product("ab", range(2))))
    out.append(list(product([0, 1], repeat=3)))
    out.append(list(product()))
    out.append(list(product("ab", [])))
    out.append(list(permutations("abc")))
    out.append(list(permutations(range(4), 2)))
    out.append(list(permutations("ab", 0)))
    out.append(list(combinations("abcd", 2)))
    out.append(list(combinations(range(5), 3)))
    out.append(list(combinations("ab", 3)))
    out.append(sum(1 for _ in permutations(range(6))))
    out.append(["".join(p) for p in permutations("aab")])
    try:
        islice([1], -1)
    except ValueError as e:
        out.append(str(e))
    return {"out": out}
