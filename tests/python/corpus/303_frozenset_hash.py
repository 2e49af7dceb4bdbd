# frozenset: CPython's hash (cached), as dict keys and set members,
# nested frozensets, sets looked up as the equal frozenset, and sets
# being unhashable wherever a hash is taken.


def attempt(f):
    try:
        return repr(f())
    except (TypeError, KeyError) as e:
        return type(e).__name__ + ": " + str(e)


def on_client_request():
    out = []
    fs = [frozenset(), frozenset([0]), frozenset([1, 2, 3]), frozenset("abc"), frozenset([(1, 2), (3, 4)]),
          frozenset([frozenset([1]), frozenset()]), frozenset(range(100)), frozenset([-1, -2, 2**62]),
          frozenset([1.5, 2.5])]
    out.append([hash(f) for f in fs])
    out.append(hash(frozenset([3, 2, 1])) == hash(frozenset([1, 2, 3])))
    graph = {frozenset([1, 2]): "a-b", frozenset([2, 3]): "b-c"}
    graph[frozenset([3, 1])] = "c-a"
    out.append(graph[frozenset([2, 1])])
    out.append(sorted(graph.values()))
    out.append(attempt(lambda: graph[frozenset([9])]))
    family = {frozenset([1]), frozenset([1, 2]), frozenset([2, 1]), frozenset(), frozenset([3])}
    out.append(family)
    out.append(len(family))
    s = {1, 2}
    out.append([s in family, {3} in family, set() in family, {4} in family])
    family.discard({3})
    family.remove(set())
    out.append(family)
    out.append(attempt(lambda: family.remove({99})))
    out.append(attempt(lambda: {s}))
    out.append(attempt(lambda: {1: 2}[s]))
    out.append(attempt(lambda: {s: 1}))
    out.append(attempt(lambda: hash(s)))
    out.append(attempt(lambda: frozenset([[1]])))
    out.append(attempt(lambda: frozenset([{1}])))
    nested = frozenset([frozenset([frozenset([1, 2])]), 3])
    out.append(nested)
    out.append(frozenset([1, 2]) == {2, 1})
    out.append({1, 2} == frozenset([1, 2]))
    out.append({frozenset([1, 2]): 0} == {frozenset([2, 1]): 0})
    out.append(frozenset(frozenset([5, 6])))
    out.append(frozenset({5: 1, 6: 2}))
    t = (frozenset([1]), frozenset([2]))
    out.append([{t}, {(frozenset([9]), 1)}])
    return "\n".join(str(x) for x in out) + "\n"
