# *args and **kwargs: in defs (direct calls, calls through values, with
# defaults and keywords), in lambdas and methods, forwarding with
# f(*args, **kwargs), super().__init__(*args, **kwargs), and call sites
# that unpack lists, tuples and dicts; CPython's TypeErrors.
def total(*nums):
    return sum(nums)



def fmt(head, *rest, **opts):
    parts = [str(head)] + [str(r) for r in rest]
    keys = sorted(opts)
    return "|".join(parts) + " " + ",".join(k + "=" + str(opts[k]) for k in keys)


def wrapper(*args, **kwargs):
    return fmt(*args, **kwargs)


class Base:
    def __init__(self, a, b=2, **kw):
        self.a = a
        self.b = b
        self.kw = kw


class Child(Base):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.extra = len(args)

    def apply(self, f, *args):
        return f(self.a, *args)


def on_client_request():
    nums = [1, 2, 3]
    opts = {"x": 1, "y": 2}
    f = fmt
    out = [
        total(), total(1), total(1, 2, 3), total(*nums), total(0, *nums, 10),
        fmt(1), fmt(1, 2, 3), fmt(1, z=3), fmt(1, 2, **opts), f(*nums, **opts),
        wrapper("w", 9, k="v"), (lambda *a, **k: (a, sorted(k)))(1, 2, q=3),
    ]
    c = Child(1, 5, color="red")
    out += [c.a, c.b, c.kw, c.extra, c.apply(max, 7, 3), c.apply(lambda *xs: sum(xs), 1, 2)]
    out.append(max(*[4, 9, 2]))
    out.append(list(zip(*[[1, 2, 3], [4, 5, 6]])))
    t = total
    for bad in [lambda: f(), lambda: f(1, head=2), lambda: f(1, **{"head": 2}), lambda: t(x=1)]:
        try:
            bad()
        except TypeError as e:
            out.append(str(e))
    return "\n".join(str(x) for x in out) + "\n"
