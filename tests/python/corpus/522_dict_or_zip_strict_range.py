# dict | and |= (3.9), zip(strict=True) with CPython's ValueErrors, min/max of
# nothing, and range as a sequence: slicing, ==, index and count.

def attempt(f):
    try:
        return repr(f())
    except (TypeError, ValueError) as e:
        return f"{type(e).__name__}: {e}"


def on_client_request():
    out = []
    a = {"x": 1, "y": 2}
    b = {"y": 3, "z": 4}
    c = a
    out += [a | b, b | a, a, {} | {}]
    c |= b
    out += [a, c is a]
    c |= [("w", 0)]
    out += [a, attempt(lambda: a | [("q", 1)]), attempt(lambda: a | 1)]
    n = 6
    n |= 1
    out.append(n)
    out += [list(zip("abc", "abc", strict=True)), attempt(lambda: list(zip("abc", "ab", strict=True))),
            attempt(lambda: list(zip("ab", "abc", strict=True))), attempt(lambda: list(zip("ab", "ab", "a", strict=True))),
            attempt(lambda: list(zip("a", "ab", "ab", strict=True))), list(zip("ab", "abc", strict=False)),
            list(zip(strict=True))]
    out += [attempt(lambda: max([])), attempt(lambda: min([])), max([], default=0)]
    r = range(10)
    out += [r[::-1], r[2:8:2], range(2, 20, 3)[1:4], r[::-3], r[5:1], range(0)[:], range(10, 0, -2)[1:]]
    out += [range(3) == range(0, 3), range(0) == range(5, 5), range(1, 2) == range(1, 9, 10), range(3) == [0, 1, 2],
            range(1, 10, 2) == range(1, 11, 2), range(3) != range(4)]
    out += [r.index(4), range(1, 20, 3).index(7), r.count(3), r.count(30), range(5).count(2.0), range(5).index(True),
            attempt(lambda: r.index(20)), attempt(lambda: range(0, 10, 2).index(3)), list(r[7:]), len(r[1:9:3])]
    return "\n".join(map(str, out))
