def inner(d, k):
    return d[k]


def middle(d):
    x = 1
    return inner(d, "missing") + x


def on_client_request():
    d = {"a": 1}
    return str(middle(d))
