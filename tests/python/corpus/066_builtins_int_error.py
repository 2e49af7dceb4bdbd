def on_client_request():
    try:
        int("12x")
    except ValueError as e:
        return str(e)
    return "no"
