from mayfly import request


def on_client_request():
    return request.headers["x-absent"]
