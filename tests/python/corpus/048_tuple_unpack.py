def divmod_pair(a, b):
    return a // b, a % b


def on_client_request():
    a, b = 1, 2
    a, b = b, a
    q, r = divmod_pair(17, 5)
    (x, y), z = (1, 2), 3
    return repr([a, b, q, r, x, y, z])
