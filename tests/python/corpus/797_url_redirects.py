# call: /go?next=https://app.example.com/account?tab=keys
# call: /go?next=https://evil.example.net/phish
# call: /go?next=/local/path%3Fx%3D1
# call: /go?next=//evil.example.net/x
# call: /go?next=https://APP.example.com:8443/a
# call: /go?next=https://app.example.com:99999/a
# call: /go?next=http://[::1]:8080/
# call: /go?next=http://[::1/
# call: /callback?url=https://user:secret@hooks.example.com:8443/in?x=1%262
# call: /normalize?url=HTTPS://Example.COM:443/a/../b/?q=1&utm_source=x&id=7
# Handlers of the kind that take URLs apart: an open-redirect guard that
# accepts only relative paths and allowlisted hosts (ports checked), a
# webhook registration echoing the parts with the password masked, and
# a canonicalizer dropping tracking parameters.
from urllib.parse import urlsplit, urlunsplit, parse_qsl, urlencode
from mayfly import request

ALLOWED = {"app.example.com", "localhost", "::1"}


def go():
    target = request.args.get("next", "/")
    try:
        parts = urlsplit(target)
        port = parts.port
    except ValueError as e:
        return f"bad url: {e}\n", 400
    if not parts.netloc and not parts.scheme:
        return f"relative {parts.path!r}\n", 302, {"location": target}
    if parts.scheme not in ("http", "https") or parts.hostname not in ALLOWED:
        return f"refused host {parts.hostname!r} scheme {parts.scheme!r}\n", 403
    return f"ok {parts.hostname} {port}\n", 302, {"location": parts.geturl()}


def callback():
    u = urlsplit(request.args.get("url", ""))
    netloc = u.hostname or ""
    if u.port is not None:
        netloc += ":" + str(u.port)
    if u.username:
        netloc = u.username + ":***@" + netloc
    shown = urlunsplit((u.scheme, netloc, u.path, u.query, u.fragment))
    return f"{shown}\n{dict(parse_qsl(u.query))}\n{u}\n"


def normalize():
    u = urlsplit(request.query_string.split("url=", 1)[1])
    q = [(k, v) for k, v in parse_qsl(u.query, keep_blank_values=True) if not k.startswith("utm_")]
    host = u.hostname or ""
    if u.port not in (None, 80, 443):
        host += f":{u.port}"
    return urlunsplit((u.scheme, host, u.path or "/", urlencode(sorted(q)), "")) + "\n"


def on_client_request():
    if request.path == "/go":
        return go()
    if request.path == "/callback":
        return callback()
    if request.path == "/normalize":
        return normalize()
    return "no\n", 404
