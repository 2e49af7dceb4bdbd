# The iterator protocol: __iter__ returning self and __next__ raising
# StopIteration, used by for, list(), sum(), `in`, unpacking, zip and
# next() with and without a default.
class Fib:
    def __init__(self, limit):
        self.limit = limit
        self.a = 0
        self.b = 1

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r


class Range2:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return Range2Iter(self.n)


class Range2Iter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration()
        self.i += 1
        return self.i * 2


def on_client_request():
    out = [list(Fib(50)), sum(Fib(10)), 8 in Fib(10), 9 in Fib(10)]
    total = 0
    for v in Range2(4):
        total += v
    out.append(total)
    a, b, c = Range2(3)
    out.append([a, b, c])
    out.append(list(zip(Range2(5), Fib(3))))
    it = iter(Fib(1))
    out.append([next(it), next(it), next(it), next(it, "done")])
    try:
        next(it)
    except StopIteration:
        out.append("stop")
    for x in Fib(100):
        if x > 10:
            out.append(x)
            break
    return "\n".join(str(x) for x in out) + "\n"
