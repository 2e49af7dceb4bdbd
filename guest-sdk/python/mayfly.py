"""The mayfly request API in plain CPython, so a tenant runs unchanged
under python3, plus a runner that prints a response exactly as
`mayfly call` does:

    python3 guest-sdk/python/mayfly.py call APP.py [PATH] [-X METHOD] [-H 'K: V'] [-d BODY]
"""

import json as _json
import sys
from urllib.parse import parse_qsl


class _Headers:
    def __init__(self, pairs):
        self._pairs = pairs

    def get(self, name, default=None):
        vals = [v for k, v in self._pairs if k.lower() == str(name).lower()]
        return ", ".join(vals) if vals else default

    def __getitem__(self, name):
        v = self.get(name)
        if v is None:
            raise KeyError(name)
        return v

    def __contains__(self, name):
        return self.get(name) is not None


class Request:
    def __init__(self, method="GET", path="/", query_string="", headers=(), body=""):
        self.method = method
        self.path = path
        self.query_string = query_string
        self.headers = _Headers(list(headers))
        self.body = body
        args = {}
        for k, v in parse_qsl(query_string, keep_blank_values=True):
            args.setdefault(k, v)  # first value wins, like Flask's args.get
        self.args = args

    def json(self):
        return _json.loads(self.body)


request = Request()

# Rust's http::StatusCode::canonical_reason, which `mayfly call` prints
# (a few differ from Python's http.HTTPStatus phrases, e.g. 413).
_REASONS = {
    100: "Continue", 101: "Switching Protocols", 102: "Processing", 103: "Early Hints",
    200: "OK", 201: "Created", 202: "Accepted", 203: "Non Authoritative Information",
    204: "No Content", 205: "Reset Content", 206: "Partial Content", 207: "Multi-Status",
    208: "Already Reported", 226: "IM Used", 300: "Multiple Choices", 301: "Moved Permanently",
    302: "Found", 303: "See Other", 304: "Not Modified", 305: "Use Proxy",
    307: "Temporary Redirect", 308: "Permanent Redirect", 400: "Bad Request",
    401: "Unauthorized", 402: "Payment Required", 403: "Forbidden", 404: "Not Found",
    405: "Method Not Allowed", 406: "Not Acceptable", 407: "Proxy Authentication Required",
    408: "Request Timeout", 409: "Conflict", 410: "Gone", 411: "Length Required",
    412: "Precondition Failed", 413: "Payload Too Large", 414: "URI Too Long",
    415: "Unsupported Media Type", 416: "Range Not Satisfiable", 417: "Expectation Failed",
    418: "I'm a teapot", 421: "Misdirected Request", 422: "Unprocessable Entity",
    423: "Locked", 424: "Failed Dependency", 425: "Too Early", 426: "Upgrade Required",
    428: "Precondition Required", 429: "Too Many Requests",
    431: "Request Header Fields Too Large", 451: "Unavailable For Legal Reasons",
    500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway",
    503: "Service Unavailable", 504: "Gateway Timeout", 505: "HTTP Version Not Supported",
    506: "Variant Also Negotiates", 507: "Insufficient Storage", 508: "Loop Detected",
    510: "Not Extended", 511: "Network Authentication Required",
}

# What the sandbox answers when a request fails (uncaught exception, bad
# status or header): the same bytes `mayfly call` prints, minus x-request-id.
_FAILED = (b"HTTP/1.1 500 Internal Server Error\n"
           b"content-type: text/plain; charset=utf-8\n"
           b"content-length: 26\n\n"
           b"500 Internal Server Error\n")

# Headers the host owns (framing); a guest's copies are dropped.
_FRAMING = {"connection", "content-length", "transfer-encoding", "upgrade", "te", "trailer"}


def _to_response(v):
    """(status, [(name, value)], body bytes) from a handler's return value,
    by the same rules as the compiled runtime (respond in request.py)."""
    if callable(v):
        v = v()
    status, hdrs = 200, None
    if isinstance(v, tuple):
        if len(v) == 2 and isinstance(v[0], str) and isinstance(v[1], (str, bytes)):
            body = v[1].encode() if isinstance(v[1], str) else v[1]
            return 200, [("content-type", v[0])], body
        if len(v) in (2, 3) and type(v[1]) is int:
            status = v[1]
            hdrs = v[2] if len(v) == 3 else None
            v = v[0]
        else:
            raise TypeError("bad tuple")
    if isinstance(v, (str, bytes)):
        # bytes go out as they are, with the same default type as a str
        ctype, body = "text/plain; charset=utf-8", v
    elif isinstance(v, (dict, list)):
        ctype, body = "application/json", _json.dumps(v)
    else:
        raise TypeError("the handler must return a str, bytes, dict, list or tuple")
    out = []
    if hdrs is not None:
        if not isinstance(hdrs, dict):
            raise TypeError("response headers must be a dict")
        if not any(str(k).lower() == "content-type" for k in hdrs):
            out.append(("content-type", ctype))
        out += [(str(k).lower(), str(val)) for k, val in hdrs.items()]
    else:
        out.append(("content-type", ctype))
    return status, out, body.encode() if isinstance(body, str) else body


def call(app_path, path="/", method="GET", headers=(), body=""):
    """Runs one request against a fresh import of the app; returns the
    bytes `mayfly call` prints."""
    global request
    p, _, q = path.partition("?")
    request = Request(method, p, q, headers, body)
    sys.modules[__name__].request = request
    sys.modules.setdefault("mayfly", sys.modules[__name__])
    sys.modules["mayfly"].request = request
    src = open(app_path, encoding="utf-8").read()
    env = {"__name__": "__tenant__", "__file__": app_path}
    # print goes to the tenant log under mayfly: stderr here, never the body.
    # file=sys.stdout or sys.stderr: both are the log under mayfly.
    env["print"] = lambda *a, sep=" ", end="\n", file=None, flush=False: print(
        *a, sep=sep, end=end, file=sys.stderr
    )
    import contextlib
    try:
        # sys.stdout.write in the tenant is the log too, never the body.
        with contextlib.redirect_stdout(sys.stderr):
            exec(compile(src, app_path, "exec"), env)
            if "on_init" in env:
                env["on_init"]()
            handler = env["on_client_request"]
            import inspect
            nparams = len(inspect.signature(handler).parameters)
            status, hdrs, data = _to_response(handler(request) if nparams else handler())
    except Exception:
        import traceback
        traceback.print_exc()
        return _FAILED
    if not 200 <= status <= 999:
        print("status %d is not in 200..=999" % status, file=sys.stderr)
        return _FAILED
    # The host groups repeated header names at the first one's position
    # (http::HeaderMap) and drops framing headers.
    grouped = {}
    for k, v in hdrs:
        if k in _FRAMING:
            continue
        if any(ord(c) < 32 and c != "\t" or ord(c) == 127 for c in v):
            print("invalid value for response header %s" % k, file=sys.stderr)
            return _FAILED
        grouped.setdefault(k, []).append(v)
    head = "HTTP/1.1 %d %s\n" % (status, _REASONS.get(status, ""))
    for k, vs in grouped.items():
        for v in vs:
            head += "%s: %s\n" % (k, v)
    head += "content-length: %d\n\n" % len(data)
    return head.encode() + data


def _main(argv):
    if len(argv) < 2 or argv[0] != "call":
        print(__doc__, file=sys.stderr)
        return 2
    app, rest = argv[1], argv[2:]
    path, method, headers, body = "/", "GET", [], ""
    i = 0
    while i < len(rest):
        a = rest[i]
        if a == "-X":
            method = rest[i + 1]
            i += 1
        elif a == "-H":
            k, _, v = rest[i + 1].partition(":")
            headers.append((k.strip(), v.strip()))
            i += 1
        elif a == "-d":
            body = rest[i + 1]  # like `mayfly call`, -d keeps the method
            i += 1
        else:
            path = a
        i += 1
    out = call(app, path, method, headers, body)
    sys.stdout.buffer.write(out)
    return 1 if out == _FAILED else 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
