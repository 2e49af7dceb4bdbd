# call: /pi?seed=7&n=20000
# call: /pi?seed=8&n=5000
# call: /deal?seed=99&players=4
# call: /walk?seed=3&steps=500
# A realistic seeded handler: the seed and sizes come from the query; a
# Monte Carlo estimate of pi, a card deal by shuffle, and a random walk
# with a gaussian drift, each reproducible for a given seed.
import math
import random


def estimate_pi(rng_seed, n):
    random.seed(rng_seed)
    inside = 0
    for _ in range(n):
        x = random.random()
        y = random.random()
        if x * x + y * y <= 1.0:
            inside += 1
    est = 4.0 * inside / n
    return {"seed": rng_seed, "n": n, "inside": inside, "estimate": est,
            "error": abs(est - math.pi)}


def deal(rng_seed, players):
    random.seed(rng_seed)
    deck = [rank + suit for suit in "SHDC" for rank in "23456789TJQKA"]
    random.shuffle(deck)
    hands = {}
    for p in range(players):
        hands["player%d" % (p + 1)] = sorted(deck[p * 5:(p + 1) * 5])
    return {"hands": hands, "left": len(deck) - 5 * players, "top": deck[-1]}


def walk(rng_seed, steps):
    random.seed(rng_seed)
    pos = 0.0
    lo = hi = 0.0
    ups = 0
    for _ in range(steps):
        step = random.gauss(0.01, 1.0)
        if random.random() < 0.1:
            step *= random.uniform(2, 3)
        pos += step
        ups += step > 0
        lo = min(lo, pos)
        hi = max(hi, pos)
    return {"final": round(pos, 6), "low": lo, "high": hi, "ups": ups,
            "pick": random.choices(["bull", "bear", "flat"], [5, 3, 2], k=3)}


def on_client_request(request):
    seed = int(request.args.get("seed", "0"))
    if request.path == "/pi":
        return estimate_pi(seed, int(request.args.get("n", "1000")))
    if request.path == "/deal":
        return deal(seed, int(request.args.get("players", "2")))
    if request.path == "/walk":
        return walk(seed, int(request.args.get("steps", "100")))
    return ("not found", 404)
