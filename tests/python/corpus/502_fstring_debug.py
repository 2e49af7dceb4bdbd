# f"{expr=}" debugging fields: the text as written, then repr() unless a
# conversion or a spec is given.

class P:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"P({self.x!r})"


def on_client_request():
    x = 5
    name = "é"
    p = P("a")
    xs = [1, 2]
    out = [f"{x=}", f"{x = }", f"{name=}", f"{name=!s}", f"{x=:>5}", f"{x*2=}", f"{p=}", f"{p.x=}",
           f"{xs[0]=}", f"{ x =!a}", f"{3.5=:.1f}"]
    return "\n".join(out)
