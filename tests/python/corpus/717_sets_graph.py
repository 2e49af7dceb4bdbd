# Sets: friend graph analysis, common friends, set algebra, frozenset keys.

FRIENDS = {
    "ann": {"bob", "cid", "dee"},
    "bob": {"ann", "cid"},
    "cid": {"ann", "bob", "eve"},
    "dee": {"ann"},
    "eve": {"cid", "fay"},
    "fay": {"eve"},
    "gus": set(),
}


def components(graph):
    seen = set()
    comps = []
    for start in sorted(graph):
        if start in seen:
            continue
        comp, stack = set(), [start]
        while stack:
            v = stack.pop()
            if v not in comp:
                comp.add(v)
                stack.extend(graph[v] - comp)
        seen |= comp
        comps.append(sorted(comp))
    return comps


def triangles(graph):
    found = set()
    for a in graph:
        for b in graph[a]:
            for c in graph[a] & graph[b]:
                found.add(frozenset((a, b, c)))
    return sorted(sorted(t) for t in found)


def on_client_request():
    out = []
    out.append(str(components(FRIENDS)))
    out.append(str(triangles(FRIENDS)))
    common = {(a, b): sorted(FRIENDS[a] & FRIENDS[b]) for a in sorted(FRIENDS) for b in sorted(FRIENDS) if a < b and FRIENDS[a] & FRIENDS[b]}
    out.append(str(common))
    everyone = set(FRIENDS)
    known = set()
    for fs in FRIENDS.values():
        known.update(fs)
    lonely = everyone - known
    out.append(str(sorted(lonely)))
    sym = all(a in FRIENDS[b] for a in FRIENDS for b in FRIENDS[a])
    out.append(f"symmetric={sym}")
    x, y = {1, 2, 3, 4}, {3, 4, 5}
    out.append(str((x | y, x & y, x - y, x ^ y, x <= y, {3} < y, x.isdisjoint({9}))))
    pairs = {frozenset({1, 2}): "a", frozenset({2, 1}): "b", frozenset(): "c"}
    out.append(str(len(pairs)) + " " + str(pairs[frozenset([2, 1])]))
    s = set(range(10))
    s -= {0, 9}
    s &= set(range(0, 20, 2))
    s ^= {100}
    out.append(str(sorted(s)))
    nums = {n * n % 17 for n in range(30)}
    out.append(str(nums))
    out.append(str({3, 1, 2} == frozenset([1, 2, 3])))
    try:
        {1}.remove(5)
    except KeyError as e:
        out.append(f"KeyError {e}")
    return "\n".join(out)
