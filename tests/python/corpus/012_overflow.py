def on_client_request():
    # Both sides raise: ZeroDivisionError (mayfly ints are 64-bit; see LANGUAGE.md).
    x = 2 ** 40
    return str(x // (x - x))
