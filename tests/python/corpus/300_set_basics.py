# set and frozenset basics: displays, comprehensions, set()/frozenset()
# of iterables, len/in/truthiness, repr, equality across the two types,
# the operators and their in-place forms, CPython's TypeErrors.


def attempt(f):
    try:
        return repr(f())
    except (TypeError, KeyError, ValueError, RuntimeError) as e:
        return type(e).__name__ + ": " + str(e)


def on_client_request():
    out = []
    s = {3, 1, 2}
    out.append(repr(s))
    s.add(100)
    s.add(-5)
    s.add(3)
    out.append(str(s))
    out.append([len(s), 3 in s, 7 in s, 7 not in s, bool(s), bool(set()), bool(frozenset())])
    out.append([repr(set()), repr(frozenset()), str(frozenset([5, 4, 3, 40, 1000]))])
    out.append({x * 7 for x in range(20)})
    out.append({x % 5 for x in range(100) if x % 3 == 0})
    out.append({(i, j) for i in range(3) for j in range(i)})
    out.append(set("hello world"))
    out.append(set([1, 1, 2, 2, 3]))
    out.append(set((4, 5, 4)))
    out.append(set(range(10, 0, -3)))
    out.append(set({"a": 1, "b": 2}))
    out.append(frozenset({"k": 1}.keys()))
    out.append({1, 1.0, True})
    out.append({0, False, 0.0, -0.0})
    out.append([{1, 2} == {2, 1}, {1, 2} == frozenset([1, 2]), frozenset() == set(), {1} == [1], {1} != {1}])
    a = {1, 2, 3, 4}
    b = {3, 4, 5}
    out.append([a | b, a & b, a - b, a ^ b, b - a, b ^ a, b | a, b & a])
    out.append([a <= b, a < a, a <= a, {3} < b, b >= {5}, a > b, a >= set(), set() < a])
    f = frozenset(a)
    out.append([f | b, b | f, f & b, f - b, f ^ b])
    out.append(type(f | b).__name__ + " " + type(b | f).__name__)
    c = a
    c |= {10}
    c -= {1}
    c &= {2, 3, 4, 10, 11}
    c ^= {2, 99}
    out.append([a, c, a is c])
    g = f
    g |= {7}
    out.append([f, g, type(g).__name__])
    out.append(attempt(lambda: a | [1]))
    out.append(attempt(lambda: [1] & a))
    out.append(attempt(lambda: a - (1,)))
    out.append(attempt(lambda: a ^ "x"))
    out.append(attempt(lambda: a < [1]))
    out.append(attempt(lambda: a >= frozenset()))
    out.append(attempt(lambda: {[1]}))
    out.append(attempt(lambda: {{1}}))
    out.append(attempt(lambda: [1] in a))
    out.append(attempt(lambda: set(5)))
    out.append(attempt(lambda: hash(a)))
    out.append(attempt(lambda: {a: 1}))
    try:
        x = {1}
        x |= [2]
    except TypeError as e:
        out.append(str(e))
    try:
        x = {1}
        x -= "ab"
    except TypeError as e:
        out.append(str(e))
    return "\n".join(str(x) for x in out) + "\n"
