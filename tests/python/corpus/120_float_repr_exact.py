# float repr's 128-bit exact path (shortest.py) against CPython: doubles
# with random 53-bit mantissas at every binary exponent across its range
# (about 1e-10 to 1e18) and a little past both ends, where the short path
# and the big-integer path take over; powers of two (whose lower
# neighbour is closer) and their neighbours; exact binary fractions whose
# shortest digits end in a tie; and the same values through str, json and
# arithmetic. Each double is built exactly: an int below 2**53 scaled by
# powers of two. Then parsing (floatparse.py): decimals of 1 to 19 digits
# with the point anywhere and exponents from -40 to 19, through float()
# and json.loads, whose 128-bit and big-integer paths must agree with
# CPython's correctly rounded result; and every repr read back.
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


def parsed():
    out = []
    state = 7
    for i in range(400):
        state = (state * 1103515245 + 12345) % 2147483648
        a = state
        state = (state * 1103515245 + 12345) % 2147483648
        nd = 1 + a % 19
        digits = (str(a) + str(state) + str(a * 7 + state))[:nd]
        point = state % nd
        text = digits[:point] + "." + digits[point:]
        if point == 0:
            text = "0" + text
        if i % 3 == 0:
            text = text + "e" + str((a >> 5) % 60 - 40)
        out.append(repr(float(text)))
        out.append(repr(json.loads("[" + text + "]")[0]))
    return out


def on_client_request():
    xs = doubles()
    back = [float(repr(x)) == x for x in xs]
    if not all(back):
        return "a repr did not read back: " + repr(xs[back.index(False)])
    out = [repr(x) for x in xs]
    out.append(json.dumps(xs[::7]))
    out.append(str([x * 3.0 for x in xs[::11]]))
    out.append(str([-x for x in xs[::13]]))
    out.append(f"{xs[5]} {xs[50]!r} {xs[500]}")
    out.extend(parsed())
    return "\n".join(out) + "\n"
