# call: /?gens=4
# call: /?gens=30&pattern=glider
# Conway's game of life on a torus, cells as a set of (r, c) tuples.
from collections import Counter
from mayfly import request

PATTERNS = {
    "blinker": ["...", "###", "..."],
    "glider": [".#.", "..#", "###"],
    "toad": ["....", ".###", "###.", "...."],
}
H, W = 8, 10


def load(name):
    rows = PATTERNS[name]
    return {(r + 2, c + 3) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == "#"}


def step(live):
    counts = Counter(((r + dr) % H, (c + dc) % W)
                     for r, c in live for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def show(live):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(W)) for r in range(H))


def on_client_request():
    name = request.args.get("pattern", "toad")
    gens = int(request.args.get("gens", "4"))
    live = load(name)
    seen = {frozenset(live): 0}
    out = [f"{name}: {len(live)} cells", show(live)]
    period = None
    for g in range(1, gens + 1):
        live = step(live)
        key = frozenset(live)
        if period is None and key in seen:
            period = g - seen[key]
        seen.setdefault(key, g)
    out.append(f"after {gens}: {len(live)} cells, period={period}")
    out.append(show(live))
    out.append(str(sorted(live)))
    rmin = min(r for r, _ in live)
    out.append(f"bbox rows {rmin}..{max(r for r, _ in live)}")
    return "\n".join(out)
