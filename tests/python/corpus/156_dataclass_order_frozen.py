# @dataclass(order=True) sorts by the fields in order; frozen=True
# makes instances immutable (FrozenInstanceError, an AttributeError)
# and hashable by their fields.
from dataclasses import dataclass, field


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float


def on_client_request():
    tasks = [Task(3, "write"), Task(1, "plan"), Task(2, "code"), Task(1, "coffee")]
    out = [sorted(tasks), min(tasks), Task(1, "a") < Task(2, "b"), Task(2, "a") <= Task(2, "z")]
    c = Coord(59.9, 10.7)
    try:
        c.lat = 0.0
    except AttributeError as e:
        out.append(type(e).__name__ + ": " + str(e))
    try:
        del c.lon
    except AttributeError as e:
        out.append(str(e))
    seen = {c: "oslo", Coord(60.4, 5.3): "bergen"}
    out += [seen[Coord(59.9, 10.7)], c == Coord(59.9, 10.7), hash(c) == hash(Coord(59.9, 10.7)), c]
    try:
        Task(1, "x") < 5
    except TypeError as e:
        out.append(str(e))
    return "\n".join(str(x) for x in out) + "\n"
