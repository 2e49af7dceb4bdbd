def on_client_request():
    return str(not_defined_anywhere)
