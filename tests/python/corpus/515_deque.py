# collections.deque: both ends, rotate, bounded deques, operators, BFS, CPython's errors.

from collections import deque


def bfs(graph, start):
    seen = {start}
    order = []
    q = deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                q.append(nxt)
    return order


def on_client_request():
    out = []
    d = deque([1, 2, 3])
    d.append(4)
    d.appendleft(0)
    out.append(repr(d))
    out.append((d.pop(), d.popleft(), len(d), d[0], d[-1], 2 in d, 9 in d))
    d.extend([7, 8])
    d.extendleft("ab")
    out.append(str(d))
    d.rotate(2)
    out.append(list(d))
    d.rotate(-3)
    out.append(list(d))
    d.rotate()
    out.append(list(d))
    d[0] = "first"
    del d[1]
    out.append(d)
    d.remove(7)
    d.insert(1, "ins")
    d.insert(-1, "neg")
    d.insert(100, "end")
    out.append((d, d.index("ins"), d.count(8)))
    d.reverse()
    out.append(d)
    e = d.copy()
    e.clear()
    out.append((d == e, bool(e), bool(d), e, len(e)))
    b = deque(range(10), maxlen=3)
    out.append(b)
    b.append(10)
    b.appendleft(-1)
    out.append(b)
    b.extend(range(20, 25))
    out.append((b, sorted(b), sum(b), max(b), tuple(b)))
    z = deque(maxlen=0)
    z.append(1)
    out.append(z)
    out.append(deque("hello") == deque("hello"))
    out.append(deque([1, 2]) < deque([1, 3]))
    out.append(deque([1, 2]) == [1, 2])
    out.append(deque([1]) + deque([2, 3]))
    q = deque()
    q += [1, 2]
    q += q
    out.append(q)
    for i, x in enumerate(deque("xyz")):
        out.append((i, x))
    out.append(list(reversed(deque([1, 2, 3]))))
    a, b2, c = deque([1, 2, 3])
    out.append(a + b2 + c)
    graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
    out.append(bfs(graph, 1))
    big = deque()
    for i in range(1000):
        big.appendleft(i)
        big.append(-i)
    for i in range(500):
        big.popleft()
        big.pop()
    out.append((len(big), big[0], big[-1], big[500]))
    for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(9),
              lambda: deque([1, 2]).index(9), lambda: deque([1])[5], lambda: deque([], -1),
              lambda: deque([], "a"), lambda: deque([1], 1).insert(0, 2), lambda: hash(deque()),
              lambda: deque() + [1], lambda: [1] + deque(), lambda: deque([1, 2, 3]).index(2, 0, 1),
              lambda: deque([1]).rotate("x"), lambda: deque([1])["a"]]:
        try:
            out.append(f())
        except Exception as ex:
            out.append(f"{type(ex).__name__}: {ex}")
    return "\n".join(map(str, out))
