# Functions are named by CPython's __qualname__ in reprs and argument
# errors (outer.<locals>.inner, C.m.<locals>.helper, a lambda's too);
# __name__ is the last part. (mayfly's function repr has no address.)

import functools


class C:
    def m(self, a):
        def helper(b):
            return b
        return helper


def deco(f):
    @functools.wraps(f)
    def wrapper(*args):
        return f(*args)
    return wrapper


@deco
def decorated(a):
    return a


def outer():
    def inner(a):
        return a

    class Local:
        def meth(self):
            pass

    lam = lambda a: a
    return inner, Local, lam


def on_client_request():
    out = []
    inner, Local, lam = outer()
    h = C().m(1)
    fs = [inner, lam, h, C.m, Local.meth, decorated, outer]
    for f in fs:
        out.append(f.__name__)
        out.append(repr(f).split(" at ")[0].rstrip(">"))
        try:
            f(1, 2, 3, 4)
        except TypeError as e:
            out.append(str(e))
    try:
        inner(b=1)
    except TypeError as e:
        out.append(str(e))
    try:
        lam()
    except TypeError as e:
        out.append(str(e))
    return "\n".join(out) + "\n"
