# Dicts keyed by consecutive ints (a memo table) answer misses in a few
# probes: the probe sequence mixes in the hash's high bits as CPython's
# does. With linear probing every miss that landed in the run of keys
# walked it to its end, and this handler ran out of fuel (504).
def collatz_len(n, memo):
    steps = 0
    start = n
    path = []
    while n != 1 and n not in memo:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    base = memo.get(n, 0)
    for i, m in enumerate(path):
        memo[m] = base + len(path) - i
    return memo.get(start, 0)


def on_client_request():
    d = {}
    for i in range(3000):
        d[i] = i * i
    misses = 0
    for k in range(60000):
        if (k * 7919) % 1000000 + 5000 not in d:
            misses += 1
    memo = {1: 0}
    best = max(range(1, 20000), key=lambda n: collatz_len(n, memo))
    deleted = 0
    for i in range(0, 3000, 3):
        del d[i]
        deleted += 1
    return repr([misses, best, collatz_len(best, memo), deleted, len(d), d.get(1), d.get(3), list(d)[:5]]) + "\n"
