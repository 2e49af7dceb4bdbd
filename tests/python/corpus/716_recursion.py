# Recursion: permutations, n-queens, flood fill, Ackermann, deep recursion error.
import sys


def perms(xs):
    if len(xs) <= 1:
        return [xs]
    return [[x] + p for i, x in enumerate(xs) for p in perms(xs[:i] + xs[i + 1:])]


def queens(n, row=0, cols=(), diag1=(), diag2=()):
    if row == n:
        return 1
    count = 0
    for c in range(n):
        if c in cols or row + c in diag1 or row - c in diag2:
            continue
        count += queens(n, row + 1, cols + (c,), diag1 + (row + c,), diag2 + (row - c,))
    return count


def flood(grid, r, c, target, repl):
    if not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != target:
        return 0
    grid[r][c] = repl
    return 1 + sum(flood(grid, r + dr, c + dc, target, repl) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves


def on_client_request():
    out = [str(["".join(p) for p in perms(list("abc"))])]
    out.append(str([queens(n) for n in range(1, 8)]))
    grid = [list(row) for row in ["..#..", ".##..", "#...#", "..#.."]]
    filled = flood(grid, 0, 0, ".", "o")
    out.append(f"filled {filled}: " + "/".join("".join(r) for r in grid))
    out.append(str([ackermann(2, n) for n in range(5)]) + str(ackermann(3, 3)))
    out.append(str(depth(500)))
    out.append(" ".join(hanoi(4)))
    out.append(str(sys.getrecursionlimit()))
    return "\n".join(out)
