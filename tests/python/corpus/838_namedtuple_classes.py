# typing.NamedTuple classes and subclasses of namedtuple classes: methods,
# properties, a user __repr__ and __str__, json.dumps as a list, copy and
# deepcopy keep the class, CPython's errors for bad calls, read-only
# fields, tuple methods, dict keys equal to tuples, class patterns.
import json
import copy
from typing import NamedTuple, Optional
from collections import namedtuple


class Employee(NamedTuple):
    """An employee."""
    name: str
    id: int = 3
    manager: Optional[str] = None

    def describe(self):
        return f"{self.name}#{self.id}"

    @property
    def upper(self):
        return self.name.upper()

    def __repr__(self):
        return "Emp<" + self.name + ">"


Base = namedtuple("Base", "a b")


class Sub(Base):
    __slots__ = ()

    @property
    def total(self):
        return self.a + self.b

    def __str__(self):
        return f"Sub a={self.a} b={self.b}"


def attempt(out, f):
    try:
        out.append(repr(f()))
    except (TypeError, ValueError, AttributeError, IndexError) as e:
        out.append(type(e).__name__ + ": " + str(e))


def on_client_request():
    out = []
    e = Employee("Guido")
    out.append(repr(e))
    out.append(e.describe())
    out.append(e.upper)
    out.append(e.id)
    out.append(Employee._fields)
    out.append(Employee._field_defaults)
    out.append(e._replace(id=9).id)
    out.append(json.dumps(e))
    out.append(json.dumps({"e": Employee("x", 1, "y")}))
    s = Sub(1, 2)
    out.append(repr(s))
    out.append(str(s))
    out.append(s.total)
    out.append(s._asdict())
    out.append(type(s._replace(a=5)).__name__)
    out.append(type(Sub._make([1, 2])).__name__)
    attempt(out, lambda: Employee())
    attempt(out, lambda: Employee("a", 1, 2, 3))
    attempt(out, lambda: Employee("a", name="b"))
    attempt(out, lambda: Employee("a", foo=1))
    attempt(out, lambda: e._replace(foo=1))
    attempt(out, lambda: Base._make([1]))
    attempt(out, lambda: setattr(e, "name", "z"))
    attempt(out, lambda: e.missing)
    attempt(out, lambda: e[5])
    out.append(copy.deepcopy(s) == s)
    out.append(type(copy.deepcopy(s)).__name__)
    out.append(type(copy.copy(e)).__name__)
    out.append(s + (3,))
    out.append(s[1:])
    out.append(e.count("Guido"))
    out.append(e.index(3))
    out.append(max(Base(1, 2), Base(1, 3)))
    d = {Base(1, 2): "x"}
    out.append(d[(1, 2)])
    out.append(d[Base(1, 2)])
    match s:
        case Sub(a=1, b=b):
            out.append(f"matched b={b}")
    match Base(4, 5):
        case Base(x, y):
            out.append(f"positional {x} {y}")
    match e:
        case (n, i, m):
            out.append(f"seq {n} {i} {m}")
    return "\n".join(str(x) for x in out)
