def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"


def on_client_request():
    return " ".join(sign(n) for n in [-3, 0, 4])
