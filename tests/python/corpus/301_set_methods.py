# Every method of set and frozenset, with several arguments and any
# iterables where CPython takes them, and CPython's errors.


def attempt(f):
    try:
        return repr(f())
    except (TypeError, KeyError, AttributeError) as e:
        return type(e).__name__ + ": " + str(e)


def on_client_request():
    out = []
    s = {5, 10, 15, 20}
    out.append(s.union())
    out.append(s.union([1, 2], (3,), {4}, "", range(30, 33)))
    out.append(s.intersection())
    out.append(s.intersection([5, 10, 99], (10, 5)))
    out.append(s.intersection(range(100)))
    out.append(s.difference())
    out.append(s.difference([5], {10}, (99,)))
    out.append(s.difference({5: "a", 77: "b"}))
    out.append(s.symmetric_difference([20, 25, 25]))
    out.append(s.symmetric_difference({"x": 1}))
    out.append([s.issubset(range(50)), s.issubset([5]), s.issuperset([5, 10]), s.issuperset((1,))])
    out.append([s.isdisjoint([1, 2]), s.isdisjoint({20}), s.isdisjoint(set()), set().isdisjoint(s)])
    t = s.copy()
    t.add(7)
    out.append([s, t, t is s])
    t.discard(7)
    t.discard(12345)
    t.remove(5)
    out.append(t)
    out.append(attempt(lambda: t.remove(5)))
    out.append(attempt(lambda: t.remove((1, 2))))
    out.append(attempt(lambda: t.discard([1])))
    u = {1, 2, 3}
    u.update()
    u.update([4], (5, 6), {7: 0}, "ab")
    out.append(repr(u))
    u.intersection_update([1, 2, 3, 4, "a"], range(3, 10), {3, 4, "a"})
    out.append(repr(u))
    u.difference_update([3], ())
    out.append(repr(u))
    u.symmetric_difference_update([4, 100, 200])
    out.append(repr(u))
    u.update({1, 2})
    r = u.intersection_update()
    out.append([repr(u), r])
    p = {40, 30, 20, 10}
    popped = []
    while p:
        popped.append(p.pop())
    out.append(popped)
    out.append(attempt(lambda: p.pop()))
    out.append(attempt(lambda: {1}.pop(0)))
    q = {1, 2, 3}
    q.clear()
    q.add(9)
    out.append(q)
    fz = frozenset([3, 2, 1])
    out.append([fz.union([4]), fz.intersection({2, 3}), fz.difference([1]), fz.symmetric_difference([1, 9])])
    out.append([fz.issubset([1, 2, 3]), fz.issuperset(()), fz.isdisjoint([4]), fz.copy()])
    out.append(attempt(lambda: fz.add(1)))
    out.append(attempt(lambda: fz.discard(1)))
    out.append(attempt(lambda: fz.update([1])))
    out.append(attempt(lambda: fz.pop()))
    out.append(attempt(lambda: fz.clear()))
    out.append(attempt(lambda: fz.remove(1)))
    out.append(attempt(lambda: s.union(1)))
    out.append(attempt(lambda: s.update([[1]])))
    out.append(attempt(lambda: s.issubset(3)))
    lst = [3, 1]
    lst.clear()
    d = {"a": 1}
    d.clear()
    d["b"] = 2
    out.append([lst, d])
    w = {1}
    w.update(w)
    w.symmetric_difference_update(w)
    out.append(w)
    return "\n".join(str(x) for x in out) + "\n"
