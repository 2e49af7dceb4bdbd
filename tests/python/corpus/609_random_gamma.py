# gammavariate on each of CPython's three paths (alpha above, at and
# below 1), betavariate, vonmisesvariate (tiny and large kappa),
# paretovariate and weibullvariate (their `**` the platform pow, as in
# CPython), int arguments, and their errors.
import random


def attempt(out, f):
    try:
        out.append(repr(f()))
    except Exception as e:
        out.append(type(e).__name__ + ": " + str(e))


def on_client_request():
    random.seed(609)
    out = []
    for a, b in [(0.5, 1.0), (1.0, 1.0), (1, 2), (2.5, 0.5), (9, 3), (0.01, 1.0), (200.0, 1.0)]:
        out.append(repr([a, b, [random.gammavariate(a, b) for _ in range(4)]]))
    for a, b in [(0.5, 0.5), (2, 5), (3.0, 3.0), (1, 1)]:
        out.append(repr([a, b, [random.betavariate(a, b) for _ in range(4)]]))
    for mu, kappa in [(0.0, 0.0), (1.0, 1e-7), (0.0, 1.0), (3, 4), (-1.5, 50.0)]:
        out.append(repr([mu, kappa, [random.vonmisesvariate(mu, kappa) for _ in range(4)]]))
    out.append(repr([random.paretovariate(a) for a in [1, 2.5, 0.5, 10]]))
    out.append(repr([random.weibullvariate(a, b) for a, b in [(1, 1), (2.0, 0.5), (1.5, 3), (10, 10)]]))
    attempt(out, lambda: random.gammavariate(0, 1))
    attempt(out, lambda: random.gammavariate(1, -1))
    attempt(out, lambda: random.gammavariate("a", 1))
    attempt(out, lambda: random.betavariate(-1, 1))
    attempt(out, lambda: random.paretovariate(0))
    attempt(out, lambda: random.weibullvariate(1, 0))
    attempt(out, lambda: random.vonmisesvariate(0, "k"))
    return "\n".join(out)
