def on_client_request():
    xs = [0, 1, 2, 3, 4]
    del xs[1]
    del xs[-1]
    d = {"a": 1, "b": 2}
    del d["a"]
    try:
        del d["zz"]
    except KeyError as e:
        msg = "missing " + str(e)
    return repr([xs, d, msg])
