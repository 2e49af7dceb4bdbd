def on_client_request():
    vals = [1, True, 1.5, "s", [1], (1,), {"a": 1}, None]
    return repr([[isinstance(v, int), isinstance(v, float), isinstance(v, str), isinstance(v, (list, tuple)), isinstance(v, dict), isinstance(v, bool)] for v in vals])
