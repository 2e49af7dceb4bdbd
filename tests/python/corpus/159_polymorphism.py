# Polymorphism through a base class: an abstract method raising
# NotImplementedError, overriding, a list of mixed subclasses, dispatch
# on isinstance, and class attributes used as constants.
class Shape:
    sides = 0

    def area(self):
        raise NotImplementedError("subclasses must implement area")

    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides and area {self.area():.2f}"


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)


class Triangle(Shape):
    sides = 3

    def __init__(self, b, h):
        self.b = b
        self.h = h

    def area(self):
        return 0.5 * self.b * self.h


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


def on_client_request():
    shapes = [Rect(2, 3), Square(4), Triangle(3, 5), Circle(1)]
    out = [s.describe() for s in shapes]
    out.append(sorted(shapes, key=lambda s: s.area())[0].describe())
    out.append([isinstance(s, Rect) for s in shapes])
    out.append(sum(s.sides for s in shapes))
    try:
        Shape().area()
    except NotImplementedError as e:
        out.append("NotImplementedError: " + str(e))
    return "\n".join(str(x) for x in out) + "\n"
