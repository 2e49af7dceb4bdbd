# call: /
# call: /rec
def f(n):
    if n == 0:
        raise ValueError("bottom")
    return f(n - 1)


def g(xs):
    try:
        return sorted(xs, key=lambda x: 10 // x)
    finally:
        pass


def on_client_request(request):
    if request.path == "/rec":
        return f(50)
    return str(g([3, 0, 1]))
