# Float arithmetic trees compiled without intermediate boxes (front/float_tree.rs)
# must answer as each step boxed would: ints, bools and big ints among the
# leaves, zero divisors, NaN and inf, a str operand's TypeError, an unbound
# local, a property read (never cached), deleted and re-added attributes.

class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class P:
    def __init__(self):
        self.log = []

    @property
    def x(self):
        self.log.append("x")
        return 2.5


def norm2(v):
    return v.x * v.x + v.y * v.y


def mix(a, b, c):
    return a * b + c / 2 - 3 * a


def mix2(a, b, c):
    return a * b + c / 2 - 3.0 * a


def unbound(flag):
    if flag:
        z = 1.5
    return z * 2.0 + z


def on_client_request():
    out = []
    out.append(norm2(V(3.0, 4.0)))
    out.append(norm2(V(3, 4)))
    out.append(norm2(V(1.5, 2)))
    out.append(norm2(V(True, 2.0)))
    out.append(mix(1.5, 2.0, 3.0))
    out.append(mix(1, 2, 3))
    out.append(mix(10**20, 2.0, 3.0))
    out.append(mix(1.5, 2, 3.0))
    for args in ((1.5, 2.0, 3.0), (1, 2, 3), (10**20, 2.0, 3.0), (1.5, 2, 3.0), (0.5, True, -0.0)):
        out.append(mix2(*args))
    a, b = 0.1, 0.2
    out.append(a + b + a * b - b / a)
    out.append((a + b) * (a - b) / (a * b))
    z = 0.0
    try:
        out.append(a * b / z + 1.0)
    except ZeroDivisionError as e:
        out.append("zde " + str(e))
    try:
        out.append(a + b / (a - a))
    except ZeroDivisionError as e:
        out.append("zde2 " + str(e))
    n = float("nan")
    i = float("inf")
    out.append(n * a + b)
    out.append(i - i + a)
    out.append(i * 0.0 + 1.0)
    s = "ab"
    try:
        out.append(a * b + s)
    except TypeError as e:
        out.append(str(e))
    try:
        out.append(unbound(False))
    except UnboundLocalError as e:
        out.append(str(e))
    out.append(unbound(True))
    p = P()
    out.append(p.x * 2.0 + p.x)
    out.append(p.log)
    v = V(1.0, 2.0)
    for k in range(3):
        out.append(v.x * v.y + v.x)
        del v.x
        try:
            out.append(v.x * v.y + v.x)
        except AttributeError as e:
            out.append(str(e))
        v.x = k * 1.5
    big = 2 ** 60
    out.append(big * a + b)
    out.append(12345678901234567 * 1.0 + 0.0)
    out.append(-0.0 * 1.0 + -0.0)
    out.append(1e308 * 10.0 - 1e308)
    xs = [1.0, 2.0]
    out.append(xs[0] * xs[1] + xs[0])
    return repr(out) + "\n"
