# An LRU cache class built on dict ordering, plus custom iterators and iterables.


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            value = self.data.pop(key)
            self.data[key] = value
            return value
        self.misses += 1
        return default

    def put(self, key, value):
        self.data.pop(key, None)
        self.data[key] = value
        while len(self.data) > self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __iter__(self):
        return iter(list(self.data))

    def __repr__(self):
        return f"LRU({list(self.data.items())}, hits={self.hits}, misses={self.misses})"


class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Span:
    def __init__(self, lo, hi, step=1):
        self.lo, self.hi, self.step = lo, hi, step

    def __iter__(self):
        x = self.lo
        while x < self.hi:
            yield x
            x += self.step

    def __getitem__(self, i):
        v = self.lo + i * self.step
        if not self.lo <= v < self.hi:
            raise IndexError("Span index out of range")
        return v

    def __len__(self):
        return max(0, -(-(self.hi - self.lo) // self.step))


def on_client_request():
    cache = LRU(3)
    for k in "abcab":
        if cache.get(k) is None:
            cache.put(k, k.upper() * 2)
    cache.put("d", "DD")
    cache.get("z")
    out = [repr(cache), str(list(cache)), str("a" in cache) + str("c" in cache), str(len(cache))]
    out.append(str(list(Countdown(5))) + " " + str(sum(Countdown(100))))
    it = Countdown(3)
    out.append(str([next(it), next(it), next(it), next(it, "done")]))
    s = Span(3, 20, 4)
    out.append(f"{list(s)} len={len(s)} s[2]={s[2]} {7 in s} {8 in s} {max(s)} {sorted(s, reverse=True)}")
    try:
        s[10]
    except IndexError as e:
        out.append(str(e))
    a, b, *rest = Span(0, 1, 0.25)
    out.append(f"{a} {b} {rest}")
    out.append(str(list(zip(Countdown(3), Span(10, 100, 10)))))
    out.append(str(dict(enumerate(Countdown(2), start=1))))
    return "\n".join(out)
