# statistics: the averages and measures of spread, exact as CPython's
# (Fractions there, big ints here): int results where the fraction is
# whole, floats rounded once, non-finite data, bools, iterators and
# generators as data, xbar and mu, CPython's errors, StatisticsError as a
# ValueError; and math.fsum (partials, inf and nan, overflow).
import math
import statistics
from statistics import mean, median, mode, stdev, StatisticsError

inf = float("inf")
nan = float("nan")
SETS = [
    [1, 2, 3, 4], [1, 2, 3], [2.5, 3.25, 5.75], [1, inf], [1, -inf],
    [1.5, True, 2], [], [1], ["a", "b"], [1, "a"], [nan, 1],
    [10**30, 1, -10**30 + 7], [1e300, 1e300, -1e300], [0.1] * 10,
    [1e-320, 3e-321, 5], [-3, -1.25, 7, 2**70], [True, False, True],
    [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], [0.1, 0.2, 0.3, 0.4],
]
FUNCS = [lambda d: statistics.mean(d), lambda d: statistics.fmean(d),
         lambda d: statistics.median(d), lambda d: statistics.median_low(d),
         lambda d: statistics.median_high(d), lambda d: statistics.mode(d),
         lambda d: statistics.multimode(d), lambda d: statistics.variance(d),
         lambda d: statistics.pvariance(d), lambda d: statistics.stdev(d),
         lambda d: statistics.pstdev(d)]
NAMES = ["mean", "fmean", "median", "median_low", "median_high", "mode",
         "multimode", "variance", "pvariance", "stdev", "pstdev"]


def attempt(f):
    try:
        return repr(f())
    except (StatisticsError, TypeError, AttributeError, ValueError, OverflowError) as e:
        return type(e).__name__ + ": " + str(e)


def on_client_request():
    out = []
    for name, f in zip(NAMES, FUNCS):
        out.append(name + " " + " | ".join(attempt(lambda: f(d)) for d in SETS))
    out.append(attempt(lambda: mean(x * 0.5 for x in range(11))))
    out.append(attempt(lambda: median(iter([5, 3, 1, 4]))))
    out.append(attempt(lambda: mode("abracadabra")))
    out.append(attempt(lambda: statistics.multimode("aabbc")))
    out.append(attempt(lambda: mode([[1], [1]])))
    out.append(attempt(lambda: stdev(range(10))))
    out.append(attempt(lambda: statistics.variance([1, 2, 3], 2.5)))
    out.append(attempt(lambda: statistics.variance([1, 2, 3], 2)))
    out.append(attempt(lambda: statistics.pvariance([1.5, 2.5], mu=2)))
    out.append(attempt(lambda: statistics.pstdev([1, 2, 3, 4], 2.5)))
    out.append(attempt(lambda: statistics.stdev([1, 2], xbar="a")))
    out.append(attempt(lambda: statistics.fmean([1, 2, 3], [3, 2, 1])))
    out.append(attempt(lambda: statistics.fmean([1, 2], weights=[1])))
    out.append(attempt(lambda: statistics.fmean([1, 2], [1, -1])))
    out.append(attempt(lambda: statistics.fmean(iter([1.5, 2]))))
    out.append(attempt(lambda: mean(data=[1, 2])))
    out.append(attempt(lambda: mean(5)))
    for xs in [[1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [0.1] * 10,
               [1e308, 1e308], [1e308, inf, 1e308], [inf, -inf], [nan, 1],
               [1, 2**80], [2**1030], [], [1e-16, 1, 1e16], ["x"]]:
        out.append(attempt(lambda: math.fsum(xs)))
    try:
        median([])
    except ValueError as e:
        out.append(repr(e) + " " + str(type(e)) + " " + str(isinstance(e, StatisticsError)))
    out.append(str((issubclass(StatisticsError, ValueError), StatisticsError, statistics.StatisticsError is StatisticsError)))
    return "\n".join(str(x) for x in out)
