# Slice assignment and deletion on lists, as CPython: a contiguous slice
# takes any iterable and may grow or shrink the list (xs[:] = xs too), an
# extended slice needs exactly as many items as it selects, negative and
# out-of-range bounds clamp, and a str or tuple refuses both.
def attempt(f):
    try:
        return repr(f())
    except ValueError as e:
        return "ValueError: " + str(e)
    except TypeError as e:
        return "TypeError: " + str(e)


def assign(xs, lo, hi, step, items):
    xs = list(xs)
    if step is None:
        xs[lo:hi] = items
    else:
        xs[lo:hi:step] = items
    return xs


def delete(xs, lo, hi, step):
    xs = list(xs)
    del xs[lo:hi:step]
    return xs


def on_client_request():
    base = list(range(10))
    out = []
    for lo, hi, items in [(1, 3, ["a"]), (1, 3, ["a", "b", "c", "d"]), (0, 0, [7, 8]), (10, 20, "xyz"),
                          (-3, None, []), (None, None, (1, 2)), (5, 2, ["in"]), (-100, 2, range(3)),
                          (3, 3, {"k": 1, "j": 2}), (2, -2, [])]:
        out.append(repr(assign(base, lo, hi, None, items)))
    for lo, hi, step, items in [(None, None, 2, "abcde"), (1, None, 3, [0, 0, 0]), (None, None, -1, range(10)),
                                (8, 1, -3, "xyz"), (None, None, 2, [1])]:
        out.append(attempt(lambda: assign(base, lo, hi, step, items)))
    for lo, hi, step in [(1, 3, None), (None, None, 2), (None, None, -2), (8, 1, -3), (-4, None, None),
                         (5, 2, None), (None, None, None), (1, None, 4), (100, None, 1)]:
        out.append(repr(delete(base, lo, hi, step)))
    same = [1, 2, 3]
    same[:] = same
    same[1:1] = same
    out.append(repr(same))
    grow = []
    for i in range(40):
        grow[len(grow):] = [i, -i]
    del grow[::3]
    out.append(repr(grow))
    out.append(attempt(lambda: delete(base, None, None, 0)))
    out.append(attempt(lambda: assign(base, 0, 1, None, 5)))
    out.append(attempt(lambda: assign(base, 0, 4, 2, None)))
    text = "abc"
    out.append(attempt(lambda: assign_str(text)))
    out.append(attempt(lambda: del_tuple((1, 2, 3))))
    return "\n".join(out) + "\n"


def assign_str(s):
    s[0:1] = "z"
    return s


def del_tuple(t):
    del t[0:1]
    return t
