def on_client_request():
    d = {"a": 1}
    return repr(["a" in d, "b" not in d, 2 in [1, 2], 5 not in (1, 2), "ell" in "hello", "z" in "hello", 1 in d.values(), "a" in d.keys()])
