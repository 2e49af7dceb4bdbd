# type(x) gives the class objects the builtin names evaluate to, so
# `type(x) is float` and `type(x) == int` hold as in CPython; an
# exception's type is its class; __name__ of functions, builtins,
# classes and type(x).
def describe(v):
    t = type(v)
    return t.__name__ + ("!" if t is int else "") + ("f" if t == float else "")


def shout(s):
    return s.upper()


def on_client_request():
    values = [1, True, 2.5, "s", [1], (1,), {"a": 1}, range(3), 9223372036854775807]
    out = [repr([describe(v) for v in values])]
    out.append(repr([type(v) for v in values[:8]]))
    out.append(repr([type(3) is int, type(True) is bool, type(True) is int, type("x") is str, type(1.0) is not float]))
    out.append(repr([shout.__name__, len.__name__, str.__name__, (lambda: 1).__name__, ValueError.__name__]))
    try:
        raise KeyError("k")
    except Exception as e:
        out.append(type(e).__name__ + " " + repr([type(e) == KeyError, type(e) is KeyError, KeyError is KeyError, type(e) is LookupError]))
    f = shout
    out.append(f.__name__ + " " + repr(type(2)(7.9)) + " " + repr(type("")(12)))
    return "\n".join(out) + "\n"
