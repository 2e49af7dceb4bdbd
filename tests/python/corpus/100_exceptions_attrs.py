def on_client_request():
    out = []
    for f in [lambda: {}["k"], lambda: [][1], lambda: int("z"), lambda: 1 + "a", lambda: undefined_name_q]:
        try:
            f()
        except Exception as e:
            out.append(str(e))
    return repr(out)
