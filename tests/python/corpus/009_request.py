# call: /items/7?q=hello+world&n=3&q=second
from mayfly import request


def on_client_request():
    return {
        "method": request.method,
        "path": request.path,
        "qs": request.query_string,
        "args": request.args,
        "n": int(request.args.get("n", "0")) * 2,
        "missing": request.headers.get("X-Nope", "none"),
        "parts": request.path.split("/")[1:],
    }
