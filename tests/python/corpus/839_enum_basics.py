# enum.Enum: members, aliases, lookup by value and name, iteration, len,
# repr/str/format, errors CPython raises, hashing, auto(), __init__ with
# tuple values, properties and methods, @unique, _generate_next_value_,
# _missing_, subclassing a member-less enum.
from enum import Enum, auto, unique
import enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name} is {self.value}"


class P(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


class L(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    NORTH = auto()
    SOUTH = auto()


class S(Enum):
    X = "x"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


class Empty(Enum):
    def hello(self):
        return "hello from " + self.name


class Sub(Empty):
    Z = 1


class Shape(enum.Enum):
    SQUARE = "sq"
    _private = 5
    __secret = 6


def on_client_request():
    out = []
    out.append((str(Color.RED), repr(Color.RED), Color.CRIMSON is Color.RED))
    out.append((list(Color), len(Color), Color(2), Color["BLUE"]))
    out.append((repr(Color), str(Color), Color, Enum))
    out.append((f"{Color.RED}", f"{Color.RED:>12}|", format(Color.RED)))
    try:
        Color(7)
    except ValueError as e:
        out.append(("VE", str(e)))
    try:
        Color["X"]
    except KeyError as e:
        out.append(("KE", repr(e)))
    out.append((Color.RED in Color, Color.RED == Color.RED, Color.RED == 1))
    out.append(hash(Color.RED) == hash(Color.CRIMSON))
    try:
        Color.RED.value = 5
    except AttributeError as e:
        out.append(("AE", str(e)))
    try:
        del Color.RED.name
    except AttributeError as e:
        out.append(("AE", str(e)))
    try:
        Color.RED = 5
    except AttributeError as e:
        out.append(("AE2", str(e)))
    try:
        Color.RED < Color.BLUE
    except TypeError as e:
        out.append(("TE2", str(e)))
    out.append(Color.__members__)
    out.append(list(Color.__members__.items()))
    out.append((type(Color.RED), type(Color.RED).__name__))
    out.append((isinstance(Color.RED, Enum), isinstance(Color.RED, Color)))
    out.append((issubclass(Color, Enum), isinstance(3, Enum)))
    out.append((Color.RED.describe(), Color.RED._value_, Color.RED._name_))
    out.append(list(P))
    e = Planet.EARTH
    out.append((e.value, e.mass, round(e.gravity, 3), e))
    try:

        @unique
        class Mistake(Enum):
            ONE = 1
            TWO = 2
            THREE = 3
            FOUR = 3
            FIVE = 2

    except ValueError as e:
        out.append(("VE", str(e)))

    @unique
    class Fine(Enum):
        A = 1
        B = 2

    out.append(list(Fine))
    out.append((list(L), L.NORTH.value))
    d = {Color.RED: "r", Color.GREEN: "g"}
    out.append((d, {Color.RED, Color.BLUE, Color.GREEN}, d[Color.CRIMSON]))
    out.append((Color.RED.name, Color.RED.__class__, Color(Color.RED)))
    out.append((S("X"), S("x")))
    try:
        S(3)
    except ValueError as e:
        out.append(("VE3", str(e)))
    out.append(sorted(Color, key=lambda c: c.value, reverse=True))
    out.append(max(Color, key=lambda c: c.value))
    out.append((list(Sub), isinstance(Sub.Z, Empty), Sub.Z.hello()))
    try:

        class Bad(Color):
            Q = 9

    except TypeError as e:
        out.append(("TE3", str(e)))
    out.append((list(reversed(Color)), bool(Color), bool(Color.RED)))
    out.append((Color._member_names_, Color._value2member_map_))
    out.append((list(Shape), Shape._private, Shape._Shape__secret))
    out.append([c.name for c in Color if c.value > 1])
    out.append({c.name: c.value for c in Color})
    for c in Color:
        if c is Color.GREEN:
            out.append("found green")
    match Color.BLUE:
        case Color.RED:
            out.append("red")
        case Color.BLUE:
            out.append("blue")
    return "\n".join(str(x) for x in out)
