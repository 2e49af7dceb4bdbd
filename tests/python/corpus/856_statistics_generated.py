# statistics and math.fsum against generated data: a linear congruential
# generator makes 120 sets of small and big ints, bools and floats of
# every magnitude; every result must be CPython's to the bit.
import statistics, math
state = 987654


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


def value():
    k = rand(6)
    if k == 0:
        return rand(1000) - 500
    if k == 1:
        return (rand(100000) - 50000) / (rand(97) + 1)
    if k == 2:
        return float(rand(10) - 5) * 10.0 ** (rand(40) - 20)
    if k == 3:
        return 2 ** rand(80) - rand(1000)
    if k == 4:
        return 0.1 * rand(30)
    return rand(3) == 0


def on_client_request():
    out = []
    for i in range(120):
        d = [value() for _ in range(rand(12) + 2)]
        r = []
        for f in (lambda x: statistics.mean(x), lambda x: statistics.fmean(x),
                  lambda x: statistics.median(x), lambda x: statistics.variance(x),
                  lambda x: statistics.pvariance(x), lambda x: statistics.stdev(x),
                  lambda x: statistics.pstdev(x), lambda x: math.fsum(x)):
            try:
                r.append(repr(f(d)))
            except Exception as e:
                r.append(type(e).__name__)
        out.append(" ".join(r))
    return "\n".join(out)
