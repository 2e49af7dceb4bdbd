# tzinfo (the base a user zone may subclass) and timezone, fixed
# offsets strictly inside a day.


class _mayfly_dt_tzinfo:
    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def fromutc(self, dt):
        if not isinstance(dt, _mayfly_dt_datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tz is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = off - dst
        if delta:
            dt = dt + delta
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst


def _mayfly_dt_offset_str(off, sep):
    # +HH:MM[:SS[.ffffff]] (sep between the parts) of a timedelta.
    sign = "+"
    if off._days < 0:
        sign = "-"
        off = -off
    m, s = divmod(off._seconds, 60)
    h, m = divmod(m, 60)
    out = sign + ("%02d" % h) + sep + ("%02d" % m)
    if s or off._us:
        out = out + sep + ("%02d" % s)
        if off._us:
            out = out + (".%06d" % off._us)
    return out


def _mayfly_dt_check_offset(off, what):
    # A utcoffset()/dst() result: None or a timedelta inside a day.
    if off is None:
        return None
    if not isinstance(off, _mayfly_dt_timedelta):
        raise TypeError("tzinfo." + what + "() must return None or timedelta, not '" + _mayfly_dt_tname(off) + "'")
    if not (-_mayfly_dt_ONE_DAY < off < _mayfly_dt_ONE_DAY):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not " + repr(off) + ".")
    return off


class _mayfly_dt_timezone(_mayfly_dt_tzinfo):
    def __init__(self, offset=_mayfly_dt_NO, name=None):
        if offset is _mayfly_dt_NO:
            raise TypeError("timezone() missing required argument 'offset' (pos 1)")
        if not isinstance(offset, _mayfly_dt_timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not " + _mayfly_dt_argname(offset))
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not " + _mayfly_dt_argname(name))
        if not (-_mayfly_dt_ONE_DAY < offset < _mayfly_dt_ONE_DAY):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not " + repr(offset) + ".")
        self._offset = offset
        self._name = name

    def utcoffset(self, dt):
        if dt is None or isinstance(dt, _mayfly_dt_datetime):
            return self._offset
        raise TypeError("utcoffset(dt) argument must be a datetime instance or None, not " + _mayfly_dt_tname(dt))

    def dst(self, dt):
        if dt is None or isinstance(dt, _mayfly_dt_datetime):
            return None
        raise TypeError("dst(dt) argument must be a datetime instance or None, not " + _mayfly_dt_tname(dt))

    def tzname(self, dt):
        if dt is None or isinstance(dt, _mayfly_dt_datetime):
            return self._label()
        raise TypeError("tzname(dt) argument must be a datetime instance or None, not " + _mayfly_dt_tname(dt))

    def _label(self):
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _mayfly_dt_offset_str(self._offset, ":")

    def fromutc(self, dt):
        if not isinstance(dt, _mayfly_dt_datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tz is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __repr__(self):
        if self._name is None and not self._offset:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(" + repr(self._offset) + ")"
        return "datetime.timezone(" + repr(self._offset) + ", " + repr(self._name) + ")"

    def __str__(self):
        return self._label()

    def __eq__(self, other):
        if isinstance(other, _mayfly_dt_timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)


def _mayfly_dt_zone(offset, name):
    # timezone(offset): the UTC singleton for a zero offset without a name.
    if name is None and not offset:
        return _mayfly_dt_UTC
    return _mayfly_dt_timezone(offset, name)


_mayfly_dt_ONE_DAY = _mayfly_dt_delta(_mayfly_dt_US_DAY)
_mayfly_dt_UTC = _mayfly_dt_timezone(_mayfly_dt_delta(0))
_mayfly_dt_timezone.utc = _mayfly_dt_UTC
_mayfly_dt_timezone.min = _mayfly_dt_timezone(_mayfly_dt_delta(60000000 - _mayfly_dt_US_DAY))
_mayfly_dt_timezone.max = _mayfly_dt_timezone(_mayfly_dt_delta(_mayfly_dt_US_DAY - 60000000))
