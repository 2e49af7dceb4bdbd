def f():
    try:
        [][0]
    except IndexError:
        raise


def on_client_request():
    try:
        f()
    except IndexError as e:
        return "reraised: " + str(e)
    return "no"
