# `{**m, ...}` in dict displays, dict(**m) and dict(other, **m), and
# StopIteration.value (a generator's return value, an explicit one).


def defaults():
    return {"host": "localhost", "port": 80, "debug": False}


def counter(n):
    total = 0
    for i in range(n):
        total += i
        yield i
    return total


class Done(StopIteration):
    pass


def attempt(f):
    try:
        return f()
    except TypeError as e:
        return f"TypeError: {e}"


def on_client_request():
    override = {"port": 8080, "user": "ann"}
    out = [{**defaults(), **override}, {"a": 1, **override, "port": 1}, {**{}}, {**override, **override}]
    out += [dict(**override), dict(defaults(), **override), dict([("x", 1)], y=2, **{"z": 3}),
            dict(**override, extra=True)]
    out += [attempt(lambda: {**[("a", 1)]}), attempt(lambda: {**5})]
    g = counter(4)
    seen = []
    while True:
        try:
            seen.append(next(g))
        except StopIteration as e:
            out.append((seen, e.value, e.args))
            break
    for exc in [StopIteration(), StopIteration(7), Done(3), Done()]:
        out.append((type(exc).__name__, exc.value, exc.args))
    try:
        raise StopIteration(42)
    except StopIteration as e:
        out.append(e.value * 2)
    return "\n".join(map(str, out))
