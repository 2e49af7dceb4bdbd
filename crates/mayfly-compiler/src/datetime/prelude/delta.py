# datetime's helpers and timedelta, in mayfly's Python. Every global of
# the prelude starts with _mayfly_dt_ (user code cannot name them: the
# rewrite refuses the prefix); the classes show CPython's names
# (front/class.rs strips the prefix and records the module).


class _mayfly_dt_Missing:
    pass


_mayfly_dt_NO = _mayfly_dt_Missing()
_mayfly_dt_US_DAY = 86400000000
_mayfly_dt_MAX_DAYS = 999999999
_mayfly_dt_MINYEAR = 1
_mayfly_dt_MAXYEAR = 9999


def _mayfly_dt_int(v):
    # An integer argument: ints and bools, CPython's TypeError otherwise.
    if isinstance(v, int):
        return int(v)
    raise TypeError("'" + _mayfly_dt_tname(v) + "' object cannot be interpreted as an integer")


def _mayfly_dt_tname(v):
    # The type name CPython's messages give (datetime.date for ours).
    # (By the class's repr, which names the module: naming the classes
    # here would keep all of them in every program, see prune.rs.)
    if v is None:
        return "NoneType"
    if repr(type(v)).startswith("<class 'datetime."):
        return "datetime." + type(v).__name__
    return type(v).__name__


def _mayfly_dt_argname(v):
    # The type name CPython's argument errors give ("None" for None).
    if v is None:
        return "None"
    return _mayfly_dt_tname(v)


def _mayfly_dt_arg(v, name, pos):
    if v is _mayfly_dt_NO:
        raise TypeError("function missing required argument '" + name + "' (pos " + str(pos) + ")")
    return _mayfly_dt_int(v)


def _mayfly_dt_cround(x):
    # C's round(): halves away from zero.
    t = float(int(x))
    if abs(x - t) >= 0.5:
        if x > 0:
            t = t + 1.0
        else:
            t = t - 1.0
    return t


def _mayfly_dt_ratio(f):
    # The float as an exact fraction n/d (d a power of two).
    d = 1
    while f != float(int(f)):
        f = f * 2.0
        d = d * 2
    return int(f), d


def _mayfly_dt_div_even(a, b):
    # a / b rounded to the nearest int, halves to even.
    if b < 0:
        a = -a
        b = -b
    q, r = divmod(a, b)
    if 2 * r > b or (2 * r == b and q % 2 == 1):
        q = q + 1
    return q


def _mayfly_dt_accum(acc, num, factor, what):
    # acc = [microseconds, leftover fraction]: adds num units of factor
    # microseconds, exactly for ints and the integral part of floats.
    if isinstance(num, int):
        acc[0] = acc[0] + int(num) * factor
        return
    if not isinstance(num, float):
        raise TypeError("unsupported type for timedelta " + what + " component: " + _mayfly_dt_tname(num))
    whole = int(num)
    frac = num - float(whole)
    acc[0] = acc[0] + whole * factor
    if frac == 0.0:
        return
    d = float(factor) * frac
    w2 = int(d)
    acc[0] = acc[0] + w2
    acc[1] = acc[1] + (d - float(w2))


def _mayfly_dt_delta(us):
    # A timedelta of us microseconds (an int).
    t = _mayfly_dt_timedelta()
    s, u = divmod(us, 1000000)
    d, s = divmod(s, 86400)
    if abs(d) > _mayfly_dt_MAX_DAYS:
        raise OverflowError("days=" + str(d) + "; must have magnitude <= 999999999")
    t._days = d
    t._seconds = s
    t._us = u
    return t


class _mayfly_dt_timedelta:
    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        acc = [0, 0.0]
        _mayfly_dt_accum(acc, microseconds, 1, "microseconds")
        _mayfly_dt_accum(acc, milliseconds, 1000, "milliseconds")
        _mayfly_dt_accum(acc, seconds, 1000000, "seconds")
        _mayfly_dt_accum(acc, minutes, 60000000, "minutes")
        _mayfly_dt_accum(acc, hours, 3600000000, "hours")
        _mayfly_dt_accum(acc, days, _mayfly_dt_US_DAY, "days")
        _mayfly_dt_accum(acc, weeks, 7 * _mayfly_dt_US_DAY, "weeks")
        us = acc[0]
        left = acc[1]
        if left != 0.0:
            whole = _mayfly_dt_cround(left)
            if abs(whole - left) == 0.5:
                odd = us & 1
                whole = 2.0 * _mayfly_dt_cround((left + odd) * 0.5) - odd
            us = us + int(whole)
        s, u = divmod(us, 1000000)
        d, s = divmod(s, 86400)
        if abs(d) > _mayfly_dt_MAX_DAYS:
            raise OverflowError("days=" + str(d) + "; must have magnitude <= 999999999")
        self._days = d
        self._seconds = s
        self._us = u

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._us

    def _total(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._us

    def total_seconds(self):
        return self._total() / 1000000

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=" + str(self._days))
        if self._seconds:
            parts.append("seconds=" + str(self._seconds))
        if self._us:
            parts.append("microseconds=" + str(self._us))
        if not parts:
            parts.append("0")
        return "datetime.timedelta(" + ", ".join(parts) + ")"

    def __str__(self):
        m, s = divmod(self._seconds, 60)
        h, m = divmod(m, 60)
        out = str(h) + ":" + ("%02d" % m) + ":" + ("%02d" % s)
        if self._days:
            plural = "s"
            if abs(self._days) == 1:
                plural = ""
            out = str(self._days) + " day" + plural + ", " + out
        if self._us:
            out = out + (".%06d" % self._us)
        return out

    def __add__(self, other):
        if isinstance(other, _mayfly_dt_timedelta):
            return _mayfly_dt_delta(self._total() + other._total())
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, _mayfly_dt_timedelta):
            return _mayfly_dt_delta(self._total() + other._total())
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, _mayfly_dt_timedelta):
            return _mayfly_dt_delta(self._total() - other._total())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, _mayfly_dt_timedelta):
            return _mayfly_dt_delta(other._total() - self._total())
        return NotImplemented

    def __neg__(self):
        return _mayfly_dt_delta(-self._total())

    def __pos__(self):
        return self

    def __abs__(self):
        if self._days < 0:
            return _mayfly_dt_delta(-self._total())
        return self

    def __mul__(self, other):
        if isinstance(other, int):
            return _mayfly_dt_delta(self._total() * int(other))
        if isinstance(other, float):
            n, d = _mayfly_dt_ratio(other)
            return _mayfly_dt_delta(_mayfly_dt_div_even(self._total() * n, d))
        return NotImplemented

    def __rmul__(self, other):
        if isinstance(other, int):
            return _mayfly_dt_delta(self._total() * int(other))
        if isinstance(other, float):
            n, d = _mayfly_dt_ratio(other)
            return _mayfly_dt_delta(_mayfly_dt_div_even(self._total() * n, d))
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, _mayfly_dt_timedelta):
            return self._total() / other._total()
        if isinstance(other, int):
            return _mayfly_dt_delta(_mayfly_dt_div_even(self._total(), int(other)))
        if isinstance(other, float):
            n, d = _mayfly_dt_ratio(other)
            return _mayfly_dt_delta(_mayfly_dt_div_even(self._total() * d, n))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, _mayfly_dt_timedelta):
            return self._total() // other._total()
        if isinstance(other, int):
            return _mayfly_dt_delta(self._total() // int(other))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, _mayfly_dt_timedelta):
            return _mayfly_dt_delta(self._total() % other._total())
        return NotImplemented

    def _cmp(self, other):
        a = self._total()
        b = other._total()
        if a < b:
            return -1
        if a > b:
            return 1
        return 0

    def __eq__(self, other):
        if isinstance(other, _mayfly_dt_timedelta):
            return self._total() == other._total()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, _mayfly_dt_timedelta):
            return self._total() != other._total()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, _mayfly_dt_timedelta):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, _mayfly_dt_timedelta):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, _mayfly_dt_timedelta):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, _mayfly_dt_timedelta):
            return self._cmp(other) >= 0
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._us))

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._us != 0


_mayfly_dt_timedelta.min = _mayfly_dt_delta(-_mayfly_dt_MAX_DAYS * _mayfly_dt_US_DAY)
_mayfly_dt_timedelta.max = _mayfly_dt_delta((_mayfly_dt_MAX_DAYS + 1) * _mayfly_dt_US_DAY - 1)
_mayfly_dt_timedelta.resolution = _mayfly_dt_delta(1)
