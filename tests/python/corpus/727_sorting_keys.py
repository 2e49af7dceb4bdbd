# Sorting records: multi-key sorts, stability, cmp_to_key, itemgetter/attrgetter, partial.
from functools import cmp_to_key, partial, reduce
from operator import itemgetter, attrgetter
import operator


class Emp:
    def __init__(self, name, dept, salary, age):
        self.name, self.dept, self.salary, self.age = name, dept, salary, age

    def __repr__(self):
        return f"{self.name}({self.dept},{self.salary})"


STAFF = [Emp("ann", "eng", 120, 34), Emp("bob", "ops", 90, 45), Emp("cid", "eng", 120, 29),
         Emp("dee", "eng", 105, 41), Emp("eve", "ops", 95, 38), Emp("fay", "hr", 80, 50)]


def version_cmp(a, b):
    pa = [int(x) if x.isdigit() else x for x in a.replace("-", ".").split(".")]
    pb = [int(x) if x.isdigit() else x for x in b.replace("-", ".").split(".")]
    for x, y in zip(pa, pb):
        if x == y:
            continue
        if type(x) is not type(y):
            return -1 if isinstance(x, str) else 1
        return -1 if x < y else 1
    return len(pa) - len(pb)


def clamp(lo, hi, x):
    return max(lo, min(hi, x))


def on_client_request():
    out = [str(sorted(STAFF, key=attrgetter("dept", "name")))]
    out.append(str(sorted(STAFF, key=lambda e: (-e.salary, e.age))))
    by_salary = sorted(STAFF, key=attrgetter("salary"), reverse=True)
    out.append(str([e.name for e in by_salary]))
    rows = [(e.dept, e.name, e.salary) for e in STAFF]
    rows.sort(key=itemgetter(2))
    rows.sort(key=itemgetter(0))
    out.append(str(rows))
    versions = ["1.10", "1.2", "1.2.1", "1.2-rc", "0.9", "1.10.0", "2"]
    out.append(str(sorted(versions, key=cmp_to_key(version_cmp))))
    out.append(str(max(versions, key=cmp_to_key(version_cmp))))
    c = partial(clamp, 0, 100)
    out.append(str([c(x) for x in (-5, 50, 500)]) + " " + repr(c.args))
    total = reduce(operator.add, (e.salary for e in STAFF))
    out.append(f"total={total} product={reduce(operator.mul, range(1, 11))}")
    depts = {}
    for e in STAFF:
        depts.setdefault(e.dept, []).append(e)
    richest = {d: max(es, key=attrgetter("salary")).name for d, es in sorted(depts.items())}
    out.append(str(richest))
    words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
    out.append(str(sorted(words)) + str(sorted(words, key=str.lower)) + str(sorted(words, key=lambda w: (len(w), w.lower()))))
    out.append(str(sorted(map(itemgetter(1, 0), enumerate("cab")))))
    out.append(str(list(map(operator.sub, [10, 20, 30], [1, 2, 3]))))
    return "\n".join(out)
