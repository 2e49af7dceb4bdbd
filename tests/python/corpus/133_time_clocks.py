# import time: the clocks come from the host at each call, in the
# request. Only relations between readings are compared (the values
# themselves differ from run to run, under CPython as here).
import time

LOADED = time.time()


def busy(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def on_client_request():
    t0 = time.time()
    p0 = time.perf_counter()
    n0 = time.perf_counter_ns()
    m0 = time.monotonic()
    c0 = time.process_time()
    total = busy(20000)
    t1 = time.time()
    p1 = time.perf_counter()
    n1 = time.perf_counter_ns()
    w = time.time_ns()
    checks = [
        total,
        isinstance(t0, float), isinstance(n0, int), isinstance(w, int),
        t0 > 1.7e9, t1 >= t0, p1 >= p0, n1 >= n0, time.monotonic() >= m0,
        time.process_time() >= c0, 0 <= p1 - p0 < 30.0, LOADED <= t0,
        abs(w / 1e9 - t1) < 60.0,
    ]
    return repr(checks) + "\n"
