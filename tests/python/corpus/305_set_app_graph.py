# Sets the way applications use them: visited sets in a graph search,
# tag filters on request data, dedup keeping first-seen order, set
# algebra on permissions, frozensets as cache keys.
# call: /?tags=py,rust,go,py
# call: /?tags=
from mayfly import request

EDGES = {
    "a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f", "a"], "f": [],
    "g": ["h"], "h": ["g"],
}

ROLES = {
    "viewer": frozenset({"read"}),
    "editor": frozenset({"read", "write"}),
    "admin": frozenset({"read", "write", "delete", "grant"}),
}


def reachable(start):
    seen = {start}
    todo = [start]
    while todo:
        node = todo.pop()
        for nxt in EDGES[node]:
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def dedup(items):
    seen = set()
    out = []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def on_client_request():
    out = []
    for s in "aegz"[:3]:
        r = reachable(s)
        out.append(s + ": " + ",".join(sorted(r)) + " (" + str(len(r)) + ")")
    components = set()
    for node in EDGES:
        components.add(frozenset(reachable(node)))
    out.append(len(components))
    raw = request.args.get("tags", "")
    tags = {t for t in raw.split(",") if t}
    known = {"py", "go", "c"}
    out.append([sorted(tags), sorted(tags & known), sorted(tags - known), tags <= known, bool(tags)])
    out.append(dedup([3, 1, 3, 2, 1, 5]))
    perms = set()
    for role in ["viewer", "editor"]:
        perms |= ROLES[role]
    out.append(sorted(perms))
    out.append(sorted(ROLES["admin"] - perms))
    out.append(perms.issubset(ROLES["admin"]) and not perms.isdisjoint(ROLES["viewer"]))
    cache = {}
    for combo in [("read", "write"), ("write", "read"), ("read",)]:
        key = frozenset(combo)
        cache[key] = cache.get(key, 0) + 1
    out.append(sorted(cache.values()))
    squares = {n * n for n in range(-5, 6)}
    out.append(squares)
    evens = set(range(0, 20, 2))
    odds = set(range(1, 20, 2))
    out.append([evens.isdisjoint(odds), (evens | odds) == set(range(20)), len(evens ^ {0, 1})])
    return "\n".join(str(x) for x in out) + "\n"
