# randrange (one, two and three arguments, negative steps, ranges beyond
# 64 bits), randint, choice over every kind of sequence, shuffle of lists
# of many lengths: the draws CPython makes (getrandbits of the range's
# bit length, rejected until below it) and so the same results.
import random


def on_client_request():
    random.seed(601)
    out = []
    out.append([random.randrange(10) for _ in range(20)])
    out.append([random.randrange(1) for _ in range(3)])
    out.append([random.randrange(-5, 5) for _ in range(10)])
    out.append([random.randrange(0, 100, 7) for _ in range(10)])
    out.append([random.randrange(100, 0, -7) for _ in range(10)])
    out.append([random.randrange(-10, -100, -3) for _ in range(10)])
    out.append([random.randrange(2 ** 31) for _ in range(4)])
    out.append([random.randrange(2 ** 32) for _ in range(4)])
    out.append([random.randrange(2 ** 32 + 1) for _ in range(4)])
    out.append([random.randrange(2 ** 62, 2 ** 63) for _ in range(4)])
    out.append([random.randrange(2 ** 64) for _ in range(4)])
    out.append([random.randrange(10 ** 30) for _ in range(3)])
    out.append([random.randrange(-(10 ** 25), 10 ** 25, 10 ** 12 + 1) for _ in range(3)])
    out.append([random.randrange(10.0), random.randrange(2.0, 9.0), random.randrange(0, 30, 5.0)])
    out.append([random.randrange(True), random.randrange(False, 3)])
    out.append([random.randint(1, 6) for _ in range(20)])
    out.append([random.randint(-3, -1) for _ in range(10)])
    out.append([random.randint(0, 10 ** 20) for _ in range(3)])
    out.append([random.randint(7, 7)])
    out.append([random.choice([1, 2, 3]) for _ in range(10)])
    out.append([random.choice("mayfly") for _ in range(10)])
    out.append([random.choice((None, True, 2.5)) for _ in range(5)])
    out.append([random.choice(range(1000, 2000, 3)) for _ in range(5)])
    out.append([random.choice(b"xyz") for _ in range(5)])
    out.append(random.choice({0: "zero", 1: "one"}))
    for n in [0, 1, 2, 3, 10, 52, 100]:
        xs = list(range(n))
        random.shuffle(xs)
        out.append(xs)
    words = "the quick brown fox jumps over the lazy dog".split()
    random.shuffle(words)
    out.append(words)
    nested = [[1], [2, 3], "s", None]
    random.shuffle(nested)
    out.append(nested)
    return "\n".join(repr(x) for x in out)
