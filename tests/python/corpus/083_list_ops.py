def on_client_request():
    xs = [1, 2, 3, 4, 5]
    return repr([xs[1:3], xs[::-1], xs[-2:], xs[::2], [0] * 3, xs + [6], len(xs), xs[-1], [1, [2, 3]] == [1, [2, 3]], 3 in xs])
