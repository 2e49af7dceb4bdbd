def on_client_request():
    return 42
