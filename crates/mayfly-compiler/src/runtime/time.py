# The time module's clocks: read from the host at each call (clock_ns,
# guest-sdk/ABI.md), so a request sees its own time. A value module-level
# code keeps is the load's time, as an import-time value is in CPython.


def time_time() -> i64:
    return mkfloat(f64(clock_ns(0)) / 1000000000.0)


def time_time_ns() -> i64:
    return mkint(clock_ns(0))


def time_perf() -> i64:
    return mkfloat(f64(clock_ns(1)) / 1000000000.0)


def time_perf_ns() -> i64:
    return mkint(clock_ns(1))
