# __repr__ and __str__: print, str(), repr(), f-strings and the repr of
# containers; str falls back to __repr__.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"


class Tag:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "<" + self.name + ">"


def on_client_request():
    m = Money(1234)
    t = Tag("b")
    lines = [str(m), repr(m), f"{m}", f"{m!r}", str([m, m]), str({"k": m}), str((t,)), str(t), f"[{t}]"]
    print("printed", m, t)
    return "\n".join(lines) + "\n"
