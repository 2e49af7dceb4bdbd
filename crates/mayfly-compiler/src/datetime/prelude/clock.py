# time (of day), and the fields shared with datetime.


def _mayfly_dt_check_time(h, mi, s, us, tz, fold):
    if h < 0 or h > 23:
        raise ValueError("hour must be in 0..23")
    if mi < 0 or mi > 59:
        raise ValueError("minute must be in 0..59")
    if s < 0 or s > 59:
        raise ValueError("second must be in 0..59")
    if us < 0 or us > 999999:
        raise ValueError("microsecond must be in 0..999999")
    if tz is not None and not isinstance(tz, _mayfly_dt_tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '" + _mayfly_dt_tname(tz) + "'")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")


def _mayfly_dt_timespec(h, mi, s, us, spec):
    # HH[:MM[:SS[.fff[fff]]]] as isoformat's timespec asks.
    if spec == "auto":
        if us:
            spec = "microseconds"
        else:
            spec = "seconds"
    if spec == "hours":
        return "%02d" % h
    if spec == "minutes":
        return "%02d:%02d" % (h, mi)
    if spec == "seconds":
        return "%02d:%02d:%02d" % (h, mi, s)
    if spec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (h, mi, s, us // 1000)
    if spec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (h, mi, s, us)
    raise ValueError("Unknown timespec value")


def _mayfly_dt_tzname_of(tz, dt):
    if tz is None:
        return None
    name = tz.tzname(dt)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '" + _mayfly_dt_tname(name) + "'")
    return name


class _mayfly_dt_time:
    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        h = _mayfly_dt_int(hour)
        mi = _mayfly_dt_int(minute)
        s = _mayfly_dt_int(second)
        us = _mayfly_dt_int(microsecond)
        f = _mayfly_dt_int(fold)
        _mayfly_dt_check_time(h, mi, s, us, tzinfo, f)
        self._hour = h
        self._minute = mi
        self._second = s
        self._us = us
        self._tz = tzinfo
        self._fold = f

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        t = s
        if len(t) > 0 and t[0] == "T":
            t = t[1:]
        r = _mayfly_dt_parse_time(t)
        if r is None:
            raise ValueError("Invalid isoformat string: " + repr(s))
        return _mayfly_dt_time(r[0], r[1], r[2], r[3], r[4])

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

    def utcoffset(self):
        if self._tz is None:
            return None
        return _mayfly_dt_check_offset(self._tz.utcoffset(None), "utcoffset")

    def dst(self):
        if self._tz is None:
            return None
        return _mayfly_dt_check_offset(self._tz.dst(None), "dst")

    def tzname(self):
        return _mayfly_dt_tzname_of(self._tz, None)

    def isoformat(self, timespec="auto"):
        out = _mayfly_dt_timespec(self._hour, self._minute, self._second, self._us, timespec)
        off = self.utcoffset()
        if off is not None:
            out = out + _mayfly_dt_offset_str(off, ":")
        return out

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not " + _mayfly_dt_argname(format))
        return _mayfly_dt_strftime(self, format)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
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
        return _mayfly_dt_time(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __repr__(self):
        out = "datetime.time(" + str(self._hour) + ", " + str(self._minute)
        if self._second or self._us:
            out = out + ", " + str(self._second)
        if self._us:
            out = out + ", " + str(self._us)
        if self._tz is not None:
            out = out + ", tzinfo=" + repr(self._tz)
        if self._fold:
            out = out + ", fold=1"
        return out + ")"

    def _us_of_day(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._us

    def _cmp(self, other, op):
        # -1, 0 or 1; None for naive against aware under == and !=.
        if self._tz is other._tz:
            a = self._us_of_day()
            b = other._us_of_day()
        else:
            oa = self.utcoffset()
            ob = other.utcoffset()
            if (oa is None) != (ob is None):
                if op == "==" or op == "!=":
                    return None
                raise TypeError("can't compare offset-naive and offset-aware times")
            a = self._us_of_day()
            b = other._us_of_day()
            if oa is not None:
                a = a - oa._total()
                b = b - ob._total()
        if a < b:
            return -1
        if a > b:
            return 1
        return 0

    def __eq__(self, other):
        if not isinstance(other, _mayfly_dt_time):
            return NotImplemented
        return self._cmp(other, "==") == 0

    def __ne__(self, other):
        if not isinstance(other, _mayfly_dt_time):
            return NotImplemented
        return self._cmp(other, "!=") != 0

    def __lt__(self, other):
        if not isinstance(other, _mayfly_dt_time):
            return NotImplemented
        return self._cmp(other, "<") < 0

    def __le__(self, other):
        if not isinstance(other, _mayfly_dt_time):
            return NotImplemented
        return self._cmp(other, "<=") <= 0

    def __gt__(self, other):
        if not isinstance(other, _mayfly_dt_time):
            return NotImplemented
        return self._cmp(other, ">") > 0

    def __ge__(self, other):
        if not isinstance(other, _mayfly_dt_time):
            return NotImplemented
        return self._cmp(other, ">=") >= 0

    def __hash__(self):
        off = self.utcoffset()
        t = self._us_of_day()
        if off is not None:
            t = t - off._total()
        return hash(t)

    def __bool__(self):
        return True


_mayfly_dt_time.min = _mayfly_dt_time(0, 0)
_mayfly_dt_time.max = _mayfly_dt_time(23, 59, 59, 999999)
_mayfly_dt_time.resolution = _mayfly_dt_delta(1)
