def on_client_request():
    raise ValueError("boom")
