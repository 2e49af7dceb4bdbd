def on_client_request():
    return str("abc".index("z"))
