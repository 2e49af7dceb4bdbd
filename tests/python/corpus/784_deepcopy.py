# copy.deepcopy: containers are copied all the way down, shared structure
# stays shared and cycles stay cycles (the memo), a tuple whose items all
# copy to themselves is returned as it is, and a user class's
# __deepcopy__(memo) is called with the memo it can pass back in.
import copy
from collections import defaultdict, deque


class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


class Board:
    def __init__(self):
        self.cells = [[0] * 3 for _ in range(3)]
        self.moves = 0

    def play(self, r, c, v):
        self.cells[r][c] = v
        self.moves += 1


calls = []


class Keeps:
    def __init__(self, data, shared):
        self.data = data
        self.shared = shared

    def __deepcopy__(self, memo):
        calls.append(type(memo).__name__)
        return Keeps(copy.deepcopy(self.data, memo), self.shared)


def on_client_request():
    out = []
    inner = [1, 2]
    xs = [inner, inner, (3, inner), {"k": inner}]
    ys = copy.deepcopy(xs)
    out.append(ys == xs)
    out.append((ys[0] is xs[0], ys[0] is ys[1], ys[2][1] is ys[0], ys[3]["k"] is ys[0]))
    a = [1]
    a.append(a)
    b = copy.deepcopy(a)
    out.append((b[1] is b, b is a, len(b)))
    t = (1, "x", (2, 3), frozenset([4]))
    out.append(copy.deepcopy(t) is t)
    t2 = (1, [2])
    out.append((copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2))
    s = {(1, 2), (3, 4)}
    out.append(sorted(copy.deepcopy(s)))
    dd = defaultdict(list)
    dd["x"].append([1])
    dd2 = copy.deepcopy(dd)
    dd2["x"][0].append(2)
    dd2["y"].append(0)
    out.append((dict(dd), dict(dd2)))
    q = deque([[1], [2]], maxlen=5)
    q2 = copy.deepcopy(q)
    q2[0].append(9)
    q2.append(5)
    out.append((list(q), list(q2)))
    root = Node("root")
    kid = root.add(Node("kid"))
    kid.add(Node("grandkid"))
    r2 = copy.deepcopy(root)
    k2 = r2.children[0]
    out.append((r2 is root, k2.parent is r2, k2.children[0].parent is k2, k2.value))
    board = Board()
    board.play(0, 0, 1)
    future = copy.deepcopy(board)
    future.play(1, 1, 2)
    out.append((board.cells, board.moves, future.cells, future.moves))
    shared = ["shared"]
    k = Keeps([[1]], shared)
    k2 = copy.deepcopy([k, k])
    out.append(calls)
    out.append((k2[0] is k2[1], k2[0].shared is shared, k2[0].data == [[1]], k2[0].data is k.data))
    memo = {}
    c1 = copy.deepcopy([inner], memo)
    c2 = copy.deepcopy([inner], memo)
    out.append(c1[0] is c2[0])
    m = copy.deepcopy(board.play)
    m(2, 2, 7)
    out.append((board.cells[2], copy.deepcopy(len) is len))
    return repr(out)
