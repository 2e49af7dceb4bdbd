# A class body reads the names it bound before; class attributes that
# are lists are shared by instances until an instance assigns its own.
class Config:
    BASE = 10
    DOUBLE = BASE * 2
    NAMES = ["a", "b"]
    UPPER = [n.upper() for n in ["x", "y"]]

    def get(self):
        return self.DOUBLE + Config.BASE


def on_client_request():
    a = Config()
    b = Config()
    a.NAMES.append("c")
    b.NAMES = ["own"]
    out = [Config.DOUBLE, Config.UPPER, a.get(), a.NAMES, b.NAMES, Config.NAMES]
    return repr(out) + "\n"
