# nonlocal: counters and accumulators in closures, two levels deep,
# a generator updating its enclosing function's state; the walrus
# operator in conditions, loops and comprehensions.
import json


def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count
    return inc, get


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    seen = middle()
    return seen, x


def running_totals(xs):
    total = 0

    def gen():
        nonlocal total
        for x in xs:
            total += x
            yield total
    values = list(gen())
    return values, total


def parse_all(lines):
    out = []
    i = 0
    while (line := lines[i] if i < len(lines) else None) is not None:
        if (n := len(line)) > 3:
            out.append((line, n))
        i += 1
    return out


def on_client_request():
    inc, get = make_counter()
    inc()
    inc(5)
    out = [get(), inc(), outer(), running_totals([1, 2, 3])]
    out.append(parse_all(["a", "abcd", "xyz", "hello"]))
    data = [3, 8, 1, 9, 4]
    out.append([y for x in data if (y := x * 2) > 6])
    out.append(y)
    if (m := max(data)) > 5:
        out.append(("max", m))
    out.append(json.dumps({"k": (z := 41) + 1, "z": z}))
    return {"out": out}
