# The test API of the python-client-benchmarks server:
#   /ping        -> pong
#   /bigger      -> a fixed ~585-byte JSON document
#   /length/N    -> N bytes of deterministic pseudo-random data
from mayfly import request

BIGGER = {
    "id": 8675309,
    "name": "python-client-benchmarks",
    "description": "A fixed JSON document served by the client benchmark test API.",
    "tags": ["benchmark", "http", "client", "json", "mayfly"],
    "active": True,
    "score": 98.5,
    "owner": {"login": "svanoort", "type": "User", "site_admin": False},
    "endpoints": [
        {"path": "/ping", "method": "GET", "bytes": 4},
        {"path": "/bigger", "method": "GET", "bytes": 585},
        {"path": "/length/<n>", "method": "GET", "bytes": None},
    ],
    "license": {"key": "apache-2.0", "name": "Apache License 2.0"},
    "notes": "Every response is generated once per request from the image.",
}

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def random_bytes(n):
    # A 31-bit linear congruential generator: the same N gives the same bytes.
    state = 12345
    out = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        out.append(ALPHABET[state >> 25])
    return "".join(out)


def on_client_request(request):
    path = request.path
    if path == "/ping":
        return "pong"
    if path == "/bigger":
        return BIGGER
    if path.startswith("/length/"):
        rest = path[len("/length/"):]
        if rest.isdigit():
            return "application/octet-stream", random_bytes(int(rest))
    return "not found\n", 404
