# Keyword-only parameters (after * or *args): defaults, required ones,
# at direct calls, through values, on methods and lambdas, with
# **kwargs; CPython's TypeErrors when one is missing or passed by position.
def scale(x, *, factor=2, offset=0):
    return x * factor + offset


def join(*parts, sep):
    return sep.join(parts)


def config(name, *, debug=False, **extra):
    return [name, debug, sorted(extra.items())]


class Formatter:
    def __init__(self, *, width=10, fill="."):
        self.width = width
        self.fill = fill

    def fmt(self, text, *, right=False):
        if right:
            return text.rjust(self.width, self.fill)
        return text.ljust(self.width, self.fill)


def on_client_request():
    out = [scale(3), scale(3, factor=10), scale(3, offset=1, factor=1), join("a", "b", sep="-"), config("x"), config("y", debug=True, level=3)]
    f = Formatter(width=6)
    out += [f.fmt("ab"), f.fmt("ab", right=True), Formatter(fill="*").fmt("q")]
    g = scale
    out.append(g(1, factor=5))
    out.append((lambda a, *, b=1: a + b)(1, b=10))
    j = join
    for bad in [lambda: g(1, 2), lambda: j("a"), lambda: g(1, nope=2), lambda: Formatter(3)]:
        try:
            bad()
        except TypeError as e:
            out.append(str(e))
    return "\n".join(str(x) for x in out) + "\n"
