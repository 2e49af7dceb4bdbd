# Sets with the builtins and the rest of the language: sorted, min, max,
# sum, list, tuple, any, all, enumerate, zip, isinstance, type, str.join,
# for loops, truthiness, json.dumps' TypeError, a set changed while
# iterated, dict views as sets.
import json


def on_client_request():
    out = []
    s = {5, 3, 9, 1}
    out.append([sorted(s), sorted(s, reverse=True), min(s), max(s), sum(s), sum(s, 10)])
    out.append([list(s), tuple(s), any(s), all(s), any(set()), all(set()), all({0, 1})])
    out.append(list(enumerate({"x"})))
    out.append(list(zip(sorted(s), {1, 2, 3, 4})))
    out.append(",".join(sorted({"b", "a", "c"})))
    out.append([isinstance(s, set), isinstance(s, frozenset), isinstance(frozenset(), (set, frozenset)), isinstance([], set)])
    out.append([type(s).__name__, type(frozenset()).__name__, type(s) is set, type(frozenset()) is frozenset])
    total = 0
    for x in s:
        total += x * x
    out.append(total)
    if s:
        out.append("non-empty")
    if not set():
        out.append("empty")
    out.append([x for x in {10, 20}])
    out.append({k: k * 2 for k in {3, 4}})
    out.append(max({"pear", "fig"}, key=len))
    f = set
    out.append(f([1, 1]))
    out.append([len(x) for x in [{1}, {1, 2}]])
    try:
        json.dumps({"tags": {1, 2}})
    except TypeError as e:
        out.append(str(e))
    try:
        json.dumps(frozenset())
    except TypeError as e:
        out.append(str(e))
    try:
        grow = {1, 2, 3}
        for x in grow:
            grow.add(x + 10)
    except RuntimeError as e:
        out.append(str(e))
    shrink = {1, 2, 3}
    try:
        for x in shrink:
            shrink.discard(x)
    except RuntimeError as e:
        out.append(str(e))
    out.append(shrink)
    same = {1, 2, 3}
    for x in same:
        same.discard(x)
        same.add(x)
    out.append(same)
    d = {"a": 1, "b": 2, "c": 3}
    e = {"b": 20, "c": 30, "d": 40}
    out.append(sorted(d.keys() & e.keys()))
    out.append(sorted(d.keys() | e.keys()))
    out.append(sorted(d.keys() - e.keys()))
    out.append(sorted(d.keys() ^ e.keys()))
    out.append(sorted(d.keys() - {"a"}))
    out.append(sorted(d.items() & {("a", 1), ("b", 3)}))
    out.append([d.keys() == {"a", "b", "c"}, d.keys() == e.keys(), {"a", "b", "c"} == d.keys(), d.keys() <= {"a", "b", "c", "z"}])
    out.append(type(d.keys() | [1]).__name__)
    out.append(repr(set(str(i) for i in range(3)) == {"0", "1", "2"}))
    return "\n".join(str(x) for x in out) + "\n"
