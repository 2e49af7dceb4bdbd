def on_client_request():
    xs = [1, 2]
    return str(xs[5])
