# Multiple inheritance with C3 method resolution order: diamond, super()
# chains through every class once, attributes found along the MRO.
class Base:
    def hello(self):
        return ["Base"]

    def who(self):
        return "base"


class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()


class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()

    def who(self):
        return "right"


class Bottom(Left, Right):
    def hello(self):
        return ["Bottom"] + super().hello()


class A:
    x = "A"


class B(A):
    pass


class C(A):
    x = "C"


class D(B, C):
    pass


def on_client_request():
    b = Bottom()
    out = [b.hello(), b.who(), D().x, D.x]
    try:
        class Bad(A, B):
            pass
    except TypeError as e:
        out.append(str(e))
    return "\n".join(str(x) for x in out) + "\n"
