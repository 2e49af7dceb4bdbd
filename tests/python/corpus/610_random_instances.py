# call: /
# call: /again
# random.Random instances: each its own generator, seeded like the
# module's (the same seed gives the module's numbers), independent of
# each other and of the module; every method; an instance made at load
# and seeded there starts each request from the load's state; repr,
# truth, identity, and the errors of a method called short of arguments.
import random

SHARED = random.Random(610)
SHARED.random()


def attempt(out, f):
    try:
        out.append(repr(f()))
    except Exception as e:
        out.append(type(e).__name__ + ": " + str(e))


def on_client_request():
    out = []
    a = random.Random(42)
    b = random.Random(42)
    random.seed(42)
    out.append(repr([a.random(), b.random(), random.random()]))
    out.append(repr([a.getrandbits(70), a.randrange(10), a.randrange(1, 100, 3), a.randint(1, 6)]))
    out.append(repr([b.getrandbits(70), b.randrange(10), b.randrange(1, 100, 3), b.randint(1, 6)]))
    c = random.Random("text seed")
    xs = list(range(12))
    c.shuffle(xs)
    out.append(repr(xs))
    out.append(repr([c.choice("abcdef"), c.sample(range(50), 5), c.choices("xyz", k=4),
                     c.choices("xyz", weights=[3, 2, 1], k=4), c.uniform(2, 3), c.triangular(0, 4, 1)]))
    out.append(repr([c.gauss(), c.gauss(1, 2), c.normalvariate(), c.lognormvariate(0, 0.5),
                     c.expovariate(3), c.gammavariate(2, 2), c.betavariate(2, 3),
                     c.vonmisesvariate(1, 2), c.paretovariate(3), c.weibullvariate(1, 1.5),
                     c.randbytes(5)]))
    c.seed(7)
    d = random.Random(7)
    out.append(repr([c.random() == d.random(), c.random() == d.random()]))
    e = random.Random(2 ** 80 + 1)
    out.append(repr(e.random()))
    out.append(repr([SHARED.random(), SHARED.randint(1, 1000)]))
    u = random.Random()
    out.append(repr([0.0 <= u.random() < 1.0, bool(u), u is u, u == u, u != d]))
    out.append(repr(u)[:26])
    attempt(out, lambda: a.randint(1))
    attempt(out, lambda: a.choice([]))
    attempt(out, lambda: a.sample([1, 2], 3))
    attempt(out, lambda: random.Random([1]))
    return "\n".join(out)
