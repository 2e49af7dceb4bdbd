# The float distributions with CPython's formulas in CPython's order:
# uniform (int and float bounds, reversed), triangular (with and without
# a mode, a zero-width range), gauss (its second value kept for the next
# call, forgotten by seed), normalvariate, lognormvariate, expovariate;
# randbytes. Every float must be bit-identical (repr shows all digits).
import random


def on_client_request():
    random.seed(603)
    out = []
    out.append([random.random() for _ in range(5)])
    out.append([random.uniform(0, 1), random.uniform(-5, 5), random.uniform(10, 2),
                random.uniform(1.5, 1.5), random.uniform(0, 10 ** 20)])
    out.append([random.triangular() for _ in range(3)])
    out.append([random.triangular(0, 10) for _ in range(3)])
    out.append([random.triangular(0, 10, 2) for _ in range(3)])
    out.append([random.triangular(5, 1, 4.5) for _ in range(3)])
    out.append([random.triangular(3, 3, 3), random.triangular(2.0, 2.0, None)])
    out.append([random.triangular(low=1, high=2, mode=1.25)])
    out.append([random.gauss() for _ in range(5)])
    out.append([random.gauss(100, 15) for _ in range(5)])
    out.append([random.gauss(mu=-1, sigma=0.5)])
    random.seed(603)
    out.append([random.gauss(), random.gauss(), random.gauss()])
    random.seed(603)
    out.append([random.gauss()])
    random.seed(603)
    out.append([random.gauss()])
    out.append([random.normalvariate() for _ in range(5)])
    out.append([random.normalvariate(10, 2) for _ in range(5)])
    out.append([random.lognormvariate(0, 1) for _ in range(5)])
    out.append([random.expovariate(1) for _ in range(5)])
    out.append([random.expovariate(0.25) for _ in range(3)])
    out.append([random.expovariate(-2) for _ in range(3)])
    out.append([random.randbytes(n) for n in [0, 1, 3, 4, 5, 8, 17]])
    acc = 0.0
    for _ in range(2000):
        acc += random.gauss(0, 1)
    out.append(acc)
    return "\n".join(repr(x) for x in out)
