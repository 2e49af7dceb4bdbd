# Class-heavy benchmark: a tiny ray tracer (spheres, one light, diffuse
# shading) on a 24x16 image with a vector class and operator methods.


class V:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return V(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        n = self.dot(self) ** 0.5
        return V(self.x / n, self.y / n, self.z / n)


class Sphere:
    def __init__(self, center, radius, shade):
        self.center = center
        self.radius = radius
        self.shade = shade

    def hit(self, origin, direction):
        oc = origin - self.center
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return -1.0
        t = -b - disc ** 0.5
        return t if t > 1e-6 else -1.0


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(V(0.0, 0.0, 5.0), 1.5, 1.0),
            Sphere(V(2.0, 1.0, 7.0), 1.0, 0.6),
            Sphere(V(-2.5, -1.0, 6.0), 1.2, 0.8),
        ]
        self.light = V(-1.0, 2.0, -1.0).norm()

    def trace(self, origin, direction):
        best = None
        best_t = 1e9
        for s in self.objects:
            t = s.hit(origin, direction)
            if 0 < t < best_t:
                best_t = t
                best = s
        if best is None:
            return 0.0
        p = origin + direction * best_t
        n = (p - best.center).norm()
        return max(0.0, n.dot(self.light)) * best.shade


def on_client_request():
    scene = Scene()
    eye = V(0.0, 0.0, 0.0)
    chars = " .:-=+*#%@"
    rows = []
    total = 0.0
    for j in range(16):
        row = ""
        for i in range(24):
            d = V((i - 12) / 12.0, (8 - j) / 8.0, 1.0).norm()
            v = scene.trace(eye, d)
            total += v
            row += chars[min(9, int(v * 10))]
        rows.append(row)
    return "\n".join(rows) + "\n" + str(round(total, 6)) + "\n"
