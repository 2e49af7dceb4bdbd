def on_client_request():
    out = []
    for a in [7, -7]:
        for b in [2, -2]:
            out.append((a // b, a % b, divmod(a, b)))
    out.append((7.5 // -2, 7.5 % -2, -0.5 // 1))
    return repr(out)
