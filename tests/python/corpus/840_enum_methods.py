# enum: user __str__/__repr__/__format__-free overrides, class attributes
# and methods, classmethods and staticmethods on enums, auto() after
# non-int values, members holding lists (unhashable values), errors.
from enum import Enum, auto
import json


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    def __str__(self):
        return self.value

    @classmethod
    def parse(cls, s):
        return cls(s.lower())

    @staticmethod
    def default():
        return Status.ACTIVE


class Pretty(Enum):
    ONE = 1

    def __repr__(self):
        return "Pretty!" + self.name


class Mixed(Enum):
    A = "a"
    B = 5
    C = auto()
    D = "d"
    E = auto()


class Lists(Enum):
    X = [1, 2]
    Y = [3]
    Z = [1, 2]


class Weekday(Enum):
    MON = 1
    TUE = 2
    WED = 3

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]

    @property
    def is_weekend(self):
        return False


class Empty(Enum):
    pass


def on_client_request():
    out = []
    out.append((str(Status.ACTIVE), f"{Status.INACTIVE}", f"[{Status.ACTIVE:^10}]"))
    out.append((Status.parse("ACTIVE"), Status.default()))
    out.append([Pretty.ONE, repr(Pretty.ONE), str(Pretty.ONE)])
    out.append(list(Mixed))
    out.append((list(Lists), Lists.Z is Lists.X, Lists([3])))
    out.append((Weekday.WED.next(), Weekday.MON.next(), Weekday.TUE.is_weekend))
    out.append((len(Empty), list(Empty)))
    try:
        Empty(1)
    except TypeError as e:
        out.append(("VE", str(e)))
    try:
        print(1 in Weekday)
    except TypeError as e:
        out.append(("TE", str(e)))
    try:
        json.dumps(Weekday.MON)
    except TypeError as e:
        out.append(("TE", str(e)))
    out.append(json.dumps({"day": Weekday.MON.value, "name": Weekday.MON.name}))
    try:
        Weekday(1, 2)
    except TypeError as e:
        out.append("TE functional")
    out.append(sorted([Weekday.WED, Weekday.MON], key=lambda d: d.value))
    out.append(getattr(Weekday, "TUE"))
    out.append(hasattr(Weekday.TUE, "value"))
    out.append(Weekday.MON != Weekday.TUE)
    out.append([w.value for w in Weekday][::-1])
    return "\n".join(str(x) for x in out)
