# date: the proleptic Gregorian calendar, days counted from 0001-01-01
# (ordinal 1).

_mayfly_dt_MDAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_mayfly_dt_BEFORE = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
_mayfly_dt_MAX_ORD = 3652059


def _mayfly_dt_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _mayfly_dt_mdays(y, m):
    if m == 2 and _mayfly_dt_leap(y):
        return 29
    return _mayfly_dt_MDAYS[m]


def _mayfly_dt_ord(y, m, d):
    p = y - 1
    n = p * 365 + p // 4 - p // 100 + p // 400 + _mayfly_dt_BEFORE[m] + d
    if m > 2 and _mayfly_dt_leap(y):
        n = n + 1
    return n


def _mayfly_dt_ymd(n):
    # The (year, month, day) of ordinal n.
    n = n - 1
    c400, n = divmod(n, 146097)
    c100, n = divmod(n, 36524)
    c4, n = divmod(n, 1461)
    c1, n = divmod(n, 365)
    y = c400 * 400 + c100 * 100 + c4 * 4 + c1 + 1
    if c1 == 4 or c100 == 4:
        return y - 1, 12, 31
    m = 1
    while True:
        k = _mayfly_dt_mdays(y, m)
        if n < k:
            return y, m, n + 1
        n = n - k
        m = m + 1


def _mayfly_dt_check_date(y, m, d):
    if y < 1 or y > 9999:
        raise ValueError("year " + str(y) + " is out of range")
    if m < 1 or m > 12:
        raise ValueError("month must be in 1..12")
    if d < 1 or d > _mayfly_dt_mdays(y, m):
        raise ValueError("day is out of range for month")


def _mayfly_dt_week1(y):
    # The ordinal of the Monday of ISO week 1 of year y.
    first = _mayfly_dt_ord(y, 1, 1)
    wd = (first + 6) % 7
    mon = first - wd
    if wd > 3:
        mon = mon + 7
    return mon


def _mayfly_dt_new_date(y, m, d):
    r = _mayfly_dt_date(1, 1, 1)
    r._year = y
    r._month = m
    r._day = d
    return r


def _mayfly_dt_date_of(n):
    if n < 1 or n > _mayfly_dt_MAX_ORD:
        raise OverflowError("date value out of range")
    y, m, d = _mayfly_dt_ymd(n)
    return _mayfly_dt_new_date(y, m, d)


class _mayfly_dt_IsoCalendarDate:
    def __init__(self, year, week, weekday):
        self._t = (year, week, weekday)

    @property
    def year(self):
        return self._t[0]

    @property
    def week(self):
        return self._t[1]

    @property
    def weekday(self):
        return self._t[2]

    def __repr__(self):
        t = self._t
        return "datetime.IsoCalendarDate(year=" + str(t[0]) + ", week=" + str(t[1]) + ", weekday=" + str(t[2]) + ")"

    def __iter__(self):
        return iter(self._t)

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return self._t[i]

    def __eq__(self, other):
        if isinstance(other, _mayfly_dt_IsoCalendarDate):
            return self._t == other._t
        if isinstance(other, tuple):
            return self._t == other
        return NotImplemented

    def __hash__(self):
        return hash(self._t)


class _mayfly_dt_date:
    def __init__(self, year=_mayfly_dt_NO, month=_mayfly_dt_NO, day=_mayfly_dt_NO):
        y = _mayfly_dt_arg(year, "year", 1)
        m = _mayfly_dt_arg(month, "month", 2)
        d = _mayfly_dt_arg(day, "day", 3)
        _mayfly_dt_check_date(y, m, d)
        self._year = y
        self._month = m
        self._day = d

    @classmethod
    def today(cls):
        return _mayfly_dt_now(None, False).date()

    @classmethod
    def fromtimestamp(cls, t):
        return _mayfly_dt_from_ts(t, None, False).date()

    @classmethod
    def fromordinal(cls, n):
        n = _mayfly_dt_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _mayfly_dt_ymd(n)
        if y > 9999:
            raise ValueError("year " + str(y) + " is out of range")
        return _mayfly_dt_new_date(y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        ymd = None
        if len(s) in (7, 8, 10):
            ymd = _mayfly_dt_parse_date(s, len(s))
        if ymd is None:
            raise ValueError("Invalid isoformat string: " + repr(s))
        return _mayfly_dt_date(ymd[0], ymd[1], ymd[2])

    @classmethod
    def fromisocalendar(cls, year, week, day):
        y, m, d = _mayfly_dt_from_iso(_mayfly_dt_int(year), _mayfly_dt_int(week), _mayfly_dt_int(day))
        return _mayfly_dt_date(y, m, d)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def toordinal(self):
        return _mayfly_dt_ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return (self.toordinal() + 6) % 7 + 1

    def isocalendar(self):
        n = self.toordinal()
        y = self._year
        w1 = _mayfly_dt_week1(y)
        if n < w1:
            y = y - 1
            w1 = _mayfly_dt_week1(y)
        elif n >= _mayfly_dt_week1(y + 1):
            y = y + 1
            w1 = _mayfly_dt_week1(y)
        return _mayfly_dt_IsoCalendarDate(y, (n - w1) // 7 + 1, (n + 6) % 7 + 1)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        return _mayfly_dt_strftime(self, "%a %b %e %H:%M:%S %Y")

    def strftime(self, format):
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not " + _mayfly_dt_argname(format))
        return _mayfly_dt_strftime(self, format)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return _mayfly_dt_date(year, month, day)

    def __repr__(self):
        return "datetime.date(" + str(self._year) + ", " + str(self._month) + ", " + str(self._day) + ")"

    def _key(self):
        return (self._year, self._month, self._day)

    def _other(self, other, op):
        # The other date of a comparison; None when it is no date.
        if isinstance(other, _mayfly_dt_datetime):
            if op == "==" or op == "!=":
                return None
            raise TypeError("can't compare datetime.datetime to datetime.date")
        if isinstance(other, _mayfly_dt_date):
            return other
        return None

    def __eq__(self, other):
        o = self._other(other, "==")
        if o is None:
            if isinstance(other, _mayfly_dt_datetime):
                return False
            return NotImplemented
        return self._key() == o._key()

    def __ne__(self, other):
        o = self._other(other, "!=")
        if o is None:
            if isinstance(other, _mayfly_dt_datetime):
                return True
            return NotImplemented
        return self._key() != o._key()

    def __lt__(self, other):
        o = self._other(other, "<")
        if o is None:
            return NotImplemented
        return self._key() < o._key()

    def __le__(self, other):
        o = self._other(other, "<=")
        if o is None:
            return NotImplemented
        return self._key() <= o._key()

    def __gt__(self, other):
        o = self._other(other, ">")
        if o is None:
            return NotImplemented
        return self._key() > o._key()

    def __ge__(self, other):
        o = self._other(other, ">=")
        if o is None:
            return NotImplemented
        return self._key() >= o._key()

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, _mayfly_dt_timedelta):
            return _mayfly_dt_date_of(self.toordinal() + other._days)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, _mayfly_dt_timedelta):
            return _mayfly_dt_date_of(self.toordinal() + other._days)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, _mayfly_dt_timedelta):
            return _mayfly_dt_date_of(self.toordinal() - other._days)
        if isinstance(other, _mayfly_dt_datetime):
            return NotImplemented
        if isinstance(other, _mayfly_dt_date):
            return _mayfly_dt_delta((self.toordinal() - other.toordinal()) * _mayfly_dt_US_DAY)
        return NotImplemented


def _mayfly_dt_from_iso(y, w, d):
    # fromisocalendar's (year, month, day), with CPython's errors.
    if y < 1 or y > 9999:
        raise ValueError("Year is out of range: " + str(y))
    if w <= 0 or w >= 53:
        last = False
        if w == 53:
            first = (_mayfly_dt_ord(y, 1, 1) + 6) % 7
            last = first == 3 or (first == 2 and _mayfly_dt_leap(y))
        if not last:
            raise ValueError("Invalid week: " + str(w))
    if d <= 0 or d > 7:
        raise ValueError("Invalid day: " + str(d) + " (range is [1, 7])")
    n = _mayfly_dt_week1(y) + (w - 1) * 7 + d - 1
    return _mayfly_dt_ymd(n)


_mayfly_dt_date.min = _mayfly_dt_new_date(1, 1, 1)
_mayfly_dt_date.max = _mayfly_dt_new_date(9999, 12, 31)
_mayfly_dt_date.resolution = _mayfly_dt_delta(_mayfly_dt_US_DAY)
