def nothing():
    pass


def on_client_request():
    for i in range(3):
        pass
    return repr(nothing())
