# Class-heavy benchmark: tic-tac-toe solved by minimax over a Board
# class (moves made and undone through methods, a win check per node).


class Board:
    LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

    def __init__(self, cells):
        self.cells = list(cells)

    def winner(self):
        c = self.cells
        for a, b, d in Board.LINES:
            if c[a] != "." and c[a] == c[b] == c[d]:
                return c[a]
        return None

    def moves(self):
        return [i for i in range(9) if self.cells[i] == "."]

    def play(self, i, who):
        self.cells[i] = who

    def undo(self, i):
        self.cells[i] = "."


class Player:
    def __init__(self):
        self.nodes = 0

    def score(self, board, who):
        self.nodes += 1
        w = board.winner()
        if w is not None:
            return 1 if w == "x" else -1
        moves = board.moves()
        if not moves:
            return 0
        other = "o" if who == "x" else "x"
        best = -2 if who == "x" else 2
        for m in moves:
            board.play(m, who)
            s = self.score(board, other)
            board.undo(m)
            if who == "x":
                best = max(best, s)
            else:
                best = min(best, s)
        return best


def on_client_request():
    p = Player()
    s = p.score(Board("x...o...."), "x")
    return str(s) + " " + str(p.nodes) + "\n"
