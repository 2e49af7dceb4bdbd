# A Fraction class with the full operator set: normalisation by gcd,
# arithmetic with ints on either side, comparisons, hashing equal to
# equal values, __str__/__repr__, __bool__, __neg__, __abs__.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n = n // g
        self.d = d // g

    @staticmethod
    def of(x):
        return x if isinstance(x, Frac) else Frac(x)

    def __add__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)

    def __rsub__(self, o):
        return Frac.of(o) - self

    def __mul__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d, self.d * o.n)

    def __neg__(self):
        return Frac(-self.n, self.d)

    def __abs__(self):
        return Frac(abs(self.n), self.d)

    def __eq__(self, o):
        o = Frac.of(o)
        return self.n == o.n and self.d == o.d

    def __lt__(self, o):
        o = Frac.of(o)
        return self.n * o.d < o.n * self.d

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash((self.n, self.d))

    def __bool__(self):
        return self.n != 0

    def __repr__(self):
        return f"Frac({self.n}, {self.d})"

    def __str__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"


def on_client_request():
    a = Frac(1, 2)
    b = Frac(3, 4)
    out = [a + b, a - b, a * b, a / b, 1 + a, 2 - a, 3 * b, -a, abs(-b), a < b, b <= a, a == Frac(2, 4), a == 0.5 if False else "skip"]
    out.append(sorted([Frac(5, 3), Frac(-1, 2), Frac(2), Frac(7, 8)]))
    out.append([str(x) for x in [Frac(6, 3), Frac(-10, 4), Frac(0, 5)]])
    out.append([bool(Frac(0)), bool(a), len({Frac(1, 2): 1, Frac(2, 4): 2})])
    out.append(sum([Frac(1, n) for n in range(1, 6)], Frac(0)))
    try:
        Frac(1, 0)
    except ZeroDivisionError as e:
        out.append(str(e))
    return "\n".join(str(x) for x in out) + "\n"
