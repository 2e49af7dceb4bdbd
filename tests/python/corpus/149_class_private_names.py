# Private names: __x inside a class is stored as _Class__x, so a
# subclass's __x does not clash with its base's.
class Base:
    def __init__(self):
        self.__secret = "base"
        self._prot = 1

    def __helper(self):
        return "helper:" + self.__secret

    def reveal(self):
        return self.__helper()


class Child(Base):
    def __init__(self):
        super().__init__()
        self.__secret = "child"

    def mine(self):
        return self.__secret


def on_client_request():
    c = Child()
    out = [c.reveal(), c.mine(), c._Base__secret, c._Child__secret, hasattr(c, "__secret"), c._prot]
    return repr(out) + "\n"
