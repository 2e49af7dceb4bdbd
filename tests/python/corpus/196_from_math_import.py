# `from math import ...` and `from time import ...`: the functions called
# by their own names (aliases too), constants as values.
from math import sqrt, pi, floor, ceil, gcd, inf, log as ln, tau
from time import perf_counter, time


def circle(r):
    return pi * r * r


def on_client_request():
    t0 = perf_counter()
    out = [sqrt(16), floor(2.7), ceil(2.1), gcd(12, 18), ln(1.0), round(circle(2), 6)]
    out.append(inf > 1e308)
    out.append([sqrt(x) for x in (1, 4, 9)])
    elapsed = perf_counter() - t0
    out.append(elapsed >= 0)
    out.append(time() > 1.6e9)
    return {"out": out}
