# Class-heavy benchmark: a constraint solver. A Board object places N
# queens by backtracking, with constraint sets kept as dicts of bools
# and the search driven by method calls.


class Board:
    def __init__(self, n):
        self.n = n
        self.cols = {}
        self.diag1 = {}
        self.diag2 = {}
        self.queens = []

    def free(self, r, c):
        return not self.cols.get(c) and not self.diag1.get(r + c) and not self.diag2.get(r - c)

    def place(self, r, c):
        self.cols[c] = True
        self.diag1[r + c] = True
        self.diag2[r - c] = True
        self.queens.append(c)

    def remove(self, r, c):
        self.cols[c] = False
        self.diag1[r + c] = False
        self.diag2[r - c] = False
        self.queens.pop()


class Solver:
    def __init__(self, n):
        self.board = Board(n)
        self.solutions = 0
        self.first = None

    def solve(self, r):
        b = self.board
        if r == b.n:
            self.solutions += 1
            if self.first is None:
                self.first = list(b.queens)
            return
        for c in range(b.n):
            if b.free(r, c):
                b.place(r, c)
                self.solve(r + 1)
                b.remove(r, c)


def on_client_request():
    s = Solver(7)
    s.solve(0)
    return str(s.solutions) + " " + str(s.first) + "\n"
