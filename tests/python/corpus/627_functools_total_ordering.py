# functools.total_ordering: the missing comparisons from __lt__ or __ge__,
# NotImplemented passed on, sorting and max, its ValueError.
from functools import total_ordering
import functools

@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "V" + ".".join(str(p) for p in self.parts)

@functools.total_ordering
class Money:
    def __init__(self, c):
        self.c = c
    def __eq__(self, o):
        return self.c == o.c
    def __ge__(self, o):
        return self.c >= o.c

def on_client_request():
    a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
    out = [a < b, a <= c, a > b, a >= c, b > a, b >= a, a <= b]
    out.append(sorted([b, a, Version(0, 9)]))
    out.append(max([a, b]))
    m, n = Money(3), Money(5)
    out.append([m < n, m <= n, m > n, m >= n, m <= Money(3), m > Money(3)])
    out.append(a.__gt__(b))
    try:
        a < 3
    except TypeError as e:
        out.append(str(e))
    try:
        @total_ordering
        class Bad:
            pass
    except ValueError as e:
        out.append(str(e))
    return repr(out)
