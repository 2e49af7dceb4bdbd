def on_client_request():
    return repr([0 or "x", "" or [] or 5, 3 and 4, 0 and 1 / 0, None or None, [] and 1, 1 or 1 / 0, not 0, not "a"])
