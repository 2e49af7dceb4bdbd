def on_client_request():
    first, *rest = [1, 2, 3, 4]
    *init, last = "abc"
    a, *mid, b = (1, 2)
    return repr([first, rest, init, last, a, mid, b])
