# Sales analytics with itertools: groupby, accumulate, zip_longest, tee, starmap, islice, product.
import itertools
import operator

SALES = [
    ("2024-01", "north", 120), ("2024-01", "south", 80), ("2024-02", "north", 95),
    ("2024-02", "south", 130), ("2024-02", "east", 40), ("2024-03", "north", 150),
    ("2024-03", "east", 60), ("2024-04", "south", 70), ("2024-04", "north", 110),
]


def on_client_request():
    out = []
    for month, rows in itertools.groupby(SALES, key=operator.itemgetter(0)):
        rows = list(rows)
        out.append(f"{month}: {sum(r[2] for r in rows):>4} from {len(rows)} regions")
    monthly = [sum(r[2] for r in g) for _, g in itertools.groupby(SALES, key=lambda r: r[0])]
    out.append(f"running: {list(itertools.accumulate(monthly))}")
    out.append(f"best-so-far: {list(itertools.accumulate(monthly, max))}")
    out.append(f"with start: {list(itertools.accumulate(monthly, operator.sub, initial=1000))}")
    a, b = itertools.tee(monthly)
    next(b, None)
    out.append(f"deltas: {[y - x for x, y in zip(a, b)]}")
    out.append(f"pairwise pct: {[f'{(y / x - 1):+.1%}' for x, y in itertools.pairwise(monthly)]}")
    by_region = {}
    for r in sorted(SALES, key=lambda r: r[1]):
        by_region.setdefault(r[1], []).append(r[2])
    vals = list(by_region.values())
    cols = list(itertools.zip_longest(vals[0], vals[1], vals[2], fillvalue="-"))
    out.append("  ".join(f"{k:>5}" for k in by_region))
    out.extend("  ".join(f"{v:>5}" for v in row) for row in cols)
    out.append(f"starmap: {list(itertools.starmap(lambda m, r, v: f'{r[0]}{m[-1]}={v}', itertools.islice(SALES, 2, 8, 2)))}")
    out.append(f"top pairs: {list(itertools.islice(itertools.combinations(sorted(monthly, reverse=True), 2), 3))}")
    out.append(f"grid: {[''.join(p) for p in itertools.product('ab', '12', repeat=1)]}")
    out.append(f"compress: {list(itertools.compress(by_region, [len(v) > 2 for v in by_region.values()]))}")
    out.append(f"dropwhile: {list(itertools.dropwhile(lambda r: r[2] < 100, SALES))[:2]}")
    out.append(f"cycle: {list(itertools.islice(itertools.cycle('NSE'), 7))} count: {list(zip(itertools.count(10, 5), 'xyz'))}")
    ff = list(itertools.filterfalse(lambda r: r[1] == "north", SALES))
    out.append(f"non-north: {len(ff)} chain: {list(itertools.chain.from_iterable([[1, 2], (3,), 'ab']))}")
    return "\n".join(out)
