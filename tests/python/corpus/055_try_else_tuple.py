def parse(s):
    try:
        n = int(s)
    except (ValueError, TypeError):
        return "bad"
    else:
        return n * 2


def on_client_request():
    return repr([parse("21"), parse("x"), parse(None)])
