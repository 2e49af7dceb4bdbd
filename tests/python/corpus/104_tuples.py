def on_client_request():
    t = (1, "a", 2.5)
    single = (5,)
    return repr([t, single, t[1], t[-1], t[:2], len(t), t + (None,), (1, 2) < (1, 2, 0), tuple("ab"), ()])
