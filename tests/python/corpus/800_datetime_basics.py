# datetime's date, time and datetime: constructors (positional and
# keyword), CPython's range and type errors, attributes, min/max/
# resolution, repr and str, replace, ordinals, weekdays, isocalendar,
# combine and the parts of a datetime; type names and isinstance.
import datetime
from datetime import date, time, datetime as DT, MINYEAR, MAXYEAR


def attempt(out, f):
    try:
        out.append(repr(f()))
    except (TypeError, ValueError, OverflowError) as e:
        out.append(type(e).__name__ + ": " + str(e))


def on_client_request():
    out = []
    d = date(2024, 2, 29)
    out.append(repr(d) + " " + str(d) + " " + str(d.year) + str(d.month) + str(d.day))
    out.append(repr(date(year=1, month=1, day=1)) + repr(date(9999, month=12, day=31)))
    attempt(out, lambda: date(2023, 2, 29))
    attempt(out, lambda: date(2024, 13, 1))
    attempt(out, lambda: date(2024, 0, 1))
    attempt(out, lambda: date(0, 1, 1))
    attempt(out, lambda: date(10000, 1, 1))
    attempt(out, lambda: date(2024))
    attempt(out, lambda: date(2024, 1))
    attempt(out, lambda: date(month=1, day=1))
    attempt(out, lambda: date("2024", 1, 1))
    attempt(out, lambda: date(2024.0, 1, 1))
    attempt(out, lambda: date(True, 1, 1))
    attempt(out, lambda: time(24))
    attempt(out, lambda: time(1, 60))
    attempt(out, lambda: time(1, 2, 60))
    attempt(out, lambda: time(1, 2, 3, 1000000))
    attempt(out, lambda: time(1, 2, 3, -1))
    attempt(out, lambda: time(1, tzinfo="UTC"))
    attempt(out, lambda: time(1, fold=2))
    attempt(out, lambda: DT(2024, 1, 1, 25))
    attempt(out, lambda: DT(2024, 2, 30))
    attempt(out, lambda: DT(2024, 1, 1, fold=1))
    attempt(out, lambda: DT(2024, 1))
    t = time(13, 5, 7, 250)
    out.append(repr(t) + " " + str(t) + " " + str((t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)))
    out.append(repr(time()) + repr(time(1)) + repr(time(1, 2)) + repr(time(1, 2, 3)) + repr(time(0, 0, 0, 5)))
    out.append(str(time()) + " " + str(time(1, 2, 3, 4)) + " " + str(time(hour=23, minute=59)))
    x = DT(2024, 1, 2, 3, 4)
    out.append(repr(x) + " " + str(x) + " " + repr(DT(2024, 1, 2)) + " " + repr(DT(2024, 1, 2, 3, 4, 5, 6)))
    out.append(str(DT(2024, 1, 2, 3, 4, 5, 6)) + " " + repr(DT(2024, 1, 2, second=5)))
    out.append(repr(date.min) + repr(date.max) + repr(date.resolution))
    out.append(repr(time.min) + repr(time.max) + repr(time.resolution))
    out.append(repr(DT.min) + repr(DT.max) + repr(DT.resolution))
    out.append(str(MINYEAR) + " " + str(MAXYEAR) + " " + str(datetime.MINYEAR))
    out.append(repr(d.replace(day=1)) + repr(d.replace(year=2025, day=28)) + repr(x.replace(minute=30, second=1)))
    attempt(out, lambda: d.replace(year=2023))
    out.append(repr(t.replace(hour=1)) + repr(t.replace(microsecond=0)))
    out.append(str(d.toordinal()) + " " + repr(date.fromordinal(738945)) + " " + repr(DT.fromordinal(1)))
    attempt(out, lambda: date.fromordinal(0))
    attempt(out, lambda: date.fromordinal(3652060))
    for y in [2019, 2020, 2021, 2024, 2026, 1, 9999]:
        for md in [(1, 1), (1, 4), (12, 28), (12, 31)]:
            e = date(y, md[0], md[1])
            ic = e.isocalendar()
            out.append(str(e) + " " + str(e.weekday()) + str(e.isoweekday()) + " " + repr(ic) + " " + str(tuple(ic)) + str(ic.week) + str(ic[0]))
    out.append(str(date(2024, 1, 1).isocalendar() == (2024, 1, 1)))
    out.append(repr(date.fromisocalendar(2020, 53, 7)) + repr(DT.fromisocalendar(2024, 1, 1)))
    attempt(out, lambda: date.fromisocalendar(2024, 53, 1))
    attempt(out, lambda: date.fromisocalendar(2024, 1, 0))
    out.append(d.ctime() + "|" + x.ctime())
    out.append(repr(DT.combine(d, t)) + repr(DT.combine(d, time(1, tzinfo=datetime.timezone.utc))))
    out.append(repr(DT.combine(d, time(1, tzinfo=datetime.timezone.utc), tzinfo=None)))
    attempt(out, lambda: DT.combine(t, d))
    out.append(repr(x.date()) + repr(x.time()) + repr(x.timetz()))
    out.append(type(d).__name__ + " " + type(x).__name__ + " " + type(t).__name__)
    out.append(repr(type(d)) + repr(type(x)) + repr(datetime.timedelta))
    out.append(str(isinstance(x, date)) + str(isinstance(d, DT)) + str(isinstance(t, date)) + str(issubclass(DT, date)))
    out.append(str(date.__name__) + " " + DT.__name__)
    return "\n".join(out) + "\n"
