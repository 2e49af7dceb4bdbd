# Value classes with operator overloading: Money in cents, 2D vectors, sum/sorted.
import math
from functools import total_ordering


@total_ordering
class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    @classmethod
    def parse(cls, text):
        cur, _, amount = text.partition(" ")
        whole, _, frac = amount.partition(".")
        sign = -1 if whole.startswith("-") else 1
        return cls(sign * (abs(int(whole)) * 100 + int((frac + "00")[:2])), cur)

    def _same(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch {self.currency}/{other.currency}")
        return other

    def __add__(self, other):
        if other == 0:
            return self
        o = self._same(other)
        return Money(self.cents + o.cents, self.currency)

    __radd__ = __add__

    def __mul__(self, k):
        return Money(round(self.cents * k), self.currency)

    def __eq__(self, other):
        if isinstance(other, int):
            return self.cents == other
        return isinstance(other, Money) and (self.cents, self.currency) == (other.cents, other.currency)

    def __lt__(self, other):
        return self.cents < self._same(other).cents

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __neg__(self):
        return Money(-self.cents, self.currency)

    def __bool__(self):
        return self.cents != 0

    def __repr__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{self.currency} {sign}{abs(self.cents) // 100:,}.{abs(self.cents) % 100:02d}"


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    def __rmul__(self, k): return self * k
    def __abs__(self): return math.sqrt(self.x ** 2 + self.y ** 2)
    def __iter__(self): yield from (self.x, self.y)
    def __repr__(self): return f"Vec({self.x!r}, {self.y!r})"


def on_client_request():
    prices = [Money.parse(s) for s in ("EUR 12.5", "EUR 0.99", "EUR -3.10", "EUR 1200")]
    out = [repr(prices), repr(sum(prices)), repr(sorted(prices)), repr(max(prices))]
    out.append(repr(prices[1] * 3) + " " + repr(-prices[0]) + " " + str(bool(Money(0))))
    out.append(str(Money(5) >= Money(5)) + str(Money(4) > Money(5)) + str(Money(5) == 5))
    try:
        Money(1) + Money(1, "USD")
    except ValueError as e:
        out.append(str(e))
    out.append(str(len({Money(100), Money(100), Money(100, "USD")})))
    a, b = Vec(3, 4), Vec(1, -2)
    out.append(repr([a + b, a - b, 2 * a, b * 0.5]) + f" |a|={abs(a)} {list(a)}")
    x, y = a + b
    out.append(f"{x=} {y=}")
    return "\n".join(out)
