def on_client_request():
    return repr([None, True, False, None is None, True == 1, bool(0), bool(""), bool([0]), not None, True + True])
