"""The same two routes as flask_app.py as a bare WSGI callable (no framework):
the floor of what a Python WSGI server costs per request."""
import json

from page import PAGE

HELLO = PAGE.encode()
MSISDN_PREFIX = "/api/v2/"


def app(environ, start_response):
    path = environ.get("PATH_INFO", "")
    if path == "/hello/":
        body, content_type = HELLO, "text/plain; charset=utf-8"
    elif path.startswith(MSISDN_PREFIX) and "/" not in path[len(MSISDN_PREFIX):]:
        msisdn = path[len(MSISDN_PREFIX):]
        body = json.dumps({"msisdn": msisdn, "status": "ok"}).encode()
        content_type = "application/json"
    else:
        start_response("404 Not Found", [("Content-Type", "text/plain"), ("Content-Length", "10")])
        return [b"not found\n"]
    start_response("200 OK", [("Content-Type", content_type), ("Content-Length", str(len(body)))])
    return [body]
