# @staticmethod and @classmethod: called on the class and on instances,
# alternative constructors that respect subclasses, class-level state.
class Shape:
    registry = []

    def __init__(self, name):
        self.name = name
        Shape.registry.append(name)

    @classmethod
    def named(cls, name):
        return cls(name.upper())

    @staticmethod
    def area_of_square(side):
        return side * side

    @classmethod
    def count(cls):
        return len(cls.registry)

    def kind(self):
        return type(self).__name__


class Circle(Shape):
    pass


def on_client_request():
    s = Shape.named("sq")
    c = Circle.named("ring")
    out = [s.name, s.kind(), c.name, c.kind(), Shape.area_of_square(3), s.area_of_square(4)]
    out.append([Shape.count(), c.count(), Shape.registry])
    f = Circle.named
    out.append(f("x").kind())
    return "\n".join(str(x) for x in out) + "\n"
