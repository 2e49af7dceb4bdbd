# isoformat with sep and timespec, and 3.11's fromisoformat for date,
# time and datetime: the extended and basic forms, ISO week dates, any
# separator, fractions with '.' or ',', Z and offsets, and what it
# rejects (ValueError naming the string) or raises from the fields.
from datetime import date, time, datetime, timedelta, timezone


def attempt(out, f):
    try:
        out.append(repr(f()))
    except (TypeError, ValueError, OverflowError) as e:
        out.append(type(e).__name__ + ": " + str(e))


def on_client_request():
    out = []
    x = datetime(2024, 1, 2, 3, 4, 5, 6789, tzinfo=timezone(timedelta(hours=-7)))
    for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
        out.append(x.isoformat(timespec=spec) + " " + x.isoformat(" ", spec) + " " + x.time().isoformat(spec) + " " + datetime(2024, 1, 2).isoformat(timespec=spec))
    out.append(date(5, 6, 7).isoformat() + " " + datetime(5, 6, 7, 8).isoformat("_") + " " + time(1, 2, 3, 400000).isoformat())
    attempt(out, lambda: x.isoformat(timespec="nanoseconds"))
    attempt(out, lambda: x.isoformat("TT"))
    attempt(out, lambda: x.isoformat(5))
    attempt(out, lambda: time(1).isoformat("x"))
    dates = ["2024-01-02", "20240102", "2024-W01", "2024W01", "2024-W01-3", "2024W013", "2020-W53-7", "2024-W53-1", "2024-02-30", "2024-1-02", "2024-01", "2024", "0000-01-01", "9999-12-31", "2024-01-02T00", "20240102x"]
    for s in dates:
        attempt(out, lambda: date.fromisoformat(s))
    times = ["", "T", "T12", "T12:30", "T1230", "T12:30:45", "T123045", "T12:30:45.5", "T12:30:45,123", "T12:30:45.1234567", "T12.5", "T12:3045", " 12:30", "x12:30", "T24:00", "T12:30Z", "T12:30+01:00", "T12:30-0130", "T12:30+01", "T12:30+01:00:30.5", "T12:30+00:00", "T12:30Zx", "T12:30+01:00x", "T12:30+24:00", "T12:30:", "T12:30.", "T1", "é12:30", "T12:30:61"]
    for d in ["2024-01-02", "20240102", "2024-W01-3"]:
        for t in times:
            s = d + t
            attempt(out, lambda: datetime.fromisoformat(s))
    for t in ["12:30", "T12:30:45.5+05:30", "123045", "12", "1", "12:30Z", "24:00", "12:30:45.123456789-00:00:01", "x", ""]:
        attempt(out, lambda: time.fromisoformat(t))
    attempt(out, lambda: datetime.fromisoformat(20240102))
    attempt(out, lambda: date.fromisoformat(None))
    for v in [x, datetime(2024, 2, 29, 23, 59, 59, 999999), datetime(1, 1, 1, tzinfo=timezone.utc)]:
        out.append(str(datetime.fromisoformat(v.isoformat()) == v) + str(date.fromisoformat(v.date().isoformat()) == v.date()))
    return "\n".join(out) + "\n"
