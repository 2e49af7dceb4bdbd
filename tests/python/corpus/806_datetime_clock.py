# The clock: now(), now(tz), utcnow(), today(), date.today() and a
# module-level value, read from the host at each call (never frozen
# into the load's snapshot). Only deterministic facts are printed:
# types, tzinfo, order, that the year is recent, the differences small.
import datetime
from datetime import date, datetime as DT, timezone, timedelta

LOADED = DT.now()


def on_client_request():
    out = []
    a = DT.now()
    b = DT.now(timezone.utc)
    c = DT.utcnow()
    d = DT.today()
    e = date.today()
    f = DT.now(tz=timezone(timedelta(hours=9)))
    out.append(type(a).__name__ + " " + type(e).__name__ + " " + repr(b.tzinfo) + " " + repr(a.tzinfo) + " " + repr(f.tzinfo))
    out.append(str(a.year >= 2024) + str(e.year >= 2024) + str(1 <= e.month <= 12))
    out.append(str(DT.now() >= a) + str(b <= DT.now(timezone.utc)) + str(LOADED <= a))
    out.append(str(abs(b - f) < timedelta(seconds=5)) + str(abs(c - a) < timedelta(seconds=5)) + str(abs(d - a) < timedelta(seconds=5)))
    out.append(str(f.utcoffset()) + " " + str(abs(b.timestamp() - a.timestamp()) < 5))
    out.append(str(e == a.date() or e == DT.now().date()))
    out.append(str(abs(b.astimezone().utcoffset()) < timedelta(days=1)))
    try:
        DT.now("UTC")
    except TypeError as err:
        out.append(str(err))
    return "\n".join(out) + "\n"
