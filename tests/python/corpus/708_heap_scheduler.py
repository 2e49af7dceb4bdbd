# A job scheduler with heapq: priorities, ties broken by sequence, dijkstra.
import heapq
from collections import defaultdict


class Scheduler:
    def __init__(self):
        self.heap = []
        self.seq = 0
        self.cancelled = set()

    def submit(self, priority, name):
        heapq.heappush(self.heap, (priority, self.seq, name))
        self.seq += 1
        return self.seq - 1

    def cancel(self, job_id):
        self.cancelled.add(job_id)

    def run(self, budget):
        done = []
        while self.heap and budget > 0:
            prio, jid, name = heapq.heappop(self.heap)
            if jid in self.cancelled:
                continue
            done.append(f"{name}@{prio}")
            budget -= 1
        return done


def dijkstra(edges, src):
    graph = defaultdict(list)
    for a, b, w in edges:
        graph[a].append((b, w))
        graph[b].append((a, w))
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, node = heapq.heappop(pq)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in sorted(graph[node]):
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(pq, (nd, nxt))
    return dist, prev


def path_to(prev, node):
    path = [node]
    while node in prev:
        node = prev[node]
        path.append(node)
    return "->".join(reversed(path))


def on_client_request():
    s = Scheduler()
    ids = [s.submit(p, n) for p, n in [(3, "backup"), (1, "email"), (2, "index"),
                                       (1, "alert"), (5, "report"), (2, "cleanup")]]
    s.cancel(ids[2])
    out = [str(s.run(4)), str(s.heap)]
    data = [27, 3, 91, 45, 12, 8, 66, 3, 50]
    h = data[:]
    heapq.heapify(h)
    out.append(str(h))
    out.append(str(heapq.heappushpop(h, 1)) + " " + str(heapq.heapreplace(h, 100)) + " " + str(h))
    out.append(str(heapq.nlargest(3, data)) + str(heapq.nsmallest(3, data, key=lambda x: -x % 10)))
    edges = [("A", "B", 4), ("A", "C", 2), ("C", "B", 1), ("B", "D", 5), ("C", "D", 8),
             ("D", "E", 3), ("C", "E", 10)]
    dist, prev = dijkstra(edges, "A")
    out.append(str(dict(sorted(dist.items()))))
    out.append(path_to(prev, "E"))
    merged = []
    for lst in ([1, 4, 9], [2, 3, 10], [0, 11]):
        for x in lst:
            heapq.heappush(merged, x)
    out.append(str([heapq.heappop(merged) for _ in range(len(merged))]))
    return "\n".join(out)
