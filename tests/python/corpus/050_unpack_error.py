def on_client_request():
    a, b = [1, 2, 3]
    return "no"
