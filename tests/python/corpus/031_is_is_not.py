def on_client_request():
    x = None
    y = [1]
    z = y
    return repr([x is None, x is not None, y is z, y is not [1], True is True])
