def on_client_request():
    xs = [3, -7, 5]
    return repr([min(xs), max(xs), min(3, 1, 2), max("apple", "fig"), max(xs, key=lambda v: abs(v)), min(["bb", "a", "ccc"], key=lambda w: len(w)), max([], default=0), min((x * 2 for x in xs))])
