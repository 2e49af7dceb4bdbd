# Arithmetic special methods: forward, reflected, NotImplemented
# fallback, in-place +=, unary minus and abs(), TypeError otherwise.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        self.items.append(x)
        return self


def on_client_request():
    a = Vec(1, 2)
    b = Vec(3, 4)
    out = [a + b, b - a, a * 3, 2 * a, -a, abs(b), b / 2]
    c = a
    c += b
    out.append([c, a])
    acc = Acc()
    same = acc
    acc += 1
    acc += 2
    out.append([acc.items, acc is same])
    for bad in ["a + 1", "a * 'x'", "1 - a"]:
        try:
            if bad == "a + 1":
                a + 1
            elif bad == "a * 'x'":
                a * "x"
            else:
                1 - a
        except TypeError as e:
            out.append(str(e))
    return "\n".join(str(x) for x in out) + "\n"
