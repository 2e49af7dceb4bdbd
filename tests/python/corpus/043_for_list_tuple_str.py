def on_client_request():
    out = []
    for x in [1, 2]:
        out.append(x)
    for x in ("a", "b"):
        out.append(x)
    for ch in "héllo":
        out.append(ch)
    return repr(out)
