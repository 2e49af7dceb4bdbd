# call: /?by=dept,-salary,name
# call: /?by=-age
# Multi-key sorting with stability, reverse passes, operator getters and None-safe keys.
from operator import itemgetter, attrgetter
from dataclasses import dataclass
from mayfly import request


@dataclass
class Emp:
    name: str
    dept: str
    salary: int
    age: int
    manager: str = None


STAFF = [
    Emp("ana", "eng", 120, 34, "zoe"), Emp("bo", "ops", 90, 45), Emp("cy", "eng", 120, 29, "zoe"),
    Emp("di", "sales", 70, 51, "yan"), Emp("ed", "ops", 95, 38, "bo"), Emp("fay", "eng", 150, 41),
    Emp("gus", "sales", 70, 23, "yan"), Emp("hal", "eng", 99, 34, "fay"), Emp("ivy", "ops", 90, 27, "bo"),
]


def multisort(rows, spec):
    out = list(rows)
    for field in reversed(spec.split(",")):
        desc = field.startswith("-")
        out.sort(key=attrgetter(field.lstrip("-")), reverse=desc)
    return out


def on_client_request():
    spec = request.args.get("by", "name")
    rows = multisort(STAFF, spec)
    lines = [f"sorted by {spec}:"]
    lines += [f"  {e.name:<4}{e.dept:<6}{e.salary:>4}{e.age:>4}" for e in rows]
    tuples = [(e.dept, e.salary, e.name) for e in STAFF]
    lines.append(str(sorted(tuples, key=itemgetter(1))[:4]))
    lines.append(str(sorted(tuples, key=itemgetter(0, 1), reverse=True)[:3]))
    lines.append(str([e.name for e in sorted(STAFF, key=lambda e: (e.manager is None, e.manager or ""))]))
    lines.append(str([e.name for e in sorted(STAFF, key=lambda e: -e.age)][:3]))
    lines.append(str(sorted(["b", "A", "c", "B", "a"], key=str.lower)))
    lines.append(str(sorted(["b", "A", "c", "B", "a"], key=str.lower, reverse=True)))
    lines.append(str(sorted([3, -1, 2, -3, 1, -2], key=abs)))
    lines.append(str(max(STAFF, key=attrgetter("salary", "age")).name))
    words = "the quick brown fox jumps over the lazy dog".split()
    lines.append(str(sorted(set(words), key=lambda w: (-len(w), w))))
    lines.append(str(sorted(enumerate(words), key=lambda p: p[1])[:4]))
    try:
        sorted(["a", 1])
    except TypeError as e:
        lines.append(f"TypeError: {e}")
    try:
        sorted([STAFF[0], STAFF[1]])
    except TypeError as e:
        lines.append(f"TypeError: {e}")
    return "\n".join(lines)
