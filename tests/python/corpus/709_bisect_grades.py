# Grade bands and range lookups with bisect; sorted insertion; percentiles.
import bisect

BREAKS = [60, 70, 80, 90]
GRADES = "FDCBA"


def grade(score):
    return GRADES[bisect.bisect(BREAKS, score)]


def percentile(sorted_xs, p):
    if not sorted_xs:
        raise ValueError("empty data")
    k = (len(sorted_xs) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(sorted_xs) - 1)
    return sorted_xs[lo] + (sorted_xs[hi] - sorted_xs[lo]) * (k - lo)


class Timeline:
    def __init__(self):
        self.times = []
        self.events = []

    def add(self, t, what):
        i = bisect.bisect_right(self.times, t)
        self.times.insert(i, t)
        self.events.insert(i, what)

    def between(self, a, b):
        i = bisect.bisect_left(self.times, a)
        j = bisect.bisect_right(self.times, b)
        return list(zip(self.times[i:j], self.events[i:j]))


def on_client_request():
    scores = [33, 99, 77, 70, 89, 90, 100, 59, 60, 81, 65]
    out = [" ".join(f"{s}:{grade(s)}" for s in scores)]
    ranked = []
    for s in scores:
        bisect.insort(ranked, s)
    out.append(str(ranked))
    for p in (0, 25, 50, 90, 100):
        out.append(f"p{p:<3}= {percentile(ranked, p):8.3f}")
    try:
        percentile([], 50)
    except ValueError as e:
        out.append(repr(e))
    tl = Timeline()
    for t, w in [(5, "b"), (1, "a"), (5, "c"), (9, "d"), (3, "x"), (5, "e")]:
        tl.add(t, w)
    out.append(str(tl.between(3, 5)))
    out.append(str(tl.between(6, 8)))
    people = sorted([("zoe", 31), ("al", 25), ("bo", 40), ("cy", 25)], key=lambda p: p[1])
    ages = [p[1] for p in people]
    out.append(str(bisect.bisect_left(people, 30, key=lambda p: p[1])) + " " + str(bisect.bisect_right(ages, 25)))
    bisect.insort_left(people, ("dee", 25), key=lambda p: p[1])
    out.append(str(people))
    words = sorted("the quick brown fox jumps over a lazy dog".split())
    out.append(str([words[bisect.bisect_left(words, pre)] for pre in ("b", "l", "o", "t")]))
    return "\n".join(out)
