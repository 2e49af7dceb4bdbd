# call: /
# call: /again
# An unseeded generator (and seed() with no argument or None) draws from
# host entropy: only the shapes of its values are compared, and two long
# runs of draws are never equal. Module-level code uses it at load.
import random

AT_LOAD = [random.random() for _ in range(3)]


def on_client_request():
    out = []
    a = [random.random() for _ in range(50)]
    out.append(all(0.0 <= x < 1.0 for x in a))
    out.append(a != AT_LOAD[:1] * 50)
    random.seed()
    b = [random.getrandbits(64) for _ in range(4)]
    random.seed(None)
    c = [random.getrandbits(64) for _ in range(4)]
    out.append(b != c)
    out.append(all(1 <= random.randint(1, 6) <= 6 for _ in range(100)))
    xs = list(range(10))
    random.shuffle(xs)
    out.append(sorted(xs) == list(range(10)))
    out.append(len(set(random.sample(range(1000), 50))))
    out.append(type(random.gauss()).__name__)
    out.append(len(random.randbytes(9)))
    return repr(out)
