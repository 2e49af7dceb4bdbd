def on_client_request():
    x = 5
    return repr([-x, +x, -(-x), ~x, not x, -2.5, -0.0])
