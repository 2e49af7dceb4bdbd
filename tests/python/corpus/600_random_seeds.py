# random.seed of every kind CPython accepts: small, large and negative
# ints (the magnitude's 32-bit words), bools, floats (by their hash),
# str and bytes (version 2: the text and its SHA-512), and the words
# random() and getrandbits() draw after each, as CPython draws them.
import random

SEEDS = [
    0, 1, 2, 42, -42, 255, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 63 - 1, -(2 ** 63),
    2 ** 64, 2 ** 64 + 5, 10 ** 30, -(10 ** 30), 3 ** 100, True, False,
    3.5, -3.5, 0.0, -0.0, 1e300, 0.1, 2.0 ** 70, float("inf"),
    "", "a", "hello", "héllo wörld", "x" * 200, b"", b"bytes", b"\x00\x01\xff",
]


def draws():
    return [
        random.random(),
        random.getrandbits(1),
        random.getrandbits(5),
        random.getrandbits(31),
        random.getrandbits(32),
        random.getrandbits(33),
        random.getrandbits(63),
        random.getrandbits(64),
        random.getrandbits(65),
        random.getrandbits(200),
        random.random(),
    ]


def on_client_request():
    out = []
    for s in SEEDS:
        random.seed(s)
        out.append(repr(s)[:20] + " " + repr(draws()))
    # Reseeding restarts the sequence; seed(a, version=2) is the default.
    random.seed(12345)
    a = [random.random() for _ in range(5)]
    random.seed(12345, version=2)
    b = [random.random() for _ in range(5)]
    out.append(repr(a == b) + " " + repr(a))
    # A long run crosses many twists of the 624-word state.
    random.seed(2024)
    total = 0
    for _ in range(5000):
        total += random.getrandbits(32)
    out.append(repr(total) + " " + repr(random.random()))
    return "\n".join(out)
