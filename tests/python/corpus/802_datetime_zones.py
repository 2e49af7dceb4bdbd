# Aware datetimes with fixed-offset timezones: timezone's constructor,
# utc, min/max, names, repr/str, equality and hashing; utcoffset, dst,
# tzname; arithmetic and differences across zones; naive against aware
# (== False, ordering and subtraction TypeError); astimezone; date vs
# datetime comparisons; timestamps; a user tzinfo subclass.
import datetime
from datetime import datetime as DT, timedelta, timezone, date, time, tzinfo


def attempt(out, f):
    try:
        out.append(repr(f()))
    except (TypeError, ValueError, OverflowError, NotImplementedError) as e:
        out.append(type(e).__name__ + ": " + str(e))


class Fixed(tzinfo):
    def __init__(self, minutes):
        self.m = minutes

    def utcoffset(self, dt):
        return timedelta(minutes=self.m)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return "F%d" % self.m


def on_client_request():
    out = []
    cet = timezone(timedelta(hours=1), "CET")
    ist = timezone(timedelta(hours=5, minutes=30))
    neg = timezone(-timedelta(hours=3, minutes=15, seconds=7))
    for z in [timezone.utc, datetime.UTC, cet, ist, neg, timezone(timedelta(0)), timezone(timedelta(0), "UTC"), timezone.min, timezone.max]:
        out.append(repr(z) + " | " + str(z) + " | " + str(z.utcoffset(None)) + " " + str(z.dst(None)) + " " + z.tzname(None))
    attempt(out, lambda: timezone(timedelta(hours=24)))
    attempt(out, lambda: timezone(-timedelta(hours=24)))
    attempt(out, lambda: timezone(5))
    attempt(out, lambda: timezone(timedelta(0), 5))
    attempt(out, lambda: timezone.utc.utcoffset(date(2024, 1, 1)))
    out.append(str(timezone(timedelta(hours=1)) == cet) + str(cet == ist) + str(timezone.utc == timezone(timedelta(0), "Z")))
    out.append(str(len({cet, timezone(timedelta(hours=1)), ist})))
    a = DT(2024, 3, 10, 12, 0, tzinfo=cet)
    b = DT(2024, 3, 10, 16, 30, tzinfo=ist)
    n = DT(2024, 3, 10, 11, 0)
    out.append(repr(a) + " " + str(a) + " " + a.isoformat())
    out.append(repr(b) + " " + str(b))
    out.append(str(a.utcoffset()) + " " + str(a.dst()) + " " + str(a.tzname()) + " " + str(b.tzname()) + " " + str(n.utcoffset()) + str(n.tzname()))
    out.append(repr(a - b) + repr(b - a) + str(a == b) + str(a < b) + str(a > b))
    out.append(repr(a + timedelta(hours=12)) + repr(timedelta(days=1) + b))
    out.append(repr(a.astimezone(timezone.utc)) + repr(b.astimezone(cet)) + repr(a.astimezone(neg)))
    out.append(repr(n.astimezone(ist)) + repr(a.astimezone(cet)))
    out.append(str(a == n) + str(a != n))
    attempt(out, lambda: a < n)
    attempt(out, lambda: a - n)
    attempt(out, lambda: n >= b)
    attempt(out, lambda: a.astimezone(5))
    out.append(str(hash(a) == hash(b.astimezone(timezone.utc))) + str(len({a, a.astimezone(ist), a.astimezone(timezone.utc)})))
    d = date(2024, 3, 10)
    out.append(str(d == n) + str(n == d) + str(d != n) + str(d == d))
    attempt(out, lambda: d < n)
    attempt(out, lambda: n > d)
    attempt(out, lambda: d - n)
    attempt(out, lambda: n - d)
    attempt(out, lambda: d < 3)
    out.append(repr(DT(2024, 1, 1, tzinfo=timezone.utc).timestamp()) + " " + repr(DT(2024, 1, 1).timestamp()) + " " + repr(a.timestamp()))
    out.append(repr(DT(1969, 12, 31, 23, 59, 59, 500000).timestamp()) + " " + repr(DT(2024, 5, 6, 7, 8, 9, 123456, tzinfo=ist).timestamp()))
    for ts in [0, 1700000000, 1700000000.5, -1.25, 1e9 + 0.0000005, 1234567890.123456789]:
        out.append(repr(DT.fromtimestamp(ts, timezone.utc)) + repr(DT.utcfromtimestamp(ts)) + repr(DT.fromtimestamp(ts, tz=ist)))
    out.append(repr(date.fromtimestamp(86400 * 365)))
    attempt(out, lambda: DT.fromtimestamp("1"))
    f = Fixed(90)
    u = DT(2024, 1, 1, 0, 0, tzinfo=f)
    out.append(str(u) + " " + u.tzname() + " " + str(u.utcoffset()) + " " + repr(u.astimezone(timezone.utc)))
    out.append(repr(DT(2024, 1, 1, tzinfo=timezone.utc).astimezone(f).utcoffset()))
    t = time(12, 30, tzinfo=ist)
    out.append(repr(t) + " " + str(t) + " " + str(t.utcoffset()) + " " + t.tzname() + " " + t.isoformat())
    out.append(str(t == time(7, 0, tzinfo=timezone.utc)) + str(t == time(12, 30)) + str(t < time(8, tzinfo=timezone.utc)))
    attempt(out, lambda: t < time(12, 30))
    attempt(out, lambda: tzinfo().utcoffset(None))
    return "\n".join(out) + "\n"
