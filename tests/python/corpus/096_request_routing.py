# call: /
# call: /users/17
# call: /nope/x
from mayfly import request


def on_client_request():
    parts = [p for p in request.path.split("/") if p]
    if not parts:
        return "index"
    if parts[0] == "users" and len(parts) == 2:
        return {"user": int(parts[1])}
    return ("not found: " + request.path, 404)
