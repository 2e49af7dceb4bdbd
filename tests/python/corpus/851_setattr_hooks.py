# __setattr__ and __delattr__: every assignment (in __init__ too) and
# setattr() go through the hook; super().__setattr__ / __delattr__ do the
# store; a read-only guard, a change log, a hook that refuses, and
# object's TypeErrors for the wrong number of arguments.
class Logged:
    def __init__(self, x):
        self.x = x
        self.y = x + 1

    def __setattr__(self, name, value):
        log.append(f"set {name}={value!r}")
        super().__setattr__(name, value)

    def __delattr__(self, name):
        log.append(f"del {name}")
        super().__delattr__(name)


class ReadOnly:
    def __init__(self, v):
        super().__setattr__("v", v)

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is read-only ({name})")

    def __delattr__(self, name):
        raise AttributeError("no deleting " + name)


class Upper(Logged):
    def __setattr__(self, name, value):
        if isinstance(value, str):
            value = value.upper()
        super().__setattr__(name, value)


class Wrong:
    def __setattr__(self, name, value):
        super().__setattr__(name, value, 3)

    def __delattr__(self, name):
        super().__delattr__()


log = []


def attempt(f):
    try:
        return repr(f())
    except (AttributeError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)


def on_client_request():
    out = []
    a = Logged(1)
    a.x += 10
    setattr(a, "z", "zz")
    del a.y
    out.append(attempt(lambda: (a.x, a.z, hasattr(a, "y"))))
    out.append(attempt(lambda: delattr(a, "nope")))
    r = ReadOnly(5)

    def assign():
        r.v = 6

    def remove():
        del r.v

    out.append(attempt(assign))
    out.append(attempt(remove))
    out.append(attempt(lambda: r.v))
    u = Upper(1)
    u.name = "mayfly"
    out.append(attempt(lambda: (u.name, u.x)))
    w = Wrong()

    def wrong_set():
        w.q = 1

    def wrong_del():
        del w.q

    out.append(attempt(wrong_set))
    out.append(attempt(wrong_del))
    out.append(" | ".join(log))
    return "\n".join(out)
