# Class-heavy benchmark: n-body steps with Body objects (attribute
# reads and writes of floats in the inner loop).


class Body:
    def __init__(self, x, y, z, vx, vy, vz, mass):
        self.x = x
        self.y = y
        self.z = z
        self.vx = vx
        self.vy = vy
        self.vz = vz
        self.mass = mass

    def move(self, dt):
        self.x += dt * self.vx
        self.y += dt * self.vy
        self.z += dt * self.vz


class System:
    def __init__(self, bodies):
        self.bodies = bodies

    def advance(self, dt):
        bs = self.bodies
        n = len(bs)
        for i in range(n):
            a = bs[i]
            for j in range(i + 1, n):
                b = bs[j]
                dx = a.x - b.x
                dy = a.y - b.y
                dz = a.z - b.z
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * d2 ** 0.5)
                a.vx -= dx * b.mass * mag
                a.vy -= dy * b.mass * mag
                a.vz -= dz * b.mass * mag
                b.vx += dx * a.mass * mag
                b.vy += dy * a.mass * mag
                b.vz += dz * a.mass * mag
        for b in bs:
            b.move(dt)

    def energy(self):
        e = 0.0
        bs = self.bodies
        for i in range(len(bs)):
            a = bs[i]
            e += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz)
            for j in range(i + 1, len(bs)):
                b = bs[j]
                d = ((a.x - b.x) ** 2 + (a.y - b.y) ** 2 + (a.z - b.z) ** 2) ** 0.5
                e -= a.mass * b.mass / d
        return e


def on_client_request():
    s = System([
        Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 39.47),
        Body(4.84, -1.16, -0.10, 0.606, 2.81, -0.02, 0.037),
        Body(8.34, 4.12, -0.40, -1.01, 1.82, 0.008, 0.011),
        Body(12.89, -15.11, -0.22, 1.08, 0.868, -0.01, 0.0017),
        Body(15.37, -25.91, 0.17, 0.979, 0.594, -0.034, 0.002),
    ])
    before = s.energy()
    for _ in range(300):
        s.advance(0.01)
    return "%.9f %.9f\n" % (before, s.energy())
