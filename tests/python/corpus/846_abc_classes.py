# abc: ABC and metaclass=ABCMeta, abstractmethod on methods, properties,
# static and class methods; the abstract methods a class has (its own,
# and a base's still abstract here), CPython's TypeError when one is
# called while some remain (before __init__ runs), isinstance and reprs,
# abstractmethod on what it cannot mark.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @property
    @abstractmethod
    def sides(self):
        ...

    @staticmethod
    @abstractmethod
    def unit():
        ...

    @classmethod
    @abstractmethod
    def kind(cls):
        ...

    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        return "shape"

    def describe(self):
        return f"{self.name()} with {self.sides} sides, area {self.area()} {self.unit()}"


class Partial(Shape):
    def area(self):
        return 0


class Square(Partial):
    sides = 4

    def __init__(self, s):
        self.s = s

    @staticmethod
    def unit():
        return "cm2"

    @classmethod
    def kind(cls):
        return cls.__name__

    def area(self):
        return self.s * self.s

    def name(self):
        return "square (" + super().name() + ")"


class Old(metaclass=ABCMeta):
    @abstractmethod
    def run(self, x):
        ...


class Runner(Old):
    def run(self, x):
        return x * 2


class Init(abc.ABC):
    @abc.abstractmethod
    def __init__(self, x):
        print("never")


class Plain:
    @abstractmethod
    def f(self):
        return "plain classes ignore it"


class Empty(ABC):
    pass


def attempt(f):
    try:
        return repr(f())
    except (TypeError, AttributeError) as e:
        return type(e).__name__ + ": " + str(e)


def on_client_request():
    out = [
        attempt(lambda: Shape()),
        attempt(lambda: Partial()),
        attempt(lambda: Square(3).describe()),
        attempt(lambda: Square.kind()),
        attempt(lambda: Old()),
        attempt(lambda: Runner().run(21)),
        attempt(lambda: Init(1)),
        attempt(lambda: Plain().f()),
        attempt(lambda: type(Empty()).__name__),
        attempt(lambda: abstractmethod(5)),
        attempt(lambda: abstractmethod(Shape.sides)),
        str((isinstance(Square(1), ABC), isinstance(Square(1), Shape), isinstance(Runner(), Old),
             issubclass(Square, ABC), isinstance(Plain(), ABC))),
        str((ABC, abc.ABC is ABC, Shape)),
        repr(Empty())[:22],
    ]
    return "\n".join(out)
