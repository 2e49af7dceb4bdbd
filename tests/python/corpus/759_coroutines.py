# Generator-based coroutines: send() averaging, a yield-from parser pipeline, throw/close.
def averager():
    total, count, avg = 0.0, 0, None
    while True:
        value = yield avg
        if value is None:
            return (count, avg)
        total += value
        count += 1
        avg = total / count


def collect(results, key):
    summary = yield from averager()
    results[key] = summary
    return summary


def tokens(text):
    for word in text.split():
        if word.isdigit():
            yield int(word)
        else:
            yield from (ch for ch in word if ch.isalpha())


def chunked(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf = []
    if buf:
        yield tuple(buf)


def guarded(log):
    try:
        while True:
            try:
                x = yield
                log.append(f"got {x}")
            except ValueError as e:
                log.append(f"recovered from {e!r}")
    finally:
        log.append("cleanup")


def on_client_request():
    out = []
    results = {}
    for key, values in (("a", [10, 20, 30]), ("b", [1.5]), ("c", [])):
        g = collect(results, key)
        next(g)
        running = [g.send(v) for v in values]
        try:
            g.send(None)
        except StopIteration as stop:
            out.append(f"{key}: running={running} stop={stop.args[0] if stop.args else None}")
    out.append(f"results={results}")
    out.append(str(list(chunked(tokens("ab 12 c 7 xyz 300 q"), 3))))
    log = []
    g = guarded(log)
    next(g)
    g.send(1)
    g.throw(ValueError("bad"))
    g.send(2)
    g.close()
    out.append(" | ".join(log))
    try:
        g.send(3)
    except StopIteration:
        out.append("closed generator raises StopIteration")
    fresh = averager()
    try:
        fresh.send(5)
    except TypeError as e:
        out.append(f"TypeError: {e}")
    gen = (x * x for x in range(5))
    out.append(f"{next(gen)} {next(gen)} {sum(gen)} {next(gen, 'done')}")
    return "\n".join(out)
