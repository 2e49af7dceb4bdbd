# call: /?qty=3&sku=B
# call: /?qty=250&sku=A
# Pricing rules built with functools: reduce, partial, lru_cache, total_ordering, cmp_to_key.
from functools import reduce, partial, lru_cache, total_ordering, cmp_to_key
from mayfly import request

CATALOG = {"A": 4.25, "B": 19.99, "C": 120.0}


def discount(rate, price):
    return round(price * (1 - rate), 2)


def surcharge(amount, price):
    return round(price + amount, 2)


RULES = [partial(discount, 0.10), partial(surcharge, 1.5), partial(discount, 0.05)]


@lru_cache(maxsize=32)
def tier_price(sku, qty):
    base = CATALOG[sku] * qty
    if qty >= 100:
        base *= 0.8
    elif qty >= 10:
        base *= 0.9
    return round(base, 2)


@lru_cache(None)
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


@total_ordering
class Offer:
    def __init__(self, vendor, price, days):
        self.vendor, self.price, self.days = vendor, price, days

    def __eq__(self, o):
        return (self.price, self.days) == (o.price, o.days)

    def __lt__(self, o):
        return (self.price, self.days) < (o.price, o.days)

    def __repr__(self):
        return f"{self.vendor}@{self.price}/{self.days}d"


def by_speed_then_price(a, b):
    return (a.days - b.days) or (a.price > b.price) - (a.price < b.price)


def on_client_request():
    sku = request.args.get("sku", "A")
    qty = int(request.args.get("qty", "1"))
    price = tier_price(sku, qty)
    final = reduce(lambda p, rule: rule(p), RULES, price)
    steps = reduce(lambda acc, rule: acc + [rule(acc[-1])], RULES, [price])
    for q in (1, qty, 1, qty, 10):
        tier_price(sku, q)
    info = tier_price.cache_info()
    offers = [Offer("x", 10.0, 5), Offer("y", 9.5, 7), Offer("z", 10.0, 2), Offer("w", 9.5, 3)]
    lines = [
        f"{sku} x{qty}: tier={price} final={final} steps={steps}",
        f"rules: {[r.func.__name__ + str(r.args) for r in RULES]}",
        f"cache: hits={info.hits} misses={info.misses} size={info.currsize} max={info.maxsize}",
        f"change ways for 100c: {ways(100)}, for {qty}c: {ways(qty)}",
        f"offers by price: {sorted(offers)}",
        f"by speed: {sorted(offers, key=cmp_to_key(by_speed_then_price))}",
        f"best: {min(offers)} le: {offers[1] <= offers[3]} ge: {offers[0] >= offers[2]}",
        f"product: {reduce(lambda a, b: a * b, range(1, 21))}",
    ]
    return "\n".join(lines)
