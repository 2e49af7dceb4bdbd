# datetime: a date and a time of day, naive or aware; the clock comes
# from the host at each call (never the init snapshot's).


def _mayfly_dt_clock_us():
    # Microseconds since the epoch, rounded down as CPython's now().
    return __mayfly_time_ns() // 1000


def _mayfly_dt_from_us(us, tz, utc):
    # The datetime us microseconds after the epoch (UTC; the sandbox's
    # local zone is UTC too), then in tz if one is given.
    days, rest = divmod(us, _mayfly_dt_US_DAY)
    n = days + 719163
    if n < 1 or n > _mayfly_dt_MAX_ORD:
        raise ValueError("year is out of range")
    y, m, d = _mayfly_dt_ymd(n)
    s, u = divmod(rest, 1000000)
    mi, s = divmod(s, 60)
    h, mi = divmod(mi, 60)
    r = _mayfly_dt_datetime(y, m, d, h, mi, s, u)
    if tz is not None:
        r._tz = tz
        r = tz.fromutc(r)
    return r


def _mayfly_dt_now(tz, utc):
    if tz is not None and not isinstance(tz, _mayfly_dt_tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '" + _mayfly_dt_tname(tz) + "'")
    return _mayfly_dt_from_us(_mayfly_dt_clock_us(), tz, utc)


def _mayfly_dt_from_ts(t, tz, utc):
    if tz is not None and not isinstance(tz, _mayfly_dt_tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '" + _mayfly_dt_tname(tz) + "'")
    if isinstance(t, int):
        return _mayfly_dt_from_us(int(t) * 1000000, tz, utc)
    if not isinstance(t, float):
        raise TypeError("'" + _mayfly_dt_tname(t) + "' object cannot be interpreted as an integer")
    whole = float(int(t))
    frac = (t - whole) * 1e6
    r = _mayfly_dt_cround(frac)
    if abs(frac - r) == 0.5:
        r = 2.0 * _mayfly_dt_cround(frac / 2.0)
    if r >= 1e6:
        r = r - 1e6
        whole = whole + 1.0
    elif r < 0:
        r = r + 1e6
        whole = whole - 1.0
    return _mayfly_dt_from_us(int(whole) * 1000000 + int(r), tz, utc)


def _mayfly_dt_local_zone():
    return _mayfly_dt_timezone(_mayfly_dt_delta(0), "UTC")


class _mayfly_dt_datetime(_mayfly_dt_date):
    def __init__(self, year=_mayfly_dt_NO, month=_mayfly_dt_NO, day=_mayfly_dt_NO, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        y = _mayfly_dt_arg(year, "year", 1)
        mo = _mayfly_dt_arg(month, "month", 2)
        d = _mayfly_dt_arg(day, "day", 3)
        h = _mayfly_dt_int(hour)
        mi = _mayfly_dt_int(minute)
        s = _mayfly_dt_int(second)
        us = _mayfly_dt_int(microsecond)
        f = _mayfly_dt_int(fold)
        _mayfly_dt_check_date(y, mo, d)
        _mayfly_dt_check_time(h, mi, s, us, tzinfo, f)
        self._year = y
        self._month = mo
        self._day = d
        self._hour = h
        self._minute = mi
        self._second = s
        self._us = us
        self._tz = tzinfo
        self._fold = f

    @classmethod
    def now(cls, tz=None):
        return _mayfly_dt_now(tz, False)

    @classmethod
    def utcnow(cls):
        return _mayfly_dt_now(None, True)

    @classmethod
    def today(cls):
        return _mayfly_dt_now(None, False)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        return _mayfly_dt_from_ts(t, tz, False)

    @classmethod
    def utcfromtimestamp(cls, t):
        return _mayfly_dt_from_ts(t, None, True)

    @classmethod
    def fromordinal(cls, n):
        d = _mayfly_dt_date.fromordinal(n)
        return _mayfly_dt_datetime(d._year, d._month, d._day)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        d = _mayfly_dt_date.fromisocalendar(year, week, day)
        return _mayfly_dt_datetime(d._year, d._month, d._day)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _mayfly_dt_date):
            raise TypeError("combine() argument 1 must be datetime.date, not " + _mayfly_dt_argname(date))
        if not isinstance(time, _mayfly_dt_time):
            raise TypeError("combine() argument 2 must be datetime.time, not " + _mayfly_dt_argname(time))
        if tzinfo is True:
            tzinfo = time._tz
        return _mayfly_dt_datetime(date._year, date._month, date._day, time._hour, time._minute, time._second, time._us, tzinfo, fold=time._fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        r = _mayfly_dt_parse_datetime(s)
        if r is None:
            raise ValueError("Invalid isoformat string: " + repr(s))
        return _mayfly_dt_datetime(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7])

    @classmethod
    def strptime(cls, date_string, format):
        return _mayfly_dt_strptime(date_string, format)

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._us

    @property
    def tzinfo(self):
        return self._tz

    @property
    def fold(self):
        return self._fold

    def date(self):
        return _mayfly_dt_new_date(self._year, self._month, self._day)

    def time(self):
        return _mayfly_dt_time(self._hour, self._minute, self._second, self._us, fold=self._fold)

    def timetz(self):
        return _mayfly_dt_time(self._hour, self._minute, self._second, self._us, self._tz, fold=self._fold)

    def utcoffset(self):
        if self._tz is None:
            return None
        return _mayfly_dt_check_offset(self._tz.utcoffset(self), "utcoffset")

    def dst(self):
        if self._tz is None:
            return None
        return _mayfly_dt_check_offset(self._tz.dst(self), "dst")

    def tzname(self):
        return _mayfly_dt_tzname_of(self._tz, self)

    def _us_all(self):
        # Microseconds since 0001-01-01T00:00 of the fields, ignoring tz.
        days = _mayfly_dt_ord(self._year, self._month, self._day)
        return days * _mayfly_dt_US_DAY + ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._us

    def timestamp(self):
        off = self.utcoffset()
        if off is None:
            s = (self._us_all() - self._us) // 1000000 - 62135683200
            return float(s) + self._us / 1e6
        return (self._us_all() - off._total() - 62135683200000000) / 1000000

    def astimezone(self, tz=None):
        if tz is None:
            tz = _mayfly_dt_local_zone()
        elif not isinstance(tz, _mayfly_dt_tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '" + _mayfly_dt_tname(tz) + "'")
        off = self.utcoffset()
        if off is None:
            off = _mayfly_dt_delta(0)
        if self._tz is tz:
            return self
        utc = _mayfly_dt_dt_of(self._us_all() - off._total(), tz)
        return tz.fromutc(utc)

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not " + _mayfly_dt_argname(sep))
        out = "%04d-%02d-%02d" % (self._year, self._month, self._day) + sep
        out = out + _mayfly_dt_timespec(self._hour, self._minute, self._second, self._us, timespec)
        off = self.utcoffset()
        if off is not None:
            out = out + _mayfly_dt_offset_str(off, ":")
        return out

    def __str__(self):
        return self.isoformat(" ")

    def ctime(self):
        return _mayfly_dt_strftime(self, "%a %b %e %H:%M:%S %Y")

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._us
        if tzinfo is True:
            tzinfo = self._tz
        if fold is None:
            fold = self._fold
        return _mayfly_dt_datetime(year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold)

    def __repr__(self):
        out = "datetime.datetime(" + str(self._year) + ", " + str(self._month) + ", " + str(self._day)
        out = out + ", " + str(self._hour) + ", " + str(self._minute)
        if self._second or self._us:
            out = out + ", " + str(self._second)
        if self._us:
            out = out + ", " + str(self._us)
        if self._tz is not None:
            out = out + ", tzinfo=" + repr(self._tz)
        if self._fold:
            out = out + ", fold=1"
        return out + ")"

    def _cmp(self, other, op):
        # -1, 0 or 1; None for naive against aware under == and !=.
        a = self._us_all()
        b = other._us_all()
        if self._tz is not other._tz:
            oa = self.utcoffset()
            ob = other.utcoffset()
            if (oa is None) != (ob is None):
                if op == "==" or op == "!=":
                    return None
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            if oa is not None:
                a = a - oa._total()
                b = b - ob._total()
        if a < b:
            return -1
        if a > b:
            return 1
        return 0

    def _other(self, other, op):
        if isinstance(other, _mayfly_dt_datetime):
            return other
        if isinstance(other, _mayfly_dt_date) and op != "==" and op != "!=":
            raise TypeError("can't compare datetime.datetime to datetime.date")
        return None

    def __eq__(self, other):
        o = self._other(other, "==")
        if o is None:
            if isinstance(other, _mayfly_dt_date):
                return False
            return NotImplemented
        return self._cmp(o, "==") == 0

    def __ne__(self, other):
        o = self._other(other, "!=")
        if o is None:
            if isinstance(other, _mayfly_dt_date):
                return True
            return NotImplemented
        return self._cmp(o, "!=") != 0

    def __lt__(self, other):
        o = self._other(other, "<")
        if o is None:
            return NotImplemented
        return self._cmp(o, "<") < 0

    def __le__(self, other):
        o = self._other(other, "<=")
        if o is None:
            return NotImplemented
        return self._cmp(o, "<=") <= 0

    def __gt__(self, other):
        o = self._other(other, ">")
        if o is None:
            return NotImplemented
        return self._cmp(o, ">") > 0

    def __ge__(self, other):
        o = self._other(other, ">=")
        if o is None:
            return NotImplemented
        return self._cmp(o, ">=") >= 0

    def __hash__(self):
        off = self.utcoffset()
        t = self._us_all()
        if off is not None:
            t = t - off._total()
        return hash(t)

    def __add__(self, other):
        if isinstance(other, _mayfly_dt_timedelta):
            return _mayfly_dt_dt_of(self._us_all() + other._total(), self._tz)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, _mayfly_dt_timedelta):
            return _mayfly_dt_dt_of(self._us_all() + other._total(), self._tz)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, _mayfly_dt_timedelta):
            return _mayfly_dt_dt_of(self._us_all() - other._total(), self._tz)
        if not isinstance(other, _mayfly_dt_datetime):
            return NotImplemented
        a = self._us_all()
        b = other._us_all()
        if self._tz is not other._tz:
            oa = self.utcoffset()
            ob = other.utcoffset()
            if (oa is None) != (ob is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if oa is not None:
                a = a - oa._total()
                b = b - ob._total()
        return _mayfly_dt_delta(a - b)

    def __rsub__(self, other):
        return NotImplemented


def _mayfly_dt_dt_of(us, tz):
    # The datetime us microseconds after 0001-01-01T00:00 (day 1), in tz.
    days, rest = divmod(us, _mayfly_dt_US_DAY)
    if days < 1 or days > _mayfly_dt_MAX_ORD:
        raise OverflowError("date value out of range")
    y, m, d = _mayfly_dt_ymd(days)
    s, u = divmod(rest, 1000000)
    mi, s = divmod(s, 60)
    h, mi = divmod(mi, 60)
    return _mayfly_dt_datetime(y, m, d, h, mi, s, u, tz)


_mayfly_dt_datetime.min = _mayfly_dt_datetime(1, 1, 1)
_mayfly_dt_datetime.max = _mayfly_dt_datetime(9999, 12, 31, 23, 59, 59, 999999)
_mayfly_dt_datetime.resolution = _mayfly_dt_delta(1)
