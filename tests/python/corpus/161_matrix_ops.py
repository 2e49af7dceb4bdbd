# Operator overloading on a matrix class: +, *, ==, indexing with a
# tuple, transpose, identity as a classmethod, repr of nested lists.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(rows)
        self.m = len(rows[0]) if rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v

    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])

    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Matrix([[a * o for a in r] for r in self.rows])
        cols = o.transpose().rows
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    __rmul__ = __mul__

    def transpose(self):
        return Matrix([[self.rows[i][j] for i in range(self.n)] for j in range(self.m)])

    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows

    def __repr__(self):
        return f"Matrix({self.rows})"


def on_client_request():
    a = Matrix([[1, 2], [3, 4]])
    b = Matrix([[0, 1], [1, 0]])
    i = Matrix.identity(2)
    c = a * b
    c[0, 0] = 99
    out = [a + b, a * b, a * i == a, 2 * a, a * 0.5, a.transpose(), c, c[1, 1], a == [[1, 2], [3, 4]]]
    return "\n".join(repr(x) for x in out) + "\n"
