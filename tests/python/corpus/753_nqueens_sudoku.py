# call: /?n=6
# call: /?n=8
# N-queens by backtracking with sets, and a sudoku solver with constraint propagation.
from mayfly import request

PUZZLE = (
    "53..7...."
    "6..195..."
    ".98....6."
    "8...6...3"
    "4..8.3..1"
    "7...2...6"
    ".6....28."
    "...419..5"
    "....8..79"
)


def queens(n):
    cols, d1, d2, board, sols = set(), set(), set(), [], []

    def place(r):
        if r == n:
            sols.append(tuple(board))
            return
        for c in range(n):
            if c in cols or (r - c) in d1 or (r + c) in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); board.append(c)
            place(r + 1)
            cols.remove(c); d1.remove(r - c); d2.remove(r + c); board.pop()

    place(0)
    return sols


def solve(grid):
    rows = [set() for _ in range(9)]
    cols = [set() for _ in range(9)]
    boxes = [set() for _ in range(9)]
    empty = []
    for i, v in enumerate(grid):
        r, c = divmod(i, 9)
        if v:
            rows[r].add(v); cols[c].add(v); boxes[r // 3 * 3 + c // 3].add(v)
        else:
            empty.append(i)

    def candidates(i):
        r, c = divmod(i, 9)
        return DIGITS - rows[r] - cols[c] - boxes[r // 3 * 3 + c // 3]

    def search():
        if not empty:
            return True
        best = min(empty, key=lambda i: len(candidates(i)))
        empty.remove(best)
        r, c = divmod(best, 9)
        b = r // 3 * 3 + c // 3
        for v in sorted(candidates(best)):
            grid[best] = v
            rows[r].add(v); cols[c].add(v); boxes[b].add(v)
            if search():
                return True
            rows[r].discard(v); cols[c].discard(v); boxes[b].discard(v)
        grid[best] = 0
        empty.append(best)
        return False

    return search()


DIGITS = frozenset(range(1, 10))


def on_client_request():
    n = int(request.args.get("n", "6"))
    sols = queens(n)
    out = [f"{n}-queens: {len(sols)} solutions; first={sols[0] if sols else None}"]
    if sols:
        for c in sols[0]:
            out.append(" ".join("Q" if k == c else "." for k in range(n)))
    grid = [0 if ch == "." else int(ch) for ch in PUZZLE]
    ok = solve(grid)
    out.append(f"sudoku solved: {ok}")
    for r in range(9):
        row = grid[r * 9:(r + 1) * 9]
        out.append(" | ".join(" ".join(map(str, row[k:k + 3])) for k in (0, 3, 6)))
        if r in (2, 5):
            out.append("-" * 21)
    checks = all(sorted(grid[r * 9:(r + 1) * 9]) == list(range(1, 10)) for r in range(9))
    out.append(f"rows valid: {checks}")
    return "\n".join(out)
