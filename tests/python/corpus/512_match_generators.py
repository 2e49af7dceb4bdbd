# Generators suspended inside match case bodies resume in the right case with
# the captured names intact.

def tokens(items):
    total = 0
    for it in items:
        match it:
            case int(n) | float(n):
                total += n
                yield ("num", n)
                yield ("total", total)
            case [op, *args] if op in ("add", "mul"):
                yield (op, args)
                acc = 0 if op == "add" else 1
                for a in args:
                    match op:
                        case "add":
                            acc += a
                        case "mul":
                            acc *= a
                    yield ("acc", acc)
            case {"name": name}:
                yield ("named", name)
                yield ("again", name)
            case other:
                yield ("other", other)
    return total


def on_client_request():
    g = tokens([1, ["add", 2, 3], 2.5, {"name": "x"}, "s", ["mul", 4, 5], ["sub", 1]])
    out = list(g)
    g2 = tokens([7])
    out.append(next(g2))
    out.append(next(g2))
    try:
        next(g2)
    except StopIteration as e:
        out.append(("stop", e.args))
    return "\n".join(map(str, out))
