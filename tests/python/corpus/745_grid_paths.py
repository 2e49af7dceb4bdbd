# Dijkstra and A* on a weighted grid with heapq, with path reconstruction.
import heapq

GRID = """
S..#......
.#.#.####.
.#...#..#.
.####.#.#.
......#...
.#.####.#.
.#......#G
""".strip().splitlines()

COST = {".": 1, "S": 1, "G": 1}


def neighbors(r, c):
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(GRID) and 0 <= nc < len(GRID[0]) and GRID[nr][nc] != "#":
            yield nr, nc


def find(ch):
    for r, row in enumerate(GRID):
        if ch in row:
            return r, row.index(ch)


def search(start, goal, heuristic):
    frontier = [(heuristic(start, goal), 0, start)]
    came = {start: None}
    dist = {start: 0}
    popped = 0
    while frontier:
        _, d, node = heapq.heappop(frontier)
        popped += 1
        if node == goal:
            break
        if d > dist[node]:
            continue
        for nb in neighbors(*node):
            nd = d + COST[GRID[nb[0]][nb[1]]]
            if nd < dist.get(nb, float("inf")):
                dist[nb] = nd
                came[nb] = node
                heapq.heappush(frontier, (nd + heuristic(nb, goal), nd, nb))
    path, cur = [], goal
    while cur is not None:
        path.append(cur)
        cur = came[cur]
    return dist[goal], path[::-1], popped


def on_client_request():
    s, g = find("S"), find("G")
    out = []
    for name, h in (("dijkstra", lambda a, b: 0), ("astar", lambda a, b: abs(a[0] - b[0]) + abs(a[1] - b[1]))):
        d, path, popped = search(s, g, h)
        out.append(f"{name}: dist={d} steps={len(path)} popped={popped}")
        canvas = [list(row) for row in GRID]
        for r, c in path[1:-1]:
            canvas[r][c] = "*"
        out.extend("".join(row) for row in canvas)
    return "\n".join(out) + "\n"
