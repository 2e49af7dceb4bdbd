def on_client_request():
    out = []
    for a, b in [(1, 0), (1.0, 0), (5, 2)]:
        try:
            out.append(a / b)
        except ZeroDivisionError as e:
            out.append(str(e))
    return repr(out)
