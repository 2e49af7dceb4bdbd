# A rational number class with normalization, arithmetic, ordering and hashing.
from functools import total_ordering
import math


@total_ordering
class Frac:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError(f"Frac({num}, 0)")
        if den < 0:
            num, den = -num, -den
        g = math.gcd(num, den)
        self.num, self.den = num // g, den // g

    @classmethod
    def parse(cls, text):
        if "/" in text:
            a, b = text.split("/")
            return cls(int(a), int(b))
        whole, _, frac = text.partition(".")
        return cls(int(whole + frac), 10 ** len(frac))

    def _coerce(self, other):
        if isinstance(other, Frac):
            return other
        if isinstance(other, int):
            return Frac(other)
        return NotImplemented

    def __add__(self, other):
        o = self._coerce(other)
        if o is NotImplemented:
            return o
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, other):
        return self + (-self._coerce(other))

    def __rsub__(self, other):
        return self._coerce(other) - self

    def __mul__(self, other):
        o = self._coerce(other)
        return Frac(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = self._coerce(other)
        return Frac(self.num * o.den, self.den * o.num)

    def __neg__(self):
        return Frac(-self.num, self.den)

    def __pow__(self, k):
        return Frac(self.num ** k, self.den ** k) if k >= 0 else Frac(self.den ** -k, self.num ** -k)

    def __eq__(self, other):
        o = self._coerce(other)
        return o is not NotImplemented and (self.num, self.den) == (o.num, o.den)

    def __lt__(self, other):
        o = self._coerce(other)
        return self.num * o.den < o.num * self.den

    def __hash__(self):
        return hash((self.num, self.den)) if self.den != 1 else hash(self.num)

    def __repr__(self):
        return f"Frac({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"


def on_client_request():
    h = sum((Frac(1, k) for k in range(1, 11)), Frac(0))
    xs = [Frac.parse(s) for s in ("3/4", "-2/6", "0.125", "5", "10/-4", "1.50")]
    out = [f"H10 = {h} ~ {h.num / h.den:.6f}", f"parsed: {xs}", f"sorted: {[str(x) for x in sorted(xs)]}"]
    out.append(f"max={max(xs)} min={min(xs)} sum={sum(xs, Frac(0))}")
    out.append(f"{Frac(1, 2) + 1} {2 - Frac(1, 3)} {3 * Frac(2, 9)} {Frac(3, 4) / Frac(3, 8)} {Frac(2, 3) ** -2}")
    out.append(f"{Frac(2, 4) == Frac(1, 2)} {Frac(4, 2) == 2} {Frac(1, 3) >= Frac(1, 3)} {Frac(1, 3) > 0}")
    out.append(f"set size {len({Frac(1, 2), Frac(2, 4), Frac(3, 6), Frac(5), 5})}")
    x = Frac(1)
    for _ in range(6):
        x = (x + Frac(2) / x) / 2
    out.append(f"sqrt2 ~ {x.num}/{x.den} digits={len(str(x.den))}")
    try:
        Frac(1, 0)
    except ZeroDivisionError as e:
        out.append(f"ZeroDivisionError: {e}")
    return "\n".join(out)
