def on_client_request():
    try:
        [].pop()
    except IndexError as e:
        return str(e)
    return "no"
