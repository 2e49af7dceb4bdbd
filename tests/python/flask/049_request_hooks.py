# call: /api/ping -H 'X-API-Key: secret-1'
# call: /api/ping
# call: /api/ping -H 'X-API-Key: wrong'
# call: /health
# call: /api/whoami -H 'X-API-Key: secret-2' -H 'X-Request-Source: cli'
# call: /api/fail -H 'X-API-Key: secret-1'
# call: /api/missing -H 'X-API-Key: secret-1'
# call: /maintenance
from flask import Flask, g, jsonify, request

app = Flask(__name__)

API_KEYS = {"secret-1": "alice", "secret-2": "bob"}
PUBLIC_PATHS = ("/health", "/maintenance")
log = []


@app.before_request
def start_timer():
    g.trace = ["start"]


@app.before_request
def authenticate():
    if request.path in PUBLIC_PATHS:
        g.user = None
        return None
    key = request.headers.get("X-API-Key")
    if key is None:
        return jsonify(error="missing API key"), 401
    user = API_KEYS.get(key)
    if user is None:
        return jsonify(error="invalid API key"), 403
    g.user = user
    g.trace.append("auth")


@app.after_request
def add_headers(response):
    response.headers["X-Trace"] = ",".join(g.get("trace", []))
    if response.status_code >= 400 and response.headers.get("Content-Type") == "application/json":
        response.headers["X-Error"] = "1"
    return response


@app.after_request
def no_cache(response):
    response.headers["Cache-Control"] = "no-store"
    return response


@app.teardown_request
def remember(exc):
    log.append(exc)


@app.route("/health")
def health():
    return {"status": "ok", "user": g.user}


@app.route("/maintenance")
def maintenance():
    return "Down for maintenance", 503, {"Retry-After": "120", "Content-Type": "text/plain; charset=utf-8"}


@app.route("/api/ping")
def ping():
    g.trace.append("view")
    return jsonify(pong=True, user=g.user, trace=g.trace)


@app.route("/api/whoami")
def whoami():
    source = request.headers.get("X-Request-Source", "unknown")
    return jsonify(user=g.user, source=source, admin=g.user == "alice")


@app.route("/api/fail")
def fail():
    raise RuntimeError("database unavailable")
