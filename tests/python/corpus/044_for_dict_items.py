def on_client_request():
    d = {"x": 1, "y": 2, "z": 3}
    ks = []
    for k in d:
        ks.append(k)
    pairs = []
    for k, v in d.items():
        pairs.append(k + "=" + str(v))
    return repr([ks, pairs, list(d.values()), list(d.keys())])
