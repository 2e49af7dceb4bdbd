"""The same two routes as flask_app.py as a bare ASGI callable (no framework),
served by uvicorn."""
import json

from page import PAGE

HELLO = PAGE.encode()
MSISDN_PREFIX = "/api/v2/"


async def app(scope, receive, send):
    if scope["type"] != "http":
        # lifespan and anything else: nothing to set up.
        return
    path = scope["path"]
    status = 200
    if path == "/hello/":
        body, content_type = HELLO, b"text/plain; charset=utf-8"
    elif path.startswith(MSISDN_PREFIX) and "/" not in path[len(MSISDN_PREFIX):]:
        msisdn = path[len(MSISDN_PREFIX):]
        body = json.dumps({"msisdn": msisdn, "status": "ok"}).encode()
        content_type = b"application/json"
    else:
        status, body, content_type = 404, b"not found\n", b"text/plain"
    await send({
        "type": "http.response.start",
        "status": status,
        "headers": [(b"content-type", content_type), (b"content-length", str(len(body)).encode())],
    })
    await send({"type": "http.response.body", "body": body})
