def on_client_request():
    assert False
    return "x"
