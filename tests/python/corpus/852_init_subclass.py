# __init_subclass__: a registry filled as subclasses are defined (through
# super().__init_subclass__(**kwargs), the usual form), grandchildren too,
# attributes set on the new class, and an explicit @classmethod hook.
registry = {}


class Plugin:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        registry[cls.__name__] = cls
        cls.registered = True


class A(Plugin):
    pass


class B(A):
    def run(self):
        return "b"


class Counted:
    count = 0

    @classmethod
    def __init_subclass__(cls):
        Counted.count += 1
        cls.number = Counted.count


class X(Counted):
    pass


class Y(Counted):
    pass


def on_client_request():
    return str((sorted(registry), A.registered, B().run(), hasattr(Plugin, "registered"), X.number, Y.number, Counted.count))
