# __new__: a singleton through super().__new__(cls), __new__ returning
# something else (then __init__ is skipped), a subclass's __init__ after
# an inherited __new__, a chain of __new__ through super(), and
# object.__new__'s TypeError for extra arguments.
class Single:
    _inst = None
    inits = 0

    def __new__(cls, *args, **kw):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst

    def __init__(self, name="x"):
        Single.inits += 1
        self.name = name


class Pos:
    def __new__(cls, x):
        if x < 0:
            return "negative: " + str(x)
        o = super().__new__(cls)
        o.x = x
        return o

    def __repr__(self):
        return f"Pos({self.x})"


class Sub(Pos):
    def __init__(self, x):
        self.doubled = x * 2


class Frozen:
    def __new__(cls, a):
        return super().__new__(cls, a)


def on_client_request():
    a = Single("a")
    b = Single(name="b")
    out = [str((a is b, a.name, Single.inits)), repr(Pos(3)), repr(Pos(-2))]
    s = Sub(4)
    out.append(repr(s) + " " + str(s.doubled) + " " + type(s).__name__)
    try:
        Frozen(1)
    except TypeError as e:
        out.append(str(e))
    out.append(str(extra()))
    return "\n".join(out)


class Base:
    def __new__(cls, v):
        o = super().__new__(cls)
        o.v = v
        return o


class Derived(Base):
    def __new__(cls, v):
        o = super().__new__(cls, v * 10)
        o.tag = "d"
        return o


def extra():
    d = Derived(2)
    return (d.v, d.tag, type(d).__name__)
