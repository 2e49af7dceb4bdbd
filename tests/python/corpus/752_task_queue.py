# call: /
# call: /?workers=3
# A priority task queue with dataclass(order=True), dependencies and simulated workers.
import heapq
from dataclasses import dataclass, field
from mayfly import request


@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)
    duration: int = field(compare=False, default=1)
    deps: tuple = field(compare=False, default=(), repr=False)


@dataclass(frozen=True)
class Done:
    name: str
    start: int
    end: int


def schedule(tasks, workers):
    pending = {t.name: set(t.deps) for t in tasks}
    by_name = {t.name: t for t in tasks}
    ready = [t for t in tasks if not t.deps]
    heapq.heapify(ready)
    running = []  # (end_time, worker, task)
    free = list(range(workers))
    now, done = 0, []
    while ready or running:
        while ready and free:
            t = heapq.heappop(ready)
            w = free.pop(0)
            heapq.heappush(running, (now + t.duration, w, t.name))
        now, w, name = heapq.heappop(running)
        done.append(Done(name, now - by_name[name].duration, now))
        free.append(w)
        free.sort()
        for other, deps in pending.items():
            if name in deps:
                deps.discard(name)
                if not deps:
                    heapq.heappush(ready, by_name[other])
    return done


def on_client_request():
    workers = int(request.args.get("workers", "1"))
    specs = [("compile", 2, 3, ()), ("fetch", 1, 2, ()), ("lint", 3, 1, ()),
             ("test", 1, 4, ("compile", "fetch")), ("docs", 5, 2, ("fetch",)),
             ("package", 0, 1, ("test", "lint")), ("deploy", 0, 2, ("package", "docs"))]
    tasks = [Task(p, i, n, d, deps) for i, (n, p, d, deps) in enumerate(specs)]
    out = [repr(min(tasks)), repr(sorted(tasks)[:3])]
    out.append(f"{Task(1, 0, 'a') < Task(1, 1, 'b')} {Task(1, 0, 'a') == Task(1, 0, 'zzz')}")
    for d in schedule(tasks, workers):
        out.append(f"{d.start:>3}-{d.end:<3} {d.name:<8} {'#' * (d.end - d.start):>{d.end}}")
    finished = schedule(tasks, workers)
    out.append(f"makespan={max(d.end for d in finished)} hashable={len({d for d in finished})}")
    try:
        finished[0].end = 99
    except AttributeError as e:
        out.append(f"{type(e).__name__}: {e}")
    return "\n".join(out) + "\n"
