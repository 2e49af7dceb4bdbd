def on_client_request():
    return str(1 % 0)
