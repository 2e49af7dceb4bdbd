def on_client_request():
    vals = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), {}, {"a": 0}, None, True, False, range(0), range(2)]
    return repr([bool(v) for v in vals] + ["yes" if v else "no" for v in vals[:4]])
