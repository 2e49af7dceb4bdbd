def on_client_request():
    return repr([any([]), all([]), any([0, 0, 3]), all([1, 0]), any(x > 2 for x in [1, 2, 3]), all(c.isdigit() for c in "123"), all(c.isdigit() for c in "12a")])
