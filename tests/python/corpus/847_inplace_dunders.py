# In-place operators on instances: __isub__ and the rest called by -= and
# friends (mutating and returning self, or a new object), NotImplemented
# falling back to the binary operator and its reflection, attributes and
# subscripts as targets; and CPython's "for -=" TypeErrors, for
# instances and builtin values alike.
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __repr__(self):
        return f"Vec{tuple(self.xs)}"

    def __isub__(self, o):
        self.xs = [a - b for a, b in zip(self.xs, o.xs)]
        return self

    def __imul__(self, k):
        if not isinstance(k, int):
            return NotImplemented
        self.xs = [a * k for a in self.xs]
        return self

    def __mul__(self, k):
        return Vec(*[a * k for a in self.xs])

    def __itruediv__(self, k):
        return Vec(*[a / k for a in self.xs])

    def __ifloordiv__(self, k):
        self.xs = [a // k for a in self.xs]
        return self

    def __imod__(self, k):
        self.xs = [a % k for a in self.xs]
        return self

    def __ipow__(self, k):
        self.xs = [a ** k for a in self.xs]
        return self

    def __ilshift__(self, k):
        self.xs = self.xs[k:] + self.xs[:k]
        return self

    def __irshift__(self, k):
        self.xs = self.xs[-k:] + self.xs[:-k]
        return self

    def __iand__(self, o):
        self.xs = [a & b for a, b in zip(self.xs, o.xs)]
        return self

    def __ior__(self, o):
        self.xs = [a | b for a, b in zip(self.xs, o.xs)]
        return self

    def __ixor__(self, o):
        self.xs = [a ^ b for a, b in zip(self.xs, o.xs)]
        return self


class Scale:
    def __rmul__(self, v):
        return "reflected " + repr(v)


class Box:
    def __init__(self):
        self.v = Vec(1, 2, 3)
        self.items = {"k": Vec(4, 5, 6)}


def attempt(f):
    try:
        return repr(f())
    except TypeError as e:
        return "TypeError: " + str(e)


def on_client_request():
    out = []
    v = Vec(10, 20, 30)
    keep = v
    v -= Vec(1, 2, 3)
    out.append(repr(v) + " same object: " + str(v is keep))
    v *= 2
    out.append(repr(v) + " " + str(v is keep))
    v *= 1.5
    out.append(repr(v) + " new: " + str(v is not keep))
    w = Vec(8, 9, 10)
    w /= 2
    out.append(repr(w))
    u = Vec(7, 8, 9)
    u //= 2
    u %= 3
    u **= 2
    u <<= 1
    u >>= 2
    out.append(repr(u))
    b = Vec(12, 10, 6)
    b &= Vec(10, 6, 3)
    b |= Vec(1, 1, 1)
    b ^= Vec(3, 3, 3)
    out.append(repr(b))
    s = Vec(1)
    s *= Scale()
    out.append(repr(s))
    box = Box()
    box.v -= Vec(1, 1, 1)
    box.items["k"] -= Vec(1, 1, 1)
    out.append(repr(box.v) + " " + repr(box.items["k"]))

    def sub_str():
        x = "a"
        x -= 1
        return x

    def pow_list():
        x = [1]
        x **= 2
        return x

    def and_float():
        x = 1.5
        x &= 1
        return x

    def shift_vec():
        x = Vec(1)
        x //= "no"
        return x

    def or_none():
        x = None
        x |= 1
        return x

    def plus_dict():
        x = {}
        x += 1
        return x

    def mul_str():
        x = "ab"
        x *= 2.5
        return x

    for f in [sub_str, pow_list, and_float, shift_vec, or_none, plus_dict, mul_str]:
        out.append(attempt(f))
    return "\n".join(out)
