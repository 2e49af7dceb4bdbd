# Generator pipelines: log parsing with yield from, send, close, and lazy stages.

LOG = """2024-01-01 10:00:01 INFO  user=ann action=login
2024-01-01 10:00:05 WARN  user=bob action=retry count=3
2024-01-01 10:01:10 ERROR user=ann action=pay code=502
# a comment line
2024-01-01 10:02:00 INFO  user=cid action=login

2024-01-01 10:03:30 ERROR user=bob action=pay code=500
2024-01-01 10:04:00 INFO  user=ann action=logout"""


def lines(text):
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def records(src):
    for line in src:
        date, clock, level, *rest = line.split()
        fields = dict(kv.split("=", 1) for kv in rest)
        rec = {"time": clock, "level": level}
        rec.update(fields)
        yield rec


def only(level, recs):
    return (r for r in recs if r["level"] == level)


def chunks(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch


def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return (count, total)
        total += value
        count += 1
        avg = total / count


def flatten(xs):
    for x in xs:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


def on_client_request():
    out = []
    recs = list(records(lines(LOG)))
    out.append(f"{len(recs)} records")
    errs = only("ERROR", iter(recs))
    out.append(", ".join(f"{r['user']}:{r['code']}" for r in errs))
    out.append(str([len(b) for b in chunks(recs, 4)]))
    users = sorted({r["user"] for r in recs})
    out.append(str({u: [r["action"] for r in recs if r["user"] == u] for u in users}))
    avg = averager()
    next(avg)
    out.append(str([avg.send(v) for v in (10, 20, 45)]))
    try:
        avg.send(None)
    except StopIteration as stop:
        out.append(f"done {stop.args[0]}")
    out.append(str(list(flatten([1, [2, (3, [4, 5])], [], 6]))))
    g = (n * n for n in range(10) if n % 3)
    out.append(f"{next(g)} {next(g)} {sum(g)}")
    gen = lines(LOG)
    first = next(gen)
    gen.close()
    out.append(first[:10] + " " + str(next(gen, "closed")))
    return "\n".join(out)
