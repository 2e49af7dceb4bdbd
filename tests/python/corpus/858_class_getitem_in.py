# C[k] of a class: __class_getitem__ (implicit or explicit classmethod,
# inherited), CPython's "type 'C' is not subscriptable" without it; and
# `in` on a value that cannot be iterated: "argument of type ... is not
# iterable", for classes, ints, None and functions alike.
class C:
    pass


class G:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


class H(G):
    pass


class K:
    @classmethod
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


def f():
    return 1


def on_client_request():
    out = []
    for t in [lambda: C[int], lambda: G[int], lambda: H[str], lambda: K[1, 2],
              lambda: 1 in C, lambda: 3 in 4, lambda: None in None, lambda: 1 in f,
              lambda: 1 in 2.5, lambda: "a" in ["a"], lambda: 5 in range(10)]:
        try:
            out.append(repr(t()))
        except TypeError as e:
            out.append("TypeError: " + str(e))
    return "\n".join(out)
