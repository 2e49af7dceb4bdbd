calls = []


def f(x):
    calls.append(x)
    return 10 // x


def on_client_request():
    r = [any(f(x) > 3 for x in [5, 1, 0]), all(f(x) > 3 for x in [3, 0]), any(x for x in []), all(x for x in []),
         any(f(a) + b > 0 for a in [1, 2] for b in [-20, 20] if b), all([1, 2]), any([0, ""]),
         ' a b c '.rsplit(None, 1), ' a b c '.split(None, 1), "a  ".split(None, 0), "  a".rsplit(None, 0)]
    return repr([r, calls])
