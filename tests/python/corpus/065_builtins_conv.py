def on_client_request():
    return repr([str(12), str(1.5), str(None), repr("a'b"), repr('a"b'), int("42"), int(" -7 "), int("ff", 16), int("0x1f", 0), int("101", 2), int(3.99), int(-3.99), float("2.5"), bool(""), bool("x"), list("abc"), tuple([1, 2]), dict([("a", 1)])])
