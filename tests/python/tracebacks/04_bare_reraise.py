def g():
    return {}["k"]


def f():
    try:
        g()
    except KeyError:
        x = 1
        raise


def on_client_request():
    return f()
