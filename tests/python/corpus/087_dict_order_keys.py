def on_client_request():
    d = {}
    d[3] = "c"
    d[1] = "a"
    d["x"] = None
    d[1] = "A"
    d[(1, 2)] = "t"
    d[True] = "bool is 1"
    return repr([d, len(d), d[(1, 2)], 1 in d])
