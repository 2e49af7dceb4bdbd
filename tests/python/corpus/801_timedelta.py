# timedelta: normalisation of every keyword (ints and floats, CPython's
# rounding of the fractions), repr/str, attributes, arithmetic with
# ints, floats and timedeltas (round-half-even), unary minus, abs,
# total_seconds, divmod, comparisons, hashing, bool, and the errors.
from datetime import timedelta


def attempt(out, f):
    try:
        out.append(repr(f()))
    except (TypeError, ValueError, OverflowError, ZeroDivisionError) as e:
        out.append(type(e).__name__ + ": " + str(e))


def on_client_request():
    out = []
    cases = [
        timedelta(),
        timedelta(1),
        timedelta(days=1, seconds=5),
        timedelta(seconds=-1),
        timedelta(microseconds=-1),
        timedelta(hours=25, minutes=61, seconds=61, milliseconds=1001, microseconds=1000001),
        timedelta(weeks=1, days=-8),
        timedelta(days=1.5),
        timedelta(seconds=0.1),
        timedelta(seconds=1e-7),
        timedelta(microseconds=0.5),
        timedelta(microseconds=1.5),
        timedelta(microseconds=2.5),
        timedelta(microseconds=-0.5),
        timedelta(milliseconds=0.0005),
        timedelta(hours=1 / 3),
        timedelta(minutes=-1.25, seconds=0.3),
        timedelta(weeks=0.1, days=0.1, hours=0.1, minutes=0.1, seconds=0.1, milliseconds=0.1, microseconds=0.1),
        timedelta(days=-999999999),
        timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999),
        timedelta(days=True),
    ]
    for t in cases:
        out.append(repr(t) + " | " + str(t) + " | " + str((t.days, t.seconds, t.microseconds)) + " " + repr(t.total_seconds()))
    attempt(out, lambda: timedelta(days=1000000000))
    attempt(out, lambda: timedelta(days=-1000000000))
    attempt(out, lambda: timedelta(days="1"))
    attempt(out, lambda: timedelta(seconds=None))
    attempt(out, lambda: timedelta.max + timedelta(microseconds=1))
    attempt(out, lambda: timedelta.min - timedelta(microseconds=1))
    out.append(repr(timedelta.min) + repr(timedelta.max) + repr(timedelta.resolution))
    a = timedelta(days=1, hours=2)
    b = timedelta(minutes=45, microseconds=7)
    out.append(repr(a + b) + repr(a - b) + repr(b - a) + repr(-a) + repr(+b) + repr(abs(b - a)) + repr(abs(a)))
    out.append(repr(a * 3) + repr(3 * a) + repr(a * -2) + repr(a * 0.5) + repr(0.3 * b) + repr(b * 1.1))
    out.append(repr(a / 3) + repr(b / 2) + repr(a / 0.7) + repr(a / b) + repr(b / a))
    out.append(repr(a // 7) + repr(a // b) + repr(b // a) + repr(a % b) + repr(-a % b))
    out.append(repr(divmod(a, b)) + repr(divmod(-a, b)))
    out.append(repr(timedelta(microseconds=5) / 2) + repr(timedelta(microseconds=7) / 2) + repr(timedelta(microseconds=-5) / 2))
    out.append(repr(timedelta(microseconds=3) * 0.5) + repr(timedelta(microseconds=5) * 0.5) + repr(timedelta(microseconds=1) * 2.5))
    out.append(repr(timedelta(seconds=1) // -3) + repr(timedelta(seconds=-1) // 3))
    attempt(out, lambda: a / 0)
    attempt(out, lambda: a // 0)
    attempt(out, lambda: a / timedelta(0))
    attempt(out, lambda: a // timedelta(0))
    attempt(out, lambda: a % timedelta(0))
    attempt(out, lambda: a / 0.0)
    attempt(out, lambda: a + 1)
    attempt(out, lambda: 1 - a)
    attempt(out, lambda: a * a)
    attempt(out, lambda: a * "2")
    attempt(out, lambda: a // 1.5)
    attempt(out, lambda: a < 5)
    attempt(out, lambda: a % 5)
    out.append(str(a > b) + str(a < b) + str(a == timedelta(hours=26)) + str(a != b) + str(a >= a) + str(b <= a))
    out.append(str(a == 1) + str(a != "x") + str(timedelta(0) == timedelta()))
    out.append(str(bool(timedelta(0))) + str(bool(timedelta(microseconds=1))) + str(bool(-timedelta(1))))
    seen = {timedelta(hours=24): "day", timedelta(0): "zero"}
    out.append(seen[timedelta(days=1)] + seen[timedelta()] + str(len({timedelta(1), timedelta(hours=24), timedelta(2)})))
    out.append(str(hash(timedelta(days=1)) == hash(timedelta(hours=24))))
    out.append(repr(sorted([a, b, -a, timedelta(0)])) + repr(max(a, b)) + repr(sum([a, b, b], timedelta())))
    out.append(str(timedelta(hours=1).total_seconds()) + " " + str(timedelta(days=-1, microseconds=3).total_seconds()))
    return "\n".join(out) + "\n"
