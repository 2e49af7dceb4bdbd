# A request handler in the style of real code: a memoizing decorator
# stack (wraps over lru_cache), a cached method, report rows sorted with
# itemgetter and cmp_to_key, totals with reduce over a dict.
import functools
import operator
from functools import cmp_to_key, lru_cache, reduce, wraps
from operator import itemgetter

hits = []


def traced(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        hits.append(fn.__name__)
        return fn(*args, **kwargs)
    return wrapper


@traced
@lru_cache(maxsize=64)
def tax_rate(region):
    return {"eu": 21, "us": 7, "uk": 20}.get(region, 0)


class Catalog:
    def __init__(self, prices):
        self.prices = prices

    @lru_cache(maxsize=None)
    def price(self, sku):
        return self.prices[sku]


ORDERS = [
    {"id": 7, "region": "eu", "sku": "a", "qty": 3},
    {"id": 2, "region": "us", "sku": "b", "qty": 1},
    {"id": 9, "region": "eu", "sku": "b", "qty": 2},
    {"id": 4, "region": "uk", "sku": "a", "qty": 5},
]


def by_region_then_id(x, y):
    if x["region"] != y["region"]:
        return -1 if x["region"] < y["region"] else 1
    return x["id"] - y["id"]


def on_client_request(request):
    catalog = Catalog({"a": 250, "b": 1200})
    lines = []
    for o in sorted(ORDERS, key=cmp_to_key(by_region_then_id)):
        net = catalog.price(o["sku"]) * o["qty"]
        gross = net + net * tax_rate(o["region"]) // 100
        lines.append((o["id"], o["region"], net, gross))
    per_region = {}
    for _, region, _, gross in lines:
        per_region[region] = per_region.get(region, 0) + gross
    total = reduce(operator.add, per_region.values(), 0)
    biggest = max(per_region.items(), key=itemgetter(1))
    return {
        "lines": [list(x) for x in sorted(lines, key=itemgetter(3), reverse=True)],
        "per_region": per_region,
        "total": total,
        "biggest": list(biggest),
        "trace": hits,
        "rate_name": tax_rate.__name__,
        "price_cache": str(Catalog.price.cache_info()),
        "ids": reduce(lambda acc, o: acc + [o["id"]], ORDERS, []),
        "sorted_pairs": sorted(per_region.items(), key=functools.cmp_to_key(lambda a, b: b[1] - a[1])),
    }
