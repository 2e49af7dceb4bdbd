def on_client_request():
    try:
        len(5)
    except TypeError as e:
        return str(e)
    return "no"
