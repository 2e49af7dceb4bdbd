def outer(n):
    def inner(k):
        return k * n

    def twice(k):
        return inner(inner(k))

    return twice(3)


def on_client_request():
    return str(outer(2))
