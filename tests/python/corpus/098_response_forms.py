# call: /tuple
# call: /status
# call: /headers
# call: /list
# call: /func
# call: /dict
from mayfly import request


def on_client_request():
    k = request.path
    if k == "/tuple":
        return ("text/html", "<b>hi</b>")
    if k == "/status":
        return ("created", 201)
    if k == "/headers":
        return ("teapot", 418, {"X-Custom": "yes", "Content-Type": "text/x-tea"})
    if k == "/list":
        return [1, "two", None]
    if k == "/func":
        return lambda: ("application/xml", "<x/>")
    return {"ok": True}
