x = 5


def f():
    y = x
    return y


def g():
    try:
        return h()
    except UnboundLocalError:
        return "unbound"


def h():
    if False:
        z = 1
    return z


def on_client_request():
    return repr([f(), g()])
