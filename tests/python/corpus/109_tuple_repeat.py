# tuple * int and int * tuple, including zero, negative and empty cases.
def on_client_request():
    t = (1, "a")
    out = [t * 3, 2 * t, t * 0, t * -1, () * 5, (None,) * 2]
    u = t * 2
    out.append(len(u))
    out.append(u[3])
    out.append(isinstance(u, tuple))
    return {"r": [list(x) if isinstance(x, tuple) else x for x in out]}
