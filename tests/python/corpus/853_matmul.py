# The @ operator: __matmul__, __rmatmul__ and __imatmul__ (a small matrix
# type), NotImplemented falling back to the reflection, and CPython's
# TypeErrors for operands without it ("for @" and "for @=").
class M:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, o):
        if not isinstance(o, M):
            return NotImplemented
        cols = list(zip(*o.rows))
        return M([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __rmatmul__(self, k):
        return M([[k * x for x in r] for r in self.rows])

    def __repr__(self):
        return f"M({self.rows})"


class Acc:
    def __init__(self):
        self.log = []

    def __imatmul__(self, x):
        self.log.append(x)
        return self


def attempt(f):
    try:
        return repr(f())
    except TypeError as e:
        return "TypeError: " + str(e)


def on_client_request():
    a = M([[1, 2], [3, 4]])
    b = M([[0, 1], [1, 0]])
    c = a
    c @= b
    acc = Acc()
    acc @= 5
    acc @= "x"

    def ints():
        x = 2
        x @= 3
        return x

    return "\n".join([repr(a @ b), repr(c), repr(3 @ a), repr(acc.log), attempt(lambda: 1 @ 2),
                      attempt(lambda: a @ "s"), attempt(ints), attempt(lambda: [1] @ [2])])
