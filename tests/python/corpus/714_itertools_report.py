# Sales report with itertools: groupby, accumulate, product, combinations, chain.
import itertools
from itertools import groupby, accumulate
import operator

SALES = [
    ("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-02", "north", 95),
    ("2024-02", "south", 130), ("2024-02", "east", 40), ("2024-03", "north", 150),
    ("2024-03", "east", 60), ("2024-03", "south", 70),
]


def on_client_request():
    out = []
    for month, rows in groupby(SALES, key=operator.itemgetter(0)):
        rows = list(rows)
        out.append(f"{month}: {sum(r[2] for r in rows):4d} from {len(rows)} regions")
    by_region = sorted(SALES, key=lambda r: (r[1], r[0]))
    for region, rows in groupby(by_region, key=lambda r: r[1]):
        amounts = [r[2] for r in rows]
        out.append(f"{region:>6}: running {list(accumulate(amounts))}, max {max(accumulate(amounts, max))}")
    monthly = [sum(r[2] for r in g) for _, g in groupby(SALES, key=lambda r: r[0])]
    out.append(str(list(itertools.pairwise(monthly))))
    out.append(str([b - a for a, b in itertools.pairwise(monthly)]))
    regions = sorted({r[1] for r in SALES})
    out.append(str(list(itertools.combinations(regions, 2))))
    out.append(str(["".join(p) for p in itertools.product("xy", repeat=2)]))
    out.append(str(list(itertools.islice(itertools.cycle(regions), 7))))
    out.append(str(list(itertools.zip_longest("abc", [1, 2], fillvalue="-"))))
    out.append(str(list(itertools.compress(regions, [1, 0, 1]))))
    out.append(str(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)]))))
    out.append(str(list(itertools.filterfalse(lambda r: r[2] > 90, SALES))))
    a, b = itertools.tee(iter(monthly))
    next(b)
    out.append(str(list(zip(a, b))))
    out.append(str(list(itertools.chain.from_iterable([[1], [2, 3], []]))))
    out.append(str(list(itertools.combinations_with_replacement("ab", 3))))
    out.append(str(list(itertools.takewhile(lambda r: r[0] < "2024-03", SALES))[-1]))
    return "\n".join(out)
