# Seeded random simulations: dice, shuffles, weighted choice, random walks.
import random
from collections import Counter


def roll(n, sides=6):
    return [random.randint(1, sides) for _ in range(n)]


def walk(rng, steps):
    x = y = 0
    far = 0
    for _ in range(steps):
        dx, dy = rng.choice([(0, 1), (1, 0), (0, -1), (-1, 0)])
        x += dx
        y += dy
        far = max(far, abs(x) + abs(y))
    return (x, y, far)


def on_client_request():
    random.seed(2024)
    out = []
    dice = roll(600)
    c = Counter(dice)
    out.append(str(sorted(c.items())))
    out.append(f"mean={sum(dice) / len(dice):.4f}")
    deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
    random.shuffle(deck)
    out.append(" ".join(deck[:13]))
    out.append(str(random.sample(range(100), 8)))
    picks = random.choices(["red", "green", "blue"], weights=[5, 3, 1], k=20)
    out.append(str(Counter(picks).most_common()))
    rng = random.Random("mayfly")
    out.append(str(walk(rng, 500)))
    out.append(f"{rng.random():.12f} {rng.uniform(-1, 1):.6f} {rng.gauss(0, 1):.6f}")
    out.append(str(rng.randrange(0, 10 ** 30, 7)))
    out.append(hex(rng.getrandbits(100)))
    inside = sum(1 for _ in range(2000) if random.random() ** 2 + random.random() ** 2 <= 1)
    out.append(f"pi~{4 * inside / 2000}")
    try:
        random.choice([])
    except IndexError as e:
        out.append(str(e))
    return "\n".join(out)
