# The name of `except E as NAME` is unbound when its handler ends, as in
# CPython: on the normal way out, by break and continue out of a loop, at
# module level (NameError) and in a function (UnboundLocalError), even
# when the name was bound before the try.
log = []

def f(n):
    try:
        raise ValueError(n)
    except ValueError as err:
        log.append(str(err))
    try:
        return err
    except UnboundLocalError as u:
        return "unbound: " + str(u)


def g():
    out = []
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError as k:
            if i == 1:
                continue
            if i == 2:
                break
    try:
        out.append(k)
    except UnboundLocalError:
        out.append("k unbound")
    return out


try:
    raise TypeError("top")
except TypeError as top:
    log.append(repr(top))
try:
    print(top)
except NameError as ne:
    log.append("top unbound: " + str(ne))


def rebound():
    e = "before"
    try:
        raise IndexError("x")
    except IndexError as e:
        pass
    try:
        return e
    except UnboundLocalError:
        return "e unbound"


def on_client_request():
    return str([f(3), g(), rebound(), log])
