# Matrices as lists of lists: multiply, transpose, determinant by fractions-free
# elimination (Bareiss), identity, power by squaring, pretty printing.


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(rows)
        self.m = len(rows[0]) if rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __mul__(self, other):
        if isinstance(other, int):
            return Matrix([[x * other for x in r] for r in self.rows])
        if self.m != other.n:
            raise ValueError(f"shape mismatch {self.n}x{self.m} * {other.n}x{other.m}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    __rmul__ = __mul__

    def __pow__(self, k):
        result, base = Matrix.identity(self.n), self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def T(self):
        return Matrix(list(zip(*self.rows)))

    def det(self):
        a = [r[:] for r in self.rows]
        n, sign, prev = self.n, 1, 1
        for k in range(n - 1):
            if a[k][k] == 0:
                for i in range(k + 1, n):
                    if a[i][k]:
                        a[k], a[i] = a[i], a[k]
                        sign = -sign
                        break
                else:
                    return 0
            for i in range(k + 1, n):
                for j in range(k + 1, n):
                    a[i][j] = (a[i][j] * a[k][k] - a[i][k] * a[k][j]) // prev
            prev = a[k][k]
        return sign * a[n - 1][n - 1]

    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{w}}" for x in r) + "]" for r in self.rows)


def on_client_request():
    a = Matrix([[1, 2, 0], [3, -1, 4], [0, 5, 2]])
    b = Matrix([[2, 0], [1, 1], [-1, 3]])
    out = [str(a * b), str((a * b).T()), f"det(a)={a.det()}"]
    fib = Matrix([[1, 1], [1, 0]]) ** 90
    out.append(f"fib(90)={fib.rows[0][1]}")
    out.append(str(3 * a == a * 3) + " " + str(a ** 0 == Matrix.identity(3)))
    out.append(f"det(a^5)={(a ** 5).det()} check={a.det() ** 5}")
    out.append(str(Matrix([[0, 1, 2], [0, 3, 4], [0, 5, 6]]).det()))
    out.append(str(Matrix([[0, 2], [3, 1]]).det()))
    try:
        b * b
    except ValueError as e:
        out.append(str(e))
    return "\n".join(out)
