# The conversion special methods: int() by __int__, __index__ or
# __trunc__, float() by __float__ or __index__, __index__ where an int is
# required (range, bin, list repetition, slicing), round() with and
# without ndigits, math.floor/ceil/trunc, __format__ (format(), f-strings
# with and without a spec, str.format), reversed() by __reversed__ or the
# sequence protocol; the TypeErrors for bad results and missing methods,
# and those of int(), float() and reversed() for builtin values.
import math


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __int__(self):
        return self.cents // 100

    def __float__(self):
        return self.cents / 100

    def __round__(self, nd=None):
        if nd is None:
            return Money(round(self.cents, -2))
        return f"round to {nd}"

    def __floor__(self):
        return "floor!"

    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        return f"${self.cents / 100:{spec}}"

    def __repr__(self):
        return f"Money({self.cents})"


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Trunc:
    def __trunc__(self):
        return 7


class Bad:
    def __int__(self):
        return "seven"

    def __float__(self):
        return 7

    def __index__(self):
        return 2.5

    def __format__(self, spec):
        return 42


class Countdown:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10


class Rev:
    def __reversed__(self):
        return iter("cba")

    def __iter__(self):
        return iter("abc")


class OnlyIter:
    def __iter__(self):
        return iter([1, 2])


class NoRev(Countdown):
    __reversed__ = None


def attempt(f):
    try:
        return repr(f())
    except (TypeError, ValueError) as e:
        return type(e).__name__ + ": " + str(e)


def on_client_request():
    m = Money(1999)
    i = Idx(3)
    tests = [
        lambda: int(m), lambda: float(m), lambda: round(m), lambda: round(m, 1),
        lambda: math.floor(m), lambda: math.ceil(m), lambda: math.trunc(m),
        lambda: format(m), lambda: format(m, ">10.1f"), lambda: f"{m}|{m:.3f}|{m!r}",
        lambda: "{} {:.0f}".format(m, m), lambda: str(m),
        lambda: int(i), lambda: float(i), lambda: list(range(i)), lambda: bin(i),
        lambda: [0] * i, lambda: "ab"[:i], lambda: math.floor(i),
        lambda: int(Trunc()), lambda: math.trunc(Trunc()),
        lambda: int(Bad()), lambda: float(Bad()), lambda: list(range(Bad())),
        lambda: format(Bad(), ""), lambda: f"{Bad()}",
        lambda: list(reversed(Countdown(4))), lambda: list(reversed(Rev())),
        lambda: list(reversed(OnlyIter())), lambda: list(reversed(NoRev(2))),
        lambda: int(OnlyIter()), lambda: float(OnlyIter()), lambda: round(OnlyIter()),
        lambda: math.floor(OnlyIter()), lambda: math.trunc(OnlyIter()),
        lambda: format(OnlyIter(), "x"),
        lambda: int([1]), lambda: float([1]), lambda: float(None), lambda: int(None),
        lambda: int("12", 16), lambda: int(12.5, 10), lambda: float("x1"),
        lambda: list(reversed({1, 2})), lambda: list(reversed(x for x in "ab")),
        lambda: list(reversed({"a": 1, "b": 2}.values())),
    ]
    return "\n".join(attempt(t) for t in tests)
