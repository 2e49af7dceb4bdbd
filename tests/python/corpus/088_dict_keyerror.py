def on_client_request():
    d = {"a": 1}
    return str(d["missing"])
