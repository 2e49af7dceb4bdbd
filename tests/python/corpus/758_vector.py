# A 3D vector class with operator overloading, used for a tiny particle simulation.
import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y + self.z * k.z
        return Vec(self.x * k, self.y * k, self.z * k)

    def __rmul__(self, k):
        return self * k

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k, self.z / k)

    def __xor__(self, o):  # cross product
        return Vec(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def __abs__(self):
        return math.sqrt(self * self)

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y, self.z) == (o.x, o.y, o.z)

    def __iter__(self):
        yield self.x
        yield self.y
        yield self.z

    def __getitem__(self, i):
        return (self.x, self.y, self.z)[i]

    def __bool__(self):
        return any(self)

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        self.z += o.z
        return self

    def __repr__(self):
        return "Vec({:.3f}, {:.3f}, {:.3f})".format(*self)


def on_client_request():
    a, b = Vec(1, 2, 3), Vec(-2, 0.5, 4)
    out = [repr(a + b), repr(a - b), repr(2 * a), repr(a * 0.5), str(a * b), repr(a ^ b), repr(-b)]
    out.append(f"|a|={abs(a):.6f} unit={a / abs(a)!r} a[1]={a[1]} list={list(b)} bool={bool(Vec())},{bool(a)}")
    out.append(f"angle={math.degrees(math.acos(a * b / (abs(a) * abs(b)))):.4f} deg")
    out.append(f"orthogonal: {(a ^ b) * a == 0} {(a ^ b) * b}")
    g = Vec(0, 0, -9.81)
    pos, vel = Vec(0, 0, 10), Vec(3, 1, 5)
    dt, t = 0.05, 0.0
    alias = pos
    while pos.z > 0:
        vel += g * dt
        pos = pos + vel * dt
        t += dt
    out.append(f"landed t={t:.2f} at {pos!r}, alias still {alias!r}")
    x, y, z = pos
    out.append(f"{round(x, 2)} {round(y, 2)} {z:.2e} {Vec(1, 2, 3) == Vec(1.0, 2.0, 3.0)} {a == (1, 2, 3)}")
    return "\n".join(out)
