# float repr's 128-bit exact path (shortest.py) against CPython: doubles
# with random 53-bit mantissas at every binary exponent across its range
# (about 1e-10 to 1e18) and a little past both ends, where the short path
# and the big-integer path take over; powers of two (whose lower
# neighbour is closer) and their neighbours; exact binary fractions whose
# shortest digits end in a tie; and the same values through str, json and
# arithmetic. Each double is built exactly: an int below 2**53 scaled by
# powers of two.
import json


def scaled(m, e):
    x = float(m)
    while e > 0:
        x = x * 2.0
        e -= 1
    while e < 0:
        x = x * 0.5
        e += 1
    return x


def doubles():
    xs = []
    state = 2026
    for e in range(-90, 10):
        for j in range(6):
            state = (state * 1103515245 + 12345) % 2147483648
            hi = state
            state = (state * 1103515245 + 12345) % 2147483648
            m = 4503599627370496 + (hi % 1048576) * 4294967296 + state * 2 + j % 2
            xs.append(scaled(m, e))
        # A power of two, its neighbours, and the largest mantissa.
        xs.append(scaled(4503599627370496, e))
        xs.append(scaled(4503599627370497, e))
        xs.append(scaled(9007199254740991, e - 1))
    # Exact binary fractions: n / 2**j has a 5 as last digit, so rounding
    # to fewer digits would tie; the shortest form keeps every digit.
    for j in range(1, 30):
        xs.append(scaled(2 * j + 1, -j))
    return xs


def on_client_request():
    xs = doubles()
    out = [repr(x) for x in xs]
    out.append(json.dumps(xs[::7]))
    out.append(str([x * 3.0 for x in xs[::11]]))
    out.append(str([-x for x in xs[::13]]))
    out.append(f"{xs[5]} {xs[50]!r} {xs[500]}")
    return "\n".join(out) + "\n"
