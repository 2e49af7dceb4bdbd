# An LRU cache with per-entry TTL on a fake clock, built on OrderedDict.
from collections import OrderedDict


class Clock:
    def __init__(self):
        self.t = 0

    def tick(self, n=1):
        self.t += n
        return self.t


class TTLCache:
    def __init__(self, capacity, ttl, clock):
        self.capacity, self.ttl, self.clock = capacity, ttl, clock
        self.data = OrderedDict()
        self.stats = {"hit": 0, "miss": 0, "expired": 0, "evicted": 0}

    def get(self, key, default=None):
        item = self.data.get(key)
        if item is None:
            self.stats["miss"] += 1
            return default
        value, expires = item
        if expires <= self.clock.t:
            del self.data[key]
            self.stats["expired"] += 1
            return default
        self.data.move_to_end(key)
        self.stats["hit"] += 1
        return value

    def put(self, key, value, ttl=None):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = (value, self.clock.t + (ttl or self.ttl))
        while len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            self.stats["evicted"] += 1

    def __repr__(self):
        body = ", ".join(f"{k}={v}@{e}" for k, (v, e) in self.data.items())
        return f"TTLCache[{body}]"


def on_client_request():
    clock = Clock()
    cache = TTLCache(3, 5, clock)
    log = []
    script = [("put", "a", 1), ("put", "b", 2), ("get", "a"), ("put", "c", 3), ("tick", 2),
              ("put", "d", 4), ("get", "b"), ("get", "a"), ("tick", 3), ("get", "a"), ("get", "c"),
              ("put", "e", 5, 1), ("tick", 1), ("get", "e"), ("get", "d"), ("put", "d", 44)]
    for step in script:
        match step:
            case ("put", k, v):
                cache.put(k, v)
            case ("put", k, v, ttl):
                cache.put(k, v, ttl)
            case ("get", k):
                log.append(f"t={clock.t} get {k} -> {cache.get(k, '-')}")
            case ("tick", n):
                clock.tick(n)
        log.append(f"  {cache!r}")
    log.append(str(cache.stats))
    od = OrderedDict([("x", 1), ("y", 2)])
    od2 = OrderedDict([("y", 2), ("x", 1)])
    log.append(f"{od == od2} {dict(od) == dict(od2)} {od == {'x': 1, 'y': 2}} {od!r}")
    od.move_to_end("x", last=False)
    log.append(repr(od.popitem()))
    return "\n".join(log)
